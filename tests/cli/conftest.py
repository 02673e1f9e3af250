"""The command line driven as a person would: the installed `whereby-v1` script in a subprocess.

Every run is checked for what must never happen whatever the test: a traceback, or the API key
in the output. Failures are checked to be one line on stderr.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from tests.sandbox.conftest import RunningSandbox, sandbox_factory, shared_sandbox, start_sandbox
from whereby_v1.overlay import WherebyClient

__all__ = ["sandbox_factory", "shared_sandbox"]

KEY = "cli-test-key-5f0c2a9e"
"""Distinctive, so that a leak into any output is easy to spot."""
SCRIPT = Path(sys.executable).parent / "whereby-v1"


@dataclass
class Result:
    code: int
    stdout: str
    stderr: str

    def json(self) -> Any:
        return json.loads(self.stdout)

    @property
    def error(self) -> str:
        """The one line a failure prints."""
        return self.stderr.strip()


def environment(base_url: str | None = None, key: str | None = KEY, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("WHEREBY_")}
    env.update(COLUMNS="200", NO_COLOR="1", **extra)
    if key is not None:
        env["WHEREBY_API_KEY"] = key
    if base_url is not None:
        env["WHEREBY_BASE_URL"] = base_url
    return env


def whereby(*args: str, base_url: str | None = None, key: str | None = KEY, stdin: str | Path | None = None) -> Result:
    """Run `whereby-v1 ARGS` to the end and check what must hold for every run.

    `stdin` is the text to feed it, or a file (a Path, such as /dev/zero) to connect it to.
    """
    source = stdin.open("rb") if isinstance(stdin, Path) else None
    try:
        done = subprocess.run(
            [str(SCRIPT), *args],
            env=environment(base_url, key),
            stdin=source,
            input=None if source else (stdin or "").encode(),
            capture_output=True,
            timeout=120,
        )
    finally:
        if source:
            source.close()
    result = Result(done.returncode, done.stdout.decode(errors="replace"), done.stderr.decode(errors="replace"))
    everything = result.stdout + result.stderr
    assert "Traceback" not in everything, everything
    if key:
        # The key standing on its own, not as part of other words (a one-letter key is in most of them).
        standing = re.compile(rf"(?<![A-Za-z0-9_-]){re.escape(key)}(?![A-Za-z0-9_-])")
        assert not standing.search(everything), "the API key leaked into the output"
    if result.code != 0:
        assert len(result.stderr.strip().splitlines()) == 1, f"not one line: {result.stderr!r}"
        assert result.stderr.startswith("whereby-v1: "), result.stderr
    return result


Run = Callable[..., Result]


@pytest.fixture(scope="session", autouse=True)
def installed_script() -> None:
    if not SCRIPT.exists():
        pytest.fail(f"{SCRIPT} is missing: install the package with its cli extra (make install)")


@pytest.fixture(scope="session")
def sandbox() -> Iterator[RunningSandbox]:
    """One roomy sandbox for the command line's tests, accepting the test key.

    Tests that count points read the difference their own commands made; they run one at a time.
    """
    server = start_sandbox("--token", KEY, "--seed", "11", "--budget", "100000", "--processing-delay", "0.3")
    yield server
    server.stop()


@pytest.fixture(scope="session")
def cli(sandbox: RunningSandbox) -> Run:
    """`whereby-v1` pointed at the module's sandbox through WHEREBY_BASE_URL."""

    def run(*args: str, **kwargs: Any) -> Result:
        return whereby(*args, base_url=sandbox.base_url, **kwargs)

    return run


def points_spent(sandbox: RunningSandbox) -> int:
    return int(sandbox.admin("GET", "stats").json()["acceptedPoints"])


@pytest.fixture(scope="session")
def api(sandbox: RunningSandbox) -> Iterator[WherebyClient]:
    """The library itself, for setting the scene and checking results faster than the command line can."""
    with WherebyClient(KEY, base_url=sandbox.base_url, points_per_minute=100_000, raise_errors=True) as client:
        yield client
