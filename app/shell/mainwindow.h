#pragma once

#include "data/database.h"
#include "data/repository.h"
#include "domain/entities.h"

#include <QMainWindow>
#include <QPointer>

#include <memory>

class QAction;
class QActionGroup;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QSplitter;
class QTableView;
class QTranslator;

namespace atlas {

class Appendix1EntryModel;
class Appendix1MatrixModel;
class Appendix1MatrixView;
class DetailPanel;
class SelectionState;

/// \brief Creates the shared objects (database, repository, selection, models), the views and the menus,
/// and wires them. The only place that knows every view.
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
    SelectionState* selection() const { return m_selection; }
    Appendix1MatrixView* matrixView() const { return m_matrixView; }
    QTableView* entryView() const { return m_entryView; }
    DetailPanel* detailPanel() const { return m_detail; }

    void setLanguage(Lang lang);
    Lang language() const { return m_lang; }

protected:
    void changeEvent(QEvent* event) override;
    void closeEvent(QCloseEvent* event) override;

private:
    void createActions();
    void createMenus();
    void retranslate();
    void reload();
    void onSelectionChanged();
    void onEntryActivated(const QModelIndex& proxyIndex);
    void openDatabaseDialog();
    void showAbout();
    void showShortcuts();
    QString failureText(const Database::OpenResult& result, const QString& path) const;

    Database m_database;
    Repository m_repository{m_database};
    SelectionState* m_selection = nullptr;
    Lang m_lang = Lang::Korean;
    std::unique_ptr<QTranslator> m_appTranslator;
    std::unique_ptr<QTranslator> m_qtTranslator;

    Appendix1MatrixModel* m_matrixModel = nullptr;
    Appendix1EntryModel* m_entryModel = nullptr;
    QSortFilterProxyModel* m_entryProxy = nullptr;

    Appendix1MatrixView* m_matrixView = nullptr;
    QTableView* m_entryView = nullptr;
    DetailPanel* m_detail = nullptr;
    QLabel* m_matrixTitle = nullptr;
    QLabel* m_selectionLabel = nullptr;
    QPushButton* m_showAll = nullptr;
    QLabel* m_statusLabel = nullptr;
    QSplitter* m_mainSplitter = nullptr;
    QSplitter* m_bottomSplitter = nullptr;

    QAction* m_openAction = nullptr;
    QAction* m_openBundledAction = nullptr;
    QAction* m_quitAction = nullptr;
    QAction* m_clearAction = nullptr;
    QAction* m_koreanAction = nullptr;
    QAction* m_englishAction = nullptr;
    QAction* m_shortcutsAction = nullptr;
    QAction* m_aboutAction = nullptr;
    QAction* m_aboutQtAction = nullptr;
    QMenu* m_fileMenu = nullptr;
    QMenu* m_viewMenu = nullptr;
    QMenu* m_languageMenu = nullptr;
    QMenu* m_helpMenu = nullptr;
};

} // namespace atlas
