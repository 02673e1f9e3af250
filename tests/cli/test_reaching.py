"""Where requests go: a base URL that cannot work is refused before anything is sent (exit 2), and a
server that cannot be reached is named, host and port, with the reason (exit 1).
"""

from __future__ import annotations

import socket
from collections.abc import Iterator

import httpx
import pytest

from tests.cli.conftest import whereby

USAGE, API_ERROR = 2, 1


@pytest.fixture()
def closed_port() -> Iterator[int]:
    """A loopback port held by this test and never listened on: a connection to it is refused."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as held:
        held.bind(("127.0.0.1", 0))
        yield held.getsockname()[1]


BAD_PORTS = [
    ("http://127.0.0.1:99999/v1", "port 99999 is out of range (valid ports are 1-65535)"),
    ("http://127.0.0.1:0/v1", "port 0 is out of range (valid ports are 1-65535)"),
    ("http://[::1]:70000/v1", "port 70000 is out of range (valid ports are 1-65535)"),
    ("http://127.0.0.1:abc/v1", "the port is not a number"),
    ("http://127.0.0.1:-1/v1", "the port is not a number"),
]


@pytest.mark.parametrize(("url", "problem"), BAD_PORTS, ids=[url for url, _ in BAD_PORTS])
def test_a_base_url_with_an_impossible_port_is_refused_at_once(url: str, problem: str) -> None:
    by_option = whereby("--base-url", url, "meetings", "list")
    assert by_option.code == USAGE, by_option.stderr
    assert "'--base-url'" in by_option.error and problem in by_option.error
    by_variable = whereby("meetings", "list", base_url=url)
    assert by_variable.code == USAGE, by_variable.stderr
    assert "WHEREBY_BASE_URL" in by_variable.error and problem in by_variable.error


def test_a_command_that_sends_nothing_refuses_a_bad_base_url_option_too() -> None:
    result = whereby("operations", "--base-url", "http://127.0.0.1:99999/v1")
    assert result.code == USAGE and result.stdout == ""
    assert "port 99999 is out of range" in result.error


def test_a_port_problem_never_shows_the_password() -> None:
    for url in ("http://user:S3CRETPASS@127.0.0.1:99999/v1", "http://user:S3CRETPASS@127.0.0.1:abc/v1"):
        result = whereby("--base-url", url, "meetings", "list")
        assert result.code == USAGE, result.stderr
        assert "port" in result.error and "S3CRETPASS" not in result.stderr + result.stdout


@pytest.mark.parametrize("url", ["http://[::1/v1", "http://[zz]/v1", "https://xn--/v1", "https://h\x7f/v1"])
def test_an_unparsable_base_url_is_refused_naming_where_it_came_from(url: str) -> None:
    by_option = whereby("--base-url", url, "meetings", "list")
    assert by_option.code == USAGE, by_option.stderr
    assert "'--base-url'" in by_option.error and "not a URL" in by_option.error
    by_variable = whereby("meetings", "list", base_url=url)
    assert by_variable.code == USAGE, by_variable.stderr
    assert "WHEREBY_BASE_URL" in by_variable.error and "not a URL" in by_variable.error


def test_a_refused_connection_names_the_host_the_port_and_the_cause(closed_port: int) -> None:
    result = whereby("meetings", "get", "m-1", base_url=f"http://127.0.0.1:{closed_port}/v1")
    assert result.code == API_ERROR, result.stderr
    assert (
        f"GET /v1/meetings/m-1 to 127.0.0.1:{closed_port} failed after 3 attempts: connection refused" in result.error
    )


def test_a_host_that_does_not_resolve_is_named_with_the_cause() -> None:
    # .invalid is reserved (RFC 2606): no resolver anywhere answers for it.
    result = whereby("meetings", "list", base_url="https://nonexistent.invalid/v1")
    assert result.code == API_ERROR, result.stderr
    assert "GET /v1/meetings to nonexistent.invalid:443 failed" in result.error
    assert "the host name could not be resolved" in result.error


def test_a_timeout_is_reported_as_one_with_the_host_and_port() -> None:
    # In-process, with the exceptions the library raises: a real timeout would take the client's
    # own timeout (10 s to connect, 60 s for a reply) times every retry.
    from whereby_v1.overlay.errors import APITimeoutError, connection_error

    request = httpx.Request("GET", "https://api.example.test/v1/meetings")
    for cause, reason in [
        (httpx.ConnectTimeout("timed out"), "timed out while connecting"),
        (httpx.ReadTimeout("timed out"), "timed out waiting for the reply"),
    ]:
        error = connection_error(cause, request, "GET /v1/meetings", attempts=1, may_have_run=True, idempotent=True)
        assert type(error) is APITimeoutError
        assert str(error) == f"GET /v1/meetings to api.example.test:443 failed: {reason} ({type(cause).__name__})"
