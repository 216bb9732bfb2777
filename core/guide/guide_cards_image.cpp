// The Guide's cards for the image practices, in the order of the image-security article: what each practice is
// for, what to do, and a Dockerfile (or build command) done badly and done well. Every rule of the card's
// practice belongs to it; `checks` names the host checks that watch the same thing on a running system.
#include "guide/guide_cards.h"

#include "guide/guide_cards_parts.h"

namespace dw::guide {

using findings::Practice;

std::vector<GuideCard> imageCards()
{
    return {
        {
            .id = "minimal-base-image",
            .area = Area::Image,
            .title = {"Start from a minimal base image", "选用最小化的基础镜像"},
            .summary = {"Build on the smallest base that still runs the application: an -alpine or -slim variant, "
                        "distroless or scratch.",
                        "以能跑起应用的最小基础镜像为起点，比如 -alpine、-slim 变体、distroless 或 scratch。"},
            .why = {"General-purpose bases such as `node` or `python` ship a complete Debian userland, with shells, "
                    "compilers and libraries the service never calls. Each of those packages may carry known CVEs, and "
                    "scanners routinely count hundreds of them in the popular full-size images. Every extra tool in "
                    "the image is also something an intruder can use once inside.",
                    "`node`、`python` 这类通用基础镜像自带一整套 Debian 用户空间，shell、编译器、各种库应有尽有，"
                    "而服务本身一个都用不上。这些软件包每个都可能带着已知 CVE，热门的完整版镜像扫出几百个漏洞并不稀奇。"
                    "镜像里多出来的每个工具，在入侵者进来之后都可能成为他的帮手。"},
            .how = {"Choose the `-alpine` or `-slim` tag of the official image, or a distroless image when the runtime "
                    "needs no shell; a statically linked binary can sit on `scratch`. Install only the packages the "
                    "service depends on, without recommended extras (`--no-install-recommends`, `apk add --no-cache`). "
                    "Compare image size and scan results before and after the switch.",
                    "优先选用官方镜像的 `-alpine` 或 `-slim` 标签；运行时用不到 shell 的，可以换成 distroless；"
                    "静态链接的二进制直接放进 `scratch`。只安装服务真正依赖的软件包，"
                    "不带推荐依赖（`--no-install-recommends`、`apk add --no-cache`）。"
                    "切换前后对比一下镜像体积和扫描结果。"},
            .badExample = R"(FROM node:20
WORKDIR /app
COPY . .
RUN npm install
CMD ["node", "server.js"])",
            .goodExample = R"(FROM node:20-alpine
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev
COPY . .
CMD ["node", "server.js"])",
            .practice = Practice::MinimalBaseImage,
            .checks = {},
        },
        {
            .id = "least-privilege-user",
            .area = Area::Image,
            .title = {"Run as an unprivileged user", "以最小权限的非 root 用户运行"},
            .summary = {"Create a dedicated user in the Dockerfile and switch to it with USER, preferably by numeric "
                        "UID.",
                        "在 Dockerfile 里创建专用用户，用 USER 切换过去，最好写成数字 UID。"},
            .why = {"Without a USER instruction the process runs as root, and unless user namespaces are remapped that "
                    "is the very UID 0 of the host. A bug in the application then gives the attacker root inside the "
                    "container, from where a kernel flaw, a writable mount or a spare capability makes breaking out "
                    "much easier. Hardly any service actually needs root.",
                    "不写 USER 指令，进程就以 root 运行；没有启用用户命名空间重映射时，它和宿主机上的 UID 0 "
                    "就是同一个。应用一旦有漏洞，攻击者在容器里直接就是 root，再借内核漏洞、"
                    "可写的挂载或多余的能力逃逸到宿主机，难度会低很多。绝大多数服务其实根本用不到 root 权限。"},
            .how = {"Add a system group and user without a login shell, let it own only the paths it has to write, and "
                    "place `USER` after the steps that need root. Give it as numeric `UID:GID` so that policies like "
                    "Kubernetes `runAsNonRoot` can verify it. When the base image already has such a user (`node` in "
                    "the Node images, `nonroot` in distroless), reuse it.",
                    "创建一个没有登录 shell 的系统用户和用户组，只把它必须写入的路径交给它，并把 `USER` 放在需要 root "
                    "的步骤之后。写成数字形式的 `UID:GID`，Kubernetes 的 `runAsNonRoot` 之类的策略才能校验。"
                    "基础镜像已经自带这种用户的（Node 镜像里的 `node`、distroless 里的 `nonroot`），直接用就行。"},
            .badExample = R"(FROM python:3.12-slim
WORKDIR /app
COPY . .
RUN pip install --no-cache-dir -r requirements.txt
CMD ["python", "app.py"])",
            .goodExample = R"(FROM python:3.12-slim
RUN groupadd --system --gid 10001 app && \
    useradd --system --uid 10001 --gid app --shell /usr/sbin/nologin app
WORKDIR /app
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
COPY . .
USER 10001:10001
CMD ["python", "app.py"])",
            .practice = Practice::LeastPrivilegeUser,
            .checks = {"DWH540", "DWH401"},
        },
        {
            .id = "signed-images",
            .area = Area::Image,
            .title = {"Sign and verify images", "为镜像签名并校验签名"},
            .summary = {"Pull and run only images whose signature has been verified, and sign the images you publish.",
                        "只拉取、运行签名校验通过的镜像，自己发布的镜像也要签名。"},
            .why = {"Out of the box `docker pull` accepts whatever the registry serves for a tag and never checks who "
                    "published it. A man-in-the-middle between client and registry, or a hijacked publisher account, "
                    "can therefore slip a tampered image into production without anyone noticing. Running an image "
                    "means trusting it a great deal, so its origin has to be proven rather than assumed.",
                    "默认情况下，`docker pull` 拿到标签对应的内容就直接用，从不核实是谁发布的。"
                    "客户端和镜像仓库之间的中间人，或者被盗用的发布者账号，都能借此把篡改过的镜像神不知鬼不觉地送进生产"
                    "环境。运行一个镜像就意味着高度信任它，它的来源必须经过验证，不能想当然。"},
            .how = {"Export `DOCKER_CONTENT_TRUST=1` in CI and in every shell that drives Docker: pulls of unsigned "
                    "tags then fail and pushes are signed with Notary keys. Keep an offline backup of the root key, "
                    "since losing it is hard to recover from. Alternatively sign with cosign (Sigstore) and verify in "
                    "the deploy pipeline or an admission controller, and take base images only from trusted publishers "
                    "(Docker Official Images, verified publishers) or your own registry.",
                    "在 CI 以及所有操作 Docker 的终端里设置 `DOCKER_CONTENT_TRUST=1`：拉取未签名的标签会直接失败，"
                    "推送时则自动用 Notary 密钥签名。根密钥务必离线备份，丢了很难补救。也可以改用 cosign（Sigstore）"
                    "签名，在部署流水线或准入控制器中校验；基础镜像只从可信来源获取，比如 Docker 官方镜像、"
                    "认证发布者或企业自己的私有仓库。"},
            .badExample = R"(docker pull --disable-content-trust someone/nginx-custom
docker build -t registry.example.com/shop/web:1.4.2 .
docker push --disable-content-trust registry.example.com/shop/web:1.4.2)",
            .goodExample = R"(export DOCKER_CONTENT_TRUST=1
docker pull nginx:1.27-alpine
docker build -t registry.example.com/shop/web:1.4.2 .
docker push registry.example.com/shop/web:1.4.2
docker trust inspect --pretty registry.example.com/shop/web:1.4.2)",
            .practice = Practice::SignedImages,
            .checks = {"DWH231"},
        },
        {
            .id = "vulnerability-scanning",
            .area = Area::Image,
            .title = {"Scan images for vulnerabilities", "对镜像做漏洞扫描"},
            .summary = {"Scan every image in CI before it is pushed, and rescan released images on a schedule.",
                        "每个镜像在 CI 里推送之前先扫描，已发布的镜像也要定期复扫。"},
            .why = {"A small base lowers the number of flaws but is no audit of what remains, and it does nothing "
                    "against CVEs disclosed after the build. An image that was clean last month can carry a critical "
                    "vulnerability today. The earlier a problem surfaces in development, the cheaper it is to fix.",
                    "精简的基础镜像能减少漏洞数量，但不等于做过安全审计，更挡不住构建之后才公开的 CVE。"
                    "上个月还扫不出问题的镜像，今天可能就曝出了严重漏洞。问题在开发流程中暴露得越早，修起来越便宜。"},
            .how = {"Run a scanner such as Trivy, Grype or Snyk in the pipeline and fail the build on fixable high and "
                    "critical findings. Fix them by moving to a newer base image tag or upgrading the affected "
                    "packages, then rebuild. Rescan the images that run in production regularly (or let a registry "
                    "such as Harbor do it) so that a newly published CVE raises an alert.",
                    "在流水线中接入 Trivy、Grype 或 Snyk 等扫描工具，发现可修复的高危、严重漏洞就让构建失败。"
                    "修复办法通常是换用更新的基础镜像标签，或升级受影响的软件包，然后重新构建。"
                    "生产环境在用的镜像要定期复扫（也可以交给 Harbor 这类镜像仓库来做），新 CVE 一公布就能收到告警。"},
            .badExample = R"(docker build -t registry.example.com/shop/api:2.3.0 .
docker push registry.example.com/shop/api:2.3.0
docker run -d registry.example.com/shop/api:2.3.0)",
            .goodExample = R"(docker build -t registry.example.com/shop/api:2.3.0 .
trivy image --exit-code 1 --severity HIGH,CRITICAL --ignore-unfixed \
    registry.example.com/shop/api:2.3.0
docker push registry.example.com/shop/api:2.3.0
# nightly job: rescan what runs in production
grype registry.example.com/shop/api:2.3.0 --fail-on high)",
            .practice = Practice::VulnerabilityScanning,
            // Upgrading in place hides which base release the fixes came from; rebuilding on a patched base keeps
            // the scanners' view honest.
            .checks = {"DW1018"},
        },
        {
            .id = "no-secrets",
            .area = Area::Image,
            .title = {"Keep secrets out of the image", "镜像中不得包含机密信息"},
            .summary = {"Never bake passwords, tokens or keys into an image: mount them for the one build step that "
                        "needs them, and hand them to the container at run time.",
                        "密码、令牌、密钥一律不进镜像：构建时只在需要的那一步临时挂载，运行时再交给容器。"},
            .why = {"Every layer is stored and shipped, so a key copied in and deleted one step later still sits in "
                    "the earlier layer, and the build cache keeps a copy too. `ENV` and `ARG` values can be read back "
                    "with `docker history` or `docker inspect`. Anyone who can pull the image, from a registry or a "
                    "leaked tarball, gets the secret with it.",
                    "镜像的每一层都会被保存并随镜像分发：先复制进来、下一步再删掉的密钥依然留在前面那一层里，"
                    "构建缓存中也有一份。`ENV` 和 `ARG` 的值用 `docker history` 或 `docker inspect` 就能读出来。"
                    "任何能拿到这个镜像的人，不管是从仓库拉取还是拿到泄露的 tar 包，都能顺带拿到机密。"},
            .how = {"Give build-time secrets to BuildKit: `RUN --mount=type=secret,id=...` exposes a file to that "
                    "single step without writing it into a layer, and `--mount=type=ssh` forwards an SSH agent. List "
                    "keys, `.env` files and credentials in `.dockerignore` so that `COPY . .` cannot pick them up. "
                    "Pass run-time secrets as files (Docker or Compose secrets, a mounted volume, a vault) rather than "
                    "as environment variables.",
                    "构建阶段要用的机密交给 BuildKit：`RUN --mount=type=secret,id=...` 只在这一步挂载文件，"
                    "不会写进任何层；需要 SSH 拉代码时用 `--mount=type=ssh` 转发 agent。把私钥、`.env` 和各类凭据写进 "
                    "`.dockerignore`，免得被 `COPY . .` 一并带进去。运行时的机密以文件形式提供（Docker/Compose "
                    "secrets、挂载卷或密钥管理服务），不要用环境变量传递。"},
            .badExample = R"(FROM node:20-alpine
WORKDIR /app
ENV DB_PASSWORD=s3cr3t
COPY package.json package-lock.json .npmrc ./
RUN npm ci && rm .npmrc
COPY . .)",
            .goodExample = R"(# syntax=docker/dockerfile:1
FROM node:20-alpine
WORKDIR /app
COPY package.json package-lock.json ./
RUN --mount=type=secret,id=npmrc,target=/root/.npmrc npm ci
COPY . .
# build: docker build --secret id=npmrc,src=$HOME/.npmrc .
# .dockerignore lists .npmrc and .env; DB_PASSWORD arrives as a secret file)",
            .practice = Practice::NoSecrets,
            .checks = {"DWH541", "DWH410"},
        },
        {
            .id = "pinned-tags",
            .area = Area::Image,
            .title = {"Pin tags and digests", "固定镜像标签和摘要"},
            .summary = {"Refer to images by an exact version tag, add the digest where builds must be reproducible, "
                        "and never rely on latest.",
                        "引用镜像时写明具体的版本标签，要求可复现的地方再固定 sha256 摘要，不要依赖 latest。"},
            .why = {"A tag is a movable pointer: the publisher can push new content under `latest`, or even under `3`, "
                    "so two builds of one Dockerfile may start from different bases. Such a silent upgrade can break "
                    "the build or bring in new vulnerabilities, and with a compromised publisher a malicious image. "
                    "Publishers also delete tags that someone still depends on.",
                    "标签只是一个可以挪动的指针：发布者随时可以往 `latest` 甚至 `3` 下面推新内容，同一份 Dockerfile "
                    "两次构建用到的基础镜像可能并不相同。这种悄无声息的升级可能让构建失败、引入新漏洞，"
                    "发布者账号被攻破时换进来的甚至是恶意镜像。发布者还可能直接删掉你依赖的标签。"},
            .how = {"Use the most specific tag on offer, e.g. `3.12.4-slim-bookworm` rather than `3` or `latest`. For "
                    "fully reproducible builds append the digest (`image:tag@sha256:...`) and let a bot such as "
                    "Renovate or Dependabot propose the updates. Mirror critical base images into your own registry so "
                    "that they cannot vanish.",
                    "尽量使用最具体的标签，例如用 `3.12.4-slim-bookworm` 代替 `3` 或 `latest`。"
                    "要求完全可复现时再加上摘要（`image:tag@sha256:...`），由 Renovate、Dependabot 这类工具自动提更新。"
                    "关键的基础镜像同步一份到自己的镜像仓库，以免被删。"},
            .badExample = R"(FROM python:latest
WORKDIR /app
COPY . .
CMD ["python", "app.py"])",
            .goodExample = R"(# digest from: docker buildx imagetools inspect python:3.12.4-slim-bookworm
FROM python:3.12.4-slim-bookworm@sha256:<digest>
WORKDIR /app
COPY . .
CMD ["python", "app.py"])",
            .practice = Practice::ImmutableTags,
            .checks = {"DWH420"},
        },
        {
            .id = "image-metadata",
            .area = Area::Image,
            .title = {"Describe the image with labels", "用 LABEL 记录镜像元数据"},
            .summary = {"Record source, version, revision and maintainer as OCI labels, so that anyone can tell what "
                        "an image is and where it came from.",
                        "用 OCI 标准标签记下源码地址、版本、提交和维护者，让人一眼就能看出镜像是什么、从哪来。"},
            .why = {"An image without metadata is an anonymous blob: when a scanner flags a CVE in it, nobody knows "
                    "which repository, commit or team to turn to. Incident response, audits and cleaning up old images "
                    "all depend on that link. The deprecated MAINTAINER instruction records a name and nothing else.",
                    "没有元数据的镜像就是一个来历不明的文件包：扫描器报出 CVE 时，没人知道该去找哪个仓库、哪次提交、"
                    "哪个团队。事件响应、合规审计和清理旧镜像都离不开这层对应关系。已经废弃的 MAINTAINER "
                    "指令也只能记个名字。"},
            .how = {"Add the `org.opencontainers.image.*` labels: `source`, `version`, `revision`, `created`, "
                    "`authors`, `licenses`, plus whatever your organisation needs, such as where to report security "
                    "issues. Fill version, revision and source from build arguments that CI sets, instead of editing "
                    "them by hand.",
                    "加上 `org.opencontainers.image.*` 系列标签：`source`、`version`、`revision`、`created`、"
                    "`authors`、`licenses` 等，再补充组织需要的信息，比如安全问题的报告渠道。版本、提交号和源码地址由 "
                    "CI 通过构建参数传入，不要手工维护。"},
            .badExample = R"(FROM alpine:3.20
MAINTAINER dev
COPY app /usr/local/bin/app
ENTRYPOINT ["app"])",
            .goodExample = R"(FROM alpine:3.20
ARG VERSION
ARG REVISION
ARG SOURCE_URL
LABEL org.opencontainers.image.version="$VERSION" \
      org.opencontainers.image.revision="$REVISION" \
      org.opencontainers.image.source="$SOURCE_URL" \
      org.opencontainers.image.authors="platform-team@example.com"
COPY app /usr/local/bin/app
ENTRYPOINT ["app"])",
            .practice = Practice::ImageMetadata,
            .checks = {},
        },
        {
            .id = "copy-over-add",
            .area = Area::Image,
            .title = {"Prefer COPY to ADD", "优先使用 COPY 而不是 ADD"},
            .summary = {"Use COPY for local files and keep ADD for the rare case where a local tar archive should be "
                        "unpacked.",
                        "复制本地文件一律用 COPY，只有确实要自动解开本地 tar 包时才用 ADD。"},
            .why = {"ADD does more than copy. It silently unpacks any local archive it is given, which opens the door "
                    "to decompression bombs and to archive entries that overwrite arbitrary files. It also downloads "
                    "remote URLs without checking what arrives, so a compromised server or a man-in-the-middle decides "
                    "what lands in the image. COPY does one predictable thing.",
                    "ADD 不只是复制。它会自动解开本地压缩包，可能触发解压炸弹，或者让包内条目覆盖任意文件。"
                    "它还能直接下载远程 URL，却不校验下载内容，服务器被攻破或遭遇中间人攻击时，"
                    "进入镜像的东西就由别人说了算。COPY 只做一件事，行为完全可预期。"},
            .how = {"Replace `ADD` with `COPY` for files and directories of the build context. Fetch remote files with "
                    "`curl` or `wget` over HTTPS in a `RUN` step and check a pinned SHA-256 before using them (a "
                    "recent BuildKit also offers `ADD --checksum=`). Keep `ADD` only for unpacking a local archive you "
                    "trust, and say so in a comment.",
                    "构建上下文中的文件和目录统一用 `COPY`。远程文件在 `RUN` 里用 `curl` 或 `wget` 走 HTTPS 下载，"
                    "使用前先核对事先固定的 SHA-256（较新的 BuildKit 也支持 `ADD --checksum=`）。"
                    "只有在确实要解开一个可信的本地压缩包时才保留 `ADD`，并用注释写明用意。"},
            .badExample = R"(FROM alpine:3.20
ARG TOOL_URL
ADD config/ /etc/app/
ADD app.jar /opt/app/
ADD $TOOL_URL /usr/local/bin/tool)",
            .goodExample = R"(FROM alpine:3.20
ARG TOOL_URL
ARG TOOL_SHA256
COPY config/ /etc/app/
COPY app.jar /opt/app/
# ADD kept only where unpacking a trusted local archive is the intent
ADD vendor.tar.gz /opt/
RUN wget -q -O /usr/local/bin/tool "$TOOL_URL" && \
    echo "$TOOL_SHA256  /usr/local/bin/tool" | sha256sum -c - && \
    chmod +x /usr/local/bin/tool)",
            .practice = Practice::CopyOverAdd,
            .checks = {},
        },
        {
            .id = "fewer-layers",
            .area = Area::Image,
            .title = {"Merge related RUN steps", "合并相关的 RUN 指令"},
            .summary = {"Chain the commands that belong together into one RUN with &&, and clean up within that same "
                        "step.",
                        "把相关的命令用 && 串成一条 RUN，并在同一步里做完清理。"},
            .why = {"Each RUN adds a layer, and layers never change afterwards: package lists or caches removed in a "
                    "later step still fill the earlier layer and ship with the image. Splitting `apt-get update` from "
                    "`apt-get install` also lets a stale cached update be reused, so installs fetch outdated or "
                    "missing packages. More layers mean larger images and slower pulls.",
                    "每条 RUN 都会生成一层，而层一旦生成就不会再变：后面步骤里删掉的软件包索引或缓存，"
                    "仍然占着前一层的空间，并随镜像一起分发。把 `apt-get update` 和 `apt-get install` 拆开，"
                    "还可能复用过期的缓存层，结果装到旧版本，甚至找不到包。层越多，镜像越大，拉取越慢。"},
            .how = {"Put the update, install and cleanup of one package manager into a single RUN joined with `&&`, "
                    "and clear its cache in that same command (`rm -rf /var/lib/apt/lists/*`, `yum clean all`, or "
                    "`apk add --no-cache`). Keep unrelated steps apart where that helps the build cache. List long "
                    "package sets one per line, sorted, so diffs stay readable.",
                    "同一个包管理器的更新、安装和清理放进一条 RUN，用 `&&` 连起来，"
                    "缓存也在这条命令里清掉（`rm -rf /var/lib/apt/lists/*`、`yum clean all`，或直接 "
                    "`apk add --no-cache`）。互不相关的步骤仍可分开写，方便利用构建缓存。"
                    "软件包较多时每行一个并按字母排序，diff 看起来更清楚。"},
            .badExample = R"(FROM debian:bookworm-slim
RUN apt-get update
RUN apt-get install -y curl ca-certificates
RUN apt-get install -y nginx
RUN rm -rf /var/lib/apt/lists/*)",
            .goodExample = R"(FROM debian:bookworm-slim
RUN apt-get update && \
    apt-get install -y --no-install-recommends \
        ca-certificates \
        curl \
        nginx && \
    rm -rf /var/lib/apt/lists/*)",
            .practice = Practice::FewerLayers,
            .checks = {},
        },
        {
            .id = "build-cache",
            .area = Area::Image,
            .title = {"Let the build cache work for you", "用好构建缓存"},
            .summary = {"Order instructions from rarely to often changing, copy dependency manifests before the "
                        "source, and give package downloads a cache mount.",
                        "按变动频率从低到高排列指令，先复制依赖清单再复制源码，并为依赖下载配置缓存挂载。"},
            .why = {"Docker reuses a cached layer only while that instruction and all before it are unchanged. When "
                    "the whole source tree is copied before the dependencies are installed, every code edit reinstalls "
                    "all of them and a build of seconds turns into minutes. Slow builds also tempt teams to skip the "
                    "rebuilds that would pick up security fixes.",
                    "只有某条指令以及它之前的所有指令都没变时，Docker 才会复用缓存层。"
                    "如果在安装依赖之前就把整个源码目录复制进去，改一行代码就得把依赖全部重装一遍，"
                    "几秒钟的构建变成几分钟。构建一慢，团队就不愿意重新构建，安全修复也就迟迟进不了镜像。"},
            .how = {"Put the base image and system packages first, then copy only the dependency manifests "
                    "(`package.json` with its lock file, `requirements.txt`, `go.mod`, `pom.xml`) and install, and "
                    "copy the rest of the source last. With BuildKit add `RUN --mount=type=cache,target=...` for the "
                    "package manager's download directory, so that even a changed manifest fetches only what is new; "
                    "that cache never becomes part of the image.",
                    "先写基础镜像和系统软件包，接着只复制依赖清单（`package.json` 及锁文件、`requirements.txt`、"
                    "`go.mod`、`pom.xml` 等）并安装依赖，最后再复制其余源码。使用 BuildKit 时，"
                    "给包管理器的下载目录加上 `RUN --mount=type=cache,target=...`，依赖清单变了也只需下载新增的部分，"
                    "而且这份缓存不会进入镜像。"},
            .badExample = R"(FROM python:3.12-slim
WORKDIR /app
COPY . .
RUN pip install -r requirements.txt
CMD ["python", "app.py"])",
            .goodExample = R"(# syntax=docker/dockerfile:1
FROM python:3.12-slim
WORKDIR /app
COPY requirements.txt .
RUN --mount=type=cache,target=/root/.cache/pip pip install -r requirements.txt
COPY . .
CMD ["python", "app.py"])",
            .practice = Practice::BuildCache,
            .checks = {},
        },
        {
            .id = "multi-stage-builds",
            .area = Area::Image,
            .title = {"Use multi-stage builds", "使用多阶段构建"},
            .summary = {"Compile and test in a builder stage, then copy only the finished artifacts into a small "
                        "runtime stage.",
                        "在构建阶段完成编译和测试，只把最终产物复制进精简的运行阶段。"},
            .why = {"Compilers, SDKs, test dependencies, intermediate files and build-time credentials are needed to "
                    "produce the application, not to run it. Left in the final image they inflate its size, slow every "
                    "pull and hand an attacker a ready toolbox with extra vulnerabilities. Deleting them in a later "
                    "step does not help, because the earlier layers still hold them.",
                    "编译器、SDK、测试依赖、中间文件和构建期用到的凭据，只是生成应用时需要，运行时完全用不上。"
                    "留在最终镜像里，不仅体积膨胀、每次拉取都变慢，还等于给攻击者备好了一套工具箱，外加更多漏洞。"
                    "在后面的步骤里删除也没用，它们仍然留在前面的层里。"},
            .how = {"Name the first stage (`FROM golang:1.22 AS build`) and build and test there. Then open a fresh "
                    "`FROM` on a minimal base such as distroless, alpine or scratch and `COPY --from=build` only the "
                    "binary or bundle. Only the last stage is shipped; `docker build --target` selects a stage, e.g. "
                    "for running tests.",
                    "给第一个阶段起名（`FROM golang:1.22 AS build`），在里面完成编译和测试。随后用新的 `FROM` 基于 "
                    "distroless、alpine 或 scratch 这样的最小镜像开始运行阶段，通过 `COPY --from=build` "
                    "只取二进制或打包产物。最终分发的只有最后一个阶段；需要单独跑某个阶段（比如测试）时，用 "
                    "`docker build --target` 指定。"},
            .badExample = R"(FROM golang:1.22
WORKDIR /src
COPY . .
RUN go build -o /usr/local/bin/app .
CMD ["app"])",
            .goodExample = R"(FROM golang:1.22 AS build
WORKDIR /src
COPY . .
RUN CGO_ENABLED=0 go build -o /out/app .

FROM gcr.io/distroless/static-debian12:nonroot
COPY --from=build /out/app /app
ENTRYPOINT ["/app"])",
            .practice = Practice::MultiStage,
            .checks = {},
        },
        {
            .id = "static-analysis",
            .area = Area::Image,
            .title = {"Lint every Dockerfile", "对 Dockerfile 做静态检查"},
            .summary = {"Check Dockerfiles automatically while they are written and again in CI, so that common "
                        "mistakes never reach a build.",
                        "写的时候在编辑器里实时检查，CI 里再查一遍，让常见错误到不了构建这一步。"},
            .why = {"Many of the flaws on these cards (a root user, latest tags, ADD from a URL, unmerged RUN steps, "
                    "secrets in ENV) can be seen in the Dockerfile text itself. Reviewers still miss them, and every "
                    "team learns the same lessons again. A linter turns best practice into rules that every engineer "
                    "follows without having to remember them.",
                    "这组卡片里的不少问题（root 用户、latest 标签、用 ADD 下载 URL、没有合并的 RUN、写在 ENV 里的机密）"
                    "单看 Dockerfile 文本就能发现。可人工评审照样会漏，每个团队还要把同样的坑再踩一遍。"
                    "静态检查工具把最佳实践固化成规则，工程师不用死记也能自然遵守。"},
            .how = {"Run hadolint-style rules and BuildKit's build checks (`docker build --check`) on every "
                    "Dockerfile; Dockwarden's linter covers both and adds rules of its own. Use the editor integration "
                    "so that problems show up while typing, and let CI fail on errors. Silence a rule only with a "
                    "pragma right above the instruction (`# hadolint ignore=DL3008`) and a comment saying why, so that "
                    "exceptions stay visible.",
                    "对每个 Dockerfile 运行 hadolint 风格的规则和 BuildKit 自带的构建检查（`docker build --check`）；"
                    "Dockwarden 的 lint 引擎两者都覆盖，还有自己的规则。借助编辑器集成边写边提示，CI "
                    "中出现错误级别的问题就让流水线失败。确实要忽略某条规则时，只在对应指令的上一行加注释"
                    "（`# hadolint ignore=DL3008`）并写明原因，让例外一目了然。"},
            .badExample = R"(# CI job
docker build -t registry.example.com/shop/api:2.3.0 .
docker push registry.example.com/shop/api:2.3.0)",
            .goodExample = R"(# CI job
dockwarden-cli lint --failure-threshold error Dockerfile
docker build --check .
docker build -t registry.example.com/shop/api:2.3.0 .
docker push registry.example.com/shop/api:2.3.0)",
            .practice = Practice::StaticAnalysis,
            .checks = {},
        },
    };
}

} // namespace dw::guide
