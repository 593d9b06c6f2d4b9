#pragma once

#include "domain/entities.h"
#include "geo/maprenderer.h"
#include "geo/mapviewport.h"

#include <QImage>
#include <QWidget>

namespace atlas {

class MapLayerModel;
class SelectionState;

/// \brief The world map as a widget: MapRenderer in paintEvent, the shared SelectionState for clicks.
///
/// Click selects a jurisdiction, Ctrl-click toggles it, clicking the only selected one again clears the
/// selection. Wheel and +/− zoom around the cursor, drag pans, Home or 0 resets; the arrow keys move a
/// keyboard focus from jurisdiction to jurisdiction (west to east) and Enter selects it. Hovering a legend
/// entry outlines its jurisdictions, clicking the entry pins that, Esc unpins; SelectionState's hover set
/// (another view's hover) is outlined the same way. The layer is chosen with
/// setLayer(); MapLayerModel doubles as the model of a layer combo box the shell can place.
class MapWidget : public QWidget
{
    Q_OBJECT
public:
    MapWidget(SelectionState* selection, MapLayerModel* layers, QWidget* parent = nullptr);

    QString layer() const { return m_layerId; }
    void setLayer(const QString& layerId);   ///< an IdRole value of the model; unknown ids are ignored
    void setLanguage(Lang lang);
    Lang language() const { return m_renderer.language(); }

    void resetView();
    void zoomBy(double factor);              ///< around the centre of the map
    void zoomToSelection();                  ///< fits the selected jurisdictions; home when none
    const MapViewport& viewport() const { return m_viewport; }
    const MapRenderer& renderer() const { return m_renderer; }
    QString focusedJurisdiction() const { return m_focused; }
    /// Widget pixel of a jurisdiction's label point or marker (for tests and "flash" effects).
    QPointF pixelOf(const QString& id) const;

    QSize sizeHint() const override { return {960, 540}; }
    QSize minimumSizeHint() const override { return {320, 200}; }

signals:
    void layerChanged(const QString& layerId);
    /// Enter on the keyboard focus or a double-click: "open this one" (the shell decides what opens).
    void jurisdictionActivated(const QString& id);
    /// The jurisdiction under the pointer ('' when none); transient, for cross-view highlighting.
    void hoveredChanged(const QString& id);
    /// Jurisdictions of the legend entry under the pointer or pinned (empty when none).
    void legendHighlightChanged(const QSet<QString>& ids);

protected:
    bool event(QEvent* event) override;
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void leaveEvent(QEvent* event) override;

private:
    void reloadData();
    void onSelectionChanged();
    void click(const QString& id, bool toggle);
    void setHovered(const QString& id);
    void setLegendEntry(int entry);
    void moveFocus(int step);
    void invalidateBase();
    void setViewport(const MapViewport& viewport);

    SelectionState* m_selection;
    MapLayerModel* m_layers;
    MapRenderer m_renderer;
    MapViewport m_viewport;
    QImage m_base;                 ///< cached MapRenderer::paintBase(); null when stale
    QString m_layerId;
    QString m_hovered;
    QString m_focused;
    int m_legendEntry = -1;
    bool m_legendPinned = false;
    QPoint m_pressPos;
    QPoint m_lastPos;
    bool m_dragging = false;
};

} // namespace atlas
