"""The booking rule every store applies, and the interface stores offer the pacer.

A store must apply `book` and `correct` atomically (a lock, a transaction, a Lua script) and
must never block for long: pacing waits happen in the caller, after the booking.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Protocol, TypeGuard

from .. import _constants as C


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
    if (
        type(cost) is int
        and type(limit) is int
        and type(window) is float
        and 1 <= cost <= limit
        and 0 < window < math.inf
    ):
        return  # what the pacer always asks, checked in one step
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


def horizon(window: float) -> float:
    """How long a store keeps an entry, for a call with `window`: the window, and the longest
    lookback (`Grid.lookback`) with which a booking made without the grid still counts in a later
    window. Every rule reads only the entries it needs, so an entry kept longer changes nothing."""
    return window * (1 + C.MAX_WINDOW_MARGIN_SHARE)


def unseen_spending(entries: Sequence[tuple[float, int]], remaining: int, limit: int, window: float, now: float) -> int:
    """Points the server counts in the current window that our own bookings do not explain."""
    ours = sum(c for t, c in entries if t + window > now and t <= now)
    return max(limit - remaining - ours, 0)


# -- Booking on the server's own windows
#
# Once the replies show that the server counts in fixed windows (`server_window`), a request only
# has to fit the window it will be counted in, not every window of the budget's length around it:
# points left in a window can be used until it ends, and a small request may go in the current
# window while a larger one booked earlier waits for the next (it keeps its own slot, so nothing is
# delayed by the small one). A store that offers `book_on_grid` and `correct_on_grid` counts each
# booking in the window it was made for; the entries stay at their real times, so the rule of
# `book` (for whoever does not know the grid yet) still holds for all of them.


@dataclass(frozen=True)
class Grid:
    """The server's fixed windows as one call sees them.

    `end`: the window's name, the server's epoch time of its end in whole milliseconds (the same
    in every process and every store, whatever their clocks); `until_end`: seconds from the
    call until that end, at the latest (negative once it is over; a store that may wait for a
    lock counts from before the wait, so that a late booking is not taken for an earlier window); `guard`: no request
    goes later than this before a window's end (it might be counted in the next one).
    `reserve_now` and `reserve`: points kept for other keys of the organisation in this window and
    in each later one. `lookback`: a booking made without the grid counts in a window if it was
    made up to this long (or `guard`, if longer) before the window opened. Such a booking was
    made on a local window longer than the server's by its process's margin (`pacing.Pacer`),
    and its request may reach the server that much after its slot, whatever the booking process
    itself has seen of delays; at most `MAX_WINDOW_MARGIN_SHARE` of a window (`horizon`).
    """

    end: int
    until_end: float
    guard: float = 0.0
    reserve_now: int = 0
    reserve: int = 0
    lookback: float = 0.0

    @property
    def reach(self) -> float:
        """How long before a window opens a booking made without the grid still counts in it."""
        return max(self.guard, self.lookback)


GridEntry = tuple[float, int, "int | None", bool]
"""(time, points, the window it was booked for or None, whether it is others' spending)."""


class YoungStore(Protocol):
    """A store that can book in the window after a grid's first rollover (`book_young`)."""

    def book_young(self, cost: int, limit: int, window: float, grid: Grid) -> Booking | float | None:
        """`book_young`: the booking; or, with nothing booked, the seconds until the window
        ends (it is full) or None (book on the local window)."""
        ...


class GridStore(BudgetStore, Protocol):
    """A store that can also book on the server's grid (`book_on_grid`, `unseen_on_grid`)."""

    def book_on_grid(self, cost: int, limit: int, window: float, grid: Grid) -> Booking:
        """Record `cost` points in the first server window with room for them (`book_on_grid`)."""
        ...

    def correct_on_grid(self, remaining: int, limit: int, window: float, grid: Grid) -> int:
        """A reply counted in the window `grid.end` reports `remaining`: record what others spent
        in it that we did not see; returns all of others' spending recorded for that window."""
        ...


def books_on_grid(store: BudgetStore) -> TypeGuard[GridStore]:
    """Whether `store` offers grid booking (a store written before it existed does not)."""
    return callable(getattr(store, "book_on_grid", None)) and callable(getattr(store, "correct_on_grid", None))


def books_young(store: BudgetStore) -> TypeGuard[YoungStore]:
    """Whether `store` offers `book_young` (a store written before it existed does not)."""
    return callable(getattr(store, "book_young", None))


def window_ms(window: float) -> int:
    """A window's length in the milliseconds `Grid.end` counts in."""
    return round(window * 1000)


def check_grid(grid: Grid, window: float) -> None:
    if not isinstance(grid.end, int) or isinstance(grid.end, bool):
        raise ValueError(f"a window's end must be whole milliseconds, not {grid.end!r}")
    if not (is_seconds(grid.guard, positive=False) and grid.guard < window):
        raise ValueError(f"the guard before a window's end must be 0 or more and below the window, not {grid.guard!r}")
    if not math.isfinite(grid.until_end):
        raise ValueError(f"the time until a window's end must be finite, not {grid.until_end!r}")
    if not (is_seconds(grid.lookback, positive=False) and grid.lookback <= window * C.MAX_WINDOW_MARGIN_SHARE):
        raise ValueError(
            f"the lookback before a window opens must be 0 or more and at most {C.MAX_WINDOW_MARGIN_SHARE:g} "
            f"of the window, not {grid.lookback!r}"
        )
    for reserve in (grid.reserve_now, grid.reserve):
        if isinstance(reserve, bool) or not isinstance(reserve, int) or reserve < 0:
            raise ValueError(f"a reserve must be a whole number of points, 0 or more, not {reserve!r}")


def in_window(entry: GridEntry, end: int, lo: float, hi: float, reach: float) -> bool:
    """Whether an entry counts in the window named `end`, which runs from `lo` to `hi` in the
    store's clock: it was booked for it, or it was booked without the grid at a moment the server
    may have counted in it (up to `reach`, `Grid.reach`, before it opened: it may have arrived after)."""
    t, _, booked_for, _ = entry
    if booked_for is not None:
        return booked_for == end
    return lo - reach <= t < hi


def book_on_grid(
    entries: Sequence[GridEntry], cost: int, limit: int, window: float, now: float, paused_until: float, grid: Grid
) -> tuple[float, int]:
    """The earliest moment >= now (and after any pause) at which `cost` points fit the server
    window they will be counted in, and that window's name: the first window, from the current
    one on, that still has room for them besides its reserve, at a moment before its guard.

    A reserve never keeps a request out of an empty window: every request fits some window.
    """
    step = window_ms(window)
    j = 0
    while True:
        hi = now + grid.until_end + j * window
        lo = hi - window
        slot = max(now, paused_until, lo)
        end = grid.end + j * step
        if slot < hi - grid.guard:
            used = sum(e[1] for e in entries if in_window(e, end, lo, hi, grid.reach))
            reserve = min(grid.reserve_now if j == 0 else grid.reserve, limit - cost)
            if used + cost + reserve <= limit:
                return slot, end
        j += 1


YOUNG_BOOKED, YOUNG_FULL, YOUNG_EARLY = "booked", "full", "early"


def book_young(
    entries: Sequence[GridEntry], cost: int, limit: int, window: float, now: float, paused_until: float, grid: Grid
) -> tuple[str, float]:
    """A booking in the window `grid.end` of a grid seen to roll over once: a sliding window can
    look like that (a burst's spending all leaves it at once), so the booking must hold under
    both readings of the server. It must fit this window (the fixed reading), and the rule of
    `book` over a window and a guard (the sliding one: no booking goes before an earlier one, so
    the window that ends at it is the only one to check).

    Returns (YOUNG_BOOKED, the moment it goes), (YOUNG_FULL, the moment this window ends: it has
    no room for `cost` besides its reserve, so the request waits for the next one, booking
    nothing, and smaller ones may use what is left) or (YOUNG_EARLY, now: the sliding reading
    has no room before the guard; book on the local window).
    """
    hi = now + grid.until_end
    lo = hi - window
    kept = [e for e in entries if e[0] + horizon(window) > now]  # the rest is gone, as the stores prune it
    used = sum(e[1] for e in kept if in_window(e, grid.end, lo, hi, grid.reach))
    if used + cost + min(grid.reserve_now, limit - cost) > limit:
        return YOUNG_FULL, hi
    slot = max(book([(e[0], e[1]) for e in kept], cost, limit, window + grid.guard, now, paused_until), lo)
    if slot >= hi - grid.guard:
        return YOUNG_EARLY, now
    return YOUNG_BOOKED, slot


def unseen_on_grid(
    entries: Sequence[GridEntry], remaining: int, limit: int, window: float, now: float, grid: Grid
) -> int:
    """Points the server counts in the window `grid.end` (the one a reply's X-RateLimit-Reset
    names) that the entries booked for it by now do not explain: other keys' spending."""
    hi = now + grid.until_end
    ours = sum(e[1] for e in entries if e[0] <= now and in_window(e, grid.end, hi - window, hi, grid.reach))
    return max(limit - remaining - ours, 0)


def others_on_grid(entries: Sequence[GridEntry], end: int) -> int:
    """Others' spending recorded so far for the window named `end`."""
    return sum(e[1] for e in entries if e[3] and e[2] == end)
