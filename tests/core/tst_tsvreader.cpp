#include "data/tsvreader.h"

#include <gtest/gtest.h>

using atlas::SourceProblem;
using atlas::TsvReader;

namespace {
QVector<SourceProblem> parse(const QByteArray& bytes, atlas::TsvTable* out = nullptr)
{
    QVector<SourceProblem> problems;
    const auto table = TsvReader::parse(bytes, QStringLiteral("t.tsv"), &problems);
    if (out)
        *out = table;
    return problems;
}
} // namespace

TEST(TsvReader, ReadsHeaderRowsCommentsAndPositions)
{
    atlas::TsvTable t;
    const auto problems = parse("# comment\nid\tname_ko\n\n1\t한국\n# another\n2\t미국 \n", &t);
    EXPECT_TRUE(problems.isEmpty());
    EXPECT_EQ(t.header, (QStringList{QStringLiteral("id"), QStringLiteral("name_ko")}));
    EXPECT_EQ(t.headerLine, 2);
    ASSERT_EQ(t.rows.size(), 2);
    EXPECT_EQ(t.rows[0].line, 4);
    EXPECT_EQ(t.rows[0].cells[1], QStringLiteral("한국"));
    EXPECT_EQ(t.rows[0].columns[1], 3);         // character column, not byte column
    EXPECT_EQ(t.rows[1].cells[1], QStringLiteral("미국"));  // trimmed
}

TEST(TsvReader, ToleratesBomAndPadsShortRows)
{
    atlas::TsvTable t;
    EXPECT_TRUE(parse("\xEF\xBB\xBFid\ta\tb\n1\n", &t).isEmpty());
    EXPECT_EQ(t.header.first(), QStringLiteral("id"));
    ASSERT_EQ(t.rows.size(), 1);
    EXPECT_EQ(t.rows[0].cells.size(), 3);
    EXPECT_TRUE(t.rows[0].cells[2].isEmpty());
}

TEST(TsvReader, ReportsCrLf)
{
    const auto problems = parse("id\tname\r\n1\tx\r\n");
    ASSERT_EQ(problems.size(), 2);
    EXPECT_EQ(problems[0].rule, QStringLiteral("bad-line-ending"));
    EXPECT_EQ(problems[1].line, 2);
}

TEST(TsvReader, ReportsInvalidUtf8WithItsLine)
{
    const auto problems = parse("id\tname\n1\tok\n2\t\xC3\x28\n");
    ASSERT_EQ(problems.size(), 1);
    EXPECT_EQ(problems[0].rule, QStringLiteral("bad-encoding"));
    EXPECT_EQ(problems[0].line, 3);
}

TEST(TsvReader, ReportsExtraCellsButNotTrailingEmptyOnes)
{
    EXPECT_TRUE(parse("a\tb\n1\t2\t\t\n").isEmpty());
    const auto problems = parse("a\tb\n1\t2\t3\n");
    ASSERT_EQ(problems.size(), 1);
    EXPECT_EQ(problems[0].rule, QStringLiteral("extra-cells"));
    EXPECT_EQ(problems[0].column, 5);
    EXPECT_EQ(problems[0].value, QStringLiteral("3"));
    EXPECT_EQ(problems[0].toString(),
              QStringLiteral("t.tsv:2:5: extra-cells: row has 3 cells but the header has 2 [value: '3']"));
}

TEST(TsvReader, EmptyFileHasNoHeader)
{
    const auto problems = parse("");
    ASSERT_EQ(problems.size(), 1);
    EXPECT_EQ(problems[0].rule, QStringLiteral("missing-header"));
}

TEST(TsvReader, UnbalancedQuotesAreOrdinaryText)
{
    atlas::TsvTable t;
    EXPECT_TRUE(parse("a\tb\n\"open\t'x\n", &t).isEmpty());
    EXPECT_EQ(t.rows[0].cells[0], QStringLiteral("\"open"));
}

TEST(TsvReader, AOneMegabyteLineIsReportedNotLoaded)
{
    atlas::TsvTable t;
    const QByteArray huge = "1\t" + QByteArray(1 << 20, 'x') + "\n";
    const auto problems = parse("id\tname\n" + huge + "2\tok\n", &t);
    ASSERT_EQ(problems.size(), 1);
    EXPECT_EQ(problems[0].rule, QStringLiteral("line-too-long"));
    EXPECT_EQ(problems[0].line, 2);
    EXPECT_TRUE(problems[0].toString().size() < 200) << "the message does not carry the megabyte";
    ASSERT_EQ(t.rows.size(), 1);
    EXPECT_EQ(t.rows[0].cells[1], QStringLiteral("ok")) << "the lines after it are still read";
}

TEST(TsvReader, ACrOnlyFileIsOneLongLineWithStrayCrs)
{
    // Old Mac line ends: no LF at all, so the whole file is one line.
    const auto problems = parse("id\tname\r1\tx\r2\ty\r");
    ASSERT_FALSE(problems.isEmpty());
    EXPECT_EQ(problems[0].rule, QStringLiteral("bad-line-ending"));
}
