"""A budget shared by the threads and event loops of one process. The default store.

It applies the rules of `base.book` and `base.book_on_grid` incrementally: bookings are kept in
time order with a running total, and bookings made on the server's grid with a total per window,
so the common case (the request fits now) costs O(1) instead of a pass over the window.
`tests/overlay/test_memory_store.py` checks it against the reference rules on random workloads.
"""

from __future__ import annotations

import itertools
import threading
import time
from collections import deque
from collections.abc import Callable

from .base import Booking, Grid, check_grid, check_request, horizon, window_ms

# An entry: (time, points, id, the window it was booked for or None, others' spending or ours).
_Entry = tuple[float, int, int, "int | None", bool]


def _insert(entries: deque[_Entry], entry: _Entry, *, append: bool) -> None:
    """Keep `entries` in time order: usually `entry` goes at the end (later bookings, the next
    window's, stay after it)."""
    if append:
        entries.append(entry)
        return
    position = len(entries)
    while position and entries[position - 1][0] > entry[0]:
        position -= 1
    entries.insert(position, entry)


class MemoryStore:
    blocking_io = False

    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self._clock = clock
        self._lock = threading.Lock()
        self._entries: deque[_Entry] = deque()  # in time order
        self._ids = itertools.count()
        self._total = 0  # points of all entries kept
        self._windows: dict[int, int] = {}  # points booked for each server window, by its end
        self._others: dict[int, int] = {}  # of which others' spending
        self._plain: deque[_Entry] = deque()  # the entries kept that were booked without the grid, in time order
        self._paused_until = 0.0

    def _add(self, entry: _Entry, *, append: bool) -> None:
        entries = self._entries
        _insert(entries, entry, append=append)
        if entry[3] is None:
            _insert(self._plain, entry, append=append)
        self._count(entry, 1)

    def _count(self, entry: _Entry, sign: int) -> None:
        _, points, _, end, others = entry
        self._total += sign * points
        if end is None:
            return
        left = self._windows.get(end, 0) + sign * points
        if left:
            self._windows[end] = left
        else:
            del self._windows[end]
        if others:
            kept = self._others.get(end, 0) + sign * points
            if kept:
                self._others[end] = kept
            else:
                del self._others[end]

    def _prune(self, now: float, window: float) -> None:
        """Drop what no rule can read any more (`base.horizon`)."""
        keep = horizon(window)
        entries = self._entries
        while entries and entries[0][0] + keep <= now:
            self._count(entries.popleft(), -1)
        plain = self._plain
        while plain and plain[0][0] + keep <= now:
            plain.popleft()

    def _earliest(self, cost: int, limit: int, window: float, now: float) -> float:
        """`base.book` on the kept entries, walking only the entries that leave the window."""
        entries = self._entries
        at = max(now, self._paused_until, entries[-1][0] if entries else now)
        used, index = self._total, 0  # entries before `index` have left the window ending at `at`
        while True:
            while index < len(entries) and entries[index][0] + window <= at:
                used -= entries[index][1]
                index += 1
            if used + cost <= limit:
                return at
            freed, needed, scan = 0, used + cost - limit, index
            while freed < needed:
                freed += entries[scan][1]
                scan += 1
            at = entries[scan - 1][0] + window

    def _used(self, end: int, lo: float, hi: float, reach: float, before: float | None = None) -> int:
        """Points counting in the window named `end` (`base.in_window`); only those at or before
        `before`, if given."""
        used = self._windows.get(end, 0)
        if before is not None and used:
            for t, points, _, booked_for, _ in reversed(self._entries):  # later ones are at the end
                if t <= before:
                    break
                if booked_for == end:
                    used -= points
        for t, points, *_ in reversed(self._plain):  # few: the grid books none
            if t < lo - reach:
                break
            if t < hi and (before is None or t <= before):
                used += points
        return used

    def book(self, cost: int, limit: int, window: float) -> Booking:
        check_request(cost, limit, window)
        with self._lock:
            now = self._clock()
            self._prune(now, window)
            at = self._earliest(cost, limit, window, now)
            key = next(self._ids)
            self._add((at, cost, key, None, False), append=True)
            return Booking(at, at - now, key)

    def book_on_grid(self, cost: int, limit: int, window: float, grid: Grid) -> Booking:
        check_request(cost, limit, window)
        check_grid(grid, window)
        step = window_ms(window)
        called = self._clock()  # the grid is relative to the call, not to when the lock came
        with self._lock:
            now = self._clock()
            self._prune(now, window)
            until_end = grid.until_end - (now - called)
            j = 0
            while True:  # base.book_on_grid
                hi = now + until_end + j * window
                lo = hi - window
                slot = max(now, self._paused_until, lo)
                end = grid.end + j * step
                if slot < hi - grid.guard:
                    reserve = min(grid.reserve_now if j == 0 else grid.reserve, limit - cost)
                    if self._used(end, lo, hi, grid.reach) + cost + reserve <= limit:
                        break
                j += 1
            key = next(self._ids)
            self._add((slot, cost, key, end, False), append=not self._entries or slot >= self._entries[-1][0])
            return Booking(slot, slot - now, key)

    def book_young(self, cost: int, limit: int, window: float, grid: Grid) -> Booking | float | None:
        check_request(cost, limit, window)
        check_grid(grid, window)
        called = self._clock()
        with self._lock:
            now = self._clock()
            self._prune(now, window)
            hi = called + grid.until_end
            lo = hi - window
            if self._used(grid.end, lo, hi, grid.reach) + cost + min(grid.reserve_now, limit - cost) > limit:
                return hi - now  # base.book_young: YOUNG_FULL
            slot = max(self._earliest(cost, limit, window + grid.guard, now), lo)
            if slot >= hi - grid.guard:
                return None  # YOUNG_EARLY
            key = next(self._ids)
            self._add((slot, cost, key, grid.end, False), append=True)  # `_earliest` goes after every entry
            return Booking(slot, slot - now, key)

    def correct(self, remaining: int, limit: int, window: float) -> None:
        with self._lock:
            now = self._clock()
            self._prune(now, window)
            ours = self._total  # minus the bookings still in the future (at the end)...
            for t, c, *_ in reversed(self._entries):
                if t <= now:
                    break
                ours -= c
            for t, c, *_ in self._entries:  # ...and those kept that left the window (at the start)
                if t + window > now:
                    break
                ours -= c
            extra = max(limit - remaining - ours, 0)
            if extra:
                self._add((now, extra, next(self._ids), None, False), append=False)

    def correct_on_grid(self, remaining: int, limit: int, window: float, grid: Grid) -> int:
        check_grid(grid, window)
        called = self._clock()
        with self._lock:
            now = self._clock()
            self._prune(now, window)
            hi = called + grid.until_end
            ours = self._used(grid.end, hi - window, hi, grid.reach, before=now)
            extra = max(limit - remaining - ours, 0)
            if extra:
                self._add((now, extra, next(self._ids), grid.end, True), append=False)
            return self._others.get(grid.end, 0)

    def pause(self, seconds: float) -> None:
        with self._lock:
            self._paused_until = max(self._paused_until, self._clock() + seconds)

    def release(self, booking: Booking) -> None:
        with self._lock:
            entries = self._entries
            # A cancelled booking is usually among the last ones: look from the end.
            for index in range(len(entries) - 1, -1, -1):
                if entries[index][2] == booking.key:
                    entry = entries[index]
                    self._count(entry, -1)
                    del entries[index]
                    if entry[3] is None:
                        self._plain.remove(entry)
                    return
            # Not there: given back already, or pruned once it left every window.
