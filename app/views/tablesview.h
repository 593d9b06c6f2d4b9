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

signals:
    void entityActivated(const QString& entity, const QVariant& id);

private:
    void applySelection();
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
};

} // namespace atlas
