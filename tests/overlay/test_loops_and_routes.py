"""One client serves every event loop and every route httpx can take, always through the pacing.

A second `asyncio.run()` with the same client, threads each running their own loop, proxies and
mounts (explicit or from the environment), and a user's own httpx client: no request skips the
budget, and none fails because its connections belong to another loop.
"""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Callable
from typing import Any

import httpx
import pytest

from tests.sandbox.conftest import DEV_TOKEN, RunningSandbox
from whereby_v1 import Whereby
from whereby_v1.api.meetings import get_meeting, get_meetings
from whereby_v1.overlay import WherebyClient
from whereby_v1.overlay.transport import AsyncWherebyTransport, WherebyTransport


def _client(server: RunningSandbox, **extra: Any) -> WherebyClient:
    return WherebyClient(DEV_TOKEN, base_url=server.base_url, points_per_minute=100000, raise_errors=True, **extra)


def test_one_client_serves_one_asyncio_run_after_another(shared_sandbox: RunningSandbox) -> None:
    client = _client(shared_sandbox)

    async def read() -> int:
        page = await get_meetings.asyncio(client=client, limit=1)
        assert page is not None
        return len(page.results)

    for _ in range(3):  # each run has a new loop; the connections of the last one are closed
        assert asyncio.run(read()) >= 0


def test_threads_each_with_their_own_loop_share_one_client(shared_sandbox: RunningSandbox) -> None:
    client = _client(shared_sandbox)
    failures: list[BaseException] = []
    done = []

    def worker() -> None:
        async def calls() -> None:
            for _ in range(10):
                await get_meetings.asyncio_detailed(client=client, limit=1)

        try:
            asyncio.run(calls())
            done.append(1)
        except BaseException as error:
            failures.append(error)

    threads = [threading.Thread(target=worker) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    assert not any(t.is_alive() for t in threads), "a thread is stuck"
    assert failures == [] and len(done) == 4


def _proxy_like(seen: list[str]) -> httpx.MockTransport:
    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(request.url.path)
        return httpx.Response(200, json={"meetingId": "1", "roomUrl": "https://x/r", "endDate": "2030-01-01T00:00:00Z"})

    return httpx.MockTransport(answer)


def test_mounts_are_paced_like_the_default_route() -> None:
    seen: list[str] = []
    client = WherebyClient(
        "k",
        base_url="http://127.0.0.1:9/v1",
        points_per_minute=2,
        window=60,
        httpx_args={"mounts": {"http://127.0.0.1:9": _proxy_like(seen)}},
    )
    waits: list[float] = []
    client._sync_sleep = waits.append  # record the paced waits instead of sleeping them
    for _ in range(3):
        get_meeting.sync_detailed("1", client=client)
    assert seen == ["/v1/meetings/1"] * 3
    assert len(waits) == 1 and waits[0] > 50  # the third read waited for the next window


def test_proxies_from_the_environment_are_honoured_and_wrapped(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HTTPS_PROXY", "http://127.0.0.1:3128")
    client = WherebyClient("k", base_url="https://api.whereby.dev/v1")
    mounts = client.get_httpx_client()._mounts
    assert mounts, "HTTPS_PROXY was ignored"
    assert all(isinstance(t, WherebyTransport) for t in mounts.values() if t is not None)

    async def async_mounts() -> dict[Any, Any]:
        return client.get_async_httpx_client()._mounts

    amounts = asyncio.run(async_mounts())
    assert amounts and all(isinstance(t, AsyncWherebyTransport) for t in amounts.values() if t is not None)


@pytest.mark.parametrize("setter", ["set_httpx_client", "http_client="])
def test_a_users_own_httpx_client_is_wrapped_not_a_way_around(setter: str) -> None:
    seen: list[str] = []
    own = httpx.Client(transport=_proxy_like(seen))
    make: Callable[[], Any]
    if setter == "set_httpx_client":
        client = WherebyClient("k", base_url="http://127.0.0.1:9/v1", points_per_minute=2, window=60)
        client.set_httpx_client(own)
        make = lambda: get_meeting.sync_detailed("1", client=client)  # noqa: E731
        pacer = client.pacer
    else:
        face = Whereby("k", base_url="http://127.0.0.1:9/v1", points_per_minute=2, window=60, http_client=own)
        make = lambda: face.meetings.get("1")  # noqa: E731
        pacer = face.pacer
    assert isinstance(own._transport, WherebyTransport)
    make()
    make()
    assert seen == ["/v1/meetings/1"] * 2
    assert pacer.store.book(1, 2, 60.6).wait > 50  # both requests were booked: the budget is spent
