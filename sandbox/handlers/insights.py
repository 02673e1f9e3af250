"""Insights, computed from the sandbox's own rooms, sessions and participants."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from ..contract import RequestInvalid
from ..store import Participant, Session, iso, minutes_between, parse_time
from . import Context, Reply, handles, page


def _average(ratings: list[int]) -> float | None:
    return round(sum(ratings) / len(ratings), 2) if ratings else None


def _totals(ctx: Context, sessions: list[Session]) -> dict[str, Any]:
    recordings = [
        r for r in ctx.store.recordings.values() if r.room_session_id in {s.room_session_id for s in sessions}
    ]
    participants = [p for s in sessions for p in s.participants]
    return {
        "totalParticipantMinutes": sum(p.minutes for p in participants),
        "totalRecorderMinutes": sum(minutes_between(r.start, r.end) for r in recordings),
        "totalStreamerMinutes": 0,
        "totalUniqueParticipants": len({p.user_id for p in participants}),
        "totalUniqueRecorders": 1 if recordings else 0,
        "totalUniqueStreamers": 0,
    }


def _ratings(session: Session) -> list[int]:
    return [p.rating for p in session.participants if p.rating is not None]


def _room_matches(name: str, room_filter: dict[str, str]) -> bool:
    return (
        ("exact" not in room_filter or name == room_filter["exact"])
        and ("startsWith" not in room_filter or name.startswith(room_filter["startsWith"]))
        and ("contains" not in room_filter or room_filter["contains"] in name)
    )


def _created_matches(created: datetime, window: dict[str, str]) -> bool:
    after = parse_time(window["from"]) if "from" in window else None
    before = parse_time(window["to"]) if "to" in window else None
    return (after is None or created >= after) and (before is None or created <= before)


@handles("getRoomInsights")
def get_room_insights(ctx: Context) -> Reply:
    room_filter = ctx.params.get("roomName") or {}
    window = ctx.params.get("createdAt") or {}
    items = []
    for room in ctx.store.rooms.values():
        sessions = sorted(
            (s for s in ctx.store.sessions.values() if s.room_name == room.room_name), key=lambda s: s.started
        )
        if not sessions or not _room_matches(room.room_name, room_filter) or not _created_matches(room.created, window):
            continue  # a room without sessions has no usage to report
        last_ratings = _ratings(sessions[-1])
        all_ratings = [r for s in sessions for r in _ratings(s)]
        items.append(
            {
                "roomName": room.room_name,
                "createdAt": iso(room.created),
                "endAt": iso(room.end_at),
                "firstSessionStartedAt": iso(sessions[0].started),
                "lastSessionStartedAt": iso(sessions[-1].started),
                **_totals(ctx, sessions),
                "totalSessions": len(sessions),
                "rating": _average(last_ratings),
                "totalRatings": len(all_ratings) if all_ratings else None,
            }
        )
    return page(ctx, "insights-rooms", items, "lastSessionStartedAt:desc")


@handles("getRoomSessionInsights")
def get_room_session_insights(ctx: Context) -> Reply:
    wanted = ctx.params.get("roomSessionId")
    items = []
    for session in ctx.store.sessions.values():
        if session.room_name != ctx.params["roomName"] or (wanted and session.room_session_id != wanted):
            continue
        ratings = _ratings(session)
        items.append(
            {
                "roomSessionId": session.room_session_id,
                "roomName": session.room_name,
                "startedAt": iso(session.started),
                "endedAt": iso(session.ended),
                **_totals(ctx, [session]),
                "rating": _average(ratings),
                "totalRatings": len(ratings) if ratings else None,
            }
        )
    return page(ctx, "insights-sessions", items, "startedAt:desc")


def participant_json(session: Session, p: Participant) -> dict[str, Any]:
    return {
        "roomSessionId": session.room_session_id,
        "participantId": p.participant_id,
        "deviceId": p.device_id,
        "userId": p.user_id,
        "roleName": p.role_name,
        "displayName": p.display_name,
        "joinedAt": iso(p.joined),
        "leftAt": iso(p.left),
        "externalId": p.external_id,
        "rating": p.rating,
        "tags": p.tags,
        "comment": p.comment,
    }


@handles("getParticipants")
def get_participants(ctx: Context) -> Reply:
    session_id, external_id = ctx.params.get("roomSessionId"), ctx.params.get("externalId")
    if session_id is None and external_id is None:
        raise RequestInvalid("roomSessionId", "give roomSessionId or externalId")
    items = [
        participant_json(session, p)
        for session in ctx.store.sessions.values()
        if session_id is None or session.room_session_id == session_id
        for p in session.participants
        if external_id is None or p.external_id == external_id
    ]
    return page(ctx, "insights-participants", items, "joinedAt:asc")


@handles("getParticipantDetails")
def get_participant_details(ctx: Context) -> Reply:
    session = ctx.store.sessions.get(ctx.params["roomSessionId"])
    found = [p for p in (session.participants if session else []) if p.participant_id == ctx.params["participantId"]]
    details = []
    for p in found:
        count = min(max(minutes_between(p.joined, p.left), 1), 30)
        details.append(
            {
                "displayName": p.display_name,
                "userRole": p.role_name,
                "userAgent": "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 Version/17.5 Safari/605.1.15",
                "timeStamp": iso(p.joined),
                "sampleRateMs": 2000,
                "samples": {
                    "packetLossSend": [0.0] * count,
                    "packetLossRecv": [0.1 * (i % 3) for i in range(count)],
                    "bitrateSend": [850000 + 1000 * (i % 7) for i in range(count)],
                    "bitrateRecv": [1200000 - 1500 * (i % 5) for i in range(count)],
                },
                "events": [],
            }
        )
    return 200, details
