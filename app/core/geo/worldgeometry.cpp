#include "worldgeometry.h"

#include "antimeridian.h"
#include "equalearth.h"
#include "topojson.h"

#include <QFile>

#include <algorithm>
#include <cmath>
#include <utility>

namespace atlas {

namespace {
constexpr double kDensifyDegrees = 1.0;

double signedArea(const QPolygonF& ring)
{
    double sum = 0;
    for (qsizetype i = 0, j = ring.size() - 1; i < ring.size(); j = i++)
        sum += ring.at(j).x() * ring.at(i).y() - ring.at(i).x() * ring.at(j).y();
    return sum / 2;
}

QPointF ringCentroid(const QPolygonF& ring)
{
    double a = 0, cx = 0, cy = 0;
    for (qsizetype i = 0, j = ring.size() - 1; i < ring.size(); j = i++) {
        const double cross = ring.at(j).x() * ring.at(i).y() - ring.at(i).x() * ring.at(j).y();
        a += cross;
        cx += (ring.at(j).x() + ring.at(i).x()) * cross;
        cy += (ring.at(j).y() + ring.at(i).y()) * cross;
    }
    if (std::abs(a) < 1e-18)
        return ring.boundingRect().center();
    return {cx / (3 * a), cy / (3 * a)};
}

/// Midpoint of the widest inside-interval of \a ring on the horizontal line y: a point that is surely
/// inside, for rings whose centroid falls outside (crescents, archipelagos' main islands).
QPointF scanlinePoint(const QPolygonF& ring, double y)
{
    QVector<double> xs;
    for (qsizetype i = 0, j = ring.size() - 1; i < ring.size(); j = i++) {
        const QPointF a = ring.at(i);
        const QPointF b = ring.at(j);
        if ((a.y() > y) != (b.y() > y))
            xs << a.x() + (y - a.y()) * (b.x() - a.x()) / (b.y() - a.y());
    }
    std::sort(xs.begin(), xs.end());
    double best = -1;
    QPointF point = ring.boundingRect().center();
    for (qsizetype i = 0; i + 1 < xs.size(); i += 2)
        if (xs.at(i + 1) - xs.at(i) > best) {
            best = xs.at(i + 1) - xs.at(i);
            point = QPointF((xs.at(i) + xs.at(i + 1)) / 2, y);
        }
    return point;
}

/// Radial-distance thinning: keeps a point when it lies at least \a tolerance from the last kept one.
/// Cheap (one pass) and good enough for a view where the tolerance is under a pixel.
QPolygonF thin(const QPolygonF& ring, double tolerance)
{
    QPolygonF out;
    if (ring.isEmpty())
        return out;
    out.reserve(ring.size() / 2);
    out << ring.first();
    const double t2 = tolerance * tolerance;
    for (qsizetype i = 1; i + 1 < ring.size(); ++i) {
        const QPointF d = ring.at(i) - out.last();
        if (d.x() * d.x() + d.y() * d.y() >= t2)
            out << ring.at(i);
    }
    out << ring.last();
    return out;
}

QPolygonF projectRing(const QPolygonF& lonLat)
{
    const QPolygonF dense = Antimeridian::densify(lonLat, kDensifyDegrees);
    QPolygonF out;
    out.reserve(dense.size());
    for (const QPointF& p : dense)
        out << EqualEarth::project(p);
    return out;
}
} // namespace

std::optional<WorldGeometry> WorldGeometry::fromTopoJson(const QByteArray& json, QString* error)
{
    const auto topo = TopoJson::decode(json, QStringLiteral("countries"), error);
    if (!topo)
        return std::nullopt;

    WorldGeometry world;
    world.m_arcs = topo->arcs;
    // Neighbours share arcs, so each arc is densified and projected once, not once per country. Only
    // rings with an arc that jumps across ±180° go through the lon/lat repair.
    QVector<QPolygonF> projectedArcs;
    QVector<bool> arcCrosses;
    projectedArcs.reserve(topo->arcs.size());
    arcCrosses.reserve(topo->arcs.size());
    for (const QPolygonF& arc : topo->arcs) {
        const bool crosses = Antimeridian::crosses(arc);
        arcCrosses << crosses;
        projectedArcs << (crosses ? QPolygonF() : projectRing(arc));
    }
    world.m_countries.reserve(topo->features.size());
    for (const TopoJson::Feature& f : topo->features) {
        CountryShape shape;
        shape.id = f.id;
        shape.name = f.name;
        shape.path.setFillRule(Qt::OddEvenFill);
        shape.coarsePath.setFillRule(Qt::OddEvenFill);
        shape.outlinePath.setFillRule(Qt::OddEvenFill);
        qsizetype largest = -1;
        double largestArea = 0;
        auto addRing = [&](const QPolygonF& ring) {
            if (ring.size() < 3)
                return;
            const double area = std::abs(signedArea(ring));
            if (area > largestArea) {
                largestArea = area;
                largest = shape.rings.size();
            }
            shape.rings << ring;
            shape.ringBounds << ring.boundingRect();
            shape.bounds = shape.bounds.isNull() ? ring.boundingRect() : shape.bounds.united(ring.boundingRect());
            shape.path.addPolygon(ring);
            const QPolygonF coarse = thin(ring, CountryShape::coarseTolerance());
            if (coarse.size() >= 4)
                shape.coarsePath.addPolygon(coarse);
            const QPolygonF outline = thin(coarse, CountryShape::outlineTolerance());
            if (outline.size() >= 4)
                shape.outlinePath.addPolygon(outline);
        };
        for (const auto& polygon : f.polygons) {
            for (const auto& arcIndices : polygon) {
                bool crosses = false;
                for (int signedIndex : arcIndices) {
                    shape.arcs << TopoJson::arcIndex(signedIndex);
                    crosses = crosses || arcCrosses.at(TopoJson::arcIndex(signedIndex));
                }
                if (crosses) {
                    for (const QPolygonF& piece : Antimeridian::repairRing(TopoJson::ring(topo->arcs, arcIndices)))
                        addRing(projectRing(piece));
                } else {
                    addRing(TopoJson::ring(projectedArcs, arcIndices));
                }
            }
        }
        if (largest >= 0) {
            const QPolygonF& main = shape.rings.at(largest);
            shape.labelPoint = ringCentroid(main);
            if (!shape.contains(shape.labelPoint))
                shape.labelPoint = scanlinePoint(main, shape.labelPoint.y());
        }
        world.m_extent = world.m_extent.isNull() ? shape.bounds : world.m_extent.united(shape.bounds);
        world.m_index.insert(shape.id, int(world.m_countries.size()));
        world.m_countries << std::move(shape);
    }
    return world;
}

QString WorldGeometry::bundledResourcePath()
{
    return QStringLiteral(":/maps/countries-50m.topo.json");
}

const WorldGeometry& WorldGeometry::bundled()
{
    static const WorldGeometry world = [] {
        QFile file(bundledResourcePath());
        if (!file.open(QIODevice::ReadOnly))
            qFatal("map resource %s missing: the build embeds it into atlas_core", qPrintable(file.fileName()));
        QString error;
        auto decoded = fromTopoJson(file.readAll(), &error);
        if (!decoded)
            qFatal("map resource unreadable: %s", qPrintable(error));
        return std::move(*decoded);
    }();
    return world;
}

const CountryShape* WorldGeometry::country(const QString& id) const
{
    const auto it = m_index.constFind(id);
    return it == m_index.cend() ? nullptr : &m_countries.at(*it);
}

QStringList WorldGeometry::ids() const
{
    QStringList out;
    out.reserve(m_countries.size());
    for (const CountryShape& c : m_countries)
        out << c.id;
    return out;
}

QString WorldGeometry::countryAt(QPointF projected) const
{
    for (const CountryShape& c : m_countries)
        if (c.contains(projected))
            return c.id;
    return {};
}

QString WorldGeometry::countryAtLonLat(QPointF lonLat) const
{
    return countryAt(EqualEarth::project(lonLat));
}

QVector<QPolygonF> WorldGeometry::outline(const QSet<QString>& ids, double tolerance) const
{
    QHash<int, int> uses;
    for (const QString& id : ids)
        if (const CountryShape* c = country(id))
            for (int arc : c->arcs)
                ++uses[arc];
    QVector<int> boundary;
    for (auto it = uses.cbegin(); it != uses.cend(); ++it)
        if (it.value() == 1)
            boundary << it.key();
    std::sort(boundary.begin(), boundary.end());   // stable output, whatever the hash order

    QVector<QPolygonF> out;
    for (int arc : boundary) {
        // Split where an arc jumps across the antimeridian, so an outline never streaks either.
        QPolygonF piece;
        const QPolygonF& lonLat = m_arcs.at(arc);
        for (qsizetype i = 0; i < lonLat.size(); ++i) {
            if (i > 0 && std::abs(lonLat.at(i).x() - lonLat.at(i - 1).x()) > 180) {
                if (piece.size() > 1)
                    out << (tolerance > 0 ? thin(piece, tolerance) : piece);
                piece.clear();
            }
            piece << EqualEarth::project(lonLat.at(i));
        }
        if (piece.size() > 1)
            out << (tolerance > 0 ? thin(piece, tolerance) : piece);
    }
    return out;
}

QRectF WorldGeometry::bounds(const QSet<QString>& ids) const
{
    QRectF box;
    for (const QString& id : ids)
        if (const CountryShape* c = country(id))
            box = box.isNull() ? c->bounds : box.united(c->bounds);
    return box;
}

} // namespace atlas
