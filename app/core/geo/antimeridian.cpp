#include "antimeridian.h"

#include <algorithm>
#include <cmath>

namespace atlas {

bool Antimeridian::crosses(const QPolygonF& ring)
{
    for (int i = 1; i < ring.size(); ++i)
        if (std::abs(ring.at(i).x() - ring.at(i - 1).x()) > 180)
            return true;
    return false;
}

QPolygonF Antimeridian::clipToBand(const QPolygonF& ring, double minLon, double maxLon)
{
    // Sutherland-Hodgman against two vertical lines: enough for a convex clip region (a band).
    auto clipSide = [](const QPolygonF& in, double lon, bool keepGreater) {
        QPolygonF out;
        if (in.isEmpty())
            return out;
        auto inside = [&](QPointF p) { return keepGreater ? p.x() >= lon : p.x() <= lon; };
        auto cut = [&](QPointF a, QPointF b) {
            const double t = (lon - a.x()) / (b.x() - a.x());
            return QPointF(lon, a.y() + t * (b.y() - a.y()));
        };
        QPointF prev = in.last();
        for (const QPointF& cur : in) {
            if (inside(cur)) {
                if (!inside(prev))
                    out << cut(prev, cur);
                out << cur;
            } else if (inside(prev)) {
                out << cut(prev, cur);
            }
            prev = cur;
        }
        return out;
    };
    QPolygonF open = ring;
    if (open.size() > 1 && open.first() == open.last())
        open.removeLast();
    QPolygonF clipped = clipSide(clipSide(open, minLon, true), maxLon, false);
    if (clipped.size() >= 3)
        clipped << clipped.first();
    else
        clipped.clear();
    return clipped;
}

QVector<QPolygonF> Antimeridian::repairRing(const QPolygonF& ring)
{
    if (ring.size() < 3 || !crosses(ring))
        return {ring};

    QPolygonF unwrapped;
    unwrapped.reserve(ring.size() + 2);
    double offset = 0;
    unwrapped << ring.first();
    for (int i = 1; i < ring.size(); ++i) {
        const double step = ring.at(i).x() - ring.at(i - 1).x();
        if (step > 180)
            offset -= 360;
        else if (step < -180)
            offset += 360;
        unwrapped << QPointF(ring.at(i).x() + offset, ring.at(i).y());
    }
    // A closed ring that ends 360° away from where it began went once around a pole: close it along the
    // pole on the side where most of the ring lies.
    if (std::abs(unwrapped.last().x() - unwrapped.first().x()) > 180) {
        double latSum = 0;
        for (const QPointF& p : unwrapped)
            latSum += p.y();
        const double pole = latSum < 0 ? -90.0 : 90.0;
        const QPointF first = unwrapped.first();
        const QPointF last = unwrapped.last();
        unwrapped << QPointF(last.x(), pole) << QPointF(first.x(), pole) << first;
    }

    double minLon = unwrapped.first().x();
    double maxLon = minLon;
    for (const QPointF& p : unwrapped) {
        minLon = std::min(minLon, p.x());
        maxLon = std::max(maxLon, p.x());
    }
    QVector<QPolygonF> out;
    const int firstCopy = int(std::floor((minLon + 180) / 360));
    const int lastCopy = int(std::floor((maxLon + 180) / 360));
    for (int k = firstCopy; k <= lastCopy; ++k) {
        const QPolygonF shifted = unwrapped.translated(-360.0 * k, 0);
        QPolygonF piece = clipToBand(shifted, -180, 180);
        if (!piece.isEmpty())
            out << piece;
    }
    return out;
}

QPolygonF Antimeridian::densify(const QPolygonF& ring, double maxStepDegrees)
{
    if (ring.size() < 2 || maxStepDegrees <= 0)
        return ring;
    QPolygonF out;
    out.reserve(ring.size());
    out << ring.first();
    for (int i = 1; i < ring.size(); ++i) {
        const QPointF a = ring.at(i - 1);
        const QPointF b = ring.at(i);
        const double span = std::max(std::abs(b.x() - a.x()), std::abs(b.y() - a.y()));
        const int steps = int(std::ceil(span / maxStepDegrees));
        for (int s = 1; s < steps; ++s)
            out << a + (b - a) * (double(s) / steps);
        out << b;
    }
    return out;
}

} // namespace atlas
