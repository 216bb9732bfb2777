#!/usr/bin/env bash
# Throughput and peak memory of `dockwarden-cli image --tar` on a large saved image, against `tar -tvf` over the
# same file as the floor (tar only lists the outer archive; Dockwarden also reads every layer inside it).
#   bench/run_image_bench.sh [BUILD_DIR] [IMAGE_TAR]
# Without IMAGE_TAR a ~2 GB image is made once from /usr/lib/x86_64-linux-gnu and /usr/share
# (bench/make_saved_image.py) at /tmp/dw-bench-image.tar.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$here/build}
image=${2:-/tmp/dw-bench-image.tar}
if [ ! -f "$image" ]; then
  echo "making $image ..."
  python3 "$here/bench/make_saved_image.py" "$image" /usr/lib/x86_64-linux-gnu /usr/share
fi
size=$(stat -c %s "$image")
cat "$image" > /dev/null # warm the page cache so both runs read from memory

measure() { # label, command...
  local label=$1; shift
  local out timing
  timing=$(mktemp)
  /usr/bin/time -o "$timing" -f '%e %M' "$@" > /dev/null 2>&1 || true
  out=$(tail -1 "$timing")
  rm -f "$timing"
  local seconds=${out% *} kib=${out#* }
  awk -v l="$label" -v s="$seconds" -v k="$kib" -v b="$size" \
    'BEGIN { printf "%-28s %7.2f s  %8.1f MB/s  peak %7.1f MiB\n", l, s, b / 1048576 / (s > 0 ? s : 0.001), k / 1024 }'
}

echo "image: $image ($(awk -v b="$size" 'BEGIN { printf "%.0f MiB", b / 1048576 }'))"
measure "tar -tvf (floor)" tar -tvf "$image"
measure "tar -xOf | tar -tv (layers)" bash -c "for l in \$(tar -tf '$image' | grep layer.tar); do tar -xOf '$image' \"\$l\" | tar -tv; done"
measure "dockwarden-cli image --tar" "$build/app/dockwarden-cli" image --tar "$image" --format json --no-fail --no-scan
