// Search over every entity, in Korean and English, with hostile input.
#include "data/database.h"
#include "data/searchengine.h"
#include "../testutil.h"

#include <gtest/gtest.h>

using namespace atlas;

namespace {
class SearchTest : public ::testing::Test
{
protected:
    void SetUp() override { ASSERT_TRUE(m_db.open(test::shippedDatabase()).ok()); }
    bool finds(const QString& query, const QString& type, const QString& id, int within = 10) const
    {
        const auto hits = m_engine.search(query, {}, within);
        return std::any_of(hits.cbegin(), hits.cend(), [&](const SearchHit& h) { return h.type == type && h.id == id; });
    }
    Database m_db;
    SearchEngine m_engine{m_db};
};
} // namespace

TEST_F(SearchTest, FindsKoreanTermsOfEveryLength)
{
    // 기본법: three syllables, the trigram index. The AI Framework Act is 10052.
    EXPECT_TRUE(finds(QStringLiteral("기본법"), QStringLiteral("policy"), QStringLiteral("10052"), 3));
    // 기본 and 법안: two syllables, where SQLite 3.40's trigram MATCH and LIKE find nothing.
    EXPECT_TRUE(finds(QStringLiteral("기본"), QStringLiteral("policy"), QStringLiteral("10052"), 20));
    const auto bills = m_engine.search(QStringLiteral("법안"), QStringLiteral("policy"), 50);
    EXPECT_GE(bills.size(), 5);
    int inTitle = 0;
    for (const auto& h : bills)
        inTitle += h.titleKo.contains(QStringLiteral("법안")) ? 1 : 0;
    EXPECT_GE(inTitle, 5);
    // One syllable still works.
    EXPECT_FALSE(m_engine.search(QStringLiteral("법")).isEmpty());
}

TEST_F(SearchTest, FindsEnglishPhrasesAndRanksWholeWordsFirst)
{
    const auto hits = m_engine.search(QStringLiteral("\"AI Act\""), {}, 5);
    ASSERT_FALSE(hits.isEmpty());
    EXPECT_TRUE(hits.first().titleEn.contains(QStringLiteral("AI Act"))) << hits.first().titleEn.toStdString();
    // 'AI' matches at word starts only: Spain is not an AI result.
    for (const auto& h : m_engine.search(QStringLiteral("AI"), QStringLiteral("jurisdiction"), 50))
        EXPECT_NE(h.id, QStringLiteral("ESP"));
}

TEST_F(SearchTest, FindsOtherSpellingsThroughAliases)
{
    EXPECT_TRUE(finds(QStringLiteral("광동성"), QStringLiteral("jurisdiction"), QStringLiteral("CN-GD")));
    EXPECT_TRUE(finds(QStringLiteral("엔스로픽"), QStringLiteral("company"), QStringLiteral("9")));
}

TEST_F(SearchTest, FiltersByTypeAndLimits)
{
    const auto companies = m_engine.search(QStringLiteral("AI"), QStringLiteral("company"), 7);
    EXPECT_LE(companies.size(), 7);
    EXPECT_FALSE(companies.isEmpty());
    for (const auto& h : companies)
        EXPECT_EQ(h.type, QStringLiteral("company"));
    EXPECT_TRUE(m_engine.search(QStringLiteral("AI"), QStringLiteral("no-such-type")).isEmpty());
    for (const auto& h : m_engine.search(QStringLiteral("Tortoise"), {}, 5))
        EXPECT_FALSE(h.source.isEmpty()) << "every hit cites its source";
}

TEST_F(SearchTest, AnyStringIsAValidQuery)
{
    const QStringList hostile = {
        QStringLiteral("\""), QStringLiteral("\"\""), QStringLiteral("*"), QStringLiteral("NEAR("),
        QStringLiteral("'; DROP TABLE policy; --"), QStringLiteral("AND OR NOT"), QStringLiteral("a:b"),
        QStringLiteral("%_%"), QStringLiteral("[*?]"), QStringLiteral("\\"), QString(10000, QLatin1Char('x')),
        QString(10000, QChar(0xAC00)), QStringLiteral("\x01\x02\x7f tab\tnew\nline"), QString(), QStringLiteral("   "),
        QString::fromUtf8("\xF0\x9F\x98\x80 emoji"), QStringLiteral("^$.|+()"), QStringLiteral("title_ko:AI"),
    };
    for (const QString& q : hostile) {
        const auto hits = m_engine.search(q);
        EXPECT_LE(hits.size(), 50) << q.left(20).toStdString();
    }
    // The database is unchanged and still answers.
    EXPECT_TRUE(finds(QStringLiteral("기본법"), QStringLiteral("policy"), QStringLiteral("10052"), 3));
}

TEST(SearchTerms, QuotesKeepPhrasesTogetherAndControlCharactersSplit)
{
    EXPECT_EQ(SearchEngine::terms(QStringLiteral("\"AI Act\" EU")), (QStringList{QStringLiteral("ai act"), QStringLiteral("eu")}));
    EXPECT_EQ(SearchEngine::terms(QStringLiteral("a\tb\x01" "c")),
              (QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")}));
    EXPECT_EQ(SearchEngine::terms(QStringLiteral("AI ai AI")), QStringList{QStringLiteral("ai")});
    EXPECT_LE(SearchEngine::terms(QStringLiteral("a b c d e f g h i j k")).size(), SearchEngine::kMaxTerms);
    EXPECT_TRUE(SearchEngine::terms(QString()).isEmpty());
}
