// Fixtures and case tables for tests/tst_image_checks.cpp: an in-memory image builder that feeds file bodies
// through the ContentScanner like the archive reader does, a clean baseline, and the catch / no-catch rows of
// every DWI1nn and DWI2nn check. All tokens below are fake and only shaped like real ones (none contains
// "fake" or "example", which the detector treats as stand-ins).
#pragma once

#include "image/content_checks_support.h"
#include "image/content_scanner.h"
#include "image/content_scanner_tree.h"
#include "image/image_check.h"
#include "image/packages_inspector.h"
#include "util/secrets.h"

#include <QTest>

#include <functional>
#include <set>
#include <string>
#include <vector>

using namespace dw;
using namespace dw::image;

namespace {

const std::string kGithubToken = "ghp_Zq8rT2mVx7Lp4Nw9Kd3Hs6Jb1Fc5Gy0R6789"; // ghp_ + 36
const std::string kAwsKeyId = "AKIAQ8RT2MVX7LP4NWZQ";                        // AKIA + 16
const std::string kAwsSecret = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYZQ8RT2MV5X";   // 40
const std::string kNpmToken = "npm_Zq8rT2mVx7Lp4Nw9Kd3Hs6Jb1Fc5Gy0R6789";    // npm_ + 36
const std::string kPassword = "s3cr3t-Hunter2-Pw";

std::string pemBlock(const std::string& label)
{
    std::string block = "-----BEGIN " + label + "-----\n";
    for (int i = 0; i < 3; ++i)
        block += std::string(64, static_cast<char>('A' + i)) + "\n";
    return block + "-----END " + label + "-----\n";
}

/// Builds an Image the way the archive reader does: entries per layer, bodies through a ContentScanner.
struct ImageBuilder {
    Image image;
    ContentScanner scanner;
    PackageFilesInspector packageFiles;

    ImageBuilder()
    {
        image.id = "sha256:feedface";
        image.repoTags = {"app:1.0"};
        image.config.user = "app";
        image.config.healthcheckTest = std::vector<std::string>{"CMD", "true"};
        image.config.env = {"PATH=/usr/bin:/bin", "GPG_KEY=A035C8C19219BA821ECEA86B64E628F8D684696D"};
        history("/bin/sh -c #(nop) ADD file:0123abcd in / ");
        history("/bin/sh -c #(nop)  CMD [\"sh\"]", true);
        dir("bin");
        dir("etc");
        dir("tmp", 01777);
        dir("usr/bin");
        file("bin/sh",
             std::string("\x7f"
                         "ELF\x02\x01\x01",
                         7) +
                 std::string(64, '\0') + kGithubToken,
             0755);
        file("etc/passwd", "root:x:0:0:root:/root:/bin/sh\napp:x:1000:1000::/home/app:/bin/sh\n");
        file("etc/shadow", "root:*:19000:0:99999:7:::\napp:!:19000:0:99999:7:::\nbin:!!:19000::::::\n", 0640);
        file("usr/bin/passwd", "binary", 0755);
    }

    void history(const std::string& createdBy, bool empty = false)
    {
        image.config.history.push_back({"2024-01-01T00:00:00Z", createdBy, "", empty});
        if (!empty) image.layers.emplace_back();
    }
    /// Forgets the base image's history and layers (an image built FROM scratch).
    void restartHistory()
    {
        image.config.history.clear();
        image.layers.clear();
    }
    /// A RUN step that made a new layer, in the classic builder's wording.
    void run(const std::string& script) { history("/bin/sh -c " + script); }

    static LayerEntry entry(const std::string& path, EntryKind kind, std::uint64_t size, std::uint32_t mode,
                            const std::string& target = {})
    {
        LayerEntry made;
        made.path = path;
        made.kind = kind;
        made.size = size;
        made.mode = mode;
        made.linkTarget = target;
        return made;
    }
    void add(LayerEntry entry) { image.layers.back().entries.push_back(std::move(entry)); }
    void dir(const std::string& path, std::uint32_t mode = 0755) { add(entry(path, EntryKind::Directory, 0, mode)); }
    void whiteout(const std::string& path) { add(entry(path, EntryKind::Whiteout, 0, 0)); }
    void opaque(const std::string& path) { add(entry(path, EntryKind::OpaqueWhiteout, 0, 0)); }
    void symlink(const std::string& path, const std::string& target)
    {
        add(entry(path, EntryKind::Symlink, 0, 0777, target));
    }
    void file(const std::string& path, const std::string& body, std::uint32_t mode = 0644)
    {
        LayerEntry made = entry(path, EntryKind::File, body.size(), mode);
        const std::uint64_t wanted = scanner.wantedBytes(made);
        if (wanted > 0) {
            LayerContent content;
            scanner.inspect(made, std::string_view(body).substr(0, wanted), wanted < body.size(), content);
            for (ContentHit& hit : content.hits) {
                hit.layerIndex = image.layers.size() - 1;
                image.contentHits.push_back(std::move(hit));
            }
        }
        if (const std::uint64_t kept = packageFiles.wantedBytes(made); kept > 0) {
            LayerContent content;
            packageFiles.inspect(made, std::string_view(body).substr(0, kept), kept < body.size(), content);
            for (CapturedFile& captured : content.captured) {
                captured.layerIndex = image.layers.size() - 1;
                image.captured.push_back(std::move(captured));
            }
        }
        add(std::move(made));
    }
};

struct Run {
    ImageBuilder builder;
    ImageCheckContext ctx;
    Run()
    {
        ctx.subject = "app:1.0";
        ctx.contentTrustEnv = "1";
    }
    std::vector<ImageFinding> findings()
    {
        ctx.image = &builder.image;
        return runImageChecks(ctx);
    }
};

bool ours(const std::string& rule)
{
    return rule.starts_with("DWI1") || rule.starts_with("DWI2");
}

std::vector<ImageFinding> findingsOf(const std::vector<ImageFinding>& all, const std::string& rule)
{
    std::vector<ImageFinding> out;
    for (const ImageFinding& f : all)
        if (f.finding.rule == rule) out.push_back(f);
    return out;
}

QByteArray describe(const std::vector<ImageFinding>& findings)
{
    QByteArray text;
    for (const ImageFinding& f : findings)
        if (ours(f.finding.rule))
            text += QByteArray::fromStdString(f.finding.rule + ": " + f.finding.message.en + " [" + f.finding.evidence +
                                              "]\n");
    return text;
}

/// The scanner's hits for one file body.
std::vector<ContentHit> scan(const std::string& path, const std::string& body)
{
    ImageBuilder builder;
    builder.image.contentHits.clear();
    builder.file(path, body);
    return builder.image.contentHits;
}

struct CheckCase {
    const char* name;
    const char* rule;
    int count; ///< findings of `rule` expected
    std::function<void(ImageBuilder&, ImageCheckContext&)> change;
};

using B = ImageBuilder;
using C = ImageCheckContext;

const std::vector<CheckCase>& checkCases()
{
    static const std::vector<CheckCase> cases{
        // DWI101 private keys
        {"openssh key", "DWI101", 1,
         [](B& b, C&) {
             b.run("cp");
             b.file("root/.ssh/id_ed25519", pemBlock("OPENSSH PRIVATE KEY"));
         }},
        {"key and certificate bundle", "DWI101", 1,
         [](B& b, C&) { b.file("etc/ssl/private/server.pem", pemBlock("CERTIFICATE") + pemBlock("EC PRIVATE KEY")); }},
        {"two keys in one file", "DWI101", 2,
         [](B& b, C&) { b.file("keys.txt", pemBlock("RSA PRIVATE KEY") + pemBlock("PGP PRIVATE KEY BLOCK")); }},
        {"public certificate", "DWI101", 0, [](B& b, C&) { b.file("etc/ssl/certs/ca.pem", pemBlock("CERTIFICATE")); }},
        {"public key", "DWI101", 0, [](B& b, C&) { b.file("root/.ssh/id_rsa.pub.pem", pemBlock("PUBLIC KEY")); }},
        {"header mentioned in code", "DWI101", 0,
         [](B& b, C&) { b.file("app/pem.py", "HEADER = \"-----BEGIN RSA PRIVATE KEY-----\"\nprint(HEADER)\n"); }},
        // DWI102 token formats
        {"github token in yaml", "DWI102", 1,
         [](B& b, C&) { b.file("app/config.yml", "token: " + kGithubToken + "\n"); }},
        {"aws id and secret", "DWI102", 2,
         [](B& b, C&) {
             b.file("app/settings.py", "KEY='" + kAwsKeyId + "'\naws_secret_access_key='" + kAwsSecret + "'\n");
         }},
        {"aws documented sample", "DWI102", 0, [](B& b, C&) { b.file("app/README.md", "AKIAIOSFODNN7EXAMPLE\n"); }},
        {"too short to be a token", "DWI102", 0, [](B& b, C&) { b.file("app/notes.txt", "ghp_short npm_x AKIA12\n"); }},
        {"token in a binary", "DWI102", 0, [](B&, C&) {}}, // bin/sh of the baseline holds one after NUL bytes
        {"token in a skipped extension", "DWI102", 0, [](B& b, C&) { b.file("app/lib.so.1", kGithubToken); }},
        // DWI103 .env
        {".env with password", "DWI103", 1,
         [](B& b, C&) { b.file("app/.env", "DEBUG=1\nDB_PASSWORD=" + kPassword + "\n# API_TOKEN=old\n"); }},
        {".env.production with token", "DWI103", 1,
         [](B& b, C&) { b.file("srv/.env.production", "export GH=" + kGithubToken + "\n"); }},
        {".env stub", "DWI103", 0, [](B& b, C&) { b.file("app/.env.example", "DB_PASSWORD=" + kPassword + "\n"); }},
        {".env with references", "DWI103", 0,
         [](B& b, C&) { b.file("app/.env", "DB_PASSWORD=${DB_PASSWORD}\nAPI_KEY=changeme\nPASSWORD_FILE=/run/s\n"); }},
        // DWI104 credential configs
        {".npmrc token", "DWI104", 1,
         [](B& b, C&) { b.file("root/.npmrc", "//registry.npmjs.org/:_authToken=" + kNpmToken + "\n"); }},
        {".npmrc variable", "DWI104", 0,
         [](B& b, C&) { b.file("root/.npmrc", "//registry.npmjs.org/:_authToken=${NPM_TOKEN}\n"); }},
        {".pypirc password", "DWI104", 1,
         [](B& b, C&) { b.file("root/.pypirc", "[pypi]\nusername = __token__\npassword = " + kPassword + "\n"); }},
        {".git-credentials", "DWI104", 1,
         [](B& b, C&) { b.file("root/.git-credentials", "https://bob:" + kPassword + "@github.com\n"); }},
        {".git/config remote with password", "DWI104", 1,
         [](B& b, C&) {
             b.file("app/.git/config", "[remote \"origin\"]\n\turl = https://bob:" + kPassword + "@git.io/x\n");
         }},
        {"docker config auth", "DWI104", 1,
         [](B& b, C&) {
             b.file("root/.docker/config.json", "{\"auths\": {\"r.io\": {\"auth\": \"Ym9iOmh1bnRlcjJodW50ZXIy\"}}}");
         }},
        {"docker config with helper", "DWI104", 0,
         [](B& b, C&) { b.file("root/.docker/config.json", "{\"auths\": {\"r.io\": {}}, \"credsStore\": \"pass\"}"); }},
        {".netrc", "DWI104", 1,
         [](B& b, C&) { b.file("root/.netrc", "machine api.x.io\n  login bob\n  password " + kPassword + "\n"); }},
        {"aws credentials", "DWI104", 2,
         [](B& b, C&) {
             b.file("root/.aws/credentials", "[default]\naws_access_key_id = " + kAwsKeyId +
                                                 "\naws_secret_access_key = " + kAwsSecret +
                                                 "\naws_session_token = " + kPassword + "\n");
         }},
        {"aws credentials not twice", "DWI102", 0,
         [](B& b, C&) { b.file("root/.aws/credentials", "aws_secret_access_key = " + kAwsSecret + "\n"); }},
        // DWI105 shadow
        {"shadow hash", "DWI105", 1,
         [](B& b, C&) {
             b.run("passwd");
             b.file("etc/shadow", "root:$6$salt$abcdefghijklmnop:19000:0:99999:7:::\n");
         }},
        {"shadow empty password", "DWI105", 1,
         [](B& b, C&) { b.file("etc/shadow", "root:*:1::::::\nguest::19000::::::\n"); }},
        {"shadow locked", "DWI105", 0, [](B&, C&) {}},
        // DWI106 credential-like names
        {"unrecognised ssh key", "DWI106", 1, [](B& b, C&) { b.file("home/app/.ssh/id_rsa", "Proc-Type: 4\n"); }},
        {"key store and vpn profile", "DWI106", 1,
         [](B& b, C&) {
             b.file("app/keystore.jks", std::string("\xfe\xed\xfe\xed\0\0", 6));
             b.file("etc/openvpn/client.ovpn", "remote vpn.x.io\n");
         }},
        {"key already reported", "DWI106", 0,
         [](B& b, C&) { b.file("root/.ssh/id_rsa", pemBlock("RSA PRIVATE KEY")); }},
        {"package settings.py", "DWI106", 0,
         [](B& b, C&) { b.file("usr/lib/python3/dist-packages/django/conf/settings.py", "DEBUG = False\n"); }},
        {"setuid binary", "DWI110", 1,
         [](B& b, C&) {
             b.file("usr/bin/sudo", "x", 04755);
             b.file("usr/bin/wall", "x", 02755);
         }},
        {"setuid deleted later", "DWI110", 0,
         [](B& b, C&) {
             b.file("usr/bin/sudo", "x", 04755);
             b.run("rm");
             b.whiteout("usr/bin/sudo");
         }},
        {"setgid directory", "DWI110", 0, [](B& b, C&) { b.dir("srv/shared", 02775); }},
        // DWI111 world-writable
        {"world-writable file", "DWI111", 1, [](B& b, C&) { b.file("app/run.sh", "echo", 0777); }},
        {"world-writable directory", "DWI111", 1, [](B& b, C&) { b.dir("var/uploads", 0777); }},
        {"sticky tmp and symlinks", "DWI111", 0,
         [](B& b, C&) {
             b.dir("var/tmp", 01777);
             b.symlink("bin/ls", "busybox");
         }},
        // DWI112 .git
        {"git repository", "DWI112", 1,
         [](B& b, C&) {
             b.dir("app/.git");
             b.file("app/.git/HEAD", "ref: main\n");
         }},
        {"two repositories", "DWI112", 2,
         [](B& b, C&) {
             b.file("app/.git/HEAD", "ref\n");
             b.file("opt/lib/.git/HEAD", "ref\n");
         }},
        {"worktree .git file", "DWI112", 0, [](B& b, C&) { b.file("app/.git", "gitdir: /elsewhere\n"); }},
        {"repository hidden by opaque dir", "DWI112", 0,
         [](B& b, C&) {
             b.file("app/.git/HEAD", "ref\n");
             b.run("rebuild");
             b.opaque("app");
             b.file("app/main", "x");
         }},
        {".github is not .git", "DWI112", 0, [](B& b, C&) { b.file("app/.github/workflow.yml", "on: push\n"); }},
        // DWI113 build tools
        {"gcc and make", "DWI113", 1,
         [](B& b, C&) {
             b.file("usr/bin/gcc-12", "x", 0755);
             b.symlink("usr/bin/cc", "gcc-12");
             b.file("usr/bin/make", "x", 0755);
         }},
        {"go toolchain", "DWI113", 1, [](B& b, C&) { b.file("usr/local/go/bin/go", "x", 0755); }},
        {"compiler deleted later", "DWI113", 0,
         [](B& b, C&) {
             b.file("usr/bin/gcc", "x", 0755);
             b.run("purge");
             b.whiteout("usr/bin/gcc");
         }},
        {"tool name outside bin", "DWI113", 0, [](B& b, C&) { b.file("usr/share/doc/make/README", "make\n"); }},
        // DWI201 root
        {"no user", "DWI201", 1, [](B& b, C&) { b.image.config.user.clear(); }},
        {"uid 0 with group", "DWI201", 1, [](B& b, C&) { b.image.config.user = "0:0"; }},
        {"named user", "DWI201", 0, [](B& b, C&) { b.image.config.user = "10001"; }},
        // DWI107 shared UID/GID
        {"second uid 0", "DWI107", 1,
         [](B& b, C&) { b.file("etc/passwd", "root:x:0:0:root:/root:/bin/sh\ntoor:x:0:0::/root:/bin/sh\n"); }},
        {"shared gid", "DWI107", 1,
         [](B& b, C&) { b.file("etc/group", "root:x:0:\napp:x:1000:\nweb:x:1000:\n"); }},
        {"duplicate fixed in a later layer", "DWI107", 0,
         [](B& b, C&) {
             b.file("etc/passwd", "root:x:0:0:root:/root:/bin/sh\ntoor:x:0:0::/root:/bin/sh\n");
             b.run("userdel toor");
             b.file("etc/passwd", "root:x:0:0:root:/root:/bin/sh\n");
         }},
        {"unique ids and comments", "DWI107", 0,
         [](B& b, C&) { b.file("etc/group", "# groups\nroot:x:0:\napp:x:1000:\nbroken line\n"); }},
        // DWI213 VOLUME on a system directory
        {"volume on proc", "DWI213", 1, [](B& b, C&) { b.image.config.volumes = {"/proc"}; }},
        {"volume on dev with slash", "DWI213", 1, [](B& b, C&) { b.image.config.volumes = {"/data", "/dev/"}; }},
        {"data volume", "DWI213", 0, [](B& b, C&) { b.image.config.volumes = {"/data", "/var/lib/sys"}; }},
        // DWI202 healthcheck
        {"no healthcheck", "DWI202", 1, [](B& b, C&) { b.image.config.healthcheckTest.reset(); }},
        {"healthcheck NONE", "DWI202", 0,
         [](B& b, C&) { b.image.config.healthcheckTest = std::vector<std::string>{"NONE"}; }},
        // DWI203 ADD
        {"second ADD", "DWI203", 1, [](B& b, C&) { b.history("/bin/sh -c #(nop) ADD file:9f8e in /app "); }},
        {"buildkit ADD of a URL", "DWI203", 1, [](B& b, C&) { b.history("ADD https://x.io/a.tgz /opt/ # buildkit"); }},
        {"only the base ADD", "DWI203", 0, [](B& b, C&) { b.history("COPY app /app # buildkit"); }},
        {"first step ADD of a key into /root/.ssh (FROM scratch)", "DWI203", 1,
         [](B& b, C&) {
             b.restartHistory();
             b.history("/bin/sh -c #(nop) ADD file:5e6f in /root/.ssh/id_rsa ");
         }},
        {"ADD into / that is not the first step", "DWI203", 1,
         [](B& b, C&) {
             b.restartHistory();
             b.run("true");
             b.history("/bin/sh -c #(nop) ADD file:5e6f in / ");
         }},
        {"BuildKit rootfs ADD as the first step", "DWI203", 0,
         [](B& b, C&) {
             b.restartHistory();
             b.history("ADD alpine-minirootfs.tar.gz / # buildkit");
         }},
        // DWI204 ENV
        {"password in env", "DWI204", 1, [](B& b, C&) { b.image.config.env.push_back("DB_PASSWORD=" + kPassword); }},
        {"token value in env", "DWI204", 1, [](B& b, C&) { b.image.config.env.push_back("GIT_AUTH=" + kGithubToken); }},
        {"overridden env in history", "DWI204", 1,
         [](B& b, C&) {
             b.history("/bin/sh -c #(nop)  ENV API_TOKEN=" + kPassword, true);
             b.image.config.env.push_back("API_TOKEN=");
         }},
        {"harmless env", "DWI204", 0,
         [](B& b, C&) {
             b.image.config.env.push_back("PASSWORD_FILE=/run/secrets/pw");
             b.history("ENV LANG=C.UTF-8", true);
         }},
        // DWI205 RUN/ARG history
        {"classic build arg", "DWI205", 1,
         [](B& b, C&) { b.history("|1 NPM_TOKEN=" + kNpmToken + " /bin/sh -c npm ci"); }},
        {"buildkit build arg", "DWI205", 1,
         [](B& b, C&) { b.history("RUN |2 GITHUB_TOKEN=" + kPassword + " V=1 /bin/sh -c make # buildkit"); }},
        {"ARG default", "DWI205", 1, [](B& b, C&) { b.history("ARG DB_PASSWORD=" + kPassword, true); }},
        {"token in a RUN line", "DWI205", 1,
         [](B& b, C&) { b.run("curl -H 'Authorization: token " + kGithubToken + "' https://api.x.io"); }},
        {"curl user password", "DWI205", 1, [](B& b, C&) { b.run("curl -u deploy:" + kPassword + " https://x.io"); }},
        {"curl user without password", "DWI205", 0, [](B& b, C&) { b.run("curl -u deploy: https://x.io"); }},
        {"password option", "DWI205", 1, [](B& b, C&) { b.run("mysql --password " + kPassword + " -e 'select 1'"); }},
        {"package pin and empty arg", "DWI205", 0,
         [](B& b, C&) {
             b.run("apt-get install -y libssl3=3.1.4");
             b.history("|1 NPM_TOKEN= /bin/sh -c npm ci");
         }},
        // DWI206 tags
        {"no tag", "DWI206", 1, [](B& b, C&) { b.image.repoTags.clear(); }},
        {"latest", "DWI206", 1, [](B& b, C&) { b.image.repoTags.push_back("app:latest"); }},
        {"registry port without tag", "DWI206", 1, [](B& b, C&) { b.image.repoTags = {"registry:5000/app"}; }},
        {"version tag", "DWI206", 0, [](B& b, C&) { b.image.repoTags = {"registry:5000/app:2.1"}; }},
        // DWI207 update without install
        {"apt-get update alone", "DWI207", 1, [](B& b, C&) { b.run("apt-get update"); }},
        {"apk update alone", "DWI207", 1, [](B& b, C&) { b.history("RUN /bin/sh -c apk update # buildkit"); }},
        {"update and install", "DWI207", 0,
         [](B& b, C&) { b.run("apt-get update && apt-get install -y curl && rm -rf /var/lib/apt/lists/*"); }},
        // DWI208 sudo
        {"sudo command", "DWI208", 1, [](B& b, C&) { b.run("sudo -E apt-get install -y curl"); }},
        {"sudo package", "DWI208", 0, [](B& b, C&) { b.run("apk add --no-cache sudo"); }},
        // DWI209 content trust
        {"content trust unset", "DWI209", 1, [](B&, C& c) { c.contentTrustEnv.reset(); }},
        {"content trust 0", "DWI209", 1, [](B&, C& c) { c.contentTrustEnv = "0"; }},
        {"content trust 1", "DWI209", 0, [](B&, C&) {}},
        // DWI210 dist-upgrade
        {"dist-upgrade", "DWI210", 1,
         [](B& b, C&) { b.run("apt-get update && apt-get dist-upgrade -y && rm -rf /var/lib/apt/lists/*"); }},
        {"plain upgrade", "DWI210", 0, [](B& b, C&) { b.run("apt-get upgrade -y"); }},
        // DWI211 apk cache
        {"apk add with cache", "DWI211", 1, [](B& b, C&) { b.run("apk add curl"); }},
        {"apk add --no-cache", "DWI211", 0, [](B& b, C&) { b.run("apk add --no-cache curl"); }},
        {"apk cache removed", "DWI211", 0, [](B& b, C&) { b.run("apk add curl && rm -rf /var/cache/apk/*"); }},
        // DWI212 apt lists
        {"apt lists kept", "DWI212", 1,
         [](B& b, C&) { b.run("apt-get update && apt-get install -y curl && apt-get clean"); }},
        {"apt lists removed", "DWI212", 0,
         [](B& b, C&) { b.run("apt-get update && apt-get install -y curl && rm -rf /var/lib/apt/lists/*"); }},
    };
    return cases;
}

} // namespace
