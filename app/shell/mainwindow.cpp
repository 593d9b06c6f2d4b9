#include "mainwindow.h"

#include "io/settingsfile.h"
#include "data/maprepository.h"
#include "domain/report.h"
#include "export/exportservice.h"
#include "geo/maplayermodel.h"
#include "models/appendix1entrymodel.h"
#include "models/appendix1matrixmodel.h"
#include "selection/selectionhistory.h"
#include "selection/selectionstate.h"
#include "shell/selectionbar.h"
#include "views/appendix1matrixview.h"
#include "views/chartbuilder.h"
#include "views/chartsview.h"
#include "views/countryprofileview.h"
#include "views/detailpanel.h"
#include "views/mapwidget.h"
#include "views/searchbox.h"
#include "data/searchengine.h"
#include "views/tablesview.h"
#include "views/onscreen.h"
#include "views/timelinewidget.h"

#include <QAction>
#include <QActionGroup>
#include <QBuffer>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QInputDialog>
#include <QFormLayout>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QToolButton>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLibraryInfo>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStatusBar>
#include <QTableView>
#include <QTranslator>
#include <QStandardItemModel>
#include <QVBoxLayout>
#include <QDir>
#include <QTimer>

namespace atlas {

const QVector<MainWindow::LinkRule>& MainWindow::linkRules()
{
    // view, jurisdictions, field, time range — what a selection does to each view (PRODUCT §1.10).
    static const QVector<LinkRule> rules = {
        {QT_TR_NOOP("Appendix 1 matrix"), QT_TR_NOOP("highlight"), QT_TR_NOOP("highlight"), QT_TR_NOOP("none")},
        {QT_TR_NOOP("Appendix 1 items"), QT_TR_NOOP("filter"), QT_TR_NOOP("filter"), QT_TR_NOOP("none")},
        {QT_TR_NOOP("Timeline"), QT_TR_NOOP("filter (one lane each)"), QT_TR_NOOP("filter"), QT_TR_NOOP("zoom and shade")},
        {QT_TR_NOOP("Charts"), QT_TR_NOOP("highlight, policy markers"), QT_TR_NOOP("none"), QT_TR_NOOP("none")},
        {QT_TR_NOOP("Tables"), QT_TR_NOOP("filter (can be turned off)"), QT_TR_NOOP("none"), QT_TR_NOOP("filter (can be turned off)")},
        {QT_TR_NOOP("Profile"), QT_TR_NOOP("shows the first selected"), QT_TR_NOOP("none"), QT_TR_NOOP("none")},
        {QT_TR_NOOP("Details"), QT_TR_NOOP("none: follows the item you open"), QT_TR_NOOP("none"), QT_TR_NOOP("none")},
    };
    return rules;
}

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
{
    setObjectName(QStringLiteral("MainWindow"));
    setDockOptions(QMainWindow::AnimatedDocks | QMainWindow::AllowTabbedDocks | QMainWindow::AllowNestedDocks);
    m_selection = new SelectionState(this);
    m_history = new SelectionHistory(m_selection, this);
    m_chartBuilder = std::make_unique<ChartBuilder>(&m_repository);
    m_searchEngine = std::make_unique<SearchEngine>(m_database);
    m_matrixModel = new Appendix1MatrixModel(this);
    m_entryModel = new Appendix1EntryModel(this);
    m_entryProxy = new Appendix1EntryProxy(this);   // sorts by SortRole
    m_entryProxy->setSourceModel(m_entryModel);

    m_mapLayers = new MapLayerModel(this);
    m_mapLayers->setValueLoader([this](MapLayer& layer) { MapRepository(m_database).loadValues(layer); });
    auto* central = new QWidget(this);
    auto* layout = new QVBoxLayout(central);
    layout->setContentsMargins(4, 4, 4, 4);
    m_selectionBar = new SelectionBar(m_selection, central);
    layout->addWidget(m_selectionBar);
    auto* mapBar = new QHBoxLayout;
    m_layerCombo = new QComboBox(central);
    m_layerCombo->setObjectName(QStringLiteral("layerChooser"));
    m_layerCombo->setModel(m_mapLayers);
    m_layerCombo->setMaxVisibleItems(30);
    m_homeButton = new QToolButton(central);
    m_zoomSelectionButton = new QToolButton(central);
    mapBar->addWidget(m_layerCombo, 1);
    mapBar->addWidget(m_zoomSelectionButton);
    mapBar->addWidget(m_homeButton);
    layout->addLayout(mapBar);
    m_map = new MapWidget(m_selection, m_mapLayers, central);
    m_map->setObjectName(QStringLiteral("worldMap"));
    layout->addWidget(m_map, 1);
    setCentralWidget(central);

    // 첨부 1: the matrix and its list of items, docked beside the timeline.
    auto* appendix = new QWidget(this);
    auto* appendixLayout = new QVBoxLayout(appendix);
    appendixLayout->setContentsMargins(4, 4, 4, 4);
    m_centralSplitter = new QSplitter(Qt::Vertical, appendix);
    m_centralSplitter->setObjectName(QStringLiteral("appendixSplitter"));
    auto* top = new QWidget(m_centralSplitter);
    auto* topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    m_matrixTitle = new QLabel(top);
    m_matrixTitle->setWordWrap(true);
    m_matrixView = new Appendix1MatrixView(m_selection, top);
    m_matrixView->setObjectName(QStringLiteral("appendix1Matrix"));
    m_matrixView->setModel(m_matrixModel);
    topLayout->addWidget(m_matrixTitle);
    topLayout->addWidget(m_matrixView);
    m_entryView = new QTableView(m_centralSplitter);
    m_entryView->setObjectName(QStringLiteral("appendix1Entries"));
    m_entryView->setModel(m_entryProxy);
    m_entryView->setSortingEnabled(true);
    m_entryView->sortByColumn(Appendix1EntryModel::DateColumn, Qt::AscendingOrder);
    m_entryView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_entryView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_entryView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_entryView->setWordWrap(false);
    m_entryView->verticalHeader()->hide();
    m_entryView->horizontalHeader()->setStretchLastSection(true);
    // Column widths from the first 200 rows (the report has 70 items): not every row of a large database.
    m_entryView->horizontalHeader()->setResizeContentsPrecision(200);
    appendixLayout->addWidget(m_centralSplitter);
    m_appendixPane = appendix;

    m_searchBox = new SearchBox(m_searchEngine.get(), this);
    m_searchBox->setObjectName(QStringLiteral("searchBox"));
    menuBar()->setCornerWidget(m_searchBox, Qt::TopRightCorner);
    createDocks();
    m_statusLabel = new QLabel(this);
    statusBar()->addPermanentWidget(m_statusLabel, 1);
    createActions();
    createMenus();

    connect(m_selection, &SelectionState::changed, this, &MainWindow::onSelectionChanged);
    connect(m_entryView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) { onEntryActivated(current); });
    connect(m_entryView, &QTableView::activated, this, &MainWindow::onEntryActivated);
    connect(m_tables, &TablesView::entityActivated, this, &MainWindow::onEntityActivated);
    connect(m_detail, &DetailPanel::linkActivated, this, &MainWindow::onEntityActivated);
    connect(m_timeline, &TimelineWidget::policyActivated, this,
            [this](qint64 id) { onEntityActivated(QStringLiteral("policy"), id); });
    connect(m_timeline, &TimelineWidget::activityActivated, this,
            [this](qint64 id) { onEntityActivated(QStringLiteral("activity"), id); });
    connect(m_layerCombo, &QComboBox::currentIndexChanged, this, [this](int index) {
        m_map->setLayer(m_layerCombo->itemData(index, MapLayerModel::IdRole).toString());
    });
    connect(m_map, &MapWidget::layerChanged, this, [this](const QString& id) {
        const int index = m_layerCombo->findData(id, MapLayerModel::IdRole);
        if (index >= 0 && index != m_layerCombo->currentIndex())
            m_layerCombo->setCurrentIndex(index);
    });
    connect(m_map, &MapWidget::hoveredChanged, this, [this](const QString& id) {
        m_selection->setHoveredJurisdictions(id.isEmpty() ? QSet<QString>{} : QSet<QString>{id});
    });
    connect(m_map, &MapWidget::legendHighlightChanged, m_selection, &SelectionState::setHoveredJurisdictions);
    connect(m_map, &MapWidget::jurisdictionActivated, this,
            [this](const QString& id) { onEntityActivated(QStringLiteral("jurisdiction"), id); });
    connect(m_selection, &SelectionState::hoverChanged, m_timeline, qOverload<>(&QWidget::update));
    connect(m_homeButton, &QToolButton::clicked, m_map, &MapWidget::resetView);
    connect(m_zoomSelectionButton, &QToolButton::clicked, m_map, &MapWidget::zoomToSelection);
    connect(m_history, &SelectionHistory::availabilityChanged, this, [this] {
        m_backAction->setEnabled(m_history->canGoBack());
        m_forwardAction->setEnabled(m_history->canGoForward());
    });

    QSettings settings;
    const QString lang = settings.value(QStringLiteral("ui/language")).toString();
    const bool korean = lang.isEmpty() ? QLocale::system().language() == QLocale::Korean
                                       : lang == QStringLiteral("ko");
    setLanguage(korean ? Lang::Korean : Lang::English);
    resize(1400, 900);
    m_defaultState = saveState();
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    m_centralSplitter->restoreState(settings.value(QStringLiteral("window/centralSplitter")).toByteArray());
}

MainWindow::~MainWindow() = default;

QDockWidget* MainWindow::addDock(QWidget* widget, const QString& objectName, Qt::DockWidgetArea area)
{
    auto* dock = new QDockWidget(this);
    dock->setObjectName(objectName);
    dock->setWidget(widget);
    dock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable | QDockWidget::DockWidgetClosable);
    addDockWidget(area, dock);
    m_docks.append(dock);
    return dock;
}

void MainWindow::createDocks()
{
    m_timeline = new TimelineWidget(m_selection, this);
    m_timeline->setObjectName(QStringLiteral("timeline"));
    m_charts = new ChartsView(m_selection, m_chartBuilder.get(), this);
    m_charts->setObjectName(QStringLiteral("charts"));
    m_tables = new TablesView(m_selection, &m_repository, this);
    m_tables->setObjectName(QStringLiteral("tables"));
    m_detail = new DetailPanel(&m_repository, this);
    m_detail->setObjectName(QStringLiteral("detailPanel"));
    m_profile = new CountryProfileView(m_selection, &m_repository, this);
    m_profile->setObjectName(QStringLiteral("countryProfile"));

    // Bottom: 첨부 1 on the left, the timeline (tabbed with the tables) on the right.
    QDockWidget* timeline = addDock(m_timeline, QStringLiteral("timelineDock"), Qt::BottomDockWidgetArea);
    QDockWidget* tables = addDock(m_tables, QStringLiteral("tablesDock"), Qt::BottomDockWidgetArea);
    QDockWidget* appendix = addDock(m_appendixPane, QStringLiteral("appendixDock"), Qt::BottomDockWidgetArea);
    splitDockWidget(appendix, timeline, Qt::Horizontal);
    tabifyDockWidget(timeline, tables);
    timeline->raise();
    QDockWidget* details = addDock(m_detail, QStringLiteral("detailsDock"), Qt::RightDockWidgetArea);
    QDockWidget* charts = addDock(m_charts, QStringLiteral("chartsDock"), Qt::RightDockWidgetArea);
    splitDockWidget(details, charts, Qt::Vertical);
    QDockWidget* profile = addDock(m_profile, QStringLiteral("profileDock"), Qt::RightDockWidgetArea);
    tabifyDockWidget(details, profile);
    details->raise();
    // Charts need room for legends and axis labels; the timeline needs width, not height.
    resizeDocks({details}, {580}, Qt::Horizontal);
    resizeDocks({details, charts}, {300, 460}, Qt::Vertical);
    resizeDocks({timeline}, {330}, Qt::Vertical);
    resizeDocks({appendix}, {520}, Qt::Horizontal);

    // The tables and the profile load when their tab comes to the front (Qt keeps a dock tabbed
    // behind another visible, so the views cannot tell by themselves). Checked once the tab bar
    // has placed the docks; the status bar says what is loading, which takes seconds on a large
    // database.
    const auto whenInFront = [this](QDockWidget* dock, auto* pane, auto message) {
        connect(dock, &QDockWidget::visibilityChanged, pane, [=](bool visible) {
            if (!visible)
                return;
            QTimer::singleShot(0, pane, [=] {
                if (!isOnScreen(pane) || !pane->isStale())
                    return;
                statusBar()->showMessage(message());
                statusBar()->repaint();
                pane->bringUpToDate();
                statusBar()->clearMessage();
            });
        });
    };
    whenInFront(tables, m_tables, [] { return tr("Loading the tables…"); });
    whenInFront(profile, m_profile, [] { return tr("Loading the country profile…"); });
}

void MainWindow::createActions()
{
    m_openAction = new QAction(this);
    m_openAction->setShortcut(QKeySequence::Open);
    connect(m_openAction, &QAction::triggered, this, &MainWindow::openDatabaseDialog);
    m_openBundledAction = new QAction(this);
    connect(m_openBundledAction, &QAction::triggered, this, [this] {
        openDatabase(Database::findBundled(QCoreApplication::applicationDirPath()));
    });
    m_exportAction = new QAction(this);
    m_exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    connect(m_exportAction, &QAction::triggered, this, &MainWindow::exportDialog);
    m_copyImageAction = new QAction(this);
    m_copyImageAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    connect(m_copyImageAction, &QAction::triggered, this, &MainWindow::copyImage);
    m_saveViewAction = new QAction(this);
    m_saveViewAction->setShortcut(QKeySequence::Save);
    connect(m_saveViewAction, &QAction::triggered, this, &MainWindow::saveViewDialog);
    m_openViewAction = new QAction(this);
    m_openViewAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    connect(m_openViewAction, &QAction::triggered, this, &MainWindow::openViewDialog);
    m_copyLinkAction = new QAction(this);
    m_copyLinkAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    connect(m_copyLinkAction, &QAction::triggered, this, [this] {
        QApplication::clipboard()->setText(currentView().toLink());
        statusBar()->showMessage(tr("The view link is on the clipboard."), 4000);
    });
    m_openLinkAction = new QAction(this);
    connect(m_openLinkAction, &QAction::triggered, this, &MainWindow::openViewLinkDialog);
    m_searchAction = new QAction(this);
    m_searchAction->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_K), QKeySequence::Find});
    connect(m_searchAction, &QAction::triggered, this, [this] {
        m_searchBox->setFocus(Qt::ShortcutFocusReason);
        m_searchBox->selectAll();
    });
    addAction(m_searchAction);
    connect(m_searchBox, &SearchBox::resultActivated, this,
            [this](const QString& type, const QString& id) { onEntityActivated(type, id); });
    m_quitAction = new QAction(this);
    m_quitAction->setShortcut(QKeySequence::Quit);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);
    m_clearAction = new QAction(this);
    m_clearAction->setShortcut(Qt::Key_Escape);
    connect(m_clearAction, &QAction::triggered, m_selection, &SelectionState::clear);
    m_backAction = new QAction(this);
    m_backAction->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Left));
    m_backAction->setEnabled(false);
    connect(m_backAction, &QAction::triggered, m_history, &SelectionHistory::back);
    m_forwardAction = new QAction(this);
    m_forwardAction->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Right));
    m_forwardAction->setEnabled(false);
    connect(m_forwardAction, &QAction::triggered, m_history, &SelectionHistory::forward);
    m_resetLayoutAction = new QAction(this);
    connect(m_resetLayoutAction, &QAction::triggered, this, [this] {
        restoreState(m_defaultState);
        for (QDockWidget* d : std::as_const(m_docks))
            d->show();
    });

    auto* group = new QActionGroup(this);
    m_koreanAction = new QAction(QStringLiteral("한국어"), group);
    m_englishAction = new QAction(QStringLiteral("English"), group);
    for (QAction* a : {m_koreanAction, m_englishAction})
        a->setCheckable(true);
    m_koreanAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K));
    m_englishAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    connect(m_koreanAction, &QAction::triggered, this, [this] { setLanguage(Lang::Korean); });
    connect(m_englishAction, &QAction::triggered, this, [this] { setLanguage(Lang::English); });

    m_shortcutsAction = new QAction(this);
    m_shortcutsAction->setShortcut(QKeySequence::HelpContents);
    connect(m_shortcutsAction, &QAction::triggered, this, &MainWindow::showShortcuts);
    m_linksAction = new QAction(this);
    connect(m_linksAction, &QAction::triggered, this, &MainWindow::showLinkRules);
    m_aboutAction = new QAction(this);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
    m_aboutQtAction = new QAction(this);
    connect(m_aboutQtAction, &QAction::triggered, qApp, &QApplication::aboutQt);
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->addAction(m_openAction);
    m_fileMenu->addAction(m_openBundledAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_saveViewAction);
    m_fileMenu->addAction(m_openViewAction);
    m_fileMenu->addAction(m_copyLinkAction);
    m_fileMenu->addAction(m_openLinkAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_exportAction);
    m_fileMenu->addAction(m_copyImageAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quitAction);
    m_viewMenu = menuBar()->addMenu(QString());
    m_viewMenu->addAction(m_searchAction);
    m_viewMenu->addAction(m_clearAction);
    m_viewMenu->addAction(m_backAction);
    m_viewMenu->addAction(m_forwardAction);
    m_viewMenu->addSeparator();
    m_panesMenu = m_viewMenu->addMenu(QString());
    for (QDockWidget* d : std::as_const(m_docks))
        m_panesMenu->addAction(d->toggleViewAction());
    m_viewMenu->addAction(m_resetLayoutAction);
    m_languageMenu = menuBar()->addMenu(QString());
    m_languageMenu->addAction(m_koreanAction);
    m_languageMenu->addAction(m_englishAction);
    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->addAction(m_shortcutsAction);
    m_helpMenu->addAction(m_linksAction);
    m_helpMenu->addSeparator();
    m_helpMenu->addAction(m_aboutAction);
    m_helpMenu->addAction(m_aboutQtAction);
}

void MainWindow::retranslate()
{
    setWindowTitle(tr("AI Trends Atlas"));
    m_fileMenu->setTitle(tr("&File"));
    m_viewMenu->setTitle(tr("&View"));
    m_panesMenu->setTitle(tr("&Panes"));
    m_languageMenu->setTitle(tr("&Language"));
    m_helpMenu->setTitle(tr("&Help"));
    m_openAction->setText(tr("&Open Database…"));
    m_openBundledAction->setText(tr("Open &Bundled Database"));
    m_quitAction->setText(tr("&Quit"));
    m_exportAction->setText(tr("&Export…"));
    m_saveViewAction->setText(tr("&Save View…"));
    m_openViewAction->setText(tr("Open &View…"));
    m_copyLinkAction->setText(tr("Copy View &Link"));
    m_openLinkAction->setText(tr("Open View Lin&k…"));
    m_searchAction->setText(tr("&Search…"));
    m_searchBox->setPlaceholderText(tr("Search policies, companies, countries… (Ctrl+K)"));
    m_searchBox->setLanguage(m_lang);
    m_copyImageAction->setText(tr("&Copy Map Image"));
    m_homeButton->setText(tr("World"));
    m_homeButton->setToolTip(tr("Show the whole world (Home)"));
    m_zoomSelectionButton->setText(tr("Zoom to selection"));
    m_clearAction->setText(tr("&Show All (Clear Selection)"));
    m_backAction->setText(tr("&Back"));
    m_forwardAction->setText(tr("&Forward"));
    m_resetLayoutAction->setText(tr("&Reset Layout"));
    m_shortcutsAction->setText(tr("&Keyboard Shortcuts"));
    m_linksAction->setText(tr("How Views Are &Linked"));
    m_aboutAction->setText(tr("&About AI Trends Atlas"));
    m_aboutQtAction->setText(tr("About &Qt"));
    m_matrixTitle->setText(tr("<b>Appendix 1</b> · AI policies of 2024 by jurisdiction and field — click a cell to "
                              "list its items, Ctrl-click to compare jurisdictions"));
    const QStringList titles = {tr("Timeline"), tr("Tables"), tr("Appendix 1"), tr("Details"), tr("Charts"),
                                tr("Country profile")};
    for (int i = 0; i < m_docks.size() && i < titles.size(); ++i)
        m_docks.at(i)->setWindowTitle(titles.at(i));
    m_tables->retranslate();
    m_selectionBar->refresh();
    // Only labels change with the language: the data stays loaded.
    updateStatusText();
    m_charts->setLanguage(m_lang);
    m_profile->setLanguage(m_lang);
    rebuildTimeline();
}

void MainWindow::updateStatusText()
{
    if (!m_database.isOpen()) {
        m_statusLabel->setText(tr("No database open — use File ▸ Open Database or File ▸ Open Bundled Database."));
        return;
    }
    m_statusLabel->setText(tr("Database: %1 — %2 Appendix 1 placements of %3 distinct items, %4 policies in all")
                               .arg(QFileInfo(m_database.path()).fileName())
                               .arg(m_counts.entries)
                               .arg(m_counts.distinct)
                               .arg(m_counts.policies));
    m_statusLabel->setToolTip(m_database.path());
}

void MainWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange && m_fileMenu)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::setLanguage(Lang lang)
{
    m_lang = lang;
    (lang == Lang::Korean ? m_koreanAction : m_englishAction)->setChecked(true);
    if (m_appTranslator)
        QCoreApplication::removeTranslator(m_appTranslator.get());
    if (m_qtTranslator)
        QCoreApplication::removeTranslator(m_qtTranslator.get());
    m_appTranslator.reset();
    m_qtTranslator.reset();
    if (lang == Lang::Korean) {
        m_appTranslator = std::make_unique<QTranslator>();
        if (m_appTranslator->load(QStringLiteral(":/i18n/atlas_ko.qm")))
            QCoreApplication::installTranslator(m_appTranslator.get());
        m_qtTranslator = std::make_unique<QTranslator>();
        if (m_qtTranslator->load(QStringLiteral("qtbase_ko"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QCoreApplication::installTranslator(m_qtTranslator.get());
    }
    m_matrixModel->setLanguage(lang);
    m_entryModel->setLanguage(lang);
    m_mapLayers->setLanguage(lang);
    m_map->setLanguage(lang);
    m_detail->setLanguage(lang);
    m_selectionBar->setLanguage(lang);
    saveSettings({{QStringLiteral("ui/language"), lang == Lang::Korean ? QStringLiteral("ko") : QStringLiteral("en")}});
    retranslate();  // also runs on the LanguageChange event; explicit for English (no translator installed)
}

bool MainWindow::openDatabase(const QString& path, bool interactive)
{
    Database::OpenResult result = m_database.open(path);
    if (!result.ok()) {
        const QString bundled = Database::findBundled(QCoreApplication::applicationDirPath());
        const bool canFallBack = !bundled.isEmpty() && QFileInfo(bundled) != QFileInfo(path);
        if (interactive) {
            QMessageBox box(QMessageBox::Warning, tr("Cannot open database"), failureText(result, path),
                            QMessageBox::NoButton, this);
            QPushButton* useBundled = canFallBack ? box.addButton(tr("Open Bundled Database"), QMessageBox::AcceptRole)
                                                  : nullptr;
            box.addButton(canFallBack ? QMessageBox::Cancel : QMessageBox::Ok);
            box.exec();
            if (useBundled && box.clickedButton() == useBundled)
                return openDatabase(bundled, interactive);
        }
        reload();
        return false;
    }
    m_selection->clear();
    reload();
    // Where the researcher left off: the last layer, selection, time range and chart. Ids this
    // database does not know are left out (applyView says which), never an error at start-up.
    if (!m_lastViewRestored) {
        m_lastViewRestored = true;
        QString error;
        if (auto last = ViewState::fromJson(QSettings().value(QStringLiteral("view/last")).toByteArray(), &error)) {
            last->lang = m_lang;  // the language is its own setting (and --lang wins)
            const QString notice = applyView(*last);
            if (!notice.isEmpty())
                statusBar()->showMessage(notice, 8000);
        }
    }
    return true;
}

QString MainWindow::failureText(const Database::OpenResult& result, const QString& path) const
{
    const QString name = QFileInfo(path).fileName();
    switch (result.status) {
    case Database::Status::Ok: return {};
    case Database::Status::Missing: return tr("There is no file at “%1”.").arg(path);
    case Database::Status::NotAFile: return tr("“%1” is a folder, not a database file.").arg(path);
    case Database::Status::Unreadable: return tr("“%1” cannot be read (check its permissions).").arg(path);
    case Database::Status::Empty: return tr("“%1” is empty (0 bytes).").arg(name);
    case Database::Status::NotSqlite: return tr("“%1” is not an SQLite database.").arg(name);
    case Database::Status::Corrupt: return tr("“%1” is damaged or truncated and cannot be read safely.").arg(name);
    case Database::Status::WrongSchema:
        return tr("“%1” is an SQLite database, but not an AI Trends Atlas database.").arg(name);
    case Database::Status::NewerSchema:
        return tr("“%1” was written by a newer version of AI Trends Atlas. Please update the app.").arg(name);
    case Database::Status::OlderSchema:
        return tr("“%1” was written by an older version of AI Trends Atlas and uses an outdated schema.").arg(name);
    }
    return result.message;
}

void MainWindow::openDatabaseDialog()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Database"), QString(),
                                                      tr("SQLite databases (*.sqlite *.db);;All files (*)"));
    if (!path.isEmpty())
        openDatabase(path);
}

void MainWindow::reload()
{
    if (!m_database.isOpen()) {
        m_matrixModel->reset({}, {}, {});
        m_entryModel->reset({}, {}, {});
        m_timelineInput = {};
        m_timelineCompanies.clear();
        m_mapLayers->reset({});
        rebuildTimeline();
        updateStatusText();
        m_detail->showHint(tr("No database is open."));
        return;
    }
    const auto jurisdictions = m_repository.jurisdictions();
    const auto fields = m_repository.fields();
    const auto entries = m_repository.appendix1Entries();
    m_matrixModel->reset(jurisdictions, fields, entries);
    m_entryModel->reset(entries, jurisdictions, fields);
    m_entryView->resizeColumnsToContents();

    m_timelineInput = TimelineData::load(m_repository, false);   // activities: per selection
    m_timelineCompanies.clear();

    QHash<QString, QPair<QString, QString>> names;
    for (const Jurisdiction& j : jurisdictions)
        names.insert(j.id, {j.nameKo, j.nameEn});
    for (const Field& f : fields)
        names.insert(QStringLiteral("field:") + f.code, {f.nameKo, f.nameEn});
    for (const Company& c : m_timelineInput.companies)
        names.insert(QStringLiteral("company:") + QString::number(c.id), {c.nameKo, c.nameEn});
    m_selectionBar->setNames(names);

    {
        const QString layer = m_map->layer();
        // Statistic layers' figures are read when a layer is first shown (most of the map's data).
        m_mapLayers->reset(MapRepository(m_database).load(MapRepository::StatisticValues::WhenShown, entries));
        const int index = m_layerCombo->findData(layer, MapLayerModel::IdRole);
        m_layerCombo->setCurrentIndex(index >= 0 ? index : 0);
        m_map->setLayer(m_layerCombo->currentData(MapLayerModel::IdRole).toString());
    }
    m_chartBuilder->reload();
    m_charts->setLanguage(m_lang);
    m_tables->reload();
    m_profile->reloadData();

    QSet<qint64> distinct;
    for (const auto& e : entries)
        distinct.insert(e.policyId);
    m_counts = {static_cast<int>(entries.size()), static_cast<int>(distinct.size()),
                m_repository.count(QStringLiteral("policy"))};
    updateStatusText();
    onSelectionChanged();   // also builds the timeline
}

void MainWindow::rebuildTimeline()
{
    const SelectionState::Snapshot selection = m_selection->snapshot();
    // The activities of the selected companies only, read when that set changes.
    QList<qint64> companies(selection.companies.cbegin(), selection.companies.cend());
    std::sort(companies.begin(), companies.end());
    if (m_database.isOpen() && companies != m_timelineCompanies) {
        TimelineData::setActivities(m_timelineInput, companies.isEmpty() ? QVector<CompanyActivity>()
                                                                         : m_repository.activities(companies));
        m_timelineCompanies = companies;
    }
    TimelineScene scene = TimelineData::build(m_timelineInput, selection, m_lang);
    m_timeline->setScene(scene);
}

void MainWindow::onSelectionChanged()
{
    m_entryModel->setFilter(m_selection->jurisdictions(), m_selection->field());
    rebuildTimeline();
    const auto& policies = m_selection->policies();
    if (policies.size() == 1) {
        m_detail->showPolicy(*policies.cbegin());
        return;
    }
    if (!m_database.isOpen())
        return;
    if (m_entryModel->rowCount() == 0)
        m_detail->showHint(m_selection->isEmpty() ? tr("No Appendix 1 items in this database.")
                                                  : tr("No Appendix 1 item in this selection: the report prints “-” "
                                                       "for this cell, or the jurisdiction has no Appendix 1 row."));
    else if (m_detail->currentKind().isEmpty())
        m_detail->showHint(tr("Select an item in the list to see its details and sources."));
}

void MainWindow::onEntryActivated(const QModelIndex& proxyIndex)
{
    if (!proxyIndex.isValid())
        return;
    const QModelIndex source = m_entryProxy->mapToSource(proxyIndex);
    const Appendix1Entry& entry = m_entryModel->entryAt(source.row());
    m_detail->showPolicy(entry.policyId, &entry);
}

void MainWindow::onEntityActivated(const QString& entity, const QVariant& id)
{
    // Opening an item shows it in the details; policies and companies also become the selection, so
    // the timeline and the charts point at them.
    m_detail->showEntity(entity, id);
    if (entity == QStringLiteral("policies") || entity == QStringLiteral("policy"))
        m_selection->setPolicies({id.toLongLong()});
    else if (entity == QStringLiteral("companies") || entity == QStringLiteral("company")
             || entity == QStringLiteral("financials"))
        m_selection->setCompanies({id.toLongLong()});
    else if (entity == QStringLiteral("jurisdiction"))
        m_selection->selectJurisdiction(id.toString());
    for (QDockWidget* d : std::as_const(m_docks))
        if (d->widget() == m_detail)
            d->raise();
}

void MainWindow::showAbout()
{
    const QString text =
        tr("<h3>AI Trends Atlas %1</h3><p>An explorer of the AI policies, companies and indicators in the report:</p>")
            .arg(QStringLiteral(ATLAS_VERSION))
        + QStringLiteral("<p><b>%1</b><br/>%2: %3</p><p>%4</p>")
              .arg(ReportCredit::citation(m_lang).toHtmlEscaped(), tr("Authors"), ReportCredit::authors(),
                   ReportCredit::licence(m_lang).toHtmlEscaped())
        + tr("<p>The app ships facts taken from the report (names, titles, dates, figures) with their sources; "
             "summaries are our own. It is not affiliated with SPRi and may not be used commercially.</p>"
             "<p>Map data: Natural Earth (public domain).</p>");
    QMessageBox::about(this, tr("About AI Trends Atlas"), text);
}

void MainWindow::showShortcuts()
{
    const auto line = [](const QString& keys, const QString& what) {
        return QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>").arg(keys.toHtmlEscaped(), what.toHtmlEscaped());
    };
    const QString text = QStringLiteral("<table>")
        + line(m_openAction->shortcut().toString(QKeySequence::NativeText), tr("Open a database"))
        + line(QStringLiteral("Ctrl+K, Ctrl+F"), tr("Search everything"))
        + line(m_exportAction->shortcut().toString(QKeySequence::NativeText), tr("Export the map, a chart, the timeline or a table"))
        + line(QStringLiteral("Esc"), tr("Show all (clear the selection)"))
        + line(m_backAction->shortcut().toString(QKeySequence::NativeText), tr("Back to the previous selection"))
        + line(m_forwardAction->shortcut().toString(QKeySequence::NativeText), tr("Forward again"))
        + line(QStringLiteral("Ctrl+Click"), tr("Add or remove a jurisdiction"))
        + line(tr("Wheel, + / −"), tr("Zoom the timeline around the pointer"))
        + line(tr("Shift+Drag"), tr("Choose a time range on the timeline"))
        + line(m_koreanAction->shortcut().toString(QKeySequence::NativeText), tr("Korean"))
        + line(m_englishAction->shortcut().toString(QKeySequence::NativeText), tr("English"))
        + line(m_quitAction->shortcut().toString(QKeySequence::NativeText), tr("Quit"))
        + QStringLiteral("</table>");
    QMessageBox::information(this, tr("Keyboard Shortcuts"), text);
}

void MainWindow::showLinkRules()
{
    QString text = QStringLiteral("<table cellpadding='3'><tr><th>%1</th><th>%2</th><th>%3</th><th>%4</th></tr>")
                       .arg(tr("View"), tr("Jurisdictions"), tr("Field"), tr("Time range"));
    for (const LinkRule& r : linkRules())
        text += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td></tr>")
                    .arg(tr(r.view), tr(r.jurisdictions), tr(r.field), tr(r.timeRange));
    text += QStringLiteral("</table><p>%1</p>").arg(tr("Hovering only ever highlights; clicking changes the selection."));
    QMessageBox::information(this, tr("How Views Are Linked"), text);
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    QVariantMap values = {{QStringLiteral("window/geometry"), saveGeometry()},
                          {QStringLiteral("window/state"), saveState()},
                          {QStringLiteral("window/centralSplitter"), m_centralSplitter->saveState()}};
    if (m_database.isOpen())
        values.insert(QStringLiteral("view/last"), currentView().toJson());
    saveSettings(values);
    QMainWindow::closeEvent(event);
}

bool MainWindow::saveSettings(const QVariantMap& values)
{
    // Not QSettings::setValue: on a full disk Qt 6.4 would replace the file by a truncated one.
    QString error;
    if (SettingsFile::save(QSettings().fileName(), values, &error))
        return true;
    const QString message = tr("Settings not saved: %1").arg(error);
    qWarning("%s", qPrintable(message));
    statusBar()->showMessage(message, 8000);
    return false;
}

} // namespace atlas

namespace atlas {

void MainWindow::exportDialog()
{
    if (!m_database.isOpen())
        return;
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Export"));
    auto* form = new QFormLayout(&dialog);
    auto* what = new QComboBox(&dialog);
    const bool hasJurisdiction = !m_selection->jurisdictions().isEmpty();
    what->addItem(tr("Map: %1").arg(m_layerCombo->currentText()), QStringLiteral("map"));
    what->addItem(tr("Timeline"), QStringLiteral("timeline"));
    what->addItem(tr("Chart: %1").arg(m_charts->currentChart()), QStringLiteral("chart"));
    what->addItem(tr("Country profile"), QStringLiteral("profile"));
    what->addItem(tr("Table (CSV): %1").arg(m_tables->currentEntity()), QStringLiteral("table"));
    what->addItem(tr("Country brief (PDF)"), QStringLiteral("brief"));
    for (int i : {3, 5})
        qobject_cast<QStandardItemModel*>(what->model())->item(i)->setEnabled(hasJurisdiction);
    auto* format = new QComboBox(&dialog);
    format->addItem(QStringLiteral("PNG"), QStringLiteral("png"));
    format->addItem(QStringLiteral("SVG"), QStringLiteral("svg"));
    format->addItem(QStringLiteral("PDF"), QStringLiteral("pdf"));
    auto* width = new QSpinBox(&dialog);
    width->setRange(200, 20000);
    width->setValue(1600);
    auto* height = new QSpinBox(&dialog);
    height->setRange(150, 20000);
    height->setValue(1000);
    auto* scale = new QComboBox(&dialog);
    scale->addItem(QStringLiteral("1×"), 1.0);
    scale->addItem(QStringLiteral("2×"), 2.0);
    scale->addItem(QStringLiteral("4×"), 4.0);
    scale->setCurrentIndex(1);
    auto* outlines = new QCheckBox(tr("Text as outlines (opens the same everywhere)"), &dialog);
    outlines->setChecked(true);
    auto* language = new QComboBox(&dialog);
    language->addItem(QStringLiteral("한국어"), int(Lang::Korean));
    language->addItem(QStringLiteral("English"), int(Lang::English));
    language->setCurrentIndex(m_lang == Lang::Korean ? 0 : 1);
    form->addRow(tr("What"), what);
    form->addRow(tr("Format"), format);
    form->addRow(tr("Width (px)"), width);
    form->addRow(tr("Height (px)"), height);
    form->addRow(tr("PNG scale"), scale);
    form->addRow(tr("SVG"), outlines);
    form->addRow(tr("Language"), language);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    const auto sync = [&] {
        const QString kind = what->currentData().toString();
        const bool picture = kind != QStringLiteral("table") && kind != QStringLiteral("brief");
        for (QWidget* w : std::initializer_list<QWidget*>{format, width, height, scale, outlines})
            w->setEnabled(picture);
    };
    connect(what, &QComboBox::currentIndexChanged, &dialog, sync);
    sync();
    if (dialog.exec() != QDialog::Accepted)
        return;

    const QString kind = what->currentData().toString();
    QString suffix = format->currentData().toString();
    if (kind == QStringLiteral("table"))
        suffix = QStringLiteral("csv");
    else if (kind == QStringLiteral("brief"))
        suffix = QStringLiteral("pdf");
    const QString path = QFileDialog::getSaveFileName(this, tr("Export"), QStringLiteral("ai-trends-%1.%2").arg(kind, suffix),
                                                      QStringLiteral("%1 (*.%2)").arg(suffix.toUpper(), suffix));
    if (path.isEmpty())
        return;
    ExportService service(m_database, m_repository);
    Exporter::ImageOptions options;
    options.size = QSize(width->value(), height->value());
    options.scale = scale->currentData().toDouble();
    options.svgTextAsOutlines = outlines->isChecked();
    const Lang exportLang = static_cast<Lang>(language->currentData().toInt());
    QString error;
    bool ok = false;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    if (kind == QStringLiteral("brief")) {
        QStringList ids(m_selection->jurisdictions().cbegin(), m_selection->jurisdictions().cend());
        ids.sort();
        ok = service.exportBrief(path, ids, exportLang, &error);
    } else {
        bool known = false;
        const QString id = kind == QStringLiteral("map")     ? m_map->layer()
                           : kind == QStringLiteral("chart") ? m_charts->currentChart()
                           : kind == QStringLiteral("table") ? m_tables->currentEntity()
                                                             : QString();
        ok = service.exportView(kind, id, path, Exporter::formatFromName(suffix, &known), options, m_selection->snapshot(),
                                exportLang, &error);
    }
    QApplication::restoreOverrideCursor();
    if (!ok)
        QMessageBox::warning(this, tr("Export failed"), error);
    else
        statusBar()->showMessage(tr("Exported %1").arg(QDir::toNativeSeparators(path)), 5000);
}

void MainWindow::copyImage()
{
    if (!m_database.isOpen())
        return;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("map.png"));
    ExportService service(m_database, m_repository);
    Exporter::ImageOptions options;
    options.scale = 1.0;
    QString error;
    if (!service.exportView(QStringLiteral("map"), m_map->layer(), path, Exporter::Format::Png, options,
                            m_selection->snapshot(), m_lang, &error)) {
        QMessageBox::warning(this, tr("Copy failed"), error);
        return;
    }
    QApplication::clipboard()->setImage(QImage(path));
    statusBar()->showMessage(tr("The map image is on the clipboard."), 4000);
}

} // namespace atlas

namespace atlas {

ViewState MainWindow::currentView() const
{
    ViewState v;
    v.mapLayer = m_map->layer();
    v.chart = m_charts->currentChart();
    v.lang = m_lang;
    v.selection = m_selection->snapshot();
    return v;
}

QString MainWindow::applyView(const ViewState& view)
{
    const ViewState::KnownSelection known = view.knownSelection(m_repository);
    QStringList unknown;
    for (const QString& id : known.unknownJurisdictions)
        unknown.append(tr("jurisdiction %1").arg(id));
    if (!known.unknownField.isEmpty())
        unknown.append(tr("field %1").arg(known.unknownField));
    for (qint64 id : known.unknownPolicies)
        unknown.append(tr("policy %1").arg(id));
    for (qint64 id : known.unknownCompanies)
        unknown.append(tr("company %1").arg(id));
    if (view.lang != m_lang)
        setLanguage(view.lang);
    if (!view.mapLayer.isEmpty()) {
        const int index = m_layerCombo->findData(view.mapLayer, MapLayerModel::IdRole);
        if (index >= 0)
            m_layerCombo->setCurrentIndex(index);
        else
            unknown.append(tr("map layer %1").arg(view.mapLayer));
    }
    if (!view.chart.isEmpty() && !m_charts->showChart(view.chart))
        unknown.append(tr("chart %1").arg(view.chart));
    m_selection->restore(known.selection);
    return unknown.isEmpty() ? QString() : tr("Not in this database, left out: %1").arg(unknown.join(QStringLiteral(", ")));
}

bool MainWindow::openViewFile(const QString& path, bool interactive)
{
    QString error;
    const std::optional<ViewState> view = ViewState::load(path, &error);
    if (!view) {
        const QString message = tr("“%1” is not a view this app can open: %2").arg(QFileInfo(path).fileName(), error);
        if (interactive)
            QMessageBox::warning(this, tr("Cannot open view"), message);
        else
            statusBar()->showMessage(message);
        return false;
    }
    const QString notice = applyView(*view);
    if (!notice.isEmpty()) {
        if (interactive)
            QMessageBox::information(this, tr("View opened with changes"), notice);
        statusBar()->showMessage(notice);
    }
    return true;
}

void MainWindow::saveViewDialog()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Save View"), QStringLiteral("view.aitrends.json"),
                                                      tr("AI Trends Atlas views (*.json)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!currentView().save(path, &error))
        QMessageBox::warning(this, tr("Cannot save view"), error);
    else
        statusBar()->showMessage(tr("Saved the view to %1").arg(QDir::toNativeSeparators(path)), 4000);
}

void MainWindow::openViewDialog()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open View"), QString(),
                                                      tr("AI Trends Atlas views (*.json);;All files (*)"));
    if (!path.isEmpty())
        openViewFile(path);
}

void MainWindow::openViewLinkDialog()
{
    bool ok = false;
    const QString link = QInputDialog::getText(this, tr("Open View Link"), tr("Paste an aitrends://view link:"),
                                               QLineEdit::Normal, QApplication::clipboard()->text().left(8192), &ok);
    if (!ok || link.trimmed().isEmpty())
        return;
    QString error;
    const auto view = ViewState::fromLink(link, &error);
    if (!view) {
        QMessageBox::warning(this, tr("Cannot open view"), error);
        return;
    }
    const QString notice = applyView(*view);
    if (!notice.isEmpty())
        QMessageBox::information(this, tr("View opened with changes"), notice);
}

} // namespace atlas
