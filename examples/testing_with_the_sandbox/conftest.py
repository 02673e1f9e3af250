"""Testing your own code against the sandbox: pytest fixtures that start one for the test session.

Copy this file into your project's tests. It needs a checkout of whereby-v1 where `make install`
has run (the sandbox is not part of the published package); point WHEREBY_SANDBOX_CHECKOUT at it.
Here, in the repository itself, it finds the checkout on its own:

    python -m pytest examples/testing_with_the_sandbox
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from whereby_v1 import Whereby

CHECKOUT = Path(os.environ.get("WHEREBY_SANDBOX_CHECKOUT", Path(__file__).resolve().parents[2]))
PYTHON = CHECKOUT / ".venv" / "bin" / "python"
SANDBOX_KEY = "sandbox-dev-key"  # the key a sandbox started without --token accepts
BUDGET, WINDOW = 100, 2.0  # a small budget and a short window, so that tests see pacing quickly


@pytest.fixture(scope="session")
def sandbox_url() -> Iterator[str]:
    """Start `python -m sandbox` on a free port for the whole session; its API's base URL."""
    python = str(PYTHON) if PYTHON.exists() else sys.executable
    args = ["--port", "0", "--seed", "1", "--budget", str(BUDGET), "--window", str(WINDOW)]
    process = subprocess.Popen(
        [python, "-m", "sandbox", *args], cwd=CHECKOUT, stdout=subprocess.PIPE, stdin=subprocess.DEVNULL, text=True
    )
    assert process.stdout is not None
    first = process.stdout.readline()  # "sandbox listening on http://127.0.0.1:PORT/v1"
    if not first.startswith("sandbox listening on "):
        process.kill()
        pytest.fail(f"the sandbox did not start: {first}{process.stdout.read()}")
    base_url = first.removeprefix("sandbox listening on ").strip()
    admin = base_url.rsplit("/", 1)[0] + "/_sandbox"
    for _ in range(100):  # it prints that line just before it starts answering
        try:
            httpx.get(f"{admin}/health")
            break
        except httpx.ConnectError:
            time.sleep(0.05)
    yield base_url
    process.terminate()  # stop it by its own process id, never by name
    process.wait(timeout=10)


@pytest.fixture()
def sandbox_admin(sandbox_url: str) -> Iterator[str]:
    """The admin API's URL. Every test starts from the seeded data set and a full budget."""
    admin = sandbox_url.rsplit("/", 1)[0] + "/_sandbox"
    httpx.post(f"{admin}/reset")
    yield admin
    httpx.put(f"{admin}/faults", json={"error_rate": 0, "storm_rate": 0})  # undo a test's faults


@pytest.fixture()
def client(sandbox_url: str, sandbox_admin: str) -> Iterator[Whereby]:
    """A client for the sandbox, paced to its budget; like any `Whereby`, it raises every error reply."""
    with Whereby(SANDBOX_KEY, base_url=sandbox_url, points_per_minute=BUDGET, window=WINDOW) as client:
        yield client
