#pragma once

#include "domain/entities.h"

#include <QHash>
#include <QSet>
#include <QStringList>
#include <QVector>

#include <optional>

namespace atlas {

class Database;
class SqliteStatement;

/// \brief Reads the report's entities from an open Database. All SQL of the app lives in this layer;
/// callers get value types. Every value is bound, never spliced into SQL text.
class Repository
{
public:
    explicit Repository(Database& database) : m_db(database) {}

    QVector<Jurisdiction> jurisdictions() const;
    std::optional<Jurisdiction> jurisdiction(const QString& id) const;
    QStringList members(const QString& groupId) const;   ///< e.g. the 27 EU members
    QVector<Field> fields() const;

    QVector<Appendix1Entry> appendix1Entries() const;
    std::optional<Policy> policy(qint64 id) const;
    /// Those of \a ids that are policies of this database (one query, however many ids).
    QSet<qint64> existingPolicyIds(const QList<qint64>& ids) const;
    /// Policies of \a jurisdictionIds (all when empty) in date order. Without \a withTexts the summaries and
    /// the original title are left empty: lists and timelines do not show them (5 MB at 100× the report).
    QVector<Policy> policies(const QStringList& jurisdictionIds = {}, bool withTexts = true) const;
    QVector<SourceRef> policySources(qint64 policyId) const;   ///< the main source first

    QHash<qint64, QStringList> policyFields() const;   ///< policy id -> 첨부 1 fields it is placed in
    QVector<Organization> organizations() const;
    /// Dates of policies in the app's policy order (undated last, by date, by id): those of \a policyIds
    /// when given, else those of \a jurisdictionIds (exact ids, no sub-national ones). For overlays that
    /// need one selection's dates, not every policy.
    QStringList policyDates(const QStringList& jurisdictionIds, const QList<qint64>& policyIds = {}) const;
    QVector<Company> companies(const QList<qint64>& ids = {}) const;   ///< all, or those of \a ids
    QVector<CompanyActivity> activities(const QList<qint64>& companyIds = {}) const;
    /// Figures of \a companyIds (all when empty), of one \a metric when given.
    QVector<CompanyFinancial> financials(const QList<qint64>& companyIds = {}, const QString& metric = {}) const;
    QStringList financialMetrics() const;   ///< the metrics that have figures
    QVector<Appendix3Entry> appendix3Entries() const;
    QVector<StatisticTopic> statisticTopics() const;
    QVector<Statistic> statistics(const QString& topic = {}) const;
    /// Per topic of statistic_topic: how many distinct periods and distinct jurisdictions its statistics
    /// have, counted up to 2 (what decides whether it makes a time series or a per-country chart).
    QHash<QString, QPair<int, int>> statisticShapes() const;

    /// \brief A whole table of one entity kind for the table views: column keys and rows of values.
    struct RecordSet
    {
        QString entity;
        QStringList keys;
        QVector<QVector<QVariant>> rows;
    };
    /// Entity kinds: policies, organizations, companies, activities, financials, statistics, standards,
    /// references. Unknown kinds give an empty set.
    RecordSet records(const QString& entity) const;
    static QStringList recordEntities();

    /// Korean and English names of the codes of a vocabulary table (policy_kind, policy_status,
    /// organization_kind, activity_kind, field): code -> {name_ko, name_en}.
    QHash<QString, QPair<QString, QString>> vocabulary(const QString& table) const;

    QVector<DataNote> dataNotes(const QString& entityType, const QString& entityKey) const;
    QVector<DataNote> allDataNotes() const;

    /// Row count of a table of the public schema (for the status bar and sanity checks).
    int count(const QString& table) const;

private:
    static SourceRef readSource(const SqliteStatement& q, int firstColumn);
    Database& m_db;
};

} // namespace atlas
