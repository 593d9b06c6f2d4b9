// Saved views and view links: round trips, and hostile files rejected with the place named.
#include "data/database.h"
#include "data/repository.h"
#include "viewstate/viewstate.h"
#include "../testutil.h"

#include <gtest/gtest.h>

using namespace atlas;

namespace {
ViewState sample()
{
    ViewState v;
    v.mapLayer = QStringLiteral("appendix1/policy_law");
    v.chart = QStringLiteral("countries:tortoise_rank_2024");
    v.lang = Lang::English;
    v.selection.jurisdictions = {QStringLiteral("KOR"), QStringLiteral("USA")};
    v.selection.field = QStringLiteral("policy_law");
    v.selection.policies = {10052};
    v.selection.companies = {4, 9};
    v.selection.timeRange = {QStringLiteral("2024-01"), QStringLiteral("2024-12")};
    return v;
}
void expectSame(const ViewState& a, const ViewState& b)
{
    EXPECT_EQ(a.mapLayer, b.mapLayer);
    EXPECT_EQ(a.chart, b.chart);
    EXPECT_EQ(a.lang, b.lang);
    EXPECT_TRUE(a.selection == b.selection);
}
} // namespace

TEST(ViewState, JsonRoundTrip)
{
    QString error;
    const auto back = ViewState::fromJson(sample().toJson(), &error);
    ASSERT_TRUE(back) << error.toStdString();
    expectSame(*back, sample());
    // A BOM from an editor is fine.
    EXPECT_TRUE(ViewState::fromJson("\xEF\xBB\xBF" + sample().toJson(), &error));
}

TEST(ViewState, LinkRoundTripAndTheDocumentedForm)
{
    QString error;
    const QString link = sample().toLink();
    EXPECT_TRUE(link.startsWith(QStringLiteral("aitrends://view?c=KOR,USA&field=policy_law&t=2024-01..2024-12")))
        << link.toStdString();
    const auto back = ViewState::fromLink(link, &error);
    ASSERT_TRUE(back) << error.toStdString();
    expectSame(*back, sample());
    const auto doc = ViewState::fromLink(QStringLiteral("aitrends://view?c=KOR,USA&field=policy_law&t=2024-01..2024-12"), &error);
    ASSERT_TRUE(doc);
    EXPECT_EQ(doc->selection.jurisdictions.size(), 2);
}

TEST(ViewState, HostileInputIsRejectedWithThePlace)
{
    const QVector<QByteArray> bad = {
        "", "{", "[]", "null", "\xC3\x28", "{\"format\":\"other\",\"version\":1}",
        "{\"format\":\"ai-trends-atlas-view\",\"version\":99}",
        "{\"format\":\"ai-trends-atlas-view\",\"version\":1,\"jurisdictions\":\"KOR\"}",
        "{\"format\":\"ai-trends-atlas-view\",\"version\":1,\"jurisdictions\":[\"'; DROP TABLE policy\"]}",
        "{\"format\":\"ai-trends-atlas-view\",\"version\":1,\"policies\":[1.5]}",
        "{\"format\":\"ai-trends-atlas-view\",\"version\":1,\"policies\":[\"1\"]}",
        "{\"format\":\"ai-trends-atlas-view\",\"version\":1,\"from\":\"2024-13\"}",
        "{\"format\":\"ai-trends-atlas-view\",\"version\":1,\"from\":\"2025\",\"to\":\"2024\"}",
        "{\"format\":\"ai-trends-atlas-view\",\"version\":1,\"language\":\"fr\"}",
        QByteArray(ViewState::kMaxFileSize + 1, ' '),
    };
    for (const QByteArray& b : bad) {
        QString error;
        EXPECT_FALSE(ViewState::fromJson(b, &error)) << b.left(60).toStdString();
        EXPECT_FALSE(error.isEmpty());
    }
    QString error;
    EXPECT_FALSE(ViewState::fromJson("{\n  \"format\": \"ai-trends-atlas-view\",\n  \"version\": 1,,\n}", &error));
    EXPECT_TRUE(error.startsWith(QStringLiteral("line 3"))) << error.toStdString();
    for (const QString& link : {QStringLiteral("http://example.invalid"), QStringLiteral("aitrends://view?t=2024"),
                                QStringLiteral("aitrends://view?p=abc"), QStringLiteral("aitrends://view?c=%00")})
        EXPECT_FALSE(ViewState::fromLink(link, &error)) << link.toStdString();
}

// A view from another edition (or anyone) names ids this database lacks: they are left out and
// listed, sorted; the known ones stay, and a view of known ids comes through whole.
TEST(ViewState, KnownSelectionLeavesOutWhatTheDatabaseLacks)
{
    Database db;
    ASSERT_TRUE(db.open(test::shippedDatabase()).ok());
    const Repository repo(db);
    const ViewState whole = sample();
    const ViewState::KnownSelection same = whole.knownSelection(repo);
    EXPECT_TRUE(same.complete());
    EXPECT_TRUE(same.selection == whole.selection);

    ViewState foreign = whole;
    foreign.selection.jurisdictions += {QStringLiteral("ATL"), QStringLiteral("\"; DROP TABLE policy; --")};
    foreign.selection.field = QStringLiteral("no_such_field");
    foreign.selection.policies += {99999999, -5};
    foreign.selection.companies += {777777, 0};
    const ViewState::KnownSelection known = foreign.knownSelection(repo);
    EXPECT_FALSE(known.complete());
    EXPECT_EQ(known.unknownJurisdictions, QStringList({QStringLiteral("\"; DROP TABLE policy; --"), QStringLiteral("ATL")}));
    EXPECT_EQ(known.unknownField, QStringLiteral("no_such_field"));
    EXPECT_EQ(known.unknownPolicies, QList<qint64>({-5, 99999999}));
    EXPECT_EQ(known.unknownCompanies, QList<qint64>({0, 777777}));
    EXPECT_EQ(known.selection.jurisdictions, whole.selection.jurisdictions);
    EXPECT_TRUE(known.selection.field.isEmpty());
    EXPECT_EQ(known.selection.policies, whole.selection.policies);
    EXPECT_EQ(known.selection.companies, whole.selection.companies);
    EXPECT_EQ(known.selection.timeRange, whole.selection.timeRange);
    EXPECT_GT(repo.count(QStringLiteral("policy")), 300) << "nothing was dropped";
}
