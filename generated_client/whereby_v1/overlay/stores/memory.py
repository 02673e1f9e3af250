"""A budget shared by the threads and event loops of one process. The default store.

It applies the rule of `base.book` incrementally: bookings are kept in time order with a running
total, so the common case (the request fits now) costs O(1) instead of a pass over the window.
`tests/overlay/test_memory_store.py` checks it against `base.book` on random workloads.
"""

from __future__ import annotations

import itertools
import threading
import time
from collections import deque
from collections.abc import Callable

from .base import Booking, check_request


class MemoryStore:
    blocking_io = False

    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self._clock = clock
        self._lock = threading.Lock()
        self._entries: deque[tuple[float, int, int]] = deque()  # (time, points, id), in time order
        self._ids = itertools.count()
        self._total = 0  # points of all entries kept
        self._paused_until = 0.0

    def _prune(self, now: float, window: float) -> None:
        entries = self._entries
        while entries and entries[0][0] + window <= now:
            self._total -= entries.popleft()[1]

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

    def book(self, cost: int, limit: int, window: float) -> Booking:
        check_request(cost, limit, window)
        with self._lock:
            now = self._clock()
            self._prune(now, window)
            at = self._earliest(cost, limit, window, now)
            key = next(self._ids)
            self._entries.append((at, cost, key))
            self._total += cost
            return Booking(at, at - now, key)

    def correct(self, remaining: int, limit: int, window: float) -> None:
        with self._lock:
            now = self._clock()
            self._prune(now, window)
            ours = self._total  # minus the bookings still in the future (at the end)
            for t, c, _ in reversed(self._entries):
                if t <= now:
                    break
                ours -= c
            extra = max(limit - remaining - ours, 0)
            if extra:
                self._insert(now, extra)

    def _insert(self, at: float, points: int) -> None:
        # Spending by others lands "now", usually at the end; future bookings stay after it.
        entries = self._entries
        position = len(entries)
        while position and entries[position - 1][0] > at:
            position -= 1
        entries.insert(position, (at, points, next(self._ids)))
        self._total += points

    def pause(self, seconds: float) -> None:
        with self._lock:
            self._paused_until = max(self._paused_until, self._clock() + seconds)

    def release(self, booking: Booking) -> None:
        with self._lock:
            entries = self._entries
            # A cancelled booking is usually among the last ones: look from the end.
            for index in range(len(entries) - 1, -1, -1):
                if entries[index][2] == booking.key:
                    self._total -= entries[index][1]
                    del entries[index]
                    return
            # Not there: given back already, or pruned once it left every window.
