"""Sandbox servers for tests: real processes on free loopback ports, started by the sandbox's own
launcher (`sandbox.launcher.SandboxProcess`) and stopped by their PID."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest

from sandbox.app import DEV_TOKEN
from sandbox.launcher import SandboxProcess

__all__ = ["DEV_TOKEN", "RunningSandbox", "start_sandbox"]

RunningSandbox = SandboxProcess
"""What the fixtures give: the launcher's own class (base_url, root_url, port, admin(), output(), stop())."""


def start_sandbox(*args: str) -> SandboxProcess:
    """`python -m sandbox --port 0 ARGS`, answering once this returns; the caller stops it."""
    return SandboxProcess.start(*args)


@pytest.fixture()
def sandbox_factory() -> Iterator[Callable[..., SandboxProcess]]:
    """Start sandboxes with any flags; every one is stopped at the end of the test."""
    started: list[SandboxProcess] = []

    def start(*args: str) -> SandboxProcess:
        server = start_sandbox(*args)
        started.append(server)
        return server

    yield start
    for server in started:
        server.stop()


@pytest.fixture(scope="session")
def shared_sandbox() -> Iterator[SandboxProcess]:
    """One roomy sandbox for tests that only read or create their own data."""
    with start_sandbox("--seed", "7", "--budget", "100000", "--window", "60", "--processing-delay", "0.5") as server:
        yield server
