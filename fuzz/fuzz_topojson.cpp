// libFuzzer target: the map loading path of maps/countries-50m.topo.json, i.e. what
// WorldGeometry::bundled() does with the embedded file (TopoJSON decoding, antimeridian repair,
// densifying, Equal Earth projection, indexing), plus the queries the map makes of the result.
#include "fuzzcheck.h"

#include "geo/topojson.h"
#include "geo/worldgeometry.h"

#include <QByteArray>
#include <QSet>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArray json(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    QString error;
    const auto world = atlas::WorldGeometry::fromTopoJson(json, &error);
    if (!world) {
        FUZZ_CHECK(!error.isEmpty());
        return 0;
    }
    const QStringList ids = world->ids();
    const QSet<QString> all(ids.cbegin(), ids.cend());
    world->outline(all);
    world->outline(all, atlas::CountryShape::outlineTolerance());
    world->bounds(all);
    for (const atlas::CountryShape& c : world->countries()) {
        FUZZ_CHECK(c.rings.size() == c.ringBounds.size());
        world->countryAt(c.labelPoint);
        c.contains(c.bounds.center());
    }
    world->countryAtLonLat(QPointF(127, 37));
    return 0;
}
