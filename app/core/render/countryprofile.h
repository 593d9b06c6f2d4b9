#pragma once

#include "domain/entities.h"

#include <QImage>
#include <QString>

class QTextDocument;

namespace atlas {

class Repository;

/// \brief The profile of one jurisdiction as a rich-text document: its 첨부 1 row (field × items), its
/// policy timeline, its indicator values and ranks, its companies and organizations, and the sources.
/// Built in the core so that the profile pane and the PDF country brief share it.
class CountryProfile
{
public:
    /// Fills \a document; returns false when the jurisdiction is unknown. \a width is the layout width
    /// in pixels used for the embedded timeline image.
    static bool build(const Repository& repository, const QString& jurisdictionId, Lang lang, int width,
                      QTextDocument* document, const QImage& mapInset = {});
    /// The timeline of one jurisdiction as an image (also used by the brief).
    static QImage timelineImage(const Repository& repository, const QString& jurisdictionId, Lang lang, QSize size);
};

} // namespace atlas
