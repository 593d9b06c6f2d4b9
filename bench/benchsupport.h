// Shared by the benchmarks that drive the whole main window (bench_views, bench_scale).
#pragma once

#include <QString>
#include <QStringList>

#include <memory>

namespace benchmark {
class State;
}

namespace atlas {
class MainWindow;

namespace bench {

/// The database to measure: $ATLAS_BENCH_DB if set (e.g. a synthetic-100x.sqlite), else the one this
/// build wrote (ATLAS_BENCH_DATABASE).
QString databasePath();

/// A main window as the app starts it: Korean, 1600×1000, the database opened, shown and painted once
/// (offscreen). Every step is the app's own; the caller owns the window.
std::unique_ptr<MainWindow> openWindow(const QString& databasePath);

/// One window for every run of a benchmark: its start-up is not what is measured.
MainWindow& sharedWindow();

/// A selection change reaching every visible view: select the next jurisdiction, then let every view
/// repaint what the change asked for.
void selectionChangeLoop(benchmark::State& state, MainWindow& window);

/// Searches as the search box does (60 results), over \a queries in turn, on the database.
void searchLoop(benchmark::State& state, const QStringList& queries);

/// What researchers type: two-syllable Korean words, longer Korean and Latin terms, a quoted phrase.
const QStringList& searchQueries();

/// Offscreen by default, no user settings (last view, layout) in the measurement; runs the benchmarks.
int runBenchmarks(int argc, char** argv);

} // namespace bench
} // namespace atlas
