#include "exportframe.h"

#include "domain/report.h"

#include <QCoreApplication>
#include <QFont>
#include <QFontMetricsF>
#include <QPainter>

#include <algorithm>

namespace atlas {

namespace {
double unitFor(double width)
{
    return std::clamp(width / 1600.0, 0.5, 3.0);
}
QFont frameFont(double pixelSize, bool bold = false)
{
    QFont f(QStringLiteral("Noto Sans CJK KR"));
    f.setPixelSize(std::max(8, static_cast<int>(pixelSize)));
    f.setBold(bold);
    return f;
}
} // namespace

QStringList ExportFrame::footerLines(const ExportMeta& m)
{
    QString sources = ReportCredit::citation(m.lang);
    if (!m.sources.isEmpty()) {
        QStringList shown = m.sources.mid(0, 8);
        if (m.sources.size() > 8)
            shown.append(QCoreApplication::translate("atlas::ExportFrame", "and %1 more").arg(m.sources.size() - 8));
        sources += QStringLiteral(" · ") + shown.join(QStringLiteral("; "));
    }
    QString second = ReportCredit::licence(m.lang);
    if (!m.selection.isEmpty())
        second += QStringLiteral(" · ") + QCoreApplication::translate("atlas::ExportFrame", "Selection: %1").arg(m.selection);
    second += QStringLiteral(" · AI Trends Atlas ") + QStringLiteral(ATLAS_VERSION);
    return {sources, second};
}

double ExportFrame::footerHeight(double width)
{
    return 84 * unitFor(width);
}

double ExportFrame::headerHeight(double width, const ExportMeta& meta)
{
    const double u = unitFor(width);
    return (meta.subtitle.isEmpty() ? 44 : 70) * u;
}

QRectF ExportFrame::contentRect(const QRectF& page, const ExportMeta& meta, bool withHeader)
{
    const double top = withHeader ? headerHeight(page.width(), meta) : 0;
    return QRectF(page.left(), page.top() + top, page.width(),
                  std::max(10.0, page.height() - top - footerHeight(page.width())));
}

void ExportFrame::paintHeader(QPainter& p, const QRectF& page, const ExportMeta& meta)
{
    const double u = unitFor(page.width());
    p.save();
    p.setPen(Qt::black);
    p.setFont(frameFont(26 * u, true));
    p.drawText(QRectF(page.left() + 16 * u, page.top() + 6 * u, page.width() - 32 * u, 36 * u),
               Qt::AlignLeft | Qt::AlignVCenter, meta.title);
    if (!meta.subtitle.isEmpty()) {
        p.setPen(QColor(0x44, 0x44, 0x44));
        p.setFont(frameFont(18 * u));
        p.drawText(QRectF(page.left() + 16 * u, page.top() + 40 * u, page.width() - 32 * u, 26 * u),
                   Qt::AlignLeft | Qt::AlignVCenter, meta.subtitle);
    }
    p.restore();
}

void ExportFrame::paintFooter(QPainter& p, const QRectF& page, const ExportMeta& meta)
{
    const double u = unitFor(page.width());
    const double h = footerHeight(page.width());
    const QRectF box(page.left() + 16 * u, page.bottom() - h + 6 * u, page.width() - 32 * u, h - 10 * u);
    p.save();
    p.setPen(QPen(QColor(0xBB, 0xBB, 0xBB), std::max(1.0, u)));
    p.drawLine(QPointF(box.left(), box.top()), QPointF(box.right(), box.top()));
    const QStringList lines = footerLines(meta);
    QFont f = frameFont(13 * u);
    const QFontMetricsF fm(f);
    p.setFont(f);
    p.setPen(QColor(0x33, 0x33, 0x33));
    // The sources may take two lines (wrapped, then elided); the licence line takes one.
    const double lineH = (box.height() - 6 * u) / 3;
    const QRectF sourcesRect(box.left(), box.top() + 4 * u, box.width(), 2 * lineH);
    QString sources = lines.value(0);
    const QRectF needed = fm.boundingRect(sourcesRect, Qt::TextWordWrap, sources);
    if (needed.height() > sourcesRect.height() + 1)
        sources = fm.elidedText(sources, Qt::ElideRight, box.width() * 1.9);
    p.drawText(sourcesRect, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, sources);
    p.setPen(QColor(0x66, 0x66, 0x66));
    p.drawText(QRectF(box.left(), box.top() + 4 * u + 2 * lineH, box.width(), lineH), Qt::AlignLeft | Qt::AlignVCenter,
               fm.elidedText(lines.value(1), Qt::ElideRight, box.width()));
    p.restore();
}

} // namespace atlas
