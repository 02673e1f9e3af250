"""The typed usage file is real code: it runs against a sandbox, so its `assert_type`s describe
calls that work, not only calls that type-check."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT

USAGE = Path(__file__).with_name("usage.py")


def test_the_typed_usage_runs_against_a_sandbox() -> None:
    command = [sys.executable, "-m", "sandbox.run", "--budget", "1000", "--processing-delay", "0", "--"]
    env = {k: v for k, v in os.environ.items() if not k.startswith("WHEREBY_")}
    result = subprocess.run(
        [*command, sys.executable, str(USAGE)], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "typed usage ran" in result.stdout


PYTHON_BLOCK = re.compile(r"^```python\n(.*?)^```", re.S | re.M)
GUIDES = {"README.md": "readme", "docs/index.md": "index"}
TYPOS = (
    "from whereby_v1 import NotFoundErorr\nfrom whereby_v1.models import Meetng\n"
    "from whereby_v1.overlay import SQLiteStor\nfrom whereby_v1.overlay.stores import RedisStor\n"
)


@pytest.fixture(scope="module")
def mypy_strict(tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[str]]:
    """One `mypy --strict` over the guides' programs and the typo file: what it said of each file.

    One run, not one per file: each run analyses the package and its dependencies afresh (4-5 s).
    """
    folder = tmp_path_factory.mktemp("mypy")
    files = {"typo.py": TYPOS}
    for guide, prefix in GUIDES.items():
        blocks = PYTHON_BLOCK.findall((ROOT / guide).read_text(encoding="utf-8"))
        assert len(blocks) >= 2, guide
        files.update({f"{prefix}_block_{index}.py": code for index, code in enumerate(blocks)})
    for name, code in files.items():
        (folder / name).write_text(code, encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", *sorted(files)],
        cwd=folder,
        capture_output=True,
        text=True,
        timeout=300,
    )
    said: dict[str, list[str]] = {name: [] for name in files}
    for line in result.stdout.splitlines():
        name = line.split(":", 1)[0]
        if name in said:
            said[name].append(line)
        else:
            assert line.startswith("Found "), result.stdout + result.stderr  # the summary, nothing else
    assert result.returncode == 1 and not result.stderr, result.stdout + result.stderr
    return said


@pytest.mark.parametrize("guide", sorted(GUIDES))
def test_the_programs_in_the_readme_and_quickstart_pass_mypy_strict(
    mypy_strict: dict[str, list[str]], guide: str
) -> None:
    prefix = f"{GUIDES[guide]}_block_"
    checked = {name: lines for name, lines in mypy_strict.items() if name.startswith(prefix)}
    assert len(checked) >= 2
    assert not [line for lines in checked.values() for line in lines]


def test_every_name_of_the_face_resolves_and_every_exception_is_a_wherebyerror() -> None:
    import whereby_v1
    from whereby_v1 import errors
    from whereby_v1.overlay import webhooks

    for name in whereby_v1.__all__:
        assert getattr(whereby_v1, name) is not None, name
    raised = [
        value
        for module in (errors, webhooks)
        for value in vars(module).values()
        if isinstance(value, type) and issubclass(value, Exception) and not issubclass(value, Warning)
    ]
    assert errors.UnexpectedStatus in raised and webhooks.WebhookError in raised and len(raised) > 15
    assert all(issubclass(kind, whereby_v1.WherebyError) for kind in raised), raised


def test_a_misspelt_name_of_the_face_is_a_type_error_not_any(mypy_strict: dict[str, list[str]]) -> None:
    # The lazy module __getattr__s exist only at run time: under a type checker a typo is caught.
    said = mypy_strict["typo.py"]
    assert len(said) == 4 and all("has no attribute" in line for line in said), said
