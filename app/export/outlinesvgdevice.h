#pragma once

#include <QPaintDevice>

#include <memory>

class QIODevice;
class QSvgGenerator;

namespace atlas {

/// \brief An SVG paint device that writes text as outlines (paths), so the SVG shows the same Korean
/// glyphs on a machine without our fonts. QSvgGenerator itself writes <text> with only a font-family.
///
/// It forwards every drawing call to a QSvgGenerator, except text: QPaintEngine's default
/// drawTextItem() turns glyphs into a path and draws that instead.
class OutlineSvgDevice : public QPaintDevice
{
public:
    OutlineSvgDevice(QIODevice* output, const QSize& size, const QString& title, const QString& description);
    ~OutlineSvgDevice() override;

    QPaintEngine* paintEngine() const override;
    QSvgGenerator* generator() const { return m_generator.get(); }

protected:
    int metric(PaintDeviceMetric metric) const override;

private:
    std::unique_ptr<QSvgGenerator> m_generator;
    std::unique_ptr<QPaintEngine> m_engine;
};

} // namespace atlas
