#!/bin/sh
# Regenerates the committed map assets byte for byte from the pinned npm packages (needs npm and python3;
# the build itself never runs this). Usage: sh maps/rebuild.sh
set -eu
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
npm pack --silent world-atlas@2.0.2 i18n-iso-countries@7.14.0 >/dev/null
mkdir world-atlas i18n-iso-countries
tar xzf world-atlas-2.0.2.tgz -C world-atlas
tar xzf i18n-iso-countries-7.14.0.tgz -C i18n-iso-countries
python3 "$here/convert.py" world-atlas/package i18n-iso-countries/package "$here"
cp world-atlas/package/LICENSE "$here/LICENSE.world-atlas"
cp i18n-iso-countries/package/LICENSE "$here/LICENSE.i18n-iso-countries"
echo "maps/: rebuilt countries-50m.topo.json, countries.tsv and the licence files"
