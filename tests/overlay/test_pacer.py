"""The pacer on its own: FIFO booking, learning from headers, and the delay margin."""

from __future__ import annotations

import httpx

from whereby_v1.overlay.pacing import Pacer, route
from whereby_v1.overlay.stores.memory import MemoryStore


class Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def test_a_write_queued_behind_reads_is_not_overtaken_by_later_reads() -> None:
    pacer = Pacer(MemoryStore(Clock()), limit=10, window=60)
    reads_before = [pacer.book(1).wait for _ in range(12)]
    write = pacer.book(3).wait
    reads_after = [pacer.book(1).wait for _ in range(5)]
    assert reads_before[:10] == [0.0] * 10 and reads_before[10] > 0
    assert all(write >= w for w in reads_before)
    assert all(w >= write for w in reads_after)


def test_spending_by_other_keys_seen_in_the_headers_delays_our_next_request() -> None:
    pacer = Pacer(MemoryStore(Clock()), limit=10, window=60)
    assert pacer.book(1).wait == 0
    pacer.observe(httpx.Headers({"X-RateLimit-Limit": "10", "X-RateLimit-Remaining": "2"}))
    assert pacer.book(1).wait == 0 and pacer.book(1).wait == 0
    assert pacer.book(1).wait > 0  # 1 ours + 7 theirs + 2 ours fill the window


def test_the_servers_limit_replaces_the_configured_one() -> None:
    pacer = Pacer(MemoryStore(Clock()), limit=1000, window=60)
    pacer.observe(httpx.Headers({"X-RateLimit-Limit": "100", "X-RateLimit-Remaining": "100"}))
    assert pacer.limit == 100
    pacer.observe(httpx.Headers({"X-RateLimit-Limit": "garbage"}))
    assert pacer.limit == 100


def test_the_local_window_grows_with_the_delay_replies_show_and_is_capped() -> None:
    pacer = Pacer(MemoryStore(), limit=10, window=60)
    assert pacer.local_window == 61.0  # before any reply: the initial allowance (capped at 1 s)
    ticket = pacer.book(1)
    pacer.settle(ticket)
    assert 60.6 <= pacer.local_window < 61.0  # a fast reply: back to the 1% floor
    late = type(ticket)(wait=0.0, slot=ticket.slot - 30)
    pacer.settle(late)
    assert pacer.local_window == 75.0  # a 30 s delay is capped at a quarter of the window


def test_requests_are_priced_from_the_contract_and_unknown_ones_by_method() -> None:
    assert route("POST", "/v1/meetings", "/v1").cost == 3
    assert route("DELETE", "/v1/meetings/123", "/v1").cost == 2
    bulk = route("POST", "/v1/recordings/bulk-delete", "/v1")
    assert (bulk.cost, bulk.idempotent, bulk.operation_id) == (3, True, "bulkDeleteRecordings")
    unknown = route("POST", "/v1/breakout-rooms", "/v1")
    assert (unknown.cost, unknown.idempotent, unknown.operation_id) == (3, False, None)
    assert route("GET", "/v1/something-new", "/v1").cost == 1


def test_the_budget_left_is_what_the_last_reply_reported() -> None:
    pacer = Pacer(MemoryStore(Clock()), limit=100, window=60)
    assert pacer.remaining is None
    pacer.observe(httpx.Headers({"X-RateLimit-Limit": "100", "X-RateLimit-Remaining": "97"}))
    assert pacer.remaining == 97
    pacer.observe(httpx.Headers({"X-RateLimit-Remaining": "not a number"}))
    pacer.observe(httpx.Headers({}))
    assert pacer.remaining == 97
    pacer.observe(httpx.Headers({"X-RateLimit-Remaining": "100"}))
    assert pacer.remaining == 100
