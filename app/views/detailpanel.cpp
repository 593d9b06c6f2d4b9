#include "detailpanel.h"

#include "data/repository.h"

#include <QLocale>
#include <QUrl>

#include <algorithm>

namespace atlas {

namespace {
QString esc(const QString& s)
{
    return s.toHtmlEscaped();
}
QString row(const QString& label, const QString& valueHtml)
{
    if (valueHtml.isEmpty())
        return {};
    return QStringLiteral("<tr><td style='color:#555;padding-right:12px;vertical-align:top'>%1</td><td>%2</td></tr>")
        .arg(esc(label), valueHtml);
}
QString link(const QString& entity, const QString& id, const QString& text)
{
    return QStringLiteral("<a href='atlas:%1/%2'>%3</a>").arg(entity, id, esc(text));
}
QString heading(const QString& title, const QString& subtitle)
{
    return QStringLiteral("<h3 style='margin-bottom:2px'>%1</h3><div style='color:#555'>%2</div>")
        .arg(esc(title), esc(subtitle));
}
QString singular(const QString& entity)
{
    static const QHash<QString, QString> map = {
        {QStringLiteral("policies"), QStringLiteral("policy")},       {QStringLiteral("companies"), QStringLiteral("company")},
        {QStringLiteral("organizations"), QStringLiteral("organization")},
        {QStringLiteral("activities"), QStringLiteral("activity")},   {QStringLiteral("statistics"), QStringLiteral("statistic")},
        {QStringLiteral("standards"), QStringLiteral("standard")},    {QStringLiteral("references"), QStringLiteral("reference")},
        {QStringLiteral("financials"), QStringLiteral("company")},
    };
    return map.value(entity, entity);
}
} // namespace

DetailPanel::DetailPanel(const Repository* repository, QWidget* parent)
    : QTextBrowser(parent), m_repository(repository)
{
    setOpenLinks(false);
    setMinimumWidth(280);
    connect(this, &QTextBrowser::anchorClicked, this, [this](const QUrl& url) {
        if (url.scheme() != QStringLiteral("atlas"))
            return;
        const QStringList parts = url.path().split(QLatin1Char('/'));
        if (parts.size() != 2)
            return;
        showEntity(parts.at(0), parts.at(1));
        emit linkActivated(parts.at(0), parts.at(1));
    });
}

void DetailPanel::setLanguage(Lang lang)
{
    m_lang = lang;
    render();
}

void DetailPanel::showPolicy(qint64 policyId, const Appendix1Entry* entry)
{
    m_kind = QStringLiteral("policy");
    m_id = policyId;
    m_entry = entry ? std::optional<Appendix1Entry>(*entry) : std::nullopt;
    m_hint.clear();
    render();
}

void DetailPanel::showEntity(const QString& entity, const QVariant& id)
{
    m_kind = singular(entity);
    m_id = id;
    m_entry.reset();
    m_hint.clear();
    render();
}

void DetailPanel::showHint(const QString& text)
{
    // Every selection change shows a hint: laying out the same text again is a few ms for nothing.
    if (m_kind.isEmpty() && !m_entry && text == m_hint && !document()->isEmpty())
        return;
    m_kind.clear();
    m_id.clear();
    m_entry.reset();
    m_hint = text;
    render();
}

void DetailPanel::render()
{
    if (m_kind.isEmpty() || !m_repository) {
        setHtml(QStringLiteral("<p style='color:#666'>%1</p>").arg(esc(m_hint)));
        return;
    }
    QString html;
    if (m_kind == QStringLiteral("policy"))
        html = policyHtml(m_id.toLongLong());
    else if (m_kind == QStringLiteral("company"))
        html = companyHtml(m_id.toLongLong());
    else if (m_kind == QStringLiteral("organization"))
        html = organizationHtml(m_id.toLongLong());
    else if (m_kind == QStringLiteral("activity"))
        html = activityHtml(m_id.toLongLong());
    else if (m_kind == QStringLiteral("statistic"))
        html = statisticHtml(m_id.toLongLong());
    else if (m_kind == QStringLiteral("standard"))
        html = standardHtml(m_id.toLongLong());
    else if (m_kind == QStringLiteral("reference"))
        html = referenceHtml(m_id.toLongLong());
    else if (m_kind == QStringLiteral("jurisdiction"))
        html = jurisdictionHtml(m_id.toString());
    if (html.isEmpty())
        html = QStringLiteral("<p>%1</p>").arg(esc(tr("This item is not in the open database.")));
    setHtml(html);
}

QString DetailPanel::sourceHtml(const SourceRef& s) const
{
    return QStringLiteral("%1 <span style='color:#777'>(%2)</span>")
        .arg(esc(s.citation()), esc(tr("lines %1–%2").arg(s.lineStart).arg(s.lineEnd)));
}

QString DetailPanel::notesHtml(const QString& entityType, const QString& key) const
{
    QString html;
    for (const DataNote& n : m_repository->dataNotes(entityType, key)) {
        html += QStringLiteral("<div style='background:#FFF4D6;border:1px solid #E0B84C;padding:4px;margin:4px 0'>"
                               "⚠ <b>%1</b> %2<br/><span style='color:#555'>%3</span></div>")
                    .arg(esc(tr("Data note")), esc(n.note(m_lang)),
                         esc(tr("Printed: %1 · Stored: %2 · %3")
                                 .arg(n.printedValue.isEmpty() ? QStringLiteral("—") : n.printedValue,
                                      n.storedValue.isEmpty() ? QStringLiteral("—") : n.storedValue, n.source.citation())));
    }
    return html;
}

QString DetailPanel::policyHtml(qint64 id) const
{
    const auto policy = m_repository->policy(id);
    if (!policy)
        return {};
    const Policy& p = *policy;
    const Lang other = m_lang == Lang::Korean ? Lang::English : Lang::Korean;
    QString html = heading(p.title(m_lang), p.title(other));
    if (!p.titleOriginal.isEmpty())
        html += QStringLiteral("<div style='color:#777'><i>%1</i></div>").arg(esc(p.titleOriginal));
    html += QStringLiteral("<table style='margin-top:8px'>");
    html += row(tr("Issuer"), esc(p.issuer(m_lang)));
    QString date = esc(p.date);
    if (!p.dateEnd.isEmpty())
        date += QStringLiteral(" – ") + esc(p.dateEnd);
    if (!p.dateAsPrinted.isEmpty() && p.dateAsPrinted != p.date)
        date += QStringLiteral(" <span style='color:#777'>(") + esc(tr("printed: %1").arg(p.dateAsPrinted))
            + QStringLiteral(")</span>");
    html += row(tr("Date"), p.date.isEmpty() ? esc(tr("not reported")) : date);
    const auto label = [this](const QString& vocab, const QString& code) {
        const auto names = m_repository->vocabulary(vocab);
        const auto it = names.constFind(code);
        return it == names.constEnd() ? code : pick(m_lang, it->first, it->second);
    };
    html += row(tr("Kind"), esc(label(QStringLiteral("policy_kind"), p.kind)));
    html += row(tr("Status"), esc(label(QStringLiteral("policy_status"), p.status)));
    const auto jurisdiction = m_repository->jurisdiction(p.jurisdictionId);
    html += row(tr("Jurisdiction"),
                link(QStringLiteral("jurisdiction"), p.jurisdictionId, jurisdiction ? jurisdiction->name(m_lang) : p.jurisdictionId));
    // Every 첨부 1 placement of this policy.
    QStringList placements;
    const auto fields = m_repository->vocabulary(QStringLiteral("field"));
    for (const Appendix1Entry& e : m_repository->appendix1Entries())
        if (e.policyId == p.id)
            placements.append(esc(QStringLiteral("%1 · %2 (%3)").arg(m_repository->jurisdiction(e.jurisdictionId)
                                                                         .value_or(Jurisdiction{e.jurisdictionId, e.jurisdictionId, e.jurisdictionId, {}, {}, {}, 0, false})
                                                                         .name(m_lang),
                                                                  pick(m_lang, fields.value(e.field).first, fields.value(e.field).second),
                                                                  e.dateAsPrinted)));
    html += row(tr("Appendix 1"), placements.join(QStringLiteral("<br/>")));
    if (m_entry)
        html += row(tr("Details"), esc(m_entry->note(m_lang)));
    html += QStringLiteral("</table>");
    if (!p.summary(m_lang).isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(esc(p.summary(m_lang)));
    html += notesHtml(QStringLiteral("policy"), QString::number(p.id));
    if (m_entry)
        html += notesHtml(QStringLiteral("appendix1_entry"),
                          QStringLiteral("%1|%2|%3").arg(m_entry->jurisdictionId, m_entry->field).arg(m_entry->seq));
    html += QStringLiteral("<p style='margin-bottom:2px'><b>%1</b></p><ul style='margin-top:0'>").arg(esc(tr("Sources")));
    const QVector<SourceRef> sources = m_repository->policySources(p.id);
    for (const SourceRef& s : sources)
        html += QStringLiteral("<li>%1</li>").arg(sourceHtml(s));
    const bool entryListed = m_entry && std::any_of(sources.cbegin(), sources.cend(),
                                                    [this](const SourceRef& s) { return s.id == m_entry->source.id; });
    if (m_entry && !entryListed)
        html += QStringLiteral("<li>%1</li>").arg(sourceHtml(m_entry->source));
    html += QStringLiteral("</ul>");
    return html;
}

QString DetailPanel::companyHtml(qint64 id) const
{
    const auto companies = m_repository->companies();
    const auto it = std::find_if(companies.cbegin(), companies.cend(), [id](const Company& c) { return c.id == id; });
    if (it == companies.cend())
        return {};
    const Company& c = *it;
    const Lang other = m_lang == Lang::Korean ? Lang::English : Lang::Korean;
    QString html = heading(c.name(m_lang), c.name(other)) + QStringLiteral("<table style='margin-top:8px'>");
    const auto hq = m_repository->jurisdiction(c.hqJurisdictionId);
    html += row(tr("Headquarters"), hq ? link(QStringLiteral("jurisdiction"), hq->id, hq->name(m_lang)) : QString());
    html += row(tr("Founded"), esc(c.founded));
    html += row(tr("Listed"), esc(c.listed));
    html += row(tr("Fiscal year ends"), esc(c.fiscalYearEnd));
    html += row(tr("Profile"), esc(c.profileTable));
    if (c.parentId > 0)
        for (const Company& p : companies)
            if (p.id == c.parentId)
                html += row(tr("Part of"), link(QStringLiteral("company"), QString::number(p.id), p.name(m_lang)));
    QStringList rows3;
    for (const Appendix3Entry& e : m_repository->appendix3Entries())
        if (e.companyId == c.id)
            rows3.append(esc(QStringLiteral("%1 · %2 (%3)")
                                 .arg(e.scope == QStringLiteral("domestic") ? tr("Domestic") : tr("Overseas"),
                                      e.category(m_lang), e.companyAsPrinted)));
    html += row(tr("Appendix 3"), rows3.join(QStringLiteral("<br/>")));
    html += row(tr("Source"), sourceHtml(c.source));
    html += QStringLiteral("</table>");
    if (!pick(m_lang, c.summaryKo, c.summaryEn).isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(esc(pick(m_lang, c.summaryKo, c.summaryEn)));
    html += notesHtml(QStringLiteral("company"), QString::number(c.id));

    const auto financials = m_repository->financials({c.id});
    if (!financials.isEmpty()) {
        html += QStringLiteral("<p><b>%1</b></p><table cellspacing='0' cellpadding='2'>").arg(esc(tr("Financials")));
        for (const CompanyFinancial& f : financials)
            html += QStringLiteral("<tr><td>%1</td><td>FY%2</td><td style='color:#777'>%3</td><td align='right'>%4</td>"
                                   "<td>%5</td></tr>")
                        .arg(esc(f.metric)).arg(f.fiscalYear).arg(esc(f.periodEnd), esc(f.valueAsPrinted.isEmpty()
                                                                                           ? QString::number(f.value)
                                                                                           : f.valueAsPrinted),
                                                                   esc(f.unit == QStringLiteral("percent") ? QStringLiteral("%")
                                                                                                           : QStringLiteral("M$")));
        html += QStringLiteral("</table>");
    }
    const auto activities = m_repository->activities({c.id});
    if (!activities.isEmpty()) {
        html += QStringLiteral("<p><b>%1</b> (%2)</p><ul>").arg(esc(tr("Activities"))).arg(activities.size());
        for (const CompanyActivity& a : activities)
            html += QStringLiteral("<li>%1 — %2</li>")
                        .arg(esc(a.dateAsPrinted.isEmpty() ? (a.date.isEmpty() ? tr("undated") : a.date) : a.dateAsPrinted),
                             link(QStringLiteral("activity"), QString::number(a.id), a.text(m_lang)));
        html += QStringLiteral("</ul>");
    }
    return html;
}

QString DetailPanel::organizationHtml(qint64 id) const
{
    for (const Organization& o : m_repository->organizations()) {
        if (o.id != id)
            continue;
        const Lang other = m_lang == Lang::Korean ? Lang::English : Lang::Korean;
        QString html = heading(o.name(m_lang), o.name(other)) + QStringLiteral("<table style='margin-top:8px'>");
        html += row(tr("Abbreviation"), esc(o.abbreviation));
        const auto j = m_repository->jurisdiction(o.jurisdictionId);
        html += row(tr("Jurisdiction"), j ? link(QStringLiteral("jurisdiction"), j->id, j->name(m_lang)) : QString());
        html += row(tr("Source"), sourceHtml(o.source));
        html += QStringLiteral("</table>");
        if (!pick(m_lang, o.summaryKo, o.summaryEn).isEmpty())
            html += QStringLiteral("<p>%1</p>").arg(esc(pick(m_lang, o.summaryKo, o.summaryEn)));
        return html + notesHtml(QStringLiteral("organization"), QString::number(o.id));
    }
    return {};
}

QString DetailPanel::activityHtml(qint64 id) const
{
    for (const CompanyActivity& a : m_repository->activities()) {
        if (a.id != id)
            continue;
        const Lang other = m_lang == Lang::Korean ? Lang::English : Lang::Korean;
        QString html = heading(a.text(m_lang), a.text(other)) + QStringLiteral("<table style='margin-top:8px'>");
        for (const Company& c : m_repository->companies())
            if (c.id == a.companyId)
                html += row(tr("Company"), link(QStringLiteral("company"), QString::number(c.id), c.name(m_lang)));
        html += row(tr("Date"), esc(a.date.isEmpty() ? tr("not reported") : a.date)
                                    + (a.dateAsPrinted.isEmpty() ? QString()
                                                                 : QStringLiteral(" <span style='color:#777'>(")
                                               + esc(tr("printed: %1").arg(a.dateAsPrinted)) + QStringLiteral(")</span>")));
        html += row(tr("Kind"), esc(a.kind));
        html += row(tr("Tag"), esc(a.tagKo));
        html += row(tr("Amount"), esc(a.amountAsPrinted));
        html += row(tr("Source"), sourceHtml(a.source));
        html += QStringLiteral("</table>");
        return html + notesHtml(QStringLiteral("company_activity"), QString::number(a.id));
    }
    return {};
}

QString DetailPanel::statisticHtml(qint64 id) const
{
    for (const Statistic& s : m_repository->statistics()) {
        if (s.id != id)
            continue;
        const Lang other = m_lang == Lang::Korean ? Lang::English : Lang::Korean;
        QString html = heading(s.subject(m_lang), s.subject(other)) + QStringLiteral("<table style='margin-top:8px'>");
        html += row(tr("Topic"), esc(s.topic));
        const auto j = m_repository->jurisdiction(s.jurisdictionId);
        html += row(tr("Jurisdiction"), j ? link(QStringLiteral("jurisdiction"), j->id, j->name(m_lang)) : QString());
        html += row(tr("Period"), esc(s.period));
        html += row(tr("Value"), esc(QStringLiteral("%1 %2").arg(QLocale().toString(s.value, 'g', 12), s.unit))
                                     + (s.isForecast ? QStringLiteral(" <b>") + esc(tr("forecast")) + QStringLiteral("</b>")
                                                     : QString()));
        html += row(tr("As printed"), esc(s.valueAsPrinted));
        html += row(tr("Publisher"), esc(s.publisher));
        html += row(tr("Source"), sourceHtml(s.source));
        html += QStringLiteral("</table>");
        return html + notesHtml(QStringLiteral("statistic"), QString::number(s.id));
    }
    return {};
}

QString DetailPanel::standardHtml(qint64 id) const
{
    const auto records = m_repository->records(QStringLiteral("standards"));
    for (const auto& r : records.rows) {
        if (r.value(0).toLongLong() != id)
            continue;
        QString html = heading(r.value(2).toString(), r.value(1).toString()) + QStringLiteral("<table style='margin-top:8px'>");
        for (int c = 3; c < records.keys.size(); ++c)
            html += row(records.keys.at(c), esc(r.value(c).toString()));
        html += QStringLiteral("</table>");
        return html + notesHtml(QStringLiteral("standard"), QString::number(id));
    }
    return {};
}

QString DetailPanel::referenceHtml(qint64 id) const
{
    const auto records = m_repository->records(QStringLiteral("references"));
    for (const auto& r : records.rows) {
        if (r.value(0).toLongLong() != id)
            continue;
        return heading(tr("Reference %1").arg(id), r.value(1).toString())
            + QStringLiteral("<p>%1</p>").arg(esc(r.value(2).toString()))
            + notesHtml(QStringLiteral("reference"), QString::number(id));
    }
    return {};
}

QString DetailPanel::jurisdictionHtml(const QString& id) const
{
    const auto j = m_repository->jurisdiction(id);
    if (!j)
        return {};
    const Lang other = m_lang == Lang::Korean ? Lang::English : Lang::Korean;
    QString html = heading(j->name(m_lang), j->name(other)) + QStringLiteral("<table style='margin-top:8px'>");
    html += row(tr("Code"), esc(j->id));
    html += row(tr("Chapter 3"), j->chapter3Seq > 0 ? esc(tr("section %1").arg(j->chapter3Seq)) : QString());
    html += row(tr("Appendix 1"), esc(j->inAppendix1 ? tr("yes") : tr("no row")));
    html += QStringLiteral("</table>");
    return html + notesHtml(QStringLiteral("jurisdiction"), id);
}

} // namespace atlas
