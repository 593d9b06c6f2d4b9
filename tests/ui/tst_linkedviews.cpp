// Every view follows the one shared selection: matrix click → timeline, tables, charts, profile.
#include "data/repository.h"
#include "models/recordtablemodel.h"
#include "selection/selectionhistory.h"
#include "selection/selectionstate.h"
#include "shell/mainwindow.h"
#include "views/appendix1matrixview.h"
#include "views/chartbuilder.h"
#include "views/chartsview.h"
#include "views/countryprofileview.h"
#include "views/tablesview.h"
#include "views/timelinewidget.h"
#include "../testutil.h"

#include <QApplication>
#include <QDockWidget>
#include <QHeaderView>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QtCharts/QAbstractBarSeries>
#include <QtCharts/QBarCategoryAxis>
#include <QtCharts/QBarSet>
#include <QtCharts/QChart>
#include <QtCharts/QChartView>
#include <QtCharts/QLegend>
#include <QtCharts/QLegendMarker>
#include <QtCharts/QXYSeries>

#include <gtest/gtest.h>

#include <memory>

using namespace atlas;

namespace {
class LinkedViews : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_window.setLanguage(Lang::English);
        ASSERT_TRUE(m_window.openDatabase(test::shippedDatabase(), false));
        m_window.resize(1400, 900);
        m_window.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&m_window));
    }
    void clickRowHeader(const QString& name)
    {
        auto* matrix = m_window.matrixView();
        for (int r = 0; r < matrix->model()->rowCount(); ++r)
            if (matrix->model()->headerData(r, Qt::Vertical).toString() == name) {
                auto* header = matrix->verticalHeader();
                QTest::mouseClick(header->viewport(), Qt::LeftButton, {},
                                  QPoint(header->width() / 2, header->sectionViewportPosition(r) + header->sectionSize(r) / 2));
                return;
            }
        FAIL() << "no row " << name.toStdString();
    }
    MainWindow m_window;
};
} // namespace

TEST_F(LinkedViews, ClickingKoreaInTheMatrixDrivesEveryView)
{
    EXPECT_EQ(m_window.charts()->currentChart(), QStringLiteral("financial:revenue")) << "the default chart";
    clickRowHeader(QStringLiteral("Republic of Korea"));
    EXPECT_EQ(m_window.selection()->jurisdictions(), QSet<QString>{QStringLiteral("KOR")});
    EXPECT_TRUE(m_window.selection()->field().isEmpty());

    // Timeline: one lane, Korea's.
    const auto& scene = m_window.timeline()->renderer().scene();
    ASSERT_EQ(scene.lanes.size(), 1);
    EXPECT_EQ(scene.lanes.first().id, QStringLiteral("KOR"));

    // Tables: only Korean policies.
    QTableView* policies = m_window.tables()->table(QStringLiteral("policies"));
    ASSERT_GT(policies->model()->rowCount(), 30);
    for (int r = 0; r < policies->model()->rowCount(); ++r)
        EXPECT_EQ(policies->model()->index(r, 0).data(RecordTableModel::JurisdictionRole).toString(), QStringLiteral("KOR"));

    // Charts: Korea is highlighted in the Tortoise ranking.
    ASSERT_TRUE(m_window.charts()->showChart(QStringLiteral("countries:tortoise_rank_2024")));
    QChart* chart = m_window.charts()->chartView()->chart();
    ASSERT_FALSE(chart->series().isEmpty());
    auto* bars = qobject_cast<QAbstractBarSeries*>(chart->series().first());
    ASSERT_NE(bars, nullptr);
    auto* axis = qobject_cast<QBarCategoryAxis*>(chart->axes(Qt::Vertical).first());
    ASSERT_NE(axis, nullptr);
    const int korea = static_cast<int>(axis->categories().indexOf(QStringLiteral("Republic of Korea")));
    ASSERT_GE(korea, 0);
    EXPECT_EQ(bars->barSets().first()->selectedBars(), QList<int>{korea});
    EXPECT_TRUE(m_window.charts()->footnote().contains(QStringLiteral("SPRi")));

    // Profile: Korea's, once its pane is shown (it follows the selection after a short pause).
    for (QWidget* w = m_window.profile(); w; w = w->parentWidget())
        if (auto* dock = qobject_cast<QDockWidget*>(w))
            dock->raise();
    EXPECT_TRUE(QTest::qWaitFor([&] { return m_window.profile()->jurisdiction() == QStringLiteral("KOR"); }, 3000));
    EXPECT_TRUE(m_window.profile()->toPlainText().contains(QStringLiteral("Republic of Korea")));

    // Back (Alt+Left) returns every view to "all".
    QTest::keyClick(&m_window, Qt::Key_Left, Qt::AltModifier);
    EXPECT_TRUE(m_window.selection()->isEmpty());
    EXPECT_EQ(m_window.timeline()->renderer().scene().lanes.size(), 11);
    EXPECT_GT(policies->model()->rowCount(), 250);
    QTest::keyClick(&m_window, Qt::Key_Right, Qt::AltModifier);
    EXPECT_EQ(m_window.selection()->jurisdictions(), QSet<QString>{QStringLiteral("KOR")});
}

TEST_F(LinkedViews, TimeRangeFiltersTablesAndZoomsTheTimeline)
{
    m_window.selection()->setTimeRange({QStringLiteral("2024-05"), QStringLiteral("2024-06")});
    QTableView* policies = m_window.tables()->table(QStringLiteral("policies"));
    ASSERT_GT(policies->model()->rowCount(), 0);
    for (int r = 0; r < policies->model()->rowCount(); ++r) {
        const QString d = policies->model()->index(r, 0).data(RecordTableModel::DateRole).toString();
        EXPECT_FALSE(d.isEmpty());
    }
    const TimeAxis& axis = m_window.timeline()->axis();
    EXPECT_LE(axis.start(), QDate(2024, 5, 1));
    EXPECT_GE(axis.end(), QDate(2024, 6, 30));
    EXPECT_LT(axis.start().daysTo(axis.end()), 200);
}

TEST_F(LinkedViews, OpeningACompanyFromATableSelectsIt)
{
    // The tables pane shares its dock area with the timeline: bring it to the front first.
    for (QWidget* w = m_window.tables(); w; w = w->parentWidget())
        if (auto* dock = qobject_cast<QDockWidget*>(w))
            dock->raise();
    QApplication::processEvents();
    m_window.tables()->showEntity(QStringLiteral("companies"));
    ASSERT_TRUE(m_window.tables()->isVisible());
    QTableView* companies = m_window.tables()->table(QStringLiteral("companies"));
    int row = -1;
    for (int r = 0; r < companies->model()->rowCount(); ++r)
        if (companies->model()->index(r, 0).data(RecordTableModel::IdRole).toLongLong() == 4)
            row = r;
    ASSERT_GE(row, 0);
    companies->scrollTo(companies->model()->index(row, 0));
    const QRect cell = companies->visualRect(companies->model()->index(row, 1));
    // QAbstractItemView only reports a double-click on the index that was pressed first.
    QTest::mouseClick(companies->viewport(), Qt::LeftButton, {}, cell.center());
    QTest::mouseDClick(companies->viewport(), Qt::LeftButton, {}, cell.center());
    EXPECT_EQ(m_window.selection()->companies(), QSet<qint64>{4});
    bool lane = false;
    for (const auto& l : m_window.timeline()->renderer().scene().lanes)
        lane = lane || l.id == QStringLiteral("company:4");
    EXPECT_TRUE(lane) << "the timeline shows the selected company's activities";
}

TEST(LinkRules, EveryViewDeclaresWhatTheSelectionDoesToIt)
{
    const auto& rules = MainWindow::linkRules();
    EXPECT_GE(rules.size(), 6);
    for (const auto& r : rules) {
        EXPECT_NE(QString::fromLatin1(r.view), QString());
        EXPECT_NE(QString::fromLatin1(r.jurisdictions), QString());
    }
}

TEST_F(LinkedViews, SavedViewsRestoreTheSelectionAndNameUnknownIds)
{
    m_window.selection()->selectCell(QStringLiteral("KOR"), QStringLiteral("industry"));
    const ViewState saved = m_window.currentView();
    m_window.selection()->clear();
    EXPECT_TRUE(m_window.applyView(saved).isEmpty());
    EXPECT_EQ(m_window.selection()->jurisdictions(), QSet<QString>{QStringLiteral("KOR")});
    EXPECT_EQ(m_window.selection()->field(), QStringLiteral("industry"));

    ViewState stale = saved;
    stale.selection.jurisdictions.insert(QStringLiteral("ATL"));
    stale.selection.policies.insert(999999);
    const QString notice = m_window.applyView(stale);
    EXPECT_TRUE(notice.contains(QStringLiteral("ATL")));
    EXPECT_TRUE(notice.contains(QStringLiteral("999999")));
    EXPECT_EQ(m_window.selection()->jurisdictions(), QSet<QString>{QStringLiteral("KOR")}) << "known ids still apply";
}

// A broken view file from a colleague changes nothing; the status bar names the file and the place.
TEST_F(LinkedViews, ABrokenViewFileLoadsNothingAndSaysWhere)
{
    m_window.selection()->selectCell(QStringLiteral("KOR"), QStringLiteral("industry"));
    const ViewState before = m_window.currentView();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("colleague.json"));
    // Valid until its last key: a half-applied file would change the layer or the jurisdictions.
    ASSERT_TRUE(test::writeFile(path, "{\n \"format\": \"ai-trends-atlas-view\", \"version\": 1,\n"
                                      " \"mapLayer\": \"appendix1/industry\", \"jurisdictions\": [\"USA\"],\n"
                                      " \"from\": \"2024-13\"\n}\n"));
    EXPECT_FALSE(m_window.openViewFile(path, false));
    const QString message = m_window.statusBar()->currentMessage();
    EXPECT_TRUE(message.contains(QStringLiteral("colleague.json"))) << message.toStdString();
    EXPECT_TRUE(message.contains(QStringLiteral("from"))) << message.toStdString();
    const ViewState after = m_window.currentView();
    EXPECT_EQ(after.mapLayer, before.mapLayer);
    EXPECT_TRUE(after.selection == before.selection);

    // A saved view round-trips through the file the app writes.
    QString error;
    ASSERT_TRUE(before.save(path, &error)) << error.toStdString();
    m_window.selection()->clear();
    EXPECT_TRUE(m_window.openViewFile(path, false));
    EXPECT_EQ(m_window.selection()->jurisdictions(), QSet<QString>{QStringLiteral("KOR")});
}

namespace {
// The policy-marker series of a chart (the dashed lines and the triangles), by the names ChartBuilder gives them.
QXYSeries* markerSeries(QChart* chart, const char* name)
{
    for (QAbstractSeries* s : chart->series())
        if (s->objectName() == QLatin1String(name))
            return qobject_cast<QXYSeries*>(s);
    return nullptr;
}
} // namespace

TEST(ChartMarkers, ASelectionChangeReplacesThePointsInPlaceAndEqualsAFreshBuild)
{
    Database db;
    ASSERT_TRUE(db.open(test::shippedDatabase()).ok());
    Repository repository(db);
    ChartBuilder builder(&repository);
    builder.reload();
    const QString id = QStringLiteral("financial:revenue");
    const auto select = [](const QString& j) {
        SelectionState::Snapshot s;
        if (!j.isEmpty())
            s.jurisdictions.insert(j);
        return s;
    };
    std::unique_ptr<QChart> chart(builder.build(id, select(QStringLiteral("KOR")), Lang::English, nullptr));
    ASSERT_TRUE(chart);
    QXYSeries* lines = markerSeries(chart.get(), "policyMarkerLines");
    QXYSeries* markers = markerSeries(chart.get(), "policyMarkers");
    ASSERT_TRUE(lines && markers);
    const int seriesCount = static_cast<int>(chart->series().size());
    const int legendCount = static_cast<int>(chart->legend()->markers().size());

    SelectionState::Snapshot before = select(QStringLiteral("KOR"));
    for (const QString& j : {QStringLiteral("USA"), QStringLiteral("EU"), QStringLiteral("KOR")}) {
        ASSERT_TRUE(builder.updateMarkers(chart.get(), id, before, select(j), Lang::English));
        before = select(j);
        // The same series, their points those of a chart built for the new selection.
        EXPECT_EQ(markerSeries(chart.get(), "policyMarkerLines"), lines) << j.toStdString();
        EXPECT_EQ(markerSeries(chart.get(), "policyMarkers"), markers) << j.toStdString();
        EXPECT_EQ(chart->series().size(), seriesCount);
        EXPECT_EQ(chart->legend()->markers().size(), legendCount);
        std::unique_ptr<QChart> fresh(builder.build(id, select(j), Lang::English, nullptr));
        ASSERT_TRUE(markerSeries(fresh.get(), "policyMarkers")) << j.toStdString();
        EXPECT_EQ(markers->points(), markerSeries(fresh.get(), "policyMarkers")->points()) << j.toStdString();
        EXPECT_EQ(lines->points(), markerSeries(fresh.get(), "policyMarkerLines")->points()) << j.toStdString();
        EXPECT_FALSE(markers->points().isEmpty());
        EXPECT_EQ(lines->points().size(), 3 * markers->points().size());
    }

    // No selection: no markers and no legend entry for them, as in a fresh build; and back again.
    ASSERT_TRUE(builder.updateMarkers(chart.get(), id, before, select({}), Lang::English));
    EXPECT_EQ(markerSeries(chart.get(), "policyMarkers"), nullptr);
    EXPECT_EQ(markerSeries(chart.get(), "policyMarkerLines"), nullptr);
    EXPECT_EQ(chart->series().size(), seriesCount - 2);
    ASSERT_TRUE(builder.updateMarkers(chart.get(), id, select({}), select(QStringLiteral("USA")), Lang::English));
    ASSERT_TRUE(markerSeries(chart.get(), "policyMarkers"));
    std::unique_ptr<QChart> fresh(builder.build(id, select(QStringLiteral("USA")), Lang::English, nullptr));
    EXPECT_EQ(markerSeries(chart.get(), "policyMarkers")->points(), markerSeries(fresh.get(), "policyMarkers")->points());
    EXPECT_EQ(chart->series().size(), seriesCount);
    int visibleLegend = 0;
    for (QLegendMarker* m : chart->legend()->markers())
        visibleLegend += m->isVisible() ? 1 : 0;
    int freshVisible = 0;
    for (QLegendMarker* m : fresh->legend()->markers())
        freshVisible += m->isVisible() ? 1 : 0;
    EXPECT_EQ(visibleLegend, freshVisible) << "the dashed lines stay out of the legend";
}
