"""A request cancelled while it waits for the budget gives its points back.

Task cancellation, a timeout around the call (`asyncio.wait_for`) and Ctrl-C in sync code all
interrupt the wait before anything is sent; the booking must not stay in the store, or every later
request waits for points nobody spends. Checked on every kind of store.
"""

from __future__ import annotations

import asyncio
import contextlib
import sqlite3
import time
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

import httpx
import pytest

from tests.overlay.redis_server import RedisServer
from whereby_v1.api.meetings import get_meeting
from whereby_v1.overlay import WherebyClient
from whereby_v1.overlay.stores import Booking, BudgetStore, MemoryStore, RedisStore, SQLiteStore

LIMIT, WINDOW = 3, 30.0


def reply(request: httpx.Request) -> httpx.Response:
    return httpx.Response(
        200, json={"meetingId": "1", "roomUrl": "https://x.whereby.com/r", "endDate": "2030-01-01T00:00:00Z"}
    )


@pytest.fixture(scope="module")
def redis_server() -> Iterator[RedisServer]:
    server = RedisServer()
    server.start()
    yield server
    server.stop()


@pytest.fixture(params=["memory", "sqlite", "redis"])
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[BudgetStore]:
    made: BudgetStore
    if request.param == "memory":
        made = MemoryStore()
    elif request.param == "sqlite":
        made = SQLiteStore(tmp_path / "budget.sqlite3")
    else:
        server: RedisServer = request.getfixturevalue("redis_server")
        made = RedisStore(server.url, name=f"cancel-{uuid.uuid4().hex}", fallback="raise")
    yield made
    close: Callable[[], None] | None = getattr(made, "close", None)
    if close:
        close()


def _client(store: BudgetStore) -> WherebyClient:
    # A MockTransport serves both the sync and the async httpx client.
    return WherebyClient(
        "k",
        base_url="http://127.0.0.1:9/v1",
        points_per_minute=LIMIT,
        window=WINDOW,
        budget=store,
        httpx_args={"transport": httpx.MockTransport(reply)},
    )


def _spend_the_budget(client: WherebyClient) -> None:
    for _ in range(LIMIT):
        get_meeting.sync_detailed("1", client=client)


def _next_wait(store: BudgetStore) -> float:
    # What a fresh request would wait now; with the cancelled bookings kept it would be two more windows.
    local_window = WINDOW * 1.01
    return store.book(1, LIMIT, local_window).wait


def test_tasks_timed_out_while_waiting_give_their_points_back(store: BudgetStore) -> None:
    async def main() -> None:
        async with _client(store) as client:
            for _ in range(LIMIT):
                await get_meeting.asyncio_detailed("1", client=client)
            waiting = [asyncio.wait_for(get_meeting.asyncio_detailed("1", client=client), 0.2) for _ in range(10)]
            results = await asyncio.gather(*waiting, return_exceptions=True)
            assert all(isinstance(r, TimeoutError) for r in results), results

    asyncio.run(main())
    assert _next_wait(store) < WINDOW * 1.2


def test_a_task_cancelled_while_waiting_gives_its_points_back(store: BudgetStore) -> None:
    async def main() -> None:
        async with _client(store) as client:
            for _ in range(LIMIT):
                await get_meeting.asyncio_detailed("1", client=client)
            # A window's worth of waiting requests: kept, they would push the next one a window further.
            tasks = [asyncio.ensure_future(get_meeting.asyncio_detailed("1", client=client)) for _ in range(LIMIT)]
            await asyncio.sleep(0.2)  # they are waiting for the next window now
            for task in tasks:
                task.cancel()
            for task in tasks:
                with pytest.raises(asyncio.CancelledError):
                    await task

    asyncio.run(main())
    assert _next_wait(store) < WINDOW * 1.2


def test_ctrl_c_while_waiting_gives_the_points_back(store: BudgetStore) -> None:
    client = _client(store)

    def interrupted(seconds: float) -> None:
        raise KeyboardInterrupt

    client._sync_sleep = interrupted  # what Ctrl-C does to time.sleep, without the wait
    _spend_the_budget(client)  # fits: no wait yet
    for _ in range(LIMIT):  # a window's worth, each interrupted while it waits
        with pytest.raises(KeyboardInterrupt):
            get_meeting.sync_detailed("1", client=client)
    assert _next_wait(store) < WINDOW * 1.2


def test_a_task_cancelled_while_its_booking_is_being_made_gives_it_back(tmp_path: Path) -> None:
    # A SQLite or Redis booking runs in a worker thread, which a cancellation cannot stop.
    class SlowStore(SQLiteStore):
        def book(self, cost: int, limit: int, window: float) -> Booking:
            time.sleep(0.3)
            return super().book(cost, limit, window)

    store = SlowStore(tmp_path / "budget.sqlite3")

    async def main() -> None:
        async with _client(store) as client:
            task = asyncio.ensure_future(get_meeting.asyncio_detailed("1", client=client))
            await asyncio.sleep(0.1)  # the booking is under way in its thread
            task.cancel()
            with pytest.raises(asyncio.CancelledError):
                await task
            await asyncio.sleep(0.5)  # the thread finishes and the booking is given back

    asyncio.run(main())
    store.close()
    with contextlib.closing(sqlite3.connect(tmp_path / "budget.sqlite3")) as conn:
        assert conn.execute("SELECT count(*) FROM whereby_budget_bookings").fetchone()[0] == 0
