"""The models against what Whereby publishes: its guides' language lists, its insights schemas
and the one webhook example in its guide (each decision is explained in openapi.yaml)."""

from __future__ import annotations

import pytest

from whereby_v1.models import (
    ParticipantInsight,
    Recording,
    RoomClientJoinedEvent,
    TranscriptionLanguage,
)
from whereby_v1.overlay.webhooks import MalformedEventError, parse_event

# The "supported languages" lists of the two guides, in their order.
SESSION_TRANSCRIPTION_GUIDE = [
    "ca",
    "zh",
    "zh-TW",
    "cs",
    "da",
    "nl",
    "en",
    "fi",
    "fr",
    "de",
    "el",
    "hi",
    "id",
    "it",
    "ja",
    "ko",
    "lv",
    "ms",
    "no",
    "pl",
    "pt",
    "pt-BR",
    "ro",
    "ru",
    "sk",
    "es",
    "sv",
    "th",
    "uk",
    "vi",
]
LIVE_CAPTIONS_GUIDE = [
    "ca",
    "zh",
    "zh-TW",
    "cs",
    "da",
    "nl",
    "en",
    "fi",
    "fr",
    "de",
    "de-CH",
    "el",
    "hi",
    "id",
    "it",
    "ja",
    "ko",
    "lv",
    "ms",
    "no",
    "pl",
    "pt",
    "pt-BR",
    "ro",
    "ru",
    "sk",
    "es",
    "sv",
    "th",
    "tr",
    "uk",
    "vi",
]


def test_every_language_of_both_guides_is_a_known_value_and_nothing_else() -> None:
    known = {m.value for m in TranscriptionLanguage if getattr(m, "is_known", True)}
    assert known == set(SESSION_TRANSCRIPTION_GUIDE) | set(LIVE_CAPTIONS_GUIDE)
    assert {"de-CH", "tr"} <= known and not {"en-US", "en-GB"} & known


PARTICIPANT = {
    "roomSessionId": "c1b7e0e2-6a8f-4a63-9a8e-2f0c5f9d7e41",
    "participantId": "2b5f0c8e-3d1a-4f7b-8e6c-9a0d1b2c3e4f",
    "userId": "u-1",
    "roleName": "visitor",
    "displayName": "Ada",
    "joinedAt": "2026-05-07T16:45:02.000Z",
}


def test_a_participant_without_device_id_external_id_or_left_at_parses() -> None:
    participant = ParticipantInsight.from_dict(PARTICIPANT)
    assert participant.participant_id == PARTICIPANT["participantId"]
    again = ParticipantInsight.from_dict({**PARTICIPANT, "deviceId": None, "externalId": None})
    assert again.device_id is None and again.external_id is None


def test_a_recording_reads_its_room_name_and_parses_without_one() -> None:
    recording = {
        "recordingId": "r1",
        "roomSessionId": "s1",
        "filename": "acme-1.mp4",
        "startDate": "2026-05-07T16:45:02.000Z",
        "endDate": "2026-05-07T17:31:40.000Z",
        "sizeInMegaBytes": 412.7,
    }
    assert Recording.from_dict({**recording, "roomName": "/acme-1"}).room_name == "/acme-1"
    assert Recording.from_dict(recording).recording_id == "r1"


# The webhook guide's only example (2021), with the comma it lacks after "subdomain" restored.
GUIDE_EXAMPLE = {
    "id": "d7c4df48b85318352b47d2df45872bf9be87595af379e2a8ad8f1ad28b2a482e",
    "apiVersion": "1.0",
    "createdAt": "2021-01-21T16:29:59.681Z",
    "type": "room.client.joined",
    "data": {
        "roleName": "host",
        "displayName": "Joe Bloggs",
        "meetingId": "134",
        "roomName": "/af0b7b66-c738-4981-887a-ad416754f32d",
        "subdomain": "JoeBloggsInc",
        "numClients": 8,
        "numClientsByRoleName": {"host": 1, "visitor": 7},
        "metadata": "<custom-metadata>",
        "externalId": "<custom-id>",
    },
}


def test_the_guides_example_parses_typed_once_it_has_the_participant_id_whereby_sends() -> None:
    # roomSessionId and isDialIn, which the example also omits, are optional.
    event = parse_event({**GUIDE_EXAMPLE, "data": {**GUIDE_EXAMPLE["data"], "participantId": "p-1"}})
    assert isinstance(event, RoomClientJoinedEvent)
    assert event.data.num_clients == 8 and event.data.external_id == "<custom-id>"


def test_the_guides_example_without_a_participant_id_is_refused_naming_the_field() -> None:
    with pytest.raises(
        MalformedEventError,
        match=r"^room\.client\.joined event: missing field 'participantId' \(at data\.participantId\)$",
    ):
        parse_event(GUIDE_EXAMPLE)
