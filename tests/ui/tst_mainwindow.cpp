// The real main window, offscreen: clicking the 첨부 1 matrix drives the shared selection and the list.
#include "selection/selectionstate.h"
#include "shell/mainwindow.h"
#include "views/appendix1matrixview.h"
#include "views/detailpanel.h"
#include "views/searchbox.h"
#include "../testutil.h"

#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QTableView>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

using namespace atlas;

namespace {
QPoint cellCenter(QTableView* view, int row, int column)
{
    return view->visualRect(view->model()->index(row, column)).center();
}
int rowOf(QTableView* view, const QString& header)
{
    for (int r = 0; r < view->model()->rowCount(); ++r)
        if (view->model()->headerData(r, Qt::Vertical).toString() == header)
            return r;
    return -1;
}
/// The shipped database in an English window 1200×800, shown.
void showInEnglish(MainWindow& window)
{
    window.setLanguage(Lang::English);
    ASSERT_TRUE(window.openDatabase(test::shippedDatabase(), false));
    window.resize(1200, 800);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
}
} // namespace

TEST(MainWindow, ClickingAMatrixCellListsItsItems)
{
    MainWindow window;
    ASSERT_NO_FATAL_FAILURE(showInEnglish(window));

    QTableView* matrix = window.matrixView();
    QTableView* entries = window.entryView();
    EXPECT_EQ(entries->model()->rowCount(), 70);
    EXPECT_EQ(window.windowTitle(), QStringLiteral("AI Trends Atlas"));

    const int korea = rowOf(matrix, QStringLiteral("Republic of Korea"));
    ASSERT_GE(korea, 0);
    QTest::mouseClick(matrix->viewport(), Qt::LeftButton, {}, cellCenter(matrix, korea, 0));
    EXPECT_EQ(window.selection()->jurisdictions(), QSet<QString>{QStringLiteral("KOR")});
    EXPECT_EQ(window.selection()->field(), QStringLiteral("policy_law"));
    EXPECT_EQ(entries->model()->rowCount(), 7);

    // Ctrl-click adds the EU; the field stays.
    const int eu = rowOf(matrix, QStringLiteral("European Union"));
    QTest::mouseClick(matrix->viewport(), Qt::LeftButton, Qt::ControlModifier, cellCenter(matrix, eu, 0));
    EXPECT_EQ(window.selection()->jurisdictions().size(), 2);
    EXPECT_EQ(entries->model()->rowCount(), 7 + 3);

    // Choosing a row shows its details with the source.
    entries->setCurrentIndex(entries->model()->index(0, 0));
    EXPECT_GT(window.detailPanel()->currentPolicy(), 0);
    EXPECT_TRUE(window.detailPanel()->toPlainText().contains(QStringLiteral("p.")));

    // "Show all" is always there and returns to the full list.
    auto* showAll = window.findChild<QPushButton*>(QStringLiteral("showAllButton"));
    ASSERT_NE(showAll, nullptr);
    EXPECT_TRUE(showAll->isEnabled());
    QTest::mouseClick(showAll, Qt::LeftButton);
    EXPECT_TRUE(window.selection()->isEmpty());
    EXPECT_EQ(entries->model()->rowCount(), 70);
    EXPECT_FALSE(showAll->isEnabled());
}

TEST(MainWindow, EmptyCellExplainsItself)
{
    MainWindow window;
    window.setLanguage(Lang::English);
    ASSERT_TRUE(window.openDatabase(test::shippedDatabase(), false));
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    const int china = rowOf(window.matrixView(), QStringLiteral("China"));
    QTest::mouseClick(window.matrixView()->viewport(), Qt::LeftButton, {}, cellCenter(window.matrixView(), china, 3));
    EXPECT_EQ(window.entryView()->model()->rowCount(), 0);
    EXPECT_TRUE(window.detailPanel()->toPlainText().contains(QStringLiteral("“-”")));
}

TEST(MainWindow, SwitchesLanguageAtRunTime)
{
    MainWindow window;
    ASSERT_TRUE(window.openDatabase(test::shippedDatabase(), false));
    window.setLanguage(Lang::Korean);
    EXPECT_EQ(window.matrixView()->model()->headerData(0, Qt::Horizontal).toString(), QStringLiteral("정책/법제"));
    auto* showAll = window.findChild<QPushButton*>(QStringLiteral("showAllButton"));
    EXPECT_EQ(showAll->text(), QStringLiteral("전체 보기"));
    window.setLanguage(Lang::English);
    EXPECT_EQ(window.matrixView()->model()->headerData(0, Qt::Horizontal).toString(), QStringLiteral("Policy & law"));
    EXPECT_EQ(showAll->text(), QStringLiteral("Show all"));
}

TEST(MainWindow, BrokenDatabaseLeavesACalmEmptyWindow)
{
    MainWindow window;
    window.setLanguage(Lang::English);
    EXPECT_FALSE(window.openDatabase(QStringLiteral("/nonexistent/file.sqlite"), false));
    EXPECT_EQ(window.matrixView()->model()->rowCount(), 0);
    EXPECT_TRUE(window.openDatabase(test::shippedDatabase(), false));
    EXPECT_EQ(window.matrixView()->model()->rowCount(), 10);
}

namespace {
QStringList searchFor(MainWindow& window, const QString& query)
{
    auto* box = window.findChild<SearchBox*>(QStringLiteral("searchBox"));
    EXPECT_NE(box, nullptr);
    if (!box)
        return {};
    box->clear();
    QTest::keyClicks(box, query);
    QTest::keyClick(box, Qt::Key_Return);
    QStringList lines;
    for (int i = 0; i < box->results()->count(); ++i)
        lines << box->results()->item(i)->text();
    box->results()->hide();
    return lines;
}
} // namespace

// The search box finds what the report names; on a file whose search index is damaged it says so
// (the index is checked in the background) while every other view still works.
TEST(MainWindow, SearchBoxFindsAndSaysWhenItsIndexIsDamaged)
{
    MainWindow window;
    ASSERT_NO_FATAL_FAILURE(showInEnglish(window));
    const QStringList found = searchFor(window, QStringLiteral("AI Act"));
    ASSERT_GE(found.size(), 2);
    EXPECT_EQ(found.first(), QStringLiteral("Policies"));
    EXPECT_TRUE(found.filter(QStringLiteral("AI Act")).size() >= 1) << found.join(QLatin1Char('\n')).toStdString();

    QTemporaryDir dir;
    ASSERT_TRUE(window.openDatabase(test::copyWithDamagedTable(dir.path(), QStringLiteral("search_fts_data")), false));
    EXPECT_EQ(window.matrixView()->model()->rowCount(), 10);
    const QStringList broken = searchFor(window, QStringLiteral("AI Act"));
    ASSERT_EQ(broken.size(), 1);
    EXPECT_TRUE(broken.first().startsWith(QStringLiteral("Search is unavailable"))) << broken.first().toStdString();
}

// What a researcher expects of a second run: the language, the window's layout and the last view
// (layer, selection) come back, saved through SettingsFile by closing the window.
TEST(MainWindow, RemembersLanguageLayoutAndTheLastViewAcrossRuns)
{
    // A settings folder of this test's own: other UI tests (other processes) must not restore its view.
    QTemporaryDir config;
    const auto usePath = [](const QString& path) {
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, path);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, path);
    };
    usePath(config.path());
    {
        MainWindow window;
        ASSERT_NO_FATAL_FAILURE(showInEnglish(window));
        window.selection()->selectJurisdiction(QStringLiteral("KOR"));
        window.resize(1100, 700);
        EXPECT_TRUE(window.close());
    }
    {
        const QSettings settings;
        EXPECT_TRUE(settings.fileName().startsWith(config.path())) << settings.fileName().toStdString();
        EXPECT_EQ(settings.value(QStringLiteral("ui/language")).toString(), QStringLiteral("en"));
        EXPECT_FALSE(settings.value(QStringLiteral("window/state")).toByteArray().isEmpty());
        EXPECT_FALSE(settings.value(QStringLiteral("window/geometry")).toByteArray().isEmpty());
    }
    {
        MainWindow again;
        EXPECT_EQ(again.language(), Lang::English);
        EXPECT_EQ(again.width(), 1100);   // (the offscreen platform fits the height to its screen)
        ASSERT_TRUE(again.openDatabase(test::shippedDatabase(), false));
        EXPECT_EQ(again.selection()->jurisdictions(), QSet<QString>{QStringLiteral("KOR")});
    }
    usePath(QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation));
}
