"""`python -m sandbox` as a person runs it: it says where it listens, stops cleanly, and refuses
bad flags with one line and exit code 2."""

from __future__ import annotations

import signal
import socket
import subprocess
import sys

import httpx

from tests.conftest import ROOT
from tests.sandbox.conftest import start_sandbox


def test_it_prints_where_it_listens_and_the_keys_it_accepts_and_stops_on_ctrl_c() -> None:
    server = start_sandbox("--token", "alpha", "--token", "beta", "--budget", "50", "--window", "2")
    try:
        assert server.base_url.startswith("http://127.0.0.1:") and server.base_url.endswith("/v1")
        assert httpx.get(server.root_url + "/_sandbox/health").json()["status"] == "ok"
        server.process.send_signal(signal.SIGINT)
        assert server.process.wait(timeout=10) == 0
        rest = server.output()
        assert "API keys: alpha, beta" in rest
        assert "50 points per 2s (fixed window)" in rest
        assert "Traceback" not in rest
    finally:
        server.stop()


def test_without_a_token_it_accepts_the_documented_development_key() -> None:
    server = start_sandbox()
    try:
        response = httpx.get(server.base_url + "/meetings", headers={"Authorization": "Bearer sandbox-dev-key"})
        assert response.status_code == 200
    finally:
        server.stop()


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "sandbox", *args], cwd=ROOT, capture_output=True, text=True, timeout=30, check=False
    )


def test_a_port_in_use_is_one_line_and_exit_2() -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        result = _run("--port", str(port))
    assert result.returncode == 2
    assert result.stderr.startswith(f"error: cannot listen on 127.0.0.1:{port}")
    assert "Traceback" not in result.stderr


def test_bad_flags_exit_2_without_a_traceback(tmp_path: object) -> None:
    for args, expected in [
        (("--window", "0"), "--window positive"),
        (("--window", "nan"), "--window positive"),
        (("--window", "inf"), "--window positive"),
        (("--error-rate", "3"), "must be between 0 and 1"),
        (("--slow-ms", "600001"), "--slow-ms: must be a whole number of milliseconds from 0 to 600000"),
        (("--slow-ms", "-1"), "--slow-ms: must be a whole number of milliseconds from 0 to 600000"),
        (("--processing-delay", "nan"), "--processing-delay"),
        (("--processing-delay", "inf"), "--processing-delay"),
        (("--processing-delay", "-1"), "--processing-delay"),
        (("--spec", "/nonexistent/openapi.yaml"), "cannot load the contract"),
    ]:
        result = _run("--port", "0", *args)
        assert result.returncode == 2, (args, result.stderr)
        assert expected in result.stderr, (args, result.stderr)
        assert "Traceback" not in result.stderr
