#pragma once

#include "domain/entities.h"
#include "selection/selectionstate.h"

#include <QString>
#include <QHash>
#include <QVector>

QT_BEGIN_NAMESPACE
class QChart;
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

    /// Loads what the charts need; call after the database changed.
    void reload();
    QVector<Spec> catalog(Lang lang) const;
    /// A new chart (the caller owns it), or nullptr for an unknown id. \a footnote receives the
    /// sources of the plotted data and the report credit.
    QChart* build(const QString& id, const SelectionState::Snapshot& selection, Lang lang, QString* footnote) const;

private:
    QChart* financial(const QString& metric, const SelectionState::Snapshot& sel, Lang lang, QStringList* sources) const;
    QChart* series(const QString& topic, const SelectionState::Snapshot& sel, Lang lang, QStringList* sources) const;
    QChart* countries(const QString& topic, const SelectionState::Snapshot& sel, Lang lang, QStringList* sources) const;
    QChart* appendix1(const SelectionState::Snapshot& sel, Lang lang, QStringList* sources) const;
    QChart* appendix3(const SelectionState::Snapshot& sel, Lang lang, QStringList* sources) const;
    void addPolicyMarkers(QChart* chart, const SelectionState::Snapshot& sel, Lang lang) const;
    QString jurisdictionName(const QString& id, Lang lang) const;
    static QString metricName(const QString& metric);

    const Repository* m_repository;
    QVector<Jurisdiction> m_jurisdictions;
    QVector<Company> m_companies;
    QVector<CompanyFinancial> m_financials;
    QHash<qint64, QVector<int>> m_financialsByCompany;   ///< company id -> indexes into m_financials
    QVector<StatisticTopic> m_topics;
    QVector<Statistic> m_statistics;
    QVector<Appendix1Entry> m_appendix1;
    QVector<Appendix3Entry> m_appendix3;
    QVector<Field> m_fields;
    QVector<Policy> m_policies;
    QHash<QString, QVector<int>> m_policiesByJurisdiction;   ///< indexes into m_policies, in order
};

} // namespace atlas
