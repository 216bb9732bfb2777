#!/usr/bin/env python3
"""Writes a `docker save`-style tarball (legacy layout) built from real directories of this machine, for the
image-analysis throughput benchmark. One layer per directory given, plus a layer that rewrites and deletes part
of the first, so wasted space is non-zero.

    bench/make_saved_image.py OUT.tar DIR [DIR...]
"""
import hashlib
import io
import json
import os
import sys
import tarfile
import tempfile


def add_tree(tar, root):
    for base, dirs, files in os.walk(root):
        dirs.sort()
        for name in sorted(dirs + files):
            path = os.path.join(base, name)
            try:
                tar.add(path, arcname=path.lstrip("/"), recursive=False)
            except (OSError, ValueError):
                pass


def layer_file(build, workdir, index):
    path = os.path.join(workdir, f"layer{index}.tar")
    with tarfile.open(path, "w", format=tarfile.PAX_FORMAT) as tar:
        build(tar)
    digest = hashlib.sha256()
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            digest.update(chunk)
    return path, "sha256:" + digest.hexdigest()


def main():
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    out, dirs = sys.argv[1], sys.argv[2:]
    with tempfile.TemporaryDirectory(dir=os.path.dirname(os.path.abspath(out))) as workdir:
        layers = []
        for i, d in enumerate(dirs):
            layers.append(layer_file(lambda tar, d=d: add_tree(tar, d), workdir, i))

        first = dirs[0]
        victims = []
        for base, _, files in os.walk(first):
            for name in sorted(files):
                p = os.path.join(base, name)
                if os.path.isfile(p) and not os.path.islink(p):
                    victims.append(p)
            if len(victims) > 400:
                break

        def churn(tar):
            for n, p in enumerate(victims):
                rel = p.lstrip("/")
                if n % 2:
                    info = tarfile.TarInfo(os.path.join(os.path.dirname(rel), ".wh." + os.path.basename(rel)))
                    tar.addfile(info, io.BytesIO(b""))
                else:
                    tar.add(p, arcname=rel, recursive=False)

        layers.append(layer_file(churn, workdir, len(dirs)))
        history = [{"created": "2026-11-01T00:00:00Z", "created_by": f"COPY {d} /"} for d in dirs]
        history.append({"created": "2026-11-01T00:00:00Z", "created_by": "RUN /bin/sh -c churn"})
        config = {"architecture": "amd64", "os": "linux", "created": "2026-11-01T00:00:00Z",
                  "config": {"Cmd": ["sh"]},
                  "rootfs": {"type": "layers", "diff_ids": [d for _, d in layers]}, "history": history}
        config_bytes = json.dumps(config).encode()
        config_name = hashlib.sha256(config_bytes).hexdigest() + ".json"
        manifest = [{"Config": config_name, "RepoTags": ["dw-bench/big:1"],
                     "Layers": [f"{d[7:]}/layer.tar" for _, d in layers]}]
        with tarfile.open(out, "w", format=tarfile.PAX_FORMAT) as tar:
            for path, digest in layers:
                tar.add(path, arcname=f"{digest[7:]}/layer.tar")
            for name, data in ((config_name, config_bytes), ("manifest.json", json.dumps(manifest).encode())):
                info = tarfile.TarInfo(name)
                info.size = len(data)
                tar.addfile(info, io.BytesIO(data))


if __name__ == "__main__":
    main()
