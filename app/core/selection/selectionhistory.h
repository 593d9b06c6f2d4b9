#pragma once

#include "selectionstate.h"

#include <QObject>
#include <QVector>

namespace atlas {

/// \brief Back/forward through the states of a SelectionState (Alt+Left / Alt+Right), like a browser.
///
/// Records every change; going back or forward restores a state without recording it again, and a new
/// change after going back drops the forward states.
class SelectionHistory : public QObject
{
    Q_OBJECT
public:
    explicit SelectionHistory(SelectionState* selection, QObject* parent = nullptr);

    bool canGoBack() const { return m_index > 0; }
    bool canGoForward() const { return m_index + 1 < m_states.size(); }
    void back();
    void forward();
    int size() const { return static_cast<int>(m_states.size()); }

signals:
    void availabilityChanged();

private:
    void record();
    SelectionState* m_selection;
    QVector<SelectionState::Snapshot> m_states;
    int m_index = 0;
    bool m_restoring = false;
    static constexpr int kLimit = 200;
};

} // namespace atlas
