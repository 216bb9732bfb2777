#!/usr/bin/env python3
"""Compares the lint output of two dockwarden-cli builds on thousands of Dockerfiles.

Speed work must not change a single finding. The corpus alone cannot show that: a rule's rare branch may never
run on it. This script takes seed Dockerfiles (the shared corpus, the rule cases of tests/data/rules, hadolint's
and BuildKit's cases when ../shared is present), writes seeded mutations of each (lines deleted, repeated,
swapped or borrowed from other seeds, commands appended to a RUN, a quote or escape dropped in, a keyword's case
changed), and lints them all with both builds: JSON in English, JSON in Chinese and JSON under a configuration
that turns on the optional rules. It prints every file whose output differs, and exits 1 if there is one.

    scripts/lint_differential.py OLD_CLI NEW_CLI [--variants 4] [--seed 1] [--keep DIR]

Build the old side from a commit before the change, e.g.
    git worktree add /tmp/old <commit> && cmake -S /tmp/old -B /tmp/old-build -G Ninja -DCMAKE_CXX_FLAGS=-O0 &&
    cmake --build /tmp/old-build --target dockwarden-cli
"""
import argparse
import glob
import json
import os
import random
import re
import subprocess
import sys
import tempfile

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SHARED = os.path.join(os.path.dirname(REPO), 'shared', 'corpus')
CHUNK = 300  # files per invocation

CONFIG = """override:
  info: [DL3057, DL1001]
trustedRegistries: [docker.io, "*.example.com", quay.io]
label-schema: {maintainer: email, org.opencontainers.image.created: rfc3339, org.opencontainers.image.source: url,
               version: semver, vcs-ref: hash, build: text, license: spdx}
strict-labels: true
"""


def seed_texts():
    seeds = []
    for path in sorted(glob.glob(os.path.join(SHARED, 'dockerfiles', '*'))):
        if os.path.basename(path) not in ('INDEX.tsv', 'README.md'):
            seeds.append(open(path, 'rb').read().decode('utf-8', 'replace'))
    for path in sorted(glob.glob(os.path.join(REPO, 'tests', 'data', 'rules', '*.txt'))):
        text = open(path, encoding='utf-8').read()
        seeds += [part.lstrip('\n') for part in re.split(r'^=== .*$', text, flags=re.M)[1:]]
    for name in ('hadolint/cases.jsonl', 'buildkit/linter/cases.jsonl'):
        path = os.path.join(SHARED, name)
        if os.path.exists(path):
            seeds += [case['dockerfile'] for case in map(json.loads, open(path, encoding='utf-8'))
                      if case.get('dockerfile')]
    return seeds


class Mutator:
    def __init__(self, seeds, rng):
        self.rng = rng
        self.lines = [line for seed in seeds for line in seed.split('\n') if line.strip()]
        self.commands = []
        for line in self.lines:
            shell_run = re.match(r'\s*RUN\s+([^\[].*)', line)
            if shell_run:
                self.commands += [part.strip().rstrip('\\').strip()
                                  for part in re.split(r'&&|;|\|\|', shell_run.group(1)) if part.strip()]

    def mutate(self, text):
        rng, lines = self.rng, text.split('\n')
        for _ in range(rng.randint(1, 3)):
            at = rng.randrange(len(lines)) if lines else 0
            operation = rng.randrange(8)
            if operation == 0 and lines:
                del lines[at]
            elif operation == 1 and lines:
                lines.insert(at, lines[at])
            elif operation == 2 and len(lines) > 1:
                other = min(at + 1, len(lines) - 1)
                lines[at], lines[other] = lines[other], lines[at]
            elif operation == 3:
                lines.insert(at, rng.choice(self.lines))
            elif operation == 4 and self.commands:
                runs = [k for k, line in enumerate(lines)
                        if re.match(r'\s*RUN\s+[^\[]', line) and not line.rstrip().endswith('\\')]
                if runs:
                    k = rng.choice(runs)
                    lines[k] += ' && ' + rng.choice(self.commands)
                else:
                    lines.insert(at, 'RUN ' + rng.choice(self.commands))
            elif operation == 5 and lines:
                line, cut = lines[at], rng.randrange(len(lines[at]) + 1)
                lines[at] = line[:cut] + rng.choice(' \\"\'$=#-\t{(') + line[cut:]
            elif operation == 6 and lines:
                word = re.match(r'(\s*)(\w+)(.*)', lines[at])
                if word:
                    spelled = rng.choice([str.lower, str.upper, str.capitalize])(word.group(2))
                    lines[at] = word.group(1) + spelled + word.group(3)
            elif operation == 7 and self.commands:
                chain = [rng.choice(self.commands) for _ in range(rng.randint(1, 3))]
                lines.insert(at, 'RUN ' + ' && '.join(chain))
        return '\n'.join(lines)


def lint_json(cli, files, extra):
    run = subprocess.run([cli, 'lint', '--format', 'json', '--no-fail', *extra, *files], capture_output=True,
                         timeout=900)
    return run.stdout


def differing_files(old_output, new_output):
    """(path, what differs) for each file whose entry is not the same in both outputs."""
    old_files = {entry['path']: entry for entry in json.loads(old_output)['files']}
    new_files = {entry['path']: entry for entry in json.loads(new_output)['files']}
    result = []
    for path in sorted(set(old_files) | set(new_files)):
        old_entry, new_entry = old_files.get(path, {}), new_files.get(path, {})
        if old_entry == new_entry:
            continue
        old_findings, new_findings = old_entry.get('findings', []), new_entry.get('findings', [])
        gone = sorted({f['rule'] for f in old_findings if f not in new_findings})
        added = sorted({f['rule'] for f in new_findings if f not in old_findings})
        detail = f'only old: {",".join(gone) or "-"}; only new: {",".join(added) or "-"}'
        result.append((path, detail if gone or added else 'other fields'))
    return result


def main():
    parser = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    parser.add_argument('old_cli')
    parser.add_argument('new_cli')
    parser.add_argument('--variants', type=int, default=4, help='mutations written per seed (default 4)')
    parser.add_argument('--seed', type=int, default=1, help='random seed of the mutations (default 1)')
    parser.add_argument('--keep', help='write the inputs here and keep them (default: a temporary directory)')
    args = parser.parse_args()

    seeds = seed_texts()
    mutator = Mutator(seeds, random.Random(args.seed))
    with tempfile.TemporaryDirectory() as scratch:
        folder = args.keep or scratch
        os.makedirs(folder, exist_ok=True)
        files = []
        for index, seed in enumerate(seeds):
            for variant, text in enumerate([seed] + [mutator.mutate(seed) for _ in range(args.variants)]):
                path = os.path.join(folder, f'{index:05d}_{variant:02d}.Dockerfile')
                with open(path, 'w', encoding='utf-8') as out:
                    out.write(text)
                files.append(path)
        config = os.path.join(folder, 'all-rules.yaml')
        with open(config, 'w', encoding='utf-8') as out:
            out.write(CONFIG)
        print(f'{len(seeds)} seeds, {len(files)} files', file=sys.stderr)

        differences = 0
        for label, extra in (('en', []), ('zh_CN', ['--lang', 'zh_CN']), ('all rules', ['--config', config])):
            for start in range(0, len(files), CHUNK):
                chunk = files[start:start + CHUNK]
                old_output, new_output = (lint_json(cli, chunk, extra) for cli in (args.old_cli, args.new_cli))
                if old_output == new_output:
                    continue
                found = differing_files(old_output, new_output) or [(f'files {start}..{start + len(chunk)}', 'summary')]
                for path, detail in found:
                    differences += 1
                    print(f'{label}: {path}: {detail}')
        print(f'{differences} differing outputs', file=sys.stderr)
        if differences and not args.keep:
            print('run again with --keep DIR to look at the files', file=sys.stderr)
        return 1 if differences else 0


if __name__ == '__main__':
    sys.exit(main())
