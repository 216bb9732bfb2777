#!/usr/bin/env bash
# One entry point for a fresh Debian 12 machine:
#   scripts/setup.sh run    install what is missing, build, and start Dockwarden
#   scripts/setup.sh test   install what is missing, build, and run every test
#   scripts/setup.sh build  install what is missing and build
set -euo pipefail

here=$(cd "$(dirname "$0")/.." && pwd)
build_dir=${DOCKWARDEN_BUILD_DIR:-$here/build}
jobs=${DOCKWARDEN_JOBS:-2}

packages=(
  cmake ninja-build g++ pkg-config
  qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools linguist-qt6
  libqt6charts6-dev libqt6svg6-dev libqscintilla2-qt6-dev
  libcurl4-openssl-dev libssl-dev nlohmann-json3-dev libarchive-dev libxxhash-dev libsqlite3-dev libyaml-cpp-dev libicu-dev
  libbenchmark-dev shellcheck fonts-noto-cjk
  docker.io busybox-static xvfb xauth
)

install_packages() {
  local missing=()
  for p in "${packages[@]}"; do
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
      exec "$build_dir/app/dockwarden" "${@:2}"
    fi
    exec "$build_dir/app/dockwarden-cli" lint --no-fail "$here/resources/samples/Dockerfile" "${@:2}"
    ;;
  *)
    echo "usage: scripts/setup.sh run|test|build" >&2
    exit 2
    ;;
esac
