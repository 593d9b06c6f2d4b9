#pragma once

#include "domain/entities.h"
#include "models/timelinedata.h"

#include <QHash>
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
    /// Everything a profile reads, loaded once per database so a selection change costs no queries.
    struct Data
    {
        TimelineData::Input timeline;   ///< jurisdictions, policies, companies, …
        QVector<Appendix1Entry> appendix1;
        QVector<Field> fields;
        QVector<StatisticTopic> topics;
        QVector<Statistic> statistics;
        QVector<Organization> organizations;
        /// Indexes by jurisdiction into appendix1, statistics, organizations and timeline.companies (by
        /// headquarters), so that a profile visits its own rows only; load() fills them.
        QHash<QString, QVector<int>> appendix1ByJurisdiction;
        QHash<QString, QVector<int>> statisticsByJurisdiction;
        QHash<QString, QVector<int>> organizationsByJurisdiction;
        QHash<QString, QVector<int>> companiesByJurisdiction;
        static Data load(const Repository& repository);
    };

    static bool build(const Data& data, const QString& jurisdictionId, Lang lang, int width, QTextDocument* document,
                      const QImage& mapInset = {});
    static QImage timelineImage(const Data& data, const QString& jurisdictionId, Lang lang, QSize size);

    /// Fills \a document; returns false when the jurisdiction is unknown. \a width is the layout width
    /// in pixels used for the embedded timeline image.
    static bool build(const Repository& repository, const QString& jurisdictionId, Lang lang, int width,
                      QTextDocument* document, const QImage& mapInset = {});
    /// The timeline of one jurisdiction as an image (also used by the brief).
    static QImage timelineImage(const Repository& repository, const QString& jurisdictionId, Lang lang, QSize size);
};

} // namespace atlas
