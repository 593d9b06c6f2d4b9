// The public schema is a contract with researchers: these names must exist, unchanged, in the shipped file.
#include "data/sqlitedb.h"
#include "../testutil.h"

#include <QSet>

#include <gtest/gtest.h>

using atlas::SqliteDb;

namespace {
QSet<QString> columnsOf(SqliteDb& db, const QString& table)
{
    QSet<QString> out;
    auto q = db.prepare(QStringLiteral("SELECT name FROM pragma_table_info(?)"), nullptr);
    q.bind(1, table);
    while (q.step())
        out.insert(q.text(0));
    return out;
}
} // namespace

TEST(PublicSchema, EveryContractTableAndColumnExists)
{
    const std::vector<std::pair<const char*, std::vector<const char*>>> contract = {
        {"source", {"id", "locator", "page"}},
        {"jurisdiction", {"id", "name_ko", "name_en", "kind", "parent_id"}},
        {"jurisdiction_member", {"group_id", "member_id"}},
        {"policy", {"id", "jurisdiction_id", "issuer_ko", "issuer_en", "title_ko", "title_en", "kind", "date",
                    "date_as_printed", "summary_ko", "summary_en", "source_id"}},
        {"appendix1_entry", {"jurisdiction_id", "field", "seq", "policy_id", "note_ko"}},
        {"organization", {"id", "name_ko", "name_en", "kind", "jurisdiction_id"}},
        {"company", {"id", "name_ko", "name_en", "hq_jurisdiction_id"}},
        {"appendix3_entry", {"company_id", "scope", "category_ko", "seq"}},
        {"company_activity", {"id", "company_id", "date", "kind", "text_ko", "text_en", "source_id"}},
        {"company_financial", {"company_id", "metric", "fiscal_year", "period_end", "value", "unit", "source_id"}},
        {"statistic", {"id", "topic", "jurisdiction_id", "subject", "period", "value", "unit", "is_forecast",
                       "source_id"}},
        {"standard", {"id", "body", "code", "title", "year", "source_id"}},
        {"reference", {"num", "citation", "date"}},
    };
    SqliteDb db;
    ASSERT_TRUE(db.open(atlas::test::shippedDatabase(), SqliteDb::Mode::ReadOnly, nullptr));
    for (const auto& [table, columns] : contract) {
        const QSet<QString> have = columnsOf(db, QString::fromLatin1(table));
        ASSERT_FALSE(have.isEmpty()) << "missing table " << table;
        for (const char* c : columns)
            EXPECT_TRUE(have.contains(QString::fromLatin1(c))) << table << "." << c;
    }
}

TEST(PublicSchema, PrimaryKeysAndChecksAreAsPublished)
{
    SqliteDb db;
    ASSERT_TRUE(db.open(atlas::test::shippedDatabase(), SqliteDb::Mode::ReadOnly, nullptr));
    auto pk = [&](const char* table) {
        QStringList out;
        auto q = db.prepare(QStringLiteral("SELECT name FROM pragma_table_info(?) WHERE pk > 0 ORDER BY pk"), nullptr);
        q.bind(1, QString::fromLatin1(table));
        while (q.step())
            out.append(q.text(0));
        return out.join(QLatin1Char(','));
    };
    EXPECT_EQ(pk("appendix1_entry"), QStringLiteral("jurisdiction_id,field,seq"));
    EXPECT_EQ(pk("appendix3_entry"), QStringLiteral("scope,seq"));
    EXPECT_EQ(pk("company_financial"), QStringLiteral("company_id,metric,fiscal_year,period_end"));
    EXPECT_EQ(pk("reference"), QStringLiteral("num"));

    // The CHECK lists are enforced by SQLite itself, not only by our builder.
    SqliteDb mem;
    ASSERT_TRUE(mem.openMemory(nullptr));
    QString error;
    ASSERT_TRUE(mem.exec(QString::fromUtf8(atlas::test::readAll(atlas::test::schemaPath())), &error))
        << error.toStdString();
    EXPECT_FALSE(mem.exec(QStringLiteral("INSERT INTO source (id, locator) VALUES (1, 'x');"
                                         "INSERT INTO jurisdiction (id, name_ko, name_en, kind, source_id) "
                                         "VALUES ('X', 'x', 'x', 'planet', 1)"),
                          &error));
    EXPECT_TRUE(error.contains(QStringLiteral("CHECK")));
}

TEST(PublicSchema, ShippedDatabaseCitesASourceForEveryRow)
{
    SqliteDb db;
    ASSERT_TRUE(db.open(atlas::test::shippedDatabase(), SqliteDb::Mode::ReadOnly, nullptr));
    auto tables = db.prepare(QStringLiteral("SELECT m.name FROM sqlite_master m JOIN pragma_table_info(m.name) c "
                                            "WHERE m.type = 'table' AND c.name = 'source_id' AND c.\"notnull\" = 1"),
                             nullptr);
    int checked = 0;
    while (tables.step()) {
        const QString t = tables.text(0);
        auto q = db.prepare(QStringLiteral("SELECT COUNT(*) FROM \"%1\" x LEFT JOIN source s ON s.id = x.source_id "
                                           "WHERE s.id IS NULL OR s.locator = '' OR s.page IS NULL OR s.page < 1")
                                .arg(t),
                            nullptr);
        ASSERT_TRUE(q.step());
        EXPECT_EQ(q.integer(0), 0) << t.toStdString() << " has rows without a source with a printed page";
        ++checked;
    }
    EXPECT_GE(checked, 12);
}
