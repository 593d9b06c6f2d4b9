#include "timelinedata.h"

#include "data/repository.h"

#include <QCoreApplication>

#include <algorithm>

namespace atlas {

TimelineData::Input TimelineData::load(const Repository& repository, bool withActivities)
{
    Input in;
    in.jurisdictions = repository.jurisdictions();
    in.policies = repository.policies({}, false);   // titles, dates, issuers, sources: no summaries
    in.policyFields = repository.policyFields();
    in.policyKinds = repository.vocabulary(QStringLiteral("policy_kind"));
    in.companies = repository.companies();
    if (withActivities)
        in.activities = repository.activities();
    in.activityKinds = repository.vocabulary(QStringLiteral("activity_kind"));
    index(in);
    return in;
}

void TimelineData::index(Input& in)
{
    in.policiesByJurisdiction.clear();
    for (int i = 0; i < in.policies.size(); ++i)
        in.policiesByJurisdiction[in.policies.at(i).jurisdictionId].append(i);
    setActivities(in, in.activities);
}

void TimelineData::setActivities(Input& in, const QVector<CompanyActivity>& activities)
{
    in.activities = activities;
    in.activitiesByCompany.clear();
    for (int i = 0; i < in.activities.size(); ++i)
        in.activitiesByCompany[in.activities.at(i).companyId].append(i);
}

namespace {

QString policyTooltip(const Policy& p, const Jurisdiction* j, Lang lang)
{
    const Lang other = lang == Lang::Korean ? Lang::English : Lang::Korean;
    return QStringLiteral("<b>%1</b><br/>%2<br/>%3 · %4<br/><span style='color:#666'>%5</span>")
        .arg(p.title(lang).toHtmlEscaped(), p.title(other).toHtmlEscaped(),
             (p.dateAsPrinted.isEmpty() ? p.date : p.dateAsPrinted).toHtmlEscaped(),
             QString((j ? j->name(lang) : p.jurisdictionId) + QStringLiteral(" · ") + p.issuer(lang)).toHtmlEscaped(),
             p.source.citation().toHtmlEscaped());
}

QString activityTooltip(const CompanyActivity& a, const Company& c, Lang lang)
{
    return QStringLiteral("<b>%1</b><br/>%2 · %3<br/><span style='color:#666'>%4</span>")
        .arg(a.text(lang).toHtmlEscaped(), c.name(lang).toHtmlEscaped(),
             (a.dateAsPrinted.isEmpty() ? a.date : a.dateAsPrinted).toHtmlEscaped(), a.source.citation().toHtmlEscaped());
}

} // namespace

TimelineScene TimelineData::build(const Input& input, const SelectionState::Snapshot& sel, Lang lang)
{
    // An Input put together by hand has no indexes yet.
    Input indexed;
    const bool hasIndex = !input.policiesByJurisdiction.isEmpty() || (input.policies.isEmpty() && input.activities.isEmpty())
        || !input.activitiesByCompany.isEmpty();
    if (!hasIndex) {
        indexed = input;
        index(indexed);
    }
    const Input& in = hasIndex ? input : indexed;
    TimelineScene scene;
    QHash<QString, const Jurisdiction*> byId;
    byId.reserve(in.jurisdictions.size());
    for (const Jurisdiction& j : in.jurisdictions)
        byId.insert(j.id, &j);
    const auto laneOf = [&](const QString& jurisdictionId) {
        const Jurisdiction* j = byId.value(jurisdictionId);
        return j && !j->parentId.isEmpty() ? j->parentId : jurisdictionId;
    };

    // Lanes: the selection in chapter order, else every chapter-3 jurisdiction and the international bodies.
    QVector<const Jurisdiction*> lanes;
    for (const Jurisdiction& j : in.jurisdictions) {
        const bool listed = sel.jurisdictions.isEmpty() ? (j.chapter3Seq > 0 || j.id == QStringLiteral("INT"))
                                                        : sel.jurisdictions.contains(j.id);
        if (listed && j.parentId.isEmpty())
            lanes.append(&j);
    }
    // A selected sub-national jurisdiction (e.g. California) still gets a lane of its own.
    for (const Jurisdiction& j : in.jurisdictions)
        if (!j.parentId.isEmpty() && sel.jurisdictions.contains(j.id))
            lanes.append(&j);
    std::stable_sort(lanes.begin(), lanes.end(), [](const Jurisdiction* a, const Jurisdiction* b) {
        const int sa = a->chapter3Seq > 0 ? a->chapter3Seq : 100;
        const int sb = b->chapter3Seq > 0 ? b->chapter3Seq : 100;
        return sa < sb;
    });
    QHash<QString, int> laneIndex;   // lane id -> index into scene.lanes
    for (const Jurisdiction* j : lanes) {
        laneIndex.insert(j->id, static_cast<int>(scene.lanes.size()));
        scene.lanes.append({j->id, j->name(lang)});
    }

    // The policies of the lanes' jurisdictions (and their states or provinces), in the input's order,
    // each with its lane: the lane is looked up once per jurisdiction, not once per policy.
    QVector<std::pair<int, int>> candidates;   // policy index, lane index
    for (auto it = in.policiesByJurisdiction.cbegin(); it != in.policiesByJurisdiction.cend(); ++it) {
        auto lane = laneIndex.constFind(it.key());
        if (lane == laneIndex.cend())
            lane = laneIndex.constFind(laneOf(it.key()));
        if (lane == laneIndex.cend())
            continue;
        for (int index : it.value())
            candidates.append({index, *lane});
    }
    std::sort(candidates.begin(), candidates.end());

    // The kinds of the dated items: a handful of vocabulary codes, found faster in a list than in a set.
    QStringList kindsUsed;
    const auto useKind = [&kindsUsed](const QString& kind) {
        if (!kindsUsed.contains(kind))
            kindsUsed.append(kind);
    };
    scene.items.reserve(candidates.size());
    for (const auto& [index, lane] : std::as_const(candidates)) {
        const Policy& p = in.policies.at(index);
        if (p.date.isEmpty())
            continue;
        if (!sel.field.isEmpty() && !in.policyFields.value(p.id).contains(sel.field))
            continue;
        TimelineItem& item = scene.items.emplace_back();
        item.id = p.id;
        item.lane = scene.lanes.at(lane).id;
        item.date = p.date;
        item.dateEnd = p.dateEnd;
        item.category = p.kind;
        item.label = p.title(lang);
        useKind(p.kind);
    }
    for (auto it = in.policyKinds.cbegin(); it != in.policyKinds.cend(); ++it)
        if (kindsUsed.contains(it.key()))
            scene.categories.append({it.key(), pick(lang, it->first, it->second)});

    // Companies on demand: one lane per selected company.
    for (const Company& c : in.companies) {
        if (!sel.companies.contains(c.id))
            continue;
        const QString lane = QStringLiteral("company:") + QString::number(c.id);
        scene.lanes.append({lane, c.name(lang)});
        for (int index : in.activitiesByCompany.value(c.id)) {
            const CompanyActivity& a = in.activities.at(index);
            if (a.date.isEmpty())
                continue;
            TimelineItem item;
            item.id = activityMarkerId(a.id);
            item.lane = lane;
            item.date = a.date;
            item.dateEnd = a.dateEnd;
            item.category = a.kind;
            item.label = a.text(lang);
            scene.items.append(item);
            useKind(QStringLiteral("activity:") + a.kind);
        }
    }
    for (auto it = in.activityKinds.cbegin(); it != in.activityKinds.cend(); ++it)
        if (kindsUsed.contains(QStringLiteral("activity:") + it.key()) && !kindsUsed.contains(it.key()))
            scene.categories.append({it.key(), pick(lang, it->first, it->second)});
    std::sort(scene.categories.begin(), scene.categories.end());

    // Tooltips when asked for: the lists are implicitly shared, so the scene keeps them cheaply and
    // stays valid after the input is reloaded.
    scene.tooltipFor = [policies = in.policies, jurisdictions = in.jurisdictions, companies = in.companies,
                        activities = in.activities, lang](const TimelineItem& item) -> QString {
        if (item.id < 0) {
            const qint64 activityId = -item.id;
            for (const CompanyActivity& a : activities) {
                if (a.id != activityId)
                    continue;
                for (const Company& c : companies)
                    if (c.id == a.companyId)
                        return activityTooltip(a, c, lang);
            }
            return item.tooltip;
        }
        for (const Policy& p : policies) {
            if (p.id != item.id)
                continue;
            const auto j = std::find_if(jurisdictions.cbegin(), jurisdictions.cend(),
                                        [&](const Jurisdiction& x) { return x.id == p.jurisdictionId; });
            return policyTooltip(p, j == jurisdictions.cend() ? nullptr : &*j, lang);
        }
        return item.tooltip;
    };

    scene.emptyText = sel.field.isEmpty()
        ? QCoreApplication::translate("atlas::TimelineData", "No dated item for this selection.")
        : QCoreApplication::translate("atlas::TimelineData", "No dated Appendix 1 item of this field for this selection.");
    return scene;
}

} // namespace atlas
