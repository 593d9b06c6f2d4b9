#include "benchsupport.h"

#include "data/database.h"
#include "data/searchengine.h"
#include "selection/selectionstate.h"
#include "shell/mainwindow.h"

#include <QApplication>
#include <QStandardPaths>

#include <benchmark/benchmark.h>

namespace atlas::bench {

QString databasePath()
{
    const QString fromEnv = qEnvironmentVariable("ATLAS_BENCH_DB");
    return fromEnv.isEmpty() ? QStringLiteral(ATLAS_BENCH_DATABASE) : fromEnv;
}

std::unique_ptr<MainWindow> openWindow(const QString& path)
{
    auto window = std::make_unique<MainWindow>();
    window->setLanguage(Lang::Korean);
    if (!window->openDatabase(path, false))
        qFatal("cannot open %s", qPrintable(path));
    window->resize(1600, 1000);
    window->show();
    QCoreApplication::processEvents();   // layout, expose and the first paint of every visible view
    return window;
}

MainWindow& sharedWindow()
{
    // Never deleted: it must not outlive the QApplication at exit.
    static MainWindow* window = openWindow(databasePath()).release();
    return *window;
}

void selectionChangeLoop(benchmark::State& state, MainWindow& window)
{
    const QStringList ids = {QStringLiteral("KOR"), QStringLiteral("USA"), QStringLiteral("EU"), QStringLiteral("CHN")};
    int i = 0;
    for (auto _ : state) {
        window.selection()->selectJurisdiction(ids.at(i++ % ids.size()));
        QCoreApplication::processEvents();   // the repaints the change asked for
    }
}

void searchLoop(benchmark::State& state, const QStringList& queries)
{
    Database db;
    if (!db.open(databasePath()).ok()) {
        state.SkipWithError("cannot open the database");
        return;
    }
    const SearchEngine engine(db);
    int i = 0;
    for (auto _ : state)
        benchmark::DoNotOptimize(engine.search(queries.at(i++ % queries.size()), {}, 60));
}

const QStringList& searchQueries()
{
    static const QStringList queries = {QStringLiteral("기본법"), QStringLiteral("\"AI Act\""), QStringLiteral("기본"),
                                        QStringLiteral("법안"), QStringLiteral("Anthropic"),
                                        QStringLiteral("AI 안전연구소")};
    return queries;
}

int runBenchmarks(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QStandardPaths::setTestModeEnabled(true);
    QApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}

} // namespace atlas::bench
