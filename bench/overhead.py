"""CPU time per request of the bare generated client and of ours, against a server that answers at once.

`python -m bench.overhead --requests N --rounds R` prints
`{"scenario": "overhead", "ratio": R, "bare_us": ..., "ours_us": ...}`.

The same loop of `get_meetings.sync_detailed` calls runs through both clients, interleaved
request by request (bare, ours, ours, bare, ...), each call timed with `time.process_time()`:
this process's CPU only (the server is another process), and both clients see the same machine
at the same moment, which matters on a shared machine. Each round builds fresh clients and sends
N requests through each; the ratio is the median over rounds of (ours / bare), the per-request
figures the medians of each side.

Ours gets a budget far above what a round spends, so it never waits. Its store holds one booking
per request of the round (0 to N): a real store holds at most one window's worth (100 bookings
with the default plan, 1000 with the largest), and booking cost grows with that number.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from typing import Any

from whereby_v1 import AuthenticatedClient
from whereby_v1.api.meetings import get_meetings
from whereby_v1.overlay import WherebyClient

from .servers import FastServer

LIMIT = 1_000_000_000
TOKEN = "bench-overhead-key"


def _timed(client: AuthenticatedClient) -> float:
    start = time.process_time()
    response = get_meetings.sync_detailed(client=client)
    spent = time.process_time() - start
    if response.status_code != 200 or response.parsed is None:
        raise RuntimeError(f"the fast server answered {response.status_code}")
    return spent


def _round(base_url: str, requests: int) -> tuple[float, float]:
    """CPU microseconds per request (bare, ours); the first call of each, which connects, is not counted."""
    bare = AuthenticatedClient(base_url=base_url, token=TOKEN)
    ours = WherebyClient(TOKEN, points_per_minute=LIMIT, window=60, base_url=base_url)
    spent = {"bare": 0.0, "ours": 0.0}
    with bare, ours:
        _timed(bare)
        _timed(ours)
        for i in range(requests):
            pair = (("bare", bare), ("ours", ours)) if i % 2 == 0 else (("ours", ours), ("bare", bare))
            for name, client in pair:
                spent[name] += _timed(client)
    return spent["bare"] / requests * 1e6, spent["ours"] / requests * 1e6


def measure(requests: int, rounds: int) -> dict[str, Any]:
    with FastServer(LIMIT) as server:
        _round(server.base_url, min(requests, 100))  # warm up imports, caches and the server
        results = [_round(server.base_url, requests) for _ in range(rounds)]
    bare_us = [b for b, _ in results]
    ours_us = [o for _, o in results]
    return {
        "scenario": "overhead",
        "ratio": round(statistics.median(o / b for b, o in results), 3),
        "bare_us": round(statistics.median(bare_us), 1),
        "ours_us": round(statistics.median(ours_us), 1),
        "requests": requests,
        "rounds": rounds,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.overhead")
    parser.add_argument("--requests", type=int, default=1000, help="requests per client and round")
    parser.add_argument("--rounds", type=int, default=7)
    args = parser.parse_args(argv)
    print(json.dumps(measure(args.requests, args.rounds)), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
