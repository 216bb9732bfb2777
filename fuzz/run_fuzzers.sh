#!/usr/bin/env bash
# Runs the fuzzers of a build for a while each: fuzz/run_fuzzers.sh BUILD_DIR SECONDS [HARNESS...]
#
# Seeds come from BUILD_DIR/fuzz/seeds (written by make_seeds.sh when missing); new inputs go to
# BUILD_DIR/fuzz/corpus/<harness>, crashers to BUILD_DIR/fuzz/artifacts/<harness>/, the output to
# BUILD_DIR/fuzz/logs/<harness>.log. Exits 1 when any fuzzer found a crash, leak, timeout or OOM.
set -uo pipefail

here=$(cd "$(dirname "$0")" && pwd)
build=$(cd "${1:?usage: run_fuzzers.sh BUILD_DIR SECONDS [HARNESS...]}" && pwd)
seconds=${2:-60}
shift 2 || true
harnesses=("$@")
[ ${#harnesses[@]} -eq 0 ] && harnesses=(parser dockerfile variables shell engine_decode image image_files config runtime)

fuzz="$build/fuzz"
[ -d "$fuzz/seeds/dockerfile" ] || bash "$here/make_seeds.sh" "$fuzz/seeds" >/dev/null

dictionary() {
    case $1 in
    parser | dockerfile | variables) echo dockerfile.dict ;;
    shell) echo shell.dict ;;
    engine_decode | image_files) echo json.dict ;;
    image) echo image.dict ;;
    config | runtime) echo yaml.dict ;;
    esac
}
# The parser harness shares the Dockerfile seeds.
seeds_of() { [ "$1" = parser ] && echo dockerfile || echo "$1"; }
max_len() {
    case $1 in
    parser | dockerfile) echo 16384 ;;
    image) echo 65536 ;;
    engine_decode | image_files) echo 16384 ;;
    *) echo 4096 ;;
    esac
}

export ASAN_OPTIONS=${ASAN_OPTIONS:-halt_on_error=1:detect_leaks=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-halt_on_error=1:print_stacktrace=1}
status=0
for h in "${harnesses[@]}"; do
    binary="$fuzz/fuzz_$h"
    if [ ! -x "$binary" ]; then
        echo "fuzz_$h: not built in $build" >&2
        status=1
        continue
    fi
    mkdir -p "$fuzz/corpus/$h" "$fuzz/artifacts/$h" "$fuzz/logs"
    log="$fuzz/logs/$h.log"
    "$binary" -max_total_time="$seconds" -max_len="$(max_len "$h")" -timeout=10 -rss_limit_mb=2048 \
        -dict="$here/$(dictionary "$h")" -artifact_prefix="$fuzz/artifacts/$h/" -print_final_stats=1 \
        "$fuzz/corpus/$h" "$fuzz/seeds/$(seeds_of "$h")" >"$log" 2>&1
    code=$?
    runs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' | tail -1)
    if [ $code -ne 0 ]; then
        echo "fuzz_$h: FAILED (exit $code) after ${runs:-?} runs; crasher in $fuzz/artifacts/$h/" >&2
        grep -E -A40 '^==[0-9]+==ERROR|\*\*\* fuzz invariant|^SUMMARY|ALARM|out-of-memory' "$log" | head -n 80 >&2
        status=1
    else
        echo "fuzz_$h: ok, ${runs:-?} runs in ${seconds}s"
    fi
done
exit $status
