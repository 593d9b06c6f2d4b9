#pragma once

#include "domain/entities.h"
#include "render/timelinerenderer.h"
#include "selection/selectionstate.h"

#include <QHash>

namespace atlas {

class Repository;

/// \brief Builds the timeline scene for a selection: lanes for the selected jurisdictions (all chapter-3
/// jurisdictions and the international bodies when none is selected), one marker per dated policy
/// (sub-national policies in their country's lane), filtered by the selected 첨부 1 field; plus one lane
/// per selected company with its activities.
class TimelineData
{
public:
    struct Input
    {
        QVector<Jurisdiction> jurisdictions;
        QVector<Policy> policies;   ///< without summaries (Repository::policies(…, false))
        QHash<qint64, QStringList> policyFields;                 ///< 첨부 1 placements
        QHash<QString, QPair<QString, QString>> policyKinds;     ///< code -> names
        QVector<Company> companies;
        QVector<CompanyActivity> activities;
        QHash<QString, QPair<QString, QString>> activityKinds;
        /// Indexes into policies and activities, so that a selection visits only its own rows
        /// (filled by load(); build() works them out itself when they are empty).
        QHash<QString, QVector<int>> policiesByJurisdiction;
        QHash<qint64, QVector<int>> activitiesByCompany;
    };

    /// Everything the timeline needs, read once per database. Without \a withActivities no company
    /// activity is read (48,600 rows at 100× the report): the caller sets those of the selected
    /// companies with setActivities().
    static Input load(const Repository& repository, bool withActivities = true);
    /// Replaces the activities of \a in (and their index), e.g. by those of the selected companies.
    static void setActivities(Input& in, const QVector<CompanyActivity>& activities);
    /// Fills the indexes of \a in from its policies and activities.
    static void index(Input& in);

    /// Activity markers use negative ids so they never collide with policy ids.
    static qint64 activityMarkerId(qint64 activityId) { return -activityId; }

    static TimelineScene build(const Input& input, const SelectionState::Snapshot& selection, Lang lang);
};

} // namespace atlas
