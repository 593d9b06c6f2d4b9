#include "mapviewport.h"

#include "equalearth.h"

#include <QLineF>
#include <QPolygonF>

#include <algorithm>
#include <cmath>

namespace atlas {

MapViewport::MapViewport(const QRectF& pixelRect, const QRectF& homeExtent)
    : m_pixelRect(pixelRect)
    , m_home(homeExtent)
{
    reset();
}

void MapViewport::setPixelRect(const QRectF& pixelRect)
{
    const bool home = isHome();
    const double z = zoom();
    m_pixelRect = pixelRect;
    if (home) {
        reset();
        return;
    }
    m_scale = homeScale() * z;
    clamp();
}

void MapViewport::setHomeExtent(const QRectF& extent)
{
    m_home = extent;
    reset();
}

double MapViewport::homeScale() const
{
    if (m_home.isEmpty() || m_pixelRect.isEmpty())
        return 1.0;
    return std::min(m_pixelRect.width() / m_home.width(), m_pixelRect.height() / m_home.height());
}

void MapViewport::reset()
{
    m_center = m_home.center();
    m_scale = homeScale();
}

void MapViewport::fitTo(const QRectF& projectedBox)
{
    if (m_pixelRect.isEmpty())
        return;
    const QRectF box = projectedBox.normalized();
    m_center = box.center();
    if (box.width() > 0 && box.height() > 0)
        m_scale = std::min(m_pixelRect.width() / box.width(), m_pixelRect.height() / box.height());
    else
        m_scale = homeScale() * maxZoom();
    clamp();
}

void MapViewport::fitToLonLat(const QRectF& lonLatBox)
{
    // Equal Earth bends meridians, so the corners alone miss the widest parallel: sample the edges.
    const QRectF b = lonLatBox.normalized();
    QPolygonF projected;
    constexpr int kSteps = 16;
    for (int i = 0; i <= kSteps; ++i) {
        const double t = double(i) / kSteps;
        projected << EqualEarth::project({b.left() + t * b.width(), b.top()})
                  << EqualEarth::project({b.left() + t * b.width(), b.bottom()})
                  << EqualEarth::project({b.left(), b.top() + t * b.height()})
                  << EqualEarth::project({b.right(), b.top() + t * b.height()});
    }
    fitTo(projected.boundingRect());
}

void MapViewport::zoomAt(QPointF pixel, double factor)
{
    if (factor <= 0 || m_pixelRect.isEmpty())
        return;
    const QPointF anchor = toProjected(pixel);
    const double base = homeScale();
    m_scale = std::clamp(m_scale * factor, base, base * maxZoom());
    // Keep the anchor under the pixel: solve toPixel(anchor) == pixel for the centre.
    m_center = anchor - (pixel - m_pixelRect.center()) / m_scale;
    clamp();
}

void MapViewport::pan(QPointF pixelDelta)
{
    m_center -= pixelDelta / m_scale;
    clamp();
}

void MapViewport::clamp()
{
    if (m_home.isEmpty())
        return;
    m_center.setX(std::clamp(m_center.x(), m_home.left(), m_home.right()));
    m_center.setY(std::clamp(m_center.y(), m_home.top(), m_home.bottom()));
}

QPointF MapViewport::toPixel(QPointF projected) const
{
    return m_pixelRect.center() + (projected - m_center) * m_scale;
}

QPointF MapViewport::toProjected(QPointF pixel) const
{
    return m_center + (pixel - m_pixelRect.center()) / m_scale;
}

QPointF MapViewport::lonLatToPixel(QPointF lonLat) const
{
    return toPixel(EqualEarth::project(lonLat));
}

std::optional<QPointF> MapViewport::pixelToLonLat(QPointF pixel) const
{
    return EqualEarth::unproject(toProjected(pixel));
}

QTransform MapViewport::transform() const
{
    const QPointF offset = m_pixelRect.center() - m_center * m_scale;
    return QTransform(m_scale, 0, 0, m_scale, offset.x(), offset.y());
}

QRectF MapViewport::visibleExtent() const
{
    return QRectF(toProjected(m_pixelRect.topLeft()), toProjected(m_pixelRect.bottomRight()));
}

double MapViewport::zoom() const
{
    return m_scale / homeScale();
}

bool MapViewport::isHome() const
{
    return std::abs(zoom() - 1.0) < 1e-9 && QLineF(m_center, m_home.center()).length() * m_scale < 1e-6;
}

} // namespace atlas
