// How the app's costs grow with the data (configure with -DATLAS_BENCHMARKS=ON, Release). Measures the
// database in $ATLAS_BENCH_DB (default: the shipped one); bench/scale_report.sh runs it on databases
// 1×, 10× and 100× the report written by bench/build_synthetic.sh. Targets at 100×:
//   BM_Open                  the main window from opening the file to every view's data loaded and
//                            the first frame painted (offscreen)                          < 1 s
//   BM_SelectionChange       a selection change reaching every visible view                < 16 ms
//   BM_Search/<query>        one search as the search box runs it                          < 20 ms
//   BM_MapLayerSwitch        choosing another map layer in the combo box and repainting    < 16 ms
// and, as context for those targets:
//   BM_MapLayerFirstShown    the same for a statistic layer whose figures are not read yet
//   BM_OpenUntilSearchReady  opening until the background check of the search index is done, i.e.
//                            until a first search can run (wall-clock: the check has its own thread)
#include "benchsupport.h"

#include "data/database.h"
#include "geo/maplayer.h"
#include "geo/maplayermodel.h"
#include "shell/mainwindow.h"

#include <QComboBox>
#include <QCoreApplication>

#include <benchmark/benchmark.h>

namespace {

void BM_Open(benchmark::State& state)
{
    const QString path = atlas::bench::databasePath();
    for (auto _ : state) {
        auto window = atlas::bench::openWindow(path);
        state.PauseTiming();
        window.reset();
        QCoreApplication::processEvents();
        state.ResumeTiming();
    }
}
BENCHMARK(BM_Open)->Unit(benchmark::kMillisecond)->MinTime(2.0);

void BM_SelectionChange(benchmark::State& state)
{
    atlas::bench::selectionChangeLoop(state, atlas::bench::sharedWindow());
}
BENCHMARK(BM_SelectionChange)->Unit(benchmark::kMillisecond);

void BM_Search(benchmark::State& state)
{
    const QString query = atlas::bench::searchQueries().at(static_cast<int>(state.range(0)));
    state.SetLabel(query.toStdString());
    atlas::bench::searchLoop(state, {query});
}
BENCHMARK(BM_Search)->DenseRange(0, 5)->Unit(benchmark::kMillisecond);

void BM_MapLayerSwitch(benchmark::State& state)
{
    atlas::MainWindow& window = atlas::bench::sharedWindow();
    auto* combo = window.findChild<QComboBox*>(QStringLiteral("layerChooser"));
    if (!combo || combo->count() < 2) {
        state.SkipWithError("no layer chooser");
        return;
    }
    int i = combo->currentIndex();
    for (auto _ : state) {
        combo->setCurrentIndex(++i % combo->count());
        QCoreApplication::processEvents();   // the map repaints its new base
    }
    state.counters["layers"] = combo->count();
}
BENCHMARK(BM_MapLayerSwitch)->Unit(benchmark::kMillisecond);

void BM_MapLayerFirstShown(benchmark::State& state)
{
    atlas::MainWindow& window = atlas::bench::sharedWindow();
    auto* combo = window.findChild<QComboBox*>(QStringLiteral("layerChooser"));
    const auto* layers = combo ? qobject_cast<const atlas::MapLayerModel*>(combo->model()) : nullptr;
    int row = -1;
    for (int r = 0; layers && r < layers->rowCount() && row < 0; ++r)
        if (layers->layerAt(r)->kind == atlas::MapLayer::Kind::Statistic)
            row = r;
    if (row < 0) {
        state.SkipWithError("no statistic layer");
        return;
    }
    for (auto _ : state) {
        state.PauseTiming();
        window.openDatabase(atlas::bench::databasePath(), false);   // no layer's figures read yet
        combo->setCurrentIndex(0);
        QCoreApplication::processEvents();
        state.ResumeTiming();
        combo->setCurrentIndex(row);
        QCoreApplication::processEvents();
    }
    state.counters["values"] = layers->layerAt(row)->values.size();
}
// Last: it reopens the shared window's database.
BENCHMARK(BM_MapLayerFirstShown)->Unit(benchmark::kMillisecond)->Iterations(8);

void BM_OpenUntilSearchReady(benchmark::State& state)
{
    const QString path = atlas::bench::databasePath();
    for (auto _ : state) {
        atlas::Database db;
        if (!db.open(path).ok() || !db.searchIndexProblem().isEmpty()) {
            state.SkipWithError("cannot open the database, or its search index is damaged");
            return;
        }
    }
}
BENCHMARK(BM_OpenUntilSearchReady)->Unit(benchmark::kMillisecond)->UseRealTime();

} // namespace

int main(int argc, char** argv)
{
    return atlas::bench::runBenchmarks(argc, argv);
}
