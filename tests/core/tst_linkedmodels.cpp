// The linked views' core: entity tables filtered by the selection, and the timeline scene.
#include "data/database.h"
#include "data/repository.h"
#include "models/recordtablemodel.h"
#include "models/timelinedata.h"
#include "render/timelinerenderer.h"
#include "../testutil.h"

#include <QAbstractItemModelTester>
#include <QImage>
#include <QPainter>

#include <gtest/gtest.h>

using namespace atlas;

namespace {
class LinkedTest : public ::testing::Test
{
protected:
    void SetUp() override { ASSERT_TRUE(m_db.open(test::shippedDatabase()).ok()); }
    QHash<QString, QString> parents() const
    {
        QHash<QString, QString> out;
        for (const auto& j : m_repo.jurisdictions())
            if (!j.parentId.isEmpty())
                out.insert(j.id, j.parentId);
        return out;
    }
    Database m_db;
    Repository m_repo{m_db};
};
constexpr auto kMode = QAbstractItemModelTester::FailureReportingMode::Warning;
} // namespace

TEST_F(LinkedTest, EveryEntityTablePassesTheModelTester)
{
    for (const QString& entity : Repository::recordEntities()) {
        SCOPED_TRACE(entity.toStdString());
        RecordTableModel model;
        RecordFilterProxy proxy;
        QAbstractItemModelTester t1(&model, kMode);
        QAbstractItemModelTester t2(&proxy, kMode);
        proxy.setSourceModel(&model);
        model.reset(m_repo.records(entity));
        EXPECT_GT(model.rowCount(), 0);
        EXPECT_FALSE(model.headerData(0, Qt::Horizontal).toString().isEmpty());
        proxy.setSelectionFilter({QStringLiteral("KOR")}, {});
        proxy.setText(QStringLiteral("AI"));
        proxy.setSelectionFilter({}, {QStringLiteral("2024"), QStringLiteral("2024")});
        proxy.setText({});
        proxy.setSelectionFilter({}, {});
        EXPECT_EQ(proxy.rowCount(), model.rowCount());
        model.reset({});
        EXPECT_EQ(proxy.rowCount(), 0);
    }
}

TEST_F(LinkedTest, SelectingKoreaFiltersThePolicyTableToKoreanRows)
{
    RecordTableModel model;
    RecordFilterProxy proxy;
    proxy.setSourceModel(&model);
    proxy.setParents(parents());
    model.reset(m_repo.records(QStringLiteral("policies")));
    proxy.setSelectionFilter({QStringLiteral("KOR")}, {});
    ASSERT_GT(proxy.rowCount(), 30);
    for (int r = 0; r < proxy.rowCount(); ++r)
        EXPECT_EQ(proxy.index(r, 0).data(RecordTableModel::JurisdictionRole).toString(), QStringLiteral("KOR"));
    // A country's selection includes its states: California's laws appear under the USA.
    proxy.setSelectionFilter({QStringLiteral("USA")}, {});
    bool california = false;
    for (int r = 0; r < proxy.rowCount(); ++r)
        california = california
            || proxy.index(r, 0).data(RecordTableModel::JurisdictionRole).toString() == QStringLiteral("US-CA");
    EXPECT_TRUE(california);
}

TEST_F(LinkedTest, ATimeRangeFiltersTheTables)
{
    RecordTableModel model;
    RecordFilterProxy proxy;
    proxy.setSourceModel(&model);
    model.reset(m_repo.records(QStringLiteral("policies")));
    const int all = proxy.rowCount();
    proxy.setSelectionFilter({}, {QStringLiteral("2024-05"), QStringLiteral("2024-05")});
    ASSERT_GT(proxy.rowCount(), 0);
    EXPECT_LT(proxy.rowCount(), all);
    for (int r = 0; r < proxy.rowCount(); ++r) {
        const QString date = proxy.index(r, 0).data(RecordTableModel::DateRole).toString();
        const QString end = proxy.index(r, 0).data(RecordTableModel::DateEndRole).toString();
        EXPECT_TRUE(date.startsWith(QStringLiteral("2024")) || (!end.isEmpty() && end >= QStringLiteral("2024-05")))
            << date.toStdString();
    }
    proxy.setUseTimeRange(false);
    EXPECT_EQ(proxy.rowCount(), all);
}

TEST_F(LinkedTest, TimelineLanesFollowTheSelection)
{
    const TimelineData::Input in = TimelineData::load(m_repo);

    const auto all = TimelineData::build(in, {}, Lang::English);
    EXPECT_EQ(all.lanes.size(), 11);  // ten chapter-3 jurisdictions and the international bodies
    EXPECT_GT(all.items.size(), 250);

    SelectionState::Snapshot kor;
    kor.jurisdictions = {QStringLiteral("KOR")};
    const auto korea = TimelineData::build(in, kor, Lang::Korean);
    ASSERT_EQ(korea.lanes.size(), 1);
    EXPECT_EQ(korea.lanes.first().label, QStringLiteral("한국"));
    for (const auto& item : korea.items)
        EXPECT_EQ(item.lane, QStringLiteral("KOR"));
    EXPECT_GT(korea.items.size(), 30);

    // The 첨부 1 cell KOR × 정책/법제 leaves exactly its seven placements.
    kor.field = QStringLiteral("policy_law");
    EXPECT_EQ(TimelineData::build(in, kor, Lang::Korean).items.size(), 7);

    // Companies on demand: selecting OpenAI adds its lane with its dated activities.
    SelectionState::Snapshot openai;
    openai.jurisdictions = {QStringLiteral("USA")};
    openai.companies = {4};
    const auto withCompany = TimelineData::build(in, openai, Lang::English);
    ASSERT_EQ(withCompany.lanes.size(), 2);
    EXPECT_EQ(withCompany.lanes.last().id, QStringLiteral("company:4"));
    int activities = 0;
    for (const auto& item : withCompany.items)
        activities += item.id < 0 ? 1 : 0;
    EXPECT_GT(activities, 10);

    // The renderer places every marker and finds it again by position.
    TimelineRenderer renderer;
    renderer.setScene(korea);
    QImage image(1200, 300, QImage::Format_ARGB32);
    image.fill(Qt::white);
    QPainter p(&image);
    TimelineRenderer::Options options;
    renderer.paint(p, QRectF(0, 0, 1200, 300), TimeAxis(QDate(2018, 1, 1), QDate(2026, 1, 1), 0, 1), options);
    p.end();
    int found = 0;
    for (int x = 160; x < 1190; x += 2)
        for (int y = 30; y < 270; y += 2)
            if (renderer.itemAt(QPointF(x, y)) > 0)
                ++found;
    EXPECT_GT(found, 20);
}

TEST_F(LinkedTest, TimelineOfSeveralLanesPaintsAsEachLaneAlone)
{
    // The scene of several jurisdictions interleaves their lanes' items (input order) and kinds; the
    // renderer groups them by lane and colours them once per scene. Each lane must look exactly as in
    // a scene of the same items taken lane by lane, and the legend must list the same kinds.
    const TimelineData::Input in = TimelineData::load(m_repo);
    SelectionState::Snapshot sel;
    sel.jurisdictions = {QStringLiteral("KOR"), QStringLiteral("USA"), QStringLiteral("EU"), QStringLiteral("CHN")};
    const TimelineScene mixed = TimelineData::build(in, sel, Lang::English);
    ASSERT_EQ(mixed.lanes.size(), 4);
    TimelineScene grouped = mixed;
    grouped.items.clear();
    for (const TimelineLane& lane : mixed.lanes)
        for (const TimelineItem& item : mixed.items)
            if (item.lane == lane.id)
                grouped.items.append(item);
    ASSERT_EQ(grouped.items.size(), mixed.items.size());
    bool interleaved = false;
    for (int i = 1; i < mixed.items.size(); ++i)
        interleaved = interleaved || mixed.items.at(i).lane != mixed.items.at(i - 1).lane;
    EXPECT_TRUE(interleaved) << "the test needs lanes whose items alternate";
    // An undated item first, of the kind of a dated one: it draws nothing and must not hide the kind.
    TimelineItem undated = mixed.items.first();
    undated.id = 999999999;
    undated.date.clear();
    TimelineScene withUndated = mixed;
    withUndated.items.prepend(undated);

    const auto paint = [](const TimelineScene& scene) {
        TimelineRenderer renderer;
        renderer.setScene(scene);
        QImage image(1400, 500, QImage::Format_ARGB32);
        image.fill(Qt::white);
        QPainter p(&image);
        renderer.paint(p, QRectF(0, 0, 1400, 500), TimeAxis(QDate(2016, 1, 1), QDate(2026, 1, 1), 0, 1),
                       TimelineRenderer::Options());
        return image;
    };
    const QImage reference = paint(grouped);
    EXPECT_EQ(paint(mixed), reference);
    EXPECT_EQ(paint(withUndated), reference);
}
