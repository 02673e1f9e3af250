"""The version policy: `info.version` must say what the diff against the last release says.

The spec of the last release of each major version is kept in `generator/baseline/`
(`openapi-v1.yaml` for v1). `check` compares openapi.yaml with it:

- a breaking change is refused: v1 must stay compatible; breaking changes ship as a new
  major (new base path `/v2`, new package `whereby_v2`, see docs/versioning.md);
- an addition, relaxation or deprecation needs (at least) a minor bump;
- any other difference (refinements, documentation) needs (at least) a patch bump;
- no difference needs nothing, and a hand-made patch or minor bump is allowed too
  (a release of client-side fixes).

The version must be exactly one semver step from the baseline (1.0.0 -> 1.0.1, 1.1.0
or, for a new major with no baseline yet, N.0.0). `release` makes the bump the diff
requires (editing only the `version:` line under `info:`, so comments and layout stay),
writes a CHANGELOG.md entry from the diff and records the released spec as the new
baseline. Every function takes its paths, so tests run it on copies.
"""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.error import YAMLError

from . import codegen
from .breaking import (
    ADDITION,
    BREAKING_CATEGORIES,
    DEPRECATION,
    DOCUMENTATION,
    REFINEMENT,
    RELAXATION,
    UNCLASSIFIED,
    Change,
    Level,
    Report,
    diff_specs,
    load,
)
from .spec import SpecError

HERE = Path(__file__).resolve().parent
BASELINE_DIR = HERE / "baseline"
ROOT = HERE.parent
CHANGELOG = ROOT / "CHANGELOG.md"
RANK: dict[str, int] = {"none": 0, "patch": 1, "minor": 2, "major": 3}
_CORE = re.compile(r"^(\d+)\.(\d+)\.(\d+)")
# One `version:` line directly under `info:`; the value may be quoted and followed by a comment.
_VERSION_LINE = re.compile(
    r"^(?P<indent>[ \t]+)version:(?P<gap>[ \t]*)(?P<quote>['\"]?)(?P<value>[^'\"\s#]+)(?P=quote)(?P<rest>[ \t]*(?:#.*)?)$"
)
SECTIONS = (
    ("Breaking (migration from the previous major)", BREAKING_CATEGORIES),
    ("Added", (ADDITION,)),
    ("Changed", (RELAXATION, REFINEMENT)),
    ("Deprecated", (DEPRECATION,)),
    ("Needs review", (UNCLASSIFIED,)),
    ("Documentation", (DOCUMENTATION,)),
)


class ReleaseError(Exception):
    """The release cannot be made; `str()` is one line for a person."""


@dataclass(frozen=True)
class Verdict:
    """What check-version found."""

    version: str
    major: int
    baseline_file: Path
    baseline_version: str | None  # None: no release of this major yet
    report: Report
    required: Level  # the smallest bump the diff allows
    actual: Level | None  # the bump info.version makes; None when it is not one semver step
    problem: str | None

    @property
    def ok(self) -> bool:
        return self.problem is None


def baseline_file(baseline_dir: Path, major: int) -> Path:
    return baseline_dir / f"openapi-v{major}.yaml"


def parse_version(version: str) -> tuple[int, int, int]:
    match = _CORE.match(version)
    if not match:
        raise ValueError(f"{version!r} is not MAJOR.MINOR.PATCH")
    return int(match[1]), int(match[2]), int(match[3])


def step(old: str, new: str) -> Level | None:
    """The bump from `old` to `new`, or None when `new` is not exactly one semver step."""
    (a, b, c), (x, y, z) = parse_version(old), parse_version(new)
    if (x, y, z) == (a, b, c):
        return "none"
    if (x, y, z) == (a, b, c + 1):
        return "patch"
    if (x, y, z) == (a, b + 1, 0):
        return "minor"
    if (x, y, z) == (a + 1, 0, 0):
        return "major"
    return None


def bump(version: str, level: Level) -> str:
    major, minor, patch = parse_version(version)
    if level == "major":
        return f"{major + 1}.0.0"
    if level == "minor":
        return f"{major}.{minor + 1}.0"
    if level == "patch":
        return f"{major}.{minor}.{patch + 1}"
    return f"{major}.{minor}.{patch}"


def check(spec_path: Path, baseline_dir: Path = BASELINE_DIR) -> Verdict:
    spec = load(spec_path)
    ident = codegen.identity(spec)
    base_path = baseline_file(baseline_dir, ident.major)
    if not base_path.exists():
        first = f"{ident.major}.0.0"
        refusal = None
        if parse_version(ident.version) != (ident.major, 0, 0):
            refusal = (
                f"info.version {ident.version} starts v{ident.major}, but there is no release of v{ident.major} yet "
                f"({base_path.name} is missing): the first release of a major version is {first}"
            )
        return Verdict(ident.version, ident.major, base_path, None, Report((), ()), "major", "major", refusal)

    base = load(base_path)
    base_ident = codegen.identity(base)
    if base_ident.major != ident.major:
        raise SpecError(base_path, f"the baseline is version {base_ident.version}, not a release of v{ident.major}")
    report = diff_specs(base.data, spec.data)
    required = report.level
    actual = step(base_ident.version, ident.version)
    problem: str | None = None
    if report.breaking:
        nxt = ident.major + 1
        problem = (
            f"{len(report.breaking)} breaking change(s) since the {base_ident.version} release: v{ident.major} must "
            f"stay compatible; a breaking change needs a new major version (info.version {nxt}.0.0, server path "
            f"/v{nxt}, package whereby_v{nxt}), see docs/versioning.md"
        )
    elif actual is None:
        expected = bump(base_ident.version, required if required != "none" else "patch")
        problem = (
            f"info.version {ident.version} is not one semver step from the {base_ident.version} release "
            f"(the changes call for {expected}); run `make release`"
        )
    elif RANK[actual] < RANK[required]:
        problem = (
            f"the changes since {base_ident.version} need a {required} release, so info.version must be "
            f"{bump(base_ident.version, required)}, not {ident.version}; run `make release`"
        )
    return Verdict(ident.version, ident.major, base_path, base_ident.version, report, required, actual, problem)


# --------------------------------------------------------------------------- release


def set_version(text: str, version: str, path: Path | None = None) -> str:
    """`text` with the `version:` line under the top-level `info:` changed, nothing else."""
    where = path or Path("openapi.yaml")
    lines = text.splitlines(keepends=True)
    start = next((i for i, line in enumerate(lines) if re.match(r"^info:[ \t]*(#.*)?$", line.rstrip("\r\n"))), None)
    if start is None:
        raise SpecError(where, "no block-style `info:` mapping to put the version in")
    indent: str | None = None
    for index in range(start + 1, len(lines)):
        line = lines[index].rstrip("\r\n")
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        if not line[:1].isspace():
            break  # the next top-level key
        current = line[: len(line) - len(line.lstrip())]
        indent = indent or current
        match = _VERSION_LINE.match(line)
        if match and match["indent"] == indent:
            ending = lines[index][len(line) :]
            new = f"{indent}version:{match['gap']}{match['quote']}{version}{match['quote']}{match['rest']}"
            lines[index] = new + ending
            changed = "".join(lines)
            _verify_only_version_changed(text, changed, version, where)
            return changed
    raise SpecError(where, "no `version:` line directly under `info:`", line=start + 1)


def _verify_only_version_changed(before: str, after: str, version: str, path: Path) -> None:
    yaml = YAML(typ="safe", pure=True)
    try:
        old: Any = yaml.load(before)
        new: Any = yaml.load(after)
    except YAMLError as exc:
        raise SpecError(path, f"invalid YAML after setting the version: {exc}") from None
    if not (isinstance(new, dict) and isinstance(new.get("info"), dict) and new["info"].get("version") == version):
        raise SpecError(path, "setting the version did not change info.version")
    old["info"]["version"] = version
    if old != new:
        raise SpecError(path, "setting the version changed more than info.version")


def changelog_entry(version: str, day: date, report: Report, *, level: Level, first_of: int | None = None) -> str:
    """A CHANGELOG.md section for `version`, one bullet per change in the diff."""
    major = parse_version(version)[0]
    lines = [f"## {version} ({day.isoformat()})", ""]
    if first_of is not None:
        lines.append(
            f"First release of the v{first_of} contract: package `whereby_v{first_of}` "
            f"(distribution `whereby-v{first_of}`), base path `/v{first_of}`."
        )
        if report.changes:
            lines += ["", f"Changes from the last v{first_of - 1} release, from `python -m generator diff`:"]
    elif not report.changes:
        lines.append(f"{level.capitalize()} release: no change to the contract (client-side changes only).")
    elif level == "minor":
        lines.append(
            f"Minor release: the contract gained capabilities; code written for earlier {major}.x keeps working."
        )
    else:
        lines.append(f"Patch release: no new capabilities; code written for earlier {major}.x keeps working.")
    for title, categories in SECTIONS:
        items = [c for c in report.changes if c.category in categories]
        if items:
            lines += ["", f"### {title}", ""]
            lines += [changelog_line(c) for c in items]
    return "\n".join(lines) + "\n"


def changelog_line(change: Change) -> str:
    return f"- `{change.where}`: {change.message} [{change.rule}]"


def has_entry(changelog: Path, version: str) -> bool:
    if not changelog.exists():
        return False
    return any(line.startswith(f"## {version} ") for line in changelog.read_text(encoding="utf-8").splitlines())


UNRELEASED = "## Unreleased"
"""The heading of the section where client-side changes are written by hand until they are released."""


def add_changelog_entry(changelog: Path, version: str, entry: str) -> None:
    """Insert `entry` above the newest release (the first `## ` heading). A `## Unreleased`
    section on top, the hand-written notes of client-side changes, becomes part of the entry: its
    text goes below the diff's bullets, and the heading goes."""
    if has_entry(changelog, version):
        raise ReleaseError(f"{changelog.name} already has an entry for {version}")
    text = changelog.read_text(encoding="utf-8") if changelog.exists() else "# Changelog\n\n"
    lines = text.splitlines(keepends=True)
    at = next((i for i, line in enumerate(lines) if line.startswith("## ")), None)
    if at is not None and lines[at].rstrip() == UNRELEASED:
        end = next((i for i in range(at + 1, len(lines)) if lines[i].startswith("## ")), len(lines))
        notes = "".join(lines[at + 1 : end]).strip("\n")
        if notes:
            entry = entry.rstrip("\n") + "\n\n" + notes + "\n"
        lines = lines[:at] + lines[end:]
        text = "".join(lines)
        at = at if at < len(lines) else None
    if at is None:
        body = text if text.endswith("\n") else text + "\n"
        changelog.write_text(body + ("" if body.endswith("\n\n") else "\n") + entry, encoding="utf-8")
    else:
        changelog.write_text("".join(lines[:at]) + entry + "\n" + "".join(lines[at:]), encoding="utf-8")


@dataclass(frozen=True)
class Released:
    version: str
    previous: str | None
    entry: str
    baseline: Path


def release(
    spec_path: Path,
    baseline_dir: Path = BASELINE_DIR,
    changelog: Path = CHANGELOG,
    today: date | None = None,
) -> Released:
    """Bump info.version as the diff requires, write the CHANGELOG entry, record the baseline."""
    verdict = check(spec_path, baseline_dir)
    if verdict.report.breaking:
        raise ReleaseError(str(verdict.problem))
    day = today or date.today()
    if verdict.baseline_version is None:
        if verdict.problem:
            raise ReleaseError(verdict.problem)
        version, level = verdict.version, "major"
        # The first release of a new major lists what changed since the last release of the previous one.
        previous = baseline_file(baseline_dir, verdict.major - 1)
        since = diff_specs(load(previous).data, load(spec_path).data) if previous.exists() else Report((), ())
        entry = changelog_entry(version, day, since, level="major", first_of=verdict.major)
    else:
        actual = verdict.actual
        if actual is not None and actual != "none" and RANK[actual] >= RANK[verdict.required]:
            version, level = verdict.version, actual  # bumped by hand already, enough
        elif verdict.required == "none":
            raise ReleaseError(
                f"nothing to release: openapi.yaml matches the {verdict.baseline_version} release "
                "(bump info.version by hand for a client-side-only release)"
            )
        elif actual is None:
            raise ReleaseError(str(verdict.problem))
        else:
            level = verdict.required
            version = bump(verdict.baseline_version, level)
        entry = changelog_entry(version, day, verdict.report, level=level)

    text = spec_path.read_text(encoding="utf-8")
    released = set_version(text, version, spec_path) if version != verdict.version else text
    if has_entry(changelog, version):
        raise ReleaseError(f"{changelog.name} already has an entry for {version}")
    # Everything is decided and checked; now write.
    spec_path.write_text(released, encoding="utf-8")
    add_changelog_entry(changelog, version, entry)
    verdict.baseline_file.parent.mkdir(parents=True, exist_ok=True)
    verdict.baseline_file.write_text(released, encoding="utf-8")
    return Released(version, verdict.baseline_version, entry, verdict.baseline_file)


# --------------------------------------------------------------------------- command line


def run_check_version(spec_path: Path, baseline_dir: Path = BASELINE_DIR) -> int:
    verdict = check(spec_path, baseline_dir)
    if not verdict.ok:
        print(f"error: {verdict.problem}", file=sys.stderr)
        for change in verdict.report.breaking:
            print(f"  [{change.category}] {change.rule}: {change.where}: {change.message}", file=sys.stderr)
        return 1
    if verdict.baseline_version is None:
        print(f"version ok: {verdict.version} is the first release of v{verdict.major} (no baseline yet)")
    elif verdict.actual == "none" and verdict.required == "none":
        print(f"version ok: {spec_path.name} matches the {verdict.baseline_version} release")
    else:
        counted = f"{len(verdict.report.non_breaking)} non-breaking change(s)"
        print(
            f"version ok: {verdict.version} is a {verdict.actual} step from the {verdict.baseline_version} release "
            f"({counted}, needing at least {verdict.required})"
        )
    return 0


def run_release(spec_path: Path, baseline_dir: Path = BASELINE_DIR, changelog: Path = CHANGELOG) -> int:
    try:
        done = release(spec_path, baseline_dir, changelog)
    except ReleaseError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    since = f" (from {done.previous})" if done.previous else ""
    print(
        f"released {done.version}{since}: {spec_path.name} info.version, {changelog.name} entry, baseline {done.baseline}"
    )
    return 0
