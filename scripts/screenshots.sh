#!/usr/bin/env bash
# Pictures of every view at 1280x800, light and dark, English and Simplified Chinese, with the sample open:
#   scripts/screenshots.sh [BUILD_DIR] [OUT_DIR]
# Runs offscreen with a private settings directory, so it neither needs a display nor touches your settings.
# As root with dockerd installed, it also starts a private daemon with a few dozen containers (risky, hardened,
# running and stopped) and pictures the Host view of it (host-live-*.png).
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$here/build}
out=${2:-$here/build/screenshots}
settings=$(mktemp -d)
trap 'rm -rf "$settings"' EXIT
cmake --build "$build" --target dockwarden-screenshots -j "${DOCKWARDEN_JOBS:-2}" > /dev/null
XDG_CONFIG_HOME="$settings" QT_QPA_PLATFORM=offscreen DOCKER_HOST=unix://"$settings"/no-daemon.sock \
  "$build/app/dockwarden-screenshots" "$out"

if [ "$(id -u)" = 0 ] && command -v dockerd > /dev/null && [ -x /bin/busybox ]; then
  dir=$(mktemp -d /tmp/dwshot-XXXXXX)
  stop_daemon() {
    docker -H "unix://$dir/d.sock" rm -f $(docker -H "unix://$dir/d.sock" ps -aq) > /dev/null 2>&1 || true
    pid=$(cat "$dir/pid" 2>/dev/null || true)
    [ -n "$pid" ] && kill "$pid" 2>/dev/null || true
    for _ in $(seq 1 40); do [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
    rm -rf "$dir" "$settings" 2>/dev/null || true
  }
  trap stop_daemon EXIT
  dockerd --data-root "$dir/data" --exec-root "$dir/exec" -H "unix://$dir/d.sock" --pidfile "$dir/pid" \
    --iptables=false --ip6tables=false --bridge=none --storage-driver=vfs > "$dir/log" 2>&1 &
  for _ in $(seq 1 60); do curl -sf --unix-socket "$dir/d.sock" http://x/_ping > /dev/null && break; sleep 0.5; done
  d() { DOCKER_BUILDKIT=0 docker -H "unix://$dir/d.sock" "$@" > /dev/null; }
  XDG_CONFIG_HOME="$settings" XDG_DATA_HOME="$dir" QT_QPA_PLATFORM=offscreen DOCKER_HOST="unix://$dir/d.sock" \
    DW_SCREENSHOT_HOST_ONLY=1 DW_SCREENSHOT_HOST_NAME=empty "$build/app/dockwarden-screenshots" "$out"
  mkdir "$dir/ctx" && cp /bin/busybox "$dir/ctx/"
  printf 'FROM scratch\nCOPY busybox /bin/busybox\nCMD ["/bin/busybox", "sleep", "3600"]\n' > "$dir/ctx/Dockerfile"
  d build -q -t shop/web:1.4 -t shop/web:latest "$dir/ctx"
  d build -q -t shop/worker:2.0 "$dir/ctx"
  d volume create shop-data; d volume create shop-cache
  for i in $(seq 1 12); do d create --name "web-$i" --network none -p "0.0.0.0:$((8000 + i)):80" -v shop-data:/data shop/web:1.4; done
  for i in $(seq 1 8); do d create --name "worker-$i" --network none --privileged -e "API_TOKEN=ghp_abcdefghijklmnopqrstuvwxyz0123456789" shop/worker:2.0; done
  for i in $(seq 1 6); do d run -d --name "hardened-$i" --network none --read-only --cap-drop ALL --user 1000 --memory 64m \
      --pids-limit 50 --security-opt no-new-privileges shop/web:1.4; done
  for i in $(seq 1 4); do d create --name "debug-$i" --network none --pid host -v /var/run/docker.sock:/var/run/docker.sock shop/web:latest; done
  XDG_CONFIG_HOME="$settings" XDG_DATA_HOME="$dir" QT_QPA_PLATFORM=offscreen DOCKER_HOST="unix://$dir/d.sock" DW_SCREENSHOT_HOST_ONLY=1 \
    "$build/app/dockwarden-screenshots" "$out"
fi
echo "screenshots in $out"
