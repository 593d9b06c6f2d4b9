#include "detailpanel.h"

#include "data/repository.h"

#include <algorithm>

namespace atlas {

namespace {
QString esc(const QString& s)
{
    return s.toHtmlEscaped();
}
QString row(const QString& label, const QString& value)
{
    if (value.isEmpty())
        return {};
    return QStringLiteral("<tr><td style='color:#555;padding-right:12px;vertical-align:top'>%1</td><td>%2</td></tr>")
        .arg(esc(label), value);
}
} // namespace

DetailPanel::DetailPanel(const Repository* repository, QWidget* parent)
    : QTextBrowser(parent), m_repository(repository)
{
    setOpenLinks(false);
    setMinimumWidth(280);
}

void DetailPanel::setLanguage(Lang lang)
{
    m_lang = lang;
    render();
}

void DetailPanel::showPolicy(qint64 policyId, const Appendix1Entry* entry)
{
    m_policyId = policyId;
    m_entry = entry ? std::optional<Appendix1Entry>(*entry) : std::nullopt;
    m_hint.clear();
    render();
}

void DetailPanel::showHint(const QString& text)
{
    m_policyId = 0;
    m_entry.reset();
    m_hint = text;
    render();
}

void DetailPanel::render()
{
    if (m_policyId == 0 || !m_repository) {
        setHtml(QStringLiteral("<p style='color:#666'>%1</p>").arg(esc(m_hint)));
        return;
    }
    const auto policy = m_repository->policy(m_policyId);
    if (!policy) {
        setHtml(QStringLiteral("<p>%1</p>").arg(esc(tr("Policy %1 is not in this database.").arg(m_policyId))));
        return;
    }
    const Policy& p = *policy;
    const Lang other = m_lang == Lang::Korean ? Lang::English : Lang::Korean;
    QString html = QStringLiteral("<h3 style='margin-bottom:2px'>%1</h3><div style='color:#555'>%2</div>")
                       .arg(esc(p.title(m_lang)), esc(p.title(other)));
    if (!p.titleOriginal.isEmpty())
        html += QStringLiteral("<div style='color:#777'><i>%1</i></div>").arg(esc(p.titleOriginal));
    html += QStringLiteral("<table style='margin-top:8px'>");
    html += row(tr("Issuer"), esc(p.issuer(m_lang)));
    QString date = p.date;
    if (!p.dateEnd.isEmpty())
        date += QStringLiteral(" – ") + p.dateEnd;
    if (!p.dateAsPrinted.isEmpty() && p.dateAsPrinted != p.date)
        date += QStringLiteral(" <span style='color:#777'>(") + esc(tr("printed: %1").arg(p.dateAsPrinted))
            + QStringLiteral(")</span>");
    html += row(tr("Date"), date.isEmpty() ? esc(tr("not reported")) : date);
    const auto label = [this](const QHash<QString, QPair<QString, QString>>& names, const QString& code) {
        const auto it = names.constFind(code);
        return it == names.constEnd() ? code : pick(m_lang, it->first, it->second);
    };
    html += row(tr("Kind"), esc(label(m_repository->vocabulary(QStringLiteral("policy_kind")), p.kind)));
    html += row(tr("Status"), esc(label(m_repository->vocabulary(QStringLiteral("policy_status")), p.status)));
    const auto jurisdiction = m_repository->jurisdiction(p.jurisdictionId);
    html += row(tr("Jurisdiction"), esc(jurisdiction ? jurisdiction->name(m_lang) : p.jurisdictionId));
    if (m_entry) {
        html += row(tr("Appendix 1"), esc(QStringLiteral("%1, %2, %3").arg(m_entry->issuerAsPrinted,
                                                                             m_entry->titleAsPrinted,
                                                                             m_entry->dateAsPrinted)));
        html += row(tr("Details"), esc(m_entry->note(m_lang)));
    }
    html += QStringLiteral("</table>");
    if (!p.summary(m_lang).isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(esc(p.summary(m_lang)));

    const QVector<DataNote> notes = m_repository->dataNotes(QStringLiteral("policy"), QString::number(p.id));
    for (const DataNote& n : notes) {
        html += QStringLiteral("<div style='background:#FFF4D6;border:1px solid #E0B84C;padding:4px;margin:4px 0'>"
                               "⚠ <b>%1</b> %2<br/><span style='color:#555'>%3</span></div>")
                    .arg(esc(tr("Data note")), esc(n.note(m_lang)),
                         esc(tr("Printed: %1 · Stored: %2 · %3").arg(n.printedValue, n.storedValue, n.source.citation())));
    }

    html += QStringLiteral("<p style='margin-bottom:2px'><b>%1</b></p><ul style='margin-top:0'>").arg(esc(tr("Sources")));
    const QVector<SourceRef> sources = m_repository->policySources(p.id);
    for (const SourceRef& s : sources)
        html += QStringLiteral("<li>%1 <span style='color:#777'>(%2)</span></li>")
                    .arg(esc(s.citation()), esc(tr("lines %1–%2").arg(s.lineStart).arg(s.lineEnd)));
    const bool entryListed = m_entry && std::any_of(sources.cbegin(), sources.cend(),
                                                    [this](const SourceRef& s) { return s.id == m_entry->source.id; });
    if (m_entry && !entryListed)
        html += QStringLiteral("<li>%1 <span style='color:#777'>(%2)</span></li>")
                    .arg(esc(m_entry->source.citation()),
                         esc(tr("lines %1–%2").arg(m_entry->source.lineStart).arg(m_entry->source.lineEnd)));
    html += QStringLiteral("</ul>");
    setHtml(html);
}

} // namespace atlas
