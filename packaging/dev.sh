#!/usr/bin/env bash
# Set up a Debian 12 machine, build, and either start the app or run every test.
#   bash packaging/dev.sh run [app arguments]   install what is missing, build, start AI Trends Atlas
#   bash packaging/dev.sh test                  install what is missing, build, run the whole test suite
#   bash packaging/dev.sh hardening [SECONDS]   the same suite in a clang build with AddressSanitizer and
#                                               UndefinedBehaviorSanitizer, then every fuzzer for SECONDS (60)
# Installing needs root (or sudo); it is skipped when every package is already there.
set -euo pipefail
cd "$(dirname "$0")/.."

PACKAGES=(
  build-essential cmake ninja-build pkg-config
  qt6-base-dev qt6-base-dev-tools qt6-charts-dev libqt6opengl6-dev qt6-svg-dev libqt6svg6
  qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n qt6-qpa-plugins
  libgl-dev libxkbcommon-dev libsqlite3-dev libgtest-dev libbenchmark-dev
  fonts-noto-cjk xvfb xauth valgrind python3
)
HARDENING_PACKAGES=(clang libclang-rt-14-dev)
BUILD_DIR=${ATLAS_BUILD_DIR:-build}

install_deps() {
  local missing=()
  for p in "${PACKAGES[@]}" "$@"; do
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
  hardening)
    install_deps "${HARDENING_PACKAGES[@]}"
    asan_dir=${ATLAS_ASAN_BUILD_DIR:-build-asan}
    echo "== configuring and building the sanitizer + fuzzer build in $asan_dir"
    cmake -S . -B "$asan_dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_C_COMPILER=clang \
      -DCMAKE_CXX_COMPILER=clang++ -DATLAS_SANITIZE=ON -DATLAS_FUZZ=ON
    cmake --build "$asan_dir" --parallel "$(nproc)"
    export QT_QPA_PLATFORM=offscreen
    export XDG_RUNTIME_DIR=${XDG_RUNTIME_DIR:-$(mktemp -d)}
    # Any report fails the test that caused it. Suppressions are for third-party code only, each
    # with its reason, in packaging/sanitizers/.
    export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1:strict_string_checks=1:detect_stack_use_after_return=1
    export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1:suppressions=$PWD/packaging/sanitizers/ubsan.supp
    export LSAN_OPTIONS=suppressions=$PWD/packaging/sanitizers/lsan.supp:print_suppressions=0
    ctest --test-dir "$asan_dir" --output-on-failure --parallel "$(nproc)"
    echo "== fuzzing every target for ${1:-60} s"
    bash fuzz/run.sh "$asan_dir" "${1:-60}"
    ;;
  *)
    echo "usage: bash packaging/dev.sh run|test|hardening" >&2
    exit 2
    ;;
esac
