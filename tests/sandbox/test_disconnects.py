"""A client that hangs up halfway through its body costs the sandbox no traceback, and it goes on serving."""

from __future__ import annotations

import socket
from collections.abc import Callable

import httpx
import pytest

from tests.sandbox.conftest import DEV_TOKEN, RunningSandbox

AUTH = {"Authorization": f"Bearer {DEV_TOKEN}"}

# (method, path, content type, the first bytes of a body announced as 1000 bytes long)
HALF_SENT = [
    ("POST", "/v1/meetings", "application/json", b'{"endDate"'),
    ("PUT", "/v1/rooms/acme/theme/logo", "multipart/form-data; boundary=b", b"--b\r\nContent-"),
    ("POST", "/_sandbox/sessions", "application/json", b'{"minutes'),
    ("PUT", "/_sandbox/faults", "application/json", b'{"slow_ms'),
]


def _hang_up_mid_body(server: RunningSandbox, method: str, path: str, content_type: str, start: bytes) -> None:
    host, port = server.root_url.removeprefix("http://").rsplit(":", 1)
    head = (
        f"{method} {path} HTTP/1.1\r\nHost: {host}\r\nAuthorization: Bearer {DEV_TOKEN}\r\n"
        f"Content-Type: {content_type}\r\nContent-Length: 1000\r\n\r\n"
    )
    with socket.create_connection((host, int(port)), timeout=10) as client:
        client.sendall(head.encode() + start)
        # Then wait until the server has seen the hang-up and closed its side too.
        client.shutdown(socket.SHUT_WR)
        assert client.recv(65536) == b""


@pytest.mark.parametrize(("method", "path", "content_type", "start"), HALF_SENT, ids=[h[1] for h in HALF_SENT])
def test_a_client_hanging_up_mid_body_leaves_no_traceback_and_the_sandbox_serves_on(
    method: str, path: str, content_type: str, start: bytes, sandbox_factory: Callable[..., RunningSandbox]
) -> None:
    server = sandbox_factory()
    _hang_up_mid_body(server, method, path, content_type, start)
    assert httpx.get(server.base_url + "/meetings", headers=AUTH, timeout=10).status_code == 200
    assert server.admin("GET", "health").status_code == 200
    server.stop()  # gracefully: it finishes what it was doing, logging included, before it exits
    log = server.output()
    assert "Traceback" not in log, log
    assert "Exception in ASGI application" not in log, log
    after_the_banner = log.splitlines()[3:]  # "listening on", the keys, the budget
    assert len(after_the_banner) <= 1, log
