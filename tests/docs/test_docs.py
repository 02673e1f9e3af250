"""The documentation builds without a warning, and the Python in the guides and the README runs.

Every ```python block of the guides in GUIDES is a whole program: it runs in a subprocess against
a sandbox, with the environment `python -m sandbox.run` gives a command (so `WherebyClient()` finds
the sandbox). (A block of pytest tests only defines them; the fixtures they use are tested with
examples/testing_with_the_sandbox.) A block right after a `<!-- not run -->` line is an illustration,
a fragment with names the reader supplies; it is not run, and the page does not show the marker.
"""

from __future__ import annotations

import os
import re
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from sandbox import run as sandbox_run
from sandbox.app import DEV_TOKEN
from sandbox.run import command_environment
from tests.conftest import ROOT
from tests.processes import run
from tests.sandbox.conftest import RunningSandbox, start_sandbox

# Every guide with Python in it. (docs/cli.md has none; the shell commands it shows are not run.)
GUIDES = ["README.md", "docs/index.md", "docs/rate-limits.md", "docs/redis.md", "docs/sandbox.md", "docs/webhooks.md"]
NOT_RUN = "<!-- not run -->"
BLOCK = re.compile(rf"^({re.escape(NOT_RUN)}\n)?```python\n(.*?)^```", re.S | re.M)


def test_the_docs_build_strictly_with_a_page_per_operation_tag(tmp_path: Path) -> None:
    site = tmp_path / "site"
    result = run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(site)],
        cwd=ROOT,
        timeout=120,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
    )
    assert result.returncode == 0, result.stderr
    assert "WARNING" not in result.stderr
    tags = sorted(p.name for p in (ROOT / "generated_client/whereby_v1/api").iterdir() if (p / "__init__.py").exists())
    for tag in tags:
        page = (site / "reference/api" / tag / "index.html").read_text()
        assert f"whereby_v1.api.{tag}." in page
    meetings = (site / "reference/api/meetings/index.html").read_text()
    assert "aiterate" in meetings and "sync_detailed" in meetings
    examples = (site / "examples/index.html").read_text()
    assert all(p.name in examples for p in (ROOT / "examples").glob("*.py"))
    assert "overhead: requests per round" in (site / "rate-limits/index.html").read_text()  # from the README


def exit_codes(text: str) -> list[int]:
    paragraph = text.split("Exit codes:", 1)[1].split("\n\n", 1)[0]
    return sorted(int(number) for number in re.findall(r"\b\d+\b", paragraph))


def test_the_sandbox_guide_gives_the_runners_exit_codes() -> None:
    assert exit_codes((ROOT / "docs/sandbox.md").read_text()) == exit_codes(sandbox_run.__doc__ or "")


def blocks() -> Iterator[object]:
    for guide in GUIDES:
        for index, match in enumerate(BLOCK.finditer((ROOT / guide).read_text())):
            if not match.group(1):
                yield pytest.param(match.group(2), id=f"{guide}-{index}")


@pytest.fixture(scope="module")
def guide_sandbox() -> Iterator[RunningSandbox]:
    with start_sandbox("--budget", "1000", "--window", "60", "--processing-delay", "0.2") as server:
        yield server


@pytest.mark.parametrize("code", list(blocks()))
def test_the_python_in_the_guides_runs(code: str, guide_sandbox: RunningSandbox, tmp_path: Path) -> None:
    env = {
        **os.environ,
        **command_environment(guide_sandbox.base_url, DEV_TOKEN),
        "PYTHONPATH": str(ROOT),
    }
    (tmp_path / "snippet.py").write_text(code)
    argv = [sys.executable, str(tmp_path / "snippet.py")]
    result = run(argv, cwd=tmp_path, env=env, timeout=60)
    assert result.returncode == 0, f"{code}\nstdout:\n{result.stdout}\nstderr:\n{result.stderr}"
