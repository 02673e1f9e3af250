"""The booking rule every store applies, and the interface stores offer the pacer.

A store must apply `book` and `correct` atomically (a lock, a transaction, a Lua script) and
must never block for long: pacing waits happen in the caller, after the booking.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Protocol


@dataclass(frozen=True)
class Booking:
    """When the booked request may go, in the store's clock, and how long that is from now.

    `key` is the store's own handle on the booking, for `release`.
    """

    at: float
    wait: float
    key: Any = None


class BudgetStore(Protocol):
    """A shared point budget. All methods are atomic with respect to every other user of the store."""

    blocking_io: bool
    """True when calls do I/O (SQLite, Redis): async callers run them in a worker thread."""

    def book(self, cost: int, limit: int, window: float) -> Booking:
        """Record `cost` points at the earliest moment they fit and say when that is; a request
        that can never fit (`check_request`) raises ValueError."""
        ...

    def correct(self, remaining: int, limit: int, window: float) -> None:
        """The server reports `remaining` points: count what others spent that we did not see."""
        ...

    def pause(self, seconds: float) -> None:
        """Nobody books anything for `seconds` (a 429 was received by one of the users)."""
        ...

    def release(self, booking: Booking) -> None:
        """Give back a booking whose request was never sent (its caller was cancelled while it
        waited), so that it spends nothing. A booking already gone from the window is ignored."""
        ...


def is_seconds(value: object, *, positive: bool) -> bool:
    """A finite number of seconds (not a bool), above 0 if `positive`, else 0 or more."""
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        return False
    return value > 0 if positive else value >= 0


def check_budget(limit: int, window: float) -> None:
    """Refuse a budget no window can hold: at least 1 point, a finite positive window (a nan
    window would make every booking loop forever; an infinite one would never free a point)."""
    if isinstance(limit, bool) or not isinstance(limit, int) or limit < 1:
        raise ValueError(f"the budget must be a whole number of points, at least 1, not {limit!r}")
    if not is_seconds(window, positive=True):
        raise ValueError(f"the budget window must be a finite number of seconds above 0, not {window!r}")


def check_request(cost: int, limit: int, window: float) -> None:
    """What every store checks before booking: a usable budget, and a cost that can ever fit it."""
    check_budget(limit, window)
    if cost > limit:
        raise ValueError(f"a request costing {cost} points can never fit a budget of {limit}")


def book(
    entries: Sequence[tuple[float, int]], cost: int, limit: int, window: float, now: float, paused_until: float
) -> float:
    """The earliest time >= now at which `cost` points fit, given earlier bookings `entries`.

    The caller has checked the request (`check_request`): with a cost above the limit, no moment
    would ever fit. (The pacer never asks for more than the whole budget; a store's `book`
    checks what anyone else asks.)

    `entries` are (time, points) in time order, possibly in the future (bookings whose callers
    are still waiting). A new booking never goes before the last one, so checking the single
    window that ends at the new booking is enough: later windows hold no more than it does.
    """
    at = max(now, paused_until, entries[-1][0] if entries else now)
    while True:
        # An entry counts until it leaves at t + window. (Written this way, not as t > at - window:
        # with floats, (t + window) - window may differ from t, and the loop would never end.)
        inside = [(t, c) for t, c in entries if t + window > at]
        used = sum(c for _, c in inside)
        if used + cost <= limit:
            return at
        needed, freed = used + cost - limit, 0
        for t, c in inside:
            freed += c
            if freed >= needed:
                at = t + window  # the moment enough earlier spending leaves the window
                break


def unseen_spending(entries: Sequence[tuple[float, int]], remaining: int, limit: int, window: float, now: float) -> int:
    """Points the server counts in the current window that our own bookings do not explain."""
    ours = sum(c for t, c in entries if t + window > now and t <= now)
    return max(limit - remaining - ours, 0)
