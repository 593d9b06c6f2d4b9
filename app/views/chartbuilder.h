#pragma once

#include "domain/entities.h"
#include "selection/selectionstate.h"

#include <QString>
#include <QHash>
#include <QVector>

#include <optional>

QT_BEGIN_NAMESPACE
class QChart;
class QDateTimeAxis;
QT_END_NAMESPACE

namespace atlas {

class Repository;

/// \brief Builds every chart of the app as a QChart, for the screen and for exports alike.
///
/// The catalogue is generated from the data: one chart per company-financial metric, OpenAI's ARR, one
/// per statistic topic that forms a time series, one per per-country indicator, and the 첨부 1 and 첨부 3
/// overviews. Selected jurisdictions and companies are highlighted; on time-axis charts the policies of
/// the selected jurisdictions are overlaid as vertical markers.
class ChartBuilder
{
public:
    struct Spec
    {
        QString id;      ///< stable: 'financial:revenue', 'arr', 'series:<topic>', 'countries:<topic>', …
        QString title;
        QString group;
    };

    explicit ChartBuilder(const Repository* repository) : m_repository(repository) {}

    /// Reads what the catalogue needs and forgets every chart's data; call after the database changed.
    /// A chart's rows are read when it is first built (one metric's financials, one topic's
    /// statistics), the policy markers per build for the selection: opening a database many times the
    /// report must not read every table.
    void reload();
    QVector<Spec> catalog(Lang lang) const;
    /// A new chart (the caller owns it), or nullptr for an unknown id. \a footnote receives the
    /// sources of the plotted data and the report credit.
    QChart* build(const QString& id, const SelectionState::Snapshot& selection, Lang lang, QString* footnote) const;
    /// Brings \a chart, built by build() for \a id and \a before, up to date with \a selection by
    /// replacing its policy markers only, when nothing else of it depends on what changed (a financial
    /// chart whose selected companies stayed the same): a selection change then costs the markers' points,
    /// replaced in place, not a new chart or a new legend. False when the chart must be built anew.
    bool updateMarkers(QChart* chart, const QString& id, const SelectionState::Snapshot& before,
                       const SelectionState::Snapshot& selection, Lang lang) const;

private:
    QChart* financial(const QString& metric, const SelectionState::Snapshot& sel, Lang lang, QStringList* sources) const;
    QChart* series(const QString& topic, const SelectionState::Snapshot& sel, Lang lang, QStringList* sources) const;
    QChart* countries(const QString& topic, const SelectionState::Snapshot& sel, Lang lang, QStringList* sources) const;
    QChart* appendix1(const SelectionState::Snapshot& sel, Lang lang, QStringList* sources) const;
    QChart* appendix3(const SelectionState::Snapshot& sel, Lang lang, QStringList* sources) const;
    /// Adds the policy markers of \a sel to \a chart, or brings those it has up to date (in place when
    /// it has some and still needs some).
    void addPolicyMarkers(QChart* chart, const SelectionState::Snapshot& sel, Lang lang) const;
    /// The x of the selection's policy events on the axis \a x (at most 60, in order).
    QVector<qreal> policyMarkerXs(const SelectionState::Snapshot& sel, const QDateTimeAxis* x) const;
    QString jurisdictionName(const QString& id, Lang lang) const;
    static QString metricName(const QString& metric);

    /// One metric's figures and the companies that have them (in company order), read on first use.
    struct Metric
    {
        QVector<Company> companies;
        QVector<CompanyFinancial> financials;
        QHash<qint64, QVector<int>> byCompany;   ///< company id -> indexes into financials
    };
    const Metric& metricData(const QString& metric) const;
    const QVector<Statistic>& statistics(const QString& topic) const;
    const QVector<Appendix1Entry>& appendix1Entries() const;
    const QVector<Appendix3Entry>& appendix3Entries() const;

    const Repository* m_repository;
    QVector<Jurisdiction> m_jurisdictions;
    QHash<QString, int> m_jurisdictionIndex;   ///< id -> index into m_jurisdictions
    QStringList m_metrics;                     ///< the metrics with figures
    QVector<StatisticTopic> m_topics;
    QHash<QString, QPair<int, int>> m_topicShapes;   ///< topic -> distinct periods, jurisdictions (up to 2)
    bool m_hasAppendix1 = false;
    bool m_hasAppendix3 = false;
    QVector<Field> m_fields;
    // Read on first use (build() is const: these only cache what the database holds).
    mutable QHash<QString, Metric> m_metricCache;
    mutable QHash<QString, QVector<Statistic>> m_statisticCache;
    mutable std::optional<QVector<Appendix1Entry>> m_appendix1;
    mutable std::optional<QVector<Appendix3Entry>> m_appendix3;
    mutable QHash<QString, QStringList> m_policyDates;   ///< jurisdiction -> its policies' dates, in order
};

} // namespace atlas
