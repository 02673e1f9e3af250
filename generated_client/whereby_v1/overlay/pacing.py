"""Pacing: send each request only when its points fit the organisation's budget.

The pacer books every request in a store before it leaves (FIFO, never more than the budget in
any window), corrects its picture from the X-RateLimit headers of every reply (other keys of
the organisation spend the same budget), and pauses everyone sharing the store after a 429.
It knows operations only through the generated `_operations` table.
"""

from __future__ import annotations

import logging
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
from .stores.base import Booking, BudgetStore, check_budget

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


def route(method: str, path: str, base_path: str) -> Route:
    """Cost and retry safety of a request, from the contract; for unknown operations, the cost by
    method and the safety from `retries.idempotent_method`."""
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


class Pacer:
    """Books requests in a `BudgetStore` of `limit` points per `window` seconds.

    The server counts a request when it processes it, which is later than the moment we were
    allowed to send it (queues, connection set-up, latency). While the server's window algorithm is
    unknown, the local window is longer than the server's by the largest such delay seen recently:
    two requests one budget apart can then never reach the server less than a window apart.

    Once the replies show a fixed grid of windows (`server_window`), that margin goes: the local
    window is the server's, and a request whose slot falls just before a boundary, so close that
    it might arrive after it, is moved to the boundary (everyone sharing the store pauses until
    then). Every request then lands in the window it was sent in, and no window gets more than
    the budget, however late the server counts.

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
        self._delay = min(window * C.INITIAL_DELAY_SHARE, C.INITIAL_DELAY_MAX_SECONDS)
        self._remaining: int | None = None
        self.server = ServerWindow(window, clock=clock, wall_clock=wall_clock)

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
        margin = max(self.window * C.WINDOW_MARGIN, C.MIN_WINDOW_MARGIN_SECONDS, self._delay)
        return self.window + min(margin, self.window * C.MAX_WINDOW_MARGIN_SHARE)

    def book(self, cost: int) -> Ticket:
        """Book `cost` points; when the request may be sent."""
        points = min(cost, self.limit)
        for _ in range(C.BOUNDARY_MOVES):
            booking = self.store.book(points, self.limit, self.local_window)
            ticket = Ticket(booking.wait, self._clock() + booking.wait, booking)
            boundary = self.server.next_boundary(ticket.slot)
            if boundary is None:
                return ticket
            earliest, latest = boundary
            if not earliest - self._delay <= ticket.slot < latest:
                return ticket
            # It might arrive after the boundary, and count in the next window: go at the boundary.
            self.release(ticket)
            self.store.pause(latest - self._clock())
        return ticket

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
        self.server.learn(headers, received if sent is None else sent, received)
        limit, remaining = _int(headers.get("x-ratelimit-limit")), _int(headers.get("x-ratelimit-remaining"))
        if limit is not None and limit > 0 and limit != self.limit:
            log.debug("the server reports a budget of %d points, not %d; using the server's", limit, self.limit)
            self.limit = limit
        if remaining is not None:
            self._remaining = remaining
            self.store.correct(remaining, self.limit, self.local_window)

    def pause(self, seconds: float) -> None:
        self.store.pause(seconds)


def _int(value: str | None) -> int | None:
    if value is None:
        return None
    try:
        return int(value.strip())
    except ValueError:
        return None
