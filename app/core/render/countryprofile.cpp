#include "countryprofile.h"

#include "data/repository.h"
#include "domain/report.h"
#include "models/timelinedata.h"
#include "render/timelinerenderer.h"

#include <QCoreApplication>
#include <QMap>
#include <QPainter>
#include <QTextDocument>
#include <QUrl>

#include <algorithm>

namespace atlas {

namespace {
QString esc(const QString& s)
{
    return s.toHtmlEscaped();
}

// How long a list of the profile may grow, well above the report's longest (7 items in a 첨부 1 cell,
// 29 items of 2024, 17 indicators, 60 organizations of the USA). Longer lists, as in a database many
// times the report, end with "… (+N)": the page stays readable and lays out within a frame.
constexpr int kMaxCellItems = 20;
constexpr int kMaxItems2024 = 60;
constexpr int kMaxIndicators = 30;
constexpr int kMaxNames = 100;

/// \a items cut to \a limit, the rest counted in one more item made from \a moreFormat ("%1" = the note).
/// The rows of \a rows whose jurisdiction is \a id, in order: from \a index when it was filled, else
/// by looking at every row.
template <typename T, typename JurisdictionOf>
QVector<const T*> rowsOf(const QVector<T>& rows, const QHash<QString, QVector<int>>& index, const QString& id,
                         JurisdictionOf jurisdictionOf)
{
    QVector<const T*> out;
    if (index.isEmpty()) {
        for (const T& row : rows)
            if (jurisdictionOf(row) == id)
                out.append(&row);
    } else {
        for (int i : index.value(id))
            out.append(&rows.at(i));
    }
    return out;
}

template <typename T, typename JurisdictionOf>
QHash<QString, QVector<int>> indexOf(const QVector<T>& rows, JurisdictionOf jurisdictionOf)
{
    QHash<QString, QVector<int>> index;
    for (int i = 0; i < rows.size(); ++i)
        index[jurisdictionOf(rows.at(i))].append(i);
    return index;
}

const auto appendix1Jurisdiction = [](const Appendix1Entry& e) { return e.jurisdictionId; };
const auto statisticJurisdiction = [](const Statistic& s) { return s.jurisdictionId; };
const auto organizationJurisdiction = [](const Organization& o) { return o.jurisdictionId; };
const auto companyJurisdiction = [](const Company& c) { return c.hqJurisdictionId; };
const auto policyJurisdiction = [](const Policy& p) { return p.jurisdictionId; };

QStringList capped(const QStringList& items, int limit, const QString& moreFormat = QStringLiteral("%1"))
{
    if (items.size() <= limit)
        return items;
    QStringList shown = items.mid(0, limit);
    shown.append(moreFormat.arg(QStringLiteral("… (+%1)").arg(items.size() - limit)));
    return shown;
}
} // namespace

CountryProfile::Data CountryProfile::Data::load(const Repository& repo)
{
    Data d;
    d.timeline = TimelineData::load(repo);
    d.appendix1 = repo.appendix1Entries();
    d.fields = repo.fields();
    d.topics = repo.statisticTopics();
    d.statistics = repo.statistics();
    d.organizations = repo.organizations();
    d.appendix1ByJurisdiction = indexOf(d.appendix1, appendix1Jurisdiction);
    d.statisticsByJurisdiction = indexOf(d.statistics, statisticJurisdiction);
    d.organizationsByJurisdiction = indexOf(d.organizations, organizationJurisdiction);
    d.companiesByJurisdiction = indexOf(d.timeline.companies, companyJurisdiction);
    return d;
}

QImage CountryProfile::timelineImage(const Repository& repo, const QString& id, Lang lang, QSize size)
{
    return timelineImage(Data::load(repo), id, lang, size);
}

bool CountryProfile::build(const Repository& repo, const QString& id, Lang lang, int width, QTextDocument* doc,
                           const QImage& mapInset)
{
    return build(Data::load(repo), id, lang, width, doc, mapInset);
}

QImage CountryProfile::timelineImage(const Data& data, const QString& id, Lang lang, QSize size)
{
    const TimelineData::Input& in = data.timeline;
    SelectionState::Snapshot sel;
    sel.jurisdictions = {id};
    TimelineRenderer renderer;
    renderer.setScene(TimelineData::build(in, sel, lang));
    QImage image(size * 2, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(2);
    image.fill(Qt::white);
    QPainter p(&image);
    TimelineRenderer::Options o;
    o.font = QFont(QStringLiteral("Noto Sans CJK KR"), 8);
    // From the earliest dated item to the end of 2025: the whole history the report gives.
    QDate start(2024, 1, 1);
    for (const TimelineItem& it : renderer.scene().items) {
        const QDate d = TimeAxis::periodStart(it.date);
        if (d.isValid() && d < start)
            start = QDate(d.year(), 1, 1);
    }
    renderer.paint(p, QRectF(QPointF(0, 0), QSizeF(size)), TimeAxis(start, QDate(2025, 12, 31), 0, 1), o);
    return image;
}

bool CountryProfile::build(const Data& data, const QString& id, Lang lang, int width, QTextDocument* doc,
                           const QImage& mapInset)
{
    const auto found = std::find_if(data.timeline.jurisdictions.cbegin(), data.timeline.jurisdictions.cend(),
                                    [&](const Jurisdiction& x) { return x.id == id; });
    if (found == data.timeline.jurisdictions.cend())
        return false;
    const Jurisdiction* j = &*found;
    const Lang other = lang == Lang::Korean ? Lang::English : Lang::Korean;
    QString html = QStringLiteral("<h2 style='margin-bottom:0'>%1</h2><div style='color:#555'>%2 · %3</div>")
                       .arg(esc(j->name(lang)), esc(j->name(other)), esc(j->id));
    if (!mapInset.isNull()) {
        doc->addResource(QTextDocument::ImageResource, QUrl(QStringLiteral("atlas://inset")), mapInset);
        const QSizeF s = mapInset.deviceIndependentSize();
        html += QStringLiteral("<p><img src='atlas://inset' width='%1' height='%2'/></p>").arg(s.width()).arg(s.height());
    }
    if (j->chapter3Seq > 0)
        html += QStringLiteral("<p>%1</p>").arg(esc(QCoreApplication::translate("atlas::CountryProfile", "Covered in chapter 3, section %1 of the report.").arg(j->chapter3Seq)));

    // 첨부 1 row.
    html += QStringLiteral("<h3>%1</h3>").arg(esc(QCoreApplication::translate("atlas::CountryProfile", "Appendix 1: 2024 policies by field")));
    if (!j->inAppendix1) {
        html += QStringLiteral("<p style='color:#666'>%1</p>").arg(esc(QCoreApplication::translate("atlas::CountryProfile", "Not part of Appendix 1.")));
    } else {
        const auto entries = rowsOf(data.appendix1, data.appendix1ByJurisdiction, id, appendix1Jurisdiction);
        html += QStringLiteral("<table border='1' cellspacing='0' cellpadding='4' width='100%'><tr>");
        const auto& fields = data.fields;
        for (const Field& f : fields)
            html += QStringLiteral("<th bgcolor='#E8EEF6'>%1</th>").arg(esc(f.name(lang)));
        html += QStringLiteral("</tr><tr>");
        for (const Field& f : fields) {
            QStringList items;
            for (const Appendix1Entry* e : entries)
                if (e->field == f.code)
                    items.append(esc(e->policy.title(lang)) + QStringLiteral(" <span style='color:#777'>(")
                                 + esc(e->dateAsPrinted) + QStringLiteral(")</span>"));
            html += QStringLiteral("<td valign='top'>%1</td>")
                        .arg(items.isEmpty() ? esc(QCoreApplication::translate("atlas::CountryProfile", "none recorded")) : QStringLiteral("• ") + capped(items, kMaxCellItems).join(QStringLiteral("<br/>• ")));
        }
        html += QStringLiteral("</tr></table>");
    }

    // Timeline.
    html += QStringLiteral("<h3>%1</h3>").arg(esc(QCoreApplication::translate("atlas::CountryProfile", "Policy timeline")));
    const QSize tlSize(width, 150);
    doc->addResource(QTextDocument::ImageResource, QUrl(QStringLiteral("atlas://timeline")),
                     timelineImage(data, id, lang, tlSize));
    html += QStringLiteral("<img src='atlas://timeline' width='%1' height='%2'/>").arg(tlSize.width()).arg(tlSize.height());

    // Policies by year and the 2024 list.
    QMap<QString, int> perYear;
    QStringList list2024;
    for (const Policy* policy : rowsOf(data.timeline.policies, data.timeline.policiesByJurisdiction, id, policyJurisdiction)) {
        const Policy& p = *policy;
        perYear[p.date.left(4).isEmpty() ? QCoreApplication::translate("atlas::CountryProfile", "undated") : p.date.left(4)]++;
        if (p.date.startsWith(QStringLiteral("2024")))
            list2024.append(QStringLiteral("<li>%1 — %2 <span style='color:#777'>(%3)</span></li>")
                                .arg(esc(p.date), esc(p.title(lang)), esc(p.source.citation())));
    }
    QStringList years;
    for (auto it = perYear.cbegin(); it != perYear.cend(); ++it)
        years.append(QStringLiteral("%1: %2").arg(it.key()).arg(it.value()));
    html += QStringLiteral("<p>%1 %2</p>").arg(esc(QCoreApplication::translate("atlas::CountryProfile", "Policies per year:")), esc(years.join(QStringLiteral(", "))));
    list2024 = capped(list2024, kMaxItems2024, QStringLiteral("<li>%1</li>"));
    if (!list2024.isEmpty())
        html += QStringLiteral("<h3>%1</h3><ul>%2</ul>").arg(esc(QCoreApplication::translate("atlas::CountryProfile", "2024 items")), list2024.join(QString()));

    // Indicators.
    QStringList indicators;
    QHash<QString, StatisticTopic> topics;
    for (const StatisticTopic& t : data.topics)
        topics.insert(t.topic, t);
    for (const Statistic* s : rowsOf(data.statistics, data.statisticsByJurisdiction, id, statisticJurisdiction))
        if (topics.value(s->topic).mapLayer)
            indicators.append(QStringLiteral("<tr><td>%1</td><td align='right'>%2</td><td>%3</td><td style='color:#777'>%4</td></tr>")
                                  .arg(esc(topics.value(s->topic).name(lang)), esc(QLocale().toString(s->value, 'g', 10)),
                                       esc(s->unit), esc(s->source.citation())));
    indicators = capped(indicators, kMaxIndicators, QStringLiteral("<tr><td colspan='4'>%1</td></tr>"));
    if (!indicators.isEmpty())
        html += QStringLiteral("<h3>%1</h3><table cellpadding='2'>%2</table>")
                    .arg(esc(QCoreApplication::translate("atlas::CountryProfile", "Indicators and ranks")), indicators.join(QString()));

    // Companies and organizations.
    QStringList companies;
    for (const Company* c : rowsOf(data.timeline.companies, data.companiesByJurisdiction, id, companyJurisdiction))
        companies.append(esc(c->name(lang)));
    if (!companies.isEmpty())
        html += QStringLiteral("<h3>%1 (%2)</h3><p>%3</p>")
                    .arg(esc(QCoreApplication::translate("atlas::CountryProfile", "Companies headquartered here"))).arg(companies.size()).arg(capped(companies, kMaxNames).join(QStringLiteral(", ")));
    QStringList orgs;
    for (const Organization* o : rowsOf(data.organizations, data.organizationsByJurisdiction, id, organizationJurisdiction))
        orgs.append(esc(o->name(lang)));
    if (!orgs.isEmpty())
        html += QStringLiteral("<h3>%1 (%2)</h3><p>%3</p>")
                    .arg(esc(QCoreApplication::translate("atlas::CountryProfile", "Organizations"))).arg(orgs.size()).arg(capped(orgs, kMaxNames).join(QStringLiteral(", ")));

    html += QStringLiteral("<p style='color:#555;font-size:small'>%1<br/>%2</p>")
                .arg(esc(ReportCredit::citation(lang)), esc(ReportCredit::licence(lang)));
    doc->setHtml(html);
    return true;
}

} // namespace atlas
