// MapRenderer offscreen: fill colours sampled inside real countries, hit-tests with the EU rule,
// Singapore's marker, legend entries. Set ATLAS_MAP_SNAPSHOT_DIR to also write the PNGs for a look.
#include "data/database.h"
#include "data/maprepository.h"
#include "geo/maprenderer.h"
#include "geo/worldgeometry.h"
#include "../testutil.h"

#include <QDir>
#include <QImage>
#include <QPainter>

#include <gtest/gtest.h>

using namespace atlas;

namespace {
class MapRenderTest : public ::testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        Database db;
        ASSERT_TRUE(db.open(test::shippedDatabase()).ok());
        s_data = new MapData(MapRepository(db).load());
    }
    static void TearDownTestSuite()
    {
        delete s_data;
        s_data = nullptr;
    }
    void SetUp() override
    {
        m_renderer.setData(*s_data);
        m_renderer.setLayer(QStringLiteral("appendix1/policy_law"));
    }

    /// Renders \a target with the map fitted to \a lonLatBox; returns the image and the viewport used.
    QImage render(const QRectF& lonLatBox, MapViewport* viewportOut, const QString& snapshot)
    {
        const QRectF target(0, 0, 800, 600);
        MapViewport viewport = m_renderer.homeViewport(target);
        if (!lonLatBox.isNull())
            viewport.fitToLonLat(lonLatBox);
        QImage image(target.size().toSize(), QImage::Format_ARGB32_Premultiplied);
        QPainter painter(&image);
        m_renderer.paint(&painter, target, viewport);
        painter.end();
        const QString dir = qEnvironmentVariable("ATLAS_MAP_SNAPSHOT_DIR");
        if (!dir.isEmpty() && QDir().mkpath(dir))
            image.save(dir + QLatin1Char('/') + snapshot + QStringLiteral(".png"));
        if (viewportOut)
            *viewportOut = viewport;
        return image;
    }

    static QColor sample(const QImage& image, const MapViewport& viewport, QPointF lonLat)
    {
        return image.pixelColor(viewport.lonLatToPixel(lonLat).toPoint());
    }

    static MapData* s_data;
    MapRenderer m_renderer{WorldGeometry::bundled()};
};
MapData* MapRenderTest::s_data = nullptr;
} // namespace

TEST_F(MapRenderTest, FillsKoreaGermanyBrazil)
{
    MapViewport vp;
    // Korea: the most 정책/법제 items (7), so the darkest colour of the ramp. Sampled near Daegu, away
    // from the label at the centroid.
    QImage korea = render(QRectF(QPointF(124, 33), QPointF(131, 39)), &vp, QStringLiteral("korea-policy"));
    const QColor kor = sample(korea, vp, {128.6, 35.6});
    EXPECT_EQ(kor, m_renderer.fillColor(QStringLiteral("KOR")));
    EXPECT_NE(kor, m_renderer.fillColor(QStringLiteral("CHN"))) << "4 items: a lighter bin";
    EXPECT_NE(kor, m_renderer.fillColor(QStringLiteral("SGP"))) << "7 items and 1 item get different colours";

    // Germany: covered by chapter 3 but not in 첨부 1: hatched, i.e. two colours in a small block.
    QImage germany = render(QRectF(QPointF(5, 47), QPointF(16, 55.5)), &vp, QStringLiteral("germany-policy"));
    const QPoint centre = vp.lonLatToPixel({10.5, 49.6}).toPoint();
    QSet<QRgb> colours;
    for (int dx = -6; dx <= 6; ++dx)
        for (int dy = -6; dy <= 6; ++dy)
            colours.insert(germany.pixel(centre + QPoint(dx, dy)));
    EXPECT_GE(colours.size(), 2) << "hatched";
    EXPECT_TRUE(colours.contains(m_renderer.fillColor(QStringLiteral("DEU")).rgb()));

    // Brazil: not covered by the report: the plain grey, no hatch.
    QImage brazil = render(QRectF(QPointF(-62, -22), QPointF(-40, -2)), &vp, QStringLiteral("brazil-policy"));
    const QPoint b = vp.lonLatToPixel({-50, -12}).toPoint();
    QSet<QRgb> plain;
    for (int dx = -6; dx <= 6; ++dx)
        for (int dy = -6; dy <= 6; ++dy)
            plain.insert(brazil.pixel(b + QPoint(dx, dy)));
    EXPECT_EQ(plain.size(), 1);
    EXPECT_EQ(brazil.pixelColor(b), m_renderer.fillColor(QStringLiteral("BRA")));
    EXPECT_NE(m_renderer.fillColor(QStringLiteral("BRA")), m_renderer.fillColor(QStringLiteral("DEU")));
    EXPECT_NE(m_renderer.fillColor(QStringLiteral("BRA")), kor);

    // France has its own row: its fill is its own count, never the EU's.
    EXPECT_EQ(m_renderer.fillColor(QStringLiteral("ITA")), m_renderer.fillColor(QStringLiteral("BRA")));
}

TEST_F(MapRenderTest, HitTestsResolveMembersToTheEuOnEuLevelLayers)
{
    const QRectF target(0, 0, 1920, 1080);
    const MapViewport vp = m_renderer.homeViewport(target);
    QString area;
    EXPECT_EQ(m_renderer.jurisdictionAt(vp.lonLatToPixel({126.978, 37.5665}), vp, &area), QStringLiteral("KOR"));
    EXPECT_EQ(m_renderer.jurisdictionAt(vp.lonLatToPixel({2.35, 48.86}), vp), QStringLiteral("FRA"));
    EXPECT_EQ(m_renderer.jurisdictionAt(vp.lonLatToPixel({10.0, 51.0}), vp, &area), QStringLiteral("EU"));
    EXPECT_EQ(area, QStringLiteral("DEU"));
    EXPECT_EQ(m_renderer.jurisdictionAt(vp.lonLatToPixel({-50, -12}), vp), QStringLiteral("BRA"));
    EXPECT_EQ(m_renderer.jurisdictionAt(vp.lonLatToPixel({-150, 0}), vp), QString());
    EXPECT_EQ(m_renderer.jurisdictionAt({-5, -5}, vp), QString()) << "outside the map area";

    // Germany has its own Tortoise rank and the EU none: there the click means Germany.
    m_renderer.setLayer(QStringLiteral("statistic/tortoise_rank_2024"));
    EXPECT_EQ(m_renderer.jurisdictionAt(vp.lonLatToPixel({10.0, 51.0}), vp), QStringLiteral("DEU"));
}

TEST_F(MapRenderTest, SingaporeIsAClickableMarkerAtWorldScale)
{
    const QRectF target(0, 0, 1920, 1080);
    const MapViewport vp = m_renderer.homeViewport(target);
    const QStringList markers = m_renderer.markers(vp);
    EXPECT_TRUE(markers.contains(QStringLiteral("SGP")));
    EXPECT_FALSE(markers.contains(QStringLiteral("KOR")));
    const QPointF centre = vp.toPixel(m_renderer.anchor(QStringLiteral("SGP")));
    EXPECT_EQ(m_renderer.jurisdictionAt(centre + QPointF(3, -2), vp), QStringLiteral("SGP"));
    // Zoomed in far enough, Singapore is an area and needs no marker.
    MapViewport close = vp;
    close.fitToLonLat(QRectF(QPointF(103.5, 1.1), QPointF(104.2, 1.6)));
    EXPECT_FALSE(m_renderer.markers(close).contains(QStringLiteral("SGP")));
    EXPECT_EQ(m_renderer.jurisdictionAt(close.lonLatToPixel({103.82, 1.35}), close), QStringLiteral("SGP"));
}

TEST_F(MapRenderTest, LegendEntriesAndTheirCountries)
{
    const QRectF target(0, 0, 1280, 720);
    const QVector<MapRenderer::LegendEntry> entries = m_renderer.legend(target);
    QVector<MapRenderer::LegendEntry::Type> types;
    for (const auto& e : entries)
        types << e.type;
    EXPECT_TRUE(types.contains(MapRenderer::LegendEntry::Type::Eu));
    EXPECT_TRUE(types.contains(MapRenderer::LegendEntry::Type::NotListed));
    EXPECT_TRUE(types.contains(MapRenderer::LegendEntry::Type::NotCovered));
    EXPECT_FALSE(types.contains(MapRenderer::LegendEntry::Type::NoItem)) << "every 첨부 1 row has a 정책/법제 item";
    // The bin holding 3 has the US, Canada and the EU; the chip lies where legendEntryAt() finds it.
    for (int i = 0; i < entries.size(); ++i) {
        const auto& e = entries.at(i);
        EXPECT_EQ(m_renderer.legendEntryAt(e.rect.center(), target), i);
        if (e.type == MapRenderer::LegendEntry::Type::Bin && e.label == QStringLiteral("3")) {
            EXPECT_EQ(m_renderer.jurisdictionsOf(e),
                      QSet<QString>({QStringLiteral("USA"), QStringLiteral("CAN"), QStringLiteral("EU")}));
        }
        if (e.type == MapRenderer::LegendEntry::Type::NotListed) {
            EXPECT_EQ(m_renderer.jurisdictionsOf(e), QSet<QString>({QStringLiteral("DEU")}));
        }
    }
    EXPECT_EQ(m_renderer.legendEntryAt({5, 5}, target), -1);
}

TEST_F(MapRenderTest, WholeWorldRendersWithEveryLayer)
{
    for (int i = 0; i < s_data->layers.size(); ++i) {
        const MapLayer& l = s_data->layers.at(i);
        m_renderer.setLayer(l.id);
        ASSERT_EQ(m_renderer.layer(), &m_renderer.data().layers.at(i));
        m_renderer.setSelection({QStringLiteral("KOR")});
        m_renderer.setHovered(QStringLiteral("EU"));
        m_renderer.setHighlightedLegendEntry(0);
        QString name = l.id;
        render({}, nullptr, name.replace(QLatin1Char('/'), QLatin1Char('-')));
        EXPECT_FALSE(m_renderer.navigationOrder().isEmpty()) << l.id.toStdString();
    }
}
