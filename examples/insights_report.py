"""Insights: a usage report per room, with each room's sessions and who came to the latest one.

Filters are objects (`RoomNameFilter`, `DateTimeRange`) that are sent as `roomName[startsWith]=...`
and `createdAt[from]=...`; every list is a pager, read by iterating it. Against a local sandbox, from the
repository root:

    python -m sandbox.run -- python examples/insights_report.py --days 30

Against the real API: `WHEREBY_API_KEY=... python examples/insights_report.py --room-prefix /support`.
"""

from __future__ import annotations

import argparse
from datetime import UTC, datetime, timedelta

# Demo settings (examples/_demo.py): a sandbox's budget under `python -m sandbox.run`, else the plan's.
from _demo import BUDGET

from whereby_v1 import UNSET, Whereby
from whereby_v1.models import DateTimeRange, RoomNameFilter


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").partition("\n")[0])
    parser.add_argument("--days", type=float, default=30, help="rooms created in the last N days (default 30)")
    parser.add_argument("--room-prefix", help="only rooms whose name starts with this, e.g. /support")
    args = parser.parse_args()
    since = DateTimeRange(from_=datetime.now(UTC) - timedelta(days=args.days))
    rooms_filter = RoomNameFilter(starts_with=args.room_prefix) if args.room_prefix else UNSET

    with Whereby(**BUDGET) as client:
        rooms = list(client.insights.rooms(created_at=since, room_name=rooms_filter))
        rooms.sort(key=lambda r: r.total_participant_minutes, reverse=True)
        print(f"{len(rooms)} room(s) created in the last {args.days:g} days, busiest first")
        width = max([4, *(len(r.room_name) for r in rooms)])
        print(f"{'room':<{width}}  {'sessions':>8}  {'people':>6}  {'minutes':>7}")
        for r in rooms:
            print(
                f"{r.room_name:<{width}}  {r.total_sessions:>8}  {r.total_unique_participants:>6}  "
                f"{r.total_participant_minutes:>7}"
            )

        for room in rooms:
            sessions = list(client.insights.room_sessions(room_name=room.room_name))
            print(f"\n{room.room_name}: {len(sessions)} session(s)")
            for s in sorted(sessions, key=lambda s: s.started_at):
                length = (s.ended_at - s.started_at).total_seconds() / 60
                rating = f", rated {s.rating:.1f}" if isinstance(s.rating, (int, float)) else ""
                print(
                    f"  {s.started_at:%Y-%m-%d %H:%M}  {length:4.0f} min  {s.total_unique_participants} people{rating}"
                )
            if sessions:
                latest = max(sessions, key=lambda s: s.started_at)
                people = client.insights.participants(room_session_id=latest.room_session_id)
                names = sorted(p.display_name or p.participant_id for p in people)
                print(f"  at the latest: {', '.join(names)}")


if __name__ == "__main__":
    main()
