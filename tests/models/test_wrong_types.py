"""The generated models refuse a field of the wrong type, naming the model and the field.

Tolerant reader, not a blind one: unknown fields, new enum values, null where the contract says
nullable and absent optional fields all parse; a value that is not what the contract declares
(a number for a string, a string or a bool for an int, an object for a list, a date-time that is
not one) raises `ModelValidationError` instead of being stored as it came.
"""

from __future__ import annotations

import pickle
from typing import Any

import pytest

from whereby_v1 import ModelValidationError, WherebyError
from whereby_v1.models import (
    ConnectionSamples,
    Meeting,
    MeetingPage,
    ParticipantInsight,
    RoomClientPresenceData,
    RoomInsight,
    RoomSessionStartedEvent,
    Transcription,
)
from whereby_v1.types import UNSET

MEETING = {"meetingId": "87673375", "roomUrl": "https://acme.whereby.com/acme-1", "endDate": "2026-05-07T17:42:49.000Z"}
ROOM_INSIGHT: dict[str, Any] = {
    "roomName": "/acme-1",
    "createdAt": "2026-05-07T16:00:00.000Z",
    "endAt": "2026-05-07T18:00:00.000Z",
    "firstSessionStartedAt": "2026-05-07T16:05:00.000Z",
    "lastSessionStartedAt": "2026-05-07T16:45:00.000Z",
    "totalParticipantMinutes": 90,
    "totalRecorderMinutes": 0,
    "totalStreamerMinutes": 0,
    "totalUniqueParticipants": 3,
    "totalUniqueRecorders": 0,
    "totalUniqueStreamers": 0,
    "totalSessions": 2,
}
TRANSCRIPTION = {
    "transcriptionId": "2d4f6a8c",
    "roomSessionId": "0c9d8e7f",
    "roomName": "/acme-1",
    "startDate": "2026-05-07T16:45:02.000Z",
    "endDate": "2026-05-07T17:31:40.000Z",
    "createdAt": "2026-05-07T17:32:00.000Z",
    "state": "ready",
    "type": "RECORDING_TRANSCRIPTION",
}
PRESENCE = {"meetingId": "1", "roomName": "/acme-1", "subdomain": "acme", "participantId": "p1"}
PARTICIPANT = {"roomSessionId": "s1", "participantId": "/p1"}
STARTED = {
    "id": "e1",
    "apiVersion": "1.0",
    "createdAt": "2026-11-27T09:00:00Z",
    "type": "room.session.started",
    "data": {"meetingId": "1", "roomName": "/r", "subdomain": "s"},
}


def _refused(model: Any, data: dict[str, Any]) -> ModelValidationError:
    with pytest.raises(ModelValidationError) as caught:
        model.from_dict(data)
    return caught.value


@pytest.mark.parametrize(
    ("model", "data", "where", "reason"),
    [
        (Meeting, {**MEETING, "roomUrl": 42}, "Meeting.roomUrl", "expected a string, got an integer (42)"),
        (Meeting, {**MEETING, "roomName": ["/a"]}, "Meeting.roomName", "expected a string, got an array"),
        (Meeting, {**MEETING, "meetingId": None}, "Meeting.meetingId", "expected a string, got null"),
        (RoomInsight, {**ROOM_INSIGHT, "totalSessions": "2"}, "RoomInsight.totalSessions", "expected an integer"),
        (RoomInsight, {**ROOM_INSIGHT, "totalSessions": True}, "RoomInsight.totalSessions", "got a boolean (True)"),
        (RoomInsight, {**ROOM_INSIGHT, "totalSessions": 2.5}, "RoomInsight.totalSessions", "got a number (2.5)"),
        (RoomInsight, {**ROOM_INSIGHT, "rating": "4.5"}, "RoomInsight.rating", "expected a number, got a string"),
        (RoomInsight, {**ROOM_INSIGHT, "rating": False}, "RoomInsight.rating", "expected a number, got a boolean"),
        (RoomClientPresenceData, {**PRESENCE, "isDialIn": "false"}, "RoomClientPresenceData.isDialIn", "a boolean"),
        (RoomClientPresenceData, {**PRESENCE, "isDialIn": 0}, "RoomClientPresenceData.isDialIn", "an integer (0)"),
        (RoomClientPresenceData, {**PRESENCE, "roleName": 3}, "RoomClientPresenceData.roleName", "expected a string"),
        (
            RoomClientPresenceData,
            {**PRESENCE, "numClientsByRoleName": {"host": "2"}},
            "RoomClientPresenceData.numClientsByRoleName.host",
            "expected an integer, got a string ('2')",
        ),
        (
            ParticipantInsight,
            {**PARTICIPANT, "tags": {"a": 1}},
            "ParticipantInsight.tags",
            "expected an array, got an object",
        ),
        (
            ParticipantInsight,
            {**PARTICIPANT, "tags": ["ok", 7]},
            "ParticipantInsight.tags[1]",
            "expected a string, got an integer (7)",
        ),
        (ConnectionSamples, {"bitrateSend": [1.5, 2, "fast"]}, "ConnectionSamples.bitrateSend[2]", "expected a number"),
        (Meeting, {**MEETING, "endDate": 1746640969}, "Meeting.endDate", "expected a date-time string"),
        (Meeting, {**MEETING, "endDate": "next tuesday"}, "Meeting.endDate", "Invalid isoformat string"),
        (Transcription, {**TRANSCRIPTION, "state": 1}, "Transcription.state", "expected a string, got an integer"),
        (Meeting, {**MEETING, "dialIn": "+47 123"}, "Meeting.dialIn", "expected an object, got a string"),
        (Meeting, {**MEETING, "dialIn": {"code": 1234}}, "Meeting.dialIn.code", "expected a string, got an integer"),
        (Meeting, {k: v for k, v in MEETING.items() if k != "roomUrl"}, "Meeting.roomUrl", "missing"),
        (Meeting, {k: v for k, v in MEETING.items() if k != "endDate"}, "Meeting.endDate", "missing"),
        (
            RoomSessionStartedEvent,
            {**STARTED, "type": "room.session.ended"},
            "RoomSessionStartedEvent.type",
            "expected 'room.session.started', got a string ('room.session.ended')",
        ),
        (MeetingPage, {"results": [MEETING], "cursor": 5}, "MeetingPage.cursor", "expected a string, got an integer"),
        (MeetingPage, {"results": [MEETING]}, "MeetingPage.cursor", "missing"),
        (MeetingPage, {"results": {"0": MEETING}, "cursor": None}, "MeetingPage.results", "expected an array"),
        (
            MeetingPage,
            {"results": [MEETING, {**MEETING, "meetingId": 9}], "cursor": None},
            "MeetingPage.results[1].meetingId",
            "expected a string, got an integer (9)",
        ),
    ],
)
def test_a_field_of_the_wrong_type_is_refused_naming_the_model_and_field(
    model: Any, data: dict[str, Any], where: str, reason: str
) -> None:
    error = _refused(model, data)
    assert str(error).startswith(where + ": ")
    assert reason in error.reason
    assert error.where == where
    assert isinstance(error, WherebyError) and isinstance(error, ValueError)


def test_what_the_contract_allows_still_parses() -> None:
    insight = RoomInsight.from_dict({**ROOM_INSIGHT, "rating": 4, "totalRatings": None, "addedIn1_3": {"x": [1]}})
    assert insight.rating == 4 and insight.total_ratings is None  # an int is a number; null where nullable
    assert insight["addedIn1_3"] == {"x": [1]}  # an unknown field is kept, whatever its type
    participant = ParticipantInsight.from_dict({**PARTICIPANT, "tags": None, "deviceId": None, "rating": 2.5})
    assert (participant.tags, participant.device_id, participant.rating) == (None, None, 2.5)
    assert participant.joined_at is UNSET and participant.display_name is UNSET  # absent optional fields
    presence = RoomClientPresenceData.from_dict({**PRESENCE, "isDialIn": False, "numClientsByRoleName": {"host": 1}})
    assert presence.is_dial_in is False and presence.num_clients_by_role_name is not UNSET
    assert presence.num_clients_by_role_name["host"] == 1
    assert Transcription.from_dict({**TRANSCRIPTION, "state": "archived"}).state == "archived"
    assert MeetingPage.from_dict({"results": [], "cursor": None}).results == []


def test_the_error_survives_pickling_with_its_fields() -> None:
    error = _refused(Meeting, {**MEETING, "roomUrl": 42})
    copy = pickle.loads(pickle.dumps(error))
    assert (type(copy), str(copy), copy.model, copy.field, copy.reason) == (
        ModelValidationError,
        str(error),
        "Meeting",
        "roomUrl",
        error.reason,
    )


def test_a_long_value_is_cut_short_in_the_message() -> None:
    error = _refused(Meeting, {**MEETING, "roomUrl": 10**80})
    assert len(str(error)) < 120 and str(error).endswith("...)")
