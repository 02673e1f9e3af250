"""`python -m bench --simulate`: the real pacing code at a scale this machine cannot run, in virtual time.

Every host has its own `Pacer` (its own `ServerWindow`, its own delay margin), and all of them
book in one `MemoryStore`, which stands for the Redis a real fleet would share. The server is
the sandbox's own fixed-window `Budget`, with the sandbox's headers; another key of the
organisation spends bursts against it without pacing. Workers follow `_Exchange.steps`: book,
wait for the slot, send, settle, observe the reply's headers, and after a 429 ask
`retries.decide` how long everyone pauses.

One float is the clock of everything (the pacers, the store, the server), moved by a
discrete-event loop (a heap of (virtual time, sequence, event)). Nothing here sleeps, starts a
thread or opens a socket: an hour of traffic takes seconds. Clocks are perfectly in step (the
server's wall clock is ours) and the server answers at once; only the network takes time.
"""

from __future__ import annotations

import heapq
import json
import math
import random
import time
from collections.abc import Callable, Generator, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.utils import formatdate
from functools import lru_cache
from typing import Any

import httpx

from sandbox.ratelimit import Budget, Decision
from sandbox.store import iso
from whereby_v1._operations import OPERATIONS, POINTS
from whereby_v1.overlay.pacing import Pacer
from whereby_v1.overlay.retries import decide
from whereby_v1.overlay.stores.memory import MemoryStore
from whereby_v1.overlay.transport import Settings

from .runner import makespan, shortest
from .workloads import UNIT_OPERATIONS

EPOCH = 1_735_689_600.0  # 2025-01-01T00:00:00Z: virtual time 0 on the wall clock, a window boundary
"""In the past on purpose: `decide` reads the real clock to see how far off X-RateLimit-Reset is,
which for a virtual reset in the past is 0, so that the 429's Retry-After and msLeft decide the wait,
as they do on a server whose clock agrees with ours (both are the distance to the reset)."""

IDEMPOTENT = {op.operation_id: op.idempotent for op in OPERATIONS}
LIMITS = Settings(base_path="")  # the transport's defaults: 8 pauses for 429s, waits up to 120 s


@dataclass(frozen=True)
class Case:
    """One configuration: `workers` split across `hosts`, work for `windows` windows of the
    budget left to the client."""

    workers: int
    hosts: int
    second_key: bool
    budget: int = 1000
    window: float = 60.0
    windows: int = 60
    kind: str = "read"
    burst_every: float = 12.0  # the second key: a burst every this many seconds...
    burst_points: int = 50  # ...of this many 1-point requests, spread over one second
    latency_ms: tuple[float, float] = (20.0, 80.0)  # one way: each host's base is drawn in here
    jitter_ms: float = 10.0  # and each request adds up to this much
    seed: int = 12

    def __post_init__(self) -> None:
        if not 0 < self.hosts <= self.workers or self.background >= self.budget:
            raise ValueError(f"no work to share: {self}")

    @property
    def background(self) -> int:
        """Points per window the second key spends on average (0 without one)."""
        return round(self.burst_points * self.window / self.burst_every) if self.second_key else 0

    @property
    def unit_points(self) -> int:
        return sum(POINTS[op] for op in UNIT_OPERATIONS[self.kind])

    @property
    def units(self) -> int:
        return round(self.windows * (self.budget - self.background) / self.unit_points)


@dataclass
class _Host:
    pacer: Pacer
    latency: float  # this host's one-way base latency, seconds


@dataclass(frozen=True)
class _Send:
    operation: str
    host: _Host


@dataclass(frozen=True)
class _Reply:
    status: int
    headers: dict[str, str]  # lower-case names, as the transport hands them to the pacer
    body: bytes = b""


@lru_cache(maxsize=4)
def _reset_header(moment: float) -> str:
    return iso(datetime.fromtimestamp(moment, UTC))


@lru_cache(maxsize=4)
def _date_header(second: int) -> str:
    return formatdate(second, usegmt=True)


@dataclass
class _Tally:
    points_sent: int = 0  # points of final replies other than 429 (as `bench.workloads.Tally`)
    throttled: int = 0
    failed: int = 0  # units whose last reply was a 429 after every pause was spent
    finished: int = 0  # workers done
    last: float = 0.0  # the last reply of the last worker
    other_accepted: int = 0
    other_throttled: int = 0
    accepted_by_window: dict[int, int] = field(default_factory=dict)  # both keys, at the server


_Worker = Generator[float | _Send, _Reply | None, None]


class Simulation:
    """One `Case`, run to the end of its work (`run`)."""

    def __init__(self, case: Case) -> None:
        self.case = case
        self.now = 0.0
        self.rng = random.Random(case.seed)
        self._events: list[tuple[float, int, Callable[[Any, Any], None], Any, Any]] = []
        self._seq = 0
        self.server = Budget(case.budget, case.window, "fixed", clock=self.clock, wall_clock=self.wall)
        store = MemoryStore(clock=self.clock)  # one budget for every host: what Redis is to a fleet
        low, high = case.latency_ms
        self.hosts = [
            _Host(
                Pacer(store, case.budget, case.window, clock=self.clock, wall_clock=self.wall),
                self.rng.uniform(low, high) / 1000,
            )
            for _ in range(case.hosts)
        ]
        self.left = case.units
        self.tally = _Tally()
        self.first = math.inf  # when the first worker started

    def clock(self) -> float:
        return self.now

    def wall(self) -> float:
        return EPOCH + self.now

    def _at(self, moment: float, event: Callable[[Any, Any], None], a: Any = None, b: Any = None) -> None:
        self._seq += 1
        heapq.heappush(self._events, (moment, self._seq, event, a, b))

    def run(self) -> _Tally:
        for n in range(self.case.workers):
            host = self.hosts[n % self.case.hosts]
            start = self.rng.uniform(0, 0.01)
            self.first = min(self.first, start)
            self._at(start, self._resume, self._worker(host))
        if self.case.second_key:
            self._at(self.rng.uniform(0, self.case.burst_every), self._burst)
        while self._events and self.tally.finished < self.case.workers:
            self.now, _, event, a, b = heapq.heappop(self._events)
            event(a, b)
        return self.tally

    # -- our client

    def _worker(self, host: _Host) -> _Worker:
        """One worker: takes units until none is left; what it yields, the loop carries out (a
        float: sleep until then; `_Send`: the reply)."""
        pacer, tally = host.pacer, self.tally
        while self.left > 0:
            self.left -= 1
            for operation in UNIT_OPERATIONS[self.case.kind]:
                cost, throttled = POINTS[operation], 0
                while True:
                    ticket = pacer.book(cost)
                    if ticket.wait > 0:
                        yield ticket.slot
                    if ticket.again:
                        continue  # nothing was booked: ask again, as the transport does
                    sent = self.wall()
                    reply = yield _Send(operation, host)
                    assert reply is not None
                    pacer.settle(ticket)
                    pacer.observe(reply.headers, sent)
                    if reply.status != 429:  # `decide` answers anything else that is not a 5xx
                        tally.points_sent += cost
                        break
                    tally.throttled += 1
                    response = httpx.Response(429, headers=reply.headers, content=reply.body)
                    verdict = decide(
                        response, idempotent=IDEMPOTENT[operation], retries=0, throttled=throttled, limits=LIMITS
                    )
                    if verdict.action != "pause":
                        tally.failed += 1
                        break
                    pacer.pause(verdict.wait)
                    throttled += 1

    def _resume(self, worker: _Worker, reply: _Reply | None) -> None:
        try:
            command = worker.send(reply)
        except StopIteration:
            self.tally.finished += 1
            self.tally.last = max(self.tally.last, self.now)
            return
        if isinstance(command, float):
            self._at(command, self._resume, worker)
        else:
            self._at(self.now + self._way(command.host), self._arrive, worker, command)

    def _way(self, host: _Host) -> float:
        """One way across the network: the host's own latency and some jitter."""
        return host.latency + self.rng.uniform(0, self.case.jitter_ms / 1000)

    def _arrive(self, worker: _Worker, request: _Send) -> None:
        reply = self._reply(self._spend(POINTS[request.operation]))
        self._at(self.now + self._way(request.host), self._resume, worker, reply)

    # -- the server and the other key

    def _spend(self, cost: int) -> Decision:
        decision = self.server.spend(cost)
        if decision.allowed:
            index = math.floor(self.now / self.case.window)
            self.tally.accepted_by_window[index] = self.tally.accepted_by_window.get(index, 0) + cost
        return decision

    def _reply(self, decision: Decision) -> _Reply:
        """The sandbox's headers (`sandbox.app`: `rate_headers`, `throttled`)."""
        headers = {
            "x-ratelimit-limit": str(decision.limit),
            "x-ratelimit-remaining": str(max(decision.remaining, 0)),
            "x-ratelimit-reset": _reset_header(decision.reset_at),
            "date": _date_header(math.floor(self.wall())),
        }
        if decision.allowed:
            return _Reply(200, headers)
        headers["retry-after"] = str(max(math.ceil(decision.retry_after), 1))
        body = json.dumps({"data": {"msLeft": max(math.ceil(decision.retry_after * 1000), 1)}}).encode()
        return _Reply(429, headers, body)

    def _burst(self, _a: Any = None, _b: Any = None) -> None:
        points = self.case.burst_points
        for i in range(points):
            self._at(self.now + i / points, self._other)
        self._at(self.now + self.case.burst_every, self._burst)

    def _other(self, _a: Any = None, _b: Any = None) -> None:
        """One request of the second key: no pacing, and a 429 is counted, not retried."""
        if self._spend(1).allowed:
            self.tally.other_accepted += 1
        else:
            self.tally.other_throttled += 1


# -- the grid and its report


def grid(*, windows: int = 60) -> list[Case]:
    """The default configurations: 1 to 256 workers on 1 to 32 hosts, with and without a second key."""
    shapes = [(1, 1), (16, 1), (16, 4), (256, 1), (256, 4), (256, 32)]
    return [Case(w, h, key, windows=windows) for key in (False, True) for w, h in shapes]


def simulate(case: Case) -> dict[str, Any]:
    """Run one case; its line, with the measures of `bench.runner` (`shortest`, `makespan`)."""
    started = time.perf_counter()
    sim = Simulation(case)
    tally = sim.run()
    real = time.perf_counter() - started
    duration = tally.last - sim.first
    share = case.budget - case.background  # what the second key leaves the client, on average
    ideal = shortest(tally.points_sent, share, case.window)
    accepted = sum(tally.accepted_by_window.values())  # both keys, as the sandbox counts them
    return {
        "workers": case.workers,
        "hosts": case.hosts,
        "second_key": case.second_key,
        "budget": case.budget,
        "window_s": case.window,
        "points_sent": tally.points_sent,
        **makespan(duration, ideal, accepted, case.budget, case.window),
        "throttled": tally.throttled,
        "failed": tally.failed,
        "second_key_points": tally.other_accepted,
        "second_key_throttled": tally.other_throttled,
        "max_window_points": max(tally.accepted_by_window.values(), default=0),
        "real_seconds": round(real, 2),
    }


def run_grid(cases: list[Case]) -> Iterator[dict[str, Any]]:
    for case in cases:
        yield simulate(case)


def table(lines: list[dict[str, Any]]) -> str:
    """A Markdown table of the simulation's lines."""
    rows = [
        "| workers | hosts | second key | points sent | duration (s) | ideal (s) | makespan ratio | utilization "
        "| whole windows | throttled | second key: accepted / throttled | real (s) |",
        "|---:|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for line in lines:
        ratio = line["makespan_ratio"]
        other = f"{line['second_key_points']} / {line['second_key_throttled']}" if line["second_key"] else "—"
        rows.append(
            f"| {line['workers']} | {line['hosts']} | {'yes' if line['second_key'] else 'no'} | {line['points_sent']} "
            f"| {line['duration_s']:.1f} | {line['ideal_s']:g} | {'—' if ratio is None else f'{ratio:.3f}'} "
            f"| {line['utilization']:.3f} | {line['utilization_whole_windows']:.3f} | {line['throttled']} "
            f"| {other} | {line['real_seconds']:.1f} |"
        )
    return "\n".join(rows)


__all__ = ["Case", "Simulation", "grid", "run_grid", "simulate", "table"]
