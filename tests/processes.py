"""Stopping the processes tests start: by their own PID, politely first (`stop` is the sandbox launcher's own)."""

from __future__ import annotations

import shlex
import subprocess
from collections.abc import Sequence
from typing import Any

from sandbox.launcher import STOP_TIMEOUT_SECONDS
from sandbox.launcher import stop_process as stop

__all__ = ["STOP_TIMEOUT_SECONDS", "run", "stop"]


def run(argv: Sequence[str], *, timeout: float, **kwargs: Any) -> subprocess.CompletedProcess[str]:
    """`subprocess.run(argv, capture_output=True, text=True, timeout=timeout)`, stopped politely on timeout.

    subprocess.run kills a command that runs too long with SIGKILL, which it cannot handle: a
    `python -m sandbox.run` would leave its sandbox to notice alone. This sends SIGTERM first, waits,
    then SIGKILL, by the command's PID, and fails with what it printed.
    """
    with subprocess.Popen(argv, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, **kwargs) as process:
        try:
            out, err = process.communicate(timeout=timeout)
        except subprocess.TimeoutExpired:
            process.terminate()
            try:
                out, err = process.communicate(timeout=STOP_TIMEOUT_SECONDS)
            except subprocess.TimeoutExpired:
                process.kill()
                out, err = process.communicate()
            raise AssertionError(
                f"{shlex.join(argv)}: still running after {timeout:g}s, stopped\nstdout:\n{out}\nstderr:\n{err}"
            ) from None
    return subprocess.CompletedProcess(list(argv), process.returncode, out, err)
