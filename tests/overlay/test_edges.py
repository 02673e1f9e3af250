"""Edges of the client's promises: a cancellation stays a cancellation, a reply is never lost to a
decoding error or a warning, derived clients keep their routes, and the key stays with the API."""

from __future__ import annotations

import asyncio
import gc
import socket
import warnings

import httpx
import pytest

from tests.overlay.test_cancellation import LIMIT, WINDOW, reply
from tests.sandbox.conftest import DEV_TOKEN, RunningSandbox
from whereby_v1 import APIConnectionError, ConfigurationError, Whereby, WherebyError
from whereby_v1.api.meetings import create_meeting, get_meeting
from whereby_v1.models import CreateMeetingRequest, Meeting
from whereby_v1.overlay import WherebyClient
from whereby_v1.overlay.stores import Booking, MemoryStore
from whereby_v1.overlay.transport import WherebyTransport


class ReleaseFails(MemoryStore):
    def release(self, booking: Booking) -> None:
        raise WherebyError("the SQLite budget store failed: database is locked")


def test_a_store_failing_to_give_points_back_does_not_hide_the_cancellation() -> None:
    async def main() -> bool:
        client = WherebyClient(
            "k",
            base_url="http://127.0.0.1:9/v1",
            points_per_minute=LIMIT,
            window=WINDOW,
            budget=ReleaseFails(),
            httpx_args={"transport": httpx.MockTransport(reply)},
        )
        for _ in range(LIMIT):
            await get_meeting.asyncio_detailed("1", client=client)
        task = asyncio.ensure_future(get_meeting.asyncio_detailed("1", client=client))
        await asyncio.sleep(0.1)
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task
        return task.cancelled()

    assert asyncio.run(main())


def test_closed_event_loops_are_forgotten(shared_sandbox: RunningSandbox) -> None:
    # Real connections: they keep their loop alive, so only the client can let a closed loop go.
    client = WherebyClient(DEV_TOKEN, base_url=shared_sandbox.base_url, points_per_minute=100000)

    async def read() -> None:
        await get_meeting.asyncio_detailed("1", client=client)

    for _ in range(4):
        asyncio.run(read())
    gc.collect()
    assert len(client._async_by_loop) <= 1 and len(client._async_pools) <= 1


def test_a_reply_that_cannot_be_decoded_is_a_connection_error_that_may_have_run() -> None:
    def garbled(request: httpx.Request) -> httpx.Response:
        return httpx.Response(201, headers={"content-encoding": "gzip"}, content=b"not gzip at all")

    client = WherebyClient(
        "k", base_url="http://127.0.0.1:9/v1", raise_errors=True, httpx_args={"transport": httpx.MockTransport(garbled)}
    )
    from datetime import UTC, datetime, timedelta

    body = CreateMeetingRequest(end_date=datetime.now(UTC) + timedelta(hours=1))
    with pytest.raises(APIConnectionError) as caught:
        create_meeting.sync_detailed(client=client, body=body)
    assert caught.value.may_have_run and "DecodingError" in str(caught.value)


def test_warnings_turned_into_errors_do_not_lose_the_reply() -> None:
    def deprecated(request: httpx.Request) -> httpx.Response:
        answer = reply(request)
        answer.headers["Deprecation"] = "true"
        return answer

    client = Whereby(
        "k", base_url="http://127.0.0.1:9/v1", http_client=httpx.Client(transport=httpx.MockTransport(deprecated))
    )
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert type(client.meetings.get("1")) is Meeting


def test_a_derived_client_keeps_the_proxies_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HTTPS_PROXY", "http://127.0.0.1:3128")
    client = WherebyClient("k", base_url="https://api.whereby.dev/v1")
    client.get_httpx_client()
    for each in (client, client.derive(_timeout=httpx.Timeout(3.0))):
        mounts = each.get_httpx_client()._mounts
        assert mounts and all(isinstance(t, WherebyTransport) for t in mounts.values() if t is not None)


def test_with_options_on_a_client_built_on_your_own_httpx_client_says_what_to_do() -> None:
    client = Whereby(
        "k", base_url="http://127.0.0.1:9/v1", http_client=httpx.Client(transport=httpx.MockTransport(reply))
    )
    with pytest.raises(ConfigurationError, match="your own httpx client"):
        client.with_options(timeout=3)


def test_your_own_httpx_client_sends_the_key_to_the_api_and_nowhere_else() -> None:
    seen: dict[str, str | None] = {}

    def record(request: httpx.Request) -> httpx.Response:
        seen[request.url.host] = request.headers.get("authorization")
        return reply(request)

    own = httpx.Client(transport=httpx.MockTransport(record))
    Whereby("sk-own-client-key", base_url="http://127.0.0.1:9/v1", http_client=own).meetings.get("1")
    own.get("http://elsewhere.example/")
    assert seen == {"127.0.0.1": "Bearer sk-own-client-key", "elsewhere.example": None}


def test_a_base_url_without_a_scheme_does_not_show_its_password() -> None:
    with pytest.raises(ConfigurationError) as caught:
        WherebyClient("k", base_url="user:s3cretpw@api.whereby.dev/v1")
    assert "s3cretpw" not in str(caught.value)


def test_a_connection_error_names_the_request_the_host_the_port_and_the_cause() -> None:
    # Before, the message was only "GET /v1/meetings/m-1 failed after 3 attempts: ConnectError".
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]  # closed again below: nothing listens on it
    with (
        Whereby("k-edge", base_url=f"http://127.0.0.1:{port}/v1", max_retries=0) as client,
        pytest.raises(APIConnectionError) as raised,
    ):
        client.meetings.get("m-1")
    assert str(raised.value) == f"GET /v1/meetings/m-1 to 127.0.0.1:{port} failed: connection refused (ConnectError)"
    assert raised.value.may_have_run is False
