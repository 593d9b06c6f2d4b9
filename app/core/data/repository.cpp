#include "repository.h"

#include <algorithm>
#include <numeric>

#include "database.h"

namespace atlas {

namespace {

// Columns of `source` in the order readSource() expects; joined as alias s.
const char* const kSourceColumns = "s.id, s.locator, s.page, s.line_start, s.line_end";

Policy readPolicy(const SqliteStatement& q, int c)
{
    Policy p;
    p.id = q.int64(c + 0);
    p.jurisdictionId = q.text(c + 1);
    p.issuerKo = q.text(c + 2);
    p.issuerEn = q.text(c + 3);
    p.titleKo = q.text(c + 4);
    p.titleEn = q.text(c + 5);
    p.kind = q.text(c + 6);
    p.status = q.text(c + 7);
    p.date = q.text(c + 8);
    p.dateEnd = q.text(c + 9);
    p.dateAsPrinted = q.text(c + 10);
    p.summaryKo = q.text(c + 11);
    p.summaryEn = q.text(c + 12);
    p.titleOriginal = q.text(c + 13);
    return p;
}

const char* const kPolicyColumns = "p.id, p.jurisdiction_id, p.issuer_ko, p.issuer_en, p.title_ko, p.title_en, p.kind, "
                                   "p.status, p.date, p.date_end, p.date_as_printed, p.summary_ko, p.summary_en, "
                                   "p.title_original";
constexpr int kPolicyColumnCount = 14;
// The same columns without the long texts (summaries, original title), read as empty.
const char* const kPolicyColumnsWithoutTexts = "p.id, p.jurisdiction_id, p.issuer_ko, p.issuer_en, p.title_ko, p.title_en, "
                                               "p.kind, p.status, p.date, p.date_end, p.date_as_printed, NULL, NULL, NULL";

// Binds a list of ids as one JSON array parameter: no SQL text is built from the values.
QString jsonIds(const QList<qint64>& ids)
{
    QStringList parts;
    for (qint64 id : ids)
        parts.append(QString::number(id));
    return QLatin1Char('[') + parts.join(QLatin1Char(',')) + QLatin1Char(']');
}

// The same for text ids (jurisdictions); quotes and backslashes, which no id has, are dropped.
QString jsonStrings(const QStringList& ids)
{
    QStringList quoted;
    for (QString id : ids)
        quoted.append(QLatin1Char('"') + id.replace(QLatin1Char('"'), QString()).replace(QLatin1Char('\\'), QString()) + QLatin1Char('"'));
    return QLatin1Char('[') + quoted.join(QLatin1Char(',')) + QLatin1Char(']');
}

} // namespace

SourceRef Repository::readSource(const SqliteStatement& q, int c)
{
    SourceRef s;
    s.id = q.int64(c);
    s.locator = q.text(c + 1);
    s.page = q.integer(c + 2);
    s.lineStart = q.integer(c + 3);
    s.lineEnd = q.integer(c + 4);
    return s;
}

namespace {
const char* const kJurisdictionColumns =
    "SELECT id, name_ko, name_en, kind, parent_id, iso_numeric, chapter3_seq, in_appendix1 FROM jurisdiction";

Jurisdiction readJurisdiction(const SqliteStatement& q)
{
    Jurisdiction j;
    j.id = q.text(0);
    j.nameKo = q.text(1);
    j.nameEn = q.text(2);
    j.kind = q.text(3);
    j.parentId = q.text(4);
    j.isoNumeric = q.text(5);
    j.chapter3Seq = q.integer(6);
    j.inAppendix1 = q.integer(7) != 0;
    return j;
}
} // namespace

QVector<Jurisdiction> Repository::jurisdictions() const
{
    QVector<Jurisdiction> out;
    SqliteStatement q = m_db.connection().prepare(
        QLatin1String(kJurisdictionColumns) + QStringLiteral(" ORDER BY chapter3_seq IS NULL, chapter3_seq, id"), nullptr);
    while (q.step())
        out.append(readJurisdiction(q));
    return out;
}

std::optional<Jurisdiction> Repository::jurisdiction(const QString& id) const
{
    // One row by key: callers look jurisdictions up inside loops (details, views, exports).
    SqliteStatement q = m_db.connection().prepare(QLatin1String(kJurisdictionColumns) + QStringLiteral(" WHERE id = ?"),
                                                  nullptr);
    q.bind(1, id);
    if (!q.step())
        return std::nullopt;
    return readJurisdiction(q);
}

QStringList Repository::members(const QString& groupId) const
{
    QStringList out;
    SqliteStatement q = m_db.connection().prepare(
        QStringLiteral("SELECT member_id FROM jurisdiction_member WHERE group_id = ? ORDER BY member_id"), nullptr);
    q.bind(1, groupId);
    while (q.step())
        out.append(q.text(0));
    return out;
}

QVector<Field> Repository::fields() const
{
    QVector<Field> out;
    SqliteStatement q = m_db.connection().prepare(
        QStringLiteral("SELECT code, seq, name_ko, name_en FROM field ORDER BY seq"), nullptr);
    while (q.step())
        out.append({q.text(0), q.integer(1), q.text(2), q.text(3)});
    return out;
}

QVector<Appendix1Entry> Repository::appendix1Entries() const
{
    QVector<Appendix1Entry> out;
    const QString sql = QStringLiteral("SELECT a.jurisdiction_id, a.field, a.seq, a.policy_id, a.note_ko, a.note_en, "
                                       "a.issuer_as_printed, a.title_as_printed, a.date_as_printed, %1, %2, "
                                       "ps.id, ps.locator, ps.page, ps.line_start, ps.line_end "
                                       "FROM appendix1_entry a "
                                       "JOIN source s ON s.id = a.source_id "
                                       "JOIN policy p ON p.id = a.policy_id "
                                       "JOIN source ps ON ps.id = p.source_id "
                                       "JOIN field f ON f.code = a.field "
                                       "ORDER BY a.jurisdiction_id, f.seq, a.seq")
                            .arg(QLatin1String(kSourceColumns), QLatin1String(kPolicyColumns));
    SqliteStatement q = m_db.connection().prepare(sql, nullptr);
    while (q.step()) {
        Appendix1Entry e;
        e.jurisdictionId = q.text(0);
        e.field = q.text(1);
        e.seq = q.integer(2);
        e.policyId = q.int64(3);
        e.noteKo = q.text(4);
        e.noteEn = q.text(5);
        e.issuerAsPrinted = q.text(6);
        e.titleAsPrinted = q.text(7);
        e.dateAsPrinted = q.text(8);
        e.source = readSource(q, 9);
        e.policy = readPolicy(q, 14);
        e.policy.source = readSource(q, 14 + kPolicyColumnCount);
        out.append(e);
    }
    return out;
}

std::optional<Policy> Repository::policy(qint64 id) const
{
    SqliteStatement q = m_db.connection().prepare(
        QStringLiteral("SELECT %1, %2 FROM policy p JOIN source s ON s.id = p.source_id WHERE p.id = ?")
            .arg(QLatin1String(kPolicyColumns), QLatin1String(kSourceColumns)),
        nullptr);
    q.bind(1, id);
    if (!q.step())
        return std::nullopt;
    Policy p = readPolicy(q, 0);
    p.source = readSource(q, kPolicyColumnCount);
    return p;
}

QSet<qint64> Repository::existingPolicyIds(const QList<qint64>& ids) const
{
    QSet<qint64> out;
    if (ids.isEmpty())
        return out;
    SqliteStatement q = m_db.connection().prepare(
        QStringLiteral("SELECT id FROM policy WHERE id IN (SELECT value FROM json_each(?))"), nullptr);
    q.bind(1, jsonIds(ids));
    while (q.step())
        out.insert(q.int64(0));
    return out;
}

QVector<Policy> Repository::policies(const QStringList& jurisdictionIds, bool withTexts) const
{
    // json_each binds the whole id list as one parameter: no SQL is built from the ids.
    QString filter = QStringLiteral("1");
    if (!jurisdictionIds.isEmpty())
        filter = QStringLiteral("p.jurisdiction_id IN (SELECT value FROM json_each(?))");
    // Read in table order and sorted here: SQLite's sorter would carry every column of every row
    // (a third of the time at 100× the report).
    SqliteStatement q = m_db.connection().prepare(
        QStringLiteral("SELECT %1, %2 FROM policy p JOIN source s ON s.id = p.source_id WHERE %3")
            .arg(QLatin1String(withTexts ? kPolicyColumns : kPolicyColumnsWithoutTexts), QLatin1String(kSourceColumns),
                 filter),
        nullptr);
    if (!jurisdictionIds.isEmpty())
        q.bind(1, jsonStrings(jurisdictionIds));
    QVector<Policy> read;
    std::vector<bool> undated;
    while (q.step()) {
        Policy p = readPolicy(q, 0);
        p.source = readSource(q, kPolicyColumnCount);
        read.append(std::move(p));
        undated.push_back(q.isNull(8));
    }
    // ORDER BY date IS NULL, date, id: dates are ISO text, so UTF-16 order is SQLite's byte order.
    QVector<int> order(read.size());
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [&read, &undated](int a, int b) {
        if (undated[a] != undated[b])
            return bool(undated[b]);
        const Policy& x = read.at(a);
        const Policy& y = read.at(b);
        if (const int c = x.date.compare(y.date); c != 0)
            return c < 0;
        return x.id < y.id;
    });
    QVector<Policy> out;
    out.reserve(read.size());
    for (int i : std::as_const(order))
        out.append(std::move(read[i]));
    return out;
}

QStringList Repository::policyDates(const QStringList& jurisdictionIds, const QList<qint64>& policyIds) const
{
    QStringList out;
    // Two statements rather than "?1 IS NULL OR …": each can use its index (policy_by_jurisdiction).
    const QString filter = policyIds.isEmpty() ? QStringLiteral("p.jurisdiction_id IN (SELECT value FROM json_each(?1))")
                                               : QStringLiteral("p.id IN (SELECT value FROM json_each(?1))");
    SqliteStatement q = m_db.connection().prepare(
        QStringLiteral("SELECT p.date FROM policy p WHERE %1 ORDER BY p.date IS NULL, p.date, p.id").arg(filter), nullptr);
    q.bind(1, policyIds.isEmpty() ? jsonStrings(jurisdictionIds) : jsonIds(policyIds));
    while (q.step())
        out.append(q.text(0));
    return out;
}

QVector<SourceRef> Repository::policySources(qint64 policyId) const
{
    QVector<SourceRef> out;
    SqliteStatement q = m_db.connection().prepare(
        QStringLiteral("SELECT %1 FROM policy p JOIN source s ON s.id = p.source_id WHERE p.id = ?1 "
                       "UNION ALL SELECT * FROM (SELECT %1 FROM policy_source x JOIN source s ON s.id = x.source_id "
                       "WHERE x.policy_id = ?1 AND x.source_id <> (SELECT source_id FROM policy WHERE id = ?1) "
                       "ORDER BY s.line_start)")
            .arg(QLatin1String(kSourceColumns)),
        nullptr);
    q.bind(1, policyId);
    while (q.step())
        out.append(readSource(q, 0));
    return out;
}

QVector<DataNote> Repository::dataNotes(const QString& entityType, const QString& entityKey) const
{
    QVector<DataNote> out;
    SqliteStatement q = m_db.connection().prepare(
        QStringLiteral("SELECT n.id, n.entity_type, n.entity_key, n.column_name, n.printed_value, n.stored_value, "
                       "n.anomaly_id, n.note_ko, n.note_en, %1 FROM data_note n JOIN source s ON s.id = n.source_id "
                       "WHERE (?1 IS NULL OR n.entity_type = ?1) AND (?2 IS NULL OR n.entity_key = ?2) ORDER BY n.id")
            .arg(QLatin1String(kSourceColumns)),
        nullptr);
    q.bind(1, entityType);
    q.bind(2, entityKey);
    while (q.step()) {
        DataNote n;
        n.id = q.int64(0);
        n.entityType = q.text(1);
        n.entityKey = q.text(2);
        n.columnName = q.text(3);
        n.printedValue = q.text(4);
        n.storedValue = q.text(5);
        n.anomalyId = q.text(6);
        n.noteKo = q.text(7);
        n.noteEn = q.text(8);
        n.source = readSource(q, 9);
        out.append(n);
    }
    return out;
}

QVector<DataNote> Repository::allDataNotes() const
{
    return dataNotes(QString(), QString());
}

QHash<QString, QPair<QString, QString>> Repository::vocabulary(const QString& table) const
{
    static const QStringList known = {QStringLiteral("policy_kind"), QStringLiteral("policy_status"),
                                      QStringLiteral("organization_kind"), QStringLiteral("activity_kind"),
                                      QStringLiteral("field")};
    QHash<QString, QPair<QString, QString>> out;
    if (!known.contains(table))
        return out;  // table names cannot be bound; only known names reach the SQL text
    SqliteStatement q = m_db.connection().prepare(
        QStringLiteral("SELECT code, name_ko, name_en FROM \"%1\"").arg(table), nullptr);
    while (q.step())
        out.insert(q.text(0), {q.text(1), q.text(2)});
    return out;
}

QHash<qint64, QStringList> Repository::policyFields() const
{
    QHash<qint64, QStringList> out;
    SqliteStatement q = m_db.connection().prepare(
        QStringLiteral("SELECT DISTINCT a.policy_id, a.field FROM appendix1_entry a JOIN field f ON f.code = a.field "
                       "ORDER BY a.policy_id, f.seq"),
        nullptr);
    while (q.step())
        out[q.int64(0)].append(q.text(1));
    return out;
}

QVector<Organization> Repository::organizations() const
{
    QVector<Organization> out;
    SqliteStatement q = m_db.connection().prepare(
        QStringLiteral("SELECT o.id, o.name_ko, o.name_en, o.kind, o.jurisdiction_id, o.abbreviation, o.summary_ko, "
                       "o.summary_en, %1 FROM organization o JOIN source s ON s.id = o.source_id ORDER BY o.id")
            .arg(QLatin1String(kSourceColumns)),
        nullptr);
    while (q.step()) {
        Organization o;
        o.id = q.int64(0);
        o.nameKo = q.text(1);
        o.nameEn = q.text(2);
        o.kind = q.text(3);
        o.jurisdictionId = q.text(4);
        o.abbreviation = q.text(5);
        o.summaryKo = q.text(6);
        o.summaryEn = q.text(7);
        o.source = readSource(q, 8);
        out.append(o);
    }
    return out;
}

QVector<Company> Repository::companies(const QList<qint64>& ids) const
{
    QVector<Company> out;
    SqliteStatement q = m_db.connection().prepare(
        QStringLiteral("SELECT c.id, c.name_ko, c.name_en, c.hq_jurisdiction_id, c.founded, c.listed, c.fiscal_year_end, "
                       "c.profile_table, c.parent_company_id, c.summary_ko, c.summary_en, %1 "
                       "FROM company c JOIN source s ON s.id = c.source_id "
                       "WHERE ?1 IS NULL OR c.id IN (SELECT value FROM json_each(?1)) ORDER BY c.id")
            .arg(QLatin1String(kSourceColumns)),
        nullptr);
    q.bind(1, ids.isEmpty() ? QString() : jsonIds(ids));
    while (q.step()) {
        Company c;
        c.id = q.int64(0);
        c.nameKo = q.text(1);
        c.nameEn = q.text(2);
        c.hqJurisdictionId = q.text(3);
        c.founded = q.text(4);
        c.listed = q.text(5);
        c.fiscalYearEnd = q.text(6);
        c.profileTable = q.text(7);
        c.parentId = q.int64(8);
        c.summaryKo = q.text(9);
        c.summaryEn = q.text(10);
        c.source = readSource(q, 11);
        out.append(c);
    }
    return out;
}

QVector<CompanyActivity> Repository::activities(const QList<qint64>& companyIds) const
{
    QVector<CompanyActivity> out;
    SqliteStatement q = m_db.connection().prepare(
        QStringLiteral("SELECT a.id, a.company_id, a.date, a.date_end, a.date_as_printed, a.kind, a.tag_ko, a.text_ko, "
                       "a.text_en, a.amount_value, a.amount_currency, a.amount_as_printed, a.appendix3_scope, "
                       "a.appendix3_seq, %1 FROM company_activity a JOIN source s ON s.id = a.source_id "
                       "WHERE ?1 IS NULL OR a.company_id IN (SELECT value FROM json_each(?1)) "
                       "ORDER BY a.date IS NULL, a.date, a.id")
            .arg(QLatin1String(kSourceColumns)),
        nullptr);
    q.bind(1, companyIds.isEmpty() ? QString() : jsonIds(companyIds));
    while (q.step()) {
        CompanyActivity a;
        a.id = q.int64(0);
        a.companyId = q.int64(1);
        a.date = q.text(2);
        a.dateEnd = q.text(3);
        a.dateAsPrinted = q.text(4);
        a.kind = q.text(5);
        a.tagKo = q.text(6);
        a.textKo = q.text(7);
        a.textEn = q.text(8);
        a.amountValue = q.real(9);
        a.amountCurrency = q.text(10);
        a.amountAsPrinted = q.text(11);
        a.appendix3Scope = q.text(12);
        a.appendix3Seq = q.integer(13);
        a.source = readSource(q, 14);
        out.append(a);
    }
    return out;
}

QVector<CompanyFinancial> Repository::financials(const QList<qint64>& companyIds, const QString& metric) const
{
    QVector<CompanyFinancial> out;
    SqliteStatement q = m_db.connection().prepare(
        QStringLiteral("SELECT f.company_id, f.metric, f.fiscal_year, f.period_end, f.value, f.unit, f.value_as_printed, %1 "
                       "FROM company_financial f JOIN source s ON s.id = f.source_id "
                       "WHERE (?1 IS NULL OR f.company_id IN (SELECT value FROM json_each(?1))) "
                       "AND (?2 IS NULL OR f.metric = ?2) "
                       "ORDER BY f.company_id, f.metric, f.period_end")
            .arg(QLatin1String(kSourceColumns)),
        nullptr);
    q.bind(1, companyIds.isEmpty() ? QString() : jsonIds(companyIds));
    q.bind(2, metric);
    while (q.step()) {
        CompanyFinancial f;
        f.companyId = q.int64(0);
        f.metric = q.text(1);
        f.fiscalYear = q.integer(2);
        f.periodEnd = q.text(3);
        f.value = q.real(4);
        f.unit = q.text(5);
        f.valueAsPrinted = q.text(6);
        f.source = readSource(q, 7);
        out.append(f);
    }
    return out;
}

QStringList Repository::financialMetrics() const
{
    QStringList out;
    SqliteStatement q = m_db.connection().prepare(
        QStringLiteral("SELECT DISTINCT metric FROM company_financial ORDER BY metric"), nullptr);
    while (q.step())
        out.append(q.text(0));
    return out;
}

QVector<Appendix3Entry> Repository::appendix3Entries() const
{
    QVector<Appendix3Entry> out;
    SqliteStatement q = m_db.connection().prepare(
        QStringLiteral("SELECT a.company_id, a.scope, a.category_ko, a.category_en, a.seq, a.company_as_printed, "
                       "a.country_as_printed, %1 FROM appendix3_entry a JOIN source s ON s.id = a.source_id "
                       "ORDER BY a.scope, a.seq")
            .arg(QLatin1String(kSourceColumns)),
        nullptr);
    while (q.step()) {
        Appendix3Entry e;
        e.companyId = q.int64(0);
        e.scope = q.text(1);
        e.categoryKo = q.text(2);
        e.categoryEn = q.text(3);
        e.seq = q.integer(4);
        e.companyAsPrinted = q.text(5);
        e.countryAsPrinted = q.text(6);
        e.source = readSource(q, 7);
        out.append(e);
    }
    return out;
}

QVector<StatisticTopic> Repository::statisticTopics() const
{
    QVector<StatisticTopic> out;
    SqliteStatement q = m_db.connection().prepare(
        QStringLiteral("SELECT topic, name_ko, name_en, unit, map_layer, lower_is_better, description_ko, description_en "
                       "FROM statistic_topic ORDER BY topic"),
        nullptr);
    while (q.step())
        out.append({q.text(0), q.text(1), q.text(2), q.text(3), q.integer(4) != 0, q.integer(5) != 0, q.text(6),
                    q.text(7)});
    return out;
}

QVector<Statistic> Repository::statistics(const QString& topic) const
{
    QVector<Statistic> out;
    SqliteStatement q = m_db.connection().prepare(
        QStringLiteral("SELECT t.id, t.topic, t.jurisdiction_id, t.subject, t.subject_en, t.period, t.value, t.unit, "
                       "t.is_forecast, t.value_as_printed, t.publisher, %1 FROM statistic t "
                       "JOIN source s ON s.id = t.source_id WHERE ?1 IS NULL OR t.topic = ?1 "
                       "ORDER BY t.topic, t.period, t.jurisdiction_id, t.id")
            .arg(QLatin1String(kSourceColumns)),
        nullptr);
    q.bind(1, topic);
    while (q.step()) {
        Statistic t;
        t.id = q.int64(0);
        t.topic = q.text(1);
        t.jurisdictionId = q.text(2);
        t.subjectKo = q.text(3);
        t.subjectEn = q.text(4);
        t.period = q.text(5);
        t.value = q.real(6);
        t.unit = q.text(7);
        t.isForecast = q.integer(8) != 0;
        t.valueAsPrinted = q.text(9);
        t.publisher = q.text(10);
        t.source = readSource(q, 11);
        out.append(t);
    }
    return out;
}

QHash<QString, QPair<int, int>> Repository::statisticShapes() const
{
    QHash<QString, QPair<int, int>> out;
    // Counted up to two through the topic index: enough to tell a series from a per-country chart, and
    // a few ms where counting every distinct value read every statistic.
    SqliteStatement q = m_db.connection().prepare(
        QStringLiteral("SELECT t.topic, "
                       "(SELECT COUNT(*) FROM (SELECT DISTINCT period FROM statistic "
                       " WHERE topic = t.topic AND period <> '' LIMIT 2)), "
                       "(SELECT COUNT(*) FROM (SELECT DISTINCT jurisdiction_id FROM statistic "
                       " WHERE topic = t.topic AND jurisdiction_id <> '' LIMIT 2)) "
                       "FROM statistic_topic t"),
        nullptr);
    while (q.step())
        out.insert(q.text(0), {q.integer(1), q.integer(2)});
    return out;
}

QStringList Repository::recordEntities()
{
    return {QStringLiteral("policies"),   QStringLiteral("organizations"), QStringLiteral("companies"),
            QStringLiteral("activities"), QStringLiteral("financials"),    QStringLiteral("statistics"),
            QStringLiteral("standards"),  QStringLiteral("references")};
}

Repository::RecordSet Repository::records(const QString& entity) const
{
    // One SELECT per entity kind; the column aliases are the keys the table model knows.
    static const QHash<QString, QString> sql = {
        {QStringLiteral("policies"),
         QStringLiteral("SELECT p.id, p.jurisdiction_id, p.date, p.date_end, p.kind, p.status, p.issuer_ko, p.issuer_en, "
                        "p.title_ko, p.title_en, s.locator || ', p.' || s.page AS source FROM policy p "
                        "JOIN source s ON s.id = p.source_id ORDER BY p.date IS NULL, p.date, p.id")},
        {QStringLiteral("organizations"),
         QStringLiteral("SELECT o.id, o.jurisdiction_id, o.kind, o.abbreviation, o.name_ko, o.name_en, "
                        "s.locator || ', p.' || s.page AS source FROM organization o "
                        "JOIN source s ON s.id = o.source_id ORDER BY o.id")},
        {QStringLiteral("companies"),
         QStringLiteral("SELECT c.id, c.hq_jurisdiction_id AS jurisdiction_id, c.name_ko, c.name_en, c.founded, "
                        "c.profile_table, s.locator || ', p.' || s.page AS source FROM company c "
                        "JOIN source s ON s.id = c.source_id ORDER BY c.id")},
        {QStringLiteral("activities"),
         QStringLiteral("SELECT a.id, a.company_id, c.hq_jurisdiction_id AS jurisdiction_id, c.name_ko AS company_ko, "
                        "c.name_en AS company_en, a.date, a.date_end, a.kind, a.text_ko, a.text_en, "
                        "a.amount_as_printed AS amount, s.locator || ', p.' || s.page AS source "
                        "FROM company_activity a JOIN company c ON c.id = a.company_id "
                        "JOIN source s ON s.id = a.source_id ORDER BY a.date IS NULL, a.date, a.id")},
        {QStringLiteral("financials"),
         QStringLiteral("SELECT f.company_id, c.hq_jurisdiction_id AS jurisdiction_id, c.name_ko AS company_ko, "
                        "c.name_en AS company_en, f.metric, f.fiscal_year, f.period_end AS date, f.value, f.unit, "
                        "s.locator || ', p.' || s.page AS source FROM company_financial f "
                        "JOIN company c ON c.id = f.company_id JOIN source s ON s.id = f.source_id "
                        "ORDER BY f.company_id, f.metric, f.period_end")},
        {QStringLiteral("statistics"),
         QStringLiteral("SELECT t.id, t.jurisdiction_id, t.topic, t.subject AS subject_ko, t.subject_en, "
                        "t.period AS date, t.value, t.unit, t.is_forecast, t.publisher, "
                        "s.locator || ', p.' || s.page AS source FROM statistic t "
                        "JOIN source s ON s.id = t.source_id ORDER BY t.topic, t.period, t.id")},
        {QStringLiteral("standards"),
         QStringLiteral("SELECT d.id, d.body, d.code, d.title_ko, d.title_en, d.year, d.date, d.status, "
                        "s.locator || ', p.' || s.page AS source FROM standard d "
                        "JOIN source s ON s.id = d.source_id ORDER BY d.body, d.code")},
        {QStringLiteral("references"),
         QStringLiteral("SELECT r.num AS id, r.date, r.citation, r.url FROM reference r ORDER BY r.num")},
    };
    RecordSet out;
    out.entity = entity;
    const auto it = sql.constFind(entity);
    if (it == sql.constEnd())
        return out;
    SqliteStatement q = m_db.connection().prepare(*it, nullptr);
    for (int c = 0; c < q.columnCount(); ++c)
        out.keys.append(q.columnName(c));
    while (q.step()) {
        QVector<QVariant> row;
        row.reserve(q.columnCount());
        for (int c = 0; c < q.columnCount(); ++c)
            row.append(q.value(c));
        out.rows.append(row);
    }
    return out;
}

int Repository::count(const QString& table) const
{
    if (!Database::requiredTables().contains(table))
        return -1;  // table names cannot be bound; only known names reach the SQL text
    SqliteStatement q = m_db.connection().prepare(QStringLiteral("SELECT COUNT(*) FROM \"%1\"").arg(table), nullptr);
    return q.step() ? q.integer(0) : -1;
}

} // namespace atlas
