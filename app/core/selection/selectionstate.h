#pragma once

#include <QObject>
#include <QSet>
#include <QString>

namespace atlas {

/// \brief A closed range of ISO date prefixes ('2024-01' .. '2024-12'); empty bounds are open.
struct TimeRange
{
    QString from;  ///< 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD'; empty = no lower bound
    QString to;    ///< same; empty = no upper bound

    bool isEmpty() const { return from.isEmpty() && to.isEmpty(); }
    /// True when an item dated \a date (an ISO prefix, possibly with \a dateEnd) overlaps the range.
    /// Undated items never match a non-empty range.
    bool contains(const QString& date, const QString& dateEnd = {}) const;
    bool operator==(const TimeRange& o) const { return from == o.from && to == o.to; }
    bool operator!=(const TimeRange& o) const { return !(*this == o); }
};

/// \brief The app's one shared selection: every view reads and writes it, no view knows another.
///
/// Holds stable ids only (ISO alpha-3 / 'EU' for jurisdictions, field codes, policy and company ids) and
/// a time range, so saved views survive a database rebuild. Signals fire only when something changed.
/// The hover set is transient: it highlights, never filters, and is not part of the history.
class SelectionState : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    struct Snapshot
    {
        QSet<QString> jurisdictions;
        QString field;
        QSet<qint64> policies;
        QSet<qint64> companies;
        TimeRange timeRange;
        bool operator==(const Snapshot& o) const
        {
            return jurisdictions == o.jurisdictions && field == o.field && policies == o.policies
                && companies == o.companies && timeRange == o.timeRange;
        }
    };

    const QSet<QString>& jurisdictions() const { return m_s.jurisdictions; }
    const QString& field() const { return m_s.field; }           ///< empty = all fields
    const QSet<qint64>& policies() const { return m_s.policies; }
    const QSet<qint64>& companies() const { return m_s.companies; }
    const TimeRange& timeRange() const { return m_s.timeRange; }
    const QSet<QString>& hoveredJurisdictions() const { return m_hover; }
    bool isEmpty() const { return m_s == Snapshot{}; }
    Snapshot snapshot() const { return m_s; }

    void setJurisdictions(const QSet<QString>& ids);
    void selectJurisdiction(const QString& id);   ///< replaces the selection with \a id (click)
    void toggleJurisdiction(const QString& id);   ///< adds or removes \a id (Ctrl-click)
    void setField(const QString& fieldCode);
    /// One 첨부 1 cell: the jurisdiction and the field together, as one step.
    void selectCell(const QString& jurisdictionId, const QString& fieldCode);
    void setPolicies(const QSet<qint64>& ids);
    void setCompanies(const QSet<qint64>& ids);
    void setTimeRange(const TimeRange& range);
    void setHoveredJurisdictions(const QSet<QString>& ids);
    void restore(const Snapshot& snapshot);
    void clear();

signals:
    void jurisdictionsChanged(const QSet<QString>& added, const QSet<QString>& removed);
    void fieldChanged(const QString& fieldCode);
    void policiesChanged(const QSet<qint64>& ids);
    void companiesChanged(const QSet<qint64>& ids);
    void timeRangeChanged(const atlas::TimeRange& range);
    void hoverChanged(const QSet<QString>& jurisdictions);
    /// Emitted once after any change above except hover (also after a compound change such as selectCell()).
    void changed();

private:
    void apply(const Snapshot& next);
    Snapshot m_s;
    QSet<QString> m_hover;
};

} // namespace atlas
