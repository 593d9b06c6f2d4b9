#pragma once

#include "data/repository.h"
#include "selection/selectionstate.h"

#include <QAbstractTableModel>
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
};

/// \brief Filters a RecordTableModel by the shared selection (jurisdictions, with their sub-national
/// children; the time range) and by free text over every column.
class RecordFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit RecordFilterProxy(QObject* parent = nullptr);

    void setParents(const QHash<QString, QString>& parentOf) { m_parentOf = parentOf; }
    void setSelectionFilter(const QSet<QString>& jurisdictions, const TimeRange& range);
    void setUseSelection(bool on);
    void setUseTimeRange(bool on);
    void setText(const QString& text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    QHash<QString, QString> m_parentOf;
    QSet<QString> m_jurisdictions;
    TimeRange m_range;
    bool m_useSelection = true;
    bool m_useRange = true;
    QString m_text;
};

} // namespace atlas
