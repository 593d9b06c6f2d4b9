#!/usr/bin/env bash
# Runs the libFuzzer targets of a -DATLAS_FUZZ=ON build, each for a fixed time, on a temporary copy of
# its seed corpus (the repository is never written).
#
#   bash fuzz/run.sh BUILD_DIR SECONDS [target…]      e.g.  bash fuzz/run.sh build-asan 60
#
# Targets: tsv seed topojson viewstate search cli (default: all). Crashes, leaks, timeouts and
# out-of-memory inputs go to BUILD_DIR/fuzz-artifacts/<target>/, each target's log next to them. Prints
# one line per target and exits non-zero when any target found something (or could not run).
set -uo pipefail

if [[ $# -lt 2 || ! $2 =~ ^[0-9]+$ ]]; then
  echo "usage: $0 BUILD_DIR SECONDS [target…]" >&2
  exit 2
fi
build=$(cd "$1" && pwd) || exit 2
seconds=$2
shift 2
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
targets=("$@")
[[ ${#targets[@]} -gt 0 ]] || targets=(tsv seed topojson viewstate search cli)

artifacts=$build/fuzz-artifacts
mkdir -p "$artifacts"
work=$(mktemp -d "${TMPDIR:-/tmp}/atlas-fuzz.XXXXXX")
trap 'rm -rf "$work"' EXIT

# Leak detection stays on. The suppression files are the ones the sanitizer test run uses
# (packaging/sanitizers/): third-party code only, each entry with its reason.
supp=$here/../packaging/sanitizers
asan=detect_leaks=1:allocator_may_return_null=1:handle_abort=1
lsan=print_suppressions=0:suppressions=$supp/lsan.supp
ubsan=print_stacktrace=1:halt_on_error=1:suppressions=$supp/ubsan.supp
export ASAN_OPTIONS=$asan LSAN_OPTIONS=$lsan UBSAN_OPTIONS=$ubsan QT_QPA_PLATFORM=offscreen

failed=0
for t in "${targets[@]}"; do
  bin=$build/bin/fuzz_$t
  out=$artifacts/$t
  log=$artifacts/$t.log
  if [[ ! -x $bin || ! -d $here/corpus/$t ]]; then
    printf '%-10s FAILED: %s or fuzz/corpus/%s missing (configure with -DATLAS_FUZZ=ON and build it)\n' "$t" "$bin" "$t"
    failed=1
    continue
  fi
  mkdir -p "$out"
  before=$(find "$out" -type f | wc -l)
  cp -r "$here/corpus/$t" "$work/$t"
  dict=()
  [[ -f $here/$t.dict ]] && dict=(-dict="$here/$t.dict")
  nice -n 10 "$bin" "$work/$t" "${dict[@]}" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
    -detect_leaks=1 -print_final_stats=1 -artifact_prefix="$out/" >"$log" 2>&1
  rc=$?
  after=$(find "$out" -type f | wc -l)
  execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
  rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" | tail -1)
  last=$(grep -E '^#[0-9]+' "$log" | tail -1)
  cov=$(sed -n 's/.* cov: \([0-9]*\).*/\1/p' <<<"$last")
  ft=$(sed -n 's/.* ft: \([0-9]*\).*/\1/p' <<<"$last")
  corp=$(sed -n 's/.* corp: \([0-9]*\/[0-9]*[a-zA-Z]*\).*/\1/p' <<<"$last")
  status=ok
  if [[ $rc -ne 0 || $after -ne $before ]]; then
    status="FAILED (exit $rc; see $log and $out/)"
    failed=1
  fi
  printf '%-10s %ss  execs %s  exec/s %s  cov %s  ft %s  corpus %s  %s\n' \
    "$t" "$seconds" "${execs:-?}" "${rate:-?}" "${cov:-?}" "${ft:-?}" "${corp:-?}" "$status"
  if [[ $status != ok ]]; then
    grep -E 'ERROR|SUMMARY|invariant failed|runtime error|Test unit written' "$log" | head -8 | sed 's/^/    /'
  fi
done
exit $failed
