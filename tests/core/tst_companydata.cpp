// Report data 2: companies of chapter 5 and 첨부 3, their financials and activities, and the standards,
// publications, statistics, references and footnotes of chapters 6–7, in the shipped database. Expected
// values are typed from the report text (line numbers of ai-industry-trends-2024.txt), independently of the
// curators' parsers; counts the inventory only estimates (≈) are lower bounds with the estimate in a comment.
#include "data/database.h"
#include "data/sqlitedb.h"
#include "../testutil.h"

#include <QDate>
#include <QMap>
#include <QRegularExpression>
#include <QSet>
#include <QStringList>
#include <QVariant>
#include <QVector>

#include <gtest/gtest.h>

#include <array>
#include <string>
#include <tuple>
#include <vector>

using namespace atlas;

namespace {

using Row = QStringList;

class CompanyDataTest : public test::ShippedDatabaseTest
{
protected:

    // Company ids a printed name resolves to, through company names and company aliases.
    QSet<QString> resolve(const QString& name) const
    {
        QSet<QString> ids;
        for (const auto& r : rows(QStringLiteral("SELECT CAST(id AS TEXT) FROM company WHERE name_ko = ?1 OR name_en = ?1 "
                                                 "UNION SELECT entity_id FROM alias WHERE entity_type = 'company' AND alias = ?1"),
                                  {name}))
            ids.insert(r.first());
        return ids;
    }
};

// ---------------------------------------------------------------------------------------------------
// The five P&L tables, cell by cell as printed (〈표 5-1〉 L3366–3373, 〈표 5-2〉 L3665–3671,
// 〈표 5-3〉 L3743–3750, 〈표 5-5〉 L4107–4114, 〈표 5-6〉 L4194–4201), M$ and percent.
// ---------------------------------------------------------------------------------------------------
struct PnlTable
{
    int companyId;
    const char* table;
    int firstYear;                        // the column headers are firstYear … firstYear + 4
    std::array<const char*, 5> periodEnd; // fiscal-year end of each column
    int firstLine;                        // line of 총매출; the five other metrics follow line by line
    std::array<std::array<const char*, 5>, 6> cells;
};

const char* const kMetrics[6] = {"revenue", "revenue_growth_pct", "cost_of_revenue", "gross_profit",
                                 "gross_profit_growth_pct", "gross_margin_pct"};

const std::vector<PnlTable>& pnlTables()
{
    static const std::vector<PnlTable> tables = {
        {1, "〈표 5-1〉", 2019, {"2019-12-31", "2020-12-31", "2021-12-31", "2022-12-31", "2023-12-31"}, 3368,
         {{{"161,857", "182,527", "257,637", "282,836", "307,394"},
           {"+18.3%", "+12.77%", "+41.15%", "+9.78%", "+8.68%"},
           {"71,896", "84,732", "110,939", "126,203", "132,372"},
           {"89,961", "97,795", "146,698", "156,633", "175,022"},
           {"+16.42%", "+8.71%", "+50.01%", "+6.77%", "+11.74%"},
           {"55.58%", "53.58%", "56.94%", "55.38%", "56.94%"}}}},
        {2, "〈표 5-2〉", 2020, {"2020-06-30", "2021-06-30", "2022-06-30", "2023-06-30", "2024-06-30"}, 3666,
         {{{"143,015", "168,088", "198,270", "211,915", "245,122"},
           {"+13.65%", "+17.53%", "+17.96%", "+6.88%", "+15.67%"},
           {"46,078", "52,232", "62,650", "65,711", "74,114"},
           {"96,937", "115,856", "135,620", "146,204", "171,008"},
           {"+16.89%", "+19.52%", "+17.06%", "+7.8%", "+16.97%"},
           {"67.78%", "68.93%", "68.4%", "68.99%", "69.76%"}}}},
        {3, "〈표 5-3〉", 2019, {"2019-12-31", "2020-12-31", "2021-12-31", "2022-12-31", "2023-12-31"}, 3745,
         {{{"70,697", "85,965", "117,929", "116,609", "134,902"},
           {"+26.61%", "+21.6%", "+37.18%", "-1.12%", "+15.69%"},
           {"12,770", "16,692", "22,649", "23,754", "26,006"},
           {"57,927", "69,273", "95,280", "92,855", "108,896"},
           {"+24.62%", "+19.59%", "+37.54%", "-2.55%", "+17.28%"},
           {"81.94%", "80.58%", "80.79%", "79.63%", "80.72%"}}}},
        {5, "〈표 5-5〉", 2020, {"2020-09-26", "2021-09-25", "2022-09-24", "2023-09-30", "2024-09-28"}, 4109,
         {{{"274,515", "365,817", "394,328", "383,285", "391,035"},
           {"+5.51%", "+33.26%", "+7.79%", "-2.8%", "+2.02%"},
           {"169,559", "212,981", "223,546", "214,137", "210,352"},
           {"104,956", "152,836", "170,782", "169,148", "180,683"},
           {"+6.67%", "+45.62%", "+11.74%", "-0.96%", "+6.82%"},
           {"38.23%", "41.78%", "43.31%", "44.13%", "46.21%"}}}},
        {6, "〈표 5-6〉", 2020, {"2020-01-26", "2021-01-31", "2022-01-30", "2023-01-29", "2024-01-28"}, 4196,
         {{{"10,918", "16,675", "26,914", "26,974", "60,922"},
           {"-6.81%", "+52.73%", "+61.4%", "+0.22%", "+125.85%"},
           {"4,150", "6,118", "9,439", "11,618", "16,621"},
           {"6,768", "10,557", "17,475", "15,356", "44,301"},
           {"-5.62%", "+55.98%", "+65.53%", "-12.13%", "+188.49%"},
           {"61.99%", "63.31%", "64.93%", "56.93%", "72.72%"}}}},
    };
    return tables;
}

double printedNumber(const char* printed)
{
    QString t = QString::fromUtf8(printed);
    t.remove(QLatin1Char(',')).remove(QLatin1Char('%')).remove(QLatin1Char('+'));
    return t.toDouble();
}

struct FinancialRow
{
    double value = 0;
    QString unit, printed, locator;
    int line = 0;
    bool found = false;
};

} // namespace

// ---------------------------------------------------------------------------------------------------
// Chapter 5
// ---------------------------------------------------------------------------------------------------

TEST_F(CompanyDataTest, TheTwentyTwoCompaniesOfChapterFive)
{
    // INVENTORY §0.1/§6 and CURATION.md's fixed ids: 14 overseas and 8 domestic companies.
    struct Expected { int id; const char* nameEn; const char* hq; const char* profile; };
    const std::vector<Expected> expected = {
        {1, "Alphabet", "USA", "〈표 5-1〉"},        {2, "Microsoft", "USA", "〈표 5-2〉"},
        {3, "Meta Platforms", "USA", "〈표 5-3〉"},  {4, "OpenAI", "USA", "〈표 5-4〉"},
        {5, "Apple", "USA", "〈표 5-5〉"},           {6, "Nvidia", "USA", "〈표 5-6〉"},
        {7, "xAI", "USA", "〈표 5-7〉"},             {8, "Baidu", "CHN", "〈표 5-8〉"},
        {9, "Anthropic", "USA", "〈표 5-9〉"},       {10, "Stability AI", "GBR", "〈표 5-9〉"},
        {11, "Mistral AI", "FRA", "〈표 5-9〉"},     {12, "Figure AI", "USA", "〈표 5-9〉"},
        {13, "Sakana AI", "JPN", "〈표 5-9〉"},      {14, "McAfee", "USA", ""},
        {21, "NAVER", "KOR", "〈표 5-10〉"},         {22, "Kakao", "KOR", "〈표 5-11〉"},
        {23, "SK Telecom", "KOR", "〈표 5-12〉"},    {24, "Samsung Electronics", "KOR", "〈표 5-13〉"},
        {25, "KT", "KOR", "〈표 5-14〉"},            {26, "Liner", "KOR", "〈표 5-15〉"},
        {27, "Weights & Biases", "USA", ""},        {28, "", "KOR", ""},
    };
    ASSERT_EQ(expected.size(), 22u);
    for (const auto& e : expected) {
        SCOPED_TRACE("company " + std::to_string(e.id));
        const auto r = rows(QStringLiteral("SELECT c.name_ko, c.name_en, c.hq_jurisdiction_id, COALESCE(c.profile_table, ''), "
                                           "s.line_start, c.parent_company_id FROM company c JOIN source s ON s.id = c.source_id "
                                           "WHERE c.id = ?"),
                            {e.id});
        ASSERT_EQ(r.size(), 1);
        if (*e.nameEn) {
            EXPECT_EQ(r.first().at(1), QString::fromUtf8(e.nameEn));
        }
        EXPECT_EQ(r.first().at(2), QString::fromLatin1(e.hq));
        EXPECT_EQ(r.first().at(3), QString::fromUtf8(e.profile));
        EXPECT_GE(r.first().at(4).toInt(), 3348);   // chapter 5 (L3348–4718)
        EXPECT_LE(r.first().at(4).toInt(), 4718);
        EXPECT_TRUE(r.first().at(5).isEmpty());      // none of them is filed as a subsidiary
    }
    // 비온드날리지 keeps its printed Korean name (CURATION.md); the profiled ids are exactly these 22.
    EXPECT_EQ(scalar(QStringLiteral("SELECT COUNT(*) FROM company WHERE id = 28 AND name_ko = '비온드날리지'")), 1);
    EXPECT_EQ(scalar(QStringLiteral("SELECT COUNT(*) FROM company WHERE profile_table IS NOT NULL AND id NOT IN "
                                    "(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 21, 22, 23, 24, 25, 26) "
                                    "AND NOT (id = 15 AND profile_table = '〈표 5-7〉')")),
              0);
    // X Corp. shares 〈표 5-7〉 with xAI; every other company below 100 is a subsidiary of a profiled one.
    EXPECT_EQ(scalar(QStringLiteral("SELECT COUNT(*) FROM company WHERE id < 100 AND id NOT BETWEEN 1 AND 15 "
                                    "AND id NOT BETWEEN 21 AND 28 AND parent_company_id IS NULL")),
              0);
}

TEST_F(CompanyDataTest, EveryPrintedPnlValueIsStoredAsPrinted)
{
    QMap<QString, FinancialRow> stored;
    for (const auto& r : rows(QStringLiteral(
             "SELECT f.company_id || '|' || f.metric || '|' || f.fiscal_year || '|' || f.period_end, f.value, f.unit, "
             "COALESCE(f.value_as_printed, ''), s.line_start, s.locator FROM company_financial f "
             "JOIN source s ON s.id = f.source_id WHERE f.company_id IN (1, 2, 3, 5, 6)"))) {
        FinancialRow f;
        f.value = r.at(1).toDouble();
        f.unit = r.at(2);
        f.printed = r.at(3);
        f.line = r.at(4).toInt();
        f.locator = r.at(5);
        f.found = true;
        stored.insert(r.at(0), f);
    }
    EXPECT_EQ(stored.size(), 150);   // 5 companies × 6 metrics × 5 fiscal years, nothing more

    int checked = 0;
    for (const auto& t : pnlTables()) {
        for (int m = 0; m < 6; ++m) {
            for (int y = 0; y < 5; ++y) {
                const QString key = QString::number(t.companyId) + QLatin1Char('|') + QString::fromLatin1(kMetrics[m])
                    + QLatin1Char('|') + QString::number(t.firstYear + y) + QLatin1Char('|')
                    + QString::fromLatin1(t.periodEnd[static_cast<size_t>(y)]);
                SCOPED_TRACE(str(key));
                const FinancialRow f = stored.value(key);
                ASSERT_TRUE(f.found) << "missing";
                const char* printed = t.cells[static_cast<size_t>(m)][static_cast<size_t>(y)];
                EXPECT_NEAR(f.value, printedNumber(printed), 1e-9);
                EXPECT_EQ(f.printed, QString::fromUtf8(printed));
                EXPECT_EQ(f.unit, QString::fromLatin1(m == 0 || m == 2 || m == 3 ? "USD_million" : "percent"));
                EXPECT_EQ(f.line, t.firstLine + m);
                EXPECT_TRUE(f.locator.startsWith(QStringLiteral("제5장 제1절")));
                EXPECT_TRUE(f.locator.endsWith(QString::fromUtf8(t.table)));
                ++checked;
            }
        }
    }
    EXPECT_EQ(checked, 150);
}

TEST_F(CompanyDataTest, PnlTablesAddUp)
{
    // The report's own arithmetic holds in every column (checked when the tables were typed in): gross profit
    // = revenue − cost; margin = profit / revenue; growth against the previous column. A value stored with a
    // wrong digit breaks one of these.
    const auto v = [&](int company, const char* metric, int year) {
        const auto r = rows(QStringLiteral("SELECT value FROM company_financial WHERE company_id = ? AND metric = ? "
                                           "AND fiscal_year = ?"),
                            {company, QString::fromLatin1(metric), year});
        EXPECT_EQ(r.size(), 1) << company << " " << metric << " " << year;
        return r.isEmpty() ? 0.0 : r.first().first().toDouble();
    };
    for (const auto& t : pnlTables()) {
        for (int y = t.firstYear; y < t.firstYear + 5; ++y) {
            SCOPED_TRACE(std::to_string(t.companyId) + " FY" + std::to_string(y));
            const double revenue = v(t.companyId, "revenue", y);
            const double profit = v(t.companyId, "gross_profit", y);
            EXPECT_NEAR(revenue - v(t.companyId, "cost_of_revenue", y), profit, 1e-6);
            ASSERT_GT(revenue, 0.0);
            EXPECT_NEAR(profit / revenue * 100.0, v(t.companyId, "gross_margin_pct", y), 0.011);
            if (y > t.firstYear) {
                EXPECT_NEAR((revenue / v(t.companyId, "revenue", y - 1) - 1.0) * 100.0,
                            v(t.companyId, "revenue_growth_pct", y), 0.011);
                EXPECT_NEAR((profit / v(t.companyId, "gross_profit", y - 1) - 1.0) * 100.0,
                            v(t.companyId, "gross_profit_growth_pct", y), 0.011);
            }
        }
    }
}

TEST_F(CompanyDataTest, OpenAiArrSeries)
{
    // 〈표 5-4〉 L3866–3870: 2021 \$36M -, 2022 \$200M 456%, 2023 \$1600M 700%, Sep 2024 \$4000M 243%.
    struct Point { int year; const char* period; double arr; double growth; int line; };
    const std::vector<Point> points = {
        {2021, "2021", 36, -1, 3867}, {2022, "2022", 200, 456, 3868}, {2023, "2023", 1600, 700, 3869},
        {2024, "2024-09", 4000, 243, 3870}};
    for (const auto& p : points) {
        SCOPED_TRACE(p.year);
        const auto arr = rows(QStringLiteral("SELECT f.value, f.unit, f.value_as_printed, s.line_start FROM company_financial f "
                                             "JOIN source s ON s.id = f.source_id WHERE f.company_id = 4 AND f.metric = 'arr' "
                                             "AND f.fiscal_year = ? AND f.period_end = ?"),
                              {p.year, QString::fromLatin1(p.period)});
        ASSERT_EQ(arr.size(), 1);
        EXPECT_DOUBLE_EQ(arr.first().at(0).toDouble(), p.arr);
        EXPECT_EQ(arr.first().at(1), QStringLiteral("USD_million"));
        EXPECT_FALSE(arr.first().at(2).contains(QLatin1Char('\\')));   // the text edition's "\$" stays out
        EXPECT_EQ(arr.first().at(3).toInt(), p.line);
        const auto growth = rows(QStringLiteral("SELECT value, unit FROM company_financial WHERE company_id = 4 AND "
                                                "metric = 'arr_growth_pct' AND fiscal_year = ?"),
                                 {p.year});
        if (p.growth < 0) {
            EXPECT_TRUE(growth.isEmpty());   // printed "-"
        } else {
            ASSERT_EQ(growth.size(), 1);
            EXPECT_DOUBLE_EQ(growth.first().at(0).toDouble(), p.growth);
            EXPECT_EQ(growth.first().at(1), QStringLiteral("percent"));
        }
    }
    EXPECT_EQ(scalar(QStringLiteral("SELECT COUNT(*) FROM company_financial WHERE company_id = 4")), 7);
    EXPECT_EQ(scalar(QStringLiteral("SELECT COUNT(*) FROM company_financial")), 157);
    // 1,600 → 4,000 is +150 %, not the printed 243 % (ANOMALIES B06): stored as printed, with a note.
    EXPECT_EQ(scalar(QStringLiteral("SELECT COUNT(*) FROM data_note WHERE anomaly_id = 'B06' AND entity_type = "
                                    "'company_financial' AND entity_key LIKE '4|arr_growth_pct|2024|%'")),
              1);
}

TEST_F(CompanyDataTest, SeventyTwoHeadedChapterFiveItems)
{
    // INVENTORY §6.3: 72 headed 2024 items, 60 overseas (L3350–4500) and 12 domestic (L4501–4718); a
    // subsidiary's item counts for its parent (NAVER Cloud, NAVER LABS).
    const auto perCompany = rows(QStringLiteral(
        "SELECT COALESCE(c.parent_company_id, c.id), COUNT(*), MIN(s.line_start), MAX(s.line_start) "
        "FROM company_activity a JOIN company c ON c.id = a.company_id JOIN source s ON s.id = a.source_id "
        "WHERE a.id < 10000 GROUP BY 1"));
    QMap<int, int> count;
    int overseas = 0, domestic = 0;
    for (const auto& r : perCompany) {
        count[r.at(0).toInt()] = r.at(1).toInt();
        (r.at(3).toInt() <= 4500 ? overseas : domestic) += r.at(1).toInt();
        EXPECT_GE(r.at(2).toInt(), 3350);
        EXPECT_LE(r.at(3).toInt(), 4718);
    }
    EXPECT_EQ(overseas, 60);
    EXPECT_EQ(domestic, 12);
    const std::vector<std::pair<int, int>> expected = {
        {1, 17}, {2, 3}, {3, 5}, {4, 15}, {5, 4}, {6, 2}, {7, 3}, {8, 2}, {9, 3}, {10, 2}, {11, 1}, {12, 1},
        {13, 1}, {14, 1}, {21, 3}, {22, 1}, {23, 2}, {24, 2}, {25, 1}, {26, 1}, {27, 1}, {28, 1}};
    int total = 0;
    for (const auto& [id, n] : expected) {
        EXPECT_EQ(count.value(id), n) << "company " << id;
        total += n;
    }
    EXPECT_EQ(total, 72);
    EXPECT_EQ(count.size(), 22);

    // A few dated items, as the first sentence of each prints them.
    const std::vector<std::pair<int, const char*>> dated = {
        {1, "2024-01-17"}, {1, "2024-05-08"}, {2, "2024-05-13"}, {3, "2024-04-18"}, {3, "2024-07-23"},
        {4, "2024-02-16"}, {4, "2024-05-13"}, {4, "2024-09-12"}, {5, "2024-06-10"}, {6, "2024-03-18"},
        {7, "2024-08-13"}, {8, "2024-06-28"}, {9, "2024-06-21"}, {10, "2024-02-22"}, {11, "2024-06-10"},
        {12, "2024-08-06"}, {13, "2024-08-13"}, {14, "2024-01-08"}, {22, "2024-10-22"}};
    for (const auto& [id, date] : dated)
        EXPECT_EQ(scalar(QStringLiteral("SELECT COUNT(*) FROM company_activity WHERE id < 10000 AND company_id = ? AND date = ?"),
                         {id, QString::fromLatin1(date)}),
                  1)
            << id << " " << date;
}

// ---------------------------------------------------------------------------------------------------
// 첨부 3
// ---------------------------------------------------------------------------------------------------

TEST_F(CompanyDataTest, Appendix3RowsPerCategory)
{
    // L5967–6004 (domestic) and L6008–6088 (overseas), categories in printed order with their row counts.
    const std::vector<std::tuple<const char*, const char*, int>> expected = {
        {"domestic", "애플리케이션·서비스", 7}, {"domestic", "AI모델·플랫폼", 17}, {"domestic", "클라우드", 3},
        {"domestic", "하드웨어", 6},
        {"overseas", "애플리케이션 · 서비스", 11}, {"overseas", "검색엔진", 3}, {"overseas", "챗봇", 3},
        {"overseas", "업무 생산성", 4}, {"overseas", "AI 모델 플랫폼", 31}, {"overseas", "클라우드", 5},
        {"overseas", "하드웨어", 12}};
    QMap<QString, int> nextSeq;
    for (const auto& [scope, category, n] : expected) {
        SCOPED_TRACE(std::string(scope) + " " + category);
        const auto r = rows(QStringLiteral("SELECT COUNT(*), MIN(seq), MAX(seq), COUNT(DISTINCT category_en) "
                                           "FROM appendix3_entry WHERE scope = ? AND category_ko = ?"),
                            {QString::fromLatin1(scope), QString::fromUtf8(category)});
        ASSERT_EQ(r.size(), 1);
        EXPECT_EQ(r.first().at(0).toInt(), n);
        // one contiguous block, right after the previous category
        const int first = nextSeq.value(QString::fromLatin1(scope), 1);
        EXPECT_EQ(r.first().at(1).toInt(), first);
        EXPECT_EQ(r.first().at(2).toInt(), first + n - 1);
        EXPECT_EQ(r.first().at(3).toInt(), 1);
        nextSeq[QString::fromLatin1(scope)] = first + n;
    }
    EXPECT_EQ(scalar(QStringLiteral("SELECT COUNT(*) FROM appendix3_entry WHERE scope = 'domestic'")), 33);
    EXPECT_EQ(scalar(QStringLiteral("SELECT COUNT(*) FROM appendix3_entry WHERE scope = 'overseas'")), 69);
    // 32 domestic companies (삼성전자 twice: AI모델·플랫폼 L5983 and 하드웨어 L5999).
    EXPECT_EQ(scalar(QStringLiteral("SELECT COUNT(DISTINCT company_id) FROM appendix3_entry WHERE scope = 'domestic'")), 32);
    EXPECT_EQ(scalar(QStringLiteral("SELECT COUNT(*) FROM appendix3_entry WHERE scope = 'domestic' AND company_id = 24")), 2);
    // 63 distinct printed labels overseas (Google, Meta, OpenAI, Microsoft, Nvidia, IBM repeat), ≈58 entities.
    EXPECT_EQ(scalar(QStringLiteral("SELECT COUNT(DISTINCT company_as_printed) FROM appendix3_entry WHERE scope = 'overseas'")), 63);
    EXPECT_GE(scalar(QStringLiteral("SELECT COUNT(DISTINCT company_id) FROM appendix3_entry WHERE scope = 'overseas'")), 55);
    // Country tags are countries: (중국) ×8, (프랑스), (UAE), (이스라엘), (일본), (캐나다).
    EXPECT_EQ(scalar(QStringLiteral("SELECT COUNT(*) FROM appendix3_entry WHERE country_as_printed = '(중국)'")), 8);
    EXPECT_EQ(scalar(QStringLiteral("SELECT COUNT(*) FROM appendix3_entry WHERE country_as_printed IS NOT NULL")), 13);
    EXPECT_EQ(scalar(QStringLiteral("SELECT COUNT(*) FROM appendix3_entry WHERE company_as_printed = 'Google (Deepmind)' "
                                    "AND company_id = 1")),
              1);
    // Rows cite their own table lines.
    EXPECT_EQ(scalar(QStringLiteral("SELECT COUNT(*) FROM appendix3_entry e JOIN source s ON s.id = e.source_id WHERE "
                                    "(e.scope = 'domestic' AND (s.line_start < 5970 OR s.line_end > 6004)) OR "
                                    "(e.scope = 'overseas' AND (s.line_start < 6011 OR s.line_end > 6088)) OR s.page IS NULL")),
              0);
}

TEST_F(CompanyDataTest, Appendix3ActivityMentions)
{
    // INVENTORY §11.3: ≈100 dated mentions in the domestic table and ≈290 in the overseas one, ≈390 in all.
    const auto r = rows(QStringLiteral("SELECT appendix3_scope, COUNT(*), SUM(date IS NOT NULL) FROM company_activity "
                                       "WHERE id >= 10000 GROUP BY 1 ORDER BY 1"));
    ASSERT_EQ(r.size(), 2);
    EXPECT_EQ(r.at(0).at(0), QStringLiteral("domestic"));
    EXPECT_GE(r.at(0).at(2).toInt(), 95);
    EXPECT_GE(r.at(1).at(2).toInt(), 280);
    EXPECT_GE(r.at(0).at(2).toInt() + r.at(1).at(2).toInt(), 385);
    // Every 첨부 3 activity hangs off its table row and belongs to that row's company (or a subsidiary of it).
    EXPECT_EQ(scalar(QStringLiteral("SELECT COUNT(*) FROM company_activity a LEFT JOIN appendix3_entry e "
                                    "ON e.scope = a.appendix3_scope AND e.seq = a.appendix3_seq "
                                    "LEFT JOIN company c ON c.id = a.company_id WHERE a.id >= 10000 AND "
                                    "(e.company_id IS NULL OR (e.company_id <> a.company_id AND "
                                    " COALESCE(c.parent_company_id, -1) <> e.company_id))")),
              0);
    // Every row but AWS (L6070, no activity text; ANOMALIES C33) has at least one activity.
    const auto empty = rows(QStringLiteral("SELECT e.scope, e.seq, e.company_as_printed FROM appendix3_entry e WHERE NOT EXISTS "
                                           "(SELECT 1 FROM company_activity a WHERE a.appendix3_scope = e.scope "
                                           "AND a.appendix3_seq = e.seq)"));
    ASSERT_EQ(empty.size(), 1);
    EXPECT_EQ(empty.first().at(2), QStringLiteral("AWS"));
    // "'YY.M" dates are 2-digit years of this century, at month precision at most.
    const QRegularExpression ym(QStringLiteral("^20(1\\d|2[0-5])(-(0[1-9]|1[0-2]))?$"));
    for (const auto& a : rows(QStringLiteral("SELECT id, date, COALESCE(date_end, '') FROM company_activity "
                                             "WHERE id >= 10000 AND date IS NOT NULL"))) {
        EXPECT_TRUE(ym.match(a.at(1)).hasMatch()) << str(a.at(0)) << " " << str(a.at(1));
        if (!a.at(2).isEmpty()) {
            EXPECT_GE(a.at(2), a.at(1)) << str(a.at(0));
        }
    }
}

TEST_F(CompanyDataTest, NoCompanyUnderTwoSpellings)
{
    // One company, one row: the spellings the report uses for the same company all resolve to one id.
    const std::vector<std::pair<int, std::vector<const char*>>> spellings = {
        {9, {"엔스로픽", "엔트로픽", "앤스로픽", "Anthropic"}},                       // ANOMALIES C37
        {11, {"미스랄AI", "미스트랄AI", "Mistral AI"}},
        {1, {"Google", "Google (Deepmind)", "Google Cloud", "구글", "알파벳(구글)", "구글 덤마인드"}},
        {2, {"MS", "MS Azure", "Microsoft", "마이크로소프트"}},
        {4, {"OpenAI", "오픈AI", "오픈 AI"}},                                        // "오픈 AI" L4286
        {3, {"Meta", "메타"}},
        {13, {"사카나 AI", "사카나AI"}},
        {12, {"피규어AI", "피규어 AI"}},
        {23, {"SKT", "SK텔레콤"}},
        {27, {"W&B", "웨이트앤바이어스"}},
        {235, {"Inflection", "인플렉션 AI", "Inflexion AI"}},                          // L4228
        {218, {"Amazon", "AWS"}},
        {228, {"Alibaba", "Alibaba Cloud"}},
        {210, {"Perplexity", "Perplexcity AI"}},                                      // C36
        {203, {"MjJourney", "Midjourney"}},
        {241, {"GraphiCore", "Graphcore"}},
        {226, {"A21 Labs", "AI21 Labs"}},
        {103, {"프렌들리시", "프렌들리AI"}},
        {109, {"마음씨", "마음AI"}},
        {122, {"사파온", "사피온"}},
    };
    for (const auto& [id, names] : spellings)
        for (const char* name : names)
            EXPECT_EQ(resolve(QString::fromUtf8(name)), QSet<QString>{QString::number(id)}) << name;

    // No two companies share a name once case, spaces and punctuation are ignored, in either language or
    // through an alias.
    QMap<QString, QSet<QString>> owners;
    const QRegularExpression noise(QStringLiteral("[\\s\\.\\-·,()&]"));
    const auto add = [&](const QString& name, const QString& id) {
        if (!name.trimmed().isEmpty())
            owners[name.toLower().remove(noise)].insert(id);
    };
    for (const auto& r : rows(QStringLiteral("SELECT CAST(id AS TEXT), COALESCE(name_ko, ''), name_en FROM company"))) {
        add(r.at(1), r.at(0));
        add(r.at(2), r.at(0));
    }
    for (const auto& r : rows(QStringLiteral("SELECT entity_id, alias FROM alias WHERE entity_type = 'company'")))
        add(r.at(1), r.at(0));
    for (auto it = owners.cbegin(); it != owners.cend(); ++it)
        EXPECT_EQ(it.value().size(), 1) << str(it.key()) << " names " << it.value().size() << " companies";
}

// ---------------------------------------------------------------------------------------------------
// Chapters 6–7, references, footnotes
// ---------------------------------------------------------------------------------------------------

TEST_F(CompanyDataTest, StandardsPerBody)
{
    // 〈표 6-2〉 ISO/IEC JTC 1/SC 42: 31 (L4951–4983); 〈표 6-5〉 TTA: 32 = 12 TTAS + 20 TTAR (L5204–5237);
    // 〈표 6-1〉 IEEE: 10 (L4816–4825).
    const std::vector<std::tuple<const char*, const char*, int, int, int>> bodies = {
        {"ISO/IEC JTC 1/SC 42", "〈표 6-2〉", 31, 4951, 4983}, {"TTA", "〈표 6-5〉", 32, 5204, 5237},
        {"IEEE", "〈표 6-1〉", 10, 4816, 4825}};
    for (const auto& [body, table, n, from, to] : bodies) {
        SCOPED_TRACE(body);
        EXPECT_EQ(scalar(QStringLiteral("SELECT COUNT(*) FROM standard WHERE body = ?"), {QString::fromLatin1(body)}), n);
        EXPECT_EQ(scalar(QStringLiteral("SELECT COUNT(*) FROM standard st JOIN source s ON s.id = st.source_id WHERE "
                                        "st.body = ? AND instr(s.locator, ?) > 0 AND s.line_start BETWEEN ? AND ?"),
                         {QString::fromLatin1(body), QString::fromUtf8(table), from, to}),
                  n);
        EXPECT_EQ(scalar(QStringLiteral("SELECT COUNT(DISTINCT code) FROM standard WHERE body = ?"), {QString::fromLatin1(body)}), n);
    }
    EXPECT_EQ(scalar(QStringLiteral("SELECT COUNT(*) FROM standard")), 73);
    EXPECT_EQ(scalar(QStringLiteral("SELECT COUNT(*) FROM standard WHERE body = 'TTA' AND kind = 'standard'")), 12);
    EXPECT_EQ(scalar(QStringLiteral("SELECT COUNT(*) FROM standard WHERE body = 'TTA' AND kind = 'technical_report'")), 20);
    // TTA by year of 제개정일: 2016:1, 2018:2, 2019:6, 2020:2, 2021:7, 2022:3, 2023:11.
    const std::vector<std::pair<int, int>> ttaYears = {{2016, 1}, {2018, 2}, {2019, 6}, {2020, 2},
                                                       {2021, 7}, {2022, 3}, {2023, 11}};
    for (const auto& [year, n] : ttaYears)
        EXPECT_EQ(scalar(QStringLiteral("SELECT COUNT(*) FROM standard WHERE body = 'TTA' AND date LIKE ? || '-__-__'"),
                         {QString::number(year)}),
                  n)
            << year;
    // ISO/IEC codes carry their year, and it agrees with the year column.
    const QRegularExpression isoCode(QStringLiteral("^ISO/IEC (TR |TS )?\\d+(-\\d+)?:(\\d{4})$"));
    for (const auto& r : rows(QStringLiteral("SELECT code, year, kind FROM standard WHERE body = 'ISO/IEC JTC 1/SC 42'"))) {
        const auto m = isoCode.match(r.at(0));
        ASSERT_TRUE(m.hasMatch()) << str(r.at(0));
        EXPECT_EQ(m.captured(3), r.at(1)) << str(r.at(0));
        const QString expectedKind = m.captured(1) == QStringLiteral("TR ") ? QStringLiteral("technical_report")
            : m.captured(1) == QStringLiteral("TS ")                        ? QStringLiteral("specification")
                                                                             : QStringLiteral("standard");
        EXPECT_EQ(r.at(2), expectedKind) << str(r.at(0));
    }
    // "IEEE 700924" (L4824) is IEEE 7009-2024 (ANOMALIES C18).
    EXPECT_EQ(scalar(QStringLiteral("SELECT COUNT(*) FROM standard WHERE body = 'IEEE' AND code = 'IEEE 7009-2024'")), 1);
}

TEST_F(CompanyDataTest, ReferencesAndFootnotesAreNumberedWithoutGaps)
{
    // 참고 문헌 L5714–5912: 1…189, contiguous.
    EXPECT_EQ(scalar(QStringLiteral("SELECT COUNT(*) FROM reference")), 189);
    EXPECT_EQ(scalar(QStringLiteral("SELECT MIN(num) FROM reference")), 1);
    EXPECT_EQ(scalar(QStringLiteral("SELECT MAX(num) FROM reference")), 189);
    EXPECT_EQ(scalar(QStringLiteral("SELECT COUNT(*) FROM reference r JOIN source s ON s.id = r.source_id "
                                    "WHERE s.line_start BETWEEN 5714 AND 5912 AND trim(r.citation) <> ''")),
              189);
    // Footnotes 1…346 except 148, which the report never prints (ANOMALIES C12/C21).
    EXPECT_EQ(scalar(QStringLiteral("SELECT COUNT(*) FROM footnote")), 345);
    EXPECT_EQ(scalar(QStringLiteral("SELECT MIN(num) FROM footnote")), 1);
    EXPECT_EQ(scalar(QStringLiteral("SELECT MAX(num) FROM footnote")), 346);
    EXPECT_EQ(scalar(QStringLiteral("SELECT COUNT(*) FROM footnote WHERE num = 148")), 0);
    EXPECT_EQ(scalar(QStringLiteral("SELECT COUNT(*) FROM footnote f JOIN source s ON s.id = f.source_id "
                                    "WHERE s.line_start BETWEEN 402 AND 5711 AND trim(f.citation) <> ''")),
              345);
    // Footnotes appear in number order through the text.
    int previousLine = 0;
    for (const auto& r : rows(QStringLiteral("SELECT f.num, s.line_start FROM footnote f JOIN source s ON s.id = f.source_id "
                                             "ORDER BY f.num"))) {
        EXPECT_GE(r.at(1).toInt(), previousLine) << "footnote " << str(r.at(0));
        previousLine = r.at(1).toInt();
    }
}

TEST_F(CompanyDataTest, ChapterSixAndSevenStatisticsCarryJurisdictions)
{
    // INVENTORY §8: ≈70 numeric statistics in chapter 7 (L5322–5585).
    EXPECT_GE(scalar(QStringLiteral("SELECT COUNT(*) FROM statistic st JOIN source s ON s.id = st.source_id "
                                    "WHERE s.line_start BETWEEN 5322 AND 5585")),
              70);
    // Per-country figures name their country (L4743, L4759, L5346, L5452, L5476, L5487).
    const std::vector<std::tuple<int, const char*, double>> perCountry = {
        {4743, "KOR", 10.3}, {4743, "LUX", 8.8}, {4743, "USA", 4.2},
        {5346, "GBR", 25040}, {5346, "DEU", 19920}, {5346, "TUR", 13826}, {5346, "POL", 9241},
        {5452, "USA", 1.62}, {5452, "ESP", 1.35}, {5452, "SWE", 1.31}, {5452, "BEL", 1.20},
        {5476, "HKG", 28.8}, {5476, "SGP", 18.9}, {5476, "LUX", 18.9},
        {5487, "ISR", 1.1}, {5487, "SGP", 0.9}, {5487, "KOR", 0.8},
        {5487, "IND", 263}, {5487, "CYP", 229}, {5487, "DNK", 213}};
    for (const auto& [line, jurisdiction, value] : perCountry)
        EXPECT_EQ(scalar(QStringLiteral("SELECT COUNT(*) FROM statistic st JOIN source s ON s.id = st.source_id "
                                        "WHERE s.line_start = ? AND st.jurisdiction_id = ? AND abs(st.value - ?) < 1e-9"),
                         {line, QString::fromLatin1(jurisdiction), value}),
                  1)
            << "L" << line << " " << jurisdiction << " " << value;
    // Every statistic of chapters 6–7 says who produced it and what it measures, in both languages.
    EXPECT_EQ(scalar(QStringLiteral("SELECT COUNT(*) FROM statistic st JOIN source s ON s.id = st.source_id "
                                    "WHERE s.line_start BETWEEN 4719 AND 5585 AND (trim(COALESCE(st.publisher, '')) = '' "
                                    "OR trim(COALESCE(st.subject, '')) = '' OR trim(COALESCE(st.subject_en, '')) = '')")),
              0);
}

TEST_F(CompanyDataTest, ReportsPapersAndTopicClusters)
{
    // 〈표 6-6〉 KISDI 5, 〈표 6-7〉 SPRi 10, 〈표 6-8〉 NIA 5 = 20 reports; 〈표 6-4〉 14 papers; 〈표 6-3〉 10 clusters.
    const std::vector<std::tuple<const char*, const char*, int>> tables = {
        {"〈표 6-6〉", "report", 5}, {"〈표 6-7〉", "report", 10}, {"〈표 6-8〉", "report", 5},
        {"〈표 6-4〉", "paper", 14}, {"〈표 6-3〉", "topic_cluster", 10}};
    for (const auto& [table, kind, n] : tables) {
        EXPECT_EQ(scalar(QStringLiteral("SELECT COUNT(*) FROM publication p JOIN source s ON s.id = p.source_id "
                                        "WHERE instr(s.locator, ?) > 0 AND p.kind = ? AND p.organization_id IS NOT NULL"),
                         {QString::fromUtf8(table), QString::fromLatin1(kind)}),
                  n)
            << table;
    }
    EXPECT_EQ(scalar(QStringLiteral("SELECT COUNT(*) FROM publication WHERE kind = 'topic_cluster'")), 10);
    // each report of the three lists has a publication date; KISDI's "2023.3.31." (A28) carries a note
    EXPECT_EQ(scalar(QStringLiteral("SELECT COUNT(*) FROM publication p JOIN source s ON s.id = p.source_id "
                                    "WHERE (instr(s.locator, '〈표 6-6〉') > 0 OR instr(s.locator, '〈표 6-7〉') > 0 "
                                    "OR instr(s.locator, '〈표 6-8〉') > 0) AND p.date IS NOT NULL")),
              20);
    EXPECT_GE(scalar(QStringLiteral("SELECT COUNT(*) FROM data_note WHERE anomaly_id = 'A28' AND entity_type = 'publication'")), 1);
}

TEST_F(CompanyDataTest, EveryCompanySideRowHasASourceAndBothLanguages)
{
    const std::vector<std::pair<const char*, const char*>> checks = {
        {"company", "trim(COALESCE(name_ko, '')) = '' OR trim(name_en) = '' OR (summary_ko IS NULL) <> (summary_en IS NULL)"},
        {"company_activity", "trim(text_ko) = '' OR trim(COALESCE(text_en, '')) = ''"},
        {"appendix3_entry", "trim(category_ko) = '' OR trim(category_en) = '' OR trim(company_as_printed) = ''"},
        {"standard", "trim(COALESCE(title_ko, '')) = '' OR trim(COALESCE(title_en, '')) = '' OR trim(code) = ''"},
        {"publication", "trim(COALESCE(title_ko, '')) = '' OR trim(title_en) = ''"},
        {"statistic", "trim(COALESCE(subject, '')) = '' OR trim(COALESCE(subject_en, '')) = ''"},
    };
    for (const auto& [table, bad] : checks) {
        EXPECT_EQ(scalar(QStringLiteral("SELECT COUNT(*) FROM ") + QString::fromLatin1(table) + QStringLiteral(" WHERE ")
                         + QString::fromLatin1(bad)),
                  0)
            << table;
        // a source with a printed page and report lines
        EXPECT_EQ(scalar(QStringLiteral("SELECT COUNT(*) FROM ") + QString::fromLatin1(table)
                         + QStringLiteral(" t LEFT JOIN source s ON s.id = t.source_id WHERE s.id IS NULL OR s.page IS NULL "
                                          "OR s.line_start IS NULL OR s.line_end < s.line_start OR s.line_end > 6112")),
                  0)
            << table;
    }
    // company_financial: as printed, always.
    EXPECT_EQ(scalar(QStringLiteral("SELECT COUNT(*) FROM company_financial WHERE trim(COALESCE(value_as_printed, '')) = ''")), 0);
    // Chapter-5 activities carry an ISO date prefix when dated, never a day the report does not give.
    const QRegularExpression iso(QStringLiteral("^(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?$"));
    for (const auto& r : rows(QStringLiteral("SELECT id, date FROM company_activity WHERE date IS NOT NULL"))) {
        const auto m = iso.match(r.at(1));
        ASSERT_TRUE(m.hasMatch()) << str(r.at(0)) << " " << str(r.at(1));
        EXPECT_TRUE(QDate(m.captured(1).toInt(), m.captured(2).isEmpty() ? 1 : m.captured(2).toInt(),
                          m.captured(3).isEmpty() ? 1 : m.captured(3).toInt())
                        .isValid())
            << str(r.at(1));
    }
}

TEST_F(CompanyDataTest, CompanyContradictionsOfAnomaliesHaveDataNotes)
{
    // ANOMALIES cases about companies, activities, financials and 첨부 3 rows.
    for (const char* id : {"A07", "A08", "A09", "A10", "A11", "A12", "A13", "A14", "A15", "A35", "A36", "B06",
                           "B07", "B15", "B17", "C13", "C14", "C20", "C21", "C22", "C23", "C24", "C33", "C34",
                           "C36", "C37"})
        EXPECT_GE(scalar(QStringLiteral("SELECT COUNT(*) FROM data_note WHERE anomaly_id = ? AND entity_type IN "
                                        "('company', 'company_activity', 'company_financial', 'appendix3_entry')"),
                         {QString::fromLatin1(id)}),
                  1)
            << id;
    // Every note of these kinds names an existing row.
    const auto dangling = rows(QStringLiteral(
        "SELECT d.id, d.entity_type, d.entity_key FROM data_note d WHERE "
        "(d.entity_type = 'company' AND NOT EXISTS (SELECT 1 FROM company WHERE CAST(id AS TEXT) = d.entity_key)) OR "
        "(d.entity_type = 'company_activity' AND NOT EXISTS (SELECT 1 FROM company_activity WHERE CAST(id AS TEXT) = d.entity_key)) OR "
        "(d.entity_type = 'company_financial' AND NOT EXISTS (SELECT 1 FROM company_financial WHERE "
        "  company_id || '|' || metric || '|' || fiscal_year || '|' || period_end = d.entity_key)) OR "
        "(d.entity_type = 'appendix3_entry' AND NOT EXISTS (SELECT 1 FROM appendix3_entry WHERE scope || '|' || seq = d.entity_key)) OR "
        "(d.entity_type = 'statistic' AND NOT EXISTS (SELECT 1 FROM statistic WHERE CAST(id AS TEXT) = d.entity_key)) OR "
        "(d.entity_type = 'standard' AND NOT EXISTS (SELECT 1 FROM standard WHERE CAST(id AS TEXT) = d.entity_key)) OR "
        "(d.entity_type = 'publication' AND NOT EXISTS (SELECT 1 FROM publication WHERE CAST(id AS TEXT) = d.entity_key)) OR "
        "(d.entity_type = 'reference' AND NOT EXISTS (SELECT 1 FROM reference WHERE CAST(num AS TEXT) = d.entity_key)) OR "
        "(d.entity_type = 'footnote' AND NOT EXISTS (SELECT 1 FROM footnote WHERE CAST(num AS TEXT) = d.entity_key))"));
    for (const auto& r : dangling)
        ADD_FAILURE() << "data_note " << str(r.join(QStringLiteral(" | "))) << " names no row";
}

TEST_F(CompanyDataTest, NoActivityDayTheReportDoesNotPrint)
{
    // A stored day appears in the printed date, unless a data note says why the sentence's day was replaced
    // (ANOMALIES A09–A12: the footnote's source date is the better-supported one).
    const QRegularExpression digits(QStringLiteral("\\d+"));
    int withDay = 0;
    for (const auto& r : rows(QStringLiteral("SELECT id, date, COALESCE(date_as_printed, '') FROM company_activity "
                                             "WHERE length(date) = 10"))) {
        ++withDay;
        const int day = r.at(1).mid(8, 2).toInt();
        bool printed = false;
        auto it = digits.globalMatch(r.at(2));
        while (it.hasNext()) {
            const bool same = it.next().captured(0).toInt() == day;   // always advance the iterator
            printed = printed || same;
        }
        if (!printed) {
            EXPECT_GE(scalar(QStringLiteral("SELECT COUNT(*) FROM data_note WHERE entity_type = 'company_activity' "
                                            "AND entity_key = ? AND column_name LIKE 'date%' AND anomaly_id IS NOT NULL"),
                             {r.at(0)}),
                      1)
                << "activity " << str(r.at(0)) << " stores " << str(r.at(1)) << ", printed '" << str(r.at(2)) << "'";
        }
    }
    EXPECT_GE(withDay, 50);   // chapter 5 prints most item dates to the day (INVENTORY §12: 59 full dates)
}
