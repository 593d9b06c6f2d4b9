// 첨부 1 in the shipped database against the hand-checked split of INVENTORY.md §11.1.
#include "data/database.h"
#include "data/repository.h"
#include "../testutil.h"

#include <QSet>

#include <gtest/gtest.h>

using namespace atlas;

namespace {
class Appendix1Test : public ::testing::Test
{
protected:
    void SetUp() override
    {
        const auto result = m_db.open(test::shippedDatabase());
        ASSERT_TRUE(result.ok()) << result.message.toStdString();
        m_entries = m_repo.appendix1Entries();
    }
    int count(const QString& jurisdiction, const QString& field) const
    {
        int n = 0;
        for (const auto& e : m_entries)
            n += (e.jurisdictionId == jurisdiction && e.field == field) ? 1 : 0;
        return n;
    }
    Database m_db;
    Repository m_repo{m_db};
    QVector<Appendix1Entry> m_entries;
};
} // namespace

TEST_F(Appendix1Test, PerCellCountsMatchTheInventory)
{
    // policy_law / industry / tech_research / talent_education, INVENTORY §11.1
    const std::vector<std::pair<const char*, std::array<int, 4>>> expected = {
        {"USA", {3, 3, 4, 2}}, {"EU", {3, 1, 1, 2}}, {"CHN", {4, 2, 3, 0}}, {"JPN", {2, 1, 2, 1}},
        {"GBR", {2, 1, 2, 2}}, {"CAN", {3, 1, 1, 1}}, {"FRA", {2, 0, 0, 0}}, {"SGP", {1, 1, 1, 1}},
        {"KOR", {7, 5, 4, 1}},
    };
    const QStringList fields = {QStringLiteral("policy_law"), QStringLiteral("industry"),
                                QStringLiteral("tech_research"), QStringLiteral("talent_education")};
    int total = 0;
    for (const auto& [id, counts] : expected)
        for (int f = 0; f < 4; ++f) {
            EXPECT_EQ(count(QString::fromLatin1(id), fields[f]), counts[f]) << id << " " << fields[f].toStdString();
            total += counts[f];
        }
    EXPECT_EQ(total, 70);
    EXPECT_EQ(m_entries.size(), 70);
}

TEST_F(Appendix1Test, DistinctItemsAndPolicies)
{
    QSet<QString> printed;
    QSet<qint64> policies;
    for (const auto& e : m_entries) {
        printed.insert(e.jurisdictionId + QLatin1Char('|') + e.issuerAsPrinted + QLatin1Char('|') + e.titleAsPrinted
                       + QLatin1Char('|') + e.dateAsPrinted);
        policies.insert(e.policyId);
    }
    EXPECT_EQ(printed.size(), 56);  // as INVENTORY counts them: (issuer, title, date) per row
    // One policy, one row: the US–UK AI Safety Institute MOU is printed in both countries' rows (with
    // each side as issuer) but is one agreement; Canada's "guide" and "guide (revised)" of 2024.10 are
    // the same guide, printed twice (ANOMALIES A30).
    EXPECT_EQ(policies.size(), 54);
}

TEST_F(Appendix1Test, EveryEntryPointsToAPolicyInBothLanguagesWithSources)
{
    for (const auto& e : m_entries) {
        SCOPED_TRACE(e.titleAsPrinted.toStdString());
        EXPECT_FALSE(e.policy.titleKo.trimmed().isEmpty());
        EXPECT_FALSE(e.policy.titleEn.trimmed().isEmpty());
        EXPECT_TRUE(e.source.locator.startsWith(QStringLiteral("첨부 1")));
        EXPECT_GE(e.source.page, 329);
        EXPECT_LE(e.source.page, 331);
        EXPECT_GE(e.source.lineStart, 5919);
        EXPECT_LE(e.source.lineEnd, 5932);
        EXPECT_TRUE(e.policy.source.isValid());
        EXPECT_FALSE(e.issuerAsPrinted.isEmpty());
        EXPECT_FALSE(e.dateAsPrinted.isEmpty());
    }
}

TEST_F(Appendix1Test, ChapterThreeSourceWhereTheBodyDescribesThePolicy)
{
    // Every item but the US Treasury rule (2024.11) is described in chapter 3 or 4 (INVENTORY §11.1);
    // its policy row cites that passage rather than 첨부 1.
    int appendixOnly = 0;
    QSet<qint64> seen;
    for (const auto& e : m_entries) {
        if (seen.contains(e.policyId))
            continue;
        seen.insert(e.policyId);
        if (e.policy.source.locator.startsWith(QStringLiteral("첨부")))
            ++appendixOnly;
    }
    EXPECT_LE(appendixOnly, 1);
}

TEST_F(Appendix1Test, SequencesAreContiguousPerCell)
{
    QMap<QString, QList<int>> seqs;
    for (const auto& e : m_entries)
        seqs[e.jurisdictionId + QLatin1Char('|') + e.field].append(e.seq);
    for (auto it = seqs.cbegin(); it != seqs.cend(); ++it) {
        QList<int> s = it.value();
        std::sort(s.begin(), s.end());
        for (int i = 0; i < s.size(); ++i)
            EXPECT_EQ(s[i], i + 1) << it.key().toStdString();
    }
}

TEST_F(Appendix1Test, GermanyHasAChapterButNoAppendixRow)
{
    const auto deu = m_repo.jurisdiction(QStringLiteral("DEU"));
    ASSERT_TRUE(deu.has_value());
    EXPECT_EQ(deu->chapter3Seq, 8);
    EXPECT_FALSE(deu->inAppendix1);
    int inAppendix = 0;
    for (const auto& j : m_repo.jurisdictions())
        inAppendix += j.inAppendix1 ? 1 : 0;
    EXPECT_EQ(inAppendix, 9);
    EXPECT_EQ(m_repo.members(QStringLiteral("EU")).size(), 27);
}

TEST_F(Appendix1Test, PrintedDateContradictionsCarryADataNote)
{
    // ANOMALIES A01: the UK assurance platform is printed 2025.11 in 첨부 1; the body says 2024.11.
    bool found = false;
    for (const auto& e : m_entries) {
        if (e.jurisdictionId != QStringLiteral("GBR") || e.dateAsPrinted != QStringLiteral("2025.11"))
            continue;
        found = true;
        EXPECT_TRUE(e.policy.date.startsWith(QStringLiteral("2024-11"))) << e.policy.date.toStdString();
        bool noted = false;
        for (const auto& n : m_repo.allDataNotes())
            noted = noted || n.anomalyId == QStringLiteral("A01");
        EXPECT_TRUE(noted);
    }
    EXPECT_TRUE(found);
}
