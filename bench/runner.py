"""One run: one scenario, one client, its own sandbox. `python -m bench.runner '<json config>'`.

Prints one JSON line. The orchestrator (`python -m bench`) starts one of these per client and
scenario, so a run never shares a process (or a GIL) with another run.

The run starts right after `POST /_sandbox/reset`, so at the start of one of the sandbox's
windows (for the second-key scenario the other key starts spending then, and our client one
window later). Points accepted and 429s come from the sandbox's `/_sandbox/stats`, at the end for
the totals and, polled through the run by a thread of its own, for the line's `timeline` (what
`--plot` draws). Nothing here may slow the client down: the poller never shares a lock or a
connection with it.
"""

from __future__ import annotations

import asyncio
import json
import math
import multiprocessing as mp
import os
import sys
import tempfile
import threading
import time
import uuid
from collections.abc import Callable
from dataclasses import asdict, dataclass
from multiprocessing.synchronize import Event as EventType
from typing import Any

import httpx

from whereby_v1 import AuthenticatedClient
from whereby_v1.overlay import WherebyClient
from whereby_v1.overlay.stores.base import BudgetStore
from whereby_v1.overlay.stores.memory import MemoryStore

from .peers import Direct, RetryOnly
from .servers import RedisServer, start_sandbox
from .workloads import Caller, Tally, Units, async_worker, run_threads

OURS = "whereby_v1"
PEER = "retry-only"
KEY = "bench-key-1"
OTHER_KEY = "bench-key-2"


@dataclass(frozen=True)
class Config:
    scenario: str
    client: str  # OURS or PEER
    mode: str  # "threads", "asyncio" or "processes"
    workers: int  # request loops in all (threads or tasks), across processes
    processes: int
    budget: int
    window: float
    units: int
    kind: str = "read"  # or "mixed"
    store: str = "memory"  # or "sqlite", "redis"
    background: float = 0.0  # share of the budget the other key spends
    window_kind: str = "fixed"  # or "sliding": the sandbox's window
    latency_ms: int = 0  # how long the sandbox holds every reply it accepted (its slow-reply fault)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Config:
        return cls(**data)


def make_store(kind: str, where: str, name: str) -> BudgetStore:
    if kind == "sqlite":
        from whereby_v1.overlay.stores.sqlite import SQLiteStore

        return SQLiteStore(where, name=name)
    if kind == "redis":
        from whereby_v1.overlay.stores.redis import RedisStore  # type: ignore[import-not-found,unused-ignore]

        store: BudgetStore = RedisStore(where, name=name)
        return store
    return MemoryStore()


def make_caller(cfg: Config, base_url: str, store: BudgetStore | None = None) -> Caller:
    if cfg.client == OURS:
        client = WherebyClient(
            KEY,
            points_per_minute=cfg.budget,
            window=cfg.window,
            budget=store or MemoryStore(),
            base_url=base_url,
            raise_errors=False,
        )
        return Direct(client)
    return RetryOnly(AuthenticatedClient(base_url=base_url, token=KEY))


def background_points(cfg: Config) -> int:
    """Points per window the other key spends (0 without one)."""
    return max(round(cfg.budget * cfg.background), 1) if cfg.background else 0


def ideal_seconds(cfg: Config, points: int) -> float:
    """The shortest possible run for `points` of work (`shortest`)."""
    return shortest(points, cfg.budget - background_points(cfg), cfg.window)


def shortest(points: int, share: float, window: float) -> float:
    """The shortest possible run for `points` of work with `share` points of each window.

    A run starts at a window boundary with a whole window available, so work worth n windows of
    that share ends, at best, as its n-th window opens: (n - 1) windows.
    """
    return max(math.ceil(points / share) - 1, 0) * window


def makespan(duration: float, ideal: float, accepted: int, budget: int, window: float) -> dict[str, Any]:
    """The measures every line carries: the duration against the ideal, and the points the server
    accepted against what the budget allowed over the run (and over its whole windows)."""
    windows = duration / window
    return {
        "duration_s": round(duration, 3),
        "ideal_s": ideal,
        "makespan_ratio": round(duration / ideal, 3) if ideal else None,
        "utilization": round(accepted / (budget * windows), 3),
        "utilization_whole_windows": round(accepted / (budget * math.ceil(windows)), 3),
    }


def delay_replies(root_url: str, ms: int) -> None:
    """Have the sandbox hold every reply it accepted for `ms`, as a reply crossing the internet is.

    The sandbox holds them after the work (the points are spent when the request arrives) and sends
    its 429s at once; a request's own way to the server is not delayed.
    """
    url = f"{root_url}/_sandbox/faults"
    httpx.put(url, json={"slow_rate": 1.0, "slow_ms": ms}, timeout=10).raise_for_status()


def close_store(store: BudgetStore | None) -> None:
    close = getattr(store, "close", None)
    if callable(close):
        close()


# -- the other key of the organisation ----------------------------------------------------------


class Background(threading.Thread):
    """Another service of the organisation: spends `points` per window with its own key, steadily.

    Plain httpx, no retries: a 429 is counted and the next request goes at its usual time.
    """

    def __init__(self, base_url: str, points: int, window: float) -> None:
        super().__init__(daemon=True)
        self.base_url = base_url
        self.interval = window / points
        self.stop = threading.Event()
        self.sent: list[tuple[float, int]] = []  # (time sent, status)

    def run(self) -> None:
        headers = {"Authorization": f"Bearer {OTHER_KEY}"}
        with httpx.Client(base_url=self.base_url, headers=headers, timeout=30) as http:
            start, i = time.monotonic(), 0
            while not self.stop.wait(max(start + i * self.interval - time.monotonic(), 0)):
                sent = time.time()
                try:
                    status = http.get("/meetings", params={"limit": 10}).status_code
                except httpx.HTTPError:
                    status = 0  # no reply: neither accepted nor throttled
                self.sent.append((sent, status))
                i += 1

    def accepted_before(self, moment: float) -> int:
        return sum(1 for sent, status in self.sent if sent < moment and status not in (0, 429))

    @property
    def throttled(self) -> int:
        return sum(1 for _, status in self.sent if status == 429)

    @property
    def accepted(self) -> int:
        return sum(1 for _, status in self.sent if status not in (0, 429))


class Timeline:
    """The sandbox's counts of accepted points and 429s, polled every `period` s while a run goes.

    Its own thread and its own connection to the admin API, both made (and the connection opened)
    at set-up, so the run pays for neither and the client never waits for it. With another key
    spending (`second-key`), what that key's thread has counted so far is taken off: the series
    are our client's alone, give or take a reply in flight.
    """

    def __init__(self, root_url: str, period: float) -> None:
        self.period = period
        self.http = httpx.Client(base_url=f"{root_url}/_sandbox", timeout=10)
        self.http.get("/health").raise_for_status()
        self.background: Background | None = None
        self.origin = 0.0
        self.samples: list[tuple[float, int, int]] = []  # (time.time(), accepted points, 429s)
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._poll, daemon=True)

    def start(self, origin: float, background: Background | None) -> None:
        """Poll from `origin`, the moment of the reset, when every count was 0."""
        self.origin, self.background = origin, background
        self.samples.append((origin, 0, 0))
        self._thread.start()

    def _poll(self) -> None:
        while not self._stop.wait(self.period):
            self._sample()
        self._sample()  # the end of the run

    def _sample(self) -> None:
        before = time.time()
        try:
            stats = self.http.get("/stats").raise_for_status().json()
        except httpx.HTTPError:
            return  # a gap in the series; the run's totals are read again at the end
        moment = (before + time.time()) / 2
        accepted, throttled = int(stats["acceptedPoints"]), int(stats["throttled"])
        if self.background is not None:
            accepted -= self.background.accepted
            throttled -= self.background.throttled
        self.samples.append((moment, accepted, throttled))

    def finish(self, first: float, budget: int) -> dict[str, Any]:
        """Stop polling; the series in seconds since the reset, as the JSON line carries it.

        `first` is when the client's first request went; `budget` is its part of the budget per
        window (what the other key leaves it).
        """
        self._stop.set()
        self._thread.join()
        return {
            "client_budget": budget,
            "client_start_s": round(first - self.origin, 3),
            "t_s": [round(moment - self.origin, 3) for moment, _, _ in self.samples],
            "accepted_points": [accepted for _, accepted, _ in self.samples],
            "throttled": [throttled for _, _, throttled in self.samples],
        }

    def close(self) -> None:
        self._stop.set()
        if self._thread.is_alive():
            self._thread.join()
        self.http.close()


# -- one run: set up, then (when told) go -----------------------------------------------------------


class Run:
    """One scenario with one client: everything that takes time to start is started in `__init__`
    (the sandbox, redis-server, the worker processes), so that `execute` measures requests only."""

    def __init__(self, cfg: Config) -> None:
        self.cfg = cfg
        self._cleanup: list[Callable[[], None]] = []
        try:
            tokens = [KEY, OTHER_KEY] if cfg.background else [KEY]
            self.sandbox = start_sandbox(
                budget=cfg.budget, window=cfg.window, tokens=tokens, window_kind=cfg.window_kind
            )
            self._cleanup.append(self.sandbox.stop)
            if cfg.latency_ms:
                delay_replies(self.sandbox.root_url, cfg.latency_ms)
            self.timeline = Timeline(self.sandbox.root_url, max(cfg.window / 50, 0.05))
            self._cleanup.append(self.timeline.close)
            if cfg.mode == "processes":
                self._start_processes()
            else:
                self.caller = make_caller(cfg, self.sandbox.base_url)
                if cfg.mode == "threads":
                    self.caller.client.get_httpx_client()  # built once, before the threads share it
        except BaseException:
            self.close()
            raise

    def close(self) -> None:
        while self._cleanup:
            self._cleanup.pop()()

    # -- in this process

    def _watch(self, background: Background | None = None) -> float:
        """Reset the sandbox (a fresh window starts) and poll it from now on; returns the reset's time."""
        reset_at = self.sandbox.reset()
        self.timeline.start(reset_at, background)
        return reset_at

    def _run_here(self) -> tuple[Tally, Background | None]:
        cfg, caller, units = self.cfg, self.caller, Units(self.cfg.units)
        background = None
        if cfg.background:
            background = Background(self.sandbox.base_url, background_points(cfg), cfg.window)
        reset_at = self._watch(background)
        if background is not None:
            background.start()
            # The other service is already running when ours starts: one window later.
            time.sleep(max(reset_at + cfg.window - time.time(), 0))
        try:
            if cfg.mode == "threads":
                with caller.client:
                    tally = run_threads(cfg.kind, caller, units.take, cfg.workers)
            else:
                tally = asyncio.run(_run_tasks(cfg, caller, units))
        finally:
            if background is not None:
                background.stop.set()
                background.join()
        return tally, background

    # -- across processes

    def _start_processes(self) -> None:
        cfg = self.cfg
        ctx = mp.get_context("spawn")
        self._left = ctx.Value("l", cfg.units)
        self._ready, self._results, self._go = ctx.Queue(), ctx.Queue(), ctx.Event()
        tmp = tempfile.TemporaryDirectory(prefix="whereby-bench-")
        self._cleanup.append(tmp.cleanup)
        where = os.path.join(tmp.name, "budget.sqlite3")
        if cfg.store == "redis" and cfg.client == OURS:
            redis = RedisServer()
            self._cleanup.append(redis.stop)
            where = redis.url
        name = f"bench-{uuid.uuid4().hex[:8]}"
        self._processes = [
            ctx.Process(
                target=process_main,
                args=(
                    asdict(cfg),
                    self.sandbox.base_url,
                    where,
                    name,
                    self._left,
                    self._ready,
                    self._go,
                    self._results,
                ),
            )
            for _ in range(cfg.processes)
        ]
        self._cleanup.append(self._stop_processes)
        for process in self._processes:
            process.start()
        for _ in self._processes:
            self._ready.get(timeout=120)

    def _stop_processes(self) -> None:
        with self._left.get_lock():
            self._left.value = 0  # if we failed before going, the workers must not start on the work
        self._go.set()  # let waiting workers run out (no units left if we failed early)
        for process in self._processes:
            process.join(timeout=30)
            if process.is_alive():
                process.terminate()  # our own child, by its handle
                process.join(timeout=10)

    def _run_processes(self) -> Tally:
        self._watch()
        self._go.set()
        total = Tally()
        for _ in self._processes:
            total.merge(Tally(**self._results.get(timeout=600)))
        return total

    # -- measure

    def execute(self) -> dict[str, Any]:
        cfg = self.cfg
        background = None
        if cfg.mode == "processes":
            tally = self._run_processes()
        else:
            tally, background = self._run_here()
        timeline = self.timeline.finish(tally.first, cfg.budget - background_points(cfg))
        stats = self.sandbox.stats()

        duration = tally.last - tally.first
        ideal = ideal_seconds(cfg, tally.points)
        accepted = int(stats["acceptedPoints"])
        throttled = int(stats["throttled"])
        if background is not None:
            accepted -= background.accepted_before(tally.first)  # spent before our client started
            throttled -= background.throttled  # the other key's 429s are not our client's
        line: dict[str, Any] = {
            "scenario": cfg.scenario,
            "client": cfg.client,
            "workers": cfg.workers,
            "processes": cfg.processes,
            "budget": cfg.budget,
            "window_s": cfg.window,
            "points_sent": tally.points,
            **makespan(duration, ideal, accepted, cfg.budget, cfg.window),
            "throttled": throttled,
            "accepted_points": accepted,
        }
        if background is not None:
            line["background_points"] = background.accepted - background.accepted_before(tally.first)
            line["background_throttled"] = background.throttled
        if tally.errors:
            line["errors"] = tally.errors
        if tally.exceptions:
            line["exceptions"] = tally.exceptions
        line["timeline"] = timeline
        return line


async def _run_tasks(cfg: Config, caller: Caller, units: Units) -> Tally:
    async with caller.client:
        tallies = [Tally() for _ in range(cfg.workers)]
        await asyncio.gather(*(async_worker(cfg.kind, caller, units.take, t) for t in tallies))
    total = Tally()
    for tally in tallies:
        total.merge(tally)
    return total


def process_main(
    cfg_data: dict[str, Any],
    base_url: str,
    store_where: str,
    store_name: str,
    left: Any,
    ready: Any,
    go: EventType,
    results: Any,
) -> None:
    """One of the processes: its own client (and store connection), `workers / processes` threads."""
    cfg = Config.from_dict(cfg_data)
    store = make_store(cfg.store, store_where, store_name) if cfg.client == OURS else None
    caller = make_caller(cfg, base_url, store)
    caller.client.get_httpx_client()

    def take() -> bool:
        with left.get_lock():
            if left.value <= 0:
                return False
            left.value -= 1
            return True

    ready.put(os.getpid())
    go.wait()
    try:
        with caller.client:
            tally = run_threads(cfg.kind, caller, take, cfg.workers // cfg.processes)
        results.put(tally.as_dict())
    finally:
        close_store(store)


def main(argv: list[str] | None = None) -> int:
    """`python -m bench.runner CONFIG [--wait]`: with --wait, set up, print `ready`, and go on a line from stdin."""
    args = sys.argv[1:] if argv is None else argv
    run = Run(Config.from_dict(json.loads(args[0])))
    try:
        if "--wait" in args[1:]:
            print("ready", flush=True)
            if not sys.stdin.readline():
                return 1  # the orchestrator went away
        print(json.dumps(run.execute()), flush=True)
    finally:
        run.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
