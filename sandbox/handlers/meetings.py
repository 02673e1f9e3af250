"""Meetings: transient rooms created through the API."""

from __future__ import annotations

from typing import Any

from ..contract import RequestInvalid
from ..store import Meeting, iso, now, parse_time
from . import Context, NotFound, Reply, handles, page


def meeting_json(meeting: Meeting, fields: list[str]) -> dict[str, Any]:
    body: dict[str, Any] = {
        "meetingId": meeting.meeting_id,
        "roomName": meeting.room_name,
        "roomUrl": meeting.room_url,
        "startDate": iso(meeting.start),
        "endDate": iso(meeting.end),
    }
    viewer_mode = meeting.settings.get("templateType") == "viewerMode"
    if "hostRoomUrl" in fields or viewer_mode:
        body["hostRoomUrl"] = f"{meeting.room_url}?roomKey={meeting.host_key}"
    if "viewerRoomUrl" in fields or viewer_mode:
        body["viewerRoomUrl"] = f"{meeting.room_url}?roomKey={meeting.viewer_key}"
    preferences = dict(meeting.settings.get("roomPreferences") or {})
    if "dialIn" in fields and meeting.settings.get("isDialInEnabled"):
        code = str(int(meeting.meeting_id) % 900000 + 100000)
        body["dialIn"] = {
            "code": code,
            "phoneNumbers": [
                {"countryCode": "NO", "phoneNumber": "+4721000000"},
                {"countryCode": "GB", "phoneNumber": "+442030000000"},
            ],
        }
        preferences["dialIn"] = True
    if preferences:
        body["roomPreferences"] = preferences
    return body


@handles("createMeeting")
def create_meeting(ctx: Context) -> Reply:
    body = ctx.body
    end = parse_time(body["endDate"])
    if end < now():
        raise RequestInvalid("endDate", "must be now or later")
    settings = {k: v for k, v in body.items() if k not in {"endDate", "startDate", "fields"}}
    if settings.get("templateType") == "viewerMode":
        settings.update(isLocked=True, roomMode="group")
    meeting = ctx.store.add_meeting(
        prefix=body.get("roomNamePrefix", ""),
        pattern=body["roomNamePattern"],
        end=end,
        settings=settings,
    )
    return 201, meeting_json(meeting, body.get("fields", []))


@handles("getMeetings")
def get_meetings(ctx: Context) -> Reply:
    moment = now()
    starts_with = (ctx.params.get("roomName") or {}).get("startsWith")
    meetings = [
        m
        for m in sorted(ctx.store.meetings.values(), key=lambda m: (m.start, m.meeting_id))
        if m.is_active(moment) and (starts_with is None or m.room_name.startswith(starts_with))
    ]
    fields = ctx.params.get("fields", [])
    items = [meeting_json(m, fields) for m in meetings]
    return page(ctx, "meetings", items, "startDate:asc")


def _meeting(ctx: Context) -> Meeting:
    meeting = ctx.store.meetings.get(ctx.params["meetingId"])
    if meeting is None or meeting.deleted:
        raise NotFound(f"no meeting {ctx.params['meetingId']!r}")
    return meeting


@handles("getMeeting")
def get_meeting(ctx: Context) -> Reply:
    return 200, meeting_json(_meeting(ctx), ctx.params.get("fields", []))


@handles("deleteMeeting")
def delete_meeting(ctx: Context) -> Reply:
    meeting = ctx.store.meetings.get(ctx.params["meetingId"])
    if meeting is not None:
        meeting.deleted = True
    return 204, None
