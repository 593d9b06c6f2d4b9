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
    qint64 scalarCount(const QString& sql) const
    {
        QString error;
        SqliteStatement q = m_db.connection().prepare(sql, &error);
        return q.isValid() && q.step() ? q.int64(0) : -1;
    }
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

// The indexed search (trigram groups for two-character terms, capped candidates) returns exactly what
// a full scan of every row with the same matching rules and ranking returns, on the shipped database.
TEST_F(SearchTest, IndexedSearchEqualsAFullScan)
{
    const auto reference = [&](const QString& query, const QString& type, int limit) {
        const QStringList words = SearchEngine::terms(query);
        QStringList where;
        for (const QString& w : words) {
            bool asciiWord = w.size() < 3;
            for (QChar c : w)
                asciiWord = asciiWord && c.unicode() < 128 && c.isLetterOrNumber();
            where.append(asciiWord ? QStringLiteral("(' ' || lower(c2 || c3 || c4)) GLOB ('*[^a-z0-9]' || ? || '*')")
                                   : QStringLiteral("instr(lower(c2 || c3 || c4), ?) > 0"));
        }
        if (!type.isEmpty())
            where.append(QStringLiteral("c0 = ?"));
        QString error;
        SqliteStatement q = m_db.connection().prepare(
            QStringLiteral("SELECT c0, c1 FROM search_fts_content WHERE %1 ORDER BY "
                           "((' ' || lower(c3) || ' ') GLOB ('*[^a-z0-9]' || ? || '[^a-z0-9]*')) DESC, "
                           "(instr(lower(c2), ?) > 0 OR instr(lower(c3), ?) > 0) DESC, c7, c5 DESC, id")
                .arg(where.join(QStringLiteral(" AND "))),
            &error);
        EXPECT_TRUE(q.isValid()) << error.toStdString();
        int n = 1;
        for (const QString& w : words)
            q.bind(n++, w);
        if (!type.isEmpty())
            q.bind(n++, type);
        const QString whole = words.join(QLatin1Char(' '));
        q.bind(n++, whole);
        q.bind(n++, whole);
        q.bind(n++, whole);
        QStringList out;
        while (q.step() && out.size() < limit) {
            const QString key = q.text(0) + QLatin1Char('/') + q.text(1);
            if (!out.contains(key))
                out.append(key);
        }
        return out;
    };
    int compared = 0, nonEmpty = 0;
    for (const char* query : {"기본", "법안", "AI", "ai act", "AI 안전연구소", "기본법", "Anthropic", "정책", "EU", "미국 AI",
                              "데이터", "반도체", "GPU", "에", "인공지능 기본법", "OpenAI", "표준", "UK", "중국 전략", "xz"}) {
        for (const QString& type : {QString(), QStringLiteral("policy"), QStringLiteral("company")}) {
            QStringList got;
            for (const SearchHit& h : m_engine.search(QString::fromUtf8(query), type, 60))
                got.append(h.type + QLatin1Char('/') + h.id);
            const QStringList want = reference(QString::fromUtf8(query), type, 60);
            EXPECT_EQ(got, want) << query << " type " << type.toStdString();
            ++compared;
            nonEmpty += want.isEmpty() ? 0 : 1;
        }
    }
    EXPECT_EQ(compared, 60);
    EXPECT_GE(nonEmpty, 40) << "the comparison is about real results";
    // 'AI' matches more rows than are ranked per kind, so the candidate cap is part of what was compared.
    EXPECT_GT(scalarCount(QStringLiteral("SELECT count(*) FROM search_fts_content WHERE (' ' || lower(c2 || c3 || c4)) "
                                         "GLOB '*[^a-z0-9]ai*'")),
              SearchEngine::kCandidates);
}
