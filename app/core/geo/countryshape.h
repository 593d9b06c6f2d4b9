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
    /// The rings thinned to points at least coarseTolerance() apart, for world-scale views: 1:50m has
    /// about four times more points than a 1920-pixel-wide world map can show, and the painter's cost
    /// grows with points, not pixels. Rings smaller than the tolerance are left out.
    QPainterPath coarsePath;
    /// Thinner still (outlineTolerance()), for the thick strokes of hover and selection: QStroker pays
    /// an atan2 per vertex, and a 3-pixel line hides detail finer than a pixel or two anyway.
    QPainterPath outlinePath;
    QPointF labelPoint;           ///< projected; inside the largest ring
    QVector<int> arcs;            ///< indices of the topology arcs its rings use (for group outlines)

    /// Odd-even point-in-polygon over the rings, bounding boxes first.
    bool contains(QPointF projected) const;
    /// Map units between kept points of coarsePath: half a pixel on a 1920-pixel-wide world map.
    static constexpr double coarseTolerance() { return 0.0014; }
    static constexpr double outlineTolerance() { return 4 * coarseTolerance(); }
    /// The path to stroke thickly at \a pixelsPerUnit.
    const QPainterPath& outlineAt(double pixelsPerUnit) const
    {
        return pixelsPerUnit * outlineTolerance() < 2.5 ? outlinePath : pathAt(pixelsPerUnit);
    }
    /// The path to draw at \a pixelsPerUnit: coarsePath while its tolerance stays under a pixel.
    const QPainterPath& pathAt(double pixelsPerUnit) const
    {
        return pixelsPerUnit * coarseTolerance() < 0.75 ? coarsePath : path;
    }
};

} // namespace atlas
