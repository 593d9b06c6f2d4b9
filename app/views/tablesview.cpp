#include "tablesview.h"

#include "data/repository.h"
#include "models/recordtablemodel.h"
#include "onscreen.h"
#include "selection/selectionstate.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace atlas {

TablesView::TablesView(SelectionState* selection, const Repository* repository, QWidget* parent)
    : QWidget(parent), m_selection(selection), m_repository(repository)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    auto* bar = new QHBoxLayout;
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("tableFilter"));
    m_search->setClearButtonEnabled(true);
    m_useSelection = new QCheckBox(this);
    m_useSelection->setChecked(true);
    m_useRange = new QCheckBox(this);
    m_useRange->setChecked(true);
    bar->addWidget(m_search, 1);
    bar->addWidget(m_useSelection);
    bar->addWidget(m_useRange);
    layout->addLayout(bar);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("entityTabs"));
    layout->addWidget(m_tabs, 1);

    for (const QString& entity : Repository::recordEntities()) {
        auto* model = new RecordTableModel(this);
        auto* proxy = new RecordFilterProxy(this);
        proxy->setSourceModel(model);
        auto* view = new QTableView(m_tabs);
        view->setObjectName(entity + QStringLiteral("Table"));
        view->setModel(proxy);
        view->setSortingEnabled(true);
        view->setSelectionBehavior(QAbstractItemView::SelectRows);
        view->setEditTriggers(QAbstractItemView::NoEditTriggers);
        view->setWordWrap(false);
        view->verticalHeader()->hide();
        view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
        view->horizontalHeader()->setStretchLastSection(true);
        // Column widths from the first rows only: measuring all 700 statistics is what made opening slow.
        view->horizontalHeader()->setResizeContentsPrecision(60);
        connect(view, &QTableView::doubleClicked, this, [this, entity, proxy](const QModelIndex& index) {
            emit entityActivated(entity, proxy->index(index.row(), 0).data(RecordTableModel::IdRole));
        });
        connect(view, &QTableView::activated, this, [this, entity, proxy](const QModelIndex& index) {
            emit entityActivated(entity, proxy->index(index.row(), 0).data(RecordTableModel::IdRole));
        });
        m_tabs->addTab(view, QString());
        m_models.insert(entity, model);
        m_proxies.insert(entity, proxy);
        m_views.insert(entity, view);
    }
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString& text) {
        for (RecordFilterProxy* p : std::as_const(m_proxies))
            p->setText(text.trimmed());
    });
    connect(m_useSelection, &QCheckBox::toggled, this, [this](bool on) {
        for (RecordFilterProxy* p : std::as_const(m_proxies))
            p->setUseSelection(on);
    });
    connect(m_useRange, &QCheckBox::toggled, this, [this](bool on) {
        for (RecordFilterProxy* p : std::as_const(m_proxies))
            p->setUseTimeRange(on);
    });
    connect(selection, &SelectionState::changed, this, &TablesView::applySelection);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        if (RecordFilterProxy* p = m_proxies.value(currentEntity()))
            p->flush();
    });
    retranslate();
}

QString TablesView::tabTitle(const QString& entity)
{
    static const QHash<QString, const char*> titles = {
        {QStringLiteral("policies"), QT_TR_NOOP("Policies")},
        {QStringLiteral("organizations"), QT_TR_NOOP("Organizations")},
        {QStringLiteral("companies"), QT_TR_NOOP("Companies")},
        {QStringLiteral("activities"), QT_TR_NOOP("Activities")},
        {QStringLiteral("financials"), QT_TR_NOOP("Financials")},
        {QStringLiteral("statistics"), QT_TR_NOOP("Statistics")},
        {QStringLiteral("standards"), QT_TR_NOOP("Standards")},
        {QStringLiteral("references"), QT_TR_NOOP("References")},
    };
    return tr(titles.value(entity, "?"));
}

void TablesView::retranslate()
{
    m_search->setPlaceholderText(tr("Filter rows (any column)…"));
    m_useSelection->setText(tr("Only the selection"));
    m_useSelection->setToolTip(tr("Show only rows of the selected jurisdictions (and their states or provinces)"));
    m_useRange->setText(tr("Only the time range"));
    m_useRange->setToolTip(tr("Show only rows dated inside the selected time range"));
    if (!m_needsReload && !m_needsSelection)
        updateTabTitles();   // else when the tables are brought up to date
}

void TablesView::updateTabTitles()
{
    const QStringList entities = Repository::recordEntities();
    for (int i = 0; i < entities.size(); ++i) {
        RecordFilterProxy* p = m_proxies.value(entities.at(i));
        m_tabs->setTabText(i, tabTitle(entities.at(i)) + QStringLiteral(" (%1)").arg(p ? p->visibleRowCount() : 0));
    }
}

void TablesView::showEvent(QShowEvent* event)
{
    // Shown but tabbed behind the timeline (as at first start): loaded when its tab is chosen.
    if (isOnScreen(this))
        bringUpToDate();
    QWidget::showEvent(event);
}

void TablesView::bringUpToDate() const
{
    // Logically const: what the tables show does not change, only when it is computed.
    auto* self = const_cast<TablesView*>(this);
    if (m_updating || (!m_needsReload && !m_needsSelection))
        return;
    self->m_updating = true;
    if (m_needsReload) {
        self->m_needsReload = false;
        self->reload();
    } else {
        self->applySelection();
    }
    self->m_updating = false;
}

void TablesView::reload()
{
    // Reading the eight tables is the costly part (230,000 rows at 100x the report): only on screen.
    if (!isOnScreen(this) && !m_updating) {
        m_needsReload = true;
        return;
    }
    m_needsReload = false;
    QHash<QString, QString> parents;
    for (const Jurisdiction& j : m_repository->jurisdictions())
        if (!j.parentId.isEmpty())
            parents.insert(j.id, j.parentId);
    for (const QString& entity : Repository::recordEntities()) {
        m_models.value(entity)->reset(m_repository->records(entity));
        m_proxies.value(entity)->setParents(parents);
        m_views.value(entity)->resizeColumnsToContents();
        for (int c = 0; c < m_models.value(entity)->columnCount(); ++c)
            m_views.value(entity)->setColumnWidth(c, std::min(m_views.value(entity)->columnWidth(c), 320));
    }
    applySelection();
}

void TablesView::applySelection()
{
    if (m_needsReload || (!isVisible() && !m_updating)) {
        m_needsSelection = true;
        return;
    }
    m_needsSelection = false;
    // Only the tab on screen is filtered now; the others are counted for their titles and filtered
    // when they are shown.
    const QString current = currentEntity();
    for (auto it = m_proxies.cbegin(); it != m_proxies.cend(); ++it)
        it.value()->setSelectionFilter(m_selection->jurisdictions(), m_selection->timeRange(), it.key() != current);
    retranslate();
}

QTableView* TablesView::table(const QString& entity) const
{
    bringUpToDate();
    if (RecordFilterProxy* p = m_proxies.value(entity))
        p->flush();
    return m_views.value(entity);
}

RecordTableModel* TablesView::model(const QString& entity) const
{
    bringUpToDate();
    return m_models.value(entity);
}

int TablesView::visibleRows(const QString& entity) const
{
    bringUpToDate();
    RecordFilterProxy* p = m_proxies.value(entity);
    return p ? p->visibleRowCount() : 0;
}

void TablesView::showEntity(const QString& entity)
{
    if (QTableView* v = m_views.value(entity))
        m_tabs->setCurrentWidget(v);
}

QString TablesView::currentEntity() const
{
    return m_views.key(qobject_cast<QTableView*>(m_tabs->currentWidget()));
}

} // namespace atlas
