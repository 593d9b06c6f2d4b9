#include "selectionstate.h"

namespace atlas {

bool SelectionState::applyJurisdictions(const QSet<QString>& ids)
{
    if (ids == m_jurisdictions)
        return false;
    const QSet<QString> added = QSet<QString>(ids).subtract(m_jurisdictions);
    const QSet<QString> removed = QSet<QString>(m_jurisdictions).subtract(ids);
    m_jurisdictions = ids;
    emit jurisdictionsChanged(added, removed);
    return true;
}

bool SelectionState::applyField(const QString& fieldCode)
{
    if (fieldCode == m_field)
        return false;
    m_field = fieldCode;
    emit fieldChanged(m_field);
    return true;
}

bool SelectionState::applyPolicies(const QSet<qint64>& ids)
{
    if (ids == m_policies)
        return false;
    m_policies = ids;
    emit policiesChanged(m_policies);
    return true;
}

void SelectionState::setJurisdictions(const QSet<QString>& ids)
{
    if (applyJurisdictions(ids))
        emit changed();
}

void SelectionState::selectJurisdiction(const QString& id)
{
    setJurisdictions(id.isEmpty() ? QSet<QString>{} : QSet<QString>{id});
}

void SelectionState::toggleJurisdiction(const QString& id)
{
    QSet<QString> ids = m_jurisdictions;
    if (!ids.remove(id))
        ids.insert(id);
    setJurisdictions(ids);
}

void SelectionState::setField(const QString& fieldCode)
{
    if (applyField(fieldCode))
        emit changed();
}

void SelectionState::selectCell(const QString& jurisdictionId, const QString& fieldCode)
{
    const bool a = applyJurisdictions({jurisdictionId});
    const bool b = applyField(fieldCode);
    if (a || b)
        emit changed();
}

void SelectionState::setPolicies(const QSet<qint64>& ids)
{
    if (applyPolicies(ids))
        emit changed();
}

void SelectionState::clear()
{
    const bool a = applyJurisdictions({});
    const bool b = applyField({});
    const bool c = applyPolicies({});
    if (a || b || c)
        emit changed();
}

} // namespace atlas
