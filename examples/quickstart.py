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

from whereby_v1.api.meetings import create_meeting, delete_meeting, get_meetings
from whereby_v1.models import CreateMeetingRequest, MeetingField, MeetingRoomNameFilter, RoomMode
from whereby_v1.overlay import WherebyClient

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
        if record.msg.startswith("waiting"):  # "waiting %.3fs for %d point(s) of the budget before %s"
            seconds, _points, request = record.args
            self.waited.append(seconds)
            say(f"  ... the client waits {seconds:.2f}s for the budget before {request}")
        elif record.msg.startswith("429"):  # a 429 came anyway; the client waits it out
            self.throttled += 1


def main() -> None:
    report = PacingReport()
    logger = logging.getLogger("whereby_v1")
    logger.addHandler(report)
    logger.setLevel(logging.DEBUG)

    client = WherebyClient(**BUDGET, raise_errors=True)  # the key comes from WHEREBY_API_KEY
    budget, window = client.pacer.limit, client.pacer.window
    where = os.environ.get("WHEREBY_BASE_URL", "the Whereby API")
    say(f"Quickstart against {where}: a budget of {budget} points per {window:g}s")
    say("(each request costs points: a read 1, a delete 2, a create 3)")

    with client:
        # 1. Create a meeting. end_date must be time-zone aware; a naive datetime is refused.
        ends = datetime.now(UTC) + timedelta(hours=1)
        request = CreateMeetingRequest(
            end_date=ends, room_name_prefix=PREFIX, room_mode=RoomMode.GROUP, fields=[MeetingField.HOST_ROOM_URL]
        )
        meeting = create_meeting.sync(client=client, body=request)
        say(f"1. Created meeting {meeting.meeting_id}")
        say(f"     participants join at {meeting.room_url}")
        say(f"     the host joins at    {meeting.host_room_url}")

        # 2. Create six more, one after the other: 18 points, more than this window has left,
        #    so the client waits for the next window instead of sending into a 429.
        say("2. Creating 6 more meetings (3 points each)")
        for _ in range(6):
            more = create_meeting.sync(client=client, body=CreateMeetingRequest(end_date=ends, room_name_prefix=PREFIX))
            say(f"     created {more.room_name}")

        # 3. One page of the list: `cursor` says where the next page starts (None on the last one).
        # Room names come back with a leading slash: filter on "/quickstart-" to see only ours.
        ours_only = MeetingRoomNameFilter(starts_with=f"/{PREFIX}")
        first = get_meetings.sync(client=client, room_name=ours_only, limit=3)
        say(f"3. Listed meetings: the first page has {len(first.results)}, next cursor {first.cursor!r}")

        # 4. Every meeting, page after page: iterate() follows the cursors (one request per page).
        ours = list(get_meetings.iterate(client=client, room_name=ours_only, limit=3))
        pages = -(-len(ours) // 3)
        say(f"4. Paged through all our meetings with iterate(): {len(ours)} in {pages} pages")

        # 5. Clean up. Deleting is idempotent: a meeting that is already gone is not an error.
        for m in ours:
            delete_meeting.sync(m.meeting_id, client=client)
        say(f"5. Deleted all {len(ours)} meetings (2 points each)")

    waited = sum(report.waited)
    print()
    print(f"Done in {time.monotonic() - started:.1f}s.")
    print(
        f"The client waited {len(report.waited)} time(s), {waited:.1f}s in all, to stay within "
        f"{budget} points per {window:g}s; 429 responses: {report.throttled}."
    )
    print_sandbox_count()  # sandbox only: its own count of what it accepted and refused


if __name__ == "__main__":
    main()
