"""Pacing: send each request only when its points fit the organisation's budget.

The pacer books every request in a store before it leaves (FIFO, never more than the budget in
any window), corrects its picture from the X-RateLimit headers of every reply (other keys of
the organisation spend the same budget), and pauses everyone sharing the store after a 429.
It knows operations only through the generated `_operations` table.
"""

from __future__ import annotations

import functools
import logging
import math
import re
import threading
import time
from collections import deque
from collections.abc import Callable, Mapping
from dataclasses import dataclass

from .._operations import OPERATIONS, Operation
from . import _constants as C
from .retries import idempotent_method
from .server_window import ServerWindow
from .stores.base import (
    Booking,
    BudgetStore,
    Grid,
    GridStore,
    YoungStore,
    books_on_grid,
    books_young,
    check_budget,
    window_ms,
)

log = logging.getLogger(C.LOGGER_NAME)

METHOD_POINTS = {"GET": 1, "HEAD": 1, "OPTIONS": 1, "DELETE": 2}
"""Cost of a request the contract does not know (an endpoint newer than this client): by method."""


@dataclass(frozen=True)
class Route:
    cost: int
    idempotent: bool
    operation_id: str | None


def _compile(operation: Operation) -> re.Pattern[str]:
    parts = re.split(r"({[^}]+})", operation.path)
    return re.compile("^" + "".join("[^/]+" if p.startswith("{") else re.escape(p) for p in parts) + "$")


_ROUTES = [(op.method, _compile(op), op) for op in OPERATIONS]


@functools.lru_cache(maxsize=512)
def route(method: str, path: str, base_path: str) -> Route:
    """Cost and retry safety of a request, from the contract; for unknown operations, the cost by
    method and the safety from `retries.idempotent_method`. (Cached: a client sends the same few
    paths over and over.)"""
    method = method.upper()
    below = path[len(base_path) :] if path.startswith(base_path) else path
    for op_method, pattern, op in _ROUTES:
        if op_method == method and pattern.match(below):
            return Route(op.points, op.idempotent, op.operation_id)
    return Route(METHOD_POINTS.get(method, 3), idempotent_method(method), None)


@dataclass(frozen=True)
class Ticket:
    wait: float  # seconds to wait before sending
    slot: float  # when that is, on this process's monotonic clock
    booking: Booking | None = None  # the store's record, to give back if the request is never sent
    again: bool = False  # nothing was booked: book again once the wait is over


class Pacer:
    """Books requests in a `BudgetStore` of `limit` points per `window` seconds.

    The server counts a request when it processes it, which is later than the moment we were
    allowed to send it (queues, connection set-up, latency). While the server's window algorithm is
    unknown, the local window is longer than the server's by the largest such delay seen recently:
    two requests one budget apart can then never reach the server less than a window apart.

    Once the replies show a fixed grid of windows (`server_window`), that margin goes. A store
    that can book on the grid (`book_on_grid`; all three can) then counts each request in the
    server window it will be counted in: points left in a window are used until it ends, and a
    small request may go now while a larger one waits for the next window. No request goes so
    close before a boundary that it might arrive after it (the guard: how far the boundary's
    moment is uncertain, plus the largest recent delay and store call). Every request then lands
    in the window it was sent in, and no window gets more than the budget, however late the
    server counts. A store without grid booking keeps the local window at the server's and
    moves a request that would straddle a boundary to it. Processes sharing a store learn the
    grid at different moments: a booking made on a local window counts in a window that opens
    up to the margin of the process that made it after it (`_lookback`).

    Other keys of the organisation spend the same budget. Each reply's X-RateLimit-Remaining
    shows what they spent that our bookings do not explain (`correct_on_grid`), and from that a
    rate of their spending; each window then keeps for them what that rate would spend in it
    (the reserve), so that their requests and ours do not race for its last points.

    `clock` (monotonic, the store's clock too) and `wall_clock` (epoch seconds, the clock replies
    are compared with) are injectable, so that a simulation can run the pacer in virtual time.
    """

    def __init__(
        self,
        store: BudgetStore,
        limit: int,
        window: float = C.WINDOW_SECONDS,
        *,
        clock: Callable[[], float] = time.monotonic,
        wall_clock: Callable[[], float] = time.time,
    ) -> None:
        check_budget(limit, window)
        self.store = store
        self._clock = clock
        self._wall_clock = wall_clock
        self.limit = limit
        self.window = window
        self._lock = threading.Lock()
        self._delays: deque[float] = deque(maxlen=C.DELAY_SAMPLES)
        self._initial_delay = min(window * C.INITIAL_DELAY_SHARE, C.INITIAL_DELAY_MAX_SECONDS)
        self._delay = self._initial_delay
        self._remaining: int | None = None
        self.server = ServerWindow(window, clock=clock, wall_clock=wall_clock)
        self._grid_store: GridStore | None = store if books_on_grid(store) else None
        self._young_store: YoungStore | None = store if books_young(store) else None
        self._store_calls: deque[float] = deque(maxlen=C.DELAY_SAMPLES)  # how long recent store calls took
        self._store_call = 0.0
        self._others: dict[int, tuple[int, float]] = {}  # window end -> (others' points, seconds into it)

    @property
    def remaining(self) -> int | None:
        """Points left in the server's window as its last reply reported them (None before any did).

        For showing people how much budget is left (the command line's progress bar). Pacing
        never reads it: the store's bookings are the picture that decides when requests go.
        """
        return self._remaining

    @property
    def local_window(self) -> float:
        if self.server.known:
            return self.window
        return self.window + self._margin(self._delay)

    def _margin(self, delay: float) -> float:
        """How much longer than the server's the local window is, after delays up to `delay`."""
        margin = max(self.window * C.WINDOW_MARGIN, C.MIN_WINDOW_MARGIN_SECONDS, delay)
        return min(margin, self.window * C.MAX_WINDOW_MARGIN_SHARE)

    @property
    def _lookback(self) -> float:
        """How long before a window opens a booking made on a local window still counts in it
        (`stores.base.Grid.lookback`): its request may reach the server as late after its slot as
        the margin of the process that booked it. That may be another process, one that has seen
        no reply yet and uses the initial margin, or one whose delays are longer than ours."""
        return self._margin(max(self._initial_delay, self._delay))

    def book(self, cost: int) -> Ticket:
        """Book `cost` points; when the request may be sent."""
        points = min(cost, self.limit)
        if self._grid_store is not None and (self.server.known or self.server.first_window):
            first = self._first_window(points)
            if first is not None:
                return first
            grid = self._grid_now()
            if grid is not None:
                return self._book_on_grid(points, grid)
        elif self._young_store is not None:
            young = self._young_window(points)
            if young is not None:
                return young
        for _ in range(C.BOUNDARY_MOVES):
            booking = self.store.book(points, self.limit, self.local_window)
            ticket = Ticket(booking.wait, self._clock() + booking.wait, booking)
            boundary = self.server.next_boundary(ticket.slot) if self.server.known else None
            if boundary is None:
                return ticket
            earliest, latest = boundary
            if not earliest - self._delay <= ticket.slot < latest:
                return ticket
            # It might arrive after the boundary, and count in the next window: go at the boundary.
            self.release(ticket)
            self.store.pause(latest - self._clock())
        return ticket

    def _book_on_grid(self, points: int, grid: Grid) -> Ticket:
        assert self._grid_store is not None
        started = self._clock()
        booking = self._grid_store.book_on_grid(points, self.limit, self.window, grid)
        self._timed(started)
        return Ticket(booking.wait, self._clock() + booking.wait, booking)

    def _first_window(self, points: int) -> Ticket | None:
        """Before the grid is known: a request that fits the window the replies name goes now,
        even if a larger one booked before it waits (FIFO would leave the points it cannot use
        unused); None if it does not fit there (it is booked on the local window)."""
        now = self._clock()
        grid = self._open_window(self.server.candidate(now), now)
        if grid is None:
            return None
        ticket = self._book_on_grid(points, grid)
        if ticket.wait < grid.until_end - grid.guard:
            return ticket
        self.release(ticket)  # it belongs to a later window, of which nothing is known yet
        return None

    def _young_window(self, points: int) -> Ticket | None:
        """After the grid's first rollover: a request goes in the current window if it holds
        there under both a fixed and a sliding reading of the server (`base.book_young`); one
        that does not fit waits for the window's end without booking (a smaller one may still
        use what is left, as in the first window); None: book on the local window."""
        assert self._young_store is not None
        now = self._clock()
        grid = self._open_window(self.server.young(now), now)
        if grid is None:
            return None
        started = now
        booked = self._young_store.book_young(points, self.limit, self.window, grid)
        self._timed(started)
        if booked is None:
            return None
        if isinstance(booked, Booking):
            return Ticket(booked.wait, self._clock() + booked.wait, booked)
        return Ticket(booked, self._clock() + booked, again=True)

    def _open_window(self, found: tuple[int, float, float] | None, now: float) -> Grid | None:
        """The window `found` (its name and the earliest and latest moments of its end) as a
        booking made `now` sees it; None if there is none, or if no request may go in it any more."""
        if found is None:
            return None
        end, earliest, latest = found
        guard = self._guard(earliest, latest)
        if guard is None or latest - guard <= now:
            return None
        return Grid(end=end, until_end=latest - now, guard=guard, lookback=self._lookback)

    def _grid_now(self) -> Grid | None:
        """The server's grid as a booking made now sees it; None while it is unknown, or while
        the guard it needs would fill half a window (bookings then use the local window)."""
        now = self._clock()
        found = self.server.next_end(now)
        if found is None:
            return None
        end, earliest, latest = found
        guard = self._guard(earliest, latest)
        if guard is None:
            return None
        rate, spent = self._others_rate(end)
        # What others will spend of this window: at their rate, less what they spent of it already,
        # and no less than their rate for what is left of it (if they are ahead of their rate).
        expected = math.ceil(rate * self.window)
        return Grid(
            end=end,
            until_end=latest - now,
            guard=guard,
            reserve_now=max(expected - spent, math.ceil(rate * max(latest - now, 0.0))),
            reserve=expected,
            lookback=self._lookback,
        )

    def _guard(self, earliest: float, latest: float) -> float | None:
        """How long before a boundary (known to lie between `earliest` and `latest`) no request
        may go: its uncertainty, the largest recent delay and store call. None if that would fill
        half a window: bookings then use the local window."""
        guard = (latest - earliest) + self._delay + self._store_call
        return guard if guard < self.window / 2 else None

    def _others_rate(self, end: int) -> tuple[float, int]:
        """Other keys' points per second, and what they have spent of the window named `end`.

        Each window keeps its latest reading before it filled up: what others had spent, and
        how far into the window that was. The readings of the last few windows and of this one
        together give the rate, each read as if at least a tenth of its window had passed: we
        stop seeing others once our share of a window is spent, and what they spend early in a
        window (while they catch up with requests our burst held back) overstates their rate."""
        step = window_ms(self.window)
        floor = self.window * C.OTHERS_RATE_SHARE
        with self._lock:
            readings = [seen for name, seen in self._others.items() if end - C.OTHERS_WINDOWS * step <= name <= end]
            current = self._others.get(end, (0, 0.0))[0]
        seconds = sum(max(into, floor) for _, into in readings)
        return (sum(points for points, _ in readings) / seconds if seconds else 0.0), current

    def _timed(self, started: float) -> None:
        with self._lock:
            self._store_calls.append(self._clock() - started)
            self._store_call = max(self._store_calls)

    def release(self, ticket: Ticket) -> None:
        """The request was cancelled before it was sent: give its points back to everyone."""
        release = getattr(self.store, "release", None)  # a store written before release existed has none
        if ticket.booking is not None and release is not None:
            release(ticket.booking)

    def settle(self, ticket: Ticket) -> None:
        """A reply arrived: learn how long after its slot the server can have counted it."""
        delay = max(self._clock() - ticket.slot, 0.0)
        with self._lock:
            self._delays.append(delay)
            self._delay = max(self._delays)

    def observe(self, headers: Mapping[str, str], sent: float | None = None) -> None:
        """Learn from a reply's X-RateLimit headers (the server's limit and what is left, where its
        window ends); `sent`: our wall-clock time when the request went."""
        received = self._wall_clock()
        reset = self.server.learn(headers, received if sent is None else sent, received)
        limit, remaining = _int(headers.get("x-ratelimit-limit")), _int(headers.get("x-ratelimit-remaining"))
        if limit is not None and limit > 0 and limit != self.limit:
            log.debug("the server reports a budget of %d points, not %d; using the server's", limit, self.limit)
            self.limit = limit
        if remaining is None:
            return
        self._remaining = remaining
        store = self._grid_store
        window = self.server.window_of(reset) if reset is not None and store is not None else None
        if store is None or window is None:
            self.store.correct(remaining, self.limit, self.local_window)
            return
        end, earliest, latest = window
        now = self._clock()
        grid = Grid(end=end, until_end=latest - now, guard=min(latest - earliest, self.window / 2))
        started = now
        others = store.correct_on_grid(remaining, self.limit, self.window, grid)
        self._timed(started)
        into = self.window - (latest - now)  # how far into that window the reply came
        if remaining > 0 and 0 < into <= self.window:  # a full window shows nothing of others' rate
            with self._lock:
                self._others[end] = (others, into)
                for old in [name for name in self._others if name < end - C.OTHERS_WINDOWS * window_ms(self.window)]:
                    del self._others[old]

    def pause(self, seconds: float) -> None:
        self.store.pause(seconds)


def _int(value: str | None) -> int | None:
    if value is None:
        return None
    try:
        return int(value.strip())
    except ValueError:
        return None
