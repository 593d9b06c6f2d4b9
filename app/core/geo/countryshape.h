#pragma once

#include <QPainterPath>
#include <QPointF>
#include <QPolygonF>
#include <QRectF>
#include <QString>
#include <QVector>

namespace atlas {

/// \brief One map area (a country or a documented non-ISO area) in projected map units, ready to paint
/// and to hit-test. Rings are already cut at the antimeridian; holes are rings too (odd-even rule).
struct CountryShape
{
    QString id;                   ///< ISO alpha-3 or a documented key (maps/SOURCES.md)
    QString name;                 ///< Natural Earth's English name
    QVector<QPolygonF> rings;     ///< projected, closed
    QVector<QRectF> ringBounds;   ///< per ring, so hit-tests skip most rings without looking at points
    QRectF bounds;                ///< projected bounding box of all rings
    QPainterPath path;            ///< all rings, Qt::OddEvenFill
    QPointF labelPoint;           ///< projected; inside the largest ring
    QVector<int> arcs;            ///< indices of the topology arcs its rings use (for group outlines)

    /// Odd-even point-in-polygon over the rings, bounding boxes first.
    bool contains(QPointF projected) const;
};

} // namespace atlas
