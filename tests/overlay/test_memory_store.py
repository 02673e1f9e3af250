"""The memory store's incremental bookkeeping gives exactly the bookings of the reference rule."""

from __future__ import annotations

import math
import random

import pytest

from whereby_v1.overlay.stores.base import (
    YOUNG_BOOKED,
    YOUNG_FULL,
    Booking,
    Grid,
    book,
    book_on_grid,
    book_young,
    horizon,
    others_on_grid,
    unseen_on_grid,
    unseen_spending,
)
from whereby_v1.overlay.stores.memory import MemoryStore


class Clock:
    def __init__(self) -> None:
        self.now = 50.0

    def __call__(self) -> float:
        return self.now


@pytest.mark.parametrize("seed", range(5))
def test_random_workloads_match_the_reference_rule(seed: int) -> None:
    rng = random.Random(seed)
    clock = Clock()
    store = MemoryStore(clock)
    reference: list[tuple[float, int]] = []
    paused_until = 0.0
    limit, window = 30, 10.0
    for _ in range(600):
        clock.now += rng.expovariate(8)
        reference = [(t, c) for t, c in reference if t > clock.now - window]
        action = rng.random()
        if action < 0.85:
            cost = rng.choice((1, 1, 1, 2, 3))
            expected = book(reference, cost, limit, window, clock.now, paused_until)
            assert store.book(cost, limit, window).at == pytest.approx(expected)
            reference.append((expected, cost))
        elif action < 0.95:
            remaining = rng.randint(0, limit)
            extra = unseen_spending(reference, remaining, limit, window, clock.now)
            store.correct(remaining, limit, window)
            if extra:
                reference.append((clock.now, extra))
                reference.sort()
        else:
            seconds = rng.uniform(0, 3)
            paused_until = max(paused_until, clock.now + seconds)
            store.pause(seconds)


def _grid(rng: random.Random, now: float, window: float, origin: float, of: float | None = None) -> Grid:
    """The grid of windows [origin + k * window, ...) as a call at `now` sees it (naming the window
    of the moment `of`, by default now), with a random guard and reserves."""
    k = math.floor(((now if of is None else of) - origin) / window) + 1
    end = origin + k * window
    return Grid(
        end=round(end * 1000),
        until_end=end - now,
        guard=rng.choice((0.0, 0.05, 0.5)),
        reserve_now=rng.choice((0, 0, 2, 5)),
        reserve=rng.choice((0, 0, 3)),
        lookback=rng.choice((0.0, 0.0, 0.3, window * 0.25)),
    )


@pytest.mark.parametrize("seed", range(6))
def test_random_grid_workloads_match_the_reference_rules(seed: int) -> None:
    """Bookings with and without the grid, corrections of both kinds, pauses and releases, in any
    mix: the store's answers are the reference rules' on the same entries."""
    rng = random.Random(seed)
    clock = Clock()
    store = MemoryStore(clock)
    reference: list[tuple[float, int, int | None, bool, int]] = []  # GridEntry + the booking's key
    paused_until = 0.0
    limit, window, origin = 30, 10.0, 3.0

    def insert(entry: tuple[float, int, int | None, bool, int]) -> None:
        position = len(reference)
        while position and reference[position - 1][0] > entry[0]:
            position -= 1
        reference.insert(position, entry)

    for _ in range(800):
        clock.now += rng.expovariate(8)
        reference = [e for e in reference if e[0] > clock.now - horizon(window)]
        entries = [e[:4] for e in reference]
        action = rng.random()
        if action < 0.35:
            cost = rng.choice((1, 1, 1, 2, 3))
            expected = book([(t, c) for t, c, *_ in entries], cost, limit, window, clock.now, paused_until)
            booking = store.book(cost, limit, window)
            assert booking.at == pytest.approx(expected)
            insert((expected, cost, None, False, booking.key))
        elif action < 0.65:
            cost = rng.choice((1, 1, 1, 2, 3))
            grid = _grid(rng, clock.now, window, origin)
            slot, end = book_on_grid(entries, cost, limit, window, clock.now, paused_until, grid)
            booking = store.book_on_grid(cost, limit, window, grid)
            assert booking.at == pytest.approx(slot)
            insert((slot, cost, end, False, booking.key))
        elif action < 0.8:
            cost = rng.choice((1, 1, 1, 2, 3))
            grid = _grid(rng, clock.now, window, origin)
            grid = Grid(grid.end, grid.until_end, grid.guard, grid.reserve_now, lookback=grid.lookback)
            verdict, moment = book_young(entries, cost, limit, window, clock.now, paused_until, grid)
            young = store.book_young(cost, limit, window, grid)
            if verdict == YOUNG_BOOKED:
                assert isinstance(young, Booking) and young.at == pytest.approx(moment)
                insert((moment, cost, grid.end, False, young.key))
            elif verdict == YOUNG_FULL:
                assert isinstance(young, float) and young == pytest.approx(moment - clock.now)
            else:
                assert young is None
        elif action < 0.85:
            remaining = rng.randint(0, limit)
            extra = unseen_spending([(t, c) for t, c, *_ in entries], remaining, limit, window, clock.now)
            store.correct(remaining, limit, window)
            if extra:
                insert((clock.now, extra, None, False, -1))
        elif action < 0.93:
            remaining = rng.randint(0, limit)
            # a reply may name the window before the current one (it was counted there)
            grid = _grid(rng, clock.now, window, origin, of=clock.now - rng.choice((0.0, 0.0, 4.0)))
            grid = Grid(grid.end, grid.until_end, grid.guard)
            extra = unseen_on_grid(entries, remaining, limit, window, clock.now, grid)
            if extra:
                insert((clock.now, extra, grid.end, True, -1))
            assert store.correct_on_grid(remaining, limit, window, grid) == others_on_grid(
                [e[:4] for e in reference], grid.end
            )
        elif action < 0.97:
            mine = [e for e in reference if e[4] >= 0]
            if mine:
                gone = rng.choice(mine)
                reference.remove(gone)
                store.release(Booking(gone[0], 0.0, gone[4]))
        else:
            seconds = rng.uniform(0, 3)
            paused_until = max(paused_until, clock.now + seconds)
            store.pause(seconds)


def test_a_small_request_uses_points_a_larger_one_cannot() -> None:
    """28 of 30 points spent in the current window: a 3-point request waits for the next window,
    and a 1-point request booked after it still goes now, in the current one."""
    clock = Clock()
    store = MemoryStore(clock)
    grid = Grid(end=round((clock.now + 4.0) * 1000), until_end=4.0)
    for _ in range(28):
        assert store.book_on_grid(1, 30, 10.0, grid).wait == 0
    large = store.book_on_grid(3, 30, 10.0, grid)
    small = store.book_on_grid(1, 30, 10.0, grid)
    assert large.wait == pytest.approx(4.0)
    assert small.wait == 0
    assert store.book_on_grid(1, 30, 10.0, grid).wait == 0  # the 30th point
    assert store.book_on_grid(1, 30, 10.0, grid).wait == pytest.approx(4.0)


def test_a_reserve_keeps_points_for_other_keys_but_never_an_empty_window() -> None:
    clock = Clock()
    store = MemoryStore(clock)
    grid = Grid(end=round((clock.now + 4.0) * 1000), until_end=4.0, reserve_now=10, reserve=29)
    waits = [store.book_on_grid(1, 30, 10.0, grid).wait for _ in range(21)]
    assert waits[:20] == [0] * 20  # 30 - 10 kept
    assert waits[20] == pytest.approx(4.0)  # the next window keeps 29: one point fits
    assert store.book_on_grid(1, 30, 10.0, grid).wait == pytest.approx(14.0)
    assert store.book_on_grid(30, 30, 10.0, grid).wait == pytest.approx(
        24.0
    )  # a reserve never keeps out a whole-budget request


def test_no_request_goes_inside_the_guard_before_a_window_ends() -> None:
    clock = Clock()
    store = MemoryStore(clock)
    grid = Grid(end=round((clock.now + 0.2) * 1000), until_end=0.2, guard=0.3)
    assert store.book_on_grid(1, 30, 10.0, grid).wait == pytest.approx(0.2)


def test_a_booking_that_waited_for_the_lock_past_a_boundary_counts_in_the_later_window() -> None:
    """The grid is relative to the call. If the store's lock comes only after the current window
    has ended, the booking belongs to the next window, full here: it must wait for the one
    after, not take the ended window's free points (the server would count it in the full one)."""
    clock = Clock()
    store = MemoryStore(clock)
    end = clock.now + 0.3
    for _ in range(10):  # the next window is already full of bookings
        store.book_on_grid(1, 10, 10.0, Grid(end=round((end + 10.0) * 1000), until_end=10.3))
    ticks = iter([clock.now, clock.now + 0.5])  # read before the lock, then once it came
    store._clock = lambda: next(ticks)
    late = store.book_on_grid(1, 10, 10.0, Grid(end=round(end * 1000), until_end=0.3))
    assert late.at == pytest.approx(end + 10.0)  # the window after the full one


def test_a_booking_without_the_grid_is_kept_while_a_later_window_may_count_it() -> None:
    """A booking made without the grid 0.4 s before a window opens counts in that window (with a
    lookback of 0.5 s) until it ends, more than a budget window after the booking: the store
    keeps it that long, though no rule of its own window reads it any more."""
    clock = Clock()
    store = MemoryStore(clock)
    store.book(30, 30, 10.0)
    opens = clock.now + 0.4
    clock.now += 10.1
    grid = Grid(end=round((opens + 10.0) * 1000), until_end=opens + 10.0 - clock.now, lookback=0.5)
    assert store.book_on_grid(1, 30, 10.0, grid).wait == pytest.approx(0.3)  # that window is full: the next one
