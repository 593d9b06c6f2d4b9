#include "recordtablemodel.h"

#include <QColor>
#include <QLocale>

namespace atlas {

RecordTableModel::RecordTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void RecordTableModel::reset(const Repository::RecordSet& records)
{
    beginResetModel();
    m_records = records;
    m_idColumn = columnOf(QStringLiteral("id"));
    if (m_idColumn < 0)
        m_idColumn = columnOf(QStringLiteral("company_id"));
    m_jurisdictionColumn = columnOf(QStringLiteral("jurisdiction_id"));
    m_dateColumn = columnOf(QStringLiteral("date"));
    m_dateEndColumn = columnOf(QStringLiteral("date_end"));
    endResetModel();
}

QString RecordTableModel::headerFor(const QString& key)
{
    static const QHash<QString, const char*> headers = {
        {QStringLiteral("id"), QT_TR_NOOP("Id")},
        {QStringLiteral("jurisdiction_id"), QT_TR_NOOP("Jurisdiction")},
        {QStringLiteral("date"), QT_TR_NOOP("Date")},
        {QStringLiteral("date_end"), QT_TR_NOOP("Until")},
        {QStringLiteral("kind"), QT_TR_NOOP("Kind")},
        {QStringLiteral("status"), QT_TR_NOOP("Status")},
        {QStringLiteral("issuer_ko"), QT_TR_NOOP("Issuer (Korean)")},
        {QStringLiteral("issuer_en"), QT_TR_NOOP("Issuer (English)")},
        {QStringLiteral("title_ko"), QT_TR_NOOP("Title (Korean)")},
        {QStringLiteral("title_en"), QT_TR_NOOP("Title (English)")},
        {QStringLiteral("name_ko"), QT_TR_NOOP("Name (Korean)")},
        {QStringLiteral("name_en"), QT_TR_NOOP("Name (English)")},
        {QStringLiteral("abbreviation"), QT_TR_NOOP("Abbreviation")},
        {QStringLiteral("founded"), QT_TR_NOOP("Founded")},
        {QStringLiteral("profile_table"), QT_TR_NOOP("Profile table")},
        {QStringLiteral("company_id"), QT_TR_NOOP("Company id")},
        {QStringLiteral("company_ko"), QT_TR_NOOP("Company (Korean)")},
        {QStringLiteral("company_en"), QT_TR_NOOP("Company (English)")},
        {QStringLiteral("text_ko"), QT_TR_NOOP("Activity (Korean)")},
        {QStringLiteral("text_en"), QT_TR_NOOP("Activity (English)")},
        {QStringLiteral("amount"), QT_TR_NOOP("Amount (as printed)")},
        {QStringLiteral("metric"), QT_TR_NOOP("Metric")},
        {QStringLiteral("fiscal_year"), QT_TR_NOOP("Fiscal year")},
        {QStringLiteral("value"), QT_TR_NOOP("Value")},
        {QStringLiteral("unit"), QT_TR_NOOP("Unit")},
        {QStringLiteral("topic"), QT_TR_NOOP("Topic")},
        {QStringLiteral("subject_ko"), QT_TR_NOOP("Subject (Korean)")},
        {QStringLiteral("subject_en"), QT_TR_NOOP("Subject (English)")},
        {QStringLiteral("is_forecast"), QT_TR_NOOP("Forecast")},
        {QStringLiteral("publisher"), QT_TR_NOOP("Publisher")},
        {QStringLiteral("body"), QT_TR_NOOP("Body")},
        {QStringLiteral("code"), QT_TR_NOOP("Code")},
        {QStringLiteral("year"), QT_TR_NOOP("Year")},
        {QStringLiteral("citation"), QT_TR_NOOP("Citation")},
        {QStringLiteral("url"), QT_TR_NOOP("URL")},
        {QStringLiteral("source"), QT_TR_NOOP("Source")},
    };
    const auto it = headers.constFind(key);
    return it == headers.constEnd() ? key : tr(*it);
}

int RecordTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_records.rows.size());
}

int RecordTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_records.keys.size());
}

QVariant RecordTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const auto& row = m_records.rows.at(index.row());
    const QVariant& v = row.at(index.column());
    const QString& key = m_records.keys.at(index.column());
    switch (role) {
    case Qt::DisplayRole:
        // A missing date or value reads "not reported": never a blank that could pass for zero.
        if (v.isNull() && (key == QStringLiteral("date") || key == QStringLiteral("value")))
            return tr("not reported");
        if (key == QStringLiteral("is_forecast"))
            return v.toInt() ? tr("forecast") : QString();
        if (key == QStringLiteral("value") && v.typeId() == QMetaType::Double)
            return QLocale().toString(v.toDouble(), 'g', 12);
        return v;
    case Qt::ForegroundRole:
        if (v.isNull() && (key == QStringLiteral("date") || key == QStringLiteral("value")))
            return QColor(0x88, 0x88, 0x88);
        return {};
    case Qt::TextAlignmentRole:
        if (v.typeId() == QMetaType::Double || v.typeId() == QMetaType::LongLong)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case IdRole:
        return m_idColumn >= 0 ? row.at(m_idColumn) : QVariant();
    case JurisdictionRole:
        return m_jurisdictionColumn >= 0 ? row.at(m_jurisdictionColumn) : QVariant();
    case DateRole:
        return m_dateColumn >= 0 ? row.at(m_dateColumn) : QVariant();
    case DateEndRole:
        return m_dateEndColumn >= 0 ? row.at(m_dateEndColumn) : QVariant();
    case SortRole:
        return v;
    default:
        return {};
    }
}

QVariant RecordTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= m_records.keys.size())
        return {};
    if (role == Qt::DisplayRole)
        return headerFor(m_records.keys.at(section));
    if (role == Qt::ToolTipRole)
        return m_records.keys.at(section);
    return {};
}

RecordFilterProxy::RecordFilterProxy(QObject* parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(RecordTableModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

void RecordFilterProxy::setSelectionFilter(const QSet<QString>& jurisdictions, const TimeRange& range)
{
    if (jurisdictions == m_jurisdictions && range == m_range)
        return;
    m_jurisdictions = jurisdictions;
    m_range = range;
    invalidateFilter();
}

void RecordFilterProxy::setUseSelection(bool on)
{
    if (on == m_useSelection)
        return;
    m_useSelection = on;
    invalidateFilter();
}

void RecordFilterProxy::setUseTimeRange(bool on)
{
    if (on == m_useRange)
        return;
    m_useRange = on;
    invalidateFilter();
}

void RecordFilterProxy::setText(const QString& text)
{
    if (text == m_text)
        return;
    m_text = text;
    invalidateFilter();
}

bool RecordFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const QAbstractItemModel* m = sourceModel();
    const QModelIndex first = m->index(sourceRow, 0, sourceParent);
    if (m_useSelection && !m_jurisdictions.isEmpty()) {
        const QVariant j = first.data(RecordTableModel::JurisdictionRole);
        if (j.isValid()) {  // tables without a jurisdiction (standards, references) are not filtered by it
            const QString id = j.toString();
            if (!m_jurisdictions.contains(id) && !m_jurisdictions.contains(m_parentOf.value(id)))
                return false;
        }
    }
    const auto* records = qobject_cast<const RecordTableModel*>(m);
    if (m_useRange && !m_range.isEmpty() && records && records->columnOf(QStringLiteral("date")) >= 0) {
        // Undated rows fall outside any time range: a range asks "what happened then".
        const QString date = first.data(RecordTableModel::DateRole).toString();
        if (!m_range.contains(date, first.data(RecordTableModel::DateEndRole).toString()))
            return false;
    }
    if (!m_text.isEmpty()) {
        for (int c = 0; c < m->columnCount(sourceParent); ++c)
            if (m->index(sourceRow, c, sourceParent).data().toString().contains(m_text, Qt::CaseInsensitive))
                return true;
        return false;
    }
    return true;
}

} // namespace atlas
