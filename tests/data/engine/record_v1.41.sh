#!/bin/sh
# Re-records tests/data/engine/v1.41/ from a private dockerd (run as root; needs docker.io, busybox-static, jq).
# Ids and timestamps change with every run: update the few values tst_engine_decode asserts on if needed.
set -eu
out=$(cd "$(dirname "$0")" && pwd)/v1.41
work=/tmp/dwd
sock=$work/docker.sock
mkdir -p "$work/ctx" "$out"
dockerd --data-root $work/data --exec-root $work/exec -H unix://$sock --pidfile $work/pid \
    --iptables=false --ip6tables=false --bridge=none --storage-driver=vfs >$work/log 2>&1 &
trap 'kill "$(cat $work/pid)"; sleep 3; grep $work /proc/mounts | cut -d" " -f2 | sort -r | xargs -r -n1 umount -l; rm -rf $work' EXIT
for _ in $(seq 1 30); do curl -sf --unix-socket $sock http://x/_ping >/dev/null && break; sleep 1; done

docker="docker -H unix://$sock"
cp /bin/busybox $work/ctx/
printf '%s\n' 'FROM scratch' 'COPY busybox /bin/busybox' 'RUN ["/bin/busybox","--install","-s","/bin"]' \
    'USER 1000' 'EXPOSE 8080/tcp' 'LABEL org.opencontainers.image.title="dw-fixture"' 'ENV APP_MODE=test' \
    'HEALTHCHECK --interval=30s CMD ["/bin/busybox","true"]' 'CMD ["/bin/sh"]' >$work/ctx/Dockerfile
DOCKER_BUILDKIT=0 $docker build --network none -t dw-fixture:1.0 $work/ctx
$docker tag dw-fixture:1.0 dw-fixture:latest
$docker volume create dw-data
$docker create --name dw-privileged --privileged --network none dw-fixture:1.0
$docker create --name dw-risky --cap-add SYS_ADMIN --cap-add NET_ADMIN -v /:/host:rslave \
    -v /var/run/docker.sock:/var/run/docker.sock -p 0.0.0.0:22:22 --pid host --security-opt apparmor=unconfined \
    --device /dev/null:/dev/xnull --restart always --user 0 -e DB_PASSWORD=hunter2 dw-fixture:1.0
$docker create --name dw-hostnet --network host --ipc host --uts host --userns host dw-fixture:1.0
$docker create --name dw-hardened --network none --read-only --memory 64m --cpus 0.5 --cpu-shares 512 \
    --pids-limit 50 --security-opt no-new-privileges --cap-drop ALL --user 1000 --restart on-failure:3 \
    -v dw-data:/data:ro --tmpfs /tmp dw-fixture:1.0
$docker run -d --name dw-running --network none dw-fixture:1.0 sleep 3600

get() { curl -sf --unix-socket $sock "http://x/v1.41$1" | jq . >"$out/$2"; }
get /info info.json
get /version version.json
get '/containers/json?all=1' containers.json
for name in dw-privileged dw-risky dw-hostnet dw-hardened dw-running; do get /containers/$name/json container_$name.json; done
get /images/json images.json
get /images/dw-fixture:1.0/json image_dw-fixture.json
get /images/dw-fixture:1.0/history image_history_dw-fixture.json
get /networks networks.json
get /volumes volumes.json
get /system/df system_df.json
timeout 3 curl -s --unix-socket $sock "http://x/v1.41/events?since=0&until=$(date +%s)" \
    | grep -E '"Action":"(create|start|connect|destroy|tag|die)"' | head -8 >"$out/events.jsonl" || true
$docker rm -f dw-running
