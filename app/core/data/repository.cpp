#include "repository.h"

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

QVector<Jurisdiction> Repository::jurisdictions() const
{
    QVector<Jurisdiction> out;
    SqliteStatement q = m_db.connection().prepare(
        QStringLiteral("SELECT id, name_ko, name_en, kind, parent_id, iso_numeric, chapter3_seq, in_appendix1 "
                       "FROM jurisdiction ORDER BY chapter3_seq IS NULL, chapter3_seq, id"),
        nullptr);
    while (q.step()) {
        Jurisdiction j;
        j.id = q.text(0);
        j.nameKo = q.text(1);
        j.nameEn = q.text(2);
        j.kind = q.text(3);
        j.parentId = q.text(4);
        j.isoNumeric = q.text(5);
        j.chapter3Seq = q.integer(6);
        j.inAppendix1 = q.integer(7) != 0;
        out.append(j);
    }
    return out;
}

std::optional<Jurisdiction> Repository::jurisdiction(const QString& id) const
{
    for (const Jurisdiction& j : jurisdictions())
        if (j.id == id)
            return j;
    return std::nullopt;
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

QVector<Policy> Repository::policies(const QStringList& jurisdictionIds) const
{
    QVector<Policy> out;
    // json_each binds the whole id list as one parameter: no SQL is built from the ids.
    QString filter = QStringLiteral("1");
    if (!jurisdictionIds.isEmpty())
        filter = QStringLiteral("p.jurisdiction_id IN (SELECT value FROM json_each(?))");
    SqliteStatement q = m_db.connection().prepare(
        QStringLiteral("SELECT %1, %2 FROM policy p JOIN source s ON s.id = p.source_id WHERE %3 "
                       "ORDER BY p.date IS NULL, p.date, p.id")
            .arg(QLatin1String(kPolicyColumns), QLatin1String(kSourceColumns), filter),
        nullptr);
    if (!jurisdictionIds.isEmpty()) {
        QStringList quoted;
        for (QString id : jurisdictionIds)
            quoted.append(QLatin1Char('"') + id.replace(QLatin1Char('"'), QString()).replace(QLatin1Char('\\'), QString()) + QLatin1Char('"'));
        q.bind(1, QLatin1Char('[') + quoted.join(QLatin1Char(',')) + QLatin1Char(']'));
    }
    while (q.step()) {
        Policy p = readPolicy(q, 0);
        p.source = readSource(q, kPolicyColumnCount);
        out.append(p);
    }
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

int Repository::count(const QString& table) const
{
    if (!Database::requiredTables().contains(table))
        return -1;  // table names cannot be bound; only known names reach the SQL text
    SqliteStatement q = m_db.connection().prepare(QStringLiteral("SELECT COUNT(*) FROM \"%1\"").arg(table), nullptr);
    return q.step() ? q.integer(0) : -1;
}

} // namespace atlas
