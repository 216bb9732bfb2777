#!/usr/bin/env bash
# One entry point for a fresh Debian 12 machine:
#   scripts/setup.sh run    install what is missing, build, and start Dockwarden
#   scripts/setup.sh test   install what is missing, build, and run every test
#   scripts/setup.sh build  install what is missing and build
#   scripts/setup.sh sanitize  install clang as well, build the `asan` preset (ASan + UBSan, with the fuzzers)
#                              in build-asan/, run every test there and each fuzzer for a minute; any
#                              sanitizer report or fuzzer crash fails
set -euo pipefail

here=$(cd "$(dirname "$0")/.." && pwd)
build_dir=${DOCKWARDEN_BUILD_DIR:-$here/build}
jobs=${DOCKWARDEN_JOBS:-2}
asan_dir=${DOCKWARDEN_ASAN_BUILD_DIR:-$here/build-asan}
fuzz_seconds=${DOCKWARDEN_FUZZ_SECONDS:-60}

packages=(
  cmake ninja-build g++ pkg-config
  qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools linguist-qt6 qt6-translations-l10n
  libqt6charts6-dev libqt6opengl6-dev libqt6svg6-dev libqscintilla2-qt6-dev
  libcurl4-openssl-dev libssl-dev nlohmann-json3-dev libarchive-dev libxxhash-dev libsqlite3-dev libyaml-cpp-dev libicu-dev libmimalloc-dev
  libpango1.0-dev libcairo2-dev
  libbenchmark-dev shellcheck fonts-noto-cjk poppler-utils
  docker.io docker-compose busybox-static xvfb xauth
)

# Also installed for `sanitize`: clang with its sanitizer and libFuzzer runtimes, llvm-symbolizer.
sanitize_packages=(clang libclang-rt-14-dev llvm)

install_packages() {
  local missing=()
  for p in "${packages[@]}" "$@"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  local sudo=""
  [ "$(id -u)" -ne 0 ] && sudo="sudo"
  echo "Installing: ${missing[*]}"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

build() {
  cmake -S "$here" -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
  cmake --build "$build_dir" -j "$jobs"
}

# ASan + UBSan build and test run; every report fails (exit code 86 and a log file in the report folder, which
# also catches reports of child processes whose exit code a test does not look at).
sanitize() {
  local launcher=()
  command -v ccache >/dev/null && launcher=(-DCMAKE_C_COMPILER_LAUNCHER=ccache -DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
  cmake --preset asan -B "$asan_dir" "${launcher[@]}"
  cmake --build "$asan_dir" -j "$jobs"
  local reports="$asan_dir/sanitizer-reports"
  rm -rf "$reports" && mkdir -p "$reports"
  local symbolizer
  symbolizer=$(command -v llvm-symbolizer || command -v llvm-symbolizer-14 || true)
  export ASAN_SYMBOLIZER_PATH=$symbolizer
  export ASAN_OPTIONS="halt_on_error=1:exitcode=86:detect_leaks=1:check_initialization_order=1:strict_init_order=1:log_path=$reports/asan"
  export UBSAN_OPTIONS="halt_on_error=1:print_stacktrace=1:exitcode=86:log_path=$reports/ubsan"
  # print_suppressions=0: a matched third-party suppression is not a report (its statistics would land in $reports).
  export LSAN_OPTIONS="suppressions=$here/scripts/lsan.supp:print_suppressions=0"
  local status=0
  (cd "$asan_dir" && QT_QPA_PLATFORM=offscreen ctest --output-on-failure -j 1) || status=1
  if [ -n "$(ls -A "$reports")" ]; then
    echo "Sanitizer reports:" >&2
    for report in "$reports"/*; do echo "== $report" >&2; cat "$report" >&2; done
    status=1
  fi
  [ $status -eq 0 ] || echo "sanitize: the test suite failed under ASan/UBSan" >&2
  # The fuzzers' own options: reports go to their logs, and libFuzzer keeps the crasher.
  export ASAN_OPTIONS="halt_on_error=1:detect_leaks=1"
  export UBSAN_OPTIONS="halt_on_error=1:print_stacktrace=1"
  unset LSAN_OPTIONS
  bash "$here/fuzz/run_fuzzers.sh" "$asan_dir" "$fuzz_seconds" || status=1
  return $status
}

case "${1:-run}" in
  build)
    install_packages
    build
    ;;
  test)
    install_packages
    build
    cd "$build_dir"
    QT_QPA_PLATFORM=offscreen ctest --output-on-failure -j 1
    ;;
  run)
    install_packages
    build
    if [ -x "$build_dir/app/dockwarden" ]; then
      if [ -n "${DISPLAY:-}" ] || [ -n "${WAYLAND_DISPLAY:-}" ] || [ -n "${QT_QPA_PLATFORM:-}" ]; then
        exec "$build_dir/app/dockwarden" "${@:2}"
      fi
      echo "No display here (DISPLAY and WAYLAND_DISPLAY are unset): run this in a desktop session, or under" >&2
      echo "xvfb-run (package xvfb) to try the GUI headless. Meanwhile, the sample through the command line:" >&2
      echo >&2
    fi
    exec "$build_dir/app/dockwarden-cli" lint --no-fail "$here/resources/samples/Dockerfile"
    ;;
  sanitize)
    install_packages "${sanitize_packages[@]}"
    sanitize
    ;;
  *)
    echo "usage: scripts/setup.sh run|test|build|sanitize" >&2
    exit 2
    ;;
esac
