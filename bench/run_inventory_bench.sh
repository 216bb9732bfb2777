#!/usr/bin/env bash
# Starts a private dockerd (root), creates N containers from a busybox image, and runs bench_inventory.
#   bench/run_inventory_bench.sh [BUILD_DIR] [N=300]
set -euo pipefail
build=${1:-$(cd "$(dirname "$0")/.." && pwd)/build}
count=${2:-300}
dir=$(mktemp -d /tmp/dwbench-XXXXXX)
trap 'kill "$(cat "$dir/pid" 2>/dev/null)" 2>/dev/null || true; sleep 2; rm -rf "$dir"' EXIT
dockerd --data-root "$dir/data" --exec-root "$dir/exec" -H "unix://$dir/d.sock" --pidfile "$dir/pid" \
  --iptables=false --ip6tables=false --bridge=none --storage-driver=vfs > "$dir/log" 2>&1 &
for _ in $(seq 1 60); do curl -sf --unix-socket "$dir/d.sock" http://x/_ping > /dev/null && break; sleep 0.5; done
mkdir "$dir/ctx" && cp /bin/busybox "$dir/ctx/" && printf 'FROM scratch\nCOPY busybox /bin/busybox\n' > "$dir/ctx/Dockerfile"
DOCKER_BUILDKIT=0 docker -H "unix://$dir/d.sock" build -q -t dw-bench:1 "$dir/ctx" > /dev/null
for i in $(seq 1 "$count"); do docker -H "unix://$dir/d.sock" create --network none dw-bench:1 /bin/busybox true > /dev/null; done
DW_BENCH_DOCKER_HOST="unix://$dir/d.sock" "$build/bench/bench_inventory"
if [ "${DW_BENCH_COMPARE_CLI:-0}" = 1 ]; then
  # What a user of the docker CLI runs for the same picture: the ids, then every container's inspect data.
  start=$(date +%s.%N)
  docker -H "unix://$dir/d.sock" inspect $(docker -H "unix://$dir/d.sock" ps -aq) > /dev/null
  end=$(date +%s.%N)
  awk -v s="$start" -v e="$end" 'BEGIN { printf "docker ps -aq + docker inspect            %8.3f s\n", e - s }'
fi
