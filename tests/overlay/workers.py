"""Worker functions for the multi-process tests (importable by spawned processes)."""

from __future__ import annotations

from whereby_v1.api.meetings import get_meetings
from whereby_v1.overlay import RedisStore, SQLiteStore, WherebyClient
from whereby_v1.overlay.stores.base import BudgetStore


def read_meetings(
    base_url: str, key: str, budget: int, window: float, store: str, target: str, count: int
) -> list[int]:
    """Run in a separate process: `count` paced reads through a shared budget (a file or a Redis URL)."""
    shared: BudgetStore = SQLiteStore(target) if store == "sqlite" else RedisStore(target, name="processes-test")
    client = WherebyClient(key, base_url=base_url, points_per_minute=budget, window=window, budget=shared)
    with client:
        return [get_meetings.sync_detailed(client=client).status_code for _ in range(count)]
