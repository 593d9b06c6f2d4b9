#!/usr/bin/env bash
# Side by side, in one run: a 3840x2160 PNG of the 첨부 1 정책/법제 map from ai-trends-atlas and the same
# choropleth from geopandas + matplotlib. Whole processes, wall-clock, median of N runs each.
#   bash bench/compare_map_export.sh [BUILD_DIR] [RUNS]
set -euo pipefail
build=${1:-build}
runs=${2:-5}
root=$(cd "$(dirname "$0")/.." && pwd)
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }
time_ms() { local s e; s=$(date +%s%N); "$@" >/dev/null 2>&1; e=$(date +%s%N); echo $(( (e - s) / 1000000 )); }
ours=(); theirs=()
for i in $(seq "$runs"); do
  ours+=("$(time_ms env -u DISPLAY "$build/bin/ai-trends-atlas" export map --layer policy_law --width 1920 --height 1080 \
            --scale 2 --out "$out/ours.png")")
  theirs+=("$(time_ms /usr/bin/python3 "$root/bench/geopandas_choropleth.py" "$root/maps/countries-50m.topo.json" \
              "$build/db/ai-trends-2024.sqlite" "$out/geopandas.png")")
done
a=$(printf '%s\n' "${ours[@]}" | median)
b=$(printf '%s\n' "${theirs[@]}" | median)
python3 -c "import struct,sys; d=open('$out/ours.png','rb').read(24); print('ai-trends-atlas PNG:', struct.unpack('>II', d[16:24]))"
echo "ai-trends-atlas export (whole process): median ${a} ms of ${runs} (${ours[*]})"
echo "geopandas + matplotlib (whole process): median ${b} ms of ${runs} (${theirs[*]})"
awk -v a="$a" -v b="$b" 'BEGIN { printf "ratio geopandas / ai-trends-atlas: %.1fx\n", b / a }'
