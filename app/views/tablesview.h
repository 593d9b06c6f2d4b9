#pragma once

#include "domain/entities.h"

#include <QHash>
#include <QWidget>

class QCheckBox;
class QLineEdit;
class QTabWidget;
class QTableView;

namespace atlas {

class RecordFilterProxy;
class RecordTableModel;
class Repository;
class SelectionState;

/// \brief Tabs with one sortable, filterable table per entity kind. The shared selection filters the
/// rows (jurisdictions, time range) unless the user turns that off; double-click opens the details.
///
/// Lazy: while the pane is not on screen (e.g. tabbed behind the timeline, as at first start) reload()
/// only marks the tables stale, and while it is hidden selection changes do too; the rows are read and
/// filtered when the pane comes to the front or is asked for. At 100× the report that is 230,000 rows
/// read at start-up and filtered per selection change.
class TablesView : public QWidget
{
    Q_OBJECT
public:
    TablesView(SelectionState* selection, const Repository* repository, QWidget* parent = nullptr);

    void reload();
    void retranslate();
    QTableView* table(const QString& entity) const;
    RecordTableModel* model(const QString& entity) const;
    int visibleRows(const QString& entity) const;
    void showEntity(const QString& entity);
    QString currentEntity() const;
    /// Does the work reload() and applySelection() left for later (e.g. when the pane's tab is
    /// chosen); a no-op when nothing is stale.
    void bringUpToDate() const;
    /// Whether bringUpToDate() has work to do (reading the tables, filtering them).
    bool isStale() const { return m_needsReload || m_needsSelection; }

signals:
    void entityActivated(const QString& entity, const QVariant& id);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void applySelection();
    void updateTabTitles();
    static QString tabTitle(const QString& entity);
    SelectionState* m_selection;
    const Repository* m_repository;
    QTabWidget* m_tabs;
    QLineEdit* m_search;
    QCheckBox* m_useSelection;
    QCheckBox* m_useRange;
    QHash<QString, RecordTableModel*> m_models;
    QHash<QString, RecordFilterProxy*> m_proxies;
    QHash<QString, QTableView*> m_views;
    bool m_needsReload = false;
    bool m_needsSelection = false;
    bool m_updating = false;
};

} // namespace atlas
