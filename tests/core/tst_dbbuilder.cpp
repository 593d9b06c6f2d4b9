// Every validation rule of the database builder, each with an input that breaks it.
#include "data/dbbuilder.h"
#include "data/sqlitedb.h"
#include "../testutil.h"

#include <QCryptographicHash>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using atlas::DbBuilder;
using atlas::SqliteDb;
using namespace atlas::test;

namespace {

// A tiny but complete seed: the real vocabularies and page anchors, two jurisdictions, one policy,
// one 첨부 1 entry. Each test breaks one file and checks the reported rule and position.
class BuilderTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        for (const char* folder : {"field", "policy_kind", "policy_status", "organization_kind", "activity_kind",
                                   "page_anchor"}) {
            const QString name = QString::fromLatin1(folder);
            const QDir src(seedDir() + QLatin1Char('/') + name);
            for (const QString& f : src.entryList({QStringLiteral("*.tsv")}, QDir::Files))
                ASSERT_TRUE(writeFile(seed(name + QLatin1Char('/') + f), readAll(src.filePath(f))));
        }
        write("jurisdiction/j.tsv",
              "id\tname_ko\tname_en\tkind\tparent_id\tin_appendix1\tsrc_locator\tsrc_lines\n"
              "KOR\t한국\tRepublic of Korea\tcountry\t\t1\t제3장 제10절 우리나라\t2666\n"
              "EU\tEU\tEuropean Union\tsupranational\t\t1\t제3장 제2절 EU\t1179\n");
        write("policy/p.tsv",
              "id\tjurisdiction_id\ttitle_ko\ttitle_en\tkind\tdate\tsrc_locator\tsrc_lines\n"
              "10001\tKOR\tAI 기본법\tFramework Act on AI\tlaw\t2024-12-26\t제3장 제10절 우리나라\t3071\n");
        write("appendix1_entry/a.tsv",
              "jurisdiction_id\tfield\tseq\tpolicy_id\tissuer_as_printed\ttitle_as_printed\tdate_as_printed\t"
              "src_locator\tsrc_lines\n"
              "KOR\tpolicy_law\t1\t10001\t정부\tAI 기본법\t2024.12\t첨부 1\t5932\n");
    }

    QString seed(const QString& rel) const { return m_dir.path() + QStringLiteral("/seed/") + rel; }
    void write(const char* rel, const char* text) { ASSERT_TRUE(writeFile(seed(QString::fromUtf8(rel)), text)); }

    DbBuilder::Result build()
    {
        return DbBuilder::build(schemaPath(), m_dir.path() + QStringLiteral("/seed"), out());
    }
    QString out() const { return m_dir.path() + QStringLiteral("/out.sqlite"); }

    // Expects exactly one problem, of \a rule at \a file:\a line:\a column, and no database written.
    void expectProblem(const char* rule, const char* file, int line, int column, const char* value = nullptr)
    {
        const auto result = build();
        EXPECT_FALSE(result.ok);
        EXPECT_FALSE(QFile::exists(out())) << "a failed build must not leave a database";
        ASSERT_EQ(result.problems.size(), 1) << (result.problems.isEmpty() ? std::string()
                                                                           : result.problems.first().toString().toStdString());
        const auto& p = result.problems.first();
        EXPECT_EQ(p.rule, QString::fromLatin1(rule)) << p.toString().toStdString();
        EXPECT_TRUE(p.file.endsWith(QString::fromUtf8(file))) << p.toString().toStdString();
        EXPECT_EQ(p.line, line) << p.toString().toStdString();
        EXPECT_EQ(p.column, column) << p.toString().toStdString();
        if (value) {
            EXPECT_EQ(p.value, QString::fromUtf8(value));
        }
    }

    QTemporaryDir m_dir;
};

} // namespace

TEST_F(BuilderTest, ValidSeedBuildsWithDerivedPages)
{
    const auto result = build();
    ASSERT_TRUE(result.ok) << result.problems.value(0).toString().toStdString();
    EXPECT_EQ(result.rowCounts.value(QStringLiteral("policy")), 1);
    EXPECT_EQ(result.rowCounts.value(QStringLiteral("source")), 4);
    SqliteDb db;
    ASSERT_TRUE(db.open(out(), SqliteDb::Mode::ReadOnly, nullptr));
    auto q = db.prepare(QStringLiteral("SELECT s.page, s.locator FROM appendix1_entry a JOIN source s ON s.id = a.source_id"),
                        nullptr);
    ASSERT_TRUE(q.step());
    EXPECT_EQ(q.integer(0), 331);  // the Korea row of 첨부 1 (L5932) is on printed page 331
    auto v = db.prepare(QStringLiteral("PRAGMA user_version"), nullptr);
    ASSERT_TRUE(v.step());
    EXPECT_EQ(v.integer(0), 1);
}

TEST_F(BuilderTest, UnknownForeignKey)
{
    write("appendix1_entry/a.tsv",
          "jurisdiction_id\tfield\tseq\tpolicy_id\tissuer_as_printed\ttitle_as_printed\tdate_as_printed\tsrc_locator\tsrc_lines\n"
          "KOR\tpolicy_law\t1\t99999\t정부\tAI 기본법\t2024.12\t첨부 1\t5932\n");
    expectProblem("unknown-reference", "appendix1_entry/a.tsv", 2, 18, "99999");
}

TEST_F(BuilderTest, BadEnumValueFromCheckConstraint)
{
    write("jurisdiction/j.tsv",
          "id\tname_ko\tname_en\tkind\tparent_id\tin_appendix1\tsrc_locator\tsrc_lines\n"
          "KOR\t한국\tRepublic of Korea\tnation\t\t1\t제3장 제10절 우리나라\t2666\n"
          "EU\tEU\tEuropean Union\tsupranational\t\t1\t제3장 제2절 EU\t1179\n");
    expectProblem("bad-code", "jurisdiction/j.tsv", 2, 26, "nation");
}

TEST_F(BuilderTest, BadVocabularyCodeIsAnUnknownReference)
{
    write("policy/p.tsv",
          "id\tjurisdiction_id\ttitle_ko\ttitle_en\tkind\tdate\tsrc_locator\tsrc_lines\n"
          "10001\tKOR\tAI 기본법\tFramework Act on AI\tstatute\t2024-12-26\t제3장 제10절 우리나라\t3071\n");
    expectProblem("unknown-reference", "policy/p.tsv", 2, 38, "statute");
}

TEST_F(BuilderTest, MalformedDates)
{
    for (const char* bad : {"2024.12.26", "2024-13", "2024-02-30", "24-01", "2024-1-5"}) {
        const QByteArray text = QByteArray("id\tjurisdiction_id\ttitle_ko\ttitle_en\tkind\tdate\tsrc_locator\tsrc_lines\n"
                                           "10001\tKOR\tAI 기본법\tFramework Act on AI\tlaw\t")
            + bad + "\t제3장 제10절 우리나라\t3071\n";
        ASSERT_TRUE(writeFile(seed(QStringLiteral("policy/p.tsv")), text));
        SCOPED_TRACE(bad);
        expectProblem("bad-date", "policy/p.tsv", 2, 42, bad);
    }
}

TEST_F(BuilderTest, RowWithoutSource)
{
    write("policy/p.tsv",
          "id\tjurisdiction_id\ttitle_ko\ttitle_en\tkind\tdate\tsrc_locator\tsrc_lines\n"
          "10001\tKOR\tAI 기본법\tFramework Act on AI\tlaw\t2024-12-26\t\t\n");
    expectProblem("missing-source", "policy/p.tsv", 2, 53);
}

TEST_F(BuilderTest, FileWithoutSourceColumns)
{
    write("policy/p.tsv",
          "id\tjurisdiction_id\ttitle_ko\ttitle_en\n"
          "10001\tKOR\tAI 기본법\tFramework Act on AI\n");
    expectProblem("missing-source", "policy/p.tsv", 1, 1);
}

TEST_F(BuilderTest, SourceLinesOutsideTheReport)
{
    write("policy/p.tsv",
          "id\tjurisdiction_id\ttitle_ko\ttitle_en\tkind\tdate\tsrc_locator\tsrc_lines\n"
          "10001\tKOR\tAI 기본법\tFramework Act on AI\tlaw\t2024-12-26\t제3장 제10절 우리나라\t99999\n");
    expectProblem("bad-lines", "policy/p.tsv", 2, 67, "99999");
}

TEST_F(BuilderTest, PageThatContradictsTheAnchors)
{
    write("policy/p.tsv",
          "id\tjurisdiction_id\ttitle_ko\ttitle_en\tkind\tdate\tsrc_locator\tsrc_lines\tsrc_page\n"
          "10001\tKOR\tAI 기본법\tFramework Act on AI\tlaw\t2024-12-26\t제3장 제10절 우리나라\t3071\t20\n");
    expectProblem("bad-page", "policy/p.tsv", 2, 72, "20");
}

TEST_F(BuilderTest, DuplicateKey)
{
    write("policy/p.tsv",
          "id\tjurisdiction_id\ttitle_ko\ttitle_en\tkind\tdate\tsrc_locator\tsrc_lines\n"
          "10001\tKOR\tAI 기본법\tFramework Act on AI\tlaw\t2024-12-26\t제3장 제10절 우리나라\t3071\n");
    write("policy/q.tsv",
          "id\tjurisdiction_id\ttitle_ko\ttitle_en\tkind\tdate\tsrc_locator\tsrc_lines\n"
          "10001\tKOR\tAI 안전연구소\tAI Safety Institute\tinstitution\t2024-11\t제3장 제10절 우리나라\t3071\n");
    expectProblem("duplicate-key", "policy/q.tsv", 2, 1, "10001");
}

TEST_F(BuilderTest, EmptyKoreanName)
{
    write("jurisdiction/j.tsv",
          "id\tname_ko\tname_en\tkind\tparent_id\tin_appendix1\tsrc_locator\tsrc_lines\n"
          "KOR\t\tRepublic of Korea\tcountry\t\t1\t제3장 제10절 우리나라\t2666\n"
          "EU\tEU\tEuropean Union\tsupranational\t\t1\t제3장 제2절 EU\t1179\n");
    expectProblem("empty-name", "jurisdiction/j.tsv", 2, 5);
}

TEST_F(BuilderTest, EmptyEnglishTitle)
{
    write("policy/p.tsv",
          "id\tjurisdiction_id\ttitle_ko\ttitle_en\tkind\tdate\tsrc_locator\tsrc_lines\n"
          "10001\tKOR\tAI 기본법\t \tlaw\t2024-12-26\t제3장 제10절 우리나라\t3071\n");
    expectProblem("empty-name", "policy/p.tsv", 2, 18);
}

TEST_F(BuilderTest, UnknownColumn)
{
    write("policy/p.tsv",
          "id\tjurisdiction_id\ttitle_ko\ttitle_en\tkind\tdate\tsrc_locator\tsrc_lines\tcolour\n"
          "10001\tKOR\tAI 기본법\tFramework Act on AI\tlaw\t2024-12-26\t제3장 제10절 우리나라\t3071\tred\n");
    expectProblem("unknown-column", "policy/p.tsv", 1, 1, "colour");
}

TEST_F(BuilderTest, MissingRequiredColumn)
{
    write("policy/p.tsv",
          "id\tjurisdiction_id\ttitle_en\tkind\tdate\tsrc_locator\tsrc_lines\n"
          "10001\tKOR\tFramework Act on AI\tlaw\t2024-12-26\t제3장 제10절 우리나라\t3071\n");
    const auto result = build();
    EXPECT_FALSE(result.ok);
    ASSERT_FALSE(result.problems.isEmpty());
    EXPECT_EQ(result.problems.first().rule, QStringLiteral("missing-column"));
    EXPECT_EQ(result.problems.first().value, QStringLiteral("title_ko"));
}

TEST_F(BuilderTest, NotAWholeNumber)
{
    write("policy/p.tsv",
          "id\tjurisdiction_id\ttitle_ko\ttitle_en\tkind\tdate\tsrc_locator\tsrc_lines\n"
          "10O01\tKOR\tAI 기본법\tFramework Act on AI\tlaw\t2024-12-26\t제3장 제10절 우리나라\t3071\n");
    const auto result = build();
    ASSERT_FALSE(result.ok);
    EXPECT_EQ(result.problems.first().rule, QStringLiteral("bad-integer"));
    EXPECT_EQ(result.problems.first().line, 2);
}

TEST_F(BuilderTest, UnknownTableFolder)
{
    write("policies/p.tsv", "id\n1\n");
    const auto result = build();
    ASSERT_FALSE(result.ok);
    EXPECT_EQ(result.problems.first().rule, QStringLiteral("unknown-table"));
    EXPECT_EQ(result.problems.first().value, QStringLiteral("policies"));
}

TEST_F(BuilderTest, EncodingAndLineEndProblemsFailTheBuild)
{
    ASSERT_TRUE(writeFile(seed(QStringLiteral("policy/p.tsv")),
                          "id\tjurisdiction_id\ttitle_ko\ttitle_en\tkind\tdate\tsrc_locator\tsrc_lines\r\n"
                          "10001\tKOR\tAI 기본법\tFramework Act on AI\tlaw\t2024-12-26\t제3장 제10절 우리나라\t3071\r\n"));
    auto result = build();
    EXPECT_FALSE(result.ok);
    EXPECT_EQ(result.problems.first().rule, QStringLiteral("bad-line-ending"));
    EXPECT_FALSE(QFile::exists(out()));
}

TEST_F(BuilderTest, HostileSourceFilesNameThePlaceAndLoadNothing)
{
    ASSERT_TRUE(build().ok);
    const QByteArray before = readAll(out());
    const QByteArray header = "id\tjurisdiction_id\ttitle_ko\ttitle_en\tkind\tdate\tsrc_locator\tsrc_lines\n";
    const QByteArray row = "10001\tKOR\tAI 기본법\tFramework Act on AI\tlaw\t2024-12-26\t제3장 제10절 우리나라\t3071\n";
    // A 1 MB line.
    ASSERT_TRUE(writeFile(seed(QStringLiteral("policy/p.tsv")), header + row + QByteArray(1 << 20, 'x') + "\n"));
    auto result = build();
    ASSERT_FALSE(result.ok);
    EXPECT_EQ(result.problems.first().rule, QStringLiteral("line-too-long"));
    EXPECT_EQ(result.problems.first().line, 3);
    EXPECT_TRUE(result.problems.first().file.endsWith(QStringLiteral("policy/p.tsv")));
    // Invalid UTF-8 in the second row's title, after a BOM: the place is the line.
    ASSERT_TRUE(writeFile(seed(QStringLiteral("policy/p.tsv")),
                          "\xEF\xBB\xBF" + header + row + "10002\tKOR\tAI \xC3\x28\tBad\tlaw\t2024\t제3장 제10절 우리나라\t3071\n"));
    result = build();
    ASSERT_FALSE(result.ok);
    EXPECT_EQ(result.problems.first().rule, QStringLiteral("bad-encoding"));
    EXPECT_EQ(result.problems.first().line, 3);
    // An unbalanced quote is text (sources have no quoting), but an id that does not exist is named.
    ASSERT_TRUE(writeFile(seed(QStringLiteral("policy/p.tsv")),
                          header + "10001\tKOR\t\"AI 기본법\tFramework Act on AI\tlaw\t2024-12-26\t제3장 제10절 우리나라\t3071\n"
                                   "10002\tATL\t법\tAct\tlaw\t2024\t제3장 제10절 우리나라\t3071\n"));
    result = build();
    ASSERT_FALSE(result.ok);
    ASSERT_EQ(result.problems.size(), 1) << result.problems.first().toString().toStdString();
    EXPECT_EQ(result.problems.first().line, 3);
    EXPECT_EQ(result.problems.first().value, QStringLiteral("ATL"));
    EXPECT_EQ(readAll(out()), before) << "nothing half-loaded: the previous database stays as it was";
}

TEST_F(BuilderTest, FailedBuildKeepsThePreviousDatabase)
{
    ASSERT_TRUE(build().ok);
    const QByteArray before = readAll(out());
    write("policy/p.tsv",
          "id\tjurisdiction_id\ttitle_ko\ttitle_en\tkind\tdate\tsrc_locator\tsrc_lines\n"
          "10001\tXXX\tAI 기본법\tFramework Act on AI\tlaw\t2024-12-26\t제3장 제10절 우리나라\t3071\n");
    EXPECT_FALSE(build().ok);
    EXPECT_EQ(readAll(out()), before) << "the old database must stay untouched";
}

TEST(DbBuilder, IsoDatePrefixes)
{
    for (const char* good : {"2024", "2024-02", "2024-02-29", "1956"})
        EXPECT_TRUE(DbBuilder::isIsoDatePrefix(QString::fromLatin1(good))) << good;
    for (const char* bad : {"", "2023-02-29", "2024-00", "2024-12-32", "202", "2024-", "2024/01", "２０２４"})
        EXPECT_FALSE(DbBuilder::isIsoDatePrefix(QString::fromUtf8(bad))) << bad;
}

// The same sources always give the same database content.
TEST(DbBuilder, ShippedSourcesBuildReproducibly)
{
    QTemporaryDir dir;
    QByteArray digests[2];
    for (int i = 0; i < 2; ++i) {
        const QString out = dir.filePath(QStringLiteral("db%1.sqlite").arg(i));
        const auto result = DbBuilder::build(schemaPath(), seedDir(), out);
        ASSERT_TRUE(result.ok) << result.problems.value(0).toString().toStdString();
        SqliteDb db;
        ASSERT_TRUE(db.open(out, SqliteDb::Mode::ReadOnly, nullptr));
        QCryptographicHash hash(QCryptographicHash::Sha256);
        auto tables = db.prepare(QStringLiteral("SELECT name FROM sqlite_master WHERE type='table' ORDER BY name"), nullptr);
        while (tables.step()) {
            auto rows = db.prepare(QStringLiteral("SELECT * FROM \"%1\" ORDER BY 1, 2").arg(tables.text(0)), nullptr);
            while (rows.step())
                for (int c = 0; c < rows.columnCount(); ++c)
                    hash.addData(QByteArray(rows.value(c).toString().toUtf8() + '\x1f'));
        }
        digests[i] = hash.result();
    }
    EXPECT_EQ(digests[0], digests[1]);
}
