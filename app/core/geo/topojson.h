#pragma once

#include <QByteArray>
#include <QPolygonF>
#include <QString>
#include <QVector>

#include <optional>

namespace atlas {

/// \brief Decodes a TopoJSON topology (https://github.com/topojson/topojson-specification): quantized,
/// delta-encoded arcs with a transform, and polygons whose rings are lists of arc indices (~i = arc i
/// reversed). Only what maps/countries-50m.topo.json uses: Polygon and MultiPolygon features.
class TopoJson
{
public:
    struct Feature
    {
        QString id;                            ///< ISO alpha-3 or a documented key (maps/SOURCES.md)
        QString name;                          ///< Natural Earth's English name
        QVector<QVector<QVector<int>>> polygons;   ///< polygon -> ring -> signed arc indices
    };
    struct Topology
    {
        QVector<QPolygonF> arcs;               ///< decoded to lon/lat degrees
        QVector<Feature> features;
    };

    /// \param objectName the GeometryCollection under "objects" (here "countries")
    static std::optional<Topology> decode(const QByteArray& json, const QString& objectName, QString* error);
    /// Stitches a ring from its arcs: each later arc starts where the previous ended, so its first point
    /// is dropped.
    static QPolygonF ring(const QVector<QPolygonF>& arcs, const QVector<int>& arcIndices);
    static int arcIndex(int signedIndex) { return signedIndex < 0 ? ~signedIndex : signedIndex; }
};

} // namespace atlas
