#pragma once

#include "render/timelinerenderer.h"

#include <QWidget>

namespace atlas {

class SelectionState;

/// \brief The policy timeline: swimlanes per jurisdiction, zoom with the wheel around the cursor, drag to
/// pan, Shift-drag to choose a time range (which filters the other views), click a marker to select its
/// policy, hover for details. Paints with TimelineRenderer, the same code the exports use.
class TimelineWidget : public QWidget
{
    Q_OBJECT
public:
    explicit TimelineWidget(SelectionState* selection, QWidget* parent = nullptr);

    void setScene(const TimelineScene& scene);
    const TimeAxis& axis() const { return m_axis; }
    void resetZoom();
    TimelineRenderer& renderer() { return m_renderer; }

signals:
    void policyActivated(qint64 policyId);     ///< double-click: open details
    void activityActivated(qint64 activityId);

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    bool event(QEvent* event) override;

private:
    TimelineRenderer::Options options() const;
    SelectionState* m_selection;
    TimelineRenderer m_renderer;
    TimeAxis m_axis;
    qint64 m_hovered = 0;
    QPoint m_pressPos;
    bool m_dragging = false;
    bool m_rangeDrag = false;
    double m_rangeStartX = 0;
    double m_rangeEndX = 0;
};

} // namespace atlas
