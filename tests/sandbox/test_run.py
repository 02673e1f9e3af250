"""`python -m sandbox.run ... -- COMMAND`: the command gets a working sandbox through its environment,
its exit code comes back, and the sandbox is stopped afterwards, also after Ctrl-C, SIGTERM or
SIGHUP; it stops itself when the runner is killed, and one that does not start is not left running."""

from __future__ import annotations

import io
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from sandbox import launcher
from tests.conftest import ROOT
from tests.processes import run as run_bounded
from tests.processes import stop

# The command the runner runs in these tests: it reports what it got, then exits with argv[1]
# or, given "wait", waits to be interrupted. Its siblings (the runner's other children, read from
# /proc) are the sandbox.
REPORT = """
import json, os, sys, time, httpx
runner = os.getppid()
children = open(f"/proc/{runner}/task/{runner}/children").read().split()
env = {k: v for k, v in os.environ.items() if k.startswith("WHEREBY_")}
reply = httpx.get(env["WHEREBY_BASE_URL"] + "/meetings", headers={"Authorization": "Bearer " + env["WHEREBY_API_KEY"]})
report = {"env": env, "status": reply.status_code, "pid": os.getpid(), "sandbox": [int(c) for c in children if int(c) != os.getpid()]}
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
    return run_bounded([sys.executable, "-m", "sandbox.run", *args], cwd=ROOT, timeout=60)


def gone(pid: int) -> bool:
    """No such process, or only its exit status is left (an orphan's, until init collects it)."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    try:
        return Path(f"/proc/{pid}/stat").read_text().rpartition(")")[2].split()[0] == "Z"
    except FileNotFoundError:  # collected meanwhile, or no /proc (then it is running)
        return Path("/proc/self/stat").exists()


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
        stop(process)
    assert process.returncode == 130, err
    assert "command: interrupted, cleaning up" in out
    assert "Traceback" not in err
    assert gone(sandbox_pid)


@needs_proc_children
@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGHUP], ids=["SIGTERM", "SIGHUP"])
def test_sigterm_or_sighup_stops_the_command_and_the_sandbox(signum: signal.Signals) -> None:
    process = runner("--", sys.executable, "-c", REPORT, "wait")
    try:
        (sandbox_pid,) = _wait_for_report(process)["sandbox"]
        process.send_signal(signum)
        _, err = process.communicate(timeout=30)
    finally:
        stop(process)
    assert process.returncode == 128 + signum, err
    assert "Traceback" not in err
    assert gone(sandbox_pid)


@needs_proc_children
def test_the_sandbox_stops_itself_when_the_runner_is_killed() -> None:
    process = runner("--", sys.executable, "-c", REPORT, "wait")
    report: dict[str, Any] = {}
    try:
        report = _wait_for_report(process)
        (sandbox_pid,) = report["sandbox"]
        process.kill()  # SIGKILL: the runner cannot stop anything itself
        process.wait(timeout=30)  # not communicate(): the orphaned command still holds the pipes
        deadline = time.monotonic() + 60  # generous: this checks that it stops, not how fast
        while not gone(sandbox_pid) and time.monotonic() < deadline:
            time.sleep(0.05)
        assert gone(sandbox_pid), "the sandbox outlived its runner"
    finally:
        stop(process)
        # The orphans, by their PIDs: the command (the runner no longer can), and the sandbox if it stayed.
        for pid in [report.get("pid"), *report.get("sandbox", [])]:
            if pid is not None and not gone(pid):
                os.kill(pid, signal.SIGKILL)
        process.communicate(timeout=30)


@pytest.fixture()
def stopped(monkeypatch: pytest.MonkeyPatch) -> list[subprocess.Popen[bytes]]:
    """The processes the launcher stops while a test runs, each once; its waits are shortened."""
    processes: list[subprocess.Popen[bytes]] = []
    real_stop = launcher._stop

    def record(process: subprocess.Popen[bytes]) -> None:
        if process not in processes:
            processes.append(process)
        real_stop(process)

    monkeypatch.setattr(launcher, "_stop", record)
    monkeypatch.setattr(launcher, "STARTUP_TIMEOUT_SECONDS", 0.5)
    monkeypatch.setattr(launcher, "STOP_TIMEOUT_SECONDS", 0.5)
    return processes


def _instead_of_the_sandbox(monkeypatch: pytest.MonkeyPatch, script: str) -> None:
    monkeypatch.setattr(launcher, "_sandbox_command", lambda flags, python=None: [sys.executable, "-c", script])


def test_a_sandbox_that_says_something_else_and_keeps_running_is_stopped(
    monkeypatch: pytest.MonkeyPatch, stopped: list[subprocess.Popen[bytes]]
) -> None:
    _instead_of_the_sandbox(monkeypatch, "import time; print('something else', flush=True); time.sleep(60)")
    with pytest.raises(launcher.StartError, match=r"^something else$"):
        launcher.SandboxProcess.start(out=io.StringIO())
    (process,) = stopped
    assert process.returncode == -signal.SIGTERM  # still running when it was stopped, by its PID


def test_a_sandbox_that_says_nothing_is_stopped(
    monkeypatch: pytest.MonkeyPatch, stopped: list[subprocess.Popen[bytes]]
) -> None:
    _instead_of_the_sandbox(monkeypatch, "import time; time.sleep(60)")
    with pytest.raises(launcher.StartError, match=r"^it said nothing within 0\.5s$"):
        launcher.SandboxProcess.start(out=io.StringIO())
    (process,) = stopped
    assert process.returncode == -signal.SIGTERM
