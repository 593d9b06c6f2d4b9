#pragma once

#include "domain/entities.h"

#include <QAbstractTableModel>
#include <QSet>
#include <QSortFilterProxyModel>

namespace atlas {

/// \brief The 첨부 1 placements of the selected jurisdictions and field, one row per placement.
class Appendix1EntryModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Columns { DateColumn, JurisdictionColumn, FieldColumn, IssuerColumn, TitleColumn, NoteColumn, SourceColumn,
                   NUM_COLUMNS };
    enum Roles { IdRole = Qt::UserRole, SourceRole, SortRole };

    explicit Appendix1EntryModel(QObject* parent = nullptr);

    void reset(const QVector<Appendix1Entry>& entries, const QVector<Jurisdiction>& jurisdictions,
               const QVector<Field>& fields);
    /// Empty \a jurisdictions or \a field mean "all".
    void setFilter(const QSet<QString>& jurisdictions, const QString& field);
    void setLanguage(Lang lang);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const Appendix1Entry& entryAt(int row) const { return m_all.at(m_visible.at(row)); }

private:
    void computeVisible();

    Lang m_lang = Lang::Korean;
    QVector<Appendix1Entry> m_all;
    QVector<int> m_visible;
    QHash<QString, Jurisdiction> m_jurisdictions;
    QHash<QString, Field> m_fields;
    QHash<QString, QVector<int>> m_byJurisdiction;   ///< indexes into m_all, in order
    QSet<QString> m_filterJurisdictions;
    QString m_filterField;
};

/// \brief Sorts an Appendix1EntryModel (by SortRole) as QSortFilterProxyModel does, reading the dates of
/// the date column directly.
class Appendix1EntryProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit Appendix1EntryProxy(QObject* parent = nullptr);

protected:
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;
};

} // namespace atlas
