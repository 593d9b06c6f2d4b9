#include "countryshape.h"

namespace atlas {

namespace {
bool ringContains(const QPolygonF& ring, QPointF p)
{
    bool inside = false;
    const qsizetype n = ring.size();
    for (qsizetype i = 0, j = n - 1; i < n; j = i++) {
        const QPointF a = ring.at(i);
        const QPointF b = ring.at(j);
        if ((a.y() > p.y()) != (b.y() > p.y())
            && p.x() < (b.x() - a.x()) * (p.y() - a.y()) / (b.y() - a.y()) + a.x())
            inside = !inside;
    }
    return inside;
}
} // namespace

bool CountryShape::contains(QPointF projected) const
{
    if (!bounds.contains(projected))
        return false;
    bool inside = false;
    for (int r = 0; r < rings.size(); ++r)
        if (ringBounds.at(r).contains(projected) && ringContains(rings.at(r), projected))
            inside = !inside;
    return inside;
}

} // namespace atlas
