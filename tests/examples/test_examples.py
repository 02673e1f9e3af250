"""Every script in examples/ runs as its docstring says, against a real sandbox, and does what it says.

Each example's docstring gives the command that runs it against a throwaway sandbox
(`python -m sandbox.run ... -- python examples/X.py ...`); these tests run exactly those commands,
with this interpreter for `python`, and check what the example printed. A few also check the
sandbox's state afterwards, through its API.
"""

from __future__ import annotations

import ast
import os
import re
import shlex
import subprocess
import sys
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor

import httpx
import pytest

from sandbox.app import DEV_TOKEN
from sandbox.run import command_environment
from tests.conftest import ROOT
from tests.overlay.redis_server import RedisServer
from tests.processes import run
from tests.sandbox.conftest import RunningSandbox

EXAMPLES = ROOT / "examples"
DOCUMENTED_REDIS_URL = "redis://localhost:6379/0"

# What each example must print when run as documented (regular expressions, searched in stdout).
EXPECTED: dict[str, list[str]] = {
    "quickstart.py": [
        r"1\. Created meeting \d+",
        r"the host joins at +https://\S+\?roomKey=",
        r"the client waits \d+\.\d+s for the budget before POST /v1/meetings",
        r"Paged through all our meetings with list\(\): 7 in 3 pages",
        r"Deleted all 7 meetings",
        r"The client waited [1-9]\d* time\(s\).*; 429 responses: 0\.",
        r"\d+ points accepted, 0 requests throttled",
    ],
    "async_meetings.py": [
        r"created 8 meetings concurrently",
        r"listed 8 meetings named async-demo-",
        r"deleted 8 meetings concurrently",
    ],
    "housekeeping.py": [r"deleted [1-9]\d* of \d+ recordings .* and [1-9]\d* of \d+ transcriptions"],
    "summary.py": [r"summary \S+ is ready", r"subjective +\S+", r"plan +\S+"],
    "insights_report.py": [r"\d+ room\(s\) created in the last 30 days", r"at the latest: \w+"],
    "webhook_receiver.py": [
        r"receiver listening on http://127\.0\.0\.1:\d+/whereby",
        r"room\.session\.started for /demo-room\n(.+ joined /demo-room \(\d in the room\)\n){2}",
        r"(room\.client\.left for /demo-room\n){2}room\.session\.ended for /demo-room",
    ],
    "shared_budget.py": [
        r"4 processes, 40 points of reads in all, sharing a budget of 20 points per 1s",
        r"(process \d \(pid \d+\): 10 requests in \S+, 429 responses: 0\n.*){4}",
        r"40 points accepted, 0 requests throttled",
    ],
}


def example_names() -> list[str]:
    """The scripts in examples/; a module named `_...` is a helper they import (`_demo.py`), not an example."""
    return sorted(p.name for p in EXAMPLES.glob("*.py") if not p.name.startswith("_"))


def docstring(name: str) -> str:
    return ast.get_docstring(ast.parse((EXAMPLES / name).read_text())) or ""


def documented_commands(name: str) -> list[str]:
    return [line.strip() for line in docstring(name).splitlines() if line.strip().startswith("python -m sandbox.run")]


def every_documented_command() -> Iterator[tuple[str, int, str]]:
    """(example, index, command) for every command line of every example's docstring."""
    for name in example_names():
        for index, command in enumerate(documented_commands(name)):
            yield name, index, command


def test_every_example_says_what_it_shows_and_how_to_run_it_and_is_tested() -> None:
    names = example_names()
    assert names, "no examples"
    for name in names:
        doc = docstring(name)
        assert doc, f"{name}: no docstring saying what it shows"
        commands = documented_commands(name)
        assert commands, f"{name}: its docstring does not say how to run it (python -m sandbox.run -- ...)"
        assert all(f"-- python examples/{name}" in c for c in commands), f"{name}: {commands}"
    assert sorted(EXPECTED) == names, "every example needs its expectations in EXPECTED"


def run_documented(command: str) -> subprocess.CompletedProcess[str]:
    """Run it; one still running after the timeout gets SIGTERM, so that the runner stops its sandbox."""
    argv = [sys.executable if word == "python" else word for word in shlex.split(command)]
    return run(argv, cwd=ROOT, timeout=120)


PARALLEL_RUNS = 3
"""Documented commands run this many at a time: they spend most of their time waiting, for a sandbox
to start or for the budget."""


@pytest.fixture(scope="module")
def documented_runs() -> Iterator[dict[str, Future[subprocess.CompletedProcess[str]]]]:
    """Every documented command, started at once; a Redis one against a throwaway server of the
    first kind at hand (redis-server or valkey-server, see tests/overlay/redis_server.py)."""
    commands = [command for _, _, command in every_documented_command()]
    needs_redis = any(DOCUMENTED_REDIS_URL in command for command in commands)
    redis = RedisServer() if needs_redis else None  # fails the module's tests without a server
    if redis is not None:
        redis.start()
    try:
        with ThreadPoolExecutor(PARALLEL_RUNS) as pool:
            yield {
                command: pool.submit(
                    run_documented, command.replace(DOCUMENTED_REDIS_URL, redis.url) if redis else command
                )
                for command in commands
            }
    finally:
        if redis is not None:
            redis.stop()


@pytest.mark.paced  # the quickstart and shared_budget.py print their 429s, which must be 0
@pytest.mark.parametrize(
    ("name", "command"),
    [
        pytest.param(name, command, id=f"{name.removesuffix('.py')}-{i}")
        for name, i, command in every_documented_command()
    ],
)
def test_the_documented_command_runs(
    name: str, command: str, documented_runs: dict[str, Future[subprocess.CompletedProcess[str]]]
) -> None:
    result = documented_runs[command].result()
    assert result.returncode == 0, f"{command}\nstdout:\n{result.stdout}\nstderr:\n{result.stderr}"
    assert "Traceback" not in result.stderr
    assert name in EXPECTED, f"add what {name} must print to EXPECTED"
    for pattern in EXPECTED[name]:
        assert re.search(pattern, result.stdout), f"{name}: no match for {pattern!r} in:\n{result.stdout}"


# -- what the examples leave behind


def run_example(server: RunningSandbox, name: str, *args: str) -> subprocess.CompletedProcess[str]:
    """Run an example against a sandbox started by a fixture, with the environment `sandbox.run` gives."""
    env = {**os.environ, **command_environment(server.base_url, DEV_TOKEN)}
    return run([sys.executable, str(EXAMPLES / name), *args], cwd=ROOT, env=env, timeout=120)


def api(server: RunningSandbox) -> Callable[[str], httpx.Response]:
    return lambda path: httpx.get(f"{server.base_url}{path}", headers={"Authorization": f"Bearer {DEV_TOKEN}"})


def test_housekeeping_deletes_what_is_old_and_keeps_the_rest(sandbox_factory: Callable[..., RunningSandbox]) -> None:
    server = sandbox_factory("--seed", "11")
    get = api(server)
    before = get("/recordings?limit=100").json()["results"]

    dry = run_example(server, "housekeeping.py", "--older-than-days", "5", "--dry-run")
    assert dry.returncode == 0, dry.stderr
    assert get("/recordings?limit=100").json()["results"] == before

    done = run_example(server, "housekeeping.py", "--older-than-days", "5")
    assert done.returncode == 0, done.stderr
    after = get("/recordings?limit=100").json()["results"]
    gone = {r["recordingId"] for r in before} - {r["recordingId"] for r in after}
    assert gone and all(r["recordingId"] in done.stdout for r in before if r["recordingId"] in gone)
    assert all(r["recordingId"] not in done.stdout for r in after)


def test_the_pytest_fixture_recipe_passes_its_own_tests() -> None:
    folder = EXAMPLES / "testing_with_the_sandbox"
    assert "python -m pytest examples/testing_with_the_sandbox" in docstring("testing_with_the_sandbox/conftest.py")
    result = run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", str(folder)], cwd=ROOT, timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr
    assert re.search(r"\b4 passed\b", result.stdout), result.stdout
