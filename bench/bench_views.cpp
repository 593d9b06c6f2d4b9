// Benchmarks of the linked views, search and export (configure with -DATLAS_BENCHMARKS=ON, Release):
//   BM_SelectionChangeReachesEveryView  a new selection filters the tables, rebuilds the timeline, the
//                                       chart and the profile, and repaints them (target < 16 ms)
//   BM_Search                           one query over every entity (target < 10 ms)
//   BM_ExportMapPng3840x2160            the 첨부 1 map as a 3840x2160 PNG, in process (target < 300 ms)
#include "data/database.h"
#include "data/repository.h"
#include "data/searchengine.h"
#include "export/exportservice.h"
#include "selection/selectionstate.h"
#include "shell/mainwindow.h"

#include <QApplication>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

namespace {

const QString kDatabase = QStringLiteral(ATLAS_BENCH_DATABASE);

// One window for every run of the benchmark: its start-up is not what is measured.
atlas::MainWindow& sharedWindow()
{
    static atlas::MainWindow* window = [] {
        auto* w = new atlas::MainWindow;
        w->setLanguage(atlas::Lang::Korean);
        w->openDatabase(kDatabase, false);
        w->resize(1600, 1000);
        w->show();
        QCoreApplication::processEvents();
        return w;
    }();
    return *window;
}

void BM_SelectionChangeReachesEveryView(benchmark::State& state)
{
    atlas::MainWindow& window = sharedWindow();
    const QStringList ids = {QStringLiteral("KOR"), QStringLiteral("USA"), QStringLiteral("EU"), QStringLiteral("CHN")};
    int i = 0;
    for (auto _ : state) {
        window.selection()->selectJurisdiction(ids.at(i++ % ids.size()));
        QCoreApplication::processEvents();   // the repaints the change asked for
    }
}
BENCHMARK(BM_SelectionChangeReachesEveryView)->Unit(benchmark::kMillisecond);

void BM_Search(benchmark::State& state)
{
    atlas::Database db;
    db.open(kDatabase);
    const atlas::SearchEngine engine(db);
    const QStringList queries = {QStringLiteral("기본법"), QStringLiteral("\"AI Act\""), QStringLiteral("기본"),
                                 QStringLiteral("법안"), QStringLiteral("Anthropic"), QStringLiteral("AI 안전연구소")};
    int i = 0;
    for (auto _ : state)
        benchmark::DoNotOptimize(engine.search(queries.at(i++ % queries.size())));
}
BENCHMARK(BM_Search)->Unit(benchmark::kMillisecond);

void BM_ExportMapPng3840x2160(benchmark::State& state)
{
    atlas::Database db;
    db.open(kDatabase);
    atlas::Repository repository(db);
    atlas::ExportService service(db, repository);
    QTemporaryDir dir;
    atlas::Exporter::ImageOptions options;
    options.size = QSize(1920, 1080);
    options.scale = 2;
    QString error;
    for (auto _ : state) {
        if (!service.exportView(QStringLiteral("map"), QStringLiteral("policy_law"), dir.filePath(QStringLiteral("m.png")),
                                atlas::Exporter::Format::Png, options, {}, atlas::Lang::Korean, &error))
            state.SkipWithError(qPrintable(error));
    }
}
BENCHMARK(BM_ExportMapPng3840x2160)->Unit(benchmark::kMillisecond);

} // namespace

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QStandardPaths::setTestModeEnabled(true);  // no user settings (last view, layout) in the measurement
    QApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
