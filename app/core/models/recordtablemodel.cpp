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
    m_rowsByJurisdiction.clear();
    m_rowsWithoutJurisdiction.clear();
    if (m_jurisdictionColumn >= 0) {
        for (int r = 0; r < m_records.rows.size(); ++r) {
            const QVariant& j = m_records.rows.at(r).at(m_jurisdictionColumn);
            if (j.isValid())
                m_rowsByJurisdiction[j.toString()].append(r);
            else
                m_rowsWithoutJurisdiction.append(r);
        }
    }
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

void RecordFilterProxy::setSourceModel(QAbstractItemModel* model)
{
    disconnect(m_resetConnection);
    QSortFilterProxyModel::setSourceModel(model);
    m_acceptedDirty = true;
    // Before the base class refilters on the reset: the rows change under the bits.
    if (model)
        m_resetConnection = connect(model, &QAbstractItemModel::modelAboutToBeReset, this,
                                    [this] { m_acceptedDirty = true; });
}

void RecordFilterProxy::setParents(const QHash<QString, QString>& parentOf)
{
    m_parentOf = parentOf;
    m_acceptedDirty = true;
}

void RecordFilterProxy::changed(bool deferred)
{
    m_acceptedDirty = true;
    if (deferred) {
        m_stale = true;
    } else {
        m_stale = false;
        invalidateFilter();
    }
}

void RecordFilterProxy::setSelectionFilter(const QSet<QString>& jurisdictions, const TimeRange& range, bool deferred)
{
    if (jurisdictions == m_jurisdictions && range == m_range) {
        if (!deferred)
            flush();
        return;
    }
    m_jurisdictions = jurisdictions;
    m_range = range;
    changed(deferred);
}

void RecordFilterProxy::flush()
{
    if (!m_stale)
        return;
    m_stale = false;
    invalidateFilter();
}

int RecordFilterProxy::visibleRowCount()
{
    if (!m_stale || !m_text.isEmpty()) {
        flush();
        return rowCount();
    }
    if (m_acceptedDirty)
        computeAccepted();
    return m_acceptAll ? sourceModel()->rowCount() : static_cast<int>(m_accepted.count(true));
}

void RecordFilterProxy::setUseSelection(bool on)
{
    if (on == m_useSelection)
        return;
    m_useSelection = on;
    changed(false);
}

void RecordFilterProxy::setUseTimeRange(bool on)
{
    if (on == m_useRange)
        return;
    m_useRange = on;
    changed(false);
}

void RecordFilterProxy::setText(const QString& text)
{
    if (text == m_text)
        return;
    m_text = text;
    flush();
    invalidateFilter();
}

void RecordFilterProxy::computeAccepted() const
{
    m_acceptedDirty = false;
    const auto* records = qobject_cast<const RecordTableModel*>(sourceModel());
    const bool byJurisdiction = records && m_useSelection && !m_jurisdictions.isEmpty() && records->hasJurisdictionColumn();
    const bool byRange = records && m_useRange && !m_range.isEmpty() && records->columnOf(QStringLiteral("date")) >= 0;
    m_acceptAll = !byJurisdiction && !byRange;
    if (m_acceptAll) {
        m_accepted.clear();
        return;
    }
    m_accepted = QBitArray(records->rowCount(), false);
    const auto consider = [&](int row) {
        // Undated rows fall outside any time range: a range asks "what happened then".
        if (byRange) {
            const QModelIndex first = records->index(row, 0);
            if (!m_range.contains(first.data(RecordTableModel::DateRole).toString(),
                                  first.data(RecordTableModel::DateEndRole).toString()))
                return;
        }
        m_accepted.setBit(row);
    };
    if (!byJurisdiction) {
        for (int row = 0; row < records->rowCount(); ++row)
            consider(row);
        return;
    }
    // A selected jurisdiction brings its states or provinces; rows without one are never filtered by it.
    for (int row : records->rowsWithoutJurisdiction())
        consider(row);
    const auto& byId = records->rowsByJurisdiction();
    for (auto it = byId.cbegin(); it != byId.cend(); ++it)
        if (m_jurisdictions.contains(it.key()) || m_jurisdictions.contains(m_parentOf.value(it.key())))
            for (int row : it.value())
                consider(row);
}

bool RecordFilterProxy::selectionAccepts(int sourceRow) const
{
    if (m_acceptedDirty || (!m_acceptAll && sourceRow >= m_accepted.size()))
        computeAccepted();
    return m_acceptAll || (sourceRow < m_accepted.size() && m_accepted.testBit(sourceRow));
}

bool RecordFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    if (sourceParent.isValid() || !selectionAccepts(sourceRow))
        return false;
    const QAbstractItemModel* m = sourceModel();
    if (!m_text.isEmpty()) {
        for (int c = 0; c < m->columnCount(sourceParent); ++c)
            if (m->index(sourceRow, c, sourceParent).data().toString().contains(m_text, Qt::CaseInsensitive))
                return true;
        return false;
    }
    return true;
}

} // namespace atlas
