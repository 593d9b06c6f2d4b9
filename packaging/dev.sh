#!/usr/bin/env bash
# Set up a Debian 12 machine, build, and either start the app or run every test.
#   bash packaging/dev.sh run [app arguments]   install what is missing, build, start AI Trends Atlas
#   bash packaging/dev.sh test                  install what is missing, build, run the whole test suite
# Installing needs root (or sudo); it is skipped when every package is already there.
set -euo pipefail
cd "$(dirname "$0")/.."

PACKAGES=(
  build-essential cmake ninja-build pkg-config
  qt6-base-dev qt6-base-dev-tools qt6-charts-dev libqt6opengl6-dev qt6-svg-dev libqt6svg6
  qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n qt6-qpa-plugins
  libgl-dev libxkbcommon-dev libsqlite3-dev libgtest-dev libbenchmark-dev
  fonts-noto-cjk xvfb xauth
)
BUILD_DIR=${ATLAS_BUILD_DIR:-build}

install_deps() {
  local missing=()
  for p in "${PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  echo "== installing ${#missing[@]} Debian packages: ${missing[*]}"
  local sudo=()
  if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null || { echo "need root or sudo to install: ${missing[*]}" >&2; exit 1; }
    sudo=(sudo)
  fi
  "${sudo[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

build() {
  echo "== configuring and building in $BUILD_DIR"
  cmake -S . -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo "$@"
  cmake --build "$BUILD_DIR" --parallel "$(nproc)"
}

cmd=${1:-}
shift || true
case "$cmd" in
  run)
    install_deps
    build
    exec "$BUILD_DIR/bin/ai-trends-atlas" "$@"
    ;;
  test)
    install_deps
    build
    export QT_QPA_PLATFORM=offscreen
    export XDG_RUNTIME_DIR=${XDG_RUNTIME_DIR:-$(mktemp -d)}
    ctest --test-dir "$BUILD_DIR" --output-on-failure --parallel "$(nproc)"
    ;;
  *)
    echo "usage: bash packaging/dev.sh run|test" >&2
    exit 2
    ;;
esac
