#pragma once

#include "render/timeaxis.h"
#include "selection/selectionstate.h"

#include <QColor>
#include <QFont>
#include <QRectF>
#include <QSet>
#include <QString>
#include <QHash>
#include <QVector>

#include <functional>

class QPainter;

namespace atlas {

struct TimelineLane
{
    QString id;      ///< jurisdiction id, 'INT', or 'company:<id>'
    QString label;
};

struct TimelineItem
{
    qint64 id = 0;           ///< policy id (or activity id for company lanes)
    QString lane;
    QString date;            ///< ISO prefix: month-only dates are drawn as month spans
    QString dateEnd;         ///< ranges ('2023.10(~2024.1)') are drawn as bars
    QString category;        ///< colour key (policy kind or activity kind)
    QString label;           ///< short title
    QString tooltip;
};

struct TimelineScene
{
    QString title;
    QVector<TimelineLane> lanes;
    QVector<TimelineItem> items;
    QVector<QPair<QString, QString>> categories;   ///< category code -> display name, legend order
    QString footnote;                              ///< source line drawn at the bottom (exports)
    QString emptyText;                             ///< shown when no item is visible
    /// The tooltip of an item, made when the pointer rests on it (formatting one per item of a large
    /// selection cost more than the rest of a rebuild); empty: TimelineItem::tooltip.
    std::function<QString(const TimelineItem&)> tooltipFor;

    QString tooltip(const TimelineItem& item) const { return tooltipFor ? tooltipFor(item) : item.tooltip; }
};

/// \brief Paints policy swimlanes on any QPainter (screen, image, SVG, PDF): one lane per jurisdiction,
/// one marker per dated item, coloured by category, with a fixed left gutter so the time axis lines up
/// with the charts. Keeps the geometry of the last paint for hit-testing.
class TimelineRenderer
{
public:
    struct Options
    {
        QSet<qint64> selected;
        qint64 hovered = 0;
        QSet<QString> highlightedLanes;
        TimeRange range;            ///< shaded on the axis
        bool legend = true;
        bool footnote = false;
        QFont font;
        QColor text = QColor(0x22, 0x22, 0x22);         ///< labels; a widget passes its palette's
        QColor alternate = QColor(0xF6, 0xF7, 0xF9);    ///< every other lane
    };

    static constexpr double kGutter = 150;       ///< lane labels; charts use the same left margin
    static constexpr double kAxisHeight = 28;
    static constexpr double kLegendHeight = 24;

    void setScene(const TimelineScene& scene);
    const TimelineScene& scene() const { return m_scene; }

    /// The plot area inside \a rect (right of the gutter, between legend and axis).
    QRectF plotRect(const QRectF& rect, const Options& options) const;
    void paint(QPainter& painter, const QRectF& rect, const TimeAxis& axis, const Options& options);

    /// The item under \a pos in the last painted geometry, or 0.
    qint64 itemAt(const QPointF& pos) const;
    QString laneAt(const QPointF& pos) const;
    const TimelineItem* item(qint64 id) const;

    static QColor colorFor(const QString& category);

private:
    struct Placed { qint64 id; QRectF rect; };
    /// An item's dates, parsed once per scene, and its colour.
    struct Span { qint64 startJd; qint64 endJd; bool valid; QColor color; };
    TimelineScene m_scene;
    QVector<Span> m_spans;                       ///< by item
    QHash<QString, QVector<int>> m_itemsByLane;  ///< dated items of each lane, in scene order
    QSet<QString> m_usedCategories;
    QVector<Placed> m_placed;
    QVector<QPair<QString, QRectF>> m_laneRects;
};

} // namespace atlas
