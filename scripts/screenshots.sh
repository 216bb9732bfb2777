#!/usr/bin/env bash
# Pictures of every view at 1280x800, light and dark, English and Simplified Chinese, with the sample open:
#   scripts/screenshots.sh [BUILD_DIR] [OUT_DIR]
# Runs offscreen with a private settings directory, so it neither needs a display nor touches your settings.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$here/build}
out=${2:-$here/build/screenshots}
settings=$(mktemp -d)
trap 'rm -rf "$settings"' EXIT
cmake --build "$build" --target dockwarden-screenshots -j "${DOCKWARDEN_JOBS:-2}" > /dev/null
XDG_CONFIG_HOME="$settings" QT_QPA_PLATFORM=offscreen DOCKER_HOST=unix://"$settings"/no-daemon.sock \
  "$build/app/dockwarden-screenshots" "$out"
echo "screenshots in $out"
