// MapWidget offscreen: clicks, Ctrl-clicks, the EU rule, wheel and keyboard zoom, arrow-key focus,
// legend hover, layer switching, all checked through SelectionState and the widget's state.
#include "data/database.h"
#include "data/maprepository.h"
#include "geo/maplayermodel.h"
#include "selection/selectionstate.h"
#include "views/mapwidget.h"
#include "../testutil.h"

#include <QApplication>
#include <QSignalSpy>
#include <QTest>
#include <QWheelEvent>

#include <gtest/gtest.h>

using namespace atlas;

namespace {
class MapWidgetTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_db.open(test::shippedDatabase()).ok());
        // As the main window does: statistic layers get their figures when first shown.
        m_layers.setValueLoader([this](MapLayer& layer) { MapRepository(m_db).loadValues(layer); });
        m_layers.reset(MapRepository(m_db).load(MapRepository::StatisticValues::WhenShown));
        m_widget = std::make_unique<MapWidget>(&m_selection, &m_layers);
        m_widget->resize(1200, 700);
        m_widget->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(m_widget.get()));
    }
    QPoint at(double lon, double lat) const { return m_widget->viewport().lonLatToPixel({lon, lat}).toPoint(); }

    Database m_db;
    MapLayerModel m_layers;
    SelectionState m_selection;
    std::unique_ptr<MapWidget> m_widget;
};
} // namespace

TEST_F(MapWidgetTest, ClickSelectsCtrlClickTogglesClickAgainClears)
{
    EXPECT_EQ(m_widget->layer(), QStringLiteral("appendix1/policy_law")) << "the first layer by default";
    const QPoint seoul = at(127.5, 36.5);
    QTest::mouseClick(m_widget.get(), Qt::LeftButton, {}, seoul);
    EXPECT_EQ(m_selection.jurisdictions(), QSet<QString>{QStringLiteral("KOR")});
    EXPECT_EQ(m_widget->renderer().selection(), QSet<QString>{QStringLiteral("KOR")}) << "repaints from the selection";

    QTest::mouseClick(m_widget.get(), Qt::LeftButton, Qt::ControlModifier, at(-100, 40));
    EXPECT_EQ(m_selection.jurisdictions(), QSet<QString>({QStringLiteral("KOR"), QStringLiteral("USA")}));
    QTest::mouseClick(m_widget.get(), Qt::LeftButton, Qt::ControlModifier, seoul);
    EXPECT_EQ(m_selection.jurisdictions(), QSet<QString>{QStringLiteral("USA")});

    QTest::mouseClick(m_widget.get(), Qt::LeftButton, {}, at(-100, 40));
    EXPECT_TRUE(m_selection.jurisdictions().isEmpty()) << "clicking the selected country again clears";
    QTest::mouseClick(m_widget.get(), Qt::LeftButton, {}, at(-150, 0));
    EXPECT_TRUE(m_selection.jurisdictions().isEmpty()) << "the sea selects nothing";

    // Singapore is a marker at this scale and still clickable.
    QTest::mouseClick(m_widget.get(), Qt::LeftButton, {}, m_widget->pixelOf(QStringLiteral("SGP")).toPoint());
    EXPECT_EQ(m_selection.jurisdictions(), QSet<QString>{QStringLiteral("SGP")});
}

TEST_F(MapWidgetTest, MembersMeanTheEuOnlyWhereTheEuHasTheValue)
{
    QTest::mouseClick(m_widget.get(), Qt::LeftButton, {}, at(10, 51));
    EXPECT_EQ(m_selection.jurisdictions(), QSet<QString>{QStringLiteral("EU")});
    QTest::mouseClick(m_widget.get(), Qt::LeftButton, {}, at(2.5, 47));
    EXPECT_EQ(m_selection.jurisdictions(), QSet<QString>{QStringLiteral("FRA")}) << "France has its own row";

    QSignalSpy layerChanged(m_widget.get(), &MapWidget::layerChanged);
    m_widget->setLayer(QStringLiteral("statistic/tortoise_rank_2024"));
    ASSERT_EQ(layerChanged.count(), 1);
    ASSERT_NE(m_widget->renderer().layer(), nullptr);
    EXPECT_EQ(m_widget->renderer().layer()->values.value(QStringLiteral("KOR")).value, 6) << "read when first shown";
    EXPECT_TRUE(m_widget->renderer().layer()->publisher.contains(QStringLiteral("Tortoise")));
    m_widget->setLayer(QStringLiteral("no/such/layer"));
    EXPECT_EQ(m_widget->layer(), QStringLiteral("statistic/tortoise_rank_2024"));
    QTest::mouseClick(m_widget.get(), Qt::LeftButton, {}, at(10, 51));
    EXPECT_EQ(m_selection.jurisdictions(), QSet<QString>{QStringLiteral("DEU")});
}

TEST_F(MapWidgetTest, WheelZoomsAroundTheCursorKeysZoomAndReset)
{
    const QPointF cursor = at(127.5, 36.5);
    const QPointF before = m_widget->viewport().toProjected(cursor);
    QWheelEvent wheel(cursor, m_widget->mapToGlobal(cursor), {}, QPoint(0, 240), Qt::NoButton, Qt::NoModifier,
                      Qt::NoScrollPhase, false);
    QApplication::sendEvent(m_widget.get(), &wheel);
    EXPECT_NEAR(m_widget->viewport().zoom(), 1.5625, 1e-9);
    const QPointF after = m_widget->viewport().toPixel(before);
    EXPECT_NEAR(after.x(), cursor.x(), 1e-6);
    EXPECT_NEAR(after.y(), cursor.y(), 1e-6);

    QTest::keyClick(m_widget.get(), Qt::Key_Home);
    EXPECT_TRUE(m_widget->viewport().isHome());
    QTest::keyClick(m_widget.get(), Qt::Key_Plus);
    EXPECT_NEAR(m_widget->viewport().zoom(), 1.5, 1e-9);
    QTest::keyClick(m_widget.get(), Qt::Key_Minus);
    EXPECT_NEAR(m_widget->viewport().zoom(), 1.0, 1e-9);
    QTest::keyClick(m_widget.get(), Qt::Key_Plus);
    QTest::keyClick(m_widget.get(), Qt::Key_0);
    EXPECT_TRUE(m_widget->viewport().isHome());

    // Drag pans by the pointer's movement.
    QTest::keyClick(m_widget.get(), Qt::Key_Plus);
    const QPointF anchor = m_widget->viewport().toProjected({600, 350});
    QTest::mousePress(m_widget.get(), Qt::LeftButton, {}, QPoint(600, 350));
    QMouseEvent move(QEvent::MouseMove, QPointF(650, 380), m_widget->mapToGlobal(QPointF(650, 380)), Qt::NoButton,
                     Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(m_widget.get(), &move);
    QTest::mouseRelease(m_widget.get(), Qt::LeftButton, {}, QPoint(650, 380));
    const QPointF moved = m_widget->viewport().toPixel(anchor);
    EXPECT_NEAR(moved.x(), 650, 1e-6);
    EXPECT_NEAR(moved.y(), 380, 1e-6);
    EXPECT_TRUE(m_selection.jurisdictions().isEmpty()) << "a drag is not a click";
}

TEST_F(MapWidgetTest, ArrowKeysMoveFocusAndEnterSelects)
{
    QSignalSpy activated(m_widget.get(), &MapWidget::jurisdictionActivated);
    QTest::keyClick(m_widget.get(), Qt::Key_Right);
    const QString first = m_widget->focusedJurisdiction();
    EXPECT_FALSE(first.isEmpty());
    QTest::keyClick(m_widget.get(), Qt::Key_Right);
    EXPECT_NE(m_widget->focusedJurisdiction(), first);
    QTest::keyClick(m_widget.get(), Qt::Key_Left);
    EXPECT_EQ(m_widget->focusedJurisdiction(), first);
    QTest::keyClick(m_widget.get(), Qt::Key_Return);
    EXPECT_EQ(m_selection.jurisdictions(), QSet<QString>{first});
    ASSERT_EQ(activated.count(), 1);
    EXPECT_EQ(activated.first().first().toString(), first);
    QTest::keyClick(m_widget.get(), Qt::Key_Escape);
    EXPECT_TRUE(m_widget->focusedJurisdiction().isEmpty());
}

TEST_F(MapWidgetTest, HoveringALegendEntryHighlightsItsJurisdictions)
{
    QSignalSpy highlighted(m_widget.get(), &MapWidget::legendHighlightChanged);
    const QVector<MapRenderer::LegendEntry> entries = m_widget->renderer().legend(m_widget->rect());
    int notListed = -1;
    for (int i = 0; i < entries.size(); ++i)
        if (entries.at(i).type == MapRenderer::LegendEntry::Type::NotListed)
            notListed = i;
    ASSERT_GE(notListed, 0);
    QTest::mouseMove(m_widget.get(), entries.at(notListed).rect.center().toPoint());
    EXPECT_EQ(m_widget->renderer().highlightedLegendEntry(), notListed);
    ASSERT_FALSE(highlighted.isEmpty());
    EXPECT_EQ(highlighted.last().first().value<QSet<QString>>(), QSet<QString>{QStringLiteral("DEU")});

    m_selection.setHoveredJurisdictions({QStringLiteral("CHN")});   // hover in another view
    EXPECT_EQ(m_widget->renderer().highlighted(), QSet<QString>{QStringLiteral("CHN")});
    m_selection.setHoveredJurisdictions({});
    EXPECT_TRUE(m_widget->renderer().highlighted().isEmpty());

    QTest::mouseMove(m_widget.get(), at(127.5, 36.5));
    EXPECT_EQ(m_widget->renderer().highlightedLegendEntry(), -1);
    EXPECT_EQ(m_widget->renderer().hovered(), QStringLiteral("KOR"));

    // For a look at the widget itself: ATLAS_MAP_SNAPSHOT_DIR=dir ctest … writes what the user sees.
    const QString dir = qEnvironmentVariable("ATLAS_MAP_SNAPSHOT_DIR");
    if (!dir.isEmpty()) {
        m_selection.selectJurisdiction(QStringLiteral("EU"));
        m_widget->setLanguage(Lang::English);
        m_widget->grab().save(dir + QStringLiteral("/mapwidget-hover-kor-select-eu.png"));
    }
}
