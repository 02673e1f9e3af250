"""Testing your own code against the sandbox: pytest fixtures that start one for the test session.

Copy this file into your project's tests. It needs a checkout of whereby-v1 where `make install`
has run (the sandbox is not part of the published package); point WHEREBY_SANDBOX_CHECKOUT at it.
The sandbox runs with the checkout's own virtual environment, started by the checkout's launcher
(`sandbox.launcher`, which needs nothing but httpx here). Here, in the repository itself, it finds
the checkout on its own:

    python -m pytest examples/testing_with_the_sandbox
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from whereby_v1 import Whereby

CHECKOUT = Path(os.environ.get("WHEREBY_SANDBOX_CHECKOUT", Path(__file__).resolve().parents[2]))
sys.path.append(str(CHECKOUT))  # for `sandbox.launcher`, which lives in the checkout only

from sandbox.launcher import SandboxProcess  # noqa: E402

PYTHON = CHECKOUT / ".venv" / "bin" / "python"
SANDBOX_KEY = "sandbox-dev-key"  # the key a sandbox started without --token accepts
BUDGET, WINDOW = 100, 2.0  # a small budget and a short window, so that tests see pacing quickly


@pytest.fixture(scope="session")
def sandbox() -> Iterator[SandboxProcess]:
    """`python -m sandbox` on a free port for the whole session, answering; stopped by its own PID at the end."""
    python = PYTHON if PYTHON.exists() else sys.executable
    flags = ["--seed", "1", "--budget", str(BUDGET), "--window", str(WINDOW)]
    with SandboxProcess.start(*flags, python=python) as sandbox:
        yield sandbox


@pytest.fixture(scope="session")
def sandbox_url(sandbox: SandboxProcess) -> str:
    """The sandbox's API's base URL, e.g. http://127.0.0.1:41234/v1."""
    return sandbox.base_url


@pytest.fixture()
def sandbox_admin(sandbox: SandboxProcess) -> Iterator[str]:
    """The admin API's URL. Every test starts from the seeded data set and a full budget."""
    sandbox.reset()
    yield f"{sandbox.root_url}/_sandbox"
    sandbox.admin("PUT", "faults", json={"error_rate": 0, "storm_rate": 0})  # undo a test's faults


@pytest.fixture()
def client(sandbox_url: str, sandbox_admin: str) -> Iterator[Whereby]:
    """A client for the sandbox, paced to its budget; like any `Whereby`, it raises every error reply."""
    with Whereby(SANDBOX_KEY, base_url=sandbox_url, points_per_minute=BUDGET, window=WINDOW) as client:
        yield client
