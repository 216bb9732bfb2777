#!/usr/bin/env python3
"""Check Dockwarden's training lessons against their format and against the linter.

Usage:
    check_lessons.py [--cli PATH] [--guide-dir DIR] [-v] [LESSON.yaml ...]

Without file arguments every NN-<id>.yaml next to this script is checked. The linter is taken from --cli, else
from $DOCKWARDEN_CLI, else from build/app/dockwarden-cli of the source tree this script lives in, else from
dockwarden-cli on PATH. Each lesson's `start` and `solution` are linted in a fresh temporary directory with an
empty configuration, so no .hadolint.yaml or .dockwarden.yaml of yours changes the result.

Card membership (rule 5) is read from the Guide's sources (core/guide/guide_cards_*.cpp, found from --guide-dir
or from the source tree); without them that one check is skipped with a warning.

Prints one line per problem, naming the file, and exits 1 if there is any; 0 when every lesson passes.
Needs Python 3 and PyYAML (Debian/Ubuntu: apt-get install python3-yaml; otherwise pip install pyyaml).
"""

import argparse
import difflib
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

try:
    import yaml
except ImportError:  # pragma: no cover
    sys.exit("check_lessons.py needs PyYAML: apt-get install python3-yaml, or pip install pyyaml")

HERE = Path(__file__).resolve().parent
SOURCE_ROOT = HERE.parent.parent  # resources/lessons -> the repository

IMAGE_CARDS = [
    "minimal-base-image", "least-privilege-user", "signed-images", "vulnerability-scanning", "no-secrets",
    "pinned-tags", "image-metadata", "copy-over-add", "fewer-layers", "build-cache", "multi-stage-builds",
    "static-analysis",
]
RUNTIME_CARDS = [
    "runtime-namespaces", "runtime-capabilities", "runtime-cgroup-limits", "runtime-host-mounts",
    "runtime-privileged-ports", "runtime-no-ssh", "runtime-read-only-rootfs", "runtime-security-profiles",
]
CARDS = IMAGE_CARDS + RUNTIME_CARDS

# Cards none of whose rules the linter can report (their rules inspect built images or a running host). Their
# lessons may name a closely related rule of another card in goal.absent; the check prints a note, not a failure.
CARDS_WITHOUT_LINT_RULES = {"vulnerability-scanning"}

KEYS = ["id", "order", "card", "kind", "file", "title", "explanation", "goal", "hints", "start", "solution"]
LANGS = ["en", "zh_CN"]
KINDS = {"dockerfile", "compose", "shell"}
PARSE_RULES = {"DL1000", "DWC001", "DWC002", "DWC004", "DWC005", "DWC007"}
FILE_NAME = re.compile(r"^(\d\d)-([a-z0-9]+(?:-[a-z0-9]+)*)\.yaml$")
KEBAB = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
CJK = re.compile(r"[\u4e00-\u9fff]")


def file_matches_kind(kind, name):
    """The editor tab's file name must be one the linter reads as this kind."""
    if "/" in name or "\\" in name:
        return False
    if kind == "dockerfile":
        return name == "Dockerfile" or name.startswith("Dockerfile.") or name.endswith(".Dockerfile")
    if kind == "compose":
        return name in {"compose.yaml", "compose.yml", "docker-compose.yaml", "docker-compose.yml"}
    if kind == "shell":
        return name.endswith(".sh") and len(name) > 3
    return False


class Report:
    def __init__(self):
        self.failures = 0

    def fail(self, name, message):
        self.failures += 1
        print(f"FAIL {name}: {message}")

    @staticmethod
    def note(name, message):
        print(f"note {name}: {message}")


# ---------------------------------------------------------------------------------------------------------- the CLI

def find_cli(explicit):
    candidates = [explicit, os.environ.get("DOCKWARDEN_CLI"), str(SOURCE_ROOT / "build" / "app" / "dockwarden-cli"),
                  shutil.which("dockwarden-cli")]
    for candidate in candidates:
        if candidate and os.path.isfile(candidate) and os.access(candidate, os.X_OK):
            return os.path.abspath(candidate)
    return None


class Linter:
    def __init__(self, cli):
        self.cli = cli
        self.workdir = tempfile.mkdtemp(prefix="dw-lessons-")
        self.empty_config = os.path.join(self.workdir, "empty.yaml")
        Path(self.empty_config).write_text("")
        self.env = dict(os.environ, XDG_CONFIG_HOME=self.workdir)

    def close(self):
        shutil.rmtree(self.workdir, ignore_errors=True)

    def rules(self):
        out = subprocess.run([self.cli, "rules", "--format", "json"], cwd=self.workdir, env=self.env,
                             capture_output=True, text=True, check=True).stdout
        return {rule["id"]: rule for rule in json.loads(out)}

    def lint(self, kind, file_name, text):
        """The findings of `text` linted as `kind` under the name `file_name`: list of (rule, severity, line)."""
        directory = tempfile.mkdtemp(dir=self.workdir)
        path = os.path.join(directory, file_name)
        Path(path).write_text(text, encoding="utf-8")
        result = subprocess.run([self.cli, "lint", "--format", "json", "--no-fail", "--no-color",
                                 "--config", self.empty_config, "--type", kind, file_name],
                                cwd=directory, env=self.env, capture_output=True, text=True)
        shutil.rmtree(directory, ignore_errors=True)
        if result.returncode != 0:
            raise RuntimeError(f"dockwarden-cli lint exited with {result.returncode}: {result.stderr.strip()}")
        report = json.loads(result.stdout)
        findings = []
        for entry in report.get("files", []):
            for finding in entry.get("findings", []):
                findings.append((finding["rule"], finding.get("severity", ""), finding.get("line", 0)))
        return findings


# ------------------------------------------------------------------------------------------------ the Guide's cards

def parse_guide(guide_dir):
    """Card id -> (practice id or None, [checks]) in the order guideCards() returns them, or None."""
    files = ["guide_cards_image.cpp", "guide_cards_runtime.cpp", "guide_cards_operations.cpp"]
    if not guide_dir or not all((guide_dir / name).is_file() for name in files):
        return None
    cards = {}
    for name in files:
        source = (guide_dir / name).read_text(encoding="utf-8")
        chunks = re.split(r'\.id\s*=\s*"', source)[1:]
        for chunk in chunks:
            card_id = chunk.split('"', 1)[0]
            practice = None
            match = re.search(r"\.practice\s*=\s*(?:findings::)?Practice::(\w+)", chunk)
            if match:  # MinimalBaseImage -> minimal-base-image
                practice = re.sub(r"(?<!^)([A-Z])", r"-\1", match.group(1)).lower()
            checks = []
            match = re.search(r"\.checks\s*=\s*\{([^}]*)\}", chunk, re.S)
            if match:
                checks = re.findall(r'"([^"]+)"', match.group(1))
            cards[card_id] = (practice, checks)
    return cards


def card_of_rules(cards, rules):
    """Rule id -> card id, as the Guide links them: a card that lists the rule, else the first card of its
    practice (mirrors guide_index.cpp)."""
    owner = {}
    for card_id, (_, checks) in cards.items():
        for check in checks:
            owner.setdefault(check, card_id)
    for rule_id, rule in rules.items():
        if rule_id in owner:
            continue
        for card_id, (practice, _) in cards.items():
            if practice and practice == rule.get("practice"):
                owner[rule_id] = card_id
                break
    return owner


# ----------------------------------------------------------------------------------------------- one lesson's shape

def check_text(report, name, where, value, chinese):
    if not isinstance(value, str) or not value.strip():
        report.fail(name, f"{where} is missing or empty")
    elif chinese and not CJK.search(value):
        report.fail(name, f"{where} contains no Chinese text")


def check_localized(report, name, where, value):
    if not isinstance(value, dict):
        report.fail(name, f"{where} must be a mapping with `en` and `zh_CN`")
        return
    extra = sorted(set(value) - set(LANGS))
    if extra:
        report.fail(name, f"{where} has unknown language keys: {', '.join(map(str, extra))}")
    for lang in LANGS:
        check_text(report, name, f"{where}.{lang}", value.get(lang), lang == "zh_CN")


def added_lines(start, solution):
    before = {line.strip() for line in start.splitlines()}
    return [line.strip() for line in solution.splitlines() if line.strip() and line.strip() not in before]


def check_shape(report, name, lesson, expected_id):
    """Rule 1 and the format; True when the lesson is complete enough to be linted."""
    if not isinstance(lesson, dict):
        report.fail(name, "the file is not a YAML mapping")
        return False
    ok = True
    for key in KEYS:
        if key not in lesson:
            report.fail(name, f"key `{key}` is missing")
            ok = False
    for key in sorted(set(lesson) - set(KEYS), key=str):
        report.fail(name, f"unknown key `{key}`")
    if not ok:
        return False

    if not isinstance(lesson["id"], str) or not KEBAB.match(lesson["id"]):
        report.fail(name, "`id` must be a kebab-case string")
        ok = False
    elif expected_id and lesson["id"] != expected_id:
        report.fail(name, f"`id` is `{lesson['id']}` but the file name says `{expected_id}`")
    if not isinstance(lesson["order"], int) or isinstance(lesson["order"], bool) or lesson["order"] <= 0:
        report.fail(name, "`order` must be a positive integer")
        ok = False
    if not isinstance(lesson["card"], str) or lesson["card"] not in CARDS:
        report.fail(name, f"`card` `{lesson['card']}` is not a Guide card id")
    kind, file_name = lesson["kind"], lesson["file"]
    if not isinstance(kind, str) or kind not in KINDS:
        report.fail(name, f"`kind` must be one of {', '.join(sorted(KINDS))}")
        ok = False
    elif not isinstance(file_name, str) or not file_matches_kind(kind, file_name):
        report.fail(name, f"`file` `{file_name}` does not fit kind `{kind}` "
                          "(Dockerfile / compose.yaml / a name ending in .sh)")
        ok = False
    if lesson["card"] in IMAGE_CARDS and kind != "dockerfile":
        report.fail(name, "an image-practice lesson must be a Dockerfile lesson")
    if lesson["card"] in RUNTIME_CARDS and kind == "dockerfile":
        report.fail(name, "a runtime lesson must be a Compose file or a shell script")

    check_localized(report, name, "title", lesson["title"])
    check_localized(report, name, "explanation", lesson["explanation"])

    goal = lesson["goal"]
    if not isinstance(goal, dict) or set(goal) != {"absent"} or not isinstance(goal["absent"], list):
        report.fail(name, "`goal` must be a mapping with just `absent: [RULE, ...]`")
        ok = False
    else:
        absent = goal["absent"]
        if not 1 <= len(absent) <= 3:
            report.fail(name, f"goal.absent should list 1 to 3 rule ids, not {len(absent)}")
        if not all(isinstance(rule, str) and rule for rule in absent):
            report.fail(name, "goal.absent must hold rule ids (strings)")
            ok = False
        elif len(set(absent)) != len(absent):
            report.fail(name, "goal.absent names a rule twice")

    for key in ("start", "solution"):
        text = lesson[key]
        if not isinstance(text, str) or not text.strip():
            report.fail(name, f"`{key}` is missing or empty")
            ok = False
        elif not text.endswith("\n"):
            report.fail(name, f"`{key}` should end with a newline (use a `|` block)")
    if not ok:
        return False
    start_lines = len(lesson["start"].strip().splitlines())
    if not 5 <= start_lines <= 20:
        report.fail(name, f"`start` has {start_lines} lines; keep it to 5-20")
    if lesson["start"].strip() == lesson["solution"].strip():
        report.fail(name, "`solution` is the same as `start`")

    hints = lesson["hints"]
    if not isinstance(hints, list) or not 2 <= len(hints) <= 4:
        report.fail(name, "`hints` must be a list of 2 to 4 entries")
    else:
        for number, hint in enumerate(hints, 1):
            check_localized(report, name, f"hints[{number}]", hint)
        new_lines = added_lines(lesson["start"], lesson["solution"])
        last = hints[-1]
        if new_lines and isinstance(last, dict):
            for lang in LANGS:
                text = last.get(lang) or ""
                if isinstance(text, str) and not any(line in text for line in new_lines):
                    report.fail(name, f"the last hint ({lang}) should show the fix: it quotes none of the lines "
                                      "the solution adds")
    return ok


def check_edit_size(report, name, lesson):
    """Rule 4, roughly: most of the starting file must survive into the solution."""
    start = [line.rstrip() for line in lesson["start"].strip().splitlines()]
    solution = [line.rstrip() for line in lesson["solution"].strip().splitlines()]
    matcher = difflib.SequenceMatcher(a=start, b=solution, autojunk=False)
    kept = sum(block.size for block in matcher.get_matching_blocks())
    if kept * 2 < len([line for line in start if line.strip()]):
        report.fail(name, f"the solution keeps only {kept} of the {len(start)} starting lines; "
                          "make it a small edit of `start`")


# ------------------------------------------------------------------------------------------------------ the linter

def check_with_linter(report, name, lesson, linter, rules, owner, verbose):
    kind, file_name, absent = lesson["kind"], lesson["file"], lesson["goal"]["absent"]
    card = lesson["card"]
    for rule in absent:
        if rule not in rules:
            report.fail(name, f"goal rule {rule} is not a rule or check of dockwarden-cli "
                              "(see `dockwarden-cli rules`)")
        elif owner is not None and owner.get(rule) != card:
            where = owner.get(rule) or "no card"
            if card in CARDS_WITHOUT_LINT_RULES:
                report.note(name, f"goal rule {rule} belongs to {where}; accepted because no rule of card "
                                  f"{card} can be found by linting")
            else:
                report.fail(name, f"goal rule {rule} belongs to {where}, not to card {card}")

    try:
        start = linter.lint(kind, file_name, lesson["start"])
        solution = linter.lint(kind, file_name, lesson["solution"])
    except (RuntimeError, ValueError, OSError) as error:
        report.fail(name, f"could not lint: {error}")
        return
    start_rules = {rule for rule, _, _ in start}
    solution_rules = {rule for rule, _, _ in solution}

    for rule in absent:
        if rule not in start_rules:
            report.fail(name, f"start: goal rule {rule} does not fire, so the lesson is solved before it begins")
    for rule, _, line in solution:
        if rule in absent:
            report.fail(name, f"solution: goal rule {rule} still fires (line {line})")
    for which, findings in (("start", start), ("solution", solution)):
        for rule, _, line in findings:
            if rule in PARSE_RULES:
                report.fail(name, f"{which}: the file does not parse ({rule}, line {line})")
    new_errors = sorted({rule for rule, severity, _ in solution if severity == "error"} - start_rules - PARSE_RULES)
    if new_errors:
        report.fail(name, f"solution: introduces error findings absent from start: {', '.join(new_errors)}")
    if verbose:
        fixed = sorted(start_rules - solution_rules - set(absent))
        added = sorted(solution_rules - start_rules)
        report.note(name, f"start fires {len(start)} findings, solution {len(solution)}; also fixed: "
                          f"{', '.join(fixed) or '-'}; new in solution: {', '.join(added) or '-'}")


# ------------------------------------------------------------------------------------------------------------ main

def main():
    parser = argparse.ArgumentParser(description="Check Dockwarden's training lessons.")
    parser.add_argument("files", nargs="*", type=Path, help="lesson files (default: every NN-*.yaml here)")
    parser.add_argument("--cli", help="path of dockwarden-cli")
    parser.add_argument("--guide-dir", type=Path, help="core/guide of the Dockwarden sources (for rule 5)")
    parser.add_argument("-v", "--verbose", action="store_true", help="also say what else each solution changes")
    args = parser.parse_args()

    report = Report()
    cli = find_cli(args.cli)
    if not cli:
        print("FAIL: dockwarden-cli not found; pass --cli PATH or set DOCKWARDEN_CLI")
        return 1
    files = args.files or sorted(path for path in HERE.glob("*.yaml"))
    if not files:
        print(f"FAIL: no lessons found in {HERE}")
        return 1

    linter = Linter(cli)
    try:
        try:
            rules = linter.rules()
        except (subprocess.CalledProcessError, OSError, ValueError) as error:
            print(f"FAIL: `{cli} rules --format json` did not work: {error}")
            return 1
        guide_dir = args.guide_dir or SOURCE_ROOT / "core" / "guide"
        cards = parse_guide(guide_dir)
        owner = None
        if cards is None:
            print(f"warning: Guide sources not found in {guide_dir}; card membership of goal rules not checked")
        else:
            owner = card_of_rules(cards, rules)
            for card in CARDS:
                if card not in cards:
                    report.fail("check_lessons.py", f"card {card} is not defined in the Guide sources")

        seen_ids, seen_orders, seen_numbers, placed = {}, {}, {}, []
        for path in files:
            name = path.name
            failures_before = report.failures
            match = FILE_NAME.match(name)
            if not match:
                report.fail(name, "the file name must be NN-<id>.yaml (NN = 01, 02 ...)")
            try:
                lesson = yaml.safe_load(path.read_text(encoding="utf-8"))
            except (OSError, UnicodeDecodeError, yaml.YAMLError) as error:
                report.fail(name, f"cannot be read as YAML: {error}")
                continue
            if not check_shape(report, name, lesson, match.group(2) if match else None):
                continue
            for table, key, what in ((seen_ids, lesson["id"], "id"), (seen_orders, lesson["order"], "order"),
                                     (seen_numbers, match.group(1) if match else None, "number")):
                if key is None:
                    continue
                if key in table:
                    report.fail(name, f"{what} `{key}` is already used by {table[key]}")
                table[key] = name
            if match:
                placed.append((int(match.group(1)), lesson["order"], lesson["card"] in RUNTIME_CARDS, name))
            check_edit_size(report, name, lesson)
            check_with_linter(report, name, lesson, linter, rules, owner, args.verbose)
            if report.failures == failures_before:
                print(f"ok   {name}: goal {', '.join(lesson['goal']['absent'])}")

        if not args.files:  # the whole set: numbering, order and image-before-runtime
            placed.sort()
            for position, (number, _, _, name) in enumerate(placed, 1):
                if number != position:
                    report.fail(name, f"lessons should be numbered 01, 02 ... without gaps; expected {position:02d}")
                    break
            by_order = [entry[3] for entry in sorted(placed, key=lambda entry: entry[1])]
            if by_order != [entry[3] for entry in placed]:
                report.fail("lessons", "`order` does not follow the NN- prefixes of the file names")
            runtime_flags = [entry[2] for entry in sorted(placed, key=lambda entry: entry[1])]
            if runtime_flags != sorted(runtime_flags):
                report.fail("lessons", "image lessons must come before runtime lessons in `order`")
    finally:
        linter.close()

    checked = len(files)
    if report.failures:
        print(f"{report.failures} problem(s) in {checked} lesson file(s)")
        return 1
    print(f"all {checked} lesson(s) pass")
    return 0


if __name__ == "__main__":
    sys.exit(main())
