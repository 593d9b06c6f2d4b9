#include "appendix1matrixmodel.h"

#include <algorithm>

namespace atlas {

Appendix1MatrixModel::Appendix1MatrixModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void Appendix1MatrixModel::reset(const QVector<Jurisdiction>& jurisdictions, const QVector<Field>& fields,
                                 const QVector<Appendix1Entry>& entries)
{
    beginResetModel();
    m_rows.clear();
    for (const Jurisdiction& j : jurisdictions)
        if (j.chapter3Seq > 0)
            m_rows.append(j);
    std::sort(m_rows.begin(), m_rows.end(), [](const auto& a, const auto& b) { return a.chapter3Seq < b.chapter3Seq; });
    m_fields = fields;
    m_entries = entries;
    // Each cell's placements, worked out once: a repaint asks every cell for several roles.
    QHash<QString, int> rowOf;
    for (int r = 0; r < m_rows.size(); ++r)
        rowOf.insert(m_rows.at(r).id, r);
    QHash<QString, int> columnOf;
    for (int c = 0; c < m_fields.size(); ++c)
        columnOf.insert(m_fields.at(c).code, c);
    const int total = static_cast<int>(m_fields.size());
    m_cells = QVector<QVector<QVector<int>>>(m_rows.size(), QVector<QVector<int>>(total + 1));
    for (int i = 0; i < m_entries.size(); ++i) {
        const int r = rowOf.value(m_entries.at(i).jurisdictionId, -1);
        if (r < 0)
            continue;
        m_cells[r][total].append(i);
        const int c = columnOf.value(m_entries.at(i).field, -1);
        if (c >= 0)
            m_cells[r][c].append(i);
    }
    endResetModel();
}

void Appendix1MatrixModel::setLanguage(Lang lang)
{
    if (lang == m_lang)
        return;
    m_lang = lang;
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
    emit headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
    emit headerDataChanged(Qt::Vertical, 0, std::max(0, rowCount() - 1));
}

int Appendix1MatrixModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int Appendix1MatrixModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_fields.size()) + 1;  // + total
}

QVector<const Appendix1Entry*> Appendix1MatrixModel::entriesAt(int row, int column) const
{
    QVector<const Appendix1Entry*> out;
    for (int i : m_cells.at(row).at(column))
        out.append(&m_entries.at(i));
    return out;
}

QVariant Appendix1MatrixModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Jurisdiction& j = m_rows.at(index.row());
    const bool total = index.column() >= m_fields.size();
    const int count = static_cast<int>(m_cells.at(index.row()).at(index.column()).size());
    const CellState state = !j.inAppendix1 ? NotCovered : (count == 0 ? NoneRecorded : HasItems);
    switch (role) {
    case Qt::DisplayRole:
        if (state == NotCovered)
            return QStringLiteral("·");
        return count;
    case Qt::ToolTipRole: {
        const QString name = j.name(m_lang);
        if (state == NotCovered)
            return tr("%1 has no row in Appendix 1 (see chapter 3, section %2).").arg(name).arg(j.chapter3Seq);
        const QString fieldName = total ? tr("all fields") : m_fields.at(index.column()).name(m_lang);
        if (state == NoneRecorded)
            return tr("%1 · %2: no item recorded in Appendix 1 (printed “-”).").arg(name, fieldName);
        QStringList lines{tr("%1 · %2: %n item(s)", nullptr, count).arg(name, fieldName)};
        for (const Appendix1Entry* e : entriesAt(index.row(), index.column()))
            lines.append(QStringLiteral("• ") + e->policy.title(m_lang) + QStringLiteral(" (") + e->dateAsPrinted
                         + QLatin1Char(')'));
        return lines.join(QLatin1Char('\n'));
    }
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::AlignCenter);
    case IdRole:
        return j.id;
    case FieldRole:
        return total ? QString() : m_fields.at(index.column()).code;
    case CountRole:
        return count;
    case CellStateRole:
        return state;
    default:
        return {};
    }
}

QVariant Appendix1MatrixModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    if (orientation == Qt::Horizontal) {
        if (section < 0 || section > m_fields.size())
            return {};
        if (section == m_fields.size())
            return tr("Total");
        const Field& f = m_fields.at(section);
        return role == Qt::ToolTipRole ? pick(m_lang, f.nameEn, f.nameKo) : f.name(m_lang);
    }
    if (section < 0 || section >= m_rows.size())
        return {};
    const Jurisdiction& j = m_rows.at(section);
    return role == Qt::ToolTipRole ? pick(m_lang, j.nameEn, j.nameKo) : j.name(m_lang);
}

QModelIndex Appendix1MatrixModel::indexOf(const QString& jurisdictionId, const QString& fieldCode) const
{
    for (int r = 0; r < m_rows.size(); ++r) {
        if (m_rows.at(r).id != jurisdictionId)
            continue;
        if (fieldCode.isEmpty())
            return index(r, static_cast<int>(m_fields.size()));
        for (int c = 0; c < m_fields.size(); ++c)
            if (m_fields.at(c).code == fieldCode)
                return index(r, c);
    }
    return {};
}

} // namespace atlas
