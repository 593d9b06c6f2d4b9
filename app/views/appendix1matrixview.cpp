#include "appendix1matrixview.h"

#include "models/appendix1matrixmodel.h"
#include "selection/selectionstate.h"

#include <QHeaderView>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QStyledItemDelegate>

namespace atlas {

namespace {

// Fills a cell by its state: a blue ramp for counts, plain for "none recorded", hatched grey for
// "not covered"; selected cells get a dark outline so the fill stays readable.
class MatrixDelegate : public QStyledItemDelegate
{
public:
    MatrixDelegate(SelectionState* selection, QObject* parent)
        : QStyledItemDelegate(parent), m_selection(selection) {}

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override
    {
        const auto state = index.data(Appendix1MatrixModel::CellStateRole).toInt();
        const int count = index.data(Appendix1MatrixModel::CountRole).toInt();
        const bool total = index.data(Appendix1MatrixModel::FieldRole).toString().isEmpty();
        painter->save();
        QRect r = option.rect.adjusted(1, 1, -1, -1);
        if (state == Appendix1MatrixModel::NotCovered) {
            painter->fillRect(r, QColor(0xEE, 0xEE, 0xEE));
            painter->fillRect(r, QBrush(QColor(0xBB, 0xBB, 0xBB), Qt::BDiagPattern));
        } else if (count > 0) {
            const double t = std::min(1.0, count / (total ? 17.0 : 7.0));
            const QColor c = QColor::fromRgbF(float(0.87 - 0.65 * t), float(0.92 - 0.5 * t), float(0.98 - 0.25 * t));
            painter->fillRect(r, c);
        } else {
            painter->fillRect(r, Qt::white);
        }
        const QString id = index.data(Appendix1MatrixModel::IdRole).toString();
        const QString field = index.data(Appendix1MatrixModel::FieldRole).toString();
        const bool selected = m_selection->jurisdictions().contains(id)
            && (m_selection->field().isEmpty() ? total : m_selection->field() == field);
        if (selected) {
            painter->setPen(QPen(QColor(0x10, 0x2A, 0x60), 3));
            painter->drawRect(r.adjusted(1, 1, -1, -1));
        }
        if (state != Appendix1MatrixModel::NotCovered) {
            QFont f = option.font;
            f.setBold(total);
            painter->setFont(f);
            const double t = std::min(1.0, count / (total ? 17.0 : 7.0));
            painter->setPen(t > 0.55 ? Qt::white : QColor(0x20, 0x20, 0x20));
            painter->drawText(r, Qt::AlignCenter, QString::number(count));
        }
        if (option.state & QStyle::State_HasFocus) {
            painter->setPen(QPen(option.palette.highlight().color(), 1, Qt::DashLine));
            painter->drawRect(r.adjusted(3, 3, -4, -4));
        }
        painter->restore();
    }

private:
    SelectionState* m_selection;
};

} // namespace

Appendix1MatrixView::Appendix1MatrixView(SelectionState* selection, QWidget* parent)
    : QTableView(parent), m_selection(selection)
{
    setItemDelegate(new MatrixDelegate(selection, this));
    setSelectionMode(QAbstractItemView::NoSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setMouseTracking(true);
    horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    verticalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    verticalHeader()->setMinimumWidth(110);
    setMinimumHeight(260);
    connect(selection, &SelectionState::changed, viewport(), qOverload<>(&QWidget::update));
    connect(verticalHeader(), &QHeaderView::sectionClicked, this, [this](int row) {
        if (model())
            activate(model()->index(row, model()->columnCount() - 1), false);
    });
}

void Appendix1MatrixView::activate(const QModelIndex& index, bool toggle)
{
    if (!index.isValid())
        return;
    const QString id = index.data(Appendix1MatrixModel::IdRole).toString();
    const QString field = index.data(Appendix1MatrixModel::FieldRole).toString();
    if (toggle) {
        m_selection->toggleJurisdiction(id);
        return;
    }
    // Clicking the selected cell again clears it: an explicit way back to "all".
    if (m_selection->jurisdictions() == QSet<QString>{id} && m_selection->field() == field)
        m_selection->clear();
    else
        m_selection->selectCell(id, field);
}

void Appendix1MatrixView::mousePressEvent(QMouseEvent* event)
{
    const QModelIndex index = indexAt(event->position().toPoint());
    if (index.isValid() && event->button() == Qt::LeftButton) {
        setCurrentIndex(index);
        activate(index, event->modifiers() & Qt::ControlModifier);
        event->accept();
        return;
    }
    QTableView::mousePressEvent(event);
}

void Appendix1MatrixView::keyPressEvent(QKeyEvent* event)
{
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter || event->key() == Qt::Key_Space) {
        activate(currentIndex(), event->modifiers() & Qt::ControlModifier);
        return;
    }
    QTableView::keyPressEvent(event);
}

} // namespace atlas
