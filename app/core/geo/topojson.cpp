#include "topojson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

namespace atlas {

namespace {
void setError(QString* error, const QString& text)
{
    if (error)
        *error = text;
}

QVector<int> readRing(const QJsonArray& ring)
{
    QVector<int> out;
    out.reserve(ring.size());
    for (const QJsonValue& v : ring)
        out << v.toInt();
    return out;
}

QVector<QVector<int>> readPolygon(const QJsonArray& polygon)
{
    QVector<QVector<int>> out;
    out.reserve(polygon.size());
    for (const QJsonValue& ring : polygon)
        out << readRing(ring.toArray());
    return out;
}
} // namespace

std::optional<TopoJson::Topology> TopoJson::decode(const QByteArray& json, const QString& objectName,
                                                   QString* error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        setError(error, parseError.errorString());
        return std::nullopt;
    }
    const QJsonObject root = doc.object();
    if (root.value(QLatin1String("type")).toString() != QLatin1String("Topology")) {
        setError(error, QStringLiteral("not a TopoJSON topology"));
        return std::nullopt;
    }

    // Without a transform, positions are absolute; with one they are quantized and delta-encoded.
    double sx = 1, sy = 1, tx = 0, ty = 0;
    const QJsonObject transform = root.value(QLatin1String("transform")).toObject();
    const bool quantized = !transform.isEmpty();
    if (quantized) {
        const QJsonArray scale = transform.value(QLatin1String("scale")).toArray();
        const QJsonArray translate = transform.value(QLatin1String("translate")).toArray();
        sx = scale.at(0).toDouble();
        sy = scale.at(1).toDouble();
        tx = translate.at(0).toDouble();
        ty = translate.at(1).toDouble();
    }

    Topology topo;
    const QJsonArray arcs = root.value(QLatin1String("arcs")).toArray();
    topo.arcs.reserve(arcs.size());
    for (const QJsonValue& arcValue : arcs) {
        const QJsonArray arc = arcValue.toArray();
        QPolygonF points;
        points.reserve(arc.size());
        double x = 0, y = 0;
        for (const QJsonValue& posValue : arc) {
            const QJsonArray pos = posValue.toArray();
            if (quantized) {
                x += pos.at(0).toDouble();
                y += pos.at(1).toDouble();
                points << QPointF(x * sx + tx, y * sy + ty);
            } else {
                points << QPointF(pos.at(0).toDouble(), pos.at(1).toDouble());
            }
        }
        topo.arcs << points;
    }

    const QJsonObject object = root.value(QLatin1String("objects")).toObject().value(objectName).toObject();
    if (object.isEmpty()) {
        setError(error, QStringLiteral("no object named %1").arg(objectName));
        return std::nullopt;
    }
    const QJsonArray geometries = object.value(QLatin1String("geometries")).toArray();
    for (const QJsonValue& gv : geometries) {
        const QJsonObject g = gv.toObject();
        Feature f;
        f.id = g.value(QLatin1String("id")).toString();
        f.name = g.value(QLatin1String("properties")).toObject().value(QLatin1String("name")).toString();
        const QString type = g.value(QLatin1String("type")).toString();
        const QJsonArray arcsOfGeometry = g.value(QLatin1String("arcs")).toArray();
        if (type == QLatin1String("Polygon")) {
            f.polygons << readPolygon(arcsOfGeometry);
        } else if (type == QLatin1String("MultiPolygon")) {
            for (const QJsonValue& p : arcsOfGeometry)
                f.polygons << readPolygon(p.toArray());
        } else {
            continue;   // points and lines carry no area to fill
        }
        for (const auto& polygon : qAsConst(f.polygons))
            for (const auto& ring : polygon)
                for (int index : ring)
                    if (arcIndex(index) >= topo.arcs.size()) {
                        setError(error, QStringLiteral("arc %1 out of range in %2").arg(index).arg(f.id));
                        return std::nullopt;
                    }
        topo.features << f;
    }
    return topo;
}

QPolygonF TopoJson::ring(const QVector<QPolygonF>& arcs, const QVector<int>& arcIndices)
{
    QPolygonF out;
    for (int signedIndex : arcIndices) {
        const QPolygonF& arc = arcs.at(arcIndex(signedIndex));
        const bool reversed = signedIndex < 0;
        const qsizetype n = arc.size();
        for (qsizetype i = out.isEmpty() ? 0 : 1; i < n; ++i)
            out << arc.at(reversed ? n - 1 - i : i);
    }
    return out;
}

} // namespace atlas
