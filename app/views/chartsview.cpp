#include "chartsview.h"

#include "selection/selectionstate.h"

#include <QtCharts/QChart>
#include <QtCharts/QChartView>

#include <QComboBox>
#include <QLabel>
#include <QStandardItemModel>
#include <QVBoxLayout>

namespace atlas {

ChartsView::ChartsView(SelectionState* selection, ChartBuilder* builder, QWidget* parent)
    : QWidget(parent), m_selection(selection), m_builder(builder)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    m_combo = new QComboBox(this);
    m_combo->setObjectName(QStringLiteral("chartChooser"));
    m_combo->setMaxVisibleItems(30);
    m_view = new QChartView(this);
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumSize(360, 260);
    m_footnote = new QLabel(this);
    m_footnote->setWordWrap(true);
    m_footnote->setStyleSheet(QStringLiteral("color:#555; font-size:small"));
    m_footnote->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_combo);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_footnote);
    connect(m_combo, &QComboBox::currentIndexChanged, this, &ChartsView::rebuild);
    connect(selection, &SelectionState::changed, this, &ChartsView::requestRebuild);
}

void ChartsView::setLanguage(Lang lang)
{
    m_lang = lang;
    reload();
}

void ChartsView::reload()
{
    m_builtId.clear();   // the data changed: build anew
    const QString current = currentChart();
    QSignalBlocker block(m_combo);
    m_combo->clear();
    QString group;
    for (const auto& spec : m_builder->catalog(m_lang)) {
        if (spec.group != group) {
            group = spec.group;
            m_combo->addItem(QStringLiteral("— ") + group + QStringLiteral(" —"));
            auto* model = qobject_cast<QStandardItemModel*>(m_combo->model());
            model->item(m_combo->count() - 1)->setEnabled(false);  // a heading, not a chart
        }
        m_combo->addItem(spec.title, spec.id);
    }
    int index = current.isEmpty() ? -1 : m_combo->findData(current);
    if (index < 0)
        index = m_combo->findData(QStringLiteral("financial:revenue"));
    if (index < 0)
        index = 1;
    m_combo->setCurrentIndex(index);
    rebuild();
}

bool ChartsView::showChart(const QString& id)
{
    const int index = m_combo->findData(id);
    if (index < 0)
        return false;
    m_combo->setCurrentIndex(index);
    rebuild();
    return true;
}

QString ChartsView::currentChart() const
{
    return m_combo->currentData().toString();
}

QString ChartsView::footnote() const
{
    return m_footnote->text();
}

void ChartsView::requestRebuild()
{
    m_dirty = true;
    if (isVisible())
        rebuild();
}

void ChartsView::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_dirty)
        rebuild();
}

void ChartsView::rebuild()
{
    m_dirty = false;
    const SelectionState::Snapshot selection = m_selection->snapshot();
    if (!m_builtId.isEmpty() && m_builtId == currentChart() && m_builtLang == m_lang
        && m_builder->updateMarkers(m_view->chart(), m_builtId, m_builtFor, selection, m_lang)) {
        m_builtFor = selection;
        return;
    }
    m_builtId = currentChart();
    m_builtLang = m_lang;
    m_builtFor = selection;
    QString note;
    QChart* chart = m_builder->build(m_builtId, selection, m_lang, &note);
    QChart* old = m_view->chart();
    m_view->setChart(chart ? chart : new QChart);
    delete old;
    m_footnote->setText(note);
}

} // namespace atlas
