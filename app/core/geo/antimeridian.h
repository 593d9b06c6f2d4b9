#pragma once

#include <QPolygonF>
#include <QVector>

namespace atlas {

/// \brief Cuts lon/lat rings that cross the ±180° meridian into pieces that stay within [-180, 180], so
/// Russia, Fiji and Antarctica are drawn without streaks across the whole map (TOOLCHAIN §6).
///
/// A ring crosses when two consecutive points are more than 180° apart. It is unwrapped into a
/// continuous longitude range, and each 360° copy that overlaps the map is clipped to the band. A ring
/// that winds once around a pole (Antarctica: one jump only) is closed along that pole first.
class Antimeridian
{
public:
    static bool crosses(const QPolygonF& ring);
    /// Rings inside [-180, 180]; a ring that does not cross comes back unchanged, as the only element.
    static QVector<QPolygonF> repairRing(const QPolygonF& ring);
    /// Inserts points so no step exceeds \a maxStepDegrees in lon or lat: the clip edges and pole edges
    /// are straight in lon/lat but curved on the map.
    static QPolygonF densify(const QPolygonF& ring, double maxStepDegrees);

private:
    static QPolygonF clipToBand(const QPolygonF& ring, double minLon, double maxLon);
};

} // namespace atlas
