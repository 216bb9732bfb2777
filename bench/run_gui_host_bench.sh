#!/usr/bin/env bash
# The Host view with a large host: starts a private dockerd (root), creates N containers (a tenth of them running,
# a fifth privileged), then runs host_view_bench: time to a filled, live view, memory, the longest GUI stall, search,
# sort and refresh. With IMAGE_TAR (e.g. /tmp/dw-bench-image.tar from bench/run_image_bench.sh) it also opens that
# image in the Images view and reports the longest GUI stall while it streams.
#   bench/run_gui_host_bench.sh [BUILD_DIR] [N=1000] [IMAGE_TAR]
set -euo pipefail
build=${1:-$(cd "$(dirname "$0")/.." && pwd)/build}
count=${2:-1000}
image=${3:-}
dir=$(mktemp -d /tmp/dwguibench-XXXXXX)
d() { docker -H "unix://$dir/d.sock" "$@"; }
cleanup() {
  d rm -f $(d ps -q) > /dev/null 2>&1 || true
  kill "$(cat "$dir/pid" 2>/dev/null)" 2>/dev/null || true
  sleep 3
  rm -rf "$dir" 2>/dev/null || true
}
trap cleanup EXIT
dockerd --data-root "$dir/data" --exec-root "$dir/exec" -H "unix://$dir/d.sock" --pidfile "$dir/pid" \
  --iptables=false --ip6tables=false --bridge=none --storage-driver=vfs > "$dir/log" 2>&1 &
for _ in $(seq 1 60); do curl -sf --unix-socket "$dir/d.sock" http://x/_ping > /dev/null && break; sleep 0.5; done
mkdir "$dir/ctx" && cp /bin/busybox "$dir/ctx/"
printf 'FROM scratch\nCOPY busybox /bin/busybox\nCMD ["/bin/busybox", "sleep", "3600"]\n' > "$dir/ctx/Dockerfile"
DOCKER_BUILDKIT=0 d build -q -t dw-bench:1 "$dir/ctx" > /dev/null
for i in $(seq 1 "$count"); do
  if [ $((i % 10)) = 0 ]; then d run -d --network none dw-bench:1 > /dev/null
  elif [ $((i % 5)) = 0 ]; then d create --network none --privileged dw-bench:1 > /dev/null
  else d create --network none dw-bench:1 > /dev/null; fi
done
cmake --build "$build" --target host_view_bench -j 2 > /dev/null
XDG_CONFIG_HOME="$dir" XDG_DATA_HOME="$dir" QT_QPA_PLATFORM=offscreen DW_BENCH_DOCKER_HOST="unix://$dir/d.sock" \
  DW_BENCH_IMAGE_TAR="$image" "$build/bench/host_view_bench"
