"""`python -m sandbox.run [SANDBOX FLAGS] -- COMMAND ...`: run one command against a throwaway sandbox.

It starts `python -m sandbox --host 127.0.0.1 --port 0 [SANDBOX FLAGS]`, waits until it answers,
runs COMMAND with these environment variables set, stops the sandbox and exits with COMMAND's code:

    WHEREBY_BASE_URL        the sandbox's API, e.g. http://127.0.0.1:41234/v1 (WherebyClient reads it)
    WHEREBY_API_KEY         the first --token given, else the development key (WherebyClient reads it)
    WHEREBY_SANDBOX_URL     the sandbox's root, for its admin API (/_sandbox/stats, ...)
    WHEREBY_SANDBOX_BUDGET  the sandbox's points per window
    WHEREBY_SANDBOX_WINDOW  the sandbox's window, in seconds

What the sandbox prints goes to stderr. The sandbox runs in its own process group, so a Ctrl-C
reaches COMMAND but not the sandbox, which stays up until COMMAND has finished (a command may
clean up on Ctrl-C) and is then stopped by its PID. SIGTERM and SIGHUP are passed on to COMMAND,
then the sandbox is stopped. If this process dies without a chance to stop it (SIGKILL), the
sandbox stops itself: it watches a pipe from this process, which the kernel closes when this
process is gone (see `serve_until_the_runner_is_gone`). COMMAND is not stopped then. This module
must never stop any other process.

Exit codes: COMMAND's own (128 + N when a signal N ended it); 2 for a usage error or sandbox flags
the sandbox refuses; 3 when the sandbox does not start; 126 when COMMAND cannot be run; 127 when it
is not found; 130 after a Ctrl-C; 143 after SIGTERM; 129 after SIGHUP.
"""

from __future__ import annotations

import codecs
import contextlib
import json
import os
import runpy
import select
import shutil
import signal
import subprocess
import sys
import threading
import time
import urllib.request
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from types import FrameType
from typing import IO, Any

from .app import DEV_TOKEN

USAGE = "usage: python -m sandbox.run [SANDBOX FLAGS] -- COMMAND [ARGS ...]"
BANNER = "sandbox listening on "
"""How the sandbox's first line starts, once its port is bound; its base URL follows."""
STARTUP_TIMEOUT_SECONDS = 30.0
"""How long the sandbox may take to bind its port and then to answer its health check."""
STOP_TIMEOUT_SECONDS = 10.0
"""How long the sandbox gets to exit after SIGTERM before it is killed."""
PROJECT_ROOT = Path(__file__).resolve().parent.parent
"""Where `python -m sandbox` is importable from, whatever the working directory (relative flags such
as `--spec` are read from the caller's)."""


class StartError(Exception):
    """The sandbox did not start; the message is one line. `usage` when it refused its flags."""

    def __init__(self, reason: str, *, usage: bool = False) -> None:
        super().__init__(reason)
        self.usage = usage


@dataclass
class Sandbox:
    process: subprocess.Popen[bytes]
    base_url: str  # ends in /v1
    root_url: str  # the server itself, for the admin API

    def environment(self, token: str) -> dict[str, str]:
        """What COMMAND gets on top of this process's environment."""
        return command_environment(self.base_url, token)

    def stop(self) -> None:
        _stop(self.process)


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


def command_environment(base_url: str, token: str) -> dict[str, str]:
    """What a command run against the sandbox serving `base_url` gets (the module docstring lists it)."""
    root_url = base_url.rstrip("/").rsplit("/", 1)[0]
    stats = _get_json(f"{root_url}/_sandbox/stats")
    return {
        "WHEREBY_BASE_URL": base_url,
        "WHEREBY_API_KEY": token,
        "WHEREBY_SANDBOX_URL": root_url,
        "WHEREBY_SANDBOX_BUDGET": str(stats["limit"]),
        "WHEREBY_SANDBOX_WINDOW": f"{stats['window']:g}",
    }


def split_argv(argv: Sequence[str]) -> tuple[list[str], list[str]]:
    """(sandbox flags, command); raises ValueError with a usage message when there is no command."""
    if "--" not in argv:
        raise ValueError(f"{USAGE}\nerror: put the command after '--'")
    at = list(argv).index("--")
    flags, command = list(argv[:at]), list(argv[at + 1 :])
    if not command:
        raise ValueError(f"{USAGE}\nerror: no command after '--'")
    return flags, command


def first_token(flags: Sequence[str]) -> str:
    """The key the command gets: the first --token among the sandbox flags, else the development key."""
    for index, flag in enumerate(flags):
        if flag == "--token" and index + 1 < len(flags):
            return flags[index + 1]
        if flag.startswith("--token="):
            return flag.removeprefix("--token=")
    return DEV_TOKEN


def _get_json(url: str) -> Any:
    with urllib.request.urlopen(url, timeout=5) as reply:
        return json.load(reply)


class _Output:
    """Copies what the sandbox prints to `out`: what is there now at once, the rest from a thread."""

    def __init__(self, fd: int, out: IO[str]) -> None:
        self.fd, self.out = fd, out
        self.decoder = codecs.getincrementaldecoder("utf-8")(errors="replace")

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

    def _copy(self, chunk: bytes) -> None:
        self.out.write(self.decoder.decode(chunk))
        self.out.flush()

    def copy_pending(self) -> None:
        while select.select([self.fd], [], [], 0)[0]:
            chunk = os.read(self.fd, 65536)
            if not chunk:
                return
            self._copy(chunk)

    def read_rest(self, deadline: float) -> str:
        """Up to the end of the pipe, or what came before `deadline` (a child of its own might hold it open)."""
        chunks = []
        while self._readable_before(deadline) and (chunk := os.read(self.fd, 65536)):
            chunks.append(chunk)
        return b"".join(chunks).decode("utf-8", errors="replace")

    def copy_in_background(self) -> None:
        def copy() -> None:
            while chunk := os.read(self.fd, 65536):
                self._copy(chunk)

        threading.Thread(target=copy, daemon=True).start()


def serve_until_the_runner_is_gone() -> None:
    """`python -m sandbox`, given this interpreter's arguments, in a process that stops when its stdin closes.

    `start` runs the sandbox this way and never writes to that pipe: it closes when the runner has
    stopped the sandbox anyway or has died, even by SIGKILL, which no handler sees. Then the sandbox
    gets SIGTERM as from `_stop` (it shuts down gracefully), and SIGKILL if it is still there after
    STOP_TIMEOUT_SECONDS. A pipe, not Linux's PR_SET_PDEATHSIG: it works on every POSIX system,
    needs no preexec_fn (unsafe in a program with threads) and does not depend on which of the
    runner's threads started the sandbox (PDEATHSIG fires when that thread ends).
    """

    def watch() -> None:
        while os.read(0, 4096):
            pass
        os.kill(os.getpid(), signal.SIGTERM)
        time.sleep(STOP_TIMEOUT_SECONDS)
        os.kill(os.getpid(), signal.SIGKILL)

    threading.Thread(target=watch, name="runner-watch", daemon=True).start()
    runpy.run_module("sandbox", run_name="__main__", alter_sys=True)


def _sandbox_command(flags: Sequence[str]) -> list[str]:
    """`python -m sandbox --host 127.0.0.1 --port 0 FLAGS`, as run by `serve_until_the_runner_is_gone`."""
    entry = "from sandbox.run import serve_until_the_runner_is_gone; serve_until_the_runner_is_gone()"
    return [sys.executable, "-c", entry, "--host", "127.0.0.1", "--port", "0", *flags]


def start(flags: Sequence[str], *, out: IO[str]) -> Sandbox:
    """Start the sandbox and return once it answers; what it prints goes to `out`."""
    process = subprocess.Popen(
        _sandbox_command(flags),
        env={
            **os.environ,
            "PYTHONPATH": os.pathsep.join(filter(None, [str(PROJECT_ROOT), os.environ.get("PYTHONPATH")])),
        },
        stdin=subprocess.PIPE,  # never written to: the sandbox stops itself when it closes
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        start_new_session=True,  # a terminal's Ctrl-C goes to the command, not to the sandbox
    )
    try:
        return _wait_until_ready(process, out)
    except BaseException:  # a Ctrl-C while starting too: it is in its own session and would outlive us
        _stop(process)
        raise


def _wait_until_ready(process: subprocess.Popen[bytes], out: IO[str]) -> Sandbox:
    assert process.stdout is not None
    output = _Output(process.stdout.fileno(), out)
    first = output.first_line(time.monotonic() + STARTUP_TIMEOUT_SECONDS)
    if not first.startswith(BANNER):
        raise _refusal(process, output, first)
    out.write(first)
    base_url = first.removeprefix(BANNER).strip()
    sandbox = Sandbox(process, base_url, base_url.rsplit("/", 1)[0])
    deadline = time.monotonic() + STARTUP_TIMEOUT_SECONDS
    while True:  # the port is bound before that line is printed, but served a moment later
        try:
            _get_json(f"{sandbox.root_url}/_sandbox/health")
            break
        except (OSError, ValueError) as error:
            if process.poll() is not None or time.monotonic() > deadline:
                raise StartError(f"it does not answer at {sandbox.root_url}: {error}") from None
            time.sleep(0.05)
    # What it printed while starting comes before anything the command prints.
    output.copy_pending()
    output.copy_in_background()
    return sandbox


def _refusal(process: subprocess.Popen[bytes], output: _Output, first: str) -> StartError:
    """Why the sandbox did not start, once it has exited or been stopped (by its PID)."""
    if first.endswith("\n"):  # it said what is wrong, and exits; unless it keeps running after all
        with contextlib.suppress(subprocess.TimeoutExpired):
            process.wait(timeout=STOP_TIMEOUT_SECONDS)
    silent = process.poll() is None and not first.strip()  # nothing within STARTUP_TIMEOUT_SECONDS
    _stop(process)
    text = first + output.read_rest(time.monotonic() + STOP_TIMEOUT_SECONDS)
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    if lines:
        return StartError(lines[-1], usage=process.returncode == 2)
    if silent:
        return StartError(f"it said nothing within {STARTUP_TIMEOUT_SECONDS:g}s")
    return StartError(f"it exited with code {process.returncode}", usage=process.returncode == 2)


class _Stopped(Exception):
    """This process got SIGTERM or SIGHUP (`signum`)."""

    def __init__(self, signum: int) -> None:
        super().__init__(signum)
        self.signum = signal.Signals(signum)


def _on_stop_signal(signum: int, frame: FrameType | None) -> None:
    raise _Stopped(signum)


def _finish(child: subprocess.Popen[bytes], forward: signal.Signals | None) -> None:
    """Let COMMAND end after an interruption: it got a terminal's Ctrl-C itself; SIGTERM/SIGHUP is passed on."""
    if forward is not None:
        child.send_signal(forward)
    try:
        child.wait(timeout=STOP_TIMEOUT_SECONDS)
    except subprocess.TimeoutExpired:
        child.kill()
        child.wait()


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if "--" not in argv and any(arg in ("-h", "--help") for arg in argv):
        print(__doc__)
        return 0
    try:
        flags, command = split_argv(argv)
    except ValueError as error:
        print(error, file=sys.stderr)
        return 2
    if shutil.which(command[0]) is None:
        print(f"sandbox.run: command not found: {command[0]}", file=sys.stderr)
        return 127

    for signum in (signal.SIGTERM, signal.SIGHUP):  # a closed terminal stops it as SIGTERM does
        signal.signal(signum, _on_stop_signal)
    try:
        sandbox = start(flags, out=sys.stderr)
    except StartError as error:
        print(f"sandbox.run: the sandbox did not start: {error}", file=sys.stderr)
        return 2 if error.usage else 3
    except KeyboardInterrupt:
        return 130
    except _Stopped as stopped:
        return 128 + stopped.signum

    child: subprocess.Popen[bytes] | None = None
    try:  # from here on, the sandbox is stopped however this ends
        try:
            env = {**os.environ, **sandbox.environment(first_token(flags))}
        except (OSError, ValueError) as error:
            print(f"sandbox.run: the sandbox did not start: its admin API does not answer: {error}", file=sys.stderr)
            return 3
        try:
            child = subprocess.Popen(command, env=env)
        except OSError as error:
            print(f"sandbox.run: cannot run {command[0]}: {error.strerror}", file=sys.stderr)
            return 126
        code = child.wait()
        return code if code >= 0 else 128 - code  # killed by signal N: 128 + N, as shells say
    except KeyboardInterrupt:
        if child is not None:
            _finish(child, None)
        return 130
    except _Stopped as stopped:
        if child is not None:
            _finish(child, stopped.signum)
        return 128 + stopped.signum
    finally:
        sandbox.stop()


if __name__ == "__main__":
    sys.exit(main())
