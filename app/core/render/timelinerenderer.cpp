#include "timelinerenderer.h"

#include <QFontMetricsF>
#include <QHash>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <set>
#include <tuple>

namespace atlas {

QColor TimelineRenderer::colorFor(const QString& category)
{
    // Fixed colours per kind, so the same kind looks the same in every view and export.
    static const QHash<QString, QColor> colors = {
        {QStringLiteral("law"), QColor(0xB2, 0x18, 0x2B)},        {QStringLiteral("bill"), QColor(0xEF, 0x8A, 0x62)},
        {QStringLiteral("executive_order"), QColor(0x76, 0x2A, 0x83)},
        {QStringLiteral("regulation"), QColor(0x8C, 0x51, 0x0A)},  {QStringLiteral("strategy"), QColor(0x21, 0x66, 0xAC)},
        {QStringLiteral("plan"), QColor(0x43, 0x93, 0xC3)},        {QStringLiteral("guideline"), QColor(0x1B, 0x78, 0x37)},
        {QStringLiteral("framework"), QColor(0x5A, 0xAE, 0x61)},   {QStringLiteral("institution"), QColor(0x54, 0x54, 0x54)},
        {QStringLiteral("agreement"), QColor(0xC5, 0x1B, 0x7D)},   {QStringLiteral("declaration"), QColor(0xDE, 0x77, 0xAE)},
        {QStringLiteral("event"), QColor(0xBF, 0x81, 0x2D)},       {QStringLiteral("report"), QColor(0x35, 0x97, 0x8F)},
        {QStringLiteral("budget"), QColor(0xE0, 0xA1, 0x00)},      {QStringLiteral("program"), QColor(0x80, 0xCD, 0xC1)},
        {QStringLiteral("initiative"), QColor(0x99, 0x70, 0xAB)},  {QStringLiteral("investment"), QColor(0xF1, 0xB6, 0xDA)},
        {QStringLiteral("standard"), QColor(0x01, 0x66, 0x5E)},    {QStringLiteral("announcement"), QColor(0x92, 0xC5, 0xDE)},
        {QStringLiteral("enforcement"), QColor(0x67, 0x00, 0x1F)},
    };
    return colors.value(category, QColor(0x88, 0x88, 0x88));
}

void TimelineRenderer::setScene(const TimelineScene& scene)
{
    m_scene = scene;
    m_spans.clear();
    m_spans.reserve(m_scene.items.size());
    m_itemsByLane.clear();
    m_usedCategories.clear();
    // Neighbouring items often share a lane (always with one jurisdiction selected) or a category: look
    // one up only when it differs from the previous item's.
    QVector<int>* laneItems = nullptr;
    const QString* lane = nullptr;
    const QString* category = nullptr;
    QColor color;
    bool categoryUsed = false;   // by a dated item since the category last changed
    for (int i = 0; i < m_scene.items.size(); ++i) {
        const TimelineItem& it = m_scene.items.at(i);
        const QDate start = it.date.isEmpty() ? QDate() : TimeAxis::periodStart(it.date);
        const QDate end = it.date.isEmpty() ? QDate() : TimeAxis::periodEnd(it.dateEnd.isEmpty() ? it.date : it.dateEnd);
        const bool valid = start.isValid() && end.isValid();
        if (!category || it.category != *category) {
            category = &it.category;
            color = colorFor(it.category);
            categoryUsed = false;
        }
        m_spans.append({valid ? start.toJulianDay() : 0, valid ? end.toJulianDay() : 0, valid, color});
        if (it.date.isEmpty())
            continue;
        if (!categoryUsed) {
            m_usedCategories.insert(it.category);
            categoryUsed = true;
        }
        if (!lane || it.lane != *lane) {
            lane = &it.lane;
            laneItems = &m_itemsByLane[it.lane];
        }
        laneItems->append(i);
    }
}

QRectF TimelineRenderer::plotRect(const QRectF& rect, const Options& options) const
{
    const double top = rect.top() + (m_scene.title.isEmpty() ? 0 : 26) + (options.legend ? kLegendHeight : 0);
    const double bottom = rect.bottom() - kAxisHeight - (options.footnote ? 34 : 0);
    return QRectF(QPointF(rect.left() + kGutter, top), QPointF(rect.right() - 8, std::max(top + 10, bottom)));
}

void TimelineRenderer::paint(QPainter& p, const QRectF& rect, const TimeAxis& axisIn, const Options& options)
{
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    QFont font = options.font;
    p.setFont(font);
    const QFontMetricsF fm(font);
    m_placed.clear();
    m_laneRects.clear();

    double y = rect.top();
    if (!m_scene.title.isEmpty()) {
        QFont bold = font;
        bold.setBold(true);
        bold.setPointSizeF(font.pointSizeF() * 1.15);
        p.setFont(bold);
        p.setPen(options.text);
        p.drawText(QRectF(rect.left() + 4, y, rect.width() - 8, 24), Qt::AlignLeft | Qt::AlignVCenter, m_scene.title);
        p.setFont(font);
        y += 26;
    }
    const QRectF plot = plotRect(rect, options);
    TimeAxis axis = axisIn;
    axis.setPixelRange(plot.left(), plot.right());

    // Which categories the dated items use (for the legend), worked out in setScene().
    const QSet<QString>& usedCategories = m_usedCategories;

    if (options.legend) {
        double x = rect.left() + 6;
        for (const auto& [code, name] : m_scene.categories) {
            if (!usedCategories.contains(code))
                continue;
            const double w = fm.horizontalAdvance(name) + 24;
            if (x + w > rect.right())
                break;
            p.setPen(Qt::NoPen);
            p.setBrush(colorFor(code));
            p.drawEllipse(QRectF(x, y + kLegendHeight / 2 - 5, 10, 10));
            p.setPen(options.text);
            p.drawText(QRectF(x + 14, y, w, kLegendHeight), Qt::AlignLeft | Qt::AlignVCenter, name);
            x += w;
        }
    }

    // Time-range shading and axis ticks.
    if (!options.range.isEmpty()) {
        const QDate from = options.range.from.isEmpty() ? axis.start() : TimeAxis::periodStart(options.range.from);
        const QDate to = options.range.to.isEmpty() ? axis.end() : TimeAxis::periodEnd(options.range.to);
        const double x0 = std::clamp(axis.x(from), plot.left(), plot.right());
        const double x1 = std::clamp(axis.x(to.addDays(1)), plot.left(), plot.right());
        p.fillRect(QRectF(x0, plot.top(), x1 - x0, plot.height()), QColor(0xFF, 0xE9, 0xA8, 110));
    }
    p.setPen(QColor(0xDD, 0xDD, 0xDD));
    const auto ticks = axis.ticks();
    for (const auto& t : ticks) {
        const double x = axis.x(t.date);
        p.setPen(t.major ? QColor(0xBB, 0xBB, 0xBB) : QColor(0xE6, 0xE6, 0xE6));
        p.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()));
        p.setPen(options.text);
        p.drawText(QRectF(x - 40, plot.bottom() + 4, 80, kAxisHeight - 6), Qt::AlignHCenter | Qt::AlignTop, t.label);
    }
    p.setPen(QColor(0x88, 0x88, 0x88));
    p.drawLine(plot.bottomLeft(), plot.bottomRight());

    const int laneCount = std::max<int>(1, static_cast<int>(m_scene.lanes.size()));
    const QRectF clip(plot.left(), plot.top(), plot.width(), plot.height());
    const double laneH = plot.height() / laneCount;
    int visible = 0;
    for (int i = 0; i < m_scene.lanes.size(); ++i) {
        const TimelineLane& lane = m_scene.lanes.at(i);
        const QRectF laneRect(rect.left(), plot.top() + i * laneH, rect.width(), laneH);
        m_laneRects.append({lane.id, laneRect});
        if (i % 2 == 1)
            p.fillRect(QRectF(plot.left(), laneRect.top(), plot.width(), laneH), options.alternate);
        if (options.highlightedLanes.contains(lane.id))
            p.fillRect(QRectF(rect.left(), laneRect.top(), rect.width(), laneH), QColor(0xFF, 0xF3, 0xC4));
        p.setPen(options.highlightedLanes.contains(lane.id) ? QColor(0x22, 0x22, 0x22) : options.text);
        p.drawText(QRectF(rect.left() + 6, laneRect.top(), kGutter - 12, laneH), Qt::AlignRight | Qt::AlignVCenter,
                   fm.elidedText(lane.label, Qt::ElideRight, kGutter - 12));

        // Markers, stacked in up to four rows so that neighbours in time stay visible; clipped to the plot
        // so that long spans never run into the lane labels.
        p.save();
        p.setClipRect(clip);
        const double markerH = std::clamp(laneH / 5.0, 3.0, 12.0);
        QVector<double> rowEnds(4, -1e9);
        // Markers already drawn in this lane: one exactly on top of an identical one changes nothing, so
        // a dense lane (thousands of items at 100× the report) draws each spot once.
        std::set<std::tuple<int, double, double, QRgb, bool, bool>> drawn;
        const auto laneItems = m_itemsByLane.constFind(lane.id);
        const QVector<int> noItems;
        for (int index : (laneItems == m_itemsByLane.cend() ? noItems : *laneItems)) {
            const TimelineItem& it = m_scene.items.at(index);
            const Span& span = m_spans.at(index);
            if (!span.valid)
                continue;
            double x0 = axis.x(QDate::fromJulianDay(span.startJd));
            double x1 = axis.x(QDate::fromJulianDay(span.endJd + 1));
            if (x1 < plot.left() || x0 > plot.right())
                continue;
            if (x1 - x0 < markerH) {  // a day or a short month at this zoom: a round marker
                const double c = (x0 + x1) / 2;
                x0 = c - markerH / 2;
                x1 = c + markerH / 2;
            }
            int row = 0;
            while (row < rowEnds.size() - 1 && rowEnds.at(row) > x0 - 1)
                ++row;
            rowEnds[row] = std::max(rowEnds.at(row), x1);
            // Four sub-rows spread over two thirds of the lane: markers never spill into the next lane.
            const double rowStep = std::min(markerH + 2, laneH / 4.5);
            const double cy = laneRect.top() + laneH / 2 + (row - 1.5) * rowStep;
            const QRectF r(x0, cy - markerH / 2, x1 - x0, markerH);
            const bool isSelected = options.selected.contains(it.id);
            const bool isHovered = options.hovered == it.id;
            QColor c = span.color;
            if (!options.selected.isEmpty() && !isSelected)
                c.setAlpha(110);
            p.setBrush(c);
            p.setPen(isSelected || isHovered ? QPen(Qt::black, 2) : QPen(c.darker(130), 1));
            const bool isSpan = it.dateEnd.size() > 0 || (x1 - x0) > markerH + 0.5;
            const bool yearOnly = it.date.size() == 4 && it.dateEnd.isEmpty();
            if (!isSelected && !isHovered && c.alpha() == 255
                && !drawn.insert({row, r.x(), r.width(), c.rgba(), isSpan, yearOnly}).second) {
                m_placed.append({it.id, r.adjusted(-2, -2, 2, 2).intersected(clip)});
                ++visible;
                continue;
            }
            if (yearOnly && isSpan && !isSelected && !isHovered) {
                // Only the year is known: an outlined span, so it does not read as a year-long event.
                QColor fill = c;
                fill.setAlpha(45);
                p.setBrush(fill);
                p.setPen(QPen(c, 1, Qt::DotLine));
                p.drawRoundedRect(r.adjusted(0, markerH * 0.25, 0, -markerH * 0.25), 2, 2);
            } else if (isSpan)
                p.drawRoundedRect(r, 3, 3);
            else
                p.drawEllipse(r);
            m_placed.append({it.id, r.adjusted(-2, -2, 2, 2).intersected(clip)});
            ++visible;
        }
        p.restore();
    }
    if (visible == 0 && !m_scene.emptyText.isEmpty()) {
        p.setPen(options.text);
        p.drawText(plot, Qt::AlignCenter | Qt::TextWordWrap, m_scene.emptyText);
    }
    if (options.footnote && !m_scene.footnote.isEmpty()) {
        QFont small = font;
        small.setPointSizeF(font.pointSizeF() * 0.85);
        p.setFont(small);
        p.setPen(QColor(0x55, 0x55, 0x55));
        p.drawText(QRectF(rect.left() + 6, rect.bottom() - 32, rect.width() - 12, 30),
                   Qt::AlignLeft | Qt::AlignVCenter | Qt::TextWordWrap, m_scene.footnote);
    }
    p.restore();
}

qint64 TimelineRenderer::itemAt(const QPointF& pos) const
{
    // Last painted on top: search backwards.
    for (auto it = m_placed.crbegin(); it != m_placed.crend(); ++it)
        if (it->rect.contains(pos))
            return it->id;
    return 0;
}

QString TimelineRenderer::laneAt(const QPointF& pos) const
{
    for (const auto& [id, r] : m_laneRects)
        if (r.contains(pos))
            return id;
    return {};
}

const TimelineItem* TimelineRenderer::item(qint64 id) const
{
    for (const TimelineItem& it : m_scene.items)
        if (it.id == id)
            return &it;
    return nullptr;
}

} // namespace atlas
