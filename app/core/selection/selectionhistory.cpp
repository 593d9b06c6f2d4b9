#include "selectionhistory.h"

namespace atlas {

SelectionHistory::SelectionHistory(SelectionState* selection, QObject* parent)
    : QObject(parent), m_selection(selection)
{
    m_states.append(selection->snapshot());
    connect(selection, &SelectionState::changed, this, &SelectionHistory::record);
}

void SelectionHistory::record()
{
    if (m_restoring)
        return;
    m_states.resize(m_index + 1);
    m_states.append(m_selection->snapshot());
    if (m_states.size() > kLimit)
        m_states.removeFirst();
    m_index = static_cast<int>(m_states.size()) - 1;
    emit availabilityChanged();
}

void SelectionHistory::back()
{
    if (!canGoBack())
        return;
    --m_index;
    m_restoring = true;
    m_selection->restore(m_states.at(m_index));
    m_restoring = false;
    emit availabilityChanged();
}

void SelectionHistory::forward()
{
    if (!canGoForward())
        return;
    ++m_index;
    m_restoring = true;
    m_selection->restore(m_states.at(m_index));
    m_restoring = false;
    emit availabilityChanged();
}

} // namespace atlas
