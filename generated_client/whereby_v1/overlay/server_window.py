"""What the replies say about the server's window: a fixed grid of boundaries, or nothing known.

The API does not publish its window algorithm. Every reply carries `X-RateLimit-Reset`: with
fixed windows it names the end of the current window, the same moment in every reply until the
window rolls over, and then a moment one or more whole windows later. Seen that way once, the
boundaries of every later window are known too, and the pacer no longer needs to guess how late
the server counts a request (see `pacing.Pacer`): a request lands in the window it was sent in
unless it is sent so close before a boundary that it may arrive after it.

The boundaries are in the server's clock. Each reply bounds the offset between the server's
clock and ours: the server's time when it answered lies after the `Date` it wrote, and (with a
grid) inside the window that ends at its reset; and it lies between our sending and our
receiving. The offset is taken as 0 where those bounds allow it (clocks kept by NTP), else as the
nearest bound. A boundary is then known to lie between an earliest and a latest moment of our
monotonic clock.

A reset that moves by anything else than whole windows (a sliding window, whose reset is when the
oldest spending leaves) forgets the grid: the pacer goes back to its margin.

Never raises on what a server sends: unreadable headers teach nothing.
"""

from __future__ import annotations

import functools
import math
import threading
import time
from collections.abc import Callable, Mapping
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime

from .._rate_limit import parse_reset

_SAME = 0.002
"""Two resets closer than this (seconds, beyond their precision) are the same moment."""
_SAMPLE_EVERY = 0.05
"""With no grid known, at most one reply per this many seconds is read (a grid shows itself
when a window rolls over: seeing any reply on either side of that is enough)."""
_DATE_LAG = 1.0
_ROLLOVERS = 2
"""A fixed grid is trusted once the reset has rolled over this many times on it (each confirmed as
below): a sliding window can mimic one rollover by chance, hardly two a window apart."""
_CONFIRM = 3
"""A reset that rolled over by whole windows, in a reply that shows the budget back (at most half
spent), is a fixed grid once this many replies in a row name it. A sliding window's reset can move
by a whole window by chance, and stays put until the oldest spending leaves, just as a fixed one's;
but then only that spending comes back, not the budget."""


def _spent_share(headers: Mapping[str, str]) -> float:
    """The share of the budget a reply says is spent (0 when it does not say)."""
    try:
        limit = int(headers.get("x-ratelimit-limit", ""))
        remaining = int(headers.get("x-ratelimit-remaining", ""))
    except ValueError:
        return 0.0
    return (limit - remaining) / limit if limit > 0 else 0.0


"""How far behind its own clock a server's `Date` header may be."""


@functools.lru_cache(maxsize=8)
def _absolute_reset(value: str) -> tuple[float, float] | None:
    """(epoch seconds, precision in seconds) of an X-RateLimit-Reset value that names a moment.
    Cached: every reply of a window repeats the same value."""
    if "T" in value:  # ISO-8601, the common form: straight to the parser that reads it
        try:
            moment = datetime.fromisoformat(value)
        except ValueError:
            pass
        else:  # without an offset it is UTC, as parse_reset reads it
            moment = moment if moment.tzinfo else moment.replace(tzinfo=UTC)
            return moment.timestamp(), (0.001 if "." in value else 1.0)
    parsed = parse_reset(value, 0.0)
    if parsed is None:
        return None
    precise = "." in value and not value.strip().endswith("GMT")
    return parsed, (0.001 if precise else 1.0)


def _reset_moment(value: str, received: float) -> tuple[float, float] | None:
    """(epoch seconds, precision in seconds) of an X-RateLimit-Reset value."""
    reset = _absolute_reset(value)
    if reset is None or reset[0] > 1e8:
        return reset
    return received + reset[0], reset[1]  # a small number is a delay from now


@functools.lru_cache(maxsize=8)
def _date(value: str | None) -> float | None:
    """A `Date` header's moment (cached: it changes once a second)."""
    if not value:
        return None
    try:
        return parsedate_to_datetime(value).timestamp()
    except (TypeError, ValueError, IndexError):
        return None


class ServerWindow:
    """The grid of the server's window boundaries, learnt from replies (`learn`).

    `clock` and `wall_clock`: our monotonic and wall clocks, injectable (the pacer passes its own);
    `rollovers`: how many confirmed rollovers on one grid make it known (`_ROLLOVERS`).
    """

    def __init__(
        self,
        window: float,
        *,
        clock: Callable[[], float] = time.monotonic,
        wall_clock: Callable[[], float] = time.time,
        rollovers: int = _ROLLOVERS,
    ) -> None:
        self.window = window
        self._rollovers = rollovers
        self._clock = clock
        self._wall_clock = wall_clock
        self._lock = threading.Lock()
        self._reset: float | None = None  # the last X-RateLimit-Reset, server epoch
        self._precision = 1.0
        self._boundary: float | None = None  # a boundary of the grid, server epoch (None: no grid known)
        self._offset_low = -math.inf  # server clock minus ours, bounds from `Date`
        self._offset_high = math.inf
        self._learnt = -math.inf  # when a reply last taught something (our wall clock)
        self._moved = False  # whether a reset has ever moved: the first window is over
        self._pending: float | None = None  # a rollover by whole windows, not confirmed yet
        self._pending_seen = 0
        self._lattice: float | None = None  # the grid of the confirmed rollovers so far
        self._rolled = 0  # how many

    @property
    def known(self) -> bool:
        return self._boundary is not None

    @property
    def first_window(self) -> bool:
        """No reset has moved yet: the replies so far were all counted in one window."""
        return not self._moved

    def learn(self, headers: Mapping[str, str], sent: float, received: float) -> float | None:
        """A reply's headers; `sent` and `received`: our wall-clock times of the request and reply.
        Returns the reply's reset (server epoch), once a grid is known: the end of the window
        the reply was counted in."""
        if self._boundary is None and self._pending is None and received - self._learnt < _SAMPLE_EVERY:
            return None  # no grid yet: a reply now and then is enough to see one appear
        self._learnt = received
        date = _date(headers.get("date"))
        value = headers.get("x-ratelimit-reset")
        reset = _reset_moment(value, received) if value else None
        with self._lock:
            if date is not None:
                # A server may write a Date it updates only now and then (uvicorn: every tick), so
                # it can be behind its clock: a sure lower bound, and a generous upper one.
                self._narrow(date - received, date + 1.0 + _DATE_LAG - sent)
            if reset is None:
                return None
            moment, precision = reset
            previous, self._reset, self._precision = self._reset, moment, precision
            if previous is not None:
                moved = moment - previous
                tolerance = precision + _SAME
                windows = round(moved / self.window)
                self._moved = self._moved or abs(moved) > tolerance
                if abs(moved) <= tolerance:  # the same window end: confirms a rollover just seen
                    if self._pending is not None:
                        self._pending_seen += 1
                        if self._pending_seen >= _CONFIRM:
                            self._confirmed(self._pending, tolerance)
                elif windows >= 1 and abs(moved - windows * self.window) <= tolerance:
                    # Rolled over by whole windows: a fixed grid. One already known is kept while
                    # the reset stays on it, so that its windows keep their names (`window_of`).
                    if self._boundary is None:
                        # The budget comes back whole at a fixed window's end, only the oldest
                        # spending at a sliding one's: a window already more than half spent
                        # just after the move is no rollover.
                        fresh = _spent_share(headers) <= 0.5
                        self._pending, self._pending_seen = (moment, 1) if fresh else (None, 0)
                    elif not self._on_grid(moment, tolerance):
                        self._boundary = moment
                else:
                    # A sliding window, or a server whose window we do not know.
                    self._boundary = self._pending = self._lattice = None
                    self._rolled = 0
            if self._boundary is not None:
                # The server counted this request inside the window that ends at `moment`, so its
                # clock then read between moment - window and moment: bounds on the offset that
                # are tight for requests counted just after a boundary (the first of a window).
                self._narrow(moment - precision - self.window - received, moment - sent)
                return moment
            return None

    def _confirmed(self, moment: float, tolerance: float) -> None:
        """A rollover to `moment`, confirmed: the grid is known after `rollovers` of them on it."""
        self._pending = None
        if self._lattice is None or not self._on_grid(moment, tolerance, self._lattice):
            self._lattice, self._rolled = moment, 0
        self._rolled += 1
        if self._rolled >= self._rollovers:
            self._boundary = self._lattice

    def _on_grid(self, moment: float, tolerance: float, origin: float | None = None) -> bool:
        origin = self._boundary if origin is None else origin
        assert origin is not None
        apart = moment - origin
        return abs(apart - round(apart / self.window) * self.window) <= tolerance

    def _narrow(self, low: float, high: float) -> None:
        if max(self._offset_low, low) > min(self._offset_high, high):  # the clocks stepped: start again
            self._offset_low, self._offset_high = low, high
            return
        self._offset_low, self._offset_high = max(self._offset_low, low), min(self._offset_high, high)

    def next_boundary(self, after: float) -> tuple[float, float] | None:
        """The first boundary of the grid that may still be ahead of our monotonic time `after`, as
        the (earliest, latest) moments of our monotonic clock it can be at; None with no grid."""
        found = self.next_end(after)
        return None if found is None else found[1:]

    def next_end(self, after: float) -> tuple[int, float, float] | None:
        """`next_boundary`, with the name of the window that ends there: the server's epoch time
        of its end in whole milliseconds (`stores.base.Grid.end`)."""
        with self._lock:
            boundary, precision = self._boundary, self._precision
        return None if boundary is None else self._window_after(boundary, precision, after)

    def _window_after(self, boundary: float, precision: float, after: float) -> tuple[int, float, float]:
        """The window of the grid through `boundary` (server epoch) that may still be open at our
        monotonic time `after`: its name and the (earliest, latest) moments of its end."""
        earliest, latest = self._local(boundary, precision)
        steps = math.floor((after - latest) / self.window) + 1
        return (
            round((boundary + steps * self.window) * 1000),
            earliest + steps * self.window,
            latest + steps * self.window,
        )

    def candidate(self, after: float) -> tuple[int, float, float] | None:
        """In the first window, before any reset has moved: the window the replies were counted in,
        if it may still be open at our monotonic time `after` (as `next_end`). Whether the
        server's windows are fixed shows only when one rolls over; until then the current one is
        all there is (with a sliding window, later "windows" are no such thing)."""
        with self._lock:
            if self._moved or self._boundary is not None or self._reset is None:
                return None
            reset, precision = self._reset, self._precision
        earliest, latest = self._local(reset, precision)
        return (round(reset * 1000), earliest, latest) if latest > after else None

    def young(self, after: float) -> tuple[int, float, float] | None:
        """After the grid's first confirmed rollover, before it is known (`rollovers`): the
        window of that grid which may still be open at our monotonic time `after` (as
        `next_end`); None otherwise. A sliding window can look like such a grid once, so
        bookings in it must also hold for a sliding window (`stores.base.book_young`)."""
        with self._lock:
            if self._boundary is not None or self._lattice is None:
                return None
            lattice, precision = self._lattice, self._precision
        return self._window_after(lattice, precision, after)

    def window_of(self, reset: float) -> tuple[int, float, float] | None:
        """The window a reply was counted in, from its reset (server epoch): its name and the
        (earliest, latest) moments of our monotonic clock its end can be at; None with no grid.

        The name comes from the grid, not from the reset itself: a server that computes each
        reset afresh may write the same window's end a millisecond apart in two replies."""
        with self._lock:
            boundary, precision = self._boundary, self._precision
        if boundary is None:
            return None
        end = boundary + round((reset - boundary) / self.window) * self.window
        earliest, latest = self._local(end, precision)
        return round(end * 1000), earliest, latest

    def _local(self, moment: float, precision: float) -> tuple[float, float]:
        """The (earliest, latest) moments of our monotonic clock a server epoch `moment` can be."""
        with self._lock:
            offset = min(max(0.0, self._offset_low), self._offset_high)
        shift = self._wall_clock() - self._clock()  # our wall clock minus our monotonic clock
        # A boundary's server time B is our wall time B - offset. The offset is taken as 0 (clocks
        # kept by NTP) unless the replies prove otherwise; if they were wrong, the first request
        # counted in the wrong window says so (its reset bounds the offset), and the next boundary
        # is right. The reset may be rounded up by its precision: the boundary may be that early.
        latest = moment - offset - shift + _SAME
        return latest - precision - 2 * _SAME, latest
