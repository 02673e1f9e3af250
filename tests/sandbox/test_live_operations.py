"""Every operation, through the generated client, against a sandbox on a real loopback port.

These are the flows a user runs: create, list, page to the end, read, delete; transcripts and
summaries that become ready; themes in both body forms; insights from the sandbox's own data.
"""

from __future__ import annotations

import asyncio
import io
import time
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx
import pytest

from tests.sandbox.conftest import DEV_TOKEN, RunningSandbox, start_sandbox
from whereby_v1 import AuthenticatedClient
from whereby_v1._operations import OPERATIONS
from whereby_v1.api.insights import (
    get_participant_details,
    get_participants,
    get_room_insights,
    get_room_session_insights,
)
from whereby_v1.api.meetings import create_meeting, delete_meeting, get_meeting, get_meetings
from whereby_v1.api.recordings import (
    bulk_delete_recordings,
    delete_recording,
    get_recording,
    get_recording_access_link,
    get_recordings,
)
from whereby_v1.api.rooms import set_room_background, set_room_colors, set_room_knock_page_background, set_room_logo
from whereby_v1.api.summaries import create_summary, delete_summary, get_summaries, get_summary
from whereby_v1.api.transcriptions import (
    bulk_delete_transcriptions,
    create_transcription,
    delete_transcription,
    get_transcription,
    get_transcription_access_link,
    get_transcriptions,
)
from whereby_v1.models import (
    BackgroundPalette,
    BackgroundPresetRequest,
    BackgroundTheme,
    BulkDeleteRecordingsRequest,
    BulkDeleteTranscriptionsRequest,
    CreateMeetingRequest,
    CreateSummaryRequest,
    CreateTranscriptionRequest,
    DateTimeRange,
    MeetingField,
    MeetingRoomNameFilter,
    RecordingSortBy,
    RoomNameFilter,
    RoomNamePattern,
    SetRoomColorsRequest,
    SummaryTemplate,
    ThemeColors,
    ThemeImageUpload,
    ThemeLogoPreset,
    ThemeLogoPresetRequest,
    ThemeTokens,
    TokensPreset,
    TranscriptionState,
)
from whereby_v1.types import File

# One worker runs this module, in order: its last test checks what the tests before it called.
pytestmark = pytest.mark.xdist_group("live-operations")

CALLED: set[str] = set()


@pytest.fixture(scope="module", params=["fixed", "sliding"])
def live_sandbox(request: pytest.FixtureRequest) -> Iterator[RunningSandbox]:
    """The flows below run once against each window kind, with a budget they cannot exhaust."""
    server = start_sandbox(
        "--seed", "5", "--budget", "5000", "--window", "60", "--window-kind", request.param, "--processing-delay", "0.5"
    )
    yield server
    server.stop()


@pytest.fixture()
def client(live_sandbox: RunningSandbox) -> Iterator[AuthenticatedClient]:
    with AuthenticatedClient(base_url=live_sandbox.base_url, token=DEV_TOKEN) as c:
        yield c


def _ok(response: Any, status: int, operation_id: str) -> Any:
    assert response.status_code == status, (operation_id, response.status_code, response.content[:300])
    CALLED.add(operation_id)
    return response.parsed


def _later(hours: int = 1) -> datetime:
    return datetime.now(UTC) + timedelta(hours=hours)


def _wait_until(check: Callable[[], bool], timeout: float = 10.0) -> None:
    deadline = time.monotonic() + timeout
    while not check():
        assert time.monotonic() < deadline, "the sandbox never finished processing"
        time.sleep(0.1)


def test_meetings_are_created_listed_paged_read_and_deleted(client: AuthenticatedClient) -> None:
    created = []
    for _ in range(5):
        body = CreateMeetingRequest(
            end_date=_later(),
            room_name_prefix="live-test-",
            room_name_pattern=RoomNamePattern.HUMAN_SHORT,
            fields=[MeetingField.HOST_ROOM_URL],
        )
        meeting = _ok(create_meeting.sync_detailed(client=client, body=body), 201, "createMeeting")
        assert meeting.room_name.startswith("/live-test-") and len(meeting.room_name) == len("/live-test-") + 6
        assert meeting.host_room_url.startswith(meeting.room_url + "?roomKey=")
        assert "viewerRoomUrl" not in meeting.to_dict()
        created.append(meeting.meeting_id)

    seen, cursor, pages = [], None, 0
    only_ours = MeetingRoomNameFilter(starts_with="/live-test-")
    while True:
        kwargs: dict[str, Any] = {"limit": 2, "room_name": only_ours, "fields": [MeetingField.VIEWER_ROOM_URL]}
        if cursor:
            kwargs["cursor"] = cursor
        page = _ok(get_meetings.sync_detailed(client=client, **kwargs), 200, "getMeetings")
        pages += 1
        seen += [m.meeting_id for m in page.results]
        assert all(m.viewer_room_url and not m.host_room_url for m in page.results)
        cursor = page.cursor
        if cursor is None:
            break
    assert sorted(seen) == sorted(created) and pages == 3

    one = _ok(get_meeting.sync_detailed(created[0], client=client), 200, "getMeeting")
    assert one.meeting_id == created[0] and not one.host_room_url
    _ok(delete_meeting.sync_detailed(created[0], client=client), 204, "deleteMeeting")
    _ok(delete_meeting.sync_detailed(created[0], client=client), 204, "deleteMeeting")  # idempotent
    assert get_meeting.sync_detailed(created[0], client=client).status_code == 404


def test_recordings_page_to_the_end_sorted_and_can_be_deleted(
    live_sandbox: RunningSandbox, client: AuthenticatedClient
) -> None:
    made = live_sandbox.admin("POST", "recordings", json={"count": 7, "roomName": "/live-recordings"}).json()
    ids, cursor = [], None
    while True:
        page = _ok(
            get_recordings.sync_detailed(
                client=client,
                room_name="/live-recordings",
                limit=3,
                sort_by=RecordingSortBy.START_DATE_ASC,
                **({"cursor": cursor} if cursor else {}),
            ),
            200,
            "getRecordings",
        )
        ids += [r.recording_id for r in page.results]
        cursor = page.cursor
        if not cursor:
            break
    assert sorted(ids) == sorted(made["recordingIds"])

    first = _ok(get_recording.sync_detailed(ids[0], client=client), 200, "getRecording")
    assert first.filename.startswith("live-recordings-")
    link = _ok(
        get_recording_access_link.sync_detailed(ids[0], client=client, valid_for_seconds=60),
        200,
        "getRecordingAccessLink",
    )
    assert httpx.get(link.access_link).status_code == 200
    assert abs(link.expires / 1000 - (time.time() + 60)) < 5
    short = get_recording_access_link.sync(ids[0], client=client, valid_for_seconds=1)
    assert httpx.get(short.access_link).status_code == 200
    time.sleep(1.1)
    assert httpx.get(short.access_link).status_code == 403  # the link has expired

    _ok(delete_recording.sync_detailed(ids[0], client=client), 204, "deleteRecording")
    _ok(
        bulk_delete_recordings.sync_detailed(client=client, body=BulkDeleteRecordingsRequest([*ids[1:3], "gone"])),
        204,
        "bulkDeleteRecordings",
    )
    assert get_recording.sync_detailed(ids[1], client=client).status_code == 404
    left = get_recordings.sync(client=client, room_name="/live-recordings", limit=100)
    assert sorted(r.recording_id for r in left.results) == sorted(ids[3:])


def test_a_transcription_and_its_summary_become_ready(
    live_sandbox: RunningSandbox, client: AuthenticatedClient
) -> None:
    [recording_id] = live_sandbox.admin("POST", "recordings", json={"roomName": "/live-transcripts"}).json()[
        "recordingIds"
    ]
    created = _ok(
        create_transcription.sync_detailed(client=client, body=CreateTranscriptionRequest(recording_id)),
        201,
        "createTranscription",
    )
    tid = created.transcription_id
    first = _ok(get_transcription.sync_detailed(tid, client=client), 200, "getTranscription")
    assert first.state == TranscriptionState.IN_PROGRESS
    _wait_until(lambda: get_transcription.sync(tid, client=client).state == TranscriptionState.READY)
    listed = _ok(
        get_transcriptions.sync_detailed(client=client, room_name="/live-transcripts"), 200, "getTranscriptions"
    )
    assert [t.transcription_id for t in listed.results] == [tid]
    link = _ok(get_transcription_access_link.sync_detailed(tid, client=client), 200, "getTranscriptionAccessLink")
    assert link.access_link.endswith(".md")

    summary_id = _ok(
        create_summary.sync_detailed(client=client, body=CreateSummaryRequest(tid, template=SummaryTemplate.SOAP)),
        201,
        "createSummary",
    ).summary_id
    assert create_summary.sync_detailed(client=client, body=CreateSummaryRequest(tid)).status_code == 400
    _wait_until(lambda: get_summary.sync(summary_id, client=client).state == "ready")
    summary = _ok(get_summary.sync_detailed(summary_id, client=client), 200, "getSummary")
    assert summary.summary.soap.plan and summary.template == SummaryTemplate.SOAP
    assert summary_id in [
        s.summary_id for s in _ok(get_summaries.sync_detailed(client=client, limit=100), 200, "getSummaries").results
    ]
    _ok(delete_summary.sync_detailed(summary_id, client=client), 204, "deleteSummary")
    _ok(delete_transcription.sync_detailed(tid, client=client), 204, "deleteTranscription")
    _ok(
        bulk_delete_transcriptions.sync_detailed(client=client, body=BulkDeleteTranscriptionsRequest([tid])),
        204,
        "bulkDeleteTranscriptions",
    )
    assert get_transcription.sync_detailed(tid, client=client).status_code == 404


def test_room_themes_take_json_presets_and_multipart_images(client: AuthenticatedClient) -> None:
    room = "/theme-room-1"
    colours = SetRoomColorsRequest(
        tokens=ThemeTokens(colors=ThemeColors(primary="#1F6FEB", secondary="#FFFFFF", focus="#000000")),
        tokens_preset=TokensPreset.CUSTOM,
    )
    _ok(set_room_colors.sync_detailed(room, client=client, body=colours), 204, "setRoomColors")
    png = ThemeImageUpload(
        image=File(payload=io.BytesIO(b"\x89PNG\r\n\x1a\n" + bytes(64)), file_name="logo.png", mime_type="image/png")
    )
    _ok(set_room_logo.sync_detailed(room, client=client, body=png), 204, "setRoomLogo")
    _ok(
        set_room_logo.sync_detailed(room, client=client, body=ThemeLogoPresetRequest(ThemeLogoPreset.DEFAULT)),
        204,
        "setRoomLogo",
    )
    preset = BackgroundPresetRequest(palette=BackgroundPalette.PURPLE, theme=BackgroundTheme.MOUNTAINS)
    _ok(set_room_background.sync_detailed(room, client=client, body=preset), 204, "setRoomBackground")
    _ok(set_room_knock_page_background.sync_detailed(room, client=client, body=png), 204, "setRoomKnockPageBackground")


def test_insights_are_computed_from_the_sandbox_sessions(
    live_sandbox: RunningSandbox, client: AuthenticatedClient
) -> None:
    session = live_sandbox.admin(
        "POST", "sessions", json={"roomName": "/insight-room-x", "participants": 3, "minutes": 10}
    ).json()
    since = DateTimeRange(from_=datetime.now(UTC) - timedelta(days=1))
    rooms = _ok(
        get_room_insights.sync_detailed(
            client=client, room_name=RoomNameFilter(exact="/insight-room-x"), created_at=since
        ),
        200,
        "getRoomInsights",
    )
    [room] = rooms.results
    assert (room.total_sessions, room.total_unique_participants) == (1, 3)
    assert room.total_participant_minutes >= 3 * 6

    sessions = _ok(
        get_room_session_insights.sync_detailed(client=client, room_name="/insight-room-x"),
        200,
        "getRoomSessionInsights",
    )
    assert [s.room_session_id for s in sessions.results] == [session["roomSessionId"]]
    people = _ok(
        get_participants.sync_detailed(client=client, room_session_id=session["roomSessionId"]), 200, "getParticipants"
    )
    assert len(people.results) == 3
    details = _ok(
        get_participant_details.sync_detailed(
            client=client, room_session_id=session["roomSessionId"], participant_id=people.results[0].participant_id
        ),
        200,
        "getParticipantDetails",
    )
    assert details[0].display_name == people.results[0].display_name
    assert len(details[0].samples.bitrate_send) >= 1


def test_async_functions_work_against_the_sandbox(live_sandbox: RunningSandbox) -> None:
    async def run() -> list[int]:
        async with AuthenticatedClient(base_url=live_sandbox.base_url, token=DEV_TOKEN) as c:
            responses = await asyncio.gather(*(get_recordings.asyncio_detailed(client=c, limit=5) for _ in range(8)))
            return [r.status_code for r in responses]

    assert asyncio.run(run()) == [200] * 8


def test_the_same_seed_gives_the_same_data_set() -> None:
    first, second = start_sandbox("--seed", "99"), start_sandbox("--seed", "99")
    try:
        listings = [
            get_recordings.sync(client=AuthenticatedClient(base_url=s.base_url, token=DEV_TOKEN), limit=100).to_dict()
            for s in (first, second)
        ]
    finally:
        first.stop()
        second.stop()
    ids = [r["recordingId"] for r in listings[0]["results"]]
    assert ids and ids == [r["recordingId"] for r in listings[1]["results"]]


def test_every_operation_was_called_above() -> None:
    # Runs last in this module: the flows above must have reached every operation in the contract.
    assert {op.operation_id for op in OPERATIONS} == CALLED
