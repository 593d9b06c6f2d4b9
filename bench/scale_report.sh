#!/bin/sh
# How the app's costs grow with the data: builds databases 1x, 10x and 100x the report
# (bench/build_synthetic.sh), runs bench_scale on each and prints the medians side by side.
#   bench/scale_report.sh [BUILD_DIR] [REPETITIONS]
# BUILD_DIR is a Release build configured with -DATLAS_BENCHMARKS=ON (default: build-bench).
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
build=${1:-$root/build-bench}
reps=${2:-3}
factors=${ATLAS_SCALE_FACTORS:-1 10 100}
cmake --build "$build" --target bench_scale atlas-dbbuild >/dev/null
out=$build/scale-report
mkdir -p "$out"
for f in $factors; do
    # An existing report of this factor is reused unless ATLAS_SCALE_RERUN=1.
    if [ -f "$out/${f}x.json" ] && [ "${ATLAS_SCALE_RERUN:-1}" = 0 ]; then continue; fi
    db=$build/synthetic-${f}x.sqlite
    [ -f "$db" ] || "$here/build_synthetic.sh" "$build" "$f" >/dev/null
    echo "bench_scale on $db ($reps repetitions)…" >&2
    ATLAS_BENCH_DB=$db QT_QPA_PLATFORM=offscreen "$build/bin/bench_scale" \
        --benchmark_repetitions="$reps" --benchmark_report_aggregates_only=true \
        --benchmark_out="$out/${f}x.json" --benchmark_out_format=json >/dev/null 2>&1
done
python3 - "$out" $factors <<'PY'
import json, sys
out, factors = sys.argv[1], sys.argv[2:]
medians, labels = {}, {}
for f in factors:
    for b in json.load(open("%s/%sx.json" % (out, f)))["benchmarks"]:
        if b.get("aggregate_name") != "median":
            continue
        name = b["run_name"].split("/min_time")[0]
        labels.setdefault(name, b.get("label", ""))
        medians.setdefault(name, {})[f] = (b["cpu_time"], b["real_time"])
# CPU time is what the code costs; wall-clock also counts other processes on a busy machine.
for title, which in (("CPU time", 0), ("wall-clock", 1)):
    head = "%-22s %-12s" % ("median %s, ms" % title, "query") + "".join("%11s" % (f + "x") for f in factors)
    print(head)
    print("-" * len(head))
    for name, row in medians.items():
        print("%-22s %-12s" % (name[3:], labels[name])
              + "".join("%11.2f" % row[f][which] if f in row else "%11s" % "-" for f in factors))
    print()
PY
