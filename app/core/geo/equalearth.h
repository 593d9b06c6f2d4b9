#pragma once

#include <QPointF>
#include <QRectF>

#include <optional>

namespace atlas {

/// \brief The Equal Earth projection (Šavrič, Patterson, Jenny 2018) on the unit sphere.
///
/// Map units: x grows east, y grows **south** (screen orientation), so projected rectangles and painter
/// paths need no flip; only this class knows that northing is -y. Degrees at the API, radians inside.
/// Chosen because it is equal-area (country sizes compare honestly on a choropleth) yet keeps the
/// familiar shape of the continents, and because its inverse is a short Newton iteration.
class EqualEarth
{
public:
    /// \param lonLat longitude, latitude in degrees; longitude may leave ±180 (pieces of rings that the
    /// antimeridian repair shifted), latitude is clamped to ±90.
    static QPointF project(QPointF lonLat);
    /// Inverse of project(); nullopt for points outside the map outline (beyond ±180° or the poles).
    static std::optional<QPointF> unproject(QPointF xy);
    /// Projected bounding box of the whole globe.
    static QRectF extent();
    /// Largest |x| (at the equator, ±180°) and |y| (at the poles) in map units.
    static double maxX();
    static double maxY();
};

} // namespace atlas
