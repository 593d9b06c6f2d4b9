#include "exporter.h"

#include "io/savefile.h"

#include "outlinesvgdevice.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QCoreApplication>
#include <QImage>
#include <QImageWriter>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QSvgGenerator>
#include <QTextDocument>
#include <QTextStream>

#include <cmath>

namespace atlas {

namespace {

void paintPage(QPainter& p, const QRectF& page, const Exporter::ImageOptions& o, const ExportMeta& meta,
               const Exporter::Paint& paint)
{
    p.fillRect(page, Qt::white);
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::TextAntialiasing);
    if (o.header)
        ExportFrame::paintHeader(p, page, meta);
    const QRectF content = ExportFrame::contentRect(page, meta, o.header);
    p.save();
    p.setClipRect(content);
    paint(p, content);
    p.restore();
    ExportFrame::paintFooter(p, page, meta);
}

} // namespace

QSize Exporter::pixelSize(const ImageOptions& o)
{
    const double scale = o.dpi > 0 ? o.dpi / 96.0 : o.scale;
    return QSize(static_cast<int>(std::lround(o.size.width() * scale)),
                 static_cast<int>(std::lround(o.size.height() * scale)));
}

Exporter::Format Exporter::formatFromName(const QString& name, bool* ok)
{
    const QString n = name.toLower();
    *ok = true;
    if (n == QStringLiteral("png"))
        return Format::Png;
    if (n == QStringLiteral("svg"))
        return Format::Svg;
    if (n == QStringLiteral("pdf"))
        return Format::Pdf;
    if (n == QStringLiteral("csv"))
        return Format::Csv;
    *ok = false;
    return Format::Png;
}

QString Exporter::formatName(Format format)
{
    switch (format) {
    case Format::Png: return QStringLiteral("png");
    case Format::Svg: return QStringLiteral("svg");
    case Format::Pdf: return QStringLiteral("pdf");
    case Format::Csv: return QStringLiteral("csv");
    }
    return {};
}

bool Exporter::writeImage(const QString& path, Format format, const ImageOptions& o, const ExportMeta& meta,
                          const Paint& paint, QString* error)
{
    if (o.size.width() < 200 || o.size.height() < 150 || o.size.width() > 20000 || o.size.height() > 20000) {
        if (error)
            *error = QCoreApplication::translate("atlas::Exporter", "the size must be between 200×150 and 20000×20000 pixels");
        return false;
    }
    const QSize pixels = pixelSize(o);
    if (format == Format::Png && (static_cast<qint64>(pixels.width()) * pixels.height() > 400LL * 1000 * 1000)) {
        if (error)
            *error = QCoreApplication::translate("atlas::Exporter", "the image would have more than 400 million pixels");
        return false;
    }
    // Opened first, so that a bad path fails before the painting; everything is encoded in memory
    // and then written whole (see SaveFile for why).
    QSaveFile file(path);
    if (!SaveFile::open(file, error))
        return false;
    QBuffer encoded;
    encoded.open(QIODevice::WriteOnly);
    const QRectF page(QPointF(0, 0), QSizeF(o.size));
    switch (format) {
    case Format::Png: {
        QImage image(pixels, QImage::Format_ARGB32_Premultiplied);
        if (image.isNull()) {
            if (error)
                *error = QCoreApplication::translate("atlas::Exporter", "not enough memory for an image of %1×%2 pixels").arg(pixels.width()).arg(pixels.height());
            file.cancelWriting();
            return false;
        }
        const double dpr = static_cast<double>(pixels.width()) / o.size.width();
        image.setDevicePixelRatio(dpr);
        if (o.dpi > 0) {
            image.setDotsPerMeterX(static_cast<int>(std::lround(o.dpi / 0.0254)));
            image.setDotsPerMeterY(static_cast<int>(std::lround(o.dpi / 0.0254)));
        }
        {
            QPainter p(&image);
            paintPage(p, page, o, meta, paint);
        }
        image.setText(QStringLiteral("Title"), meta.title);
        image.setText(QStringLiteral("Source"), ExportFrame::footerLines(meta).join(QLatin1Char('\n')));
        QImageWriter writer(&encoded, "png");
        // Encoding dominates a large export (libpng's filter search over 33 MB of pixels): the page is
        // opaque, so RGB without alpha, and zlib level 2 instead of 6 — together about twice as fast for
        // a file about a tenth larger (flat map colours compress well at any level).
        writer.setQuality(75);
        if (!writer.write(image.convertToFormat(QImage::Format_RGB32))) {
            if (error)
                *error = QCoreApplication::translate("atlas::Exporter", "cannot write %1: %2").arg(path, writer.errorString());
            file.cancelWriting();
            return false;
        }
        break;
    }
    case Format::Svg: {
        // QSvgGenerator writes title and description without escaping them ('Policy & law').
        const QString description = ExportFrame::footerLines(meta).join(QLatin1Char('\n')).toHtmlEscaped();
        const QString title = meta.title.toHtmlEscaped();
        if (o.svgTextAsOutlines) {
            OutlineSvgDevice device(&encoded, o.size, title, description);
            QPainter p(&device);
            paintPage(p, page, o, meta, paint);
        } else {
            QSvgGenerator svg;
            svg.setOutputDevice(&encoded);
            svg.setSize(o.size);
            svg.setViewBox(QRect(QPoint(0, 0), o.size));
            svg.setTitle(title);
            svg.setDescription(description);
            QPainter p(&svg);
            paintPage(p, page, o, meta, paint);
        }
        break;
    }
    case Format::Pdf: {
        QPdfWriter pdf(&encoded);
        pdf.setTitle(meta.title);
        pdf.setCreator(QStringLiteral("AI Trends Atlas ") + QStringLiteral(ATLAS_VERSION));
        pdf.setResolution(72);  // one logical pixel = one point: the page is exactly the requested size
        pdf.setPageLayout(QPageLayout(QPageSize(QSizeF(o.size), QPageSize::Point), QPageLayout::Portrait, QMarginsF()));
        QPainter p(&pdf);
        paintPage(p, page, o, meta, paint);
        break;
    }
    case Format::Csv:
        if (error)
            *error = QCoreApplication::translate("atlas::Exporter", "pictures cannot be written as CSV");
        file.cancelWriting();
        return false;
    }
    return SaveFile::writeAll(file, encoded.data(), error) && SaveFile::commit(file, error);
}

bool Exporter::writeCsv(const QString& path, const QStringList& header, const QVector<QStringList>& rows,
                        const ExportMeta& meta, QString* error)
{
    QSaveFile file(path);
    if (!SaveFile::open(file, error))
        return false;
    const auto quote = [](QString v) -> QString {
        // A cell that a spreadsheet would run as a formula gets a leading apostrophe (CSV injection);
        // negative numbers stay numbers.
        const bool negativeNumber = v.size() > 1 && v.front() == QLatin1Char('-') && v.at(1).isDigit();
        if (!v.isEmpty() && QStringLiteral("=+-@").contains(v.front()) && !negativeNumber)
            v.prepend(QLatin1Char('\''));
        if (v.contains(QLatin1Char('"')) || v.contains(QLatin1Char(',')) || v.contains(QLatin1Char('\n'))
            || v.contains(QLatin1Char('\r')))
            return QLatin1Char('"') + v.replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
        return v;
    };
    QByteArray out("\xEF\xBB\xBF");
    const auto line = [&](const QStringList& cells) {
        QStringList q;
        for (const QString& c : cells)
            q.append(quote(c));
        out += q.join(QLatin1Char(',')).toUtf8() + "\r\n";
    };
    line(header);
    for (const QStringList& r : rows)
        line(r);
    out += "\r\n";
    for (const QString& l : ExportFrame::footerLines(meta))
        line({l});
    return SaveFile::writeAll(file, out, error) && SaveFile::commit(file, error);
}

bool Exporter::writePdfDocument(const QString& path, const QString& title, const QVector<QTextDocument*>& pages,
                                const ExportMeta& meta, QString* error)
{
    QSaveFile file(path);
    if (!SaveFile::open(file, error))
        return false;
    QBuffer encoded;
    encoded.open(QIODevice::WriteOnly);
    {
        QPdfWriter pdf(&encoded);
        pdf.setTitle(title);
        pdf.setCreator(QStringLiteral("AI Trends Atlas ") + QStringLiteral(ATLAS_VERSION));
        pdf.setPageSize(QPageSize(QPageSize::A4));
        pdf.setResolution(96);
        pdf.setPageMargins(QMarginsF(14, 14, 14, 14), QPageLayout::Millimeter);
        QPainter p(&pdf);
        const QRectF pageRect(QPointF(0, 0), QSizeF(pdf.width(), pdf.height()));
        const double footer = ExportFrame::footerHeight(pageRect.width());
        const QSizeF body(pageRect.width(), pageRect.height() - footer);
        bool first = true;
        for (QTextDocument* doc : pages) {
            doc->setPageSize(body);
            doc->setDocumentMargin(0);
            const int count = doc->pageCount();
            for (int i = 0; i < count; ++i) {
                if (!first)
                    pdf.newPage();
                first = false;
                p.save();
                p.translate(0, -i * body.height());
                QAbstractTextDocumentLayout::PaintContext ctx;
                ctx.clip = QRectF(0, i * body.height(), body.width(), body.height());
                p.setClipRect(ctx.clip);
                doc->documentLayout()->draw(&p, ctx);
                p.restore();
                ExportFrame::paintFooter(p, pageRect, meta);
            }
        }
    }
    return SaveFile::writeAll(file, encoded.data(), error) && SaveFile::commit(file, error);
}

} // namespace atlas
