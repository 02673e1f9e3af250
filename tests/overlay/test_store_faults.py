"""When the budget store fails after the server answered, the answer wins.

The server did the work (a meeting was created): raising a store error would make the caller send
the request again and create it twice. The reply is returned and the fault is logged. Against the
sandbox, with a store that breaks and with a real Redis killed while a create is in flight.
"""

from __future__ import annotations

import logging
import threading
import uuid
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from tests.overlay.redis_server import RedisServer
from tests.sandbox.conftest import DEV_TOKEN, RunningSandbox
from whereby_v1 import Whereby, WherebyError
from whereby_v1.models import Meeting
from whereby_v1.overlay.stores import MemoryStore, RedisStore


class BrokenAfterReplies(MemoryStore):
    """Books fine, but fails whenever it learns from a reply (as a store whose file went bad)."""

    def correct(self, remaining: int, limit: int, window: float) -> None:
        raise WherebyError("the SQLite budget store '/tmp/budget.sqlite3' failed: database disk image is malformed")


def _later() -> datetime:
    return datetime.now(UTC) + timedelta(hours=1)


def _meetings(server: RunningSandbox) -> int:
    with Whereby(DEV_TOKEN, base_url=server.base_url, points_per_minute=100000) as client:
        return len(list(client.meetings.list(limit=100)))


def test_a_store_failing_after_the_reply_does_not_lose_the_created_meeting(
    sandbox_factory: Callable[..., RunningSandbox], caplog: pytest.LogCaptureFixture
) -> None:
    server = sandbox_factory("--seed", "3")
    before = _meetings(server)
    store = BrokenAfterReplies()
    with (
        caplog.at_level(logging.WARNING, logger="whereby_v1"),
        Whereby(DEV_TOKEN, base_url=server.base_url, budget=store) as client,
    ):
        meeting = client.meetings.create(end_date=_later())
    assert type(meeting) is Meeting
    assert _meetings(server) == before + 1  # created once, and the caller knows it
    [warning] = [r for r in caplog.records if "budget store failed after the server answered" in r.getMessage()]
    assert "POST /v1/meetings" in warning.getMessage() and "malformed" in warning.getMessage()


def test_redis_killed_while_a_create_is_in_flight_still_returns_the_meeting(
    sandbox_factory: Callable[..., RunningSandbox],
) -> None:
    server = sandbox_factory("--seed", "4", "--slow-rate", "1", "--slow-ms", "1500")
    redis = RedisServer()
    redis.start()
    try:
        name = f"inflight-{uuid.uuid4().hex}"
        store = RedisStore(redis.url, name=name, fallback="raise")
        outcome: dict[str, Any] = {}
        sent = threading.Event()

        def create() -> None:
            with Whereby(DEV_TOKEN, base_url=server.base_url, budget=store) as client:
                sent.set()
                try:
                    outcome["meeting"] = client.meetings.create(end_date=_later())
                except BaseException as error:
                    outcome["error"] = error

        worker = threading.Thread(target=create)
        worker.start()
        assert sent.wait(10)
        # Redis dies once the booking is in it: the request is on its way, its reply 1.5 s off.
        probe = redis.client()
        for _ in range(500):
            if probe.exists(f"{{{name}}}:log"):
                break
            threading.Event().wait(0.02)
        probe.close()
        redis.stop()
        worker.join(30)
        assert not worker.is_alive()
        assert "error" not in outcome, outcome.get("error")
        assert type(outcome["meeting"]) is Meeting
        store.close()
    finally:
        redis.stop()
    slow_off = server.admin("PUT", "faults", json={"slow_rate": 0})
    assert slow_off.status_code == 200
    assert _meetings(server) == 1 + 0  # the seeded data has no meetings: exactly the one created
