"""What real clients of the API send, the sandbox takes, and what the API documents, it returns.

Each case comes from material nobody here wrote: third-party clients (n8n, Django apps), Whereby's
guides (HIPAA setup, live captions, name prefixes) and application code reading replies. The
requests are sent as those clients send them, as raw JSON over HTTP, and the typed client reads
the replies.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx
import pytest

from tests.sandbox.conftest import DEV_TOKEN, RunningSandbox
from whereby_v1 import Whereby
from whereby_v1.models import LiveTranscriptionSettings, RoomPreferences, TranscriptionLanguage

AUTH = {"Authorization": f"Bearer {DEV_TOKEN}"}


def _create(server: RunningSandbox, body: dict[str, Any]) -> httpx.Response:
    return httpx.post(server.base_url + "/meetings", json=body, headers=AUTH, timeout=10)


@pytest.fixture()
def client(shared_sandbox: RunningSandbox) -> Iterator[Whereby]:
    with Whereby(DEV_TOKEN, base_url=shared_sandbox.base_url, points_per_minute=100000) as client:
        yield client


# -- date-times without an offset are UTC --------------------------------------------------


@pytest.mark.parametrize(
    ("end_date", "as_utc"),
    [
        ("2030-05-07T17:42:49", "2030-05-07T17:42:49.000Z"),  # n8n's date values
        ("2030-05-07T17:42:49.123456", "2030-05-07T17:42:49.123Z"),  # datetime.now().isoformat() in Django
    ],
)
def test_an_end_date_without_an_offset_is_taken_as_utc(
    end_date: str, as_utc: str, shared_sandbox: RunningSandbox
) -> None:
    reply = _create(shared_sandbox, {"endDate": end_date})
    assert reply.status_code == 201, reply.text
    assert reply.json()["endDate"] == as_utc


def test_an_insights_date_filter_without_an_offset_is_taken_as_utc(shared_sandbox: RunningSandbox) -> None:
    url = shared_sandbox.base_url + "/insights/rooms"
    naive = httpx.get(url, params={"createdAt[from]": "2020-01-01T00:00:00"}, headers=AUTH).json()
    aware = httpx.get(url, params={"createdAt[from]": "2020-01-01T00:00:00Z"}, headers=AUTH).json()
    assert naive["results"] and naive == aware


# -- liveTranscription.language: the languages of both guides --------------------------------


@pytest.mark.parametrize("language", ["de-CH", "tr"])
def test_the_live_caption_languages_are_accepted(
    language: str, shared_sandbox: RunningSandbox, client: Whereby
) -> None:
    body = {"endDate": "2030-05-07T17:42:49Z", "liveTranscription": {"startTrigger": "none", "liveCaptions": True}}
    body["liveTranscription"]["language"] = language  # type: ignore[index]
    assert _create(shared_sandbox, body).status_code == 201
    settings = LiveTranscriptionSettings(language=TranscriptionLanguage(language), live_captions=True)
    assert client.meetings.create(end_date=datetime.now(UTC) + timedelta(hours=1), live_transcription=settings)


def test_a_language_no_guide_lists_is_still_refused(shared_sandbox: RunningSandbox) -> None:
    body = {"endDate": "2030-05-07T17:42:49Z", "liveTranscription": {"language": "en-US"}}
    reply = _create(shared_sandbox, body)
    assert reply.status_code == 400
    assert reply.json()["field"] == "liveTranscription.language"


# -- roomPreferences (the HIPAA setup guides) ----------------------------------------------


def test_room_preferences_are_kept_with_the_meeting_and_reported_back(shared_sandbox: RunningSandbox) -> None:
    sent = {"streaming": False, "roomIntegrations": False}
    reply = _create(shared_sandbox, {"endDate": "2030-05-07T17:42:49Z", "isLocked": True, "roomPreferences": sent})
    assert reply.status_code == 201, reply.text
    assert reply.json()["roomPreferences"] == sent
    again = httpx.get(f"{shared_sandbox.base_url}/meetings/{reply.json()['meetingId']}", headers=AUTH).json()
    assert again["roomPreferences"] == sent


def test_room_preferences_that_are_not_booleans_are_refused(shared_sandbox: RunningSandbox) -> None:
    reply = _create(shared_sandbox, {"endDate": "2030-05-07T17:42:49Z", "roomPreferences": {"streaming": "off"}})
    assert reply.status_code == 400
    assert reply.json()["field"] == "roomPreferences.streaming"


def test_the_client_sends_room_preferences_typed_and_reads_them_back(client: Whereby) -> None:
    meeting = client.meetings.create(
        end_date=datetime.now(UTC) + timedelta(hours=1),
        room_preferences=RoomPreferences(streaming=False, room_integrations=False),
    )
    assert meeting.room_preferences == RoomPreferences(streaming=False, room_integrations=False)
    assert client.meetings.get(meeting.meeting_id).room_preferences == meeting.room_preferences


def test_dial_in_joins_the_preferences_sent(shared_sandbox: RunningSandbox) -> None:
    body = {
        "endDate": "2030-05-07T17:42:49Z",
        "isDialInEnabled": True,
        "fields": ["dialIn"],
        "roomPreferences": {"streaming": False},
    }
    assert _create(shared_sandbox, body).json()["roomPreferences"] == {"streaming": False, "dialIn": True}


# -- Recording.roomName --------------------------------------------------------------------


def test_recordings_name_their_room_in_the_list_and_one_by_one(shared_sandbox: RunningSandbox, client: Whereby) -> None:
    made = shared_sandbox.admin("POST", "recordings", json={"count": 1})
    assert made.status_code == 201, made.text
    (recording_id,) = made.json()["recordingIds"]
    listed = {r.recording_id: r for r in client.recordings.list()}
    room_name = listed[recording_id].room_name
    assert isinstance(room_name, str) and room_name.startswith("/")
    assert client.recordings.get(recording_id).room_name == room_name
    assert {r.recording_id for r in client.recordings.list(room_name=room_name)} >= {recording_id}


# -- roomNamePrefix: lowercased, whitespace stripped ---------------------------------------


@pytest.mark.parametrize(("prefix", "start"), [("my room", "/myroom"), ("Customer0348-", "/customer0348-")])
def test_a_prefix_is_lowercased_and_its_whitespace_stripped(
    prefix: str, start: str, shared_sandbox: RunningSandbox, client: Whereby
) -> None:
    reply = _create(shared_sandbox, {"endDate": "2030-05-07T17:42:49Z", "roomNamePrefix": prefix})
    assert reply.status_code == 201, reply.text
    assert reply.json()["roomName"].startswith(start)
    typed = client.meetings.create(end_date=datetime.now(UTC) + timedelta(hours=1), room_name_prefix=prefix)
    assert typed.room_name is not None and typed.room_name.startswith(start)


def test_a_prefix_with_other_characters_is_still_refused(shared_sandbox: RunningSandbox) -> None:
    reply = _create(shared_sandbox, {"endDate": "2030-05-07T17:42:49Z", "roomNamePrefix": "acme_room"})
    assert reply.status_code == 400
    assert reply.json()["field"] == "roomNamePrefix"


def test_the_contracts_own_prefix_example_gives_its_room_name(shared_sandbox: RunningSandbox) -> None:
    from sandbox.contract import Contract

    operation = Contract().data["paths"]["/meetings"]["post"]
    request = operation["requestBody"]["content"]["application/json"]["example"]
    example_name = operation["responses"]["201"]["content"]["application/json"]["example"]["roomName"]
    reply = _create(shared_sandbox, {"endDate": "2030-05-07T17:42:49Z", "roomNamePrefix": request["roomNamePrefix"]})
    made = reply.json()["roomName"]
    # the prefix, then the generated uuid: the example and the sandbox agree up to the uuid
    assert made[:-36] == example_name[:-36] == "/" + request["roomNamePrefix"]


# -- insights: the fields the published spec requires -------------------------------------

PUBLISHED_REQUIRED = {
    "session": {"roomSessionId", "roomName", "startedAt", "endedAt"},  # its list says createdAt/endAt
    "participant": {"roomSessionId", "participantId", "deviceId", "userId", "roleName", "displayName"}
    | {"joinedAt", "leftAt", "externalId"},
    "connection": {"displayName", "userRole", "userAgent", "timeStamp", "sampleRateMs", "samples", "events"},
}


def test_the_sandboxs_insights_carry_every_field_the_published_spec_requires(shared_sandbox: RunningSandbox) -> None:
    def get(path: str, **params: str) -> Any:
        reply = httpx.get(shared_sandbox.base_url + path, params=params, headers=AUTH)
        assert reply.status_code == 200, reply.text
        return reply.json()

    room = get("/insights/rooms")["results"][0]["roomName"]
    session = get("/insights/room-sessions", roomName=room)["results"][0]
    assert PUBLISHED_REQUIRED["session"] <= session.keys()
    participant = get("/insights/participants", roomSessionId=session["roomSessionId"])["results"][0]
    assert PUBLISHED_REQUIRED["participant"] <= participant.keys()
    (connection, *_) = get(
        "/insights/participant", roomSessionId=session["roomSessionId"], participantId=participant["participantId"]
    )
    assert PUBLISHED_REQUIRED["connection"] <= connection.keys()
