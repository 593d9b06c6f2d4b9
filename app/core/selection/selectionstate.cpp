#include "selectionstate.h"

#include <algorithm>

namespace atlas {

bool TimeRange::contains(const QString& date, const QString& dateEnd) const
{
    if (isEmpty())
        return true;
    if (date.isEmpty())
        return false;
    // Compare ISO prefixes at the shorter precision: '2024' overlaps '2024-03', '2024-03' overlaps '2024-03-15'.
    const auto before = [](const QString& a, const QString& b) {  // a ends before b begins
        const qsizetype n = std::min(a.size(), b.size());
        return a.left(n) < b.left(n);
    };
    const QString& end = dateEnd.isEmpty() ? date : dateEnd;
    if (!from.isEmpty() && before(end, from))
        return false;
    if (!to.isEmpty() && before(to, date))
        return false;
    return true;
}

void SelectionState::apply(const Snapshot& next)
{
    if (next == m_s)
        return;
    const Snapshot prev = m_s;
    m_s = next;
    if (prev.jurisdictions != next.jurisdictions)
        emit jurisdictionsChanged(QSet<QString>(next.jurisdictions).subtract(prev.jurisdictions),
                                  QSet<QString>(prev.jurisdictions).subtract(next.jurisdictions));
    if (prev.field != next.field)
        emit fieldChanged(next.field);
    if (prev.policies != next.policies)
        emit policiesChanged(next.policies);
    if (prev.companies != next.companies)
        emit companiesChanged(next.companies);
    if (prev.timeRange != next.timeRange)
        emit timeRangeChanged(next.timeRange);
    emit changed();
}

void SelectionState::setJurisdictions(const QSet<QString>& ids)
{
    Snapshot s = m_s;
    s.jurisdictions = ids;
    apply(s);
}

void SelectionState::selectJurisdiction(const QString& id)
{
    setJurisdictions(id.isEmpty() ? QSet<QString>{} : QSet<QString>{id});
}

void SelectionState::toggleJurisdiction(const QString& id)
{
    QSet<QString> ids = m_s.jurisdictions;
    if (!ids.remove(id))
        ids.insert(id);
    setJurisdictions(ids);
}

void SelectionState::setField(const QString& fieldCode)
{
    Snapshot s = m_s;
    s.field = fieldCode;
    apply(s);
}

void SelectionState::selectCell(const QString& jurisdictionId, const QString& fieldCode)
{
    Snapshot s = m_s;
    s.jurisdictions = {jurisdictionId};
    s.field = fieldCode;
    apply(s);
}

void SelectionState::setPolicies(const QSet<qint64>& ids)
{
    Snapshot s = m_s;
    s.policies = ids;
    apply(s);
}

void SelectionState::setCompanies(const QSet<qint64>& ids)
{
    Snapshot s = m_s;
    s.companies = ids;
    apply(s);
}

void SelectionState::setTimeRange(const TimeRange& range)
{
    Snapshot s = m_s;
    s.timeRange = range;
    apply(s);
}

void SelectionState::setHoveredJurisdictions(const QSet<QString>& ids)
{
    if (ids == m_hover)
        return;
    m_hover = ids;
    emit hoverChanged(m_hover);
}

void SelectionState::restore(const Snapshot& snapshot)
{
    apply(snapshot);
}

void SelectionState::clear()
{
    apply(Snapshot{});
}

} // namespace atlas
