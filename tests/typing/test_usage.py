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


@pytest.mark.parametrize("guide", ["README.md", "docs/index.md"])
def test_the_programs_in_the_readme_and_quickstart_pass_mypy_strict(guide: str, tmp_path: Path) -> None:
    blocks = PYTHON_BLOCK.findall((ROOT / guide).read_text(encoding="utf-8"))
    assert len(blocks) >= 2
    files = []
    for index, code in enumerate(blocks):
        files.append(tmp_path / f"block_{index}.py")
        files[-1].write_text(code, encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", *map(str, files)],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stdout + result.stderr


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


def test_a_misspelt_name_of_the_face_is_a_type_error_not_any(tmp_path: Path) -> None:
    # The lazy module __getattr__s exist only at run time: under a type checker a typo is caught.
    snippet = tmp_path / "typo.py"
    snippet.write_text(
        "from whereby_v1 import NotFoundErorr\nfrom whereby_v1.models import Meetng\n"
        "from whereby_v1.overlay import SQLiteStor\nfrom whereby_v1.overlay.stores import RedisStor\n",
        encoding="utf-8",
    )
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", str(snippet)],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 1 and result.stdout.count("has no attribute") == 4, result.stdout
