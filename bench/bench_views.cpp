// Benchmarks of the linked views, search and export (configure with -DATLAS_BENCHMARKS=ON, Release):
//   BM_SelectionChangeReachesEveryView  a new selection filters the tables, rebuilds the timeline, the
//                                       chart and the profile, and repaints them (target < 16 ms)
//   BM_Search                           one query over every entity (target < 10 ms)
//   BM_ExportMapPng3840x2160            the 첨부 1 map as a 3840x2160 PNG, in process (target < 300 ms)
// $ATLAS_BENCH_DB measures another database; bench_scale times the same paths at 1×, 10× and 100×.
#include "benchsupport.h"

#include "data/database.h"
#include "data/repository.h"
#include "export/exportservice.h"

#include <QTemporaryDir>

#include <benchmark/benchmark.h>

namespace {

void BM_SelectionChangeReachesEveryView(benchmark::State& state)
{
    atlas::bench::selectionChangeLoop(state, atlas::bench::sharedWindow());
}
BENCHMARK(BM_SelectionChangeReachesEveryView)->Unit(benchmark::kMillisecond);

void BM_Search(benchmark::State& state)
{
    atlas::bench::searchLoop(state, atlas::bench::searchQueries());
}
BENCHMARK(BM_Search)->Unit(benchmark::kMillisecond);

void BM_ExportMapPng3840x2160(benchmark::State& state)
{
    atlas::Database db;
    db.open(atlas::bench::databasePath());
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
    return atlas::bench::runBenchmarks(argc, argv);
}
