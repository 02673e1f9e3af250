"""Units of work and the loops that run them (threads, asyncio tasks, processes).

A unit is either one read (`get_meetings`) or, for the mixed workload, create a meeting, list
meetings and delete the meeting just created. Each request is priced from the contract's own
cost table (`whereby_v1._operations.POINTS`, by operation id: 1, 3, 1 and 2 points today), so a
read unit is worth 1 point and a mixed one 6 (`UNIT_POINTS`). Workers take units from a shared
count until none is left, and note when they started their first request and got their last reply.
"""

from __future__ import annotations

import math
import threading
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

from whereby_v1._operations import POINTS
from whereby_v1.api.meetings import create_meeting, delete_meeting, get_meetings
from whereby_v1.models import CreateMeetingRequest

from .peers import Direct, RetryOnly

UNIT_OPERATIONS: dict[str, tuple[str, ...]] = {
    "read": ("getMeetings",),
    "mixed": ("createMeeting", "getMeetings", "deleteMeeting"),
}
"""The operations one unit of each workload sends (by operation id), as `run_unit` sends them."""
UNIT_POINTS = {kind: sum(POINTS[operation] for operation in operations) for kind, operations in UNIT_OPERATIONS.items()}
"""What one unit of each workload costs; `python -m bench` sizes each run's work by it."""

Caller = Direct | RetryOnly


@dataclass
class Tally:
    """What one worker (or, merged, one run) did."""

    first: float = math.inf  # time.time() when the first request was started
    last: float = 0.0  # time.time() when the last reply was in
    points: int = 0  # points of the requests that got a final reply other than 429
    requests: int = 0
    errors: int = 0  # final replies that were not 2xx, and exceptions
    exceptions: dict[str, int] = field(default_factory=dict)  # by type, e.g. {"RemoteProtocolError": 1}

    def note(self, response: Any, cost: int) -> bool:
        self.requests += 1
        status = int(response.status_code)
        if status != 429:
            self.points += cost
        ok = 200 <= status < 300
        if not ok:
            self.errors += 1
        return ok

    def merge(self, other: Tally) -> None:
        self.first = min(self.first, other.first)
        self.last = max(self.last, other.last)
        self.points += other.points
        self.requests += other.requests
        self.errors += other.errors
        for name, count in other.exceptions.items():
            self.exceptions[name] = self.exceptions.get(name, 0) + count

    def failed(self, error: Exception) -> None:
        """A unit stopped on an exception (the bare client raises on a dropped connection)."""
        self.errors += 1
        name = type(error).__name__
        self.exceptions[name] = self.exceptions.get(name, 0) + 1

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


def _meeting() -> CreateMeetingRequest:
    return CreateMeetingRequest(end_date=datetime.now(UTC) + timedelta(hours=1), room_name_prefix="bench")


def run_unit(kind: str, caller: Caller, tally: Tally) -> None:
    if kind == "read":
        tally.note(caller.call(get_meetings), POINTS["getMeetings"])
        return
    created = caller.call(create_meeting, body=_meeting())
    if not tally.note(created, POINTS["createMeeting"]):
        return
    tally.note(caller.call(get_meetings), POINTS["getMeetings"])
    tally.note(caller.call(delete_meeting, meeting_id=created.parsed.meeting_id), POINTS["deleteMeeting"])


async def arun_unit(kind: str, caller: Caller, tally: Tally) -> None:
    if kind == "read":
        tally.note(await caller.acall(get_meetings), POINTS["getMeetings"])
        return
    created = await caller.acall(create_meeting, body=_meeting())
    if not tally.note(created, POINTS["createMeeting"]):
        return
    tally.note(await caller.acall(get_meetings), POINTS["getMeetings"])
    tally.note(await caller.acall(delete_meeting, meeting_id=created.parsed.meeting_id), POINTS["deleteMeeting"])


def sync_worker(kind: str, caller: Caller, take: Callable[[], bool], tally: Tally) -> None:
    while take():
        tally.first = min(tally.first, time.time())
        try:
            run_unit(kind, caller, tally)
        except Exception as error:
            tally.failed(error)
        tally.last = time.time()


async def async_worker(kind: str, caller: Caller, take: Callable[[], bool], tally: Tally) -> None:
    while take():
        tally.first = min(tally.first, time.time())
        try:
            await arun_unit(kind, caller, tally)
        except Exception as error:
            tally.failed(error)
        tally.last = time.time()


class Units:
    """A count of units left, shared by the threads of one process."""

    def __init__(self, units: int) -> None:
        self._left = units
        self._lock = threading.Lock()

    def take(self) -> bool:
        with self._lock:
            if self._left <= 0:
                return False
            self._left -= 1
            return True


def run_threads(kind: str, caller: Caller, take: Callable[[], bool], workers: int) -> Tally:
    tallies = [Tally() for _ in range(workers)]
    threads = [threading.Thread(target=sync_worker, args=(kind, caller, take, t)) for t in tallies]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    total = Tally()
    for tally in tallies:
        total.merge(tally)
    return total
