#include "appendix1entrymodel.h"

#include <algorithm>

namespace atlas {

Appendix1EntryModel::Appendix1EntryModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void Appendix1EntryModel::reset(const QVector<Appendix1Entry>& entries, const QVector<Jurisdiction>& jurisdictions,
                                const QVector<Field>& fields)
{
    beginResetModel();
    m_all = entries;
    m_jurisdictions.clear();
    for (const Jurisdiction& j : jurisdictions)
        m_jurisdictions.insert(j.id, j);
    m_fields.clear();
    for (const Field& f : fields)
        m_fields.insert(f.code, f);
    m_byJurisdiction.clear();
    for (int i = 0; i < m_all.size(); ++i)
        m_byJurisdiction[m_all.at(i).jurisdictionId].append(i);
    computeVisible();
    endResetModel();
}

void Appendix1EntryModel::computeVisible()
{
    m_visible.clear();
    const auto fieldMatches = [this](int i) { return m_filterField.isEmpty() || m_all.at(i).field == m_filterField; };
    if (m_filterJurisdictions.isEmpty()) {
        for (int i = 0; i < m_all.size(); ++i)
            if (fieldMatches(i))
                m_visible.append(i);
        return;
    }
    // The selected jurisdictions' rows from the index, back in the list's order.
    for (const QString& j : m_filterJurisdictions)
        for (int i : m_byJurisdiction.value(j))
            if (fieldMatches(i))
                m_visible.append(i);
    std::sort(m_visible.begin(), m_visible.end());
}

void Appendix1EntryModel::setFilter(const QSet<QString>& jurisdictions, const QString& field)
{
    if (jurisdictions == m_filterJurisdictions && field == m_filterField)
        return;
    m_filterJurisdictions = jurisdictions;
    m_filterField = field;
    beginResetModel();
    computeVisible();
    endResetModel();
}

void Appendix1EntryModel::setLanguage(Lang lang)
{
    if (lang == m_lang)
        return;
    m_lang = lang;
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, NUM_COLUMNS - 1));
    emit headerDataChanged(Qt::Horizontal, 0, NUM_COLUMNS - 1);
}

int Appendix1EntryModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_visible.size());
}

int Appendix1EntryModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : NUM_COLUMNS;
}

QVariant Appendix1EntryModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Appendix1Entry& e = entryAt(index.row());
    const Policy& p = e.policy;
    const Lang other = m_lang == Lang::Korean ? Lang::English : Lang::Korean;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case DateColumn: return e.dateAsPrinted;
        case JurisdictionColumn: return m_jurisdictions.value(e.jurisdictionId).name(m_lang);
        case FieldColumn: return m_fields.value(e.field).name(m_lang);
        case IssuerColumn: return m_lang == Lang::Korean ? e.issuerAsPrinted : p.issuer(Lang::English);
        case TitleColumn: return p.title(m_lang);
        case NoteColumn: return e.note(m_lang);
        case SourceColumn: return e.source.citation();
        }
        break;
    case Qt::ToolTipRole:
        switch (index.column()) {
        case TitleColumn: {
            QString tip = p.title(other);
            if (!p.summary(m_lang).isEmpty())
                tip += QStringLiteral("\n\n") + p.summary(m_lang);
            if (p.source.isValid())
                tip += QStringLiteral("\n\n") + tr("Source: %1").arg(p.source.citation());
            return tip;
        }
        case DateColumn:
            return p.date.isEmpty() ? QString() : tr("Stored date: %1").arg(p.date);
        case IssuerColumn: return p.issuer(other);
        case NoteColumn: return e.note(other);
        case SourceColumn: return tr("Report lines %1–%2").arg(e.source.lineStart).arg(e.source.lineEnd);
        default: return {};
        }
    case IdRole:
        return p.id;
    case SourceRole:
        return QVariant::fromValue(e.source);
    case SortRole:
        return index.column() == DateColumn ? p.date : data(index, Qt::DisplayRole);
    default:
        break;
    }
    return {};
}

QVariant Appendix1EntryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case DateColumn: return tr("Date");
    case JurisdictionColumn: return tr("Jurisdiction");
    case FieldColumn: return tr("Field");
    case IssuerColumn: return tr("Issuer");
    case TitleColumn: return tr("Title");
    case NoteColumn: return tr("Details");
    case SourceColumn: return tr("Source");
    default: return {};
    }
}

Appendix1EntryProxy::Appendix1EntryProxy(QObject* parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(Appendix1EntryModel::SortRole);
}

bool Appendix1EntryProxy::lessThan(const QModelIndex& left, const QModelIndex& right) const
{
    // The date column sorts by the stored dates, compared as the base class compares the strings of
    // SortRole, without two QVariants per comparison: the list is sorted anew on every selection change.
    const auto* model = qobject_cast<const Appendix1EntryModel*>(sourceModel());
    if (!model || sortRole() != Appendix1EntryModel::SortRole || left.column() != Appendix1EntryModel::DateColumn
        || right.column() != Appendix1EntryModel::DateColumn)
        return QSortFilterProxyModel::lessThan(left, right);
    const QString& a = model->entryAt(left.row()).policy.date;
    const QString& b = model->entryAt(right.row()).policy.date;
    return (isSortLocaleAware() ? a.localeAwareCompare(b) : a.compare(b, sortCaseSensitivity())) < 0;
}

} // namespace atlas
