#pragma once

#include "countryshape.h"

#include <QByteArray>
#include <QHash>
#include <QPolygonF>
#include <QSet>
#include <QString>
#include <QVector>

#include <optional>

namespace atlas {

/// \brief All map areas of a TopoJSON world, projected with EqualEarth, with hit-testing and group
/// outlines. Built once (bundled()) and shared read-only by every map, widget or exporter.
class WorldGeometry
{
public:
    /// Decodes, repairs the antimeridian, densifies edges longer than 1°, projects and indexes.
    static std::optional<WorldGeometry> fromTopoJson(const QByteArray& json, QString* error = nullptr);
    /// The Natural Earth 1:50m countries embedded as :/maps/countries-50m.topo.json, decoded on first
    /// use (thread-safe) and kept for the life of the process.
    static const WorldGeometry& bundled();
    static QString bundledResourcePath();

    const QVector<CountryShape>& countries() const { return m_countries; }
    const CountryShape* country(const QString& id) const;
    QStringList ids() const;

    /// The area under a projected point, or an empty string (sea, outside the map).
    QString countryAt(QPointF projected) const;
    QString countryAtLonLat(QPointF lonLat) const;

    /// The outer boundary of a group of areas (the EU around its members) as projected polylines: the
    /// arcs used by exactly one ring of the group. Borders between two members drop out, coastlines and
    /// borders with non-members stay. This is topojson.mesh with a filter, made possible by shared arcs.
    /// \a tolerance > 0 thins the lines as CountryShape::coarsePath is thinned: thick strokes cost per
    /// vertex, so world-scale views draw the thinned outline.
    QVector<QPolygonF> outline(const QSet<QString>& ids, double tolerance = 0) const;
    /// Projected bounding box of the given areas (empty when none is known).
    QRectF bounds(const QSet<QString>& ids) const;
    /// The projected extent of all areas.
    QRectF extent() const { return m_extent; }

private:
    QVector<CountryShape> m_countries;
    QHash<QString, int> m_index;
    QVector<QPolygonF> m_arcs;   ///< lon/lat
    QRectF m_extent;
};

} // namespace atlas
