"""`whereby-v1 insights ...`: read room, room-session and participant insights.

Read-only by design: every command here is a GET through `client.insights`, paged with --all
like the other lists. Filters map one to one onto the operations' parameters.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

import click

from ..models.participant_sort_by import ParticipantSortBy
from ._common import choice_of, common_options, given, list_options, priced, show_list, state, when


@click.group()
def insights() -> None:
    """Usage insights: rooms, room sessions, participants."""


@insights.command()
@click.option("--room-name", help="Only the room with exactly this name.")
@click.option("--room-name-prefix", help="Only rooms whose name starts with this.")
@click.option("--room-name-contains", help="Only rooms whose name contains this.")
@click.option("--created-from", callback=when, metavar="WHEN", help="Rooms created at or after this time.")
@click.option("--created-to", callback=when, metavar="WHEN", help="Rooms created before this time.")
@click.option("--sort-by", help="Sort field and direction, e.g. totalSessions:desc.")
@list_options
@common_options
@priced
def rooms(
    room_name: str | None,
    room_name_prefix: str | None,
    room_name_contains: str | None,
    created_from: datetime | None,
    created_to: datetime | None,
    sort_by: str | None,
    page_all: bool,
    **paging: Any,
) -> None:
    """Per-room totals ({getRoomInsights} a page)."""
    from ..models.date_time_range import DateTimeRange
    from ..models.room_name_filter import RoomNameFilter

    names = given(exact=room_name, starts_with=room_name_prefix, contains=room_name_contains)
    moments = given(from_=created_from, to=created_to)
    show_list(
        "rooms",
        ("roomName", "totalSessions", "totalParticipantMinutes", "totalUniqueParticipants", "lastSessionStartedAt"),
        state().client().insights.rooms,
        page_all=page_all,
        max_items=paging.pop("max_items"),
        **given(
            room_name=RoomNameFilter(**names) if names else None,
            created_at=DateTimeRange(**moments) if moments else None,
            sort_by=sort_by,
            **paging,
        ),
    )


@insights.command(name="room-sessions")
@click.option("--room-name", required=True, help="The room whose sessions to list.")
@click.option("--room-session-id", help="Only this session.")
@click.option("--sort-by", help="Sort field and direction, e.g. startedAt:desc.")
@list_options
@common_options
@priced
def room_sessions(
    room_name: str, room_session_id: str | None, sort_by: str | None, page_all: bool, **paging: Any
) -> None:
    """Per-session totals of one room ({getRoomSessionInsights} a page)."""
    show_list(
        "room sessions",
        ("roomSessionId", "roomName", "startedAt", "endedAt", "totalParticipantMinutes", "totalUniqueParticipants"),
        state().client().insights.room_sessions,
        page_all=page_all,
        max_items=paging.pop("max_items"),
        room_name=room_name,
        **given(room_session_id=room_session_id, sort_by=sort_by, **paging),
    )


@insights.command()
@click.option("--room-session-id", help="Only this session's participants.")
@click.option("--external-id", help="Only participants with this external id.")
@click.option("--sort-by", type=choice_of(ParticipantSortBy))
@list_options
@common_options
@priced
def participants(
    room_session_id: str | None, external_id: str | None, sort_by: str | None, page_all: bool, **paging: Any
) -> None:
    """Participants of room sessions ({getParticipants} a page)."""
    show_list(
        "participants",
        ("participantId", "roomSessionId", "displayName", "roleName", "joinedAt", "leftAt"),
        state().client().insights.participants,
        page_all=page_all,
        max_items=paging.pop("max_items"),
        **given(
            room_session_id=room_session_id,
            external_id=external_id,
            sort_by=None if sort_by is None else ParticipantSortBy(sort_by),
            **paging,
        ),
    )


@insights.command()
@click.option("--room-session-id", required=True)
@click.option("--participant-id", required=True)
@common_options
@priced
def participant(room_session_id: str, participant_id: str) -> None:
    """One participant's connections and their quality samples ({getParticipantDetails})."""
    run = state()
    connections = run.client().insights.participant(room_session_id=room_session_id, participant_id=participant_id)
    run.output.items(connections, ("displayName", "userRole", "timeStamp", "userAgent", "sampleRateMs", "events"))
