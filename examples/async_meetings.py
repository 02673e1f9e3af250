"""Async: create meetings concurrently with asyncio.gather, list them with `async for`, delete them.

Every request still books its points before it leaves, so any number of concurrent tasks share one
client and stay within the budget together. Against a local sandbox, from the repository root:

    python -m sandbox.run -- python examples/async_meetings.py

Against the real API: `WHEREBY_API_KEY=... python examples/async_meetings.py` (about 45 points).
"""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta

# Demo settings (examples/_demo.py): a sandbox's budget under `python -m sandbox.run`, else the plan's.
from _demo import BUDGET

from whereby_v1 import AsyncWhereby
from whereby_v1.models import MeetingRoomNameFilter

PREFIX = "async-demo-"
COUNT = 8


async def main() -> None:
    ends = datetime.now(UTC) + timedelta(hours=1)
    async with AsyncWhereby(**BUDGET) as client:
        created = await asyncio.gather(
            *(client.meetings.create(end_date=ends, room_name_prefix=PREFIX) for _ in range(COUNT))
        )
        print(f"created {len(created)} meetings concurrently")

        # Pages are fetched as the loop reaches them; limit=3 makes this three pages.
        ours_only = MeetingRoomNameFilter(starts_with=f"/{PREFIX}")
        listed = [m async for m in client.meetings.list(room_name=ours_only, limit=3)]
        print(f"listed {len(listed)} meetings named {PREFIX}...:")
        for meeting in listed:
            print(f"  {meeting.meeting_id}  {meeting.room_name}")

        await asyncio.gather(*(client.meetings.delete(m.meeting_id) for m in listed))
        print(f"deleted {len(listed)} meetings concurrently")


if __name__ == "__main__":
    asyncio.run(main())
