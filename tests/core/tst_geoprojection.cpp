// Equal Earth projection, MapViewport and the antimeridian repair: table-driven, with no geometry file.
#include "geo/antimeridian.h"
#include "geo/equalearth.h"
#include "geo/mapviewport.h"

#include <gtest/gtest.h>

#include <cmath>

using namespace atlas;

namespace {
constexpr double kDegTol = 1e-7;

struct LonLat
{
    double lon;
    double lat;
};
} // namespace

TEST(EqualEarth, KnownValues)
{
    EXPECT_NEAR(EqualEarth::project({0, 0}).x(), 0, 1e-12);
    EXPECT_NEAR(EqualEarth::project({0, 0}).y(), 0, 1e-12);
    // Published extent of Equal Earth on the unit sphere: 2.7066 x 1.3173 (half-width, half-height).
    EXPECT_NEAR(EqualEarth::maxX(), 2.70663, 1e-4);
    EXPECT_NEAR(EqualEarth::maxY(), 1.31733, 1e-4);
    EXPECT_LT(EqualEarth::project({0, 60}).y(), 0) << "north is up: negative y";
    EXPECT_GT(EqualEarth::project({0, -60}).y(), 0);
    EXPECT_NEAR(EqualEarth::project({-120, 30}).x(), -EqualEarth::project({120, 30}).x(), 1e-12);
    EXPECT_NEAR(EqualEarth::project({45, -30}).y(), -EqualEarth::project({45, 30}).y(), 1e-12);
    EXPECT_DOUBLE_EQ(EqualEarth::extent().width(), 2 * EqualEarth::maxX());
}

TEST(EqualEarth, RoundTrips)
{
    const LonLat cases[] = {
        {0, 0},       {126.978, 37.5665}, {2.3522, 48.8566}, {-77.0369, 38.9072}, {103.8198, 1.3521},
        {180, 0},     {-180, 0},          {180, 45},         {-180, -45},         {179.999, 89.9},
        {-179.999, -89.9}, {0, 89.999},   {0, -89.999},      {90, 60},            {-45.5, -70.25},
    };
    for (const LonLat& c : cases) {
        const auto back = EqualEarth::unproject(EqualEarth::project({c.lon, c.lat}));
        ASSERT_TRUE(back.has_value()) << c.lon << "," << c.lat;
        EXPECT_NEAR(back->x(), c.lon, kDegTol) << c.lon << "," << c.lat;
        EXPECT_NEAR(back->y(), c.lat, kDegTol) << c.lon << "," << c.lat;
    }
}

TEST(EqualEarth, PolesAndOutside)
{
    // The poles are lines on Equal Earth: every x along them is the pole.
    for (double lon : {-180.0, -10.0, 0.0, 95.0, 180.0}) {
        const QPointF north = EqualEarth::project({lon, 90});
        EXPECT_NEAR(north.y(), -EqualEarth::maxY(), 1e-12);
        const auto back = EqualEarth::unproject(north);
        ASSERT_TRUE(back.has_value());
        EXPECT_NEAR(back->y(), 90, 1e-6);
    }
    const QPointF outside[] = {
        {EqualEarth::maxX() + 0.01, 0}, {-EqualEarth::maxX() - 0.01, 0}, {0, EqualEarth::maxY() + 0.01},
        {0, -EqualEarth::maxY() - 0.01}, {EqualEarth::maxX(), EqualEarth::maxY() * 0.9},
    };
    for (const QPointF& p : outside)
        EXPECT_FALSE(EqualEarth::unproject(p).has_value()) << p.x() << "," << p.y();
    EXPECT_NEAR(EqualEarth::project({100, 120}).y(), -EqualEarth::maxY(), 1e-12) << "latitude clamps";
}

TEST(MapViewport, HomeFitsTheWorldCentred)
{
    const QRectF pixels(10, 20, 800, 400);
    MapViewport vp(pixels, EqualEarth::extent());
    EXPECT_TRUE(vp.isHome());
    EXPECT_DOUBLE_EQ(vp.zoom(), 1.0);
    const QPointF centre = vp.toPixel(EqualEarth::extent().center());
    EXPECT_NEAR(centre.x(), pixels.center().x(), 1e-9);
    EXPECT_NEAR(centre.y(), pixels.center().y(), 1e-9);
    const QRectF shown = vp.transform().mapRect(EqualEarth::extent());
    EXPECT_LE(shown.width(), pixels.width() + 1e-6);
    EXPECT_LE(shown.height(), pixels.height() + 1e-6);
    EXPECT_TRUE(std::abs(shown.width() - pixels.width()) < 1e-6 || std::abs(shown.height() - pixels.height()) < 1e-6);
}

TEST(MapViewport, PixelRoundTripsAndTransformAgree)
{
    MapViewport vp(QRectF(0, 0, 1000, 500), EqualEarth::extent());
    vp.zoomAt({700, 200}, 3.5);
    vp.pan({-40, 25});
    const QPointF pixels[] = {{0, 0}, {1000, 500}, {333.3, 123.4}, {500, 250}};
    for (const QPointF& p : pixels) {
        const QPointF back = vp.toPixel(vp.toProjected(p));
        EXPECT_NEAR(back.x(), p.x(), 1e-9);
        EXPECT_NEAR(back.y(), p.y(), 1e-9);
        const QPointF viaTransform = vp.transform().map(vp.toProjected(p));
        EXPECT_NEAR(viaTransform.x(), p.x(), 1e-9);
        EXPECT_NEAR(viaTransform.y(), p.y(), 1e-9);
    }
    const QPointF seoul(126.978, 37.5665);
    const auto lonLat = vp.pixelToLonLat(vp.lonLatToPixel(seoul));
    ASSERT_TRUE(lonLat.has_value());
    EXPECT_NEAR(lonLat->x(), seoul.x(), kDegTol);
    EXPECT_NEAR(lonLat->y(), seoul.y(), kDegTol);
}

TEST(MapViewport, ZoomKeepsThePointUnderTheCursorAndClamps)
{
    struct Case
    {
        QPointF pixel;
        double factor;
    };
    const Case cases[] = {{{400, 200}, 2}, {{100, 50}, 1.25}, {{790, 390}, 4}, {{650, 120}, 0.8}};
    for (const Case& c : cases) {
        MapViewport vp(QRectF(0, 0, 800, 400), EqualEarth::extent());
        vp.zoomAt({400, 200}, 2);   // start zoomed in, so zooming out stays in range
        const QPointF anchor = vp.toProjected(c.pixel);
        vp.zoomAt(c.pixel, c.factor);
        const QPointF after = vp.toPixel(anchor);
        EXPECT_NEAR(after.x(), c.pixel.x(), 1e-6) << c.factor;
        EXPECT_NEAR(after.y(), c.pixel.y(), 1e-6) << c.factor;
    }
    MapViewport vp(QRectF(0, 0, 800, 400), EqualEarth::extent());
    vp.zoomAt({400, 200}, 0.1);
    EXPECT_DOUBLE_EQ(vp.zoom(), 1.0) << "never smaller than the whole world";
    vp.zoomAt({400, 200}, 1e6);
    EXPECT_DOUBLE_EQ(vp.zoom(), MapViewport::maxZoom());
    vp.reset();
    EXPECT_TRUE(vp.isHome());
}

TEST(MapViewport, PanFitAndResize)
{
    MapViewport vp(QRectF(0, 0, 800, 400), EqualEarth::extent());
    vp.zoomAt({400, 200}, 4);
    const QPointF before = vp.toPixel({0.5, -0.5});
    vp.pan({30, -10});
    const QPointF after = vp.toPixel({0.5, -0.5});
    EXPECT_NEAR(after.x() - before.x(), 30, 1e-9);
    EXPECT_NEAR(after.y() - before.y(), -10, 1e-9);
    vp.pan({1e7, 1e7});
    EXPECT_TRUE(EqualEarth::extent().contains(vp.center())) << "panning stops at the edge of the world";

    // Fit to Korea's box: the box is whole on screen and centred.
    vp.fitToLonLat(QRectF(QPointF(124, 33), QPointF(132, 39)));
    EXPECT_GT(vp.zoom(), 10);
    for (const QPointF& corner : {QPointF(124, 33), QPointF(132, 39), QPointF(124, 39), QPointF(132, 33)}) {
        const QPointF p = vp.lonLatToPixel(corner);
        EXPECT_GE(p.x(), -1e-6);
        EXPECT_LE(p.x(), 800 + 1e-6);
        EXPECT_GE(p.y(), -1e-6);
        EXPECT_LE(p.y(), 400 + 1e-6);
    }
    // Resizing at home refits; resizing when zoomed keeps zoom and centre.
    MapViewport home(QRectF(0, 0, 800, 400), EqualEarth::extent());
    home.setPixelRect(QRectF(0, 0, 1600, 800));
    EXPECT_TRUE(home.isHome());
    const QPointF centre = vp.center();
    const double zoom = vp.zoom();
    vp.setPixelRect(QRectF(0, 0, 1200, 600));
    EXPECT_NEAR(vp.zoom(), zoom, 1e-9);
    EXPECT_NEAR(vp.center().x(), centre.x(), 1e-12);
}

TEST(Antimeridian, RingsThatDoNotCrossAreUnchanged)
{
    const QPolygonF square({{10, 10}, {20, 10}, {20, 20}, {10, 20}, {10, 10}});
    EXPECT_FALSE(Antimeridian::crosses(square));
    const auto out = Antimeridian::repairRing(square);
    ASSERT_EQ(out.size(), 1);
    EXPECT_EQ(out.first(), square);
    const QPolygonF edge({{-180, 0}, {-170, 0}, {-170, 10}, {-180, 10}, {-180, 0}});
    EXPECT_EQ(Antimeridian::repairRing(edge).size(), 1) << "touching ±180 is not crossing";
}

TEST(Antimeridian, FijiLikeRingSplitsIntoTwoPiecesInsideTheMap)
{
    const QPolygonF fiji({{179, -16}, {-179, -16}, {-179, -17}, {179, -17}, {179, -16}});
    ASSERT_TRUE(Antimeridian::crosses(fiji));
    const auto pieces = Antimeridian::repairRing(fiji);
    ASSERT_EQ(pieces.size(), 2);
    double width = 0;
    for (const QPolygonF& piece : pieces) {
        EXPECT_FALSE(Antimeridian::crosses(piece));
        const QRectF box = piece.boundingRect();
        EXPECT_GE(box.left(), -180);
        EXPECT_LE(box.right(), 180);
        EXPECT_NEAR(box.height(), 1, 1e-12);
        width += box.width();
    }
    EXPECT_NEAR(width, 2, 1e-12) << "1° on each side of the antimeridian, not 358°";
}

TEST(Antimeridian, PolarRingIsClosedAlongThePole)
{
    // Antarctica-like: runs east all the way round at -70° and jumps once from +180 to -180.
    QPolygonF ring;
    for (int lon = -180; lon <= 180; lon += 10)
        ring << QPointF(lon == 180 ? 179.9 : lon, -70);
    ring << QPointF(-180, -70);
    const auto pieces = Antimeridian::repairRing(ring);
    ASSERT_FALSE(pieces.isEmpty());
    double minLat = 0;
    for (const QPolygonF& piece : pieces) {
        // The closing edge runs along the pole from +180 to -180: once densified it is a line of short
        // steps along the map's bottom edge, not a jump.
        EXPECT_FALSE(Antimeridian::crosses(Antimeridian::densify(piece, 1.0)));
        minLat = std::min(minLat, piece.boundingRect().top());
        EXPECT_GE(piece.boundingRect().left(), -180);
        EXPECT_LE(piece.boundingRect().right(), 180);
    }
    EXPECT_DOUBLE_EQ(minLat, -90) << "closed along the south pole";
}

TEST(Antimeridian, DensifyLimitsSteps)
{
    const QPolygonF edge({{180, -60}, {180, -90}, {170, -90}});
    const QPolygonF dense = Antimeridian::densify(edge, 1.0);
    EXPECT_EQ(dense.size(), 41);
    for (int i = 1; i < dense.size(); ++i) {
        EXPECT_LE(std::abs(dense.at(i).x() - dense.at(i - 1).x()), 1.0 + 1e-12);
        EXPECT_LE(std::abs(dense.at(i).y() - dense.at(i - 1).y()), 1.0 + 1e-12);
    }
    EXPECT_EQ(dense.first(), edge.first());
    EXPECT_EQ(dense.last(), edge.last());
}
