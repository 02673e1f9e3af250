"""Sharing a budget: several processes, each with its own client, and one point budget between them.

The API's budget belongs to the organisation, not to a client: processes that each kept their own
count would together send too much and get 429s. Give every client the same store instead: a
`SQLiteStore` file for the processes of one host, a `RedisStore` for many hosts. Then every request
of every process is booked in one place, in order, and nobody overfills a window. Against a local
sandbox with a small budget, from the repository root:

    python -m sandbox.run --budget 20 --window 1 -- python examples/shared_budget.py
    python -m sandbox.run --budget 20 --window 1 -- python examples/shared_budget.py --redis redis://localhost:6379/0

(RedisStore needs `pip install 'whereby-v1[redis]'` and a Redis server.)
"""

from __future__ import annotations

import argparse
import logging
import os
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

# Demo settings (examples/_demo.py): a sandbox's budget under `python -m sandbox.run`, else the plan's.
from _demo import BUDGET, print_sandbox_count

from whereby_v1 import BudgetStore, RedisStore, SQLiteStore, Whereby


class Count429s(logging.Handler):
    """A 429 that comes anyway is waited out and logged on "whereby_v1" at DEBUG; count them."""

    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.count = 0

    def emit(self, record: logging.LogRecord) -> None:
        self.count += record.msg.startswith("429")


def open_store(where: str) -> BudgetStore:
    """The same budget in every process: a Redis URL or the path of a SQLite file."""
    if where.startswith(("redis://", "rediss://", "unix://")):
        return RedisStore(where, name="examples-shared-budget")
    return SQLiteStore(where)


def worker(number: int, where: str, requests: int) -> str:
    """One process: its own client and its own requests, booked in the shared store."""
    throttled = Count429s()
    logger = logging.getLogger("whereby_v1")
    logger.addHandler(throttled)
    logger.setLevel(logging.DEBUG)
    started = time.monotonic()
    with Whereby(**BUDGET, budget=open_store(where)) as client:
        for _ in range(requests):
            next(client.meetings.list(limit=1).iter_pages())  # one page: one request, 1 point
    took = time.monotonic() - started
    return f"process {number} (pid {os.getpid()}): {requests} requests in {took:.1f}s, 429 responses: {throttled.count}"


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").partition("\n")[0])
    parser.add_argument("--processes", type=int, default=4)
    parser.add_argument("--requests", type=int, default=10, help="reads per process, 1 point each (default 10)")
    parser.add_argument("--redis", metavar="URL", help="share the budget in Redis instead of a SQLite file")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as scratch:
        where = args.redis or str(Path(scratch) / "whereby-budget.sqlite3")
        kind = "Redis at " + args.redis if args.redis else "a SQLite file"
        points = args.processes * args.requests
        with Whereby(**BUDGET) as probe:  # makes no request: only to read the budget it keeps to
            budget = f"{probe.pacer.limit} points per {probe.pacer.window:g}s"
        print(
            f"{args.processes} processes, {points} points of reads in all, sharing a budget of {budget} through {kind}"
        )
        started = time.monotonic()
        with ProcessPoolExecutor(args.processes) as pool:
            jobs = [pool.submit(worker, n + 1, where, args.requests) for n in range(args.processes)]
            for job in jobs:
                print(f"  {job.result()}")
        print(f"all done in {time.monotonic() - started:.1f}s")

    print_sandbox_count()  # sandbox only: its own count of what it accepted and refused


if __name__ == "__main__":
    main()
