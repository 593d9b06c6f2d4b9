#!/usr/bin/env bash
# Builds the Debian package, checks its metadata and contents, and runs the packaged binary.
# With ATLAS_INSTALL_DEB=1 (CI, as root) it also installs the package with apt and runs it from /usr/bin.
set -euo pipefail
build=$1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cpack --config "$build/CPackConfig.cmake" -G DEB -B "$work" >/dev/null
deb=$(ls "$work"/*.deb)
info=$(dpkg-deb -I "$deb")
for dep in qt6-qpa-plugins fonts-noto-cjk libqt6charts6 libqt6widgets6; do
  grep -q "Depends:.*$dep" <<<"$info" || { echo "missing dependency $dep"; exit 1; }
done
contents=$(dpkg-deb -c "$deb")
for f in usr/bin/ai-trends-atlas usr/share/ai-trends-atlas/ai-trends-2024.sqlite \
         usr/share/applications/org.aitrendsatlas.AiTrendsAtlas.desktop \
         usr/share/metainfo/org.aitrendsatlas.AiTrendsAtlas.metainfo.xml \
         usr/share/icons/hicolor/scalable/apps/org.aitrendsatlas.AiTrendsAtlas.svg; do
  grep -q "./$f\$" <<<"$contents" || { echo "missing $f in the package"; exit 1; }
done
dpkg-deb -x "$deb" "$work/root"
# The unpacked binary finds its database next to it (../share/ai-trends-atlas) and its translations inside.
env -u DISPLAY -u QT_QPA_PLATFORM "$work/root/usr/bin/ai-trends-atlas" export --list > "$work/list.txt"
grep -q "appendix1/policy_law" "$work/list.txt"
env -u DISPLAY -u QT_QPA_PLATFORM "$work/root/usr/bin/ai-trends-atlas" search 기본법 --limit 1 | grep -q "^policy"
if [ "${ATLAS_INSTALL_DEB:-0}" = 1 ] && [ "$(id -u)" = 0 ]; then
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$deb" >/dev/null
  env -u DISPLAY -u QT_QPA_PLATFORM /usr/bin/ai-trends-atlas export --list | grep -q "appendix1/policy_law"
  echo "installed with apt and ran /usr/bin/ai-trends-atlas export --list"
fi
echo "package ok: $(basename "$deb")"
