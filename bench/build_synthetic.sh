#!/bin/sh
# Generates a seed folder FACTOR times the report and builds BUILD_DIR/synthetic-<FACTOR>x.sqlite with
# the same builder and validation as the shipped database (atlas-dbbuild from BUILD_DIR/bin).
#   bench/build_synthetic.sh build-bench 100
set -eu
if [ $# -ne 2 ]; then
    echo "usage: $0 BUILD_DIR FACTOR" >&2
    exit 2
fi
build=$1
factor=$2
here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
dbbuild=$build/bin/atlas-dbbuild
if [ ! -x "$dbbuild" ]; then
    echo "$0: $dbbuild not found; build the atlas-dbbuild target first" >&2
    exit 1
fi
seed=$build/synthetic-seed-${factor}x
out=$build/synthetic-${factor}x.sqlite
python3 "$here/gen_synthetic.py" --factor "$factor" --out "$seed"
"$dbbuild" --quiet --schema "$root/db/schema.sql" --seed "$seed" --out "$out"
echo "$out"
