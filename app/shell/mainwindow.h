#pragma once

#include "data/database.h"
#include "data/repository.h"
#include "domain/entities.h"
#include "models/timelinedata.h"
#include "viewstate/viewstate.h"

#include <QMainWindow>
#include <QVariantMap>

#include <memory>

class QAction;
class QComboBox;
class QToolButton;
class QDockWidget;
class QLabel;
class QSortFilterProxyModel;
class QSplitter;
class QTableView;
class QTranslator;

namespace atlas {

class Appendix1EntryModel;
class ExportService;
class SearchBox;
class SearchEngine;
class MapLayerModel;
class MapWidget;
class Appendix1MatrixModel;
class Appendix1MatrixView;
class ChartBuilder;
class ChartsView;
class CountryProfileView;
class DetailPanel;
class SelectionBar;
class SelectionHistory;
class SelectionState;
class TablesView;
class TimelineWidget;

/// \brief Creates the shared objects (database, repository, selection, models), the views and the menus,
/// and wires them. The only place that knows every view; views talk through the SelectionState only.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    /// Opens \a path; on failure explains why and offers the bundled database. Returns true when a
    /// database is open afterwards.
    bool openDatabase(const QString& path, bool interactive = true);
    const Database& database() const { return m_database; }
    const Repository& repository() const { return m_repository; }
    SelectionState* selection() const { return m_selection; }
    SelectionHistory* history() const { return m_history; }
    Appendix1MatrixView* matrixView() const { return m_matrixView; }
    QTableView* entryView() const { return m_entryView; }
    DetailPanel* detailPanel() const { return m_detail; }
    TimelineWidget* timeline() const { return m_timeline; }
    ChartsView* charts() const { return m_charts; }
    TablesView* tables() const { return m_tables; }
    CountryProfileView* profile() const { return m_profile; }
    MapWidget* map() const { return m_map; }
    SearchBox* searchBox() const { return m_searchBox; }
    MapLayerModel* mapLayers() const { return m_mapLayers; }
    QAction* backAction() const { return m_backAction; }
    QAction* forwardAction() const { return m_forwardAction; }

    void setLanguage(Lang lang);
    Lang language() const { return m_lang; }

    ViewState currentView() const;
    /// Applies a saved view; ids the database does not know are listed in the returned notice (empty
    /// when everything was found) and left out, never dropped silently.
    QString applyView(const ViewState& view);
    bool openViewFile(const QString& path, bool interactive = true);

    /// How each view answers the shared selection (filter, highlight or nothing), per aspect. A data
    /// table rather than code in the views, so it can be shown to the user and tested.
    struct LinkRule { const char* view; const char* jurisdictions; const char* field; const char* timeRange; };
    static const QVector<LinkRule>& linkRules();

protected:
    void changeEvent(QEvent* event) override;
    void closeEvent(QCloseEvent* event) override;

private:
    /// Writes \a values into the app's settings whole or not at all (SettingsFile); says why not.
    bool saveSettings(const QVariantMap& values);
    void createActions();
    void createMenus();
    void createDocks();
    QDockWidget* addDock(QWidget* widget, const QString& objectName, Qt::DockWidgetArea area);
    void retranslate();
    void reload();
    void updateStatusText();
    void onSelectionChanged();
    void onEntryActivated(const QModelIndex& proxyIndex);
    void onEntityActivated(const QString& entity, const QVariant& id);
    void rebuildTimeline();
    void openDatabaseDialog();
    void showAbout();
    void showShortcuts();
    void showLinkRules();
    void exportDialog();
    void saveViewDialog();
    void openViewDialog();
    void openViewLinkDialog();
    void copyImage();
    QString failureText(const Database::OpenResult& result, const QString& path) const;

    Database m_database;
    Repository m_repository{m_database};
    SelectionState* m_selection = nullptr;
    SelectionHistory* m_history = nullptr;
    Lang m_lang = Lang::Korean;
    std::unique_ptr<QTranslator> m_appTranslator;
    std::unique_ptr<QTranslator> m_qtTranslator;
    std::unique_ptr<ChartBuilder> m_chartBuilder;
    std::unique_ptr<SearchEngine> m_searchEngine;
    TimelineData::Input m_timelineInput;
    QList<qint64> m_timelineCompanies;   ///< the companies whose activities m_timelineInput holds
    QByteArray m_defaultState;
    bool m_lastViewRestored = false;
    struct Counts { int entries = 0; int distinct = 0; int policies = 0; } m_counts;

    Appendix1MatrixModel* m_matrixModel = nullptr;
    Appendix1EntryModel* m_entryModel = nullptr;
    QSortFilterProxyModel* m_entryProxy = nullptr;

    SelectionBar* m_selectionBar = nullptr;
    Appendix1MatrixView* m_matrixView = nullptr;
    QTableView* m_entryView = nullptr;
    DetailPanel* m_detail = nullptr;
    TimelineWidget* m_timeline = nullptr;
    ChartsView* m_charts = nullptr;
    TablesView* m_tables = nullptr;
    CountryProfileView* m_profile = nullptr;
    QLabel* m_matrixTitle = nullptr;
    QLabel* m_statusLabel = nullptr;
    QSplitter* m_centralSplitter = nullptr;
    MapWidget* m_map = nullptr;
    QWidget* m_appendixPane = nullptr;
    MapLayerModel* m_mapLayers = nullptr;
    QComboBox* m_layerCombo = nullptr;
    QToolButton* m_homeButton = nullptr;
    QToolButton* m_zoomSelectionButton = nullptr;
    QList<QDockWidget*> m_docks;

    QAction* m_openAction = nullptr;
    QAction* m_openBundledAction = nullptr;
    QAction* m_quitAction = nullptr;
    QAction* m_exportAction = nullptr;
    QAction* m_saveViewAction = nullptr;
    QAction* m_openViewAction = nullptr;
    QAction* m_copyLinkAction = nullptr;
    QAction* m_openLinkAction = nullptr;
    QAction* m_searchAction = nullptr;
    SearchBox* m_searchBox = nullptr;
    QAction* m_copyImageAction = nullptr;
    QAction* m_clearAction = nullptr;
    QAction* m_backAction = nullptr;
    QAction* m_forwardAction = nullptr;
    QAction* m_resetLayoutAction = nullptr;
    QAction* m_koreanAction = nullptr;
    QAction* m_englishAction = nullptr;
    QAction* m_shortcutsAction = nullptr;
    QAction* m_linksAction = nullptr;
    QAction* m_aboutAction = nullptr;
    QAction* m_aboutQtAction = nullptr;
    QMenu* m_fileMenu = nullptr;
    QMenu* m_viewMenu = nullptr;
    QMenu* m_panesMenu = nullptr;
    QMenu* m_languageMenu = nullptr;
    QMenu* m_helpMenu = nullptr;
};

} // namespace atlas
