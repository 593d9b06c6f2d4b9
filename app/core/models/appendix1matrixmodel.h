#pragma once

#include "domain/entities.h"

#include <QAbstractTableModel>
#include <QHash>

namespace atlas {

/// \brief The 첨부 1 matrix: chapter-3 jurisdictions (rows) × the four fields and a total (columns).
///
/// A cell holds the number of 첨부 1 placements. "None recorded" (the report prints '-') and "not
/// covered" (Germany has a chapter but no 첨부 1 row) are different states, exposed by CellStateRole.
class Appendix1MatrixModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Roles {
        IdRole = Qt::UserRole,   ///< jurisdiction id
        FieldRole,               ///< field code; empty for the total column
        CountRole,               ///< number of placements (int)
        CellStateRole,           ///< CellState
    };
    enum CellState { HasItems, NoneRecorded, NotCovered };
    Q_ENUM(CellState)

    explicit Appendix1MatrixModel(QObject* parent = nullptr);

    void reset(const QVector<Jurisdiction>& jurisdictions, const QVector<Field>& fields,
               const QVector<Appendix1Entry>& entries);
    void setLanguage(Lang lang);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    QModelIndex indexOf(const QString& jurisdictionId, const QString& fieldCode) const;
    const QVector<Field>& fields() const { return m_fields; }

private:
    QVector<const Appendix1Entry*> entriesAt(int row, int column) const;

    Lang m_lang = Lang::Korean;
    QVector<Jurisdiction> m_rows;
    QVector<Field> m_fields;
    QVector<Appendix1Entry> m_entries;
    QVector<QVector<QVector<int>>> m_cells;   ///< by row and column: indexes into m_entries, in order
};

} // namespace atlas
