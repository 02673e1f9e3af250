"""`python -m sandbox.run ... -- COMMAND`: the command gets a working sandbox through its environment,
its exit code comes back, and the sandbox is stopped afterwards, also after Ctrl-C or SIGTERM."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import ROOT

# The command the runner runs in these tests: it reports what it got, then exits with argv[1]
# or, given "wait", waits to be interrupted. Its siblings (the runner's other children, read from
# /proc) are the sandbox.
REPORT = """
import json, os, sys, time, httpx
runner = os.getppid()
children = open(f"/proc/{runner}/task/{runner}/children").read().split()
env = {k: v for k, v in os.environ.items() if k.startswith("WHEREBY_")}
reply = httpx.get(env["WHEREBY_BASE_URL"] + "/meetings", headers={"Authorization": "Bearer " + env["WHEREBY_API_KEY"]})
report = {"env": env, "status": reply.status_code, "sandbox": [int(c) for c in children if int(c) != os.getpid()]}
try:  # entered before the report is printed: the test interrupts only after reading it
    print(json.dumps(report), flush=True)
    if sys.argv[1] == "wait":
        time.sleep(60)
except KeyboardInterrupt:
    print("command: interrupted, cleaning up", flush=True)
    sys.exit(1)
sys.exit(int(sys.argv[1]))
"""

needs_proc_children = pytest.mark.skipif(
    not Path(f"/proc/{os.getpid()}/task/{os.getpid()}/children").exists(),
    reason="this kernel does not list a process's children in /proc",
)


def runner(*args: str, **kwargs: Any) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "sandbox.run", *args],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        **kwargs,
    )


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "sandbox.run", *args], cwd=ROOT, capture_output=True, text=True, timeout=60, check=False
    )


def gone(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    return False


@needs_proc_children
def test_the_command_gets_the_sandbox_and_its_exit_code_is_returned_and_the_sandbox_is_stopped() -> None:
    flags = ["--token", "first-key", "--token", "second-key", "--budget", "50", "--window", "5"]
    result = run(*flags, "--", sys.executable, "-c", REPORT, "7")
    assert result.returncode == 7, result.stderr
    report = json.loads(result.stdout)
    env = report["env"]
    assert env["WHEREBY_BASE_URL"].startswith("http://127.0.0.1:") and env["WHEREBY_BASE_URL"].endswith("/v1")
    assert env["WHEREBY_SANDBOX_URL"] == env["WHEREBY_BASE_URL"].removesuffix("/v1")
    assert env["WHEREBY_API_KEY"] == "first-key"
    assert (env["WHEREBY_SANDBOX_BUDGET"], env["WHEREBY_SANDBOX_WINDOW"]) == ("50", "5")
    assert report["status"] == 200  # the key works against the sandbox
    assert "sandbox listening on " + env["WHEREBY_BASE_URL"] in result.stderr
    (sandbox_pid,) = report["sandbox"]
    assert gone(sandbox_pid)


@pytest.mark.parametrize(
    ("args", "code", "message"),
    [
        ((), 2, "usage: python -m sandbox.run"),
        (("--budget", "5", "true"), 2, "error: put the command after '--'"),
        (("--budget", "5", "--"), 2, "error: no command after '--'"),
        (("--", "no-such-command-here"), 127, "sandbox.run: command not found: no-such-command-here"),
        (("--spec", "missing.yaml", "--", "true"), 2, "sandbox.run: the sandbox did not start: error: cannot load"),
    ],
    ids=["nothing", "no-separator", "no-command", "command-not-found", "sandbox-refuses"],
)
def test_mistakes_are_one_line_and_an_exit_code(args: tuple[str, ...], code: int, message: str) -> None:
    result = run(*args)
    assert result.returncode == code
    assert message in result.stderr
    assert "Traceback" not in result.stderr


def test_help_prints_the_usage_and_exits_0() -> None:
    result = run("--help")
    assert result.returncode == 0
    assert "WHEREBY_SANDBOX_URL" in result.stdout


def _wait_for_report(process: subprocess.Popen[str]) -> dict[str, Any]:
    assert process.stdout is not None
    line = process.stdout.readline()
    assert line, process.communicate(timeout=30)
    report: dict[str, Any] = json.loads(line)
    return report


@needs_proc_children
def test_ctrl_c_lets_the_command_finish_then_stops_the_sandbox() -> None:
    # As a terminal does: SIGINT to the whole foreground process group (runner and command).
    process = runner("--", sys.executable, "-c", REPORT, "wait", start_new_session=True)
    try:
        (sandbox_pid,) = _wait_for_report(process)["sandbox"]
        os.killpg(process.pid, signal.SIGINT)
        out, err = process.communicate(timeout=30)
    finally:
        if process.poll() is None:
            process.kill()
    assert process.returncode == 130, err
    assert "command: interrupted, cleaning up" in out
    assert "Traceback" not in err
    assert gone(sandbox_pid)


@needs_proc_children
def test_sigterm_stops_the_command_and_the_sandbox() -> None:
    process = runner("--", sys.executable, "-c", REPORT, "wait")
    try:
        (sandbox_pid,) = _wait_for_report(process)["sandbox"]
        process.terminate()
        _, err = process.communicate(timeout=30)
    finally:
        if process.poll() is None:
            process.kill()
    assert process.returncode == 128 + signal.SIGTERM, err
    assert "Traceback" not in err
    assert gone(sandbox_pid)
