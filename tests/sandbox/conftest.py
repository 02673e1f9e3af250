"""Sandbox servers for tests: real processes on free loopback ports, stopped by their own PID."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass

import httpx
import pytest

from sandbox.app import DEV_TOKEN
from tests.conftest import ROOT
from tests.processes import stop as stop_process

__all__ = ["DEV_TOKEN"]


@dataclass
class RunningSandbox:
    process: subprocess.Popen[str]
    base_url: str  # ends in /v1
    root_url: str  # the server itself, for the admin API

    def admin(self, method: str, path: str, **kwargs: object) -> httpx.Response:
        return httpx.request(method, f"{self.root_url}/_sandbox/{path}", timeout=10, **kwargs)  # type: ignore[arg-type]

    def stop(self) -> None:
        stop_process(self.process)


def start_sandbox(*args: str) -> RunningSandbox:
    """Start `python -m sandbox --port 0 ARGS` and wait until it says where it listens."""
    process = subprocess.Popen(
        [sys.executable, "-m", "sandbox", "--host", "127.0.0.1", "--port", "0", *args],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    assert process.stdout is not None
    first = process.stdout.readline().strip()
    if not first.startswith("sandbox listening on "):
        process.kill()
        rest = process.stdout.read()
        raise RuntimeError(f"the sandbox did not start: {first}\n{rest}")
    base_url = first.removeprefix("sandbox listening on ")
    return RunningSandbox(process, base_url, base_url.rsplit("/", 1)[0])


@pytest.fixture()
def sandbox_factory() -> Iterator[Callable[..., RunningSandbox]]:
    """Start sandboxes with any flags; every one is stopped at the end of the test."""
    started: list[RunningSandbox] = []

    def start(*args: str) -> RunningSandbox:
        server = start_sandbox(*args)
        started.append(server)
        return server

    yield start
    for server in started:
        server.stop()


@pytest.fixture(scope="session")
def shared_sandbox() -> Iterator[RunningSandbox]:
    """One roomy sandbox for tests that only read or create their own data."""
    server = start_sandbox("--seed", "7", "--budget", "100000", "--window", "60", "--processing-delay", "0.5")
    yield server
    server.stop()
