"""The organisation's point budget, as the API documents it.

One budget per organisation, shared by every key; each operation costs its
`x-rate-limit-points`. The window algorithm is not published, so both a fixed and a sliding
window are offered. A refused request spends nothing.

Windows are measured on a monotonic clock, never on the wall clock: a wall clock stepped back
(NTP, a VM resumed, an operator) must not reopen a spent window, nor one stepped forward refill it
early. Only the moments reported to clients (`Decision.reset_at`, for X-RateLimit-Reset) are
wall-clock times. Both clocks are injectable so tests can move time instead of sleeping.
"""

from __future__ import annotations

import math
import threading
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Literal

WindowKind = Literal["fixed", "sliding"]


@dataclass(frozen=True)
class Decision:
    allowed: bool
    limit: int
    remaining: int
    reset_at: float  # wall-clock (epoch) seconds when points next come back
    retry_after: float  # seconds until this request would fit (0 when allowed)


class Budget:
    """`points` per `window` seconds, spent atomically.

    `clock` measures the windows and must never go back (time.monotonic); `wall_clock` only turns
    its moments into the epoch times clients are told (time.time).
    """

    def __init__(
        self,
        points: int,
        window: float,
        kind: WindowKind = "fixed",
        clock: Callable[[], float] = time.monotonic,
        wall_clock: Callable[[], float] = time.time,
    ) -> None:
        if points < 1 or window <= 0:
            raise ValueError("the budget needs at least 1 point and a positive window")
        self.points = points
        self.window = window
        self.kind = kind
        self._clock = clock
        self._wall_clock = wall_clock
        self._lock = threading.Lock()
        self._origin = clock()
        self._fixed_index = 0
        self._fixed_used = 0
        self._log: deque[tuple[float, int]] = deque()
        self.accepted_points = 0
        self.refused = 0

    def reset(self) -> None:
        with self._lock:
            self._origin = self._clock()
            self._fixed_index, self._fixed_used = 0, 0
            self._log.clear()
            self.accepted_points, self.refused = 0, 0

    def spend(self, cost: int) -> Decision:
        with self._lock:
            decision = self._spend(cost)
            if decision.allowed:
                self.accepted_points += cost
            else:
                self.refused += 1
            return decision

    def peek(self) -> Decision:
        """The state as headers would report it, without spending."""
        with self._lock:
            return self._spend(0)

    def _spend(self, cost: int) -> Decision:
        now = self._clock()
        decision = self._spend_fixed(now, cost) if self.kind == "fixed" else self._spend_sliding(now, cost)
        # The window's moment is on the monotonic clock; clients are told the wall-clock time of it.
        return replace(decision, reset_at=self._wall_clock() + (decision.reset_at - now))

    def _spend_fixed(self, now: float, cost: int) -> Decision:
        index = math.floor((now - self._origin) / self.window)
        if index != self._fixed_index:
            self._fixed_index, self._fixed_used = index, 0
        reset_at = self._origin + (index + 1) * self.window
        if self._fixed_used + cost > self.points:
            return Decision(False, self.points, self.points - self._fixed_used, reset_at, reset_at - now)
        self._fixed_used += cost
        return Decision(True, self.points, self.points - self._fixed_used, reset_at, 0.0)

    def _spend_sliding(self, now: float, cost: int) -> Decision:
        horizon = now - self.window
        while self._log and self._log[0][0] <= horizon:
            self._log.popleft()
        used = sum(points for _, points in self._log)
        if used + cost > self.points:
            # The earliest moment enough old spending has left the window for this request.
            needed, freed, fits_at = used + cost - self.points, 0, now
            for stamp, points in self._log:
                freed += points
                if freed >= needed:
                    fits_at = stamp + self.window
                    break
            return Decision(False, self.points, self.points - used, fits_at, max(fits_at - now, 0.0))
        if cost:
            self._log.append((now, cost))
            used += cost
        reset_at = self._log[0][0] + self.window if self._log else now
        return Decision(True, self.points, self.points - used, reset_at, 0.0)
