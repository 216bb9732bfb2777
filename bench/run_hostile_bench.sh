#!/usr/bin/env bash
# Time and peak memory of `dockwarden-cli lint` and `parse` on the hostile inputs of issue 14 (exponential
# expansion, ONBUILD nesting, huge arrays, flags and chains, 100,000 instructions, a 10 MB line, CR-only line
# ends) and on a realistic 10 MB file, with the factor peak RSS / input size.
#   bench/run_hostile_bench.sh [BUILD_DIR] [CORPUS_DIR]
# CORPUS_DIR (default ../shared/corpus/dockerfiles) supplies the realistic file; without it that row is skipped.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$here/build}
corpus=${2:-$here/../shared/corpus/dockerfiles}
cli="$build/app/dockwarden-cli"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

python3 - "$work" "$corpus" <<'PY'
import os, sys
work, corpus = sys.argv[1], sys.argv[2]
def write(name, text):
    with open(os.path.join(work, name), "w", newline="") as f:
        f.write(text)
write("env-doubling", "FROM alpine\nENV A=xy\n" + "ENV A=${A}${A}\n" * 30 + "RUN echo $A\n")
write("arg-doubling", "ARG A0=xy\n" + "".join(f"ARG A{i}=${{A{i-1}}}${{A{i-1}}}\n" for i in range(1, 33)) + "FROM alpine\n")
write("onbuild-10k", "FROM alpine\n" + "ONBUILD " * 10000 + "RUN x\n")
write("cmd-json-100k", "FROM alpine\nCMD [" + ",".join(['"a"'] * 100000) + "]\n")
write("mount-flags-10k", "FROM alpine\nRUN " + "--mount=type=cache,target=/x " * 10000 + "echo\n")
write("and-chain-30k", "FROM alpine\nRUN " + " && ".join(["echo a"] * 30000) + "\n")
write("copy-sources-30k", "FROM alpine\nCOPY " + " ".join(f"f{i}" for i in range(30000)) + " /dst/\n")
write("env-100k", "FROM alpine\n" + "".join(f"ENV V{i}=value{i}\n" for i in range(100000)))
write("run-100k", "FROM alpine\n" + "".join(f"RUN echo {i}\n" for i in range(100000)))
write("cr-only", "FROM alpine\r" + "RUN echo hi\r" * 100000)
write("line-10MB", "FROM alpine\nRUN echo " + "x" * 10_000_000 + "\n")
if os.path.isdir(corpus):
    files = sorted(f for f in os.listdir(corpus) if f not in ("INDEX.tsv", "README.md"))
    parts, size, i = [], 0, 0
    while files and size < 10_000_000:
        text = open(os.path.join(corpus, files[i % len(files)]), errors="replace").read()
        parts.append(text); size += len(text); i += 1
    if parts:
        write("corpus-10MB", "\n".join(parts))
PY

baseline_file="$work/baseline"
printf 'FROM alpine\n' > "$baseline_file"
baseline_kib=$(/usr/bin/time -f '%M' "$cli" lint --no-fail "$baseline_file" 2>&1 >/dev/null | tail -1)
echo "process baseline (one-line file): $((baseline_kib / 1024)) MiB; factor = (peak - baseline) / input bytes"
printf '%-18s %-6s %9s %8s %10s %8s %s\n' input command bytes seconds "peak MiB" factor exit
for input in "$work"/*; do
  [ "$input" = "$baseline_file" ] && continue
  bytes=$(stat -c %s "$input")
  for command in lint parse; do
    extra=()
    [ "$command" = lint ] && extra=(--no-fail)
    timing=$(mktemp)
    set +e
    /usr/bin/time -o "$timing" -f '%e %M' "$cli" "$command" --max-input-size 64MiB "${extra[@]}" "$input" \
      > /dev/null 2>&1
    status=$?
    set -e
    read -r seconds kib < <(tail -1 "$timing")
    rm -f "$timing"
    awk -v n="$(basename "$input")" -v c="$command" -v b="$bytes" -v s="$seconds" -v k="$kib" -v x="$status" \
      -v base="$baseline_kib" 'BEGIN { f = (k - base) * 1024 / b; if (f < 0) f = 0;
        printf "%-18s %-6s %9d %8.2f %10.1f %7.1fx %d\n", n, c, b, s, k / 1024, f, x }'
  done
done
