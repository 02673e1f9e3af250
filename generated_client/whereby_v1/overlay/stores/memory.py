"""A budget shared by the threads and event loops of one process. The default store."""

from __future__ import annotations

import bisect
import threading
import time
from collections.abc import Callable

from .base import Booking, book, unseen_spending


class MemoryStore:
    blocking_io = False

    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self._clock = clock
        self._lock = threading.Lock()
        self._entries: list[tuple[float, int]] = []
        self._paused_until = 0.0

    def _prune(self, now: float, window: float) -> None:
        cut = bisect.bisect_right(self._entries, (now - window, float("inf")))
        del self._entries[:cut]

    def book(self, cost: int, limit: int, window: float) -> Booking:
        with self._lock:
            now = self._clock()
            self._prune(now, window)
            at = book(self._entries, cost, limit, window, now, self._paused_until)
            self._entries.append((at, cost))
            return Booking(at, at - now)

    def correct(self, remaining: int, limit: int, window: float) -> None:
        with self._lock:
            now = self._clock()
            self._prune(now, window)
            extra = unseen_spending(self._entries, remaining, limit, window, now)
            if extra:
                bisect.insort(self._entries, (now, extra))

    def pause(self, seconds: float) -> None:
        with self._lock:
            self._paused_until = max(self._paused_until, self._clock() + seconds)
