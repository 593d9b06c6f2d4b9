#include "chartbuilder.h"

#include "data/repository.h"
#include "domain/report.h"
#include "render/timeaxis.h"

#include <QtCharts/QBarCategoryAxis>
#include <QtCharts/QBarSet>
#include <QtCharts/QChart>
#include <QtCharts/QDateTimeAxis>
#include <QtCharts/QHorizontalBarSeries>
#include <QtCharts/QHorizontalStackedBarSeries>
#include <QtCharts/QLegendMarker>
#include <QtCharts/QLineSeries>
#include <QtCharts/QScatterSeries>
#include <QtCharts/QStackedBarSeries>
#include <QtCharts/QValueAxis>

#include <QCoreApplication>
#include <QMap>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace atlas {

namespace {

// Lines a chart draws at most: a database many times the report would otherwise give a chart of
// hundreds of companies or subjects that nobody can read and that takes seconds to lay out. The
// selected ones always come first; the report's own charts stay below these limits.
constexpr int kMaxCompanyLines = 12;

// Object names of the two series addPolicyMarkers() adds, so that updateMarkers() can replace them.
const char* const kMarkerLines = "policyMarkerLines";
const char* const kMarkers = "policyMarkers";

// The middle of an ISO period ('2024' → 2024-07-01, '2024-04..2024-06' → mid May) as chart x.
qreal periodX(const QString& period)
{
    const int sep = static_cast<int>(period.indexOf(QStringLiteral("..")));
    const QString a = sep < 0 ? period : period.left(sep);
    const QString b = sep < 0 ? period : period.mid(sep + 2);
    const QDate from = TimeAxis::periodStart(a);
    const QDate to = TimeAxis::periodEnd(b);
    if (!from.isValid() || !to.isValid())
        return std::nan("");
    const QDate mid = from.addDays(from.daysTo(to) / 2);
    return static_cast<qreal>(QDateTime(mid, QTime(0, 0), Qt::UTC).toMSecsSinceEpoch());
}

qreal dateX(const QString& iso)
{
    const QDate d = TimeAxis::periodStart(iso);
    return d.isValid() ? static_cast<qreal>(QDateTime(d, QTime(0, 0), Qt::UTC).toMSecsSinceEpoch()) : std::nan("");
}

const QColor kPalette[] = {QColor(0x1F, 0x77, 0xB4), QColor(0xFF, 0x7F, 0x0E), QColor(0x2C, 0xA0, 0x2C),
                           QColor(0xD6, 0x27, 0x28), QColor(0x94, 0x67, 0xBD), QColor(0x8C, 0x56, 0x4B),
                           QColor(0xE3, 0x77, 0xC2), QColor(0x7F, 0x7F, 0x7F), QColor(0xBC, 0xBD, 0x22),
                           QColor(0x17, 0xBE, 0xCF)};

QColor paletteColor(int i)
{
    return kPalette[i % static_cast<int>(std::size(kPalette))];
}

void addSource(QStringList* sources, const SourceRef& s)
{
    const QString c = s.citation();
    if (!c.isEmpty() && !sources->contains(c))
        sources->append(c);
}

// One set of labelled horizontal bars over named categories (countries, value-chain categories).
QValueAxis* addHorizontalBars(QChart* chart, QBarSet* set, const QStringList& categories)
{
    auto* bars = new QHorizontalBarSeries;
    bars->append(set);
    bars->setLabelsVisible(true);
    bars->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    chart->addSeries(bars);
    auto* axisY = new QBarCategoryAxis;
    axisY->append(categories);
    axisY->setTruncateLabels(false);  // a country name cut to "…" says nothing; the plot gives way instead
    chart->addAxis(axisY, Qt::AlignLeft);
    bars->attachAxis(axisY);
    auto* axisX = new QValueAxis;
    chart->addAxis(axisX, Qt::AlignBottom);
    bars->attachAxis(axisX);
    chart->legend()->hide();
    return axisX;
}

QDateTimeAxis* dateAxis(QChart* chart, const QString& format)
{
    auto* x = new QDateTimeAxis;
    x->setFormat(format);
    x->setTickCount(6);
    chart->addAxis(x, Qt::AlignBottom);
    return x;
}

} // namespace

void ChartBuilder::reload()
{
    m_jurisdictions = m_repository->jurisdictions();
    m_jurisdictionIndex.clear();
    for (int i = 0; i < m_jurisdictions.size(); ++i)
        m_jurisdictionIndex.insert(m_jurisdictions.at(i).id, i);
    m_metrics = m_repository->financialMetrics();
    m_topics = m_repository->statisticTopics();
    m_topicShapes = m_repository->statisticShapes();
    m_hasAppendix1 = m_repository->count(QStringLiteral("appendix1_entry")) > 0;
    m_hasAppendix3 = m_repository->count(QStringLiteral("appendix3_entry")) > 0;
    m_fields = m_repository->fields();
    m_metricCache.clear();
    m_statisticCache.clear();
    m_appendix1.reset();
    m_appendix3.reset();
    m_policyDates.clear();
}

const ChartBuilder::Metric& ChartBuilder::metricData(const QString& metric) const
{
    auto it = m_metricCache.find(metric);
    if (it != m_metricCache.end())
        return *it;
    Metric m;
    m.financials = m_repository->financials({}, metric);
    QList<qint64> ids;
    for (int i = 0; i < m.financials.size(); ++i) {
        const qint64 id = m.financials.at(i).companyId;
        if (!m.byCompany.contains(id))
            ids.append(id);
        m.byCompany[id].append(i);
    }
    if (!ids.isEmpty())
        m.companies = m_repository->companies(ids);
    return *m_metricCache.insert(metric, m);
}

const QVector<Statistic>& ChartBuilder::statistics(const QString& topic) const
{
    auto it = m_statisticCache.find(topic);
    if (it == m_statisticCache.end())
        it = m_statisticCache.insert(topic, m_repository->statistics(topic));
    return *it;
}

const QVector<Appendix1Entry>& ChartBuilder::appendix1Entries() const
{
    if (!m_appendix1)
        m_appendix1 = m_repository->appendix1Entries();
    return *m_appendix1;
}

const QVector<Appendix3Entry>& ChartBuilder::appendix3Entries() const
{
    if (!m_appendix3)
        m_appendix3 = m_repository->appendix3Entries();
    return *m_appendix3;
}

QString ChartBuilder::metricName(const QString& metric)
{
    static const QHash<QString, const char*> names = {
        {QStringLiteral("revenue"), QT_TRANSLATE_NOOP("atlas::ChartBuilder", "Revenue (USD million)")},
        {QStringLiteral("revenue_growth_pct"), QT_TRANSLATE_NOOP("atlas::ChartBuilder", "Revenue growth (%)")},
        {QStringLiteral("cost_of_revenue"), QT_TRANSLATE_NOOP("atlas::ChartBuilder", "Cost of revenue (USD million)")},
        {QStringLiteral("gross_profit"), QT_TRANSLATE_NOOP("atlas::ChartBuilder", "Gross profit (USD million)")},
        {QStringLiteral("gross_profit_growth_pct"), QT_TRANSLATE_NOOP("atlas::ChartBuilder", "Gross profit growth (%)")},
        {QStringLiteral("gross_margin_pct"), QT_TRANSLATE_NOOP("atlas::ChartBuilder", "Gross margin (%)")},
        {QStringLiteral("arr"), QT_TRANSLATE_NOOP("atlas::ChartBuilder", "Annualised recurring revenue (USD million)")},
        {QStringLiteral("arr_growth_pct"), QT_TRANSLATE_NOOP("atlas::ChartBuilder", "ARR growth (%)")},
    };
    const auto it = names.constFind(metric);
    return it == names.constEnd() ? metric : QCoreApplication::translate("atlas::ChartBuilder", *it);
}

QString ChartBuilder::jurisdictionName(const QString& id, Lang lang) const
{
    const auto it = m_jurisdictionIndex.constFind(id);
    return it == m_jurisdictionIndex.constEnd() ? id : m_jurisdictions.at(*it).name(lang);
}

QVector<ChartBuilder::Spec> ChartBuilder::catalog(Lang lang) const
{
    QVector<Spec> out;
    const QString fin = QCoreApplication::translate("atlas::ChartBuilder", "Company financials");
    static const QStringList order = {QStringLiteral("revenue"), QStringLiteral("gross_profit"),
                                      QStringLiteral("gross_margin_pct"), QStringLiteral("revenue_growth_pct"),
                                      QStringLiteral("gross_profit_growth_pct"), QStringLiteral("cost_of_revenue"),
                                      QStringLiteral("arr"), QStringLiteral("arr_growth_pct")};
    for (const QString& m : order)
        if (m_metrics.contains(m))
            out.append({QStringLiteral("financial:") + m, metricName(m), fin});

    // Only charts with data: without a database the catalogue is empty rather than two blank charts.
    if (m_hasAppendix1)
        out.append({QStringLiteral("appendix1"), QCoreApplication::translate("atlas::ChartBuilder", "Appendix 1 items per jurisdiction and field"),
                    QCoreApplication::translate("atlas::ChartBuilder", "Appendices")});
    if (m_hasAppendix3)
        out.append({QStringLiteral("appendix3"), QCoreApplication::translate("atlas::ChartBuilder", "Appendix 3 companies per value-chain category"),
                    QCoreApplication::translate("atlas::ChartBuilder", "Appendices")});

    // Per-country indicators (one value per country) and time series, from the statistic topics.
    for (const StatisticTopic& t : m_topics) {
        const QPair<int, int> shape = m_topicShapes.value(t.topic);   // distinct periods, jurisdictions
        if (t.mapLayer && shape.second >= 2)
            out.append({QStringLiteral("countries:") + t.topic, t.name(lang), QCoreApplication::translate("atlas::ChartBuilder", "Country indicators")});
        else if (shape.first >= 2)
            out.append({QStringLiteral("series:") + t.topic, t.name(lang), QCoreApplication::translate("atlas::ChartBuilder", "Investment, market and other series")});
    }
    return out;
}

QChart* ChartBuilder::build(const QString& id, const SelectionState::Snapshot& sel, Lang lang, QString* footnote) const
{
    QStringList sources;
    QChart* chart = nullptr;
    if (id.startsWith(QStringLiteral("financial:")))
        chart = financial(id.mid(10), sel, lang, &sources);
    else if (id.startsWith(QStringLiteral("series:")))
        chart = series(id.mid(7), sel, lang, &sources);
    else if (id.startsWith(QStringLiteral("countries:")))
        chart = countries(id.mid(10), sel, lang, &sources);
    else if (id == QStringLiteral("appendix1"))
        chart = appendix1(sel, lang, &sources);
    else if (id == QStringLiteral("appendix3"))
        chart = appendix3(sel, lang, &sources);
    if (!chart)
        return nullptr;
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->setAlignment(Qt::AlignBottom);
    if (footnote) {
        QStringList shown = sources.mid(0, 6);
        if (sources.size() > 6)
            shown.append(QCoreApplication::translate("atlas::ChartBuilder", "and %1 more").arg(sources.size() - 6));
        *footnote = ReportCredit::citation(lang) + QStringLiteral(" · ") + shown.join(QStringLiteral("; "));
    }
    return chart;
}

bool ChartBuilder::updateMarkers(QChart* chart, const QString& id, const SelectionState::Snapshot& before,
                                 const SelectionState::Snapshot& selection, Lang lang) const
{
    // financial() depends on the selected companies only; the markers on the jurisdictions and policies.
    if (!chart || !id.startsWith(QStringLiteral("financial:")) || before.companies != selection.companies)
        return false;
    addPolicyMarkers(chart, selection, lang);
    return true;
}

QChart* ChartBuilder::financial(const QString& metric, const SelectionState::Snapshot& sel, Lang lang,
                                QStringList* sources) const
{
    auto* chart = new QChart;
    chart->setTitle(metricName(metric));
    auto* x = dateAxis(chart, QStringLiteral("yyyy.MM"));
    x->setTitleText(QCoreApplication::translate("atlas::ChartBuilder", "Fiscal-year end (points labelled by fiscal year)"));
    auto* y = new QValueAxis;
    y->setLabelFormat(metric.endsWith(QStringLiteral("_pct")) ? QStringLiteral("%.0f%%") : QStringLiteral("%.0f"));
    chart->addAxis(y, Qt::AlignLeft);
    // The companies with figures for the metric, in the usual order; beyond kMaxCompanyLines the
    // selected ones and then the first others.
    QVector<QPair<const Company*, QVector<const CompanyFinancial*>>> lines;
    int selectedLines = 0;
    const Metric& figures = metricData(metric);
    for (const Company& c : figures.companies) {
        QVector<const CompanyFinancial*> rows;
        for (int index : figures.byCompany.value(c.id))
            rows.append(&figures.financials.at(index));
        if (rows.isEmpty())
            continue;
        lines.append({&c, rows});
        selectedLines += sel.companies.contains(c.id) ? 1 : 0;
    }
    int othersLeft = kMaxCompanyLines - selectedLines;
    int i = 0;
    double minX = 1e18, maxX = -1e18, minY = 0, maxY = 0;
    for (const auto& [company, rows] : lines) {
        const Company& c = *company;
        if (lines.size() > kMaxCompanyLines && !sel.companies.contains(c.id) && othersLeft-- <= 0)
            continue;
        auto* s = new QLineSeries;
        const QString fyEnd = c.fiscalYearEnd.isEmpty() ? QString() : QCoreApplication::translate("atlas::ChartBuilder", " (FY ends %1)").arg(c.fiscalYearEnd);
        s->setName(c.name(lang) + fyEnd);
        const bool highlighted = sel.companies.isEmpty() || sel.companies.contains(c.id);
        QPen pen(paletteColor(i++));
        pen.setWidthF(highlighted ? 3 : 1.2);
        if (!highlighted)
            pen.setColor(pen.color().lighter(160));
        s->setPen(pen);
        s->setPointsVisible(true);
        // Values next to the points only for the companies the user picked: five labelled lines collide.
        s->setPointLabelsVisible(!sel.companies.isEmpty() && sel.companies.contains(c.id));
        s->setPointLabelsFormat(QStringLiteral("@yPoint"));
        for (const CompanyFinancial* f : rows) {
            const qreal xv = dateX(f->periodEnd);
            s->append(xv, f->value);
            minX = std::min(minX, double(xv));
            maxX = std::max(maxX, double(xv));
            minY = std::min(minY, f->value);
            maxY = std::max(maxY, f->value);
            addSource(sources, f->source);
        }
        chart->addSeries(s);
        s->attachAxis(x);
        s->attachAxis(y);
    }
    if (minX < maxX) {
        const qint64 pad = 120LL * 24 * 3600 * 1000;
        x->setRange(QDateTime::fromMSecsSinceEpoch(qint64(minX) - pad, Qt::UTC),
                    QDateTime::fromMSecsSinceEpoch(qint64(maxX) + pad, Qt::UTC));
        y->setRange(minY < 0 ? minY * 1.1 : 0, maxY * 1.1);
        y->applyNiceNumbers();
    }
    addPolicyMarkers(chart, sel, lang);
    return chart;
}

QChart* ChartBuilder::series(const QString& topic, const SelectionState::Snapshot& sel, Lang lang,
                             QStringList* sources) const
{
    const auto t = std::find_if(m_topics.cbegin(), m_topics.cend(), [&](const auto& x) { return x.topic == topic; });
    if (t == m_topics.cend())
        return nullptr;
    auto* chart = new QChart;
    chart->setTitle(t->name(lang));
    auto* x = dateAxis(chart, QStringLiteral("yyyy"));
    auto* y = new QValueAxis;
    y->setTitleText(t->unit);
    chart->addAxis(y, Qt::AlignLeft);
    // One line per subject (and jurisdiction); forecasts continue it as a dashed line.
    QMap<QString, QVector<const Statistic*>> groups;
    for (const Statistic& s : statistics(topic))
        if (!std::isnan(periodX(s.period)))
            groups[s.jurisdictionId + QLatin1Char('|') + s.subject(lang)].append(&s);
    int i = 0;
    double minX = 1e18, maxX = -1e18, maxY = 0, minY = 0;
    for (auto it = groups.cbegin(); it != groups.cend(); ++it) {
        QVector<const Statistic*> rows = it.value();
        std::sort(rows.begin(), rows.end(), [](auto a, auto b) { return periodX(a->period) < periodX(b->period); });
        const QColor color = paletteColor(i++);
        auto* actual = new QLineSeries;
        auto* forecast = new QLineSeries;
        const QString jurisdiction = rows.first()->jurisdictionId;
        const QString name = (jurisdiction.isEmpty() ? QString() : jurisdictionName(jurisdiction, lang) + QStringLiteral(" · "))
            + rows.first()->subject(lang);
        actual->setName(name);
        forecast->setName(name + QCoreApplication::translate("atlas::ChartBuilder", " (forecast)"));
        const bool highlighted = sel.jurisdictions.isEmpty() || sel.jurisdictions.contains(jurisdiction);
        QPen pen(color, highlighted ? 2.5 : 1.2);
        actual->setPen(pen);
        pen.setStyle(Qt::DashLine);
        forecast->setPen(pen);
        for (QLineSeries* s : {actual, forecast}) {
            s->setPointsVisible(true);
            s->setPointLabelsVisible(groups.size() <= 4);
            s->setPointLabelsFormat(QStringLiteral("@yPoint"));
        }
        const Statistic* lastActual = nullptr;
        for (const Statistic* s : rows) {
            const qreal xv = periodX(s->period);
            if (s->isForecast) {
                if (lastActual && forecast->count() == 0)
                    forecast->append(periodX(lastActual->period), lastActual->value);  // join the dashes to the line
                forecast->append(xv, s->value);
            } else {
                actual->append(xv, s->value);
                lastActual = s;
            }
            minX = std::min(minX, double(xv));
            maxX = std::max(maxX, double(xv));
            maxY = std::max(maxY, s->value);
            minY = std::min(minY, s->value);
            addSource(sources, s->source);
        }
        for (QLineSeries* s : {actual, forecast}) {
            if (s->count() == 0) {
                delete s;
                continue;
            }
            chart->addSeries(s);
            s->attachAxis(x);
            s->attachAxis(y);
        }
    }
    if (minX <= maxX) {
        const qint64 pad = 200LL * 24 * 3600 * 1000;
        x->setRange(QDateTime::fromMSecsSinceEpoch(qint64(minX) - pad, Qt::UTC),
                    QDateTime::fromMSecsSinceEpoch(qint64(maxX) + pad, Qt::UTC));
        y->setRange(minY < 0 ? minY * 1.1 : 0, maxY * 1.15);
        y->applyNiceNumbers();
    }
    addPolicyMarkers(chart, sel, lang);
    return chart;
}

QChart* ChartBuilder::countries(const QString& topic, const SelectionState::Snapshot& sel, Lang lang,
                                QStringList* sources) const
{
    const auto t = std::find_if(m_topics.cbegin(), m_topics.cend(), [&](const auto& x) { return x.topic == topic; });
    if (t == m_topics.cend())
        return nullptr;
    QVector<const Statistic*> rows;
    for (const Statistic& s : statistics(topic))
        if (!s.jurisdictionId.isEmpty())
            rows.append(&s);
    // Best first: rank 1 at the top for ranks, the largest value at the top otherwise.
    std::sort(rows.begin(), rows.end(), [&](auto a, auto b) {
        return t->lowerIsBetter ? a->value > b->value : a->value < b->value;
    });
    auto* chart = new QChart;
    chart->setTitle(t->name(lang) + (t->lowerIsBetter ? QCoreApplication::translate("atlas::ChartBuilder", " (lower is better)") : QString()));
    auto* set = new QBarSet(t->name(lang));
    set->setColor(QColor(0x9E, 0xB9, 0xD4));
    set->setSelectedColor(QColor(0xD6, 0x27, 0x28));
    QStringList categories;
    for (int i = 0; i < rows.size(); ++i) {
        const Statistic* s = rows.at(i);
        categories.append(jurisdictionName(s->jurisdictionId, lang));
        set->append(s->value);
        if (sel.jurisdictions.contains(s->jurisdictionId))
            set->selectBar(i);
        addSource(sources, s->source);
    }
    set->setLabelColor(Qt::black);
    double maxV = 0;
    for (const Statistic* s : rows)
        maxV = std::max(maxV, s->value);
    QValueAxis* axisX = addHorizontalBars(chart, set, categories);
    axisX->setLabelFormat(QStringLiteral("%.0f"));
    axisX->setRange(0, maxV * 1.12 + 1);
    axisX->applyNiceNumbers();
    axisX->setTitleText(t->unit);
    return chart;
}

QChart* ChartBuilder::appendix1(const SelectionState::Snapshot& sel, Lang lang, QStringList* sources) const
{
    auto* chart = new QChart;
    chart->setTitle(QCoreApplication::translate("atlas::ChartBuilder", "Appendix 1: items per jurisdiction and field (2024)"));
    QStringList ids;
    for (const Jurisdiction& j : m_jurisdictions)
        if (j.inAppendix1)
            ids.append(j.id);
    std::reverse(ids.begin(), ids.end());  // horizontal bars grow upwards: chapter order from the top
    auto* stacked = new QHorizontalStackedBarSeries;
    int fi = 0;
    for (const Field& f : m_fields) {
        auto* set = new QBarSet(f.name(lang));
        set->setColor(paletteColor(fi++));
        set->setSelectedColor(set->color().darker(160));
        for (int i = 0; i < ids.size(); ++i) {
            int n = 0;
            for (const Appendix1Entry& e : appendix1Entries())
                if (e.jurisdictionId == ids.at(i) && e.field == f.code) {
                    ++n;
                    addSource(sources, e.source);
                }
            set->append(n);
            if (sel.jurisdictions.contains(ids.at(i)))
                set->selectBar(i);
        }
        stacked->append(set);
    }
    stacked->setLabelsVisible(true);
    chart->addSeries(stacked);
    auto* axisY = new QBarCategoryAxis;
    axisY->setTruncateLabels(false);
    for (const QString& id : ids)
        axisY->append(jurisdictionName(id, lang));
    chart->addAxis(axisY, Qt::AlignLeft);
    stacked->attachAxis(axisY);
    auto* axisX = new QValueAxis;
    axisX->setLabelFormat(QStringLiteral("%d"));
    axisX->setTitleText(QCoreApplication::translate("atlas::ChartBuilder", "items"));
    axisX->applyNiceNumbers();
    chart->addAxis(axisX, Qt::AlignBottom);
    stacked->attachAxis(axisX);
    return chart;
}

QChart* ChartBuilder::appendix3(const SelectionState::Snapshot& sel, Lang lang, QStringList* sources) const
{
    auto* chart = new QChart;
    chart->setTitle(QCoreApplication::translate("atlas::ChartBuilder", "Appendix 3: companies per value-chain category"));
    QStringList categories;
    QVector<int> counts;
    QVector<bool> selected;
    for (const Appendix3Entry& e : appendix3Entries()) {
        const QString label = (e.scope == QStringLiteral("domestic") ? QCoreApplication::translate("atlas::ChartBuilder", "Domestic") : QCoreApplication::translate("atlas::ChartBuilder", "Overseas"))
            + QStringLiteral(" · ") + e.category(lang);
        qsizetype i = categories.indexOf(label);
        if (i < 0) {
            categories.append(label);
            counts.append(0);
            selected.append(false);
            i = categories.size() - 1;
        }
        ++counts[i];
        selected[i] = selected[i] || sel.companies.contains(e.companyId);
        addSource(sources, e.source);
    }
    auto* set = new QBarSet(QCoreApplication::translate("atlas::ChartBuilder", "companies"));
    set->setColor(QColor(0x6B, 0xAE, 0xD6));
    set->setSelectedColor(QColor(0xD6, 0x27, 0x28));
    for (int i = 0; i < counts.size(); ++i) {
        set->append(counts.at(i));
        if (selected.at(i))
            set->selectBar(i);
    }
    addHorizontalBars(chart, set, categories)->setLabelFormat(QStringLiteral("%d"));
    return chart;
}

void ChartBuilder::addPolicyMarkers(QChart* chart, const SelectionState::Snapshot& sel, Lang lang) const
{
    Q_UNUSED(lang);
    QLineSeries* lines = nullptr;
    QScatterSeries* markers = nullptr;
    for (QAbstractSeries* s : chart->series()) {
        if (s->objectName() == QLatin1String(kMarkerLines))
            lines = qobject_cast<QLineSeries*>(s);
        else if (s->objectName() == QLatin1String(kMarkers))
            markers = qobject_cast<QScatterSeries*>(s);
    }
    const auto axes = chart->axes(Qt::Horizontal);
    auto* x = axes.isEmpty() ? nullptr : qobject_cast<QDateTimeAxis*>(axes.first());
    const auto yAxes = chart->axes(Qt::Vertical);
    auto* y = yAxes.isEmpty() ? nullptr : qobject_cast<QValueAxis*>(yAxes.first());
    const QVector<qreal> xs = x && y ? policyMarkerXs(sel, x) : QVector<qreal>();
    const auto removeMarkers = [&] {
        for (QXYSeries* s : {static_cast<QXYSeries*>(lines), static_cast<QXYSeries*>(markers)})
            if (s) {
                chart->removeSeries(s);
                delete s;
            }
    };
    if (xs.isEmpty()) {
        removeMarkers();   // no event to mark: no marker series either, so the legend does not list them
        return;
    }
    // All the vertical lines as one series that zig-zags along the x axis: one series instead of one per
    // event keeps a chart rebuild cheap (a selection change must reach every view within a frame).
    QList<QPointF> linePoints;
    QList<QPointF> markerPoints;
    linePoints.reserve(3 * xs.size());
    markerPoints.reserve(xs.size());
    for (qreal xv : xs) {
        linePoints << QPointF(xv, y->min()) << QPointF(xv, y->max()) << QPointF(xv, y->min());
        markerPoints << QPointF(xv, y->max());
    }
    if (lines && markers) {
        // Points replaced in place: the legend keeps its entries, so the chart is not laid out anew
        // (adding and removing series relaid out every legend entry's text on each selection change).
        lines->replace(linePoints);
        markers->replace(markerPoints);
        return;
    }
    removeMarkers();   // at most one of the two is there: start again with both
    markers = new QScatterSeries;
    markers->setObjectName(QLatin1String(kMarkers));
    markers->setName(QCoreApplication::translate("atlas::ChartBuilder", "Policy events of the selection"));
    markers->setMarkerShape(QScatterSeries::MarkerShapeTriangle);
    markers->setMarkerSize(9);
    markers->setColor(QColor(0x44, 0x44, 0x44));
    markers->append(markerPoints);
    lines = new QLineSeries;
    lines->setObjectName(QLatin1String(kMarkerLines));
    lines->setPen(QPen(QColor(0x88, 0x88, 0x88), 1, Qt::DashLine));
    lines->append(linePoints);
    chart->addSeries(lines);
    lines->attachAxis(x);
    lines->attachAxis(y);
    chart->addSeries(markers);
    markers->attachAxis(x);
    markers->attachAxis(y);
    // The dashed lines are drawing aids, not series of their own: keep them out of the legend.
    for (QLegendMarker* m : chart->legend()->markers())
        if (qobject_cast<QLineSeries*>(m->series()) && m->series()->name().isEmpty())
            m->setVisible(false);
}

QVector<qreal> ChartBuilder::policyMarkerXs(const SelectionState::Snapshot& sel, const QDateTimeAxis* x) const
{
    if (sel.jurisdictions.isEmpty() && sel.policies.isEmpty())
        return {};
    const qreal from = static_cast<qreal>(x->min().toMSecsSinceEpoch());
    const qreal to = static_cast<qreal>(x->max().toMSecsSinceEpoch());
    // The dates of the selected policies, else of the selected jurisdictions' (read once per
    // jurisdiction), in policy order. Several jurisdictions merge by date: policies of the same date
    // give the same marker, so which of them comes first does not matter.
    QStringList dates;
    if (sel.policies.isEmpty()) {
        for (const QString& j : sel.jurisdictions) {
            auto it = m_policyDates.find(j);
            if (it == m_policyDates.end())
                it = m_policyDates.insert(j, m_repository->policyDates({j}));
            dates += *it;
        }
        if (sel.jurisdictions.size() > 1)
            std::stable_sort(dates.begin(), dates.end(), [](const QString& a, const QString& b) {
                return a.isEmpty() != b.isEmpty() ? b.isEmpty() : a < b;   // undated last
            });
    } else {
        dates = m_repository->policyDates({}, QList<qint64>(sel.policies.cbegin(), sel.policies.cend()));
    }
    QVector<qreal> xs;
    for (const QString& date : std::as_const(dates)) {
        if (date.isEmpty())
            continue;
        const qreal xv = dateX(date);
        if (!std::isnan(xv) && xv >= from && xv <= to && xs.size() < 60)
            xs.append(xv);
        if (xs.size() == 60)
            break;
    }
    std::sort(xs.begin(), xs.end());
    return xs;
}

} // namespace atlas
