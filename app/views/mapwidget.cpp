#include "mapwidget.h"

#include "geo/maplayermodel.h"
#include "geo/maptooltip.h"
#include "geo/worldgeometry.h"
#include "selection/selectionstate.h"

#include <QApplication>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>
#include <QWheelEvent>

#include <cmath>

namespace atlas {

namespace {
constexpr double kKeyZoom = 1.5;
} // namespace

MapWidget::MapWidget(SelectionState* selection, MapLayerModel* layers, QWidget* parent)
    : QWidget(parent)
    , m_selection(selection)
    , m_layers(layers)
    , m_renderer(WorldGeometry::bundled())
{
    setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setAccessibleName(tr("World map"));
    setAccessibleDescription(tr("Click a country to select it, Ctrl-click to add it; wheel or +/- to zoom, "
                                "drag to pan, Home to reset, arrow keys and Enter to pick a country."));
    m_viewport = m_renderer.homeViewport(rect());

    connect(m_layers, &QAbstractItemModel::modelReset, this, &MapWidget::reloadData);
    connect(m_selection, &SelectionState::jurisdictionsChanged, this, &MapWidget::onSelectionChanged);
    // Hover in another view (a matrix row, a table row) outlines its jurisdictions here: highlight only.
    connect(m_selection, &SelectionState::hoverChanged, this, [this](const QSet<QString>& ids) {
        m_renderer.setHighlighted(ids);
        update();
    });
    reloadData();
    onSelectionChanged();
}

void MapWidget::reloadData()
{
    m_renderer.setData(m_layers->mapData());
    const QString wanted = m_layerId;
    m_layerId.clear();
    if (m_layers->rowOf(wanted) >= 0)
        setLayer(wanted);
    else if (const MapLayer* first = m_layers->layerAt(0))
        setLayer(first->id);
    else
        invalidateBase();
}

void MapWidget::setLayer(const QString& layerId)
{
    if (layerId == m_layerId || m_layers->rowOf(layerId) < 0)
        return;
    m_layerId = layerId;
    if (const MapLayer* layer = m_layers->loadedLayer(m_layers->rowOf(layerId)))
        m_renderer.updateLayer(*layer);   // its figures, if this is the first time it is shown
    m_renderer.setLayer(layerId);
    m_legendEntry = -1;
    m_legendPinned = false;
    m_renderer.setHighlightedLegendEntry(-1);
    invalidateBase();
    emit layerChanged(layerId);
}

void MapWidget::setLanguage(Lang lang)
{
    if (lang == m_renderer.language())
        return;
    m_renderer.setLanguage(lang);
    invalidateBase();
}

void MapWidget::invalidateBase()
{
    m_base = QImage();
    update();
}

void MapWidget::setViewport(const MapViewport& viewport)
{
    m_viewport = viewport;
    invalidateBase();
}

void MapWidget::resetView()
{
    MapViewport vp = m_viewport;
    vp.reset();
    setViewport(vp);
}

void MapWidget::zoomBy(double factor)
{
    MapViewport vp = m_viewport;
    vp.zoomAt(vp.pixelRect().center(), factor);
    setViewport(vp);
}

void MapWidget::zoomToSelection()
{
    QRectF box;
    for (const QString& id : m_selection->jurisdictions()) {
        const QRectF b = m_renderer.boundsOf(id);
        if (!b.isNull())
            box = box.isNull() ? b : box.united(b);
    }
    MapViewport vp = m_viewport;
    if (box.isNull())
        vp.reset();
    else
        vp.fitTo(box.adjusted(-box.width() * 0.1, -box.height() * 0.1, box.width() * 0.1, box.height() * 0.1));
    setViewport(vp);
}

QPointF MapWidget::pixelOf(const QString& id) const
{
    return m_viewport.toPixel(m_renderer.anchor(id));
}

void MapWidget::onSelectionChanged()
{
    m_renderer.setSelection(m_selection->jurisdictions());
    update();   // the selection is overlay: the cached base stays valid
}

void MapWidget::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    m_viewport.setPixelRect(m_renderer.layout(rect()).map);
    invalidateBase();
}

void MapWidget::paintEvent(QPaintEvent*)
{
    const qreal dpr = devicePixelRatioF();
    if (m_base.isNull() || m_base.size() != size() * dpr) {
        m_base = QImage(size() * dpr, QImage::Format_ARGB32_Premultiplied);
        m_base.setDevicePixelRatio(dpr);
        QPainter basePainter(&m_base);
        m_renderer.paintBase(&basePainter, rect(), m_viewport);
    }
    QPainter painter(this);
    painter.drawImage(QPointF(0, 0), m_base);
    m_renderer.paintOverlay(&painter, rect(), m_viewport);
    if (hasFocus()) {
        painter.setPen(QPen(palette().highlight().color(), 1, Qt::DotLine));
        painter.drawRect(rect().adjusted(0, 0, -1, -1));
    }
}

bool MapWidget::event(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        QString area;
        const QString id = m_renderer.jurisdictionAt(help->pos(), m_viewport, &area);
        const MapLayer* layer = m_renderer.layer();
        if (id.isEmpty() || !layer) {
            QToolTip::hideText();
            event->ignore();
            return true;
        }
        const QString via = id != area ? area : QString();
        QToolTip::showText(help->globalPos(),
                           MapTooltip::html(m_renderer.data(), *layer, id, m_renderer.language(), via)
                               + QStringLiteral("<br/><span style='color:gray'>")
                               + tr("Click to select, Ctrl-click to add") + QStringLiteral("</span>"),
                           this);
        return true;
    }
    return QWidget::event(event);
}

void MapWidget::setHovered(const QString& id)
{
    if (id == m_hovered)
        return;
    m_hovered = id;
    m_renderer.setHovered(id);
    update();
    emit hoveredChanged(id);
}

void MapWidget::setLegendEntry(int entry)
{
    if (entry == m_legendEntry)
        return;
    m_legendEntry = entry;
    m_renderer.setHighlightedLegendEntry(entry);
    update();
    QSet<QString> ids;
    const QVector<MapRenderer::LegendEntry> entries = m_renderer.legend(rect());
    if (entry >= 0 && entry < entries.size())
        ids = m_renderer.jurisdictionsOf(entries.at(entry));
    emit legendHighlightChanged(ids);
}

void MapWidget::mousePressEvent(QMouseEvent* event)
{
    if (event->button() == Qt::LeftButton) {
        m_pressPos = event->position().toPoint();
        m_lastPos = m_pressPos;
        m_dragging = false;
    }
    QWidget::mousePressEvent(event);
}

void MapWidget::mouseMoveEvent(QMouseEvent* event)
{
    const QPoint pos = event->position().toPoint();
    if (event->buttons() & Qt::LeftButton) {
        if (!m_dragging && (pos - m_pressPos).manhattanLength() >= QApplication::startDragDistance()) {
            m_dragging = true;
            setCursor(Qt::ClosedHandCursor);
        }
        if (m_dragging) {
            MapViewport vp = m_viewport;
            vp.pan(pos - m_lastPos);
            m_lastPos = pos;
            setViewport(vp);
            return;
        }
    }
    const int entry = m_renderer.legendEntryAt(pos, rect());
    if (!m_legendPinned)
        setLegendEntry(entry);
    setHovered(entry >= 0 ? QString() : m_renderer.jurisdictionAt(pos, m_viewport));
}

void MapWidget::mouseReleaseEvent(QMouseEvent* event)
{
    if (event->button() != Qt::LeftButton)
        return QWidget::mouseReleaseEvent(event);
    const QPoint pos = event->position().toPoint();
    if (m_dragging) {
        m_dragging = false;
        unsetCursor();
        return;
    }
    const int entry = m_renderer.legendEntryAt(pos, rect());
    if (entry >= 0) {
        // Clicking a legend entry pins its highlight; clicking the pinned one again unpins it.
        m_legendPinned = !(m_legendPinned && entry == m_legendEntry);
        setLegendEntry(m_legendPinned ? entry : -1);
        return;
    }
    click(m_renderer.jurisdictionAt(pos, m_viewport), event->modifiers() & Qt::ControlModifier);
}

void MapWidget::mouseDoubleClickEvent(QMouseEvent* event)
{
    const QString id = m_renderer.jurisdictionAt(event->position(), m_viewport);
    if (!id.isEmpty())
        emit jurisdictionActivated(id);
}

void MapWidget::click(const QString& id, bool toggle)
{
    if (id.isEmpty())
        return;   // the sea: a miss should not throw away a selection
    if (toggle)
        m_selection->toggleJurisdiction(id);
    else if (m_selection->jurisdictions() == QSet<QString>{id})
        m_selection->setJurisdictions({});   // clicking the selected country again: back to "all"
    else
        m_selection->selectJurisdiction(id);
}

void MapWidget::wheelEvent(QWheelEvent* event)
{
    const double steps = event->angleDelta().y() / 120.0;
    if (steps == 0)
        return;
    MapViewport vp = m_viewport;
    vp.zoomAt(event->position(), std::pow(1.25, steps));
    setViewport(vp);
    event->accept();
}

void MapWidget::moveFocus(int step)
{
    const QStringList order = m_renderer.navigationOrder();
    if (order.isEmpty())
        return;
    qsizetype index = order.indexOf(m_focused);
    index = index < 0 ? (step > 0 ? 0 : order.size() - 1) : (index + step + order.size()) % order.size();
    m_focused = order.at(index);
    m_renderer.setFocused(m_focused);
    update();
}

void MapWidget::keyPressEvent(QKeyEvent* event)
{
    // Zoom keys zoom around the pointer when it is over the map, else around the centre.
    const QPoint cursor = mapFromGlobal(QCursor::pos());
    const QPointF anchor = m_viewport.pixelRect().contains(cursor) && underMouse() ? QPointF(cursor)
                                                                                     : m_viewport.pixelRect().center();
    MapViewport vp = m_viewport;
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        vp.zoomAt(anchor, kKeyZoom);
        setViewport(vp);
        return;
    case Qt::Key_Minus:
        vp.zoomAt(anchor, 1 / kKeyZoom);
        setViewport(vp);
        return;
    case Qt::Key_Home:
    case Qt::Key_0:
        resetView();
        return;
    case Qt::Key_Right:
    case Qt::Key_Down:
        moveFocus(+1);
        return;
    case Qt::Key_Left:
    case Qt::Key_Up:
        moveFocus(-1);
        return;
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_Space:
        if (!m_focused.isEmpty()) {
            click(m_focused, event->modifiers() & Qt::ControlModifier);
            emit jurisdictionActivated(m_focused);
        }
        return;
    case Qt::Key_Escape:
        if (m_legendPinned || m_legendEntry >= 0) {
            m_legendPinned = false;
            setLegendEntry(-1);
            return;
        }
        if (!m_focused.isEmpty()) {
            m_focused.clear();
            m_renderer.setFocused({});
            update();
            return;
        }
        break;
    default:
        break;
    }
    QWidget::keyPressEvent(event);
}

void MapWidget::leaveEvent(QEvent* event)
{
    setHovered({});
    if (!m_legendPinned)
        setLegendEntry(-1);
    QWidget::leaveEvent(event);
}

} // namespace atlas
