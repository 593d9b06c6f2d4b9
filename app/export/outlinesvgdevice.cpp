#include "outlinesvgdevice.h"

#include <QPaintEngine>
#include <QPainter>
#include <QPainterPath>
#include <QSvgGenerator>

namespace atlas {

namespace {

class OutlineEngine : public QPaintEngine
{
public:
    explicit OutlineEngine(QSvgGenerator* target)
        : QPaintEngine(QPaintEngine::AllFeatures), m_target(target)
    {
    }

    bool begin(QPaintDevice*) override
    {
        return m_inner.begin(m_target);
    }
    bool end() override
    {
        return m_inner.end();
    }
    Type type() const override { return QPaintEngine::User; }

    void updateState(const QPaintEngineState& s) override
    {
        const auto flags = s.state();
        if (flags & DirtyPen)
            m_inner.setPen(s.pen());
        if (flags & DirtyBrush)
            m_inner.setBrush(s.brush());
        if (flags & DirtyBrushOrigin)
            m_inner.setBrushOrigin(s.brushOrigin());
        if (flags & DirtyBackground)
            m_inner.setBackground(s.backgroundBrush());
        if (flags & DirtyBackgroundMode)
            m_inner.setBackgroundMode(s.backgroundMode());
        if (flags & DirtyTransform)
            m_inner.setTransform(s.transform());
        if (flags & DirtyClipEnabled)
            m_inner.setClipping(s.isClipEnabled());
        if (flags & DirtyClipPath)
            m_inner.setClipPath(s.clipPath(), s.clipOperation());
        if (flags & DirtyClipRegion)
            m_inner.setClipRegion(s.clipRegion(), s.clipOperation());
        if (flags & DirtyHints)
            m_inner.setRenderHints(s.renderHints());
        if (flags & DirtyCompositionMode)
            m_inner.setCompositionMode(s.compositionMode());
        if (flags & DirtyOpacity)
            m_inner.setOpacity(s.opacity());
    }

    void drawPath(const QPainterPath& path) override { m_inner.drawPath(path); }
    void drawPolygon(const QPointF* points, int count, PolygonDrawMode mode) override
    {
        if (mode == PolylineMode)
            m_inner.drawPolyline(points, count);
        else
            m_inner.drawPolygon(points, count, mode == WindingMode ? Qt::WindingFill : Qt::OddEvenFill);
    }
    void drawPixmap(const QRectF& r, const QPixmap& pm, const QRectF& sr) override { m_inner.drawPixmap(r, pm, sr); }
    void drawImage(const QRectF& r, const QImage& image, const QRectF& sr, Qt::ImageConversionFlags flags) override
    {
        m_inner.drawImage(r, image, sr, flags);
    }
    // drawTextItem is deliberately not overridden: the base class converts the glyphs to a path.

private:
    QSvgGenerator* m_target;
    QPainter m_inner;
};

} // namespace

OutlineSvgDevice::OutlineSvgDevice(QIODevice* output, const QSize& size, const QString& title, const QString& description)
    : m_generator(std::make_unique<QSvgGenerator>())
{
    m_generator->setOutputDevice(output);
    m_generator->setSize(size);
    m_generator->setViewBox(QRect(QPoint(0, 0), size));
    m_generator->setTitle(title);
    m_generator->setDescription(description);
    m_engine = std::make_unique<OutlineEngine>(m_generator.get());
}

OutlineSvgDevice::~OutlineSvgDevice() = default;

QPaintEngine* OutlineSvgDevice::paintEngine() const
{
    return m_engine.get();
}

int OutlineSvgDevice::metric(PaintDeviceMetric metric) const
{
    switch (metric) {
    case PdmWidth: return m_generator->size().width();
    case PdmHeight: return m_generator->size().height();
    case PdmDpiX:
    case PdmDpiY:
    case PdmPhysicalDpiX:
    case PdmPhysicalDpiY: return m_generator->resolution();
    case PdmWidthMM: return qRound(m_generator->size().width() * 25.4 / m_generator->resolution());
    case PdmHeightMM: return qRound(m_generator->size().height() * 25.4 / m_generator->resolution());
    case PdmNumColors: return 0xffffff;
    case PdmDepth: return 32;
    case PdmDevicePixelRatio: return 1;
    case PdmDevicePixelRatioScaled: return static_cast<int>(QPaintDevice::devicePixelRatioFScale());
    }
    return 0;
}

} // namespace atlas
