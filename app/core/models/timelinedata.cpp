#include "timelinedata.h"

#include "data/repository.h"

#include <QCoreApplication>

#include <algorithm>

namespace atlas {

TimelineData::Input TimelineData::load(const Repository& repository)
{
    Input in;
    in.jurisdictions = repository.jurisdictions();
    in.policies = repository.policies();
    in.policyFields = repository.policyFields();
    in.policyKinds = repository.vocabulary(QStringLiteral("policy_kind"));
    in.companies = repository.companies();
    in.activities = repository.activities();
    in.activityKinds = repository.vocabulary(QStringLiteral("activity_kind"));
    return in;
}

TimelineScene TimelineData::build(const Input& in, const SelectionState::Snapshot& sel, Lang lang)
{
    TimelineScene scene;
    QHash<QString, const Jurisdiction*> byId;
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
    QSet<QString> laneIds;
    for (const Jurisdiction* j : lanes) {
        scene.lanes.append({j->id, j->name(lang)});
        laneIds.insert(j->id);
    }

    QSet<QString> kindsUsed;
    for (const Policy& p : in.policies) {
        QString lane = laneIds.contains(p.jurisdictionId) ? p.jurisdictionId : laneOf(p.jurisdictionId);
        if (!laneIds.contains(lane) || p.date.isEmpty())
            continue;
        if (!sel.field.isEmpty() && !in.policyFields.value(p.id).contains(sel.field))
            continue;
        TimelineItem item;
        item.id = p.id;
        item.lane = lane;
        item.date = p.date;
        item.dateEnd = p.dateEnd;
        item.category = p.kind;
        item.label = p.title(lang);
        const Lang other = lang == Lang::Korean ? Lang::English : Lang::Korean;
        const Jurisdiction* j = byId.value(p.jurisdictionId);
        item.tooltip = QStringLiteral("<b>%1</b><br/>%2<br/>%3 · %4<br/><span style='color:#666'>%5</span>")
                           .arg(p.title(lang).toHtmlEscaped(), p.title(other).toHtmlEscaped(),
                                (p.dateAsPrinted.isEmpty() ? p.date : p.dateAsPrinted).toHtmlEscaped(),
                                QString((j ? j->name(lang) : p.jurisdictionId) + QStringLiteral(" · ") + p.issuer(lang))
                                    .toHtmlEscaped(),
                                p.source.citation().toHtmlEscaped());
        scene.items.append(item);
        kindsUsed.insert(p.kind);
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
        for (const CompanyActivity& a : in.activities) {
            if (a.companyId != c.id || a.date.isEmpty())
                continue;
            TimelineItem item;
            item.id = activityMarkerId(a.id);
            item.lane = lane;
            item.date = a.date;
            item.dateEnd = a.dateEnd;
            item.category = a.kind;
            item.label = a.text(lang);
            item.tooltip = QStringLiteral("<b>%1</b><br/>%2 · %3<br/><span style='color:#666'>%4</span>")
                               .arg(a.text(lang).toHtmlEscaped(), c.name(lang).toHtmlEscaped(),
                                    (a.dateAsPrinted.isEmpty() ? a.date : a.dateAsPrinted).toHtmlEscaped(),
                                    a.source.citation().toHtmlEscaped());
            scene.items.append(item);
            kindsUsed.insert(QStringLiteral("activity:") + a.kind);
        }
    }
    for (auto it = in.activityKinds.cbegin(); it != in.activityKinds.cend(); ++it)
        if (kindsUsed.contains(QStringLiteral("activity:") + it.key()) && !kindsUsed.contains(it.key()))
            scene.categories.append({it.key(), pick(lang, it->first, it->second)});
    std::sort(scene.categories.begin(), scene.categories.end());

    scene.emptyText = sel.field.isEmpty()
        ? QCoreApplication::translate("atlas::TimelineData", "No dated item for this selection.")
        : QCoreApplication::translate("atlas::TimelineData", "No dated Appendix 1 item of this field for this selection.");
    return scene;
}

} // namespace atlas
