#pragma once

#include <QPointF>
#include <QRectF>
#include <QTransform>

#include <optional>

namespace atlas {

/// \brief Maps projected map units (EqualEarth: x east, y south) to the pixels of a target rectangle and
/// back, with zoom and pan. A plain value type: widgets and exporters each hold their own.
///
/// The home extent is what reset() shows; zoom is relative to that (1 = home). Zoom is clamped to
/// [1, maxZoom()] and the centre is kept inside the home extent, so the map can never be lost off-screen.
class MapViewport
{
public:
    MapViewport() = default;
    MapViewport(const QRectF& pixelRect, const QRectF& homeExtent);

    /// The target rectangle in pixels (a widget's map area, an image). Keeps the centre and zoom.
    void setPixelRect(const QRectF& pixelRect);
    QRectF pixelRect() const { return m_pixelRect; }
    void setHomeExtent(const QRectF& extent);
    QRectF homeExtent() const { return m_home; }

    void reset();                                        ///< show the home extent
    void fitTo(const QRectF& projectedBox);              ///< show \a projectedBox whole, centred
    void fitToLonLat(const QRectF& lonLatBox);           ///< x = lon, y = lat (south-west at top-left)
    void zoomAt(QPointF pixel, double factor);           ///< the map point under \a pixel stays put
    void pan(QPointF pixelDelta);                        ///< moves the map with the pointer

    QPointF toPixel(QPointF projected) const;
    QPointF toProjected(QPointF pixel) const;
    QPointF lonLatToPixel(QPointF lonLat) const;
    std::optional<QPointF> pixelToLonLat(QPointF pixel) const;
    QTransform transform() const;                        ///< projected -> pixel, for QPainter
    QRectF visibleExtent() const;                        ///< the projected rectangle shown

    double scale() const { return m_scale; }             ///< pixels per map unit
    double zoom() const;                                 ///< 1 at home
    QPointF center() const { return m_center; }
    bool isHome() const;
    static double maxZoom() { return 64.0; }

private:
    double homeScale() const;
    void clamp();

    QRectF m_pixelRect;
    QRectF m_home;
    QPointF m_center;
    double m_scale = 1.0;
};

} // namespace atlas
