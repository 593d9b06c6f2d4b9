// Map layers generated from the shipped database, their legend bins, the layer model and the tooltip.
#include "data/database.h"
#include "data/maprepository.h"
#include "geo/legendbins.h"
#include "geo/maplayermodel.h"
#include "geo/maptooltip.h"
#include "../testutil.h"

#include <QAbstractItemModelTester>

#include <gtest/gtest.h>

using namespace atlas;

namespace {
class MapLayerTest : public ::testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        s_db = new Database;
        ASSERT_TRUE(s_db->open(test::shippedDatabase()).ok());
        s_data = new MapData(MapRepository(*s_db).load());
    }
    static void TearDownTestSuite()
    {
        delete s_data;
        delete s_db;
        s_data = nullptr;
        s_db = nullptr;
    }
    static const MapLayer& layer(const char* id)
    {
        const MapLayer* l = s_data->layer(QString::fromLatin1(id));
        if (!l)
            throw std::runtime_error(std::string("no layer ") + id);
        return *l;
    }
    static Database* s_db;
    static MapData* s_data;
};
Database* MapLayerTest::s_db = nullptr;
MapData* MapLayerTest::s_data = nullptr;
} // namespace

TEST_F(MapLayerTest, PolicyLawLayerHasTheNineAppendixJurisdictions)
{
    const MapLayer& law = layer("appendix1/policy_law");
    EXPECT_EQ(law.kind, MapLayer::Kind::Appendix1Field);
    const QHash<QString, int> expected{{QStringLiteral("USA"), 3}, {QStringLiteral("EU"), 3},
                                       {QStringLiteral("CHN"), 4}, {QStringLiteral("JPN"), 2},
                                       {QStringLiteral("GBR"), 2}, {QStringLiteral("CAN"), 3},
                                       {QStringLiteral("FRA"), 2}, {QStringLiteral("SGP"), 1},
                                       {QStringLiteral("KOR"), 7}};
    ASSERT_EQ(law.values.size(), expected.size());
    for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
        ASSERT_TRUE(law.values.contains(it.key())) << it.key().toStdString();
        const MapValue& v = law.values.value(it.key());
        EXPECT_EQ(v.value, it.value()) << it.key().toStdString();
        EXPECT_EQ(v.items.size(), it.value()) << it.key().toStdString();
        for (const MapValue::Item& item : v.items) {
            EXPECT_EQ(item.fieldCode, QStringLiteral("policy_law"));
            EXPECT_FALSE(item.titleKo.isEmpty());
            EXPECT_EQ(item.source.locator, QStringLiteral("첨부 1"));
            EXPECT_GE(item.source.page, 329);
        }
    }
    EXPECT_EQ(law.state(QStringLiteral("KOR")), MapLayer::State::HasValue);
    EXPECT_EQ(law.state(QStringLiteral("DEU")), MapLayer::State::NotListed) << "chapter 3, no 첨부 1 row";
    EXPECT_EQ(law.state(QStringLiteral("BRA")), MapLayer::State::NotCovered);
    EXPECT_EQ(law.state(QStringLiteral("ITA")), MapLayer::State::NotCovered) << "an EU member is not listed itself";
    EXPECT_TRUE(law.sourceLine().startsWith(QStringLiteral("첨부 1, p"))) << law.sourceLine().toStdString();
}

TEST_F(MapLayerTest, FieldTotalsAndNoneRecorded)
{
    const MapLayer& talent = layer("appendix1/talent_education");
    EXPECT_EQ(talent.state(QStringLiteral("CHN")), MapLayer::State::NoItem) << "첨부 1 prints '-'";
    const MapLayer& total = layer("appendix1/all");
    EXPECT_EQ(total.kind, MapLayer::Kind::Appendix1Total);
    EXPECT_EQ(total.values.value(QStringLiteral("KOR")).value, 17);
    double sum = 0;
    for (const MapValue& v : total.values)
        sum += v.value;
    EXPECT_EQ(sum, 70) << "70 placements in 첨부 1";
}

TEST_F(MapLayerTest, LayerListFollowsTheData)
{
    QStringList ids;
    for (const MapLayer& l : s_data->layers)
        ids << l.id;
    EXPECT_EQ(ids.mid(0, 5),
              QStringList({QStringLiteral("appendix1/policy_law"), QStringLiteral("appendix1/industry"),
                           QStringLiteral("appendix1/tech_research"), QStringLiteral("appendix1/talent_education"),
                           QStringLiteral("appendix1/all")}));
    // One statistic layer per topic flagged map_layer = 1, none for the others.
    SqliteStatement q = s_db->connection().prepare(
        QStringLiteral("SELECT topic FROM statistic_topic WHERE map_layer = 1"), nullptr);
    int topics = 0;
    while (q.step()) {
        ++topics;
        EXPECT_TRUE(ids.contains(QStringLiteral("statistic/") + q.text(0))) << q.text(0).toStdString();
    }
    EXPECT_GT(topics, 0);
    EXPECT_EQ(ids.size(), 5 + topics);

    const MapLayer& tortoise = layer("statistic/tortoise_rank_2024");
    EXPECT_TRUE(tortoise.lowerIsBetter);
    EXPECT_EQ(tortoise.unit, QStringLiteral("rank"));
    EXPECT_EQ(tortoise.values.value(QStringLiteral("KOR")).value, 6);
    EXPECT_EQ(tortoise.values.value(QStringLiteral("KOR")).source.page, 7);
    EXPECT_TRUE(tortoise.publisher.contains(QStringLiteral("Tortoise")));
    EXPECT_EQ(tortoise.state(QStringLiteral("DEU")), MapLayer::State::HasValue);

    // Two periods for the US: the latest is drawn, the other goes to the tooltip.
    const MapValue& usPatents = layer("statistic/ai_patents_granted_share").values.value(QStringLiteral("USA"));
    EXPECT_DOUBLE_EQ(usPatents.value, 20.9);
    EXPECT_EQ(usPatents.period, QStringLiteral("2022"));
    ASSERT_EQ(usPatents.otherPeriods.size(), 1);
    EXPECT_TRUE(usPatents.otherPeriods.first().startsWith(QStringLiteral("2010")));
}

TEST_F(MapLayerTest, NamesForEveryMapAreaAndTheEuMembers)
{
    EXPECT_EQ(s_data->euMembers.size(), 27);
    EXPECT_TRUE(s_data->euMembers.contains(QStringLiteral("DEU")));
    EXPECT_EQ(s_data->name(QStringLiteral("KOR"), Lang::Korean), QStringLiteral("한국")) << "database name first";
    EXPECT_EQ(s_data->name(QStringLiteral("BRA"), Lang::Korean), QStringLiteral("브라질"));
    EXPECT_EQ(s_data->name(QStringLiteral("BRA"), Lang::English), QStringLiteral("Brazil"));
}

TEST_F(MapLayerTest, ModelListsTheLayers)
{
    MapLayerModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Warning);
    model.reset(*s_data);
    ASSERT_EQ(model.rowCount(), s_data->layers.size());
    const int law = model.rowOf(QStringLiteral("appendix1/policy_law"));
    ASSERT_EQ(law, 0);
    EXPECT_EQ(model.index(law).data().toString(), QStringLiteral("첨부 1 · 정책/법제"));
    EXPECT_EQ(model.index(law).data(MapLayerModel::IdRole).toString(), QStringLiteral("appendix1/policy_law"));
    EXPECT_FALSE(model.index(law).data(MapLayerModel::SourceRole).toString().isEmpty());
    model.setLanguage(Lang::English);
    EXPECT_EQ(model.index(law).data().toString(), QStringLiteral("Appendix 1 · Policy & law"));
    EXPECT_EQ(model.rowOf(QStringLiteral("nope")), -1);
    model.reset({});
    EXPECT_EQ(model.rowCount(), 0);
}

// Read when first shown, a statistic layer has exactly the figures, periods, sources and publishers
// of one read with everything up front; 첨부 1 layers are whole either way.
TEST_F(MapLayerTest, FiguresReadWhenShownEqualThoseReadUpFront)
{
    const MapData lazy = MapRepository(*s_db).load(MapRepository::StatisticValues::WhenShown);
    ASSERT_EQ(lazy.layers.size(), s_data->layers.size());
    int statistic = 0;
    for (int i = 0; i < lazy.layers.size(); ++i) {
        MapLayer l = lazy.layers.at(i);
        const MapLayer& full = s_data->layers.at(i);
        ASSERT_EQ(l.id, full.id);
        EXPECT_TRUE(full.valuesLoaded);
        if (!l.isAppendix1()) {
            ++statistic;
            EXPECT_FALSE(l.valuesLoaded) << l.id.toStdString();
            EXPECT_TRUE(l.values.isEmpty());
            MapRepository(*s_db).loadValues(l);
        }
        EXPECT_TRUE(l.valuesLoaded);
        EXPECT_EQ(l.publisher, full.publisher) << l.id.toStdString();
        EXPECT_EQ(l.sourceLine(), full.sourceLine()) << l.id.toStdString();
        ASSERT_EQ(l.values.keys().size(), full.values.size()) << l.id.toStdString();
        for (auto it = full.values.cbegin(); it != full.values.cend(); ++it) {
            const MapValue v = l.values.value(it.key());
            EXPECT_EQ(v.value, it->value) << l.id.toStdString() << " " << it.key().toStdString();
            EXPECT_EQ(v.period, it->period);
            EXPECT_EQ(v.asPrinted, it->asPrinted);
            EXPECT_EQ(v.otherPeriods, it->otherPeriods);
            EXPECT_EQ(v.source.id, it->source.id);
            EXPECT_EQ(v.items.size(), it->items.size());
        }
    }
    EXPECT_GE(statistic, 10);
    EXPECT_EQ(layer("statistic/tortoise_rank_2024").values.value(QStringLiteral("KOR")).value, 6);
}

// The layer model reads a layer's figures once, when they are first asked for (the map showing it,
// or the layer chooser's tooltip naming its publisher and pages).
TEST_F(MapLayerTest, ModelReadsALayersFiguresOnceWhenAskedFor)
{
    MapLayerModel model;
    int reads = 0;
    model.setValueLoader([&reads](MapLayer& l) {
        ++reads;
        MapRepository(*s_db).loadValues(l);
    });
    model.reset(MapRepository(*s_db).load(MapRepository::StatisticValues::WhenShown));
    const int row = model.rowOf(QStringLiteral("statistic/tortoise_rank_2024"));
    ASSERT_GE(row, 0);
    EXPECT_TRUE(model.layerAt(row)->values.isEmpty());
    EXPECT_EQ(model.index(row).data().toString(), layer("statistic/tortoise_rank_2024").nameKo);
    EXPECT_EQ(reads, 0);   // the name needs no figures
    EXPECT_TRUE(model.index(row).data(Qt::ToolTipRole).toString().contains(QStringLiteral("Tortoise")));
    EXPECT_EQ(reads, 1);
    EXPECT_EQ(model.loadedLayer(row)->values.value(QStringLiteral("KOR")).value, 6);
    EXPECT_EQ(reads, 1);
    EXPECT_EQ(model.loadedLayer(model.rowOf(QStringLiteral("appendix1/all")))->values.size(),
              layer("appendix1/all").values.size());
    EXPECT_EQ(reads, 1);   // 첨부 1 layers come whole
    EXPECT_EQ(model.loadedLayer(-1), nullptr);
    EXPECT_EQ(model.loadedLayer(model.rowCount()), nullptr);
}

TEST_F(MapLayerTest, TooltipNamesBothLanguagesItemsAndSource)
{
    const QString kor = MapTooltip::html(*s_data, layer("appendix1/policy_law"), QStringLiteral("KOR"), Lang::Korean);
    EXPECT_TRUE(kor.contains(QStringLiteral("한국")));
    EXPECT_TRUE(kor.contains(QStringLiteral("Republic of Korea")));
    EXPECT_TRUE(kor.contains(QStringLiteral("<li>")));
    EXPECT_TRUE(kor.contains(QStringLiteral("첨부 1")));
    const QString deu = MapTooltip::html(*s_data, layer("appendix1/policy_law"), QStringLiteral("DEU"), Lang::English);
    EXPECT_TRUE(deu.contains(QStringLiteral("Germany")));
    EXPECT_TRUE(deu.contains(QStringLiteral("chapter 3")));
    const QString rank = MapTooltip::html(*s_data, layer("statistic/tortoise_rank_2024"), QStringLiteral("KOR"),
                                          Lang::English);
    EXPECT_TRUE(rank.contains(QStringLiteral("rank 6")));
    EXPECT_TRUE(rank.contains(QStringLiteral("p.7")));
    EXPECT_TRUE(rank.contains(QStringLiteral("Tortoise")));
}

TEST(LegendBins, TableDriven)
{
    struct Case
    {
        QVector<double> values;
        bool lowerIsBetter;
        bool discrete;
        QStringList labels;
    };
    const Case cases[] = {
        {{3, 3, 4, 2, 2, 3, 2, 1, 7}, false, true, {QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3"),
                                                     QStringLiteral("4"), QStringLiteral("7")}},
        {{5}, false, true, {QStringLiteral("5")}},
        {{1, 2, 3, 5, 8, 13, 20, 41, 81}, true, false,
         {QStringLiteral("1–20"), QStringLiteral("21–40"), QStringLiteral("41–60"), QStringLiteral("61–80"),
          QStringLiteral("81–100")}},
        {{0.8, 0.9, 1.1}, false, false,
         {QStringLiteral("0.8–0.9"), QStringLiteral("0.9–1"), QStringLiteral("1–1.1")}},
        {{}, false, false, {}},
    };
    for (const Case& c : cases) {
        const LegendBins bins = LegendBins::fromValues(c.values, c.lowerIsBetter);
        EXPECT_EQ(bins.isDiscrete(), c.discrete);
        QStringList labels;
        for (int i = 0; i < bins.count(); ++i)
            labels << bins.bin(i).label;
        EXPECT_EQ(labels, c.labels);
        for (double v : c.values)
            EXPECT_GE(bins.binOf(v), 0) << v << " falls in no bin";
    }
    const LegendBins ranks = LegendBins::fromValues({1, 10, 81}, true);
    EXPECT_DOUBLE_EQ(ranks.shade(ranks.binOf(1)), 1.0) << "rank 1 is the darkest";
    EXPECT_DOUBLE_EQ(ranks.shade(ranks.binOf(81)), 0.0);
    const LegendBins counts = LegendBins::fromValues({1, 7}, false);
    EXPECT_DOUBLE_EQ(counts.shade(counts.binOf(7)), 1.0);
    EXPECT_EQ(counts.binOf(5), -1) << "discrete bins hold only their own value";
}
