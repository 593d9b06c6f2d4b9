#pragma once

#include "data/repository.h"
#include "render/exportframe.h"

#include <QSize>
#include <QString>

#include <functional>

class QTextDocument;

namespace atlas {

/// \brief Writes pictures, tables and briefs to files. Pictures are painted by the same renderers as
/// the screen (never a widget grab), at the requested size, with the source footer; every file goes
/// through QSaveFile, so a failed export leaves no partial file and keeps an existing one untouched.
class Exporter
{
public:
    enum class Format { Png, Svg, Pdf, Csv };

    struct ImageOptions
    {
        QSize size{1600, 1000};       ///< logical size in pixels (PDF: points at 72 dpi per pixel)
        double scale = 2.0;           ///< PNG: device pixels per logical pixel (1×, 2×, …)
        int dpi = 0;                  ///< PNG: if set, the scale is dpi / 96 and the file records the dpi
        bool svgTextAsOutlines = true;///< SVG: text as paths (portable) or as editable <text>
        bool header = true;           ///< draw the title/subtitle header (off when the content has one)
    };

    /// Paints the content into the given rectangle of a painter of any kind.
    using Paint = std::function<void(QPainter& painter, const QRectF& rect)>;

    static bool writeImage(const QString& path, Format format, const ImageOptions& options, const ExportMeta& meta,
                           const Paint& paint, QString* error);
    /// UTF-8 with a BOM (spreadsheets then read Korean), RFC 4180 quoting, the source as the last lines.
    static bool writeCsv(const QString& path, const QStringList& header, const QVector<QStringList>& rows,
                         const ExportMeta& meta, QString* error);
    /// A multi-page A4 PDF from rich text (the country brief); \a pages are HTML sections, each on new pages.
    static bool writePdfDocument(const QString& path, const QString& title, const QVector<QTextDocument*>& pages,
                                 const ExportMeta& meta, QString* error);

    static Format formatFromName(const QString& name, bool* ok);
    static QString formatName(Format format);
    /// The pixel size a PNG of these options has.
    static QSize pixelSize(const ImageOptions& options);
};

} // namespace atlas
