#pragma once

#include "data/repository.h"
#include "selection/selectionstate.h"

#include <QAbstractTableModel>
#include <QBitArray>
#include <QSortFilterProxyModel>

namespace atlas {

/// \brief One entity table (policies, companies, statistics, …) for the table views: the columns the
/// repository returns, Korean and English side by side, with roles for the id, jurisdiction and date so
/// that a proxy can filter by the shared selection.
class RecordTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Roles { IdRole = Qt::UserRole, JurisdictionRole, DateRole, DateEndRole, SortRole };

    explicit RecordTableModel(QObject* parent = nullptr);

    void reset(const Repository::RecordSet& records);
    const QString& entity() const { return m_records.entity; }
    int columnOf(const QString& key) const { return static_cast<int>(m_records.keys.indexOf(key)); }
    /// Rows by the value of their jurisdiction column, built once per reset() so that a selection is
    /// found without visiting every row. Rows whose jurisdiction is NULL are in rowsWithoutJurisdiction().
    const QHash<QString, QVector<int>>& rowsByJurisdiction() const { return m_rowsByJurisdiction; }
    const QVector<int>& rowsWithoutJurisdiction() const { return m_rowsWithoutJurisdiction; }
    bool hasJurisdictionColumn() const { return m_jurisdictionColumn >= 0; }
    QString keyOf(int column) const { return m_records.keys.value(column); }
    /// Human header of a column key, translated.
    static QString headerFor(const QString& key);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    Repository::RecordSet m_records;
    int m_idColumn = -1;
    int m_jurisdictionColumn = -1;
    int m_dateColumn = -1;
    int m_dateEndColumn = -1;
    QHash<QString, QVector<int>> m_rowsByJurisdiction;
    QVector<int> m_rowsWithoutJurisdiction;
};

/// \brief Filters a RecordTableModel by the shared selection (jurisdictions, with their sub-national
/// children; the time range) and by free text over every column.
///
/// Which rows the selection and time range let through is worked out once per change from the model's
/// rows by jurisdiction (a bit per row), so filtering costs the selected rows, not every row. A tab that
/// is not on screen can take the change `deferred`: it is only counted (acceptedCount()) until flush().
class RecordFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit RecordFilterProxy(QObject* parent = nullptr);

    void setSourceModel(QAbstractItemModel* model) override;
    void setParents(const QHash<QString, QString>& parentOf);
    void setSelectionFilter(const QSet<QString>& jurisdictions, const TimeRange& range, bool deferred = false);
    void setUseSelection(bool on);
    void setUseTimeRange(bool on);
    void setText(const QString& text);

    /// Filters now what a deferred setSelectionFilter() left for later.
    void flush();
    /// The rows a view of this proxy shows: counted without filtering while a change is deferred and
    /// no text filter is set, else after flush().
    int visibleRowCount();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    bool selectionAccepts(int sourceRow) const;
    void computeAccepted() const;
    void changed(bool deferred);

    mutable QBitArray m_accepted;     ///< by source row: passes the selection and time range
    mutable bool m_acceptAll = true;  ///< no selection or range filter applies
    mutable bool m_acceptedDirty = true;
    bool m_stale = false;             ///< a deferred change is not filtered yet
    QMetaObject::Connection m_resetConnection;

    QHash<QString, QString> m_parentOf;
    QSet<QString> m_jurisdictions;
    TimeRange m_range;
    bool m_useSelection = true;
    bool m_useRange = true;
    QString m_text;
};

} // namespace atlas
