#include "mainwindow.h"

#include "domain/report.h"
#include "models/appendix1entrymodel.h"
#include "models/appendix1matrixmodel.h"
#include "selection/selectionstate.h"
#include "views/appendix1matrixview.h"
#include "views/detailpanel.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
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
#include <QVBoxLayout>

namespace atlas {

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
{
    setObjectName(QStringLiteral("MainWindow"));
    m_selection = new SelectionState(this);
    m_matrixModel = new Appendix1MatrixModel(this);
    m_entryModel = new Appendix1EntryModel(this);
    m_entryProxy = new QSortFilterProxyModel(this);
    m_entryProxy->setSourceModel(m_entryModel);
    m_entryProxy->setSortRole(Appendix1EntryModel::SortRole);

    auto* central = new QWidget(this);
    auto* layout = new QVBoxLayout(central);

    // Selection bar: always visible, so an emptied view never looks broken.
    auto* bar = new QHBoxLayout;
    m_selectionLabel = new QLabel(central);
    m_selectionLabel->setObjectName(QStringLiteral("selectionLabel"));
    m_showAll = new QPushButton(central);
    m_showAll->setObjectName(QStringLiteral("showAllButton"));
    bar->addWidget(m_selectionLabel, 1);
    bar->addWidget(m_showAll);
    layout->addLayout(bar);

    m_mainSplitter = new QSplitter(Qt::Vertical, central);
    m_mainSplitter->setObjectName(QStringLiteral("mainSplitter"));
    auto* top = new QWidget(m_mainSplitter);
    auto* topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    m_matrixTitle = new QLabel(top);
    m_matrixTitle->setWordWrap(true);
    m_matrixView = new Appendix1MatrixView(m_selection, top);
    m_matrixView->setObjectName(QStringLiteral("appendix1Matrix"));
    m_matrixView->setModel(m_matrixModel);
    topLayout->addWidget(m_matrixTitle);
    topLayout->addWidget(m_matrixView);

    m_bottomSplitter = new QSplitter(Qt::Horizontal, m_mainSplitter);
    m_bottomSplitter->setObjectName(QStringLiteral("bottomSplitter"));
    m_entryView = new QTableView(m_bottomSplitter);
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
    m_detail = new DetailPanel(&m_repository, m_bottomSplitter);
    m_detail->setObjectName(QStringLiteral("detailPanel"));
    m_bottomSplitter->setStretchFactor(0, 3);
    m_bottomSplitter->setStretchFactor(1, 2);
    m_mainSplitter->setStretchFactor(0, 1);
    m_mainSplitter->setStretchFactor(1, 1);
    layout->addWidget(m_mainSplitter, 1);
    setCentralWidget(central);

    m_statusLabel = new QLabel(this);
    statusBar()->addPermanentWidget(m_statusLabel, 1);

    createActions();
    createMenus();

    connect(m_selection, &SelectionState::changed, this, &MainWindow::onSelectionChanged);
    connect(m_showAll, &QPushButton::clicked, m_selection, &SelectionState::clear);
    connect(m_entryView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) { onEntryActivated(current); });
    connect(m_entryView, &QTableView::activated, this, &MainWindow::onEntryActivated);

    QSettings settings;
    const QString lang = settings.value(QStringLiteral("ui/language")).toString();
    const bool korean = lang.isEmpty() ? QLocale::system().language() == QLocale::Korean
                                       : lang == QStringLiteral("ko");
    setLanguage(korean ? Lang::Korean : Lang::English);
    resize(1180, 800);
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    m_mainSplitter->restoreState(settings.value(QStringLiteral("window/mainSplitter")).toByteArray());
    m_bottomSplitter->restoreState(settings.value(QStringLiteral("window/bottomSplitter")).toByteArray());
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    m_openAction = new QAction(this);
    m_openAction->setShortcut(QKeySequence::Open);
    connect(m_openAction, &QAction::triggered, this, &MainWindow::openDatabaseDialog);
    m_openBundledAction = new QAction(this);
    connect(m_openBundledAction, &QAction::triggered, this, [this] {
        const QString bundled = Database::findBundled(QCoreApplication::applicationDirPath());
        openDatabase(bundled);
    });
    m_quitAction = new QAction(this);
    m_quitAction->setShortcut(QKeySequence::Quit);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);
    m_clearAction = new QAction(this);
    m_clearAction->setShortcut(Qt::Key_Escape);
    connect(m_clearAction, &QAction::triggered, m_selection, &SelectionState::clear);

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
    m_fileMenu->addAction(m_quitAction);
    m_viewMenu = menuBar()->addMenu(QString());
    m_viewMenu->addAction(m_clearAction);
    m_languageMenu = menuBar()->addMenu(QString());
    m_languageMenu->addAction(m_koreanAction);
    m_languageMenu->addAction(m_englishAction);
    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->addAction(m_shortcutsAction);
    m_helpMenu->addSeparator();
    m_helpMenu->addAction(m_aboutAction);
    m_helpMenu->addAction(m_aboutQtAction);
}

void MainWindow::retranslate()
{
    setWindowTitle(tr("AI Trends Atlas"));
    m_fileMenu->setTitle(tr("&File"));
    m_viewMenu->setTitle(tr("&View"));
    m_languageMenu->setTitle(tr("&Language"));
    m_helpMenu->setTitle(tr("&Help"));
    m_openAction->setText(tr("&Open Database…"));
    m_openBundledAction->setText(tr("Open &Bundled Database"));
    m_quitAction->setText(tr("&Quit"));
    m_clearAction->setText(tr("&Show All (Clear Selection)"));
    m_shortcutsAction->setText(tr("&Keyboard Shortcuts"));
    m_aboutAction->setText(tr("&About AI Trends Atlas"));
    m_aboutQtAction->setText(tr("About &Qt"));
    m_showAll->setText(tr("Show all"));
    m_showAll->setToolTip(tr("Clear the selection and show every jurisdiction and field (Esc)"));
    m_matrixTitle->setText(tr("<b>Appendix 1</b> · AI policies of 2024 by jurisdiction and field — click a cell to "
                              "list its items, Ctrl-click to compare jurisdictions"));
    onSelectionChanged();
    reload();
}

void MainWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
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
    m_detail->setLanguage(lang);
    QSettings().setValue(QStringLiteral("ui/language"), lang == Lang::Korean ? QStringLiteral("ko") : QStringLiteral("en"));
    retranslate();  // also runs on the LanguageChange event; explicit for the English case (no translator)
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
        m_statusLabel->setText(tr("No database open — use File ▸ Open Database or File ▸ Open Bundled Database."));
        m_detail->showHint(tr("No database is open."));
        return;
    }
    const auto jurisdictions = m_repository.jurisdictions();
    const auto fields = m_repository.fields();
    const auto entries = m_repository.appendix1Entries();
    m_matrixModel->reset(jurisdictions, fields, entries);
    m_entryModel->reset(entries, jurisdictions, fields);
    m_entryView->resizeColumnsToContents();
    QSet<qint64> distinct;
    for (const auto& e : entries)
        distinct.insert(e.policyId);
    m_statusLabel->setText(tr("Database: %1 — %2 Appendix 1 placements of %3 distinct items, %4 policies in all")
                               .arg(QFileInfo(m_database.path()).fileName())
                               .arg(entries.size())
                               .arg(distinct.size())
                               .arg(m_repository.count(QStringLiteral("policy"))));
    m_statusLabel->setToolTip(m_database.path());
    onSelectionChanged();
}

void MainWindow::onSelectionChanged()
{
    m_entryModel->setFilter(m_selection->jurisdictions(), m_selection->field());
    QStringList parts;
    for (const auto& j : m_repository.jurisdictions())
        if (m_selection->jurisdictions().contains(j.id))
            parts.append(j.name(m_lang));
    parts.sort();
    if (!m_selection->field().isEmpty())
        for (const auto& f : m_matrixModel->fields())
            if (f.code == m_selection->field())
                parts.append(f.name(m_lang));
    m_selectionLabel->setText(parts.isEmpty() ? tr("Showing all jurisdictions and fields")
                                              : tr("Selection: %1").arg(parts.join(QStringLiteral(" · "))));
    m_showAll->setEnabled(!m_selection->isEmpty());
    if (m_entryModel->rowCount() == 0 && m_database.isOpen())
        m_detail->showHint(m_selection->isEmpty() ? tr("No Appendix 1 items in this database.")
                                                  : tr("No Appendix 1 item in this selection: the report prints “-” "
                                                       "for this cell, or the jurisdiction has no Appendix 1 row."));
    else if (m_database.isOpen())
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
    const QString text = QStringLiteral("<table>")
        + QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>").arg(m_openAction->shortcut().toString(QKeySequence::NativeText), tr("Open a database"))
        + QStringLiteral("<tr><td><b>Esc</b></td><td>%1</td></tr>").arg(tr("Show all (clear the selection)"))
        + QStringLiteral("<tr><td><b>Ctrl+Click</b></td><td>%1</td></tr>").arg(tr("Add or remove a jurisdiction"))
        + QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>").arg(m_koreanAction->shortcut().toString(QKeySequence::NativeText), tr("Korean"))
        + QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>").arg(m_englishAction->shortcut().toString(QKeySequence::NativeText), tr("English"))
        + QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>").arg(m_quitAction->shortcut().toString(QKeySequence::NativeText), tr("Quit"))
        + QStringLiteral("</table>");
    QMessageBox::information(this, tr("Keyboard Shortcuts"), text);
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    settings.setValue(QStringLiteral("window/mainSplitter"), m_mainSplitter->saveState());
    settings.setValue(QStringLiteral("window/bottomSplitter"), m_bottomSplitter->saveState());
    QMainWindow::closeEvent(event);
}

} // namespace atlas
