#!/usr/bin/env bash
# Writes the seed corpora of the fuzzers: fuzz/make_seeds.sh OUT_DIR [SHARED_CORPUS_DIR]
#
# OUT_DIR/<harness>/ gets seeds built from the repository's own test data (tests/data, resources/samples) and a
# few small image archives made here with tar. When SHARED_CORPUS_DIR (default: ../shared/corpus beside the
# repository) exists, its Dockerfiles (real-world, hadolint and BuildKit cases) are added too; it is optional.
set -euo pipefail

here=$(cd "$(dirname "$0")/.." && pwd)
out=${1:?usage: make_seeds.sh OUT_DIR [SHARED_CORPUS_DIR]}
shared=${2:-$here/../shared/corpus}
mkdir -p "$out"
out=$(cd "$out" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

harnesses=(dockerfile variables shell engine_decode image image_files config runtime)
for h in "${harnesses[@]}"; do mkdir -p "$out/$h"; done

# seed HARNESS < content. Seeds are renamed to the SHA-1 of their content at the end (as libFuzzer names
# them), which also drops duplicates, so running the script twice adds nothing.
seq=0
seed() {
    seq=$((seq + 1))
    cat >"$out/$1/new_${BASHPID}_$seq"
}
# Same, with one leading selector/option byte (given in octal, e.g. 012).
seed_with_byte() { # seed_with_byte HARNESS OCTAL FILE
    { printf "\\$2"; cat "$3"; } | seed "$1"
}

# ---- Dockerfiles -------------------------------------------------------------------------------------------
dockerfiles="$work/dockerfiles"
mkdir -p "$dockerfiles"
# tests/data/rules/<ID>.txt: cases separated by "=== catch|pass|fix" lines, one Dockerfile each.
for rules in "$here"/tests/data/rules/*.txt; do
    awk -v dir="$dockerfiles" -v base="$(basename "$rules" .txt)" '
        /^=== / { n++; file = dir "/" base "_" n; next }
        n > 0   { print > file }' "$rules"
done
cp "$here"/resources/samples/Dockerfile "$dockerfiles/sample"
if [ -d "$shared" ]; then
    [ -d "$shared/dockerfiles" ] && find "$shared/dockerfiles" -maxdepth 1 -type f -name '*Dockerfile*' \
        -exec cp -t "$dockerfiles/" {} +
    [ -d "$shared/buildkit" ] && find "$shared/buildkit" -type f -name 'Dockerfile*' -print0 |
        while IFS= read -r -d '' f; do cp "$f" "$dockerfiles/bk_$(echo "$f" | sha1sum | cut -c1-12)"; done
    if command -v jq >/dev/null && [ -f "$shared/hadolint/cases.jsonl" ]; then
        n=0
        jq -j '(.dockerfile // "") + "\u0000"' "$shared/hadolint/cases.jsonl" |
            while IFS= read -r -d '' text; do
                n=$((n + 1))
                printf '%s' "$text" >"$dockerfiles/hl_$n"
            done
    fi
fi
for f in "$dockerfiles"/*; do
    [ -s "$f" ] && seed dockerfile <"$f"
done

# ---- Variables: the arguments of instructions that use `$` (option byte 0: backslash escape) ---------------
grep -h '\$' "$dockerfiles"/* 2>/dev/null | sed 's/^[A-Za-z]* *//' | sort -u | awk 'NR <= 1500' |
    while IFS= read -r line; do printf '\000%s' "$line" | seed variables; done
printf '\001${A:-`$B`}\001B=x y\n' | seed variables
printf '\016"$A" '\''$A'\'' ${A#*a} ${A%%%%b} ${A/a/b} ${X:?missing} ${EMPTY:+set}' | seed variables

# ---- Shell: the scripts of shell-form RUN lines -------------------------------------------------------------
cat "$dockerfiles"/* 2>/dev/null | awk '
    /^[Rr][Uu][Nn] / && !/^[Rr][Uu][Nn] *\[/ { script = substr($0, 5); more = /\\$/; if (!more) print script; next }
    more { script = script "\n" $0; more = /\\$/; if (!more) print script }' |
    sort -u | awk 'NR <= 2000' | while IFS= read -r line; do printf '%s' "$line" | seed shell; done
printf 'set -e\nif [ -f x ]; then for i in a b; do echo "$i" | tee -a log; done; elif true; then :; else exit 1; fi\n' |
    seed shell
printf 'case "$x" in a|b) f() { sudo -u me env A=1 apt-get -qy install x >/dev/null 2>&1; } ;; *) (cd /; ls) & ;; esac\n' |
    seed shell
printf 'cat <<-EOF | sh -s --\n\techo $(date) `id` ${x:-y}\n\tEOF\nwhile read -r l; do echo $((1+2)); done < f\n' |
    seed shell

# ---- Engine API bodies -------------------------------------------------------------------------------------
find "$here/tests/data/engine" -name '*.json' -type f | while IFS= read -r f; do seed engine_decode <"$f"; done
find "$here/tests/data/engine" -name '*.jsonl' -type f | while IFS= read -r f; do
    while IFS= read -r line; do printf '%s' "$line" | seed engine_decode; done <"$f"
done

# ---- Config files ------------------------------------------------------------------------------------------
printf 'ignored: [DL3008, DW1006]\noverride:\n  error: [DL3015]\n  info: [DL3057]\n' | seed config
printf 'trustedRegistries: [docker.io, "*.example.com"]\nlabel-schema: {maintainer: email, version: semver}\n' | seed config
printf 'strict-labels: true\nfailure-threshold: warning\nno-fail: false\nlanguage: zh_CN\nshellcheck: false\n' | seed config
printf '%%YAML 1.2\n---\nignored:\n  - DL3006\noverride: {style: [DL4000], warning: []}\nunknown: &a [1, *a]\n' | seed config
printf 'label-schema:\n  org.opencontainers.image.created: rfc3339\n  url: url\n  license: spdx\n  sum: hash\n  t: text\n' |
    seed config

# The runtime harness: a selector byte (even: Compose, odd: shell), then the file.
for file in "$here"/resources/samples/compose.yaml; do seed_with_byte runtime 000 "$file"; done
for file in "$here"/tests/data/runtime/*.txt; do seed_with_byte runtime 000 "$file"; seed_with_byte runtime 001 "$file"; done
printf '\000x-a: &a {privileged: true}\nservices:\n  w:\n    <<: *a\n    image: "b:${TAG:-1}"\n    ports: ["8080:80", {target: 9}]\n' | seed runtime
printf '\001X=/srv\nsudo docker run -dit --mount type=bind,src=$X,dst=/d -p 1:2 -e A=b \\\n  --cap-add ALL img:1 sh\n' | seed runtime

# ---- Image archives and the files inside them --------------------------------------------------------------
img="$work/image"
mkdir -p "$img"
tar_flags=(--sort=name --mtime=@1700000000 --owner=0 --group=0 --numeric-owner -b 1)
sha() { sha256sum "$1" | cut -c1-64; }

root1="$img/root1"
mkdir -p "$root1"/{etc,usr/bin,var/lib/dpkg,root/.ssh,tmp,app}
printf 'PRETTY_NAME="Debian GNU/Linux 12 (bookworm)"\nID=debian\nVERSION_ID="12"\nVERSION_CODENAME=bookworm\n' \
    >"$root1/etc/os-release"
echo 12.5 >"$root1/etc/debian_version"
printf 'root:x:0:0:root:/root:/bin/bash\napp:x:1000:1000::/home/app:/bin/sh\ndup:x:1000:1000::/:/bin/sh\n' \
    >"$root1/etc/passwd"
printf 'root:x:0:\napp:x:1000:\n' >"$root1/etc/group"
printf 'root:$6$salt$abcdefghijklmnopqrstuvwxyz0123456789:19000:0:99999:7:::\napp:!:19000::::::\n' >"$root1/etc/shadow"
printf 'Package: libc6\nStatus: install ok installed\nArchitecture: amd64\nVersion: 2.36-9+deb12u4\nSource: glibc\n\n' \
    >"$root1/var/lib/dpkg/status"
printf 'Package: curl\nStatus: install ok installed\nArchitecture: amd64\nVersion: 7.88.1-10\nDescription: x\n y\n' \
    >>"$root1/var/lib/dpkg/status"
printf -- '-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAAB\n-----END OPENSSH PRIVATE KEY-----\n' \
    >"$root1/root/.ssh/id_rsa"
head -c 3000 /dev/zero | tr '\0' 'x' >"$root1/app/big.bin"
printf '#!/bin/sh\n' >"$root1/usr/bin/su"
chmod 4755 "$root1/usr/bin/su"
chmod 1777 "$root1/tmp"
ln -s usr/bin "$root1/bin"
ln "$root1/usr/bin/su" "$root1/usr/bin/su2"
(cd "$root1" && tar "${tar_flags[@]}" --format=pax -cf "$img/layer1.tar" .)

root2="$img/root2"
mkdir -p "$root2/app" "$root2/etc"
: >"$root2/app/.wh.big.bin"
printf 'AWS_ACCESS_KEY_ID=AKIAIOSFODNN7REALKEY\nDB_PASSWORD=hunter2hunter2\n' >"$root2/app/.env"
printf '//registry.npmjs.org/:_authToken=npm_abcdefghijklmnopqrstuvwxyz0123456789\n' >"$root2/app/.npmrc"
printf 'ID=debian\nVERSION_ID="11"\n' >"$root2/etc/os-release"
(cd "$root2" && tar "${tar_flags[@]}" --format=ustar -cf "$img/layer2.tar" .)

root3="$img/root3"
mkdir -p "$root3/etc" "$root3/lib/apk/db"
printf 'ID=alpine\nVERSION_ID=3.19.1\n' >"$root3/etc/os-release"
printf 'C:Q1abc=\nP:musl\nV:1.2.4-r2\nA:x86_64\nL:MIT\no:musl\n\nP:busybox\nV:1.36.1-r15\nA:x86_64\n\n' \
    >"$root3/lib/apk/db/installed"
(cd "$root3" && tar "${tar_flags[@]}" -cf "$img/layer3.tar" .)

d1=$(sha "$img/layer1.tar")
d2=$(sha "$img/layer2.tar")
d3=$(sha "$img/layer3.tar")
config_json() { # config_json DIFF_ID...
    local ids="" sep=""
    for id in "$@"; do ids="$ids$sep\"sha256:$id\""; sep=","; done
    printf '{"architecture":"amd64","os":"linux","created":"2026-01-01T00:00:00Z",'
    printf '"config":{"User":"","Env":["PATH=/usr/bin","API_TOKEN=ghp_0123456789abcdefghijklmnopqrstuvwxyzAB"],'
    printf '"Cmd":["sh"],"ExposedPorts":{"22/tcp":{}},"Volumes":{"/sys":{}},"Labels":{"a":"b"}},'
    printf '"rootfs":{"type":"layers","diff_ids":[%s]},"history":[' "$ids"
    printf '{"created":"2026-01-01T00:00:00Z","created_by":"/bin/sh -c #(nop) ADD file:abc in / "},'
    printf '{"created_by":"ENV X=1","empty_layer":true},'
    printf '{"created_by":"RUN /bin/sh -c apt-get update && apt-get install -y curl # buildkit","comment":"buildkit"}]}'
}

# Legacy `docker save`: manifest.json, <id>.json, <dir>/layer.tar, repositories.
legacy="$img/legacy"
mkdir -p "$legacy/l1" "$legacy/l2"
cp "$img/layer1.tar" "$legacy/l1/layer.tar"
cp "$img/layer2.tar" "$legacy/l2/layer.tar"
config_json "$d1" "$d2" >"$legacy/config.json"
c=$(sha "$legacy/config.json")
mv "$legacy/config.json" "$legacy/$c.json"
printf '[{"Config":"%s.json","RepoTags":["fuzz:1","fuzz:latest"],"Layers":["l1/layer.tar","l2/layer.tar"]}]' "$c" \
    >"$legacy/manifest.json"
printf '{"fuzz":{"1":"%s"}}' "$c" >"$legacy/repositories"
(cd "$legacy" && tar "${tar_flags[@]}" -cf "$img/legacy.tar" .)
seed image <"$img/legacy.tar"
gzip -9 -n -c "$img/legacy.tar" | seed image
cp "$legacy/$c.json" "$img/config.json"
cp "$legacy/manifest.json" "$img/manifest.json"

# Alpine-like legacy save whose manifest comes first, one layer.
alpine="$img/alpine"
mkdir -p "$alpine/l3"
cp "$img/layer3.tar" "$alpine/l3/layer.tar"
config_json "$d3" >"$alpine/config.json"
c3=$(sha "$alpine/config.json")
mv "$alpine/config.json" "$alpine/$c3.json"
printf '[{"Config":"%s.json","RepoTags":null,"Layers":["l3/layer.tar"]}]' "$c3" >"$alpine/manifest.json"
(cd "$alpine" && tar "${tar_flags[@]}" -cf "$img/alpine.tar" manifest.json "$c3.json" l3)
seed image <"$img/alpine.tar"

# OCI layout in a tar (as `docker save` of Docker 25+ writes it): gzip layers, index -> manifest -> config.
oci="$img/oci"
mkdir -p "$oci/blobs/sha256"
gzip -9 -n -c "$img/layer1.tar" >"$img/layer1.tar.gz"
gzip -9 -n -c "$img/layer2.tar" >"$img/layer2.tar.gz"
g1=$(sha "$img/layer1.tar.gz")
g2=$(sha "$img/layer2.tar.gz")
cp "$img/layer1.tar.gz" "$oci/blobs/sha256/$g1"
cp "$img/layer2.tar.gz" "$oci/blobs/sha256/$g2"
config_json "$d1" "$d2" >"$img/oci-config.json"
oc=$(sha "$img/oci-config.json")
cp "$img/oci-config.json" "$oci/blobs/sha256/$oc"
size() { stat -c %s "$1"; }
printf '{"schemaVersion":2,"mediaType":"application/vnd.oci.image.manifest.v1+json","config":{"mediaType":"application/vnd.oci.image.config.v1+json","digest":"sha256:%s","size":%s},"layers":[{"mediaType":"application/vnd.oci.image.layer.v1.tar+gzip","digest":"sha256:%s","size":%s},{"mediaType":"application/vnd.oci.image.layer.v1.tar+gzip","digest":"sha256:%s","size":%s}]}' \
    "$oc" "$(size "$img/oci-config.json")" "$g1" "$(size "$img/layer1.tar.gz")" "$g2" "$(size "$img/layer2.tar.gz")" \
    >"$img/oci-manifest.json"
om=$(sha "$img/oci-manifest.json")
cp "$img/oci-manifest.json" "$oci/blobs/sha256/$om"
printf '{"schemaVersion":2,"mediaType":"application/vnd.oci.image.index.v1+json","manifests":[{"mediaType":"application/vnd.oci.image.manifest.v1+json","digest":"sha256:%s","size":%s,"annotations":{"io.containerd.image.name":"docker.io/library/fuzz:1","org.opencontainers.image.ref.name":"1"}}]}' \
    "$om" "$(size "$img/oci-manifest.json")" >"$oci/index.json"
printf '{"imageLayoutVersion":"1.0.0"}' >"$oci/oci-layout"
printf '[{"Config":"blobs/sha256/%s","RepoTags":["fuzz:1"],"Layers":["blobs/sha256/%s","blobs/sha256/%s"]}]' \
    "$oc" "$g1" "$g2" >"$oci/manifest.json"
(cd "$oci" && tar "${tar_flags[@]}" -cf "$img/oci.tar" .)
seed image <"$img/oci.tar"

# image_files: selector byte (see harness_image_files.h), then the body.
seed_with_byte image_files 000 "$img/config.json"
seed_with_byte image_files 001 "$img/manifest.json"
seed_with_byte image_files 002 "$oci/index.json"
seed_with_byte image_files 003 "$img/oci-manifest.json"
for report in "$here"/tests/data/image/vulns_*.json; do seed_with_byte image_files 004 "$report"; done
seed_with_byte image_files 005 "$root1/etc/os-release"
seed_with_byte image_files 006 "$root1/var/lib/dpkg/status"
seed_with_byte image_files 007 "$root3/lib/apk/db/installed"
seed_with_byte image_files 012 "$root1/etc/shadow"
seed_with_byte image_files 012 "$root1/root/.ssh/id_rsa"
seed_with_byte image_files 013 "$root2/app/.env"
seed_with_byte image_files 013 "$root2/app/.npmrc"

for h in "${harnesses[@]}"; do
    (
        cd "$out/$h"
        find . -maxdepth 1 -name 'new_*' -print0 | xargs -0 -r sha1sum | while read -r hash name; do
            if [ -e "$hash" ]; then rm -f "$name"; else mv "$name" "$hash"; fi
        done
    )
    echo "seeds: $h $(find "$out/$h" -type f | wc -l)"
done
