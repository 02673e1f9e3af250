"""Long bulk work: paced to the budget like everything else, a progress bar for people, Ctrl-C ends it.

A sandbox with a tiny budget (9 points a second) makes the pacer hold requests back. Nothing here
measures time: the sandbox's own counters say whether the budget was kept.
"""

from __future__ import annotations

import os
import pty
import signal
import subprocess
import threading
from collections.abc import Callable, Iterator

import pytest

from tests.cli.conftest import KEY, SCRIPT, environment, whereby
from tests.sandbox.conftest import RunningSandbox, start_sandbox

TIGHT = ("--points-per-minute", "9", "--window", "1")  # what the tight sandbox allows


@pytest.fixture(scope="module")
def tight() -> Iterator[RunningSandbox]:
    server = start_sandbox("--token", KEY, "--budget", "9", "--window", "1")
    yield server
    server.stop()


def recordings(sandbox: RunningSandbox, count: int) -> list[str]:
    return list(sandbox.admin("POST", "recordings", json={"count": count}).json()["recordingIds"])


def stats(sandbox: RunningSandbox) -> dict[str, int]:
    return dict(sandbox.admin("GET", "stats").json())


def run_on_a_terminal(args: list[str], base_url: str) -> tuple[int, str, str]:
    """Run with stderr on a pseudo-terminal (as in a person's shell) and stdout on a pipe."""
    main, child = pty.openpty()
    process = subprocess.Popen(
        [str(SCRIPT), *args],
        env=environment(base_url, TERM="xterm"),
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=child,
    )
    os.close(child)
    screen = bytearray()

    def read() -> None:  # drain the terminal while the program runs, or its writes would block
        while True:
            try:
                chunk = os.read(main, 4096)
            except OSError:  # EIO: the program has exited and closed the terminal
                return
            if not chunk:
                return
            screen.extend(chunk)

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    assert process.stdout is not None
    out = process.stdout.read().decode()
    code = process.wait(timeout=60)
    reader.join(timeout=10)
    os.close(main)
    return code, out, screen.decode(errors="replace")


@pytest.mark.paced
def test_bulk_work_is_paced_to_the_budget_and_never_throttled(sandbox_factory: Callable[..., RunningSandbox]) -> None:
    fresh = sandbox_factory("--token", KEY, "--budget", "9", "--window", "1")  # no other test's spending in it
    ids = recordings(fresh, 7)
    result = whereby(*TIGHT, "recordings", "delete", *ids, "--batch-size", "1", base_url=fresh.base_url)
    assert result.code == 0, result.stderr
    assert result.stdout == "Deleted 7 recordings.\n" and result.stderr == ""
    after = stats(fresh)
    assert after["acceptedPoints"] == 7 * 3  # 21 points: more than two windows' worth
    assert after["throttled"] == 0  # not one 429


def test_a_progress_bar_with_the_budget_left_goes_to_the_terminal_not_to_stdout(tight: RunningSandbox) -> None:
    ids = recordings(tight, 5)
    code, out, screen = run_on_a_terminal([*TIGHT, "recordings", "delete", *ids, "--batch-size", "1"], tight.base_url)
    assert code == 0, screen
    assert out == "Deleted 5 recordings.\n"
    assert "deleting recordings" in screen and "budget left" in screen and "/9 points" in screen


def test_no_progress_bar_with_json_even_on_a_terminal(tight: RunningSandbox) -> None:
    ids = recordings(tight, 2)
    code, out, screen = run_on_a_terminal(["recordings", "delete", *ids, "--json"], tight.base_url)
    assert code == 0, screen
    assert screen == ""
    assert out.startswith("{")


def test_ctrl_c_while_waiting_for_the_budget_exits_130_without_a_traceback(tight: RunningSandbox) -> None:
    ids = recordings(tight, 5)
    # A 60 s window of 9 points: the fourth deletion must wait most of a minute.
    args = ["-v", "--points-per-minute", "9", "recordings", "delete", *ids, "--batch-size", "1"]
    process = subprocess.Popen(
        [str(SCRIPT), *args],
        env=environment(tight.base_url),
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert process.stderr is not None and process.stdout is not None
    seen = []
    for line in process.stderr:
        seen.append(line)
        if "waiting" in line:
            break
    assert any("waiting" in line for line in seen), seen
    process.send_signal(signal.SIGINT)
    rest = process.stderr.read()
    code = process.wait(timeout=30)
    everything = "".join(seen) + rest + process.stdout.read()
    assert code == 130
    assert rest.strip().splitlines()[-1] == "whereby-v1: interrupted"
    assert "Traceback" not in everything and KEY not in everything
