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
process is gone (see `sandbox.launcher`, which starts it). COMMAND is not stopped then. This module
must never stop any other process.

Exit codes: COMMAND's own (128 + N when a signal N ended it); 2 for a usage error or sandbox flags
the sandbox refuses; 3 when the sandbox does not start; 126 when COMMAND cannot be run; 127 when it
is not found; 130 after a Ctrl-C; 143 after SIGTERM; 129 after SIGHUP.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import urllib.request
from collections.abc import Sequence
from types import FrameType
from typing import Any

from .app import DEV_TOKEN
from .launcher import STOP_TIMEOUT_SECONDS, SandboxProcess, StartError

USAGE = "usage: python -m sandbox.run [SANDBOX FLAGS] -- COMMAND [ARGS ...]"


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
        sandbox = SandboxProcess.start(*flags, out=sys.stderr)
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
            env = {**os.environ, **command_environment(sandbox.base_url, first_token(flags))}
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
