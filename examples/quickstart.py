"""Quickstart: create a meeting, list meetings, page through them, delete them, and watch the
client pace itself to the point budget instead of running into 429s.

Against a throwaway local sandbox (no API key needed), from the repository root:

    python -m sandbox.run --budget 20 --window 2 -- python examples/quickstart.py

(`make` ends with this.) Against the real API: `WHEREBY_API_KEY=... python examples/quickstart.py`;
it creates seven meetings and deletes them again, about 40 points of a plan's budget.
"""

from __future__ import annotations

import logging
import os
import time
from datetime import UTC, datetime, timedelta

# Demo settings (examples/_demo.py): a sandbox's budget under `python -m sandbox.run`, else the plan's.
from _demo import BUDGET, print_sandbox_count

from whereby_v1 import Whereby
from whereby_v1.models import MeetingRoomNameFilter

PREFIX = "quickstart-"
started = time.monotonic()


def say(text: str) -> None:
    print(f"[{time.monotonic() - started:5.2f}s] {text}", flush=True)


class PacingReport(logging.Handler):
    """Shows the client's waits as they happen (it logs them on the "whereby_v1" logger at DEBUG)."""

    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.waited: list[float] = []
        self.throttled = 0

    def emit(self, record: logging.LogRecord) -> None:
        match record.msg, record.args:
            # "waiting %.3fs for %d point(s) of the budget before %s"
            case str(msg), (float(seconds), int(), str(request)) if msg.startswith("waiting"):
                self.waited.append(seconds)
                say(f"  ... the client waits {seconds:.2f}s for the budget before {request}")
            case str(msg), _ if msg.startswith("429"):  # a 429 came anyway; the client waits it out
                self.throttled += 1
            case _:
                pass


def main() -> None:
    report = PacingReport()
    logger = logging.getLogger("whereby_v1")
    logger.addHandler(report)
    logger.setLevel(logging.DEBUG)

    client = Whereby(**BUDGET)  # the key comes from WHEREBY_API_KEY; every error reply raises
    where = os.environ.get("WHEREBY_BASE_URL", "the Whereby API")
    budget = f"{client.pacer.limit} points per {client.pacer.window:g}s"  # what the client keeps to
    say(f"Quickstart against {where}: a budget of {budget}")
    say("(each request costs points: a read 1, a delete 2, a create 3)")

    with client:
        # 1. Create a meeting. end_date must be time-zone aware; a naive datetime is refused.
        #    Enum-typed arguments take the member (RoomMode.GROUP) or its string.
        ends = datetime.now(UTC) + timedelta(hours=1)
        meeting = client.meetings.create(
            end_date=ends, room_name_prefix=PREFIX, room_mode="group", fields=["hostRoomUrl"]
        )
        say(f"1. Created meeting {meeting.meeting_id}")
        say(f"     participants join at {meeting.room_url}")
        say(f"     the host joins at    {meeting.host_room_url}")

        # 2. Create six more, one after the other: 18 points, more than this window has left,
        #    so the client waits for the next window instead of sending into a 429.
        say("2. Creating 6 more meetings (3 points each)")
        for _ in range(6):
            more = client.meetings.create(end_date=ends, room_name_prefix=PREFIX)
            say(f"     created {more.room_name}")

        # 3. One page of the list: `cursor` says where the next page starts (None on the last one).
        #    list() fetches nothing until it is iterated; iter_pages() gives the pages themselves.
        #    Room names come back with a leading slash: filter on "/quickstart-" to see only ours.
        ours_only = MeetingRoomNameFilter(starts_with=f"/{PREFIX}")
        first = next(client.meetings.list(room_name=ours_only, limit=3).iter_pages())
        say(f"3. Listed meetings: the first page has {len(first.results)}, next cursor {first.cursor!r}")

        # 4. Every meeting, page after page: iterating the pager follows the cursors (one request per page).
        ours = list(client.meetings.list(room_name=ours_only, limit=3))
        pages = -(-len(ours) // 3)
        say(f"4. Paged through all our meetings with list(): {len(ours)} in {pages} pages")

        # 5. Clean up. Deleting is idempotent: a meeting that is already gone is not an error.
        for m in ours:
            client.meetings.delete(m.meeting_id)
        say(f"5. Deleted all {len(ours)} meetings (2 points each)")

    waited = sum(report.waited)
    print()
    print(f"Done in {time.monotonic() - started:.1f}s.")
    print(
        f"The client waited {len(report.waited)} time(s), {waited:.1f}s in all, to stay within "
        f"{budget}; 429 responses: {report.throttled}."
    )
    print_sandbox_count()  # sandbox only: its own count of what it accepted and refused


if __name__ == "__main__":
    main()
