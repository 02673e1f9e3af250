"""The one way to run the sandbox from Python: `python -m sandbox` as a child process, on a free port.

    with SandboxProcess.start("--budget", "100", "--window", "2") as sandbox:
        ...  # sandbox.base_url (ends in /v1), sandbox.root_url, sandbox.port, sandbox.admin("GET", "stats")

`start` runs `python -m sandbox --host 127.0.0.1 --port 0 FLAGS`, reads the line that says where it
listens (`BANNER` and the base URL), waits until it answers `/_sandbox/health`, and from then on
reads everything it prints from a thread, so its pipe never fills: into `output()`, or copied to
the stream given as `out`. `stop()`, or the end of the `with` block, stops it by its own PID:
SIGTERM (it shuts down gracefully), then SIGKILL if it is still there after STOP_TIMEOUT_SECONDS.
If the process that started it dies without stopping it, even by SIGKILL, the sandbox stops itself
(see `serve_until_the_runner_is_gone`).

`python -m sandbox.run`, the benchmarks, this project's tests and the pytest recipe in
examples/testing_with_the_sandbox start the sandbox here, and nowhere else. This module must never
stop a process it did not start, nor any process by name. It imports nothing of the server itself
(only httpx and the standard library), so that a user's tests can import it from a checkout
without the server's dependencies; the server runs in the interpreter given as `python`.
"""

from __future__ import annotations

import codecs
import contextlib
import io
import os
import runpy
import select
import signal
import subprocess
import sys
import threading
import time
import urllib.parse
from collections.abc import Sequence
from pathlib import Path
from types import TracebackType
from typing import IO, TYPE_CHECKING, Any

if TYPE_CHECKING:
    import httpx

BANNER = "sandbox listening on "
"""How the sandbox's first line starts, once its port is bound; its base URL follows."""
STARTUP_TIMEOUT_SECONDS = 30.0
"""How long the sandbox may take to bind its port and then to answer its health check."""
STOP_TIMEOUT_SECONDS = 10.0
"""How long the sandbox gets to exit after SIGTERM before it is killed."""
ADMIN_TIMEOUT_SECONDS = 10.0
"""The default timeout of a request to the admin API."""
PROJECT_ROOT = Path(__file__).resolve().parent.parent
"""Where `python -m sandbox` is importable from, whatever the working directory (relative flags such
as `--spec` are read from the caller's)."""


class StartError(Exception):
    """The sandbox did not start; the message is one line. `usage` when it refused its flags."""

    def __init__(self, reason: str, *, usage: bool = False) -> None:
        super().__init__(reason)
        self.usage = usage


class SandboxProcess:
    """A `python -m sandbox` this process started (with `start`), and stops by its PID (with `stop`)."""

    def __init__(self, process: subprocess.Popen[bytes], base_url: str, output: _Output) -> None:
        self.process = process
        self.base_url = base_url  # ends in /v1
        self.root_url = base_url.rsplit("/", 1)[0]  # the server itself, for the admin API
        self._output = output

    @classmethod
    def start(
        cls, *flags: str, out: IO[str] | None = None, python: str | os.PathLike[str] | None = None
    ) -> SandboxProcess:
        """Start `python -m sandbox` with FLAGS on a free loopback port; return once it answers.

        What it prints goes to `out` as it comes, or, without `out`, to `output()`. `python` is the
        interpreter to run it with (one with the sandbox's dependencies), by default this one.
        Raises StartError (with the sandbox's last line) when it does not start; nothing is left running.
        """
        process = subprocess.Popen(
            _sandbox_command(flags, python),
            env={
                **os.environ,
                "PYTHONPATH": os.pathsep.join(filter(None, [str(PROJECT_ROOT), os.environ.get("PYTHONPATH")])),
            },
            stdin=subprocess.PIPE,  # never written to: the sandbox stops itself when it closes
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            start_new_session=True,  # a terminal's Ctrl-C goes to whoever started it, not to the sandbox
        )
        try:
            assert process.stdout is not None
            return cls._when_ready(process, _Output(process.stdout, out))
        except BaseException:  # a Ctrl-C while starting too: it is in its own session and would outlive us
            _stop(process)
            raise

    @classmethod
    def _when_ready(cls, process: subprocess.Popen[bytes], output: _Output) -> SandboxProcess:
        # httpx is imported where requests are made: the sandbox process imports this module too
        # (see `serve_until_the_runner_is_gone`) and makes none.
        import httpx

        first = output.first_line(time.monotonic() + STARTUP_TIMEOUT_SECONDS)
        if not first.startswith(BANNER):
            raise _refusal(process, output, first)
        output.write(first)
        sandbox = cls(process, first.removeprefix(BANNER).strip(), output)
        deadline = time.monotonic() + STARTUP_TIMEOUT_SECONDS
        while True:  # the port is bound before that line is printed, but served a moment later
            try:
                sandbox.admin("GET", "health", timeout=5).raise_for_status()
                break
            except httpx.HTTPError as error:
                if process.poll() is not None or time.monotonic() > deadline:
                    raise StartError(f"it does not answer at {sandbox.root_url}: {error}") from None
                time.sleep(0.05)
        # What it printed while starting comes before anything printed after `start` returns.
        output.copy_pending()
        output.copy_in_background()
        return sandbox

    @property
    def port(self) -> int:
        port = urllib.parse.urlsplit(self.root_url).port
        assert port is not None  # the sandbox always says its port
        return port

    def admin(self, method: str, path: str, **kwargs: Any) -> httpx.Response:
        """`httpx.request(method, ROOT/_sandbox/PATH, **kwargs)`: `health`, `stats`, `reset`, `faults`, ..."""
        import httpx

        kwargs.setdefault("timeout", ADMIN_TIMEOUT_SECONDS)
        return httpx.request(method, f"{self.root_url}/_sandbox/{path}", **kwargs)

    def stats(self) -> dict[str, Any]:
        """`GET /_sandbox/stats`: the budget, the points accepted, the requests throttled, ..."""
        reply = self.admin("GET", "stats")
        reply.raise_for_status()
        stats: dict[str, Any] = reply.json()
        return stats

    def reset(self) -> float:
        """Fresh data and a full budget whose window starts now; returns `time.time()` just before it was asked."""
        sent = time.time()
        self.admin("POST", "reset").raise_for_status()
        return sent

    def output(self) -> str:
        """What it printed so far, its first line included; all of it once it has exited. Empty with `out`."""
        if self.process.poll() is not None:
            self._output.finish(STOP_TIMEOUT_SECONDS)
        return self._output.kept()

    def stop(self) -> None:
        """SIGTERM, then SIGKILL after STOP_TIMEOUT_SECONDS; by its PID. Stopping it again does nothing."""
        _stop(self.process)
        self._output.finish(STOP_TIMEOUT_SECONDS)

    def __enter__(self) -> SandboxProcess:
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None, tb: TracebackType | None) -> None:
        self.stop()

    def __repr__(self) -> str:
        return f"<SandboxProcess pid={self.process.pid} {self.base_url}>"


def stop_process(process: subprocess.Popen[Any], timeout: float = STOP_TIMEOUT_SECONDS) -> None:
    """SIGTERM, then SIGKILL if it has not exited within `timeout` seconds; this process only, by its PID."""
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=timeout)


def _stop(process: subprocess.Popen[bytes]) -> None:
    stop_process(process, STOP_TIMEOUT_SECONDS)  # read now: tests shorten it
    if process.stdin is not None:  # the pipe it watched (see serve_until_the_runner_is_gone)
        process.stdin.close()


class _Output:
    """What the sandbox prints: the first line on its own, then the rest from a thread, to `out` or kept."""

    def __init__(self, stream: IO[bytes], out: IO[str] | None) -> None:
        self.stream, self.fd = stream, stream.fileno()
        kept = io.StringIO()  # for `SandboxProcess.output()`, when there is no `out`
        self.out: IO[str] = kept if out is None else out
        self.log = kept if out is None else None
        self.decoder = codecs.getincrementaldecoder("utf-8")(errors="replace")
        self.done = threading.Event()

    def _readable_before(self, deadline: float) -> bool:
        return bool(select.select([self.fd], [], [], max(0.0, deadline - time.monotonic()))[0])

    def first_line(self, deadline: float) -> str:
        """The first line, with its newline; without one if the pipe closed or `deadline` passed first."""
        line = b""
        while not line.endswith(b"\n") and self._readable_before(deadline):
            byte = os.read(self.fd, 1)  # byte by byte: nothing after the line is taken from the pipe
            if not byte:
                break
            line += byte
        return line.decode("utf-8", errors="replace")

    def write(self, text: str) -> None:
        self.out.write(text)
        self.out.flush()

    def copy_pending(self) -> None:
        while select.select([self.fd], [], [], 0)[0]:
            chunk = os.read(self.fd, 65536)
            if not chunk:
                return
            self.write(self.decoder.decode(chunk))

    def read_rest(self, deadline: float) -> str:
        """Up to the end of the pipe, or what came before `deadline` (a child of its own might hold it open)."""
        chunks = []
        while self._readable_before(deadline) and (chunk := os.read(self.fd, 65536)):
            chunks.append(chunk)
        return b"".join(chunks).decode("utf-8", errors="replace")

    def copy_in_background(self) -> None:
        def copy() -> None:
            try:
                while chunk := os.read(self.fd, 65536):
                    self.write(self.decoder.decode(chunk))
                self.write(self.decoder.decode(b"", final=True))
            finally:
                self.stream.close()
                self.done.set()

        threading.Thread(target=copy, name="sandbox-output", daemon=True).start()

    def finish(self, timeout: float) -> None:
        """Wait until the thread has read to the end of the pipe (after the sandbox exited), at most `timeout`."""
        self.done.wait(timeout)

    def kept(self) -> str:
        return "" if self.log is None else self.log.getvalue()


def _refusal(process: subprocess.Popen[bytes], output: _Output, first: str) -> StartError:
    """Why the sandbox did not start, once it has exited or been stopped (by its PID)."""
    if first.endswith("\n"):  # it said what is wrong, and exits; unless it keeps running after all
        with contextlib.suppress(subprocess.TimeoutExpired):
            process.wait(timeout=STOP_TIMEOUT_SECONDS)
    silent = process.poll() is None and not first.strip()  # nothing within STARTUP_TIMEOUT_SECONDS
    _stop(process)
    text = first + output.read_rest(time.monotonic() + STOP_TIMEOUT_SECONDS)
    output.stream.close()
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    if lines:
        return StartError(lines[-1], usage=process.returncode == 2)
    if silent:
        return StartError(f"it said nothing within {STARTUP_TIMEOUT_SECONDS:g}s")
    return StartError(f"it exited with code {process.returncode}", usage=process.returncode == 2)


def serve_until_the_runner_is_gone() -> None:
    """`python -m sandbox`, given this interpreter's arguments, in a process that stops when its stdin closes.

    `SandboxProcess.start` runs the sandbox this way and never writes to that pipe: it closes when
    the starter has stopped the sandbox anyway or has died, even by SIGKILL, which no handler sees.
    Then the sandbox gets SIGTERM as from `_stop` (it shuts down gracefully), and SIGKILL if it is
    still there after STOP_TIMEOUT_SECONDS. A pipe, not Linux's PR_SET_PDEATHSIG: it works on every
    POSIX system, needs no preexec_fn (unsafe in a program with threads) and does not depend on
    which of the starter's threads started the sandbox (PDEATHSIG fires when that thread ends).
    """

    def watch() -> None:
        while os.read(0, 4096):
            pass
        os.kill(os.getpid(), signal.SIGTERM)
        time.sleep(STOP_TIMEOUT_SECONDS)
        os.kill(os.getpid(), signal.SIGKILL)

    threading.Thread(target=watch, name="runner-watch", daemon=True).start()
    runpy.run_module("sandbox", run_name="__main__", alter_sys=True)


def _sandbox_command(flags: Sequence[str], python: str | os.PathLike[str] | None = None) -> list[str]:
    """`python -m sandbox --host 127.0.0.1 --port 0 FLAGS`, as run by `serve_until_the_runner_is_gone`."""
    entry = "from sandbox.launcher import serve_until_the_runner_is_gone; serve_until_the_runner_is_gone()"
    return [os.fspath(python or sys.executable), "-c", entry, "--host", "127.0.0.1", "--port", "0", *flags]
