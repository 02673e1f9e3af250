"""`max_wait` bounds how long a request may wait for room in the budget; `timeout` never counts it.

A request the budget would hold back longer raises `BudgetWaitError` at once, sends nothing and
gives its booking back. Against the recording server, which shows what reached the wire.
"""

from __future__ import annotations

import asyncio
import contextlib
import sqlite3
from pathlib import Path

import pytest

from tests.client.conftest import RecordingServer
from whereby_v1 import AsyncWhereby, BudgetWaitError, ConfigurationError, SQLiteStore, Whereby

WINDOW = 30.0


def test_a_wait_longer_than_max_wait_raises_at_once_sends_nothing_and_gives_the_points_back(
    http_server: RecordingServer,
) -> None:
    for _ in range(2):
        http_server.reply_with(204)
    with Whereby("k-wait", base_url=http_server.base_url, points_per_minute=4, window=WINDOW, max_wait=1.0) as client:
        client.meetings.delete("a")
        client.meetings.delete("b")  # 4 of 4 points: the next 2 fit only when the window moves on
        with pytest.raises(
            BudgetWaitError, match=r"DELETE /v1/meetings/c: .* longer than this client's max_wait of 1s"
        ) as first:
            client.meetings.delete("c")
        assert first.value.retry_after > 1.0
        assert first.value.method == "DELETE" and first.value.url.endswith("/v1/meetings/c")
        with pytest.raises(BudgetWaitError) as second:
            client.meetings.delete("c")
        # Given back: the second refusal waits no longer than the first did (a kept booking would add a window).
        assert second.value.retry_after <= first.value.retry_after
        assert client.pacer.store.book(2, 4, client.pacer.local_window).wait < WINDOW + 1
    assert [r.target for r in http_server.requests] == ["/v1/meetings/a", "/v1/meetings/b"]


def test_max_wait_is_per_client_and_with_options_can_change_it(http_server: RecordingServer) -> None:
    http_server.reply_with(204)
    with Whereby("k-wait", base_url=http_server.base_url, points_per_minute=2, window=WINDOW) as client:
        client.meetings.delete("a")
        with pytest.raises(BudgetWaitError):
            client.with_options(max_wait=0.5).meetings.delete("b")
        assert client.with_options(max_wait=0.5).pacer is client.pacer  # one budget
    assert len(http_server.requests) == 1


def test_the_async_client_bounds_the_wait_the_same_way(http_server: RecordingServer) -> None:
    http_server.reply_with(204)

    async def main() -> None:
        async with AsyncWhereby(
            "k-wait", base_url=http_server.base_url, points_per_minute=2, window=WINDOW, max_wait=0.0
        ) as client:
            await client.meetings.delete("a")
            with pytest.raises(BudgetWaitError):
                await client.meetings.delete("b")

    asyncio.run(main())
    assert len(http_server.requests) == 1


@pytest.mark.parametrize("value", [-1.0, float("nan"), float("inf"), "5"])
def test_a_max_wait_that_cannot_work_is_refused(value: object) -> None:
    with pytest.raises(ConfigurationError, match="max_wait"):
        Whereby("k-wait", max_wait=value)  # type: ignore[arg-type]


def test_a_refused_wait_gives_back_its_points_in_a_shared_store_too(
    http_server: RecordingServer, tmp_path: Path
) -> None:
    http_server.reply_with(204)
    store = SQLiteStore(tmp_path / "budget.sqlite3")

    async def main() -> None:
        async with AsyncWhereby(
            "k-wait", base_url=http_server.base_url, budget=store, points_per_minute=2, window=WINDOW, max_wait=0.0
        ) as client:
            await client.meetings.delete("a")
            with pytest.raises(BudgetWaitError):
                await client.meetings.delete("b")

    asyncio.run(main())
    store.close()
    with contextlib.closing(sqlite3.connect(tmp_path / "budget.sqlite3")) as conn:
        assert conn.execute("SELECT sum(cost) FROM whereby_budget_bookings").fetchone()[0] == 2  # only "a"
    assert len(http_server.requests) == 1
