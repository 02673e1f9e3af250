"""Processes the bench starts and stops: the sandbox, redis-server and the fast local server.

Each is started with `subprocess.Popen` on a free loopback port and stopped through its own
`Popen` object (so by its PID), never by name.
"""

from __future__ import annotations

import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

import httpx

ROOT = Path(__file__).resolve().parent.parent


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _drain(stream: Any) -> None:
    """Read and drop what a child prints after its first line, so its pipe never fills."""
    for _ in stream:
        pass


def _stop(process: subprocess.Popen[Any]) -> None:
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=10)


class Sandbox:
    """`python -m sandbox` on a free port; `reset()` gives a fresh budget whose window starts now."""

    def __init__(self, *, budget: int, window: float, tokens: list[str], window_kind: str = "fixed") -> None:
        self._stderr = tempfile.TemporaryFile()  # noqa: SIM115 (closed in stop())
        args = ["--host", "127.0.0.1", "--port", "0", "--budget", str(budget), "--window", str(window)]
        for token in tokens:
            args += ["--token", token]
        args += ["--window-kind", window_kind, "--seed", "1"]
        self.process = subprocess.Popen(
            [sys.executable, "-m", "sandbox", *args],
            cwd=ROOT,
            stdout=subprocess.PIPE,
            stderr=self._stderr,
            text=True,
        )
        assert self.process.stdout is not None
        first = self.process.stdout.readline().strip()
        if not first.startswith("sandbox listening on "):
            _stop(self.process)
            self._stderr.seek(0)
            raise RuntimeError(f"the sandbox did not start: {first!r} {self._stderr.read().decode()[-2000:]}")
        threading.Thread(target=_drain, args=(self.process.stdout,), daemon=True).start()
        self.base_url = first.removeprefix("sandbox listening on ")
        self.root_url = self.base_url.rsplit("/", 1)[0]
        self.admin = httpx.Client(base_url=f"{self.root_url}/_sandbox", timeout=10)
        # The port is bound before the line is printed, but accepts only once uvicorn runs.
        deadline = time.monotonic() + 30
        while True:
            try:
                self.admin.get("/health").raise_for_status()
                break
            except httpx.HTTPError:
                if time.monotonic() > deadline or self.process.poll() is not None:
                    self.stop()
                    raise
                time.sleep(0.05)

    def reset(self) -> float:
        """Fresh budget and data; returns the wall-clock time just before the server reset."""
        sent = time.time()
        self.admin.post("/reset").raise_for_status()
        return sent

    def stats(self) -> dict[str, Any]:
        response = self.admin.get("/stats")
        response.raise_for_status()
        stats: dict[str, Any] = response.json()
        return stats

    def stop(self) -> None:
        self.admin.close()
        _stop(self.process)
        self._stderr.close()

    def __enter__(self) -> Sandbox:
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()


def redis_server_path() -> str | None:
    return shutil.which("redis-server")


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
        _stop(self.process)

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
            _stop(self.process)
            raise RuntimeError(f"the fast server did not start: {first!r}")
        self.base_url = first.removeprefix("listening on ")

    def stop(self) -> None:
        _stop(self.process)

    def __enter__(self) -> FastServer:
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()
