"""`python -m generator check-version` and `release`: info.version says what the diff says.

Every test works on copies in a temporary folder; nothing here writes to the repository.
"""

from __future__ import annotations

import re
import shutil
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from ruamel.yaml import YAML

from generator import versioning
from generator.__main__ import main
from generator.breaking import diff_specs
from generator.spec import SpecError
from generator.versioning import ReleaseError, bump, check, release, set_version, step
from tests.conftest import ROOT, SPEC_PATH
from tests.generator.test_diff import base_spec, create, meeting

BASELINE = ROOT / "generator" / "baseline" / "openapi-v1.yaml"
DAY = date(2031, 3, 14)
Edit = Callable[[dict[str, Any]], None]


def _yaml() -> YAML:
    yaml = YAML(typ="safe", pure=True)
    yaml.default_flow_style = False
    return yaml


def _write(path: Path, spec: dict[str, Any]) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    _yaml().dump(spec, path)
    return path


def _spec(version: str = "1.0.0", edit: Edit | None = None, major_path: int | None = None) -> dict[str, Any]:
    spec = base_spec()
    if edit:
        edit(spec)
    spec["info"]["version"] = version
    major = major_path or int(version.split(".")[0])
    spec["servers"] = [{"url": f"https://api.example.com/v{major}"}]
    return spec


def _remove_path(spec: dict[str, Any]) -> None:
    del spec["paths"]["/health"]


def _add_field(spec: dict[str, Any]) -> None:
    meeting(spec)["properties"]["topic"] = {"type": "string"}


def _relax(spec: dict[str, Any]) -> None:
    del create(spec)["properties"]["roomNamePrefix"]["maxLength"]


def _describe(spec: dict[str, Any]) -> None:
    meeting(spec)["properties"]["roomName"]["description"] = "Starts with a slash."


def _deprecate(spec: dict[str, Any]) -> None:
    spec["paths"]["/health"]["get"]["deprecated"] = True


def _cost(spec: dict[str, Any]) -> None:
    spec["paths"]["/meetings"]["get"]["x-rate-limit-points"] = 2


@pytest.fixture()
def repo(tmp_path: Path) -> Path:
    """A baseline folder holding the 1.0.0 release of the small spec."""
    _write(tmp_path / "baseline" / "openapi-v1.yaml", _spec("1.0.0"))
    return tmp_path


# --------------------------------------------------------------------------- the bump rule


@pytest.mark.parametrize(
    ("old", "new", "level"),
    [
        ("1.0.0", "1.0.0", "none"),
        ("1.0.0", "1.0.1", "patch"),
        ("1.0.7", "1.1.0", "minor"),
        ("1.4.2", "2.0.0", "major"),
        ("1.0.0", "1.0.2", None),
        ("1.0.0", "1.2.0", None),
        ("1.0.3", "1.1.3", None),
        ("1.1.0", "1.0.9", None),
        ("1.0.0", "3.0.0", None),
    ],
)
def test_a_version_is_one_semver_step(old: str, new: str, level: str | None) -> None:
    assert step(old, new) == level
    if level is not None:
        assert bump(old, level) == new


@pytest.mark.parametrize(
    ("edit", "required"),
    [
        (None, "none"),
        (_describe, "patch"),
        (_cost, "patch"),
        (_add_field, "minor"),
        (_relax, "minor"),
        (_deprecate, "minor"),
        (_remove_path, "major"),
    ],
)
def test_the_diff_decides_the_bump(edit: Edit | None, required: str) -> None:
    assert diff_specs(_spec(), _spec(edit=edit)).level == required


@pytest.mark.parametrize(
    ("edit", "version", "ok"),
    [
        # Nothing changed: the released version, or a client-side-only patch or minor.
        (None, "1.0.0", True),
        (None, "1.0.1", True),
        (None, "1.1.0", True),
        # Documentation and refinements: at least a patch.
        (_describe, "1.0.0", False),
        (_describe, "1.0.1", True),
        (_describe, "1.1.0", True),
        (_cost, "1.0.1", True),
        # Additions, relaxations, deprecations: a minor.
        (_add_field, "1.0.0", False),
        (_add_field, "1.0.1", False),
        (_add_field, "1.1.0", True),
        (_relax, "1.0.1", False),
        (_relax, "1.1.0", True),
        (_deprecate, "1.1.0", True),
        # Never more than one step.
        (_add_field, "1.2.0", False),
        (_describe, "1.0.2", False),
    ],
)
def test_check_version_enforces_the_bump(repo: Path, edit: Edit | None, version: str, ok: bool) -> None:
    spec = _write(repo / "openapi.yaml", _spec(version, edit))
    verdict = check(spec, repo / "baseline")
    assert verdict.ok is ok, verdict.problem
    assert verdict.baseline_version == "1.0.0"


def test_a_breaking_change_is_refused_whatever_the_version(repo: Path) -> None:
    for version in ("1.0.0", "1.0.1", "1.1.0"):
        spec = _write(repo / "openapi.yaml", _spec(version, _remove_path))
        verdict = check(spec, repo / "baseline")
        assert not verdict.ok
        assert verdict.required == "major"
        assert "info.version 2.0.0" in str(verdict.problem) and "/v2" in str(verdict.problem)
        assert "whereby_v2" in str(verdict.problem)


def test_a_new_major_starts_at_n_0_0_with_no_baseline(repo: Path) -> None:
    spec = _write(repo / "openapi.yaml", _spec("2.0.0", _remove_path))
    verdict = check(spec, repo / "baseline")
    assert verdict.ok and verdict.baseline_version is None
    assert verdict.baseline_file == repo / "baseline" / "openapi-v2.yaml"
    _write(spec, _spec("2.1.0", _remove_path))
    assert not check(spec, repo / "baseline").ok


def test_check_version_command_exit_codes(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    spec = repo / "openapi.yaml"
    argv = ["--spec", str(spec), "check-version", "--baseline-dir", str(repo / "baseline")]

    _write(spec, _spec("1.1.0", _add_field))
    assert main(argv) == 0
    assert "version ok: 1.1.0 is a minor step from the 1.0.0 release" in capsys.readouterr().out

    _write(spec, _spec("1.0.1", _add_field))
    assert main(argv) == 1
    err = capsys.readouterr().err
    assert err.startswith("error: the changes since 1.0.0 need a minor release, so info.version must be 1.1.0")

    _write(spec, _spec("1.1.0", _remove_path))
    assert main(argv) == 1
    err = capsys.readouterr().err
    assert "breaking change" in err and "[endpoint-removed] api-path-removed: GET /health" in err

    # A v2 version on the v1 server path, or an unreadable spec: exit 2, one line.
    _write(spec, _spec("2.0.0", major_path=1))
    assert main(argv) == 2
    lines = capsys.readouterr().err.splitlines()
    assert len(lines) == 1 and "does not match info.version major 2" in lines[0]
    spec.write_text("info: [\n")
    assert main(argv) == 2
    assert len(capsys.readouterr().err.splitlines()) == 1


def test_the_committed_baseline_is_the_v1_release_and_the_spec_passes() -> None:
    verdict = check(SPEC_PATH)
    assert verdict.baseline_file == BASELINE
    assert verdict.baseline_version is not None and verdict.baseline_version.startswith("1.")
    assert verdict.ok, verdict.problem


# --------------------------------------------------------------------------- set_version


def test_set_version_edits_only_the_info_version_line() -> None:
    text = SPEC_PATH.read_text(encoding="utf-8")
    changed = set_version(text, "1.4.0")
    before, after = text.splitlines(), changed.splitlines()
    assert len(before) == len(after)
    differing = [(a, b) for a, b in zip(before, after, strict=True) if a != b]
    assert len(differing) == 1
    assert differing[0][1] == "  version: 1.4.0"
    assert "# Correction:" in changed  # comments survive


def test_set_version_keeps_quotes_and_comments_and_skips_nested_versions() -> None:
    text = (
        "openapi: 3.1.0\n"
        "# the contract\n"
        "info:\n"
        "  title: T\n"
        "  contact:\n"
        "    version: not-this-one\n"
        "  version: '1.0.0'  # released\n"
        "paths: {}\n"
    )
    changed = set_version(text, "1.0.1")
    assert "  version: '1.0.1'  # released\n" in changed
    assert "    version: not-this-one\n" in changed
    with pytest.raises(SpecError, match="no `version:` line"):
        set_version("openapi: 3.1.0\ninfo:\n  title: T\npaths: {}\n", "1.0.1")
    with pytest.raises(SpecError, match="no block-style"):
        set_version("openapi: 3.1.0\ninfo: {title: T, version: 1.0.0}\n", "1.0.1")


# --------------------------------------------------------------------------- release


@pytest.fixture()
def real_copy(tmp_path: Path) -> tuple[Path, Path, Path]:
    """The repository's spec, baseline and a changelog, copied into a temporary folder."""
    spec = tmp_path / "openapi.yaml"
    shutil.copyfile(SPEC_PATH, spec)
    baseline = tmp_path / "baseline"
    baseline.mkdir()
    shutil.copyfile(BASELINE, baseline / "openapi-v1.yaml")
    changelog = tmp_path / "CHANGELOG.md"
    changelog.write_text("# Changelog\n\nIntro.\n\n## 1.0.0 (2030-01-01)\n\nFirst release.\n", encoding="utf-8")
    return spec, baseline, changelog


def _entry(changelog: Path) -> str:
    """The newest entry: from the first `## ` heading to the next one."""
    text = changelog.read_text(encoding="utf-8")
    first = text.index("\n## ") + 1
    second = text.find("\n## ", first)
    return text[first : second + 1 if second != -1 else len(text)]


def test_release_bumps_the_version_writes_the_changelog_and_records_the_baseline(
    real_copy: tuple[Path, Path, Path],
) -> None:
    spec, baseline, changelog = real_copy
    base_text = (baseline / "openapi-v1.yaml").read_text(encoding="utf-8")
    # The real file may carry unreleased changes under a hand-made bump; start from the released
    # version, so that the release is the one to bump it.
    base_version = _yaml().load(base_text)["info"]["version"]
    text = re.sub(r"(?m)^  version: .*$", f"  version: {base_version}", spec.read_text(encoding="utf-8"), count=1)
    # An additive edit of the real file: a new optional response field on Meeting.
    anchor = "        meetingId:\n          type: string\n"
    assert text.count(anchor) >= 1
    edited = text.replace(anchor, anchor + "        topic:\n          type: string\n", 1)
    spec.write_text(edited, encoding="utf-8")
    expected = diff_specs(_yaml().load(base_text), _yaml().load(edited))
    assert expected.level == "minor" and expected.non_breaking

    done = release(spec, baseline, changelog, today=DAY)

    version = versioning.bump(_yaml().load(base_text)["info"]["version"], "minor")
    assert done.version == version
    released = spec.read_text(encoding="utf-8")
    moved = [(a, b) for a, b in zip(edited.splitlines(), released.splitlines(), strict=True) if a != b]
    assert len(moved) == 1 and moved[0][1] == f"  version: {version}"  # only the version line changed
    assert (baseline / "openapi-v1.yaml").read_text(encoding="utf-8") == released
    entry = _entry(changelog)
    assert entry == versioning.changelog_entry(version, DAY, expected, level="minor") + "\n"
    assert entry.startswith(f"## {version} (2031-03-14)\n")
    bullets = [line for line in entry.splitlines() if line.startswith("- ")]
    assert sorted(bullets) == sorted(versioning.changelog_line(c) for c in expected.non_breaking)
    assert all(f"`{c.where}`" in entry and c.message in entry for c in expected.changes)
    # The older entry and the intro are kept, below and above the new one.
    assert changelog.read_text(encoding="utf-8").startswith("# Changelog\n\nIntro.\n\n## " + version)
    assert "## 1.0.0 (2030-01-01)" in changelog.read_text(encoding="utf-8")


def test_release_takes_the_unreleased_notes_into_its_entry(real_copy: tuple[Path, Path, Path]) -> None:
    spec, baseline, changelog = real_copy
    changelog.write_text(
        "# Changelog\n\nIntro.\n\n## Unreleased\n\n### Client\n\n- `max_wait` bounds the wait.\n\n"
        "## 1.0.0 (2030-01-01)\n\nFirst release.\n",
        encoding="utf-8",
    )
    anchor = "        meetingId:\n          type: string\n"
    spec.write_text(
        spec.read_text(encoding="utf-8").replace(anchor, anchor + "        topic:\n          type: string\n", 1),
        encoding="utf-8",
    )
    done = release(spec, baseline, changelog, today=DAY)
    text = changelog.read_text(encoding="utf-8")
    assert "## Unreleased" not in text
    entry = _entry(changelog)
    assert entry.startswith(f"## {done.version} (2031-03-14)\n")
    assert entry.index("\n- `") < entry.index("### Client\n\n- `max_wait` bounds the wait.\n")
    assert text.index(f"## {done.version}") < text.index("## 1.0.0 (2030-01-01)")
    assert text.startswith("# Changelog\n\nIntro.\n\n## ")


def _snapshot(*paths: Path) -> dict[Path, bytes]:
    return {p: p.read_bytes() for p in paths if p.exists()}


def test_release_patch_and_hand_bumped_versions(repo: Path) -> None:
    spec, changelog = repo / "openapi.yaml", repo / "CHANGELOG.md"
    _write(spec, _spec("1.0.0", _describe))
    assert release(spec, repo / "baseline", changelog, today=DAY).version == "1.0.1"
    assert "Patch release" in changelog.read_text() and "[description-changed]" in changelog.read_text()
    # Bumped by hand already (and enough): the version stays.
    _write(spec, _spec("1.1.0", lambda s: (_describe(s), _add_field(s))))
    assert release(spec, repo / "baseline", changelog, today=DAY).version == "1.1.0"
    assert changelog.read_text().index("## 1.1.0") < changelog.read_text().index("## 1.0.1")
    # A client-side-only release: nothing in the diff, the version bumped by hand.
    _write(spec, _spec("1.1.1", lambda s: (_describe(s), _add_field(s))))
    done = release(spec, repo / "baseline", changelog, today=DAY)
    assert done.version == "1.1.1" and "no change to the contract" in done.entry


def test_release_refuses_breaking_changes_and_writes_nothing(repo: Path) -> None:
    spec, changelog = repo / "openapi.yaml", repo / "CHANGELOG.md"
    _write(spec, _spec("1.0.0", _remove_path))
    before = _snapshot(spec, changelog, repo / "baseline" / "openapi-v1.yaml")
    with pytest.raises(ReleaseError, match="breaking change"):
        release(spec, repo / "baseline", changelog, today=DAY)
    assert _snapshot(spec, changelog, repo / "baseline" / "openapi-v1.yaml") == before
    assert not changelog.exists()


def test_release_of_a_new_major_records_its_first_baseline(repo: Path) -> None:
    spec, changelog = repo / "openapi.yaml", repo / "CHANGELOG.md"
    _write(spec, _spec("2.0.0", _remove_path))
    done = release(spec, repo / "baseline", changelog, today=DAY)
    assert done.version == "2.0.0" and done.baseline == repo / "baseline" / "openapi-v2.yaml"
    assert done.baseline.read_bytes() == spec.read_bytes()
    entry = changelog.read_text()
    assert "First release of the v2 contract: package `whereby_v2`" in entry
    # It lists the migration: what broke since the last v1 release.
    assert "### Breaking (migration from the previous major)" in entry
    assert "- `GET /health`: the path /health was removed [api-path-removed]" in entry
    assert check(spec, repo / "baseline").ok


def test_release_command(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    spec, changelog = repo / "openapi.yaml", repo / "CHANGELOG.md"
    argv = [
        "--spec",
        str(spec),
        "release",
        "--baseline-dir",
        str(repo / "baseline"),
        "--changelog",
        str(changelog),
    ]
    _write(spec, _spec("1.0.0", _add_field))
    assert main(argv) == 0
    assert "released 1.1.0 (from 1.0.0)" in capsys.readouterr().out
    assert _yaml().load(spec)["info"]["version"] == "1.1.0"
    assert main(argv) == 1
    assert capsys.readouterr().err.startswith("error: nothing to release")
