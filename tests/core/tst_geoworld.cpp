// The bundled Natural Earth 1:50m geometry: keys, antimeridian repair, hit-tests at real places.
#include "geo/countrytable.h"
#include "geo/equalearth.h"
#include "geo/mapviewport.h"
#include "geo/worldgeometry.h"

#include <QElapsedTimer>
#include <QFile>

#include <gtest/gtest.h>

#include <cmath>

using namespace atlas;

TEST(WorldGeometry, BundledGeometryIsKeyedByAlpha3)
{
    const WorldGeometry& world = WorldGeometry::bundled();
    // 241 Natural Earth areas; Ashmore and Cartier Is. is merged into Australia (maps/SOURCES.md).
    EXPECT_EQ(world.countries().size(), 240);
    const CountryTable& table = CountryTable::bundled();
    QSet<QString> seen;
    for (const CountryShape& c : world.countries()) {
        EXPECT_EQ(c.id.size(), 3) << c.id.toStdString();
        EXPECT_FALSE(seen.contains(c.id)) << c.id.toStdString();
        seen.insert(c.id);
        EXPECT_NE(table.find(c.id), nullptr) << c.id.toStdString() << " has no row in countries.tsv";
        EXPECT_FALSE(c.rings.isEmpty()) << c.id.toStdString();
    }
    for (const char* id : {"KOR", "USA", "CHN", "JPN", "GBR", "CAN", "FRA", "DEU", "SGP", "XKK", "XNC", "XSO"})
        EXPECT_NE(world.country(QString::fromLatin1(id)), nullptr) << id;
    EXPECT_EQ(table.find(QStringLiteral("KOR"))->nameKo, QStringLiteral("대한민국"));
    EXPECT_EQ(table.alpha3ForNumeric(QStringLiteral("410")), QStringLiteral("KOR"));
}

TEST(WorldGeometry, NoRingStreaksAcrossTheMap)
{
    // A ring that kept its jump from +180 to -180 would have a step of about the map's width (5.4 units).
    const WorldGeometry& world = WorldGeometry::bundled();
    for (const CountryShape& c : world.countries())
        for (const QPolygonF& ring : c.rings)
            for (int i = 1; i < ring.size(); ++i)
                ASSERT_LT(std::abs(ring.at(i).x() - ring.at(i - 1).x()), 0.1) << c.id.toStdString();
    for (const char* id : {"RUS", "FJI", "ATA"}) {
        const CountryShape* c = world.country(QString::fromLatin1(id));
        ASSERT_NE(c, nullptr);
        EXPECT_TRUE(EqualEarth::extent().adjusted(-1e-9, -1e-9, 1e-9, 1e-9).contains(c->bounds)) << id;
    }
    // Antarctica reaches the pole line and touches both edges of the map.
    const CountryShape* ata = world.country(QStringLiteral("ATA"));
    EXPECT_NEAR(ata->bounds.bottom(), EqualEarth::maxY(), 1e-3);
    EXPECT_LE(ata->bounds.left(), EqualEarth::project({-180, -90}).x() + 1e-9);
    EXPECT_GE(ata->bounds.right(), EqualEarth::project({180, -90}).x() - 1e-9);
}

TEST(WorldGeometry, HitTestsAtRealPlaces)
{
    struct Case
    {
        double lon;
        double lat;
        const char* id;
    };
    const Case cases[] = {
        {126.978, 37.5665, "KOR"},  // Seoul
        {129.07, 35.18, "KOR"},     // Busan
        {2.3522, 48.8566, "FRA"},   // Paris
        {13.405, 52.52, "DEU"},     // Berlin
        {10.0, 51.0, "DEU"},        // central Germany
        {103.8198, 1.3521, "SGP"},  // Singapore
        {139.69, 35.69, "JPN"},     // Tokyo
        {-0.1276, 51.5072, "GBR"},  // London
        {-75.70, 45.42, "CAN"},     // Ottawa
        {116.40, 39.90, "CHN"},     // Beijing
        {-77.04, 38.91, "USA"},     // Washington
        {-150.0, 64.0, "USA"},      // Alaska
        {-47.93, -15.78, "BRA"},    // Brasília
        {37.62, 55.75, "RUS"},      // Moscow
        {-175.0, 66.0, "RUS"},      // Chukotka, east of the antimeridian
        {178.0, -17.8, "FJI"},      // Viti Levu
        {0.0, -85.0, "ATA"},
        {20.9, 42.6, "XKK"},        // Kosovo: key from i18n-iso-countries
        {-150.0, 0.0, ""},          // Pacific
        {-30.0, 30.0, ""},          // Atlantic
    };
    const WorldGeometry& world = WorldGeometry::bundled();
    for (const Case& c : cases)
        EXPECT_EQ(world.countryAtLonLat({c.lon, c.lat}).toStdString(), c.id) << c.lon << "," << c.lat;

    // Through a viewport, pixel -> projected -> area.
    MapViewport vp(QRectF(0, 0, 1920, 1080), EqualEarth::extent());
    EXPECT_EQ(world.countryAt(vp.toProjected(vp.lonLatToPixel({126.978, 37.5665}))), QStringLiteral("KOR"));
}

TEST(WorldGeometry, LabelPointsLieInsideTheirArea)
{
    const WorldGeometry& world = WorldGeometry::bundled();
    for (const CountryShape& c : world.countries())
        EXPECT_TRUE(c.contains(c.labelPoint)) << c.id.toStdString();
    // France's label is in metropolitan France, not in French Guiana.
    const auto fra = EqualEarth::unproject(world.country(QStringLiteral("FRA"))->labelPoint);
    ASSERT_TRUE(fra.has_value());
    EXPECT_GT(fra->y(), 42);
    EXPECT_LT(fra->y(), 51);
}

TEST(WorldGeometry, GroupOutlineDropsInternalBorders)
{
    const WorldGeometry& world = WorldGeometry::bundled();
    const QSet<QString> pair{QStringLiteral("FRA"), QStringLiteral("DEU")};
    const QVector<QPolygonF> both = world.outline(pair);
    const QVector<QPolygonF> fra = world.outline({QStringLiteral("FRA")});
    const QVector<QPolygonF> deu = world.outline({QStringLiteral("DEU")});
    EXPECT_FALSE(both.isEmpty());
    EXPECT_LT(both.size(), fra.size() + deu.size()) << "the French-German border is not part of the outline";
    EXPECT_TRUE(world.bounds(pair).contains(world.country(QStringLiteral("DEU"))->bounds));
    EXPECT_TRUE(world.outline({}).isEmpty());
}

TEST(WorldGeometry, DecodingErrorsAreReported)
{
    QString error;
    EXPECT_FALSE(WorldGeometry::fromTopoJson("{", &error).has_value());
    EXPECT_FALSE(error.isEmpty());
    EXPECT_FALSE(WorldGeometry::fromTopoJson(R"({"type":"FeatureCollection"})", &error).has_value());
    // A one-square topology with delta-encoded arcs and a reversed arc reference.
    const QByteArray tiny = R"({"type":"Topology","transform":{"scale":[1,1],"translate":[0,0]},
        "objects":{"countries":{"type":"GeometryCollection","geometries":[
          {"type":"Polygon","id":"AAA","properties":{"name":"A"},"arcs":[[0,1]]},
          {"type":"Polygon","id":"BBB","properties":{"name":"B"},"arcs":[[2,-2]]}]}},
        "arcs":[[[0,0],[10,0],[0,10]],[[10,10],[-10,0],[0,-10]],[[10,0],[10,0],[0,10],[-10,0]]]})";
    const auto world = WorldGeometry::fromTopoJson(tiny, &error);
    ASSERT_TRUE(world.has_value()) << error.toStdString();
    EXPECT_EQ(world->countryAtLonLat({5, 5}), QStringLiteral("AAA"));
    EXPECT_EQ(world->countryAtLonLat({15, 5}), QStringLiteral("BBB"));
    EXPECT_EQ(world->countryAtLonLat({25, 5}), QString());
    // The shared arc 1 (x = 10) drops out of the pair's outline: what is left is arcs 0 and 2.
    EXPECT_EQ(world->outline({QStringLiteral("AAA"), QStringLiteral("BBB")}).size(), 2);
}
