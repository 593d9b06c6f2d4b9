#include "timelinewidget.h"

#include "models/timelinedata.h"
#include "selection/selectionstate.h"

#include <QHelpEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace atlas {

namespace {
// The default view: the report's year (2024) with the year before and the months up to publication;
// the background years are a zoom-out away.
const QDate kDefaultStart(2023, 1, 1);
const QDate kDefaultEnd(2025, 6, 30);
} // namespace

TimelineWidget::TimelineWidget(SelectionState* selection, QWidget* parent)
    : QWidget(parent), m_selection(selection), m_axis(kDefaultStart, kDefaultEnd, TimelineRenderer::kGutter, 800)
{
    setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
    setMinimumHeight(180);
    setAttribute(Qt::WA_OpaquePaintEvent);
    connect(selection, &SelectionState::changed, this, qOverload<>(&QWidget::update));
    connect(selection, &SelectionState::timeRangeChanged, this, [this](const TimeRange& range) {
        if (range.isEmpty())
            return;
        // A new time range zooms the timeline to it (with a margin), as the product guide asks.
        const QDate from = range.from.isEmpty() ? m_axis.start() : TimeAxis::periodStart(range.from);
        const QDate to = range.to.isEmpty() ? m_axis.end() : TimeAxis::periodEnd(range.to);
        if (from.isValid() && to.isValid() && from < to) {
            const qint64 margin = std::max<qint64>(15, from.daysTo(to) / 10);
            m_axis = TimeAxis(from.addDays(-margin), to.addDays(margin), m_axis.x0(), m_axis.x1());
            update();
        }
    });
}

void TimelineWidget::setScene(const TimelineScene& scene)
{
    m_renderer.setScene(scene);
    update();
}

void TimelineWidget::resetZoom()
{
    m_axis = TimeAxis(kDefaultStart, kDefaultEnd, m_axis.x0(), m_axis.x1());
    update();
}

TimelineRenderer::Options TimelineWidget::options() const
{
    TimelineRenderer::Options o;
    o.selected = m_selection->policies();
    o.hovered = m_hovered;
    o.highlightedLanes = m_selection->hoveredJurisdictions();
    o.range = m_selection->timeRange();
    o.font = font();
    // Follow the desktop's light or dark palette on screen; exports keep the light defaults.
    o.text = palette().color(QPalette::Text);
    o.alternate = palette().color(QPalette::AlternateBase);
    return o;
}

void TimelineWidget::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    p.fillRect(rect(), palette().base());
    m_renderer.paint(p, QRectF(rect()), m_axis, options());
    if (m_rangeDrag) {
        const double x0 = std::min(m_rangeStartX, m_rangeEndX);
        const double x1 = std::max(m_rangeStartX, m_rangeEndX);
        p.fillRect(QRectF(x0, 0, x1 - x0, height()), QColor(0x33, 0x66, 0xCC, 60));
    }
}

void TimelineWidget::resizeEvent(QResizeEvent* event)
{
    const QRectF plot = m_renderer.plotRect(QRectF(rect()), options());
    m_axis.setPixelRange(plot.left(), plot.right());
    QWidget::resizeEvent(event);
}

void TimelineWidget::wheelEvent(QWheelEvent* event)
{
    const double steps = event->angleDelta().y() / 120.0;
    if (steps == 0)
        return;
    m_axis.zoom(std::pow(1.25, steps), event->position().x());
    update();
    event->accept();
}

void TimelineWidget::mousePressEvent(QMouseEvent* event)
{
    m_pressPos = event->position().toPoint();
    m_dragging = false;
    if (event->button() == Qt::LeftButton && (event->modifiers() & Qt::ShiftModifier)) {
        m_rangeDrag = true;
        m_rangeStartX = m_rangeEndX = event->position().x();
    }
}

void TimelineWidget::mouseMoveEvent(QMouseEvent* event)
{
    const QPointF pos = event->position();
    if (event->buttons() & Qt::LeftButton) {
        if (m_rangeDrag) {
            m_rangeEndX = pos.x();
            update();
            return;
        }
        if ((pos.toPoint() - m_pressPos).manhattanLength() > 3 || m_dragging) {
            m_dragging = true;
            m_axis.pan(pos.x() - m_pressPos.x());
            m_pressPos = pos.toPoint();
            update();
            return;
        }
    }
    const qint64 hovered = m_renderer.itemAt(pos);
    if (hovered != m_hovered) {
        m_hovered = hovered;
        update();
    }
}

void TimelineWidget::mouseReleaseEvent(QMouseEvent* event)
{
    if (m_rangeDrag) {
        m_rangeDrag = false;
        const double x0 = std::min(m_rangeStartX, m_rangeEndX);
        const double x1 = std::max(m_rangeStartX, m_rangeEndX);
        update();
        if (x1 - x0 < 4) {
            m_selection->setTimeRange({});
            return;
        }
        const QDate from = m_axis.date(x0);
        const QDate to = m_axis.date(x1);
        // Month precision: the report's dates are mostly months, a day-precise range would mislead.
        m_selection->setTimeRange({from.toString(QStringLiteral("yyyy-MM")), to.toString(QStringLiteral("yyyy-MM"))});
        return;
    }
    if (m_dragging || event->button() != Qt::LeftButton) {
        m_dragging = false;
        return;
    }
    const qint64 id = m_renderer.itemAt(event->position());
    if (id > 0) {
        if (m_selection->policies() == QSet<qint64>{id})
            m_selection->setPolicies({});
        else if (event->modifiers() & Qt::ControlModifier) {
            QSet<qint64> ids = m_selection->policies();
            if (!ids.remove(id))
                ids.insert(id);
            m_selection->setPolicies(ids);
        } else {
            m_selection->setPolicies({id});
        }
    } else if (id == 0) {
        m_selection->setPolicies({});
    }
}

void TimelineWidget::mouseDoubleClickEvent(QMouseEvent* event)
{
    const qint64 id = m_renderer.itemAt(event->position());
    if (id > 0)
        emit policyActivated(id);
    else if (id < 0)
        emit activityActivated(-id);
}

void TimelineWidget::keyPressEvent(QKeyEvent* event)
{
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        m_axis.zoom(1.5, (m_axis.x0() + m_axis.x1()) / 2);
        break;
    case Qt::Key_Minus:
        m_axis.zoom(1 / 1.5, (m_axis.x0() + m_axis.x1()) / 2);
        break;
    case Qt::Key_Left:
        m_axis.pan(60);
        break;
    case Qt::Key_Right:
        m_axis.pan(-60);
        break;
    case Qt::Key_Home:
    case Qt::Key_0:
        resetZoom();
        return;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    update();
}

bool TimelineWidget::event(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        const qint64 id = m_renderer.itemAt(help->pos());
        if (const TimelineItem* item = id != 0 ? m_renderer.item(id) : nullptr)
            QToolTip::showText(help->globalPos(), m_renderer.scene().tooltip(*item), this);
        else
            QToolTip::hideText();
        return true;
    }
    return QWidget::event(event);
}

} // namespace atlas
