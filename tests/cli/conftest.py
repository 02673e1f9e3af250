"""The command line driven as a person would, through its entry point or the installed script.

`whereby()` runs `whereby_v1.cli.main`, the function the installed `whereby-v1` script calls, in
this process with its own stdin, stdout, stderr and environment: starting an interpreter for each of
a hundred-odd runs cost more than the runs. What only a process shows (stdin from a device, signals,
a terminal, what Python prints at exit) runs the installed script: `whereby()` with a file as
stdin, or the test's own subprocess. test_entry.py checks that both ways give the same exit status,
stdout and stderr.

Every run is checked for what must never happen whatever the test: a traceback, or the API key
in the output. Failures are checked to be one line on stderr.
"""

from __future__ import annotations

import contextlib
import io
import json
import logging
import os
import re
import subprocess
import sys
import traceback
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from unittest import mock

import pytest

from tests.sandbox.conftest import RunningSandbox, sandbox_factory, shared_sandbox, start_sandbox
from whereby_v1 import cli as entry
from whereby_v1.overlay import WherebyClient
from whereby_v1.overlay._constants import LOGGER_NAME

__all__ = ["sandbox_factory", "shared_sandbox"]

KEY = "cli-test-key-5f0c2a9e"
"""Distinctive, so that a leak into any output is easy to spot."""
NOWHERE = "http://127.0.0.1:9/v1"
"""Port 9 (discard) on loopback: nothing listens there on a test machine, so a run pointed at it
that sends any request fails with a connection error (exit 1). Exit 2 there proves nothing was sent."""
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


def whereby(
    *args: str,
    base_url: str | None = None,
    key: str | None = KEY,
    stdin: str | Path | None = None,
) -> Result:
    """Run `whereby-v1 ARGS` to the end and check what must hold for every run.

    `stdin` is the text to feed it, or a file (a Path, such as /dev/zero) to connect it to; with a
    file, the installed script runs in a subprocess.
    """
    env = environment(base_url, key)
    if isinstance(stdin, Path):
        result = run_script(list(args), env, stdin)
    else:
        result = run_in_process(list(args), env, stdin or "")
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


def run_script(args: list[str], env: dict[str, str], stdin: str | Path | None) -> Result:
    """The installed `whereby-v1` script in a subprocess."""
    source = stdin.open("rb") if isinstance(stdin, Path) else None
    try:
        done = subprocess.run(
            [str(SCRIPT), *args],
            env=env,
            stdin=source,
            input=None if source else (stdin or "").encode(),
            capture_output=True,
            timeout=120,
        )
    finally:
        if source:
            source.close()
    return Result(done.returncode, done.stdout.decode(errors="replace"), done.stderr.decode(errors="replace"))


def run_in_process(args: list[str], env: dict[str, str], stdin: str) -> Result:
    """`whereby_v1.cli.main(args)` here, with `env` as the whole environment and its own standard streams.

    An exception that escapes it is written to stderr as a traceback, as the interpreter would, so
    that the checks of `whereby()` see it. The library's logger is put back as it was: each run adds
    its own handler, as a process that starts afresh would.
    """
    logger = logging.getLogger(LOGGER_NAME)
    saved = logger.handlers[:], logger.level, logger.propagate
    out, err = io.BytesIO(), io.BytesIO()
    streams = sys.stdin, sys.stdout, sys.stderr
    ours = (
        io.TextIOWrapper(io.BytesIO(stdin.encode()), encoding="utf-8"),
        io.TextIOWrapper(out, encoding="utf-8", write_through=True),
        io.TextIOWrapper(err, encoding="utf-8", errors="backslashreplace", write_through=True),
    )
    sys.stdin, sys.stdout, sys.stderr = ours
    code = 0
    try:
        with mock.patch.dict(os.environ, env, clear=True):
            entry.main(args)
    except SystemExit as exc:
        code = exc.code if isinstance(exc.code, int) else 0 if exc.code is None else 1
    except BaseException:  # what the interpreter would print, for the checks to find
        sys.stderr.write(traceback.format_exc())
        code = 1
    finally:
        for stream in ours[1:]:
            with contextlib.suppress(ValueError):  # closed by the command
                stream.flush()
        sys.stdin, sys.stdout, sys.stderr = streams
        logger.handlers[:], logger.level, logger.propagate = saved
        written = out.getvalue(), err.getvalue()  # before the wrappers go, and close them
    return Result(code, written[0].decode(errors="replace"), written[1].decode(errors="replace"))


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
