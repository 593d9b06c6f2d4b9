#pragma once

#include <QObject>
#include <QSet>
#include <QString>

namespace atlas {

/// \brief The app's one shared selection: every view reads and writes it, no view knows another.
///
/// Holds stable ids only (ISO alpha-3 / 'EU' for jurisdictions, field codes, policy ids), so saved
/// views survive a database rebuild. Signals fire only when something actually changed.
class SelectionState : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    const QSet<QString>& jurisdictions() const { return m_jurisdictions; }
    const QString& field() const { return m_field; }           ///< empty = all fields
    const QSet<qint64>& policies() const { return m_policies; }
    bool isEmpty() const { return m_jurisdictions.isEmpty() && m_field.isEmpty() && m_policies.isEmpty(); }

    void setJurisdictions(const QSet<QString>& ids);
    void selectJurisdiction(const QString& id);   ///< replaces the selection with \a id (click)
    void toggleJurisdiction(const QString& id);   ///< adds or removes \a id (Ctrl-click)
    void setField(const QString& fieldCode);
    /// One 첨부 1 cell: the jurisdiction and the field together, as one step.
    void selectCell(const QString& jurisdictionId, const QString& fieldCode);
    void setPolicies(const QSet<qint64>& ids);
    void clear();

signals:
    void jurisdictionsChanged(const QSet<QString>& added, const QSet<QString>& removed);
    void fieldChanged(const QString& fieldCode);
    void policiesChanged(const QSet<qint64>& ids);
    /// Emitted once after any change above (also after a compound change such as selectCell()).
    void changed();

private:
    bool applyJurisdictions(const QSet<QString>& ids);
    bool applyField(const QString& fieldCode);
    bool applyPolicies(const QSet<qint64>& ids);

    QSet<QString> m_jurisdictions;
    QString m_field;
    QSet<qint64> m_policies;
};

} // namespace atlas
