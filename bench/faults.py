"""`python -m bench.faults`: the fault matrix. Creates and deletes through faults, then an audit.

Every run creates meetings (each with a room-name prefix of its own, so the audit can count how
often the server made it) and deletes what it created, through one kind of fault, from one
driver: a sync loop, threads, or asyncio tasks. Faults are the sandbox's (5xx, connections
dropped before or after the work, slow replies past the client's timeout, 429 storms, 429s from a
proxy) or the client's own (its SQLite budget file corrupted, its Redis killed, tasks cancelled
mid-call, a budget too small for the client's `max_wait`). Then, with faults off, the audit lists
the meetings and checks the promises:

- no create ran twice (`duplicates`);
- a create the caller was told about (a meeting, or an error with `may_have_run=False`) matches
  what the server holds (`wrong_outcomes`: a returned meeting that is not there, or "nothing ran"
  for one that is);
- every delete that returned left the meeting gone (`lost_deletes`);
- no driver was still running after its deadline (`hung`).

One JSON line per run, and a last line with the totals. It reports; it asserts nothing.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import sys
import tempfile
import threading
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from sandbox.launcher import SandboxProcess
from whereby_v1 import (
    APIConnectionError,
    AsyncWhereby,
    BudgetStore,
    BudgetWaitError,
    MemoryStore,
    NotFoundError,
    SQLiteStore,
    Whereby,
    WherebyError,
)

from .servers import RedisServer, redis_server_path, start_sandbox

KEY = "fault-matrix-key"
DEADLINE_SECONDS = 120.0
"""A run still going after this is counted as hung."""

SERVER_FAULTS: dict[str, dict[str, Any]] = {
    "server-errors": {"error_rate": 0.3},
    "drop-before": {"drop_before_rate": 0.3},
    "drop-after": {"drop_after_rate": 0.3},
    "slow-past-timeout": {"slow_rate": 0.2, "slow_ms": 1500},
    "429-storm": {"storm_rate": 0.3},
    "429-from-a-proxy": {"storm_rate": 0.3, "text_429": True},
    "everything-at-once": {
        "error_rate": 0.1,
        "drop_before_rate": 0.1,
        "drop_after_rate": 0.1,
        "slow_rate": 0.1,
        "slow_ms": 1500,
        "storm_rate": 0.1,
    },
}
CLIENT_FAULTS = ["sqlite-corrupted", "redis-killed", "cancelled", "max-wait"]
KINDS = [*SERVER_FAULTS, *CLIENT_FAULTS]
WINDOW = 2.0
"""The shared sandbox's window: short, since a storm's 429 says to wait until the window resets."""
SMALL_BUDGET, SMALL_WINDOW = 12, 3.0
"""The budget of the max-wait runs' own sandbox (the client takes the server's X-RateLimit-Limit)."""
DRIVERS = ["sync", "threads", "asyncio"]
OFF = {name: 0 for name in ("error_rate", "drop_before_rate", "drop_after_rate", "slow_rate", "slow_ms", "storm_rate")}


@dataclass
class Outcome:
    tag: str
    create: str = ""  # "ok", "may-have-run", "not-run", "cancelled", "refused", or an exception name
    delete: str = ""  # "ok", "not-found", "failed", "" (not tried)


@dataclass
class Run:
    kind: str
    driver: str
    units: int
    outcomes: list[Outcome] = field(default_factory=list)
    breaker: Callable[[], None] = lambda: None  # breaks the client's side, once, a third of the way in
    _done: int = 0
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def created(self) -> None:
        with self._lock:
            self._done += 1
            now = self._done == max(self.units // 3, 1)
        if now:
            self.breaker()


def _later() -> datetime:
    return datetime.now(UTC) + timedelta(hours=2)


def _create_outcome(error: BaseException) -> str:
    if isinstance(error, APIConnectionError):
        return "may-have-run" if error.may_have_run else "not-run"
    if isinstance(error, BudgetWaitError):
        return "refused"
    return type(error).__name__


def _delete_outcome(error: BaseException) -> str:
    return "not-found" if isinstance(error, NotFoundError) else "failed"


def _sync_unit(client: Whereby, run: Run, outcome: Outcome) -> None:
    try:
        meeting = client.meetings.create(end_date=_later(), room_name_prefix=outcome.tag)
    except WherebyError as error:
        outcome.create = _create_outcome(error)
        return
    outcome.create = "ok"
    run.created()
    try:
        client.meetings.delete(meeting.meeting_id)
        outcome.delete = "ok"
    except WherebyError as error:
        outcome.delete = _delete_outcome(error)


def _sync_units(client: Whereby, run: Run, outcomes: list[Outcome]) -> None:
    for outcome in outcomes:
        _sync_unit(client, run, outcome)


async def _async_unit(client: AsyncWhereby, run: Run, outcome: Outcome, cancel_after: float | None) -> None:
    async def create() -> Any:
        return await client.meetings.create(end_date=_later(), room_name_prefix=outcome.tag)

    try:
        if cancel_after is None:
            meeting = await create()
        else:
            meeting = await asyncio.wait_for(create(), cancel_after)
    except (TimeoutError, asyncio.CancelledError):
        outcome.create = "cancelled"
        return
    except WherebyError as error:
        outcome.create = _create_outcome(error)
        return
    outcome.create = "ok"
    await asyncio.to_thread(run.created)
    try:
        await client.meetings.delete(meeting.meeting_id)
        outcome.delete = "ok"
    except WherebyError as error:
        outcome.delete = _delete_outcome(error)


def _options(kind: str, sandbox: SandboxProcess, store: BudgetStore) -> dict[str, Any]:
    options: dict[str, Any] = {
        "base_url": sandbox.base_url,
        "budget": store,
        "points_per_minute": 100_000,
        "window": WINDOW,  # the sandbox's: a storm's "0 remaining" then holds requests back for 2 s, not 60
    }
    if kind in ("slow-past-timeout", "everything-at-once"):
        options["timeout"] = 0.5
    if kind == "max-wait":  # 4 creates a window of 3 s: most calls would wait longer than allowed
        options.update(points_per_minute=SMALL_BUDGET, window=SMALL_WINDOW, max_wait=0.5)
    return options


def _drive(run: Run, options: dict[str, Any], seed: int) -> int:
    """Runs the units with the run's driver; returns how many workers were still busy at the deadline."""
    rng = random.Random(seed)
    outcomes = run.outcomes
    if run.driver == "asyncio":
        cancel = run.kind == "cancelled"

        async def main() -> None:
            async with AsyncWhereby(KEY, **options) as client:
                await asyncio.gather(
                    *(_async_unit(client, run, o, rng.uniform(0.0, 0.3) if cancel else None) for o in outcomes)
                )

        worker = threading.Thread(target=asyncio.run, args=(main(),), daemon=True)
        worker.start()
        worker.join(DEADLINE_SECONDS)
        return int(worker.is_alive())
    client = Whereby(KEY, **options)
    if run.driver == "sync":
        threads = [threading.Thread(target=_sync_units, args=(client, run, outcomes), daemon=True)]
    else:
        chunks = [outcomes[i::8] for i in range(8)]
        threads = [threading.Thread(target=_sync_units, args=(client, run, chunk), daemon=True) for chunk in chunks]
    for t in threads:
        t.start()
    deadline = time.monotonic() + DEADLINE_SECONDS
    for t in threads:
        t.join(max(deadline - time.monotonic(), 0.0))
    hung = sum(t.is_alive() for t in threads)
    if not hung:
        client.close()
    return hung


def _client_fault(kind: str, redis: RedisServer | None, path: Path | None) -> Callable[[], None]:
    """What breaks the client's side a moment into the run (nothing for server faults)."""

    def corrupt() -> None:
        assert path is not None
        with open(path, "r+b") as f:
            f.write(os.urandom(max(path.stat().st_size, 4096)))

    def kill() -> None:
        assert redis is not None
        redis.stop()

    return {"sqlite-corrupted": corrupt, "redis-killed": kill}.get(kind, lambda: None)


def audit(sandbox: SandboxProcess, run: Run) -> dict[str, int]:
    """What the server holds against what the callers were told."""
    with Whereby(KEY, base_url=sandbox.base_url, points_per_minute=100_000) as client:
        names = [m.room_name for m in client.meetings.list(limit=100) if isinstance(m.room_name, str)]
    held = Counter(next((o.tag for o in run.outcomes if n.startswith(f"/{o.tag}")), "") for n in names)
    duplicates = sum(1 for o in run.outcomes if held[o.tag] > 1)
    # Told "nothing ran", but it did. (A meeting returned and then not found is no wrong answer:
    # its delete's reply was lost and the retry found it gone.)
    wrong = sum(1 for o in run.outcomes if o.create in ("not-run", "refused") and held[o.tag] > 0)
    lost_deletes = sum(1 for o in run.outcomes if o.delete == "ok" and held[o.tag] > 0)
    return {"duplicates": duplicates, "wrong_outcomes": wrong, "lost_deletes": lost_deletes}


def one_run(shared: SandboxProcess, kind: str, driver: str, units: int, index: int) -> dict[str, Any]:
    if kind == "max-wait":
        with start_sandbox(budget=SMALL_BUDGET, window=SMALL_WINDOW, tokens=[KEY]) as own:
            return _one_run(own, kind, driver, units, index)
    return _one_run(shared, kind, driver, units, index)


def _one_run(sandbox: SandboxProcess, kind: str, driver: str, units: int, index: int) -> dict[str, Any]:
    sandbox.reset()
    sandbox.admin("PUT", "faults", json={**OFF, "text_429": False, **SERVER_FAULTS.get(kind, {})}).raise_for_status()
    run = Run(kind, driver, units, [Outcome(f"fm{index:03d}u{i:04d}x") for i in range(units)])
    redis: RedisServer | None = None
    path: Path | None = None
    store: BudgetStore
    with tempfile.TemporaryDirectory() as folder:
        if kind == "sqlite-corrupted":
            path = Path(folder) / "budget.sqlite3"
            store = SQLiteStore(path, retry_interval=0.5)
        elif kind == "redis-killed":
            from whereby_v1.overlay.stores.redis import RedisStore

            redis = RedisServer()
            store = RedisStore(redis.url, name=f"fm{index}", retry_interval=0.5)
        else:
            store = MemoryStore()
        run.breaker = _client_fault(kind, redis, path)
        started = time.monotonic()
        hung = _drive(run, _options(kind, sandbox, store), seed=index)
        seconds = time.monotonic() - started
        if redis is not None:
            redis.stop()
        close = getattr(store, "close", None)
        if close is not None:
            close()
    sandbox.admin("PUT", "faults", json={**OFF, "text_429": False}).raise_for_status()
    counts = Counter(o.create for o in run.outcomes)
    return {
        "scenario": "faults",
        "fault": kind,
        "driver": driver,
        "creates": units,
        "outcomes": dict(sorted(counts.items())),
        "deletes": sum(1 for o in run.outcomes if o.delete),
        **audit(sandbox, run),
        "hung": hung,
        "seconds": round(seconds, 2),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.faults", description=__doc__.splitlines()[0])
    parser.add_argument("--units", type=int, default=24, help="creates per run (each deleted again)")
    parser.add_argument("--only", action="append", choices=KINDS, metavar="FAULT", help=f"one of {KINDS}")
    args = parser.parse_args(argv)
    kinds = [k for k in KINDS if not args.only or k in args.only]
    if redis_server_path() is None and "redis-killed" in kinds:
        kinds.remove("redis-killed")
        print(json.dumps({"scenario": "faults", "fault": "redis-killed", "skipped": "redis-server not installed"}))
    lines = []
    with start_sandbox(budget=1_000_000, window=WINDOW, tokens=[KEY]) as sandbox:
        for index, (kind, driver) in enumerate((k, d) for k in kinds for d in DRIVERS):
            if kind == "cancelled" and driver != "asyncio":
                continue  # a sync call cannot be cancelled from outside; Ctrl-C is a test of its own
            line = one_run(sandbox, kind, driver, args.units, index)
            print(json.dumps(line), flush=True)
            lines.append(line)
    total = {
        "scenario": "faults",
        "runs": len(lines),
        "fault_kinds": len({line["fault"] for line in lines}),
        "operations": sum(line["creates"] + line["deletes"] for line in lines),
        **{key: sum(line[key] for line in lines) for key in ("duplicates", "wrong_outcomes", "lost_deletes", "hung")},
    }
    print(json.dumps(total), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
