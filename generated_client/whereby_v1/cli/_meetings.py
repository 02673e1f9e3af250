"""`whereby-v1 meetings ...`: create, list, get and delete meetings through `client.meetings`.

Options here only choose arguments for the resource client's methods; validation and
serialisation stay the library's. Anything the options do not cover (recording, streaming, ...)
is reachable with `whereby-v1 call createMeeting --body @file.json`; this module must not grow a
second copy of the contract.
"""

from __future__ import annotations

from datetime import datetime

import click

from ..models.meeting_field import MeetingField
from ..models.room_mode import RoomMode
from ..models.room_name_pattern import RoomNamePattern
from ._common import (
    choice_of,
    common_options,
    delete_ids,
    given,
    list_options,
    priced,
    read_ids,
    show_list,
    state,
    when,
)

COLUMNS = ("meetingId", "roomName", "startDate", "endDate", "roomUrl")

field_option = click.option(
    "--field",
    "fields",
    multiple=True,
    type=choice_of(MeetingField),
    help="An optional field to include in the reply; repeat for more.",
)


@click.group()
def meetings() -> None:
    """Create, list, get and delete meetings."""


@meetings.command()
@click.option(
    "--end-date",
    callback=when,
    metavar="WHEN",
    required=True,
    help="When the meeting ends: ISO 8601 with an offset (2030-01-01T10:00:00Z) or from now (+1h, +2d). "
    "Times without an offset are refused, not guessed.",
)
@click.option("--room-name-prefix", help="Prefix of the generated room name.")
@click.option("--room-name-pattern", type=choice_of(RoomNamePattern), help="Shape of the generated room name.")
@click.option("--room-mode", type=choice_of(RoomMode), help="normal: up to 4 people; group: up to 200.")
@click.option("--locked", is_flag=True, default=None, help="Start locked: only hosts let people in.")
@field_option
@common_options
@priced
def create(
    end_date: datetime,
    room_name_prefix: str | None,
    room_name_pattern: str | None,
    room_mode: str | None,
    locked: bool | None,
    fields: tuple[str, ...],
) -> None:
    """Create a meeting ({createMeeting}). For settings without an option use `call createMeeting --body`."""
    run = state()
    meeting = run.client().meetings.create(
        end_date=end_date,
        **given(
            room_name_prefix=room_name_prefix,
            room_name_pattern=None if room_name_pattern is None else RoomNamePattern(room_name_pattern),
            room_mode=None if room_mode is None else RoomMode(room_mode),
            is_locked=locked,
            fields=[MeetingField(f) for f in fields] or None,
        ),
    )
    run.output.item(meeting)


@meetings.command(name="list")
@click.option("--room-name-prefix", help="Only rooms whose name starts with this.")
@field_option
@list_options
@common_options
@priced
def list_(
    room_name_prefix: str | None,
    fields: tuple[str, ...],
    page_all: bool,
    max_items: int | None,
    limit: int | None,
    cursor: str | None,
) -> None:
    """List active meetings ({getMeetings} a page)."""
    from ..models.meeting_room_name_filter import MeetingRoomNameFilter

    show_list(
        "meetings",
        COLUMNS,
        state().client().meetings.list,
        page_all=page_all,
        max_items=max_items,
        **given(
            limit=limit,
            cursor=cursor,
            fields=[MeetingField(f) for f in fields] or None,
            room_name=None if room_name_prefix is None else MeetingRoomNameFilter(starts_with=room_name_prefix),
        ),
    )


@meetings.command()
@click.argument("meeting_id")
@field_option
@common_options
@priced
def get(meeting_id: str, fields: tuple[str, ...]) -> None:
    """Show one meeting ({getMeeting})."""
    run = state()
    extra = given(fields=[MeetingField(f) for f in fields] or None)
    run.output.item(run.client().meetings.get(meeting_id, **extra))


@meetings.command()
@click.argument("meeting_ids", nargs=-1, required=True)
@common_options
@priced
def delete(meeting_ids: tuple[str, ...]) -> None:
    """Delete meetings by id ({deleteMeeting} each); '-' reads ids from stdin.

    Stops at the first error, saying how many were deleted before it.
    """
    client = state().client()
    ids = read_ids(meeting_ids, "meeting")
    delete_ids("meetings", ids, 1, lambda batch: client.meetings.delete(batch[0]))
