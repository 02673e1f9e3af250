"""A third party checks the contract from outside: Stoplight Prism, pinned in package.json.

Proxy mode: `prism proxy openapi.yaml <sandbox>/v1 --errors` stands between the generated client
and the sandbox and validates both directions. Every operation goes through it with valid
arguments and must come back with its documented success status and no violation: no Prism
problem (422 for a bad request, 500 for a bad response) and no `sl-violations` header (Prism
adds it even for warnings, e.g. an undocumented status code, which it lets through).

Dynamic mock mode: `prism mock --dynamic openapi.yaml` answers with random schema-valid bodies,
and the generated models must parse every one of them.
"""

from __future__ import annotations

import io
import re
import time
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from importlib import import_module
from pathlib import Path
from typing import Any

import httpx
import pytest

import whereby_v1.models
from tests.sandbox.conftest import DEV_TOKEN, RunningSandbox, start_sandbox
from tests.sandbox.prism import (
    PROBLEM_JSON,
    RunningPrism,
    mock_args,
    prism_entry,
    proxy_args,
    start_prism,
    violations,
)
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
    Error,
    LiveTranscriptionSettings,
    LiveTranscriptionStartTrigger,
    MeetingField,
    MeetingRoomNameFilter,
    ParticipantSortBy,
    RateLimitError,
    RecordingDestination,
    RecordingFileFormat,
    RecordingSettings,
    RecordingSortBy,
    RecordingStartTrigger,
    RecordingType,
    RoomMode,
    RoomNameFilter,
    RoomNamePattern,
    SetRoomColorsRequest,
    StorageProvider,
    StreamingDestination,
    StreamingSettings,
    StreamingStartTrigger,
    SummaryState,
    SummaryTemplate,
    ThemeColors,
    ThemeImageUpload,
    ThemeLogoPreset,
    ThemeLogoPresetRequest,
    ThemeTokens,
    TokensPreset,
    TranscriptionLanguage,
    TranscriptionSortBy,
    TranscriptionState,
)
from whereby_v1.types import File, Response

RANDOM_BODIES_PER_OPERATION = 20
PNG = b"\x89PNG\r\n\x1a\n" + bytes(64)
PROXIED: set[str] = set()


def _later(hours: int = 1) -> datetime:
    return datetime.now(UTC) + timedelta(hours=hours)


def _png(name: str) -> ThemeImageUpload:
    return ThemeImageUpload(image=File(payload=io.BytesIO(PNG), file_name=name, mime_type="image/png"))


# -- processes ---------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def prism_installed() -> Path:
    return prism_entry()  # skips (or fails under CI) before anything is started


@pytest.fixture(scope="module")
def upstream(prism_installed: Path) -> Iterator[RunningSandbox]:
    server = start_sandbox("--seed", "7", "--processing-delay", "0.2", "--budget", "100000")
    yield server
    server.stop()


@pytest.fixture(scope="module")
def proxy(upstream: RunningSandbox, tmp_path_factory: pytest.TempPathFactory) -> Iterator[RunningPrism]:
    # Prism drops the spec's server path (/v1) from its own routes and forwards to upstream + path,
    # so the upstream is the sandbox's base URL, /v1 included.
    prism = start_prism(*proxy_args(upstream.base_url), log_path=tmp_path_factory.mktemp("prism") / "proxy.log")
    yield prism
    prism.stop()


@pytest.fixture(scope="module")
def mock(prism_installed: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[RunningPrism]:
    prism = start_prism(*mock_args(), log_path=tmp_path_factory.mktemp("prism") / "mock.log")
    yield prism
    prism.stop()


@pytest.fixture()
def client(proxy: RunningPrism) -> Iterator[AuthenticatedClient]:
    with AuthenticatedClient(base_url=proxy.url, token=DEV_TOKEN) as c:
        yield c


# -- proxy mode: every operation, valid both ways ----------------------------------------------


def _passes(response: Response[Any], status: int, operation_id: str) -> Any:
    """Documented success status, and Prism found nothing wrong with the request or the response."""
    found = violations(response)
    media = response.headers.get("content-type", "")
    assert response.status_code == status and not found and not media.startswith(PROBLEM_JSON), (
        operation_id,
        response.status_code,
        found,
        response.content[:1000],
    )
    PROXIED.add(operation_id)
    return response.parsed


def _wait_until(check: Callable[[], bool], timeout: float = 10.0) -> None:
    deadline = time.monotonic() + timeout
    while not check():
        assert time.monotonic() < deadline, "the sandbox never finished processing"
        time.sleep(0.1)


def test_meetings_pass_prism(client: AuthenticatedClient) -> None:
    body = CreateMeetingRequest(
        end_date=_later(),
        is_locked=False,
        room_mode=RoomMode.GROUP,
        room_name_prefix="prism-",
        room_name_pattern=RoomNamePattern.HUMAN_SHORT,
        fields=[MeetingField.HOST_ROOM_URL],
        recording=RecordingSettings(
            type_=RecordingType.CLOUD,
            destination=RecordingDestination(provider=StorageProvider.WHEREBY, file_format=RecordingFileFormat.MP4),
            start_trigger=RecordingStartTrigger.PROMPT,
        ),
        live_transcription=LiveTranscriptionSettings(
            start_trigger=LiveTranscriptionStartTrigger.MANUAL, language=TranscriptionLanguage.EN, live_captions=True
        ),
        streaming=StreamingSettings(
            destination=StreamingDestination(url="rtmp://a.rtmp.youtube.com/live2/abcd-efgh"),
            start_trigger=StreamingStartTrigger.PROMPT,
        ),
    )
    meeting = _passes(create_meeting.sync_detailed(client=client, body=body), 201, "createMeeting")
    assert meeting.room_name.startswith("/prism-") and meeting.host_room_url

    page = _passes(
        get_meetings.sync_detailed(
            client=client,
            limit=5,
            fields=[MeetingField.HOST_ROOM_URL, MeetingField.VIEWER_ROOM_URL],
            room_name=MeetingRoomNameFilter(starts_with="/prism-"),
        ),
        200,
        "getMeetings",
    )
    assert [m.meeting_id for m in page.results] == [meeting.meeting_id]
    assert page.results[0].host_room_url and page.results[0].viewer_room_url

    one = _passes(
        get_meeting.sync_detailed(meeting.meeting_id, client=client, fields=[MeetingField.VIEWER_ROOM_URL]),
        200,
        "getMeeting",
    )
    assert one.meeting_id == meeting.meeting_id and one.viewer_room_url
    _passes(delete_meeting.sync_detailed(meeting.meeting_id, client=client), 204, "deleteMeeting")


def test_recordings_pass_prism(upstream: RunningSandbox, client: AuthenticatedClient) -> None:
    seeded = _passes(
        get_recordings.sync_detailed(client=client, limit=10, sort_by=RecordingSortBy.START_DATE_DESC),
        200,
        "getRecordings",
    )
    assert seeded.results, "the seeded sandbox has recordings"
    first = _passes(get_recording.sync_detailed(seeded.results[0].recording_id, client=client), 200, "getRecording")
    assert first.recording_id == seeded.results[0].recording_id

    made = upstream.admin("POST", "recordings", json={"count": 3, "roomName": "/prism-recordings"}).json()
    ids = made["recordingIds"]
    mine = _passes(
        get_recordings.sync_detailed(client=client, room_name="/prism-recordings", limit=100), 200, "getRecordings"
    )
    assert sorted(r.recording_id for r in mine.results) == sorted(ids)
    link = _passes(
        get_recording_access_link.sync_detailed(ids[0], client=client, valid_for_seconds=120),
        200,
        "getRecordingAccessLink",
    )
    assert link.access_link.startswith("http")
    _passes(delete_recording.sync_detailed(ids[0], client=client), 204, "deleteRecording")
    _passes(
        bulk_delete_recordings.sync_detailed(client=client, body=BulkDeleteRecordingsRequest(ids[1:])),
        204,
        "bulkDeleteRecordings",
    )


def test_a_transcription_and_its_summary_pass_prism(upstream: RunningSandbox, client: AuthenticatedClient) -> None:
    made = upstream.admin("POST", "recordings", json={"count": 1}).json()
    [recording_id], room = made["recordingIds"], made["roomName"]
    tid = _passes(
        create_transcription.sync_detailed(client=client, body=CreateTranscriptionRequest(recording_id)),
        201,
        "createTranscription",
    ).transcription_id

    def transcription_state() -> TranscriptionState:
        state: TranscriptionState = _passes(
            get_transcription.sync_detailed(tid, client=client), 200, "getTranscription"
        ).state
        return state

    _wait_until(lambda: transcription_state() == TranscriptionState.READY)
    listed = _passes(
        get_transcriptions.sync_detailed(client=client, room_name=room, sort_by=TranscriptionSortBy.START_DATE_ASC),
        200,
        "getTranscriptions",
    )
    assert [t.transcription_id for t in listed.results] == [tid]
    _passes(
        get_transcription_access_link.sync_detailed(tid, client=client, valid_for_seconds=60),
        200,
        "getTranscriptionAccessLink",
    )

    summary_id = _passes(
        create_summary.sync_detailed(client=client, body=CreateSummaryRequest(tid, template=SummaryTemplate.SOAP)),
        201,
        "createSummary",
    ).summary_id

    def summary_state() -> SummaryState:
        state: SummaryState = _passes(get_summary.sync_detailed(summary_id, client=client), 200, "getSummary").state
        return state

    _wait_until(lambda: summary_state() == SummaryState.READY)
    summaries = _passes(
        get_summaries.sync_detailed(client=client, limit=100, sort_by="startDate:desc"), 200, "getSummaries"
    )
    assert summary_id in [s.summary_id for s in summaries.results]
    _passes(delete_summary.sync_detailed(summary_id, client=client), 204, "deleteSummary")
    _passes(delete_transcription.sync_detailed(tid, client=client), 204, "deleteTranscription")
    _passes(
        bulk_delete_transcriptions.sync_detailed(client=client, body=BulkDeleteTranscriptionsRequest([tid, "gone"])),
        204,
        "bulkDeleteTranscriptions",
    )


def test_room_themes_pass_prism_as_json_and_multipart(client: AuthenticatedClient) -> None:
    room = "/prism-theme-room"
    colours = SetRoomColorsRequest(
        tokens=ThemeTokens(colors=ThemeColors(primary="#1F6FEB", secondary="#F2F4F7", focus="#FFB020")),
        tokens_preset=TokensPreset.CUSTOM,
    )
    _passes(set_room_colors.sync_detailed(room, client=client, body=colours), 204, "setRoomColors")
    logo_preset = ThemeLogoPresetRequest(ThemeLogoPreset.DEFAULT)
    _passes(set_room_logo.sync_detailed(room, client=client, body=_png("logo.png")), 204, "setRoomLogo")
    _passes(set_room_logo.sync_detailed(room, client=client, body=logo_preset), 204, "setRoomLogo")
    preset = BackgroundPresetRequest(palette=BackgroundPalette.BURGUND, theme=BackgroundTheme.ROCKS)
    for operation, module in (
        ("setRoomBackground", set_room_background),
        ("setRoomKnockPageBackground", set_room_knock_page_background),
    ):
        _passes(module.sync_detailed(room, client=client, body=preset), 204, operation)
        _passes(module.sync_detailed(room, client=client, body=_png("background.png")), 204, operation)


def test_insights_pass_prism_with_bracket_filters(upstream: RunningSandbox, client: AuthenticatedClient) -> None:
    session = upstream.admin(
        "POST", "sessions", json={"roomName": "/prism-insights", "participants": 3, "minutes": 10, "ratings": True}
    ).json()
    window = DateTimeRange(from_=datetime.now(UTC) - timedelta(days=1), to=_later())
    rooms = _passes(
        get_room_insights.sync_detailed(
            client=client,
            room_name=RoomNameFilter(starts_with="/prism-", contains="insights"),
            created_at=window,
            sort_by="totalSessions:desc",
            limit=5,
        ),
        200,
        "getRoomInsights",
    )
    assert [r.room_name for r in rooms.results] == ["/prism-insights"]
    exact = _passes(
        get_room_insights.sync_detailed(client=client, room_name=RoomNameFilter(exact="/prism-insights")),
        200,
        "getRoomInsights",
    )
    assert len(exact.results) == 1

    sessions = _passes(
        get_room_session_insights.sync_detailed(
            client=client,
            room_name="/prism-insights",
            room_session_id=session["roomSessionId"],
            sort_by="totalUniqueParticipants:asc",
        ),
        200,
        "getRoomSessionInsights",
    )
    assert [s.room_session_id for s in sessions.results] == [session["roomSessionId"]]
    people = _passes(
        get_participants.sync_detailed(
            client=client, room_session_id=session["roomSessionId"], sort_by=ParticipantSortBy.JOINED_AT_ASC
        ),
        200,
        "getParticipants",
    )
    assert len(people.results) == 3
    _passes(get_participants.sync_detailed(client=client, external_id="customer-0348"), 200, "getParticipants")
    details = _passes(
        get_participant_details.sync_detailed(
            client=client, room_session_id=session["roomSessionId"], participant_id=people.results[0].participant_id
        ),
        200,
        "getParticipantDetails",
    )
    assert details and details[0].display_name == people.results[0].display_name


def test_every_operation_went_through_prism() -> None:
    # Runs after the flows above in this module: together they must reach every operation.
    assert {op.operation_id for op in OPERATIONS} - PROXIED == set()


def test_documented_error_replies_of_the_sandbox_pass_prism(
    upstream: RunningSandbox, proxy: RunningPrism, client: AuthenticatedClient
) -> None:
    def clean(response: Response[Any], status: int, model: type) -> None:
        found = violations(response)
        assert response.status_code == status and not found, (response.status_code, found, response.content)
        assert isinstance(response.parsed, model), response.content

    clean(get_meeting.sync_detailed("no-such-meeting", client=client), 404, Error)
    clean(get_participants.sync_detailed(client=client), 400, Error)  # neither roomSessionId nor externalId
    [elsewhere] = upstream.admin("POST", "recordings", json={"wherebyHosted": False}).json()["recordingIds"]
    clean(get_recording_access_link.sync_detailed(elsewhere, client=client), 403, Error)
    with AuthenticatedClient(base_url=proxy.url, token="not-a-sandbox-key") as stranger:
        clean(get_meetings.sync_detailed(client=stranger), 401, Error)  # Prism forwards any bearer token
    upstream.admin("PUT", "faults", json={"storm_rate": 1.0})
    try:
        throttled = get_recordings.sync_detailed(client=client)
    finally:
        upstream.admin("PUT", "faults", json={"storm_rate": 0.0})
    clean(throttled, 429, RateLimitError)
    assert int(throttled.headers["retry-after"]) >= 1


def test_prism_refuses_a_request_that_breaks_the_contract(upstream: RunningSandbox, proxy: RunningPrism) -> None:
    before = upstream.admin("GET", "stats").json()["acceptedPoints"]
    response = httpx.post(
        f"{proxy.url}/meetings",
        json={"endDate": "not-a-date"},
        headers={"Authorization": f"Bearer {DEV_TOKEN}"},
        timeout=10,
    )
    # The sandbox would say 400 with its own body; Prism's 422 problem shows Prism caught it first.
    assert response.status_code == 422, response.text
    assert response.headers["content-type"].startswith(PROBLEM_JSON)
    problem = response.json()
    assert problem["type"].endswith("#UNPROCESSABLE_ENTITY")
    assert {(tuple(v["location"]), v["code"]) for v in problem["validation"]} == {(("body", "endDate"), "format")}
    assert upstream.admin("GET", "stats").json()["acceptedPoints"] == before, "Prism forwarded the bad request"


def test_prism_refuses_a_response_that_breaks_the_contract(
    upstream: RunningSandbox, client: AuthenticatedClient
) -> None:
    # The sandbox's `text_429` fault answers 429 as text/plain, as a proxy in front of the API might;
    # the contract documents a JSON body, so Prism must replace the reply with its own 500.
    upstream.admin("PUT", "faults", json={"storm_rate": 1.0, "text_429": True})
    try:
        response = get_recordings.sync_detailed(client=client)
    finally:
        upstream.admin("PUT", "faults", json={"storm_rate": 0.0, "text_429": False})
    assert response.status_code == 500, response.content
    assert response.headers["content-type"].startswith(PROBLEM_JSON)
    found = violations(response)
    assert any(v["location"] == ["response"] and "media type" in v["message"] for v in found), found
    assert response.parsed is None


# -- dynamic mock mode: random schema-valid bodies must parse -----------------------------------

_LATER = datetime(2030, 1, 1, tzinfo=UTC)
_PRESET = BackgroundPresetRequest(palette=BackgroundPalette.GREY, theme=BackgroundTheme.MOUNTAINS)
MOCK_CALLS: dict[str, dict[str, Any]] = {
    "createMeeting": {"body": CreateMeetingRequest(end_date=_LATER, fields=[MeetingField.HOST_ROOM_URL])},
    "getMeetings": {"fields": [MeetingField.HOST_ROOM_URL], "room_name": MeetingRoomNameFilter(starts_with="/a")},
    "getMeeting": {"meeting_id": "87673375", "fields": [MeetingField.VIEWER_ROOM_URL]},
    "deleteMeeting": {"meeting_id": "87673375"},
    "getRecordings": {"sort_by": RecordingSortBy.START_DATE_DESC},
    "getRecording": {"recording_id": "rec-1"},
    "deleteRecording": {"recording_id": "rec-1"},
    "getRecordingAccessLink": {"recording_id": "rec-1", "valid_for_seconds": 60},
    "bulkDeleteRecordings": {"body": BulkDeleteRecordingsRequest(["rec-1", "rec-2"])},
    "createTranscription": {"body": CreateTranscriptionRequest("rec-1")},
    "getTranscriptions": {"room_name": "/a", "sort_by": TranscriptionSortBy.ROOM_NAME_ASC},
    "getTranscription": {"transcription_id": "tr-1"},
    "deleteTranscription": {"transcription_id": "tr-1"},
    "getTranscriptionAccessLink": {"transcription_id": "tr-1"},
    "bulkDeleteTranscriptions": {"body": BulkDeleteTranscriptionsRequest(["tr-1"])},
    "createSummary": {"body": CreateSummaryRequest("tr-1", template=SummaryTemplate.EXTENDED_SOAP)},
    "getSummaries": {"sort_by": "startDate:desc"},
    "getSummary": {"summary_id": "su-1"},
    "deleteSummary": {"summary_id": "su-1"},
    "setRoomColors": {"room_name": "/a", "body": SetRoomColorsRequest(tokens_preset=TokensPreset.DEFAULT)},
    "setRoomLogo": {"room_name": "/a", "body": ThemeLogoPresetRequest(ThemeLogoPreset.DEFAULT)},
    "setRoomBackground": {"room_name": "/a", "body": _PRESET},
    "setRoomKnockPageBackground": {"room_name": "/a", "body": _PRESET},
    "getRoomInsights": {"room_name": RoomNameFilter(contains="a"), "created_at": DateTimeRange(from_=_LATER)},
    "getRoomSessionInsights": {"room_name": "/a", "room_session_id": "s-1"},
    "getParticipants": {"room_session_id": "s-1", "sort_by": ParticipantSortBy.LEFT_AT_DESC},
    "getParticipantDetails": {"room_session_id": "s-1", "participant_id": "/s-1/p"},
}


def _snake(name: str) -> str:
    return re.sub(r"(?<!^)(?=[A-Z])", "_", name).lower()


def _documented_success(spec_data: dict[str, Any], operation_id: str) -> tuple[int, dict[str, Any] | None]:
    """The lowest 2xx status of an operation, and its JSON body schema (None for no body)."""
    for item in spec_data["paths"].values():
        for operation in item.values():
            if isinstance(operation, dict) and operation.get("operationId") == operation_id:
                status = min(code for code in operation["responses"] if str(code).startswith("2"))
                content = operation["responses"][status].get("content") or {}
                return int(status), content.get("application/json", {}).get("schema")
    raise LookupError(operation_id)


def _model(ref: str) -> type:
    return getattr(whereby_v1.models, ref.rsplit("/", 1)[-1])  # type: ignore[no-any-return]


def _check_parsed(parsed: Any, schema: dict[str, Any]) -> None:
    """`parsed` is what the schema's $ref names (for an array, a list of its items' $ref)."""
    if "$ref" in schema:
        assert isinstance(parsed, _model(schema["$ref"])), type(parsed)
    else:
        assert schema["type"] == "array", schema
        model = _model(schema["items"]["$ref"])
        assert isinstance(parsed, list) and all(isinstance(item, model) for item in parsed), parsed


def test_the_mock_table_covers_every_operation() -> None:
    assert set(MOCK_CALLS) == {op.operation_id for op in OPERATIONS}


@pytest.mark.parametrize("operation", OPERATIONS, ids=lambda op: op.operation_id)
def test_random_mock_responses_parse_into_the_documented_model(
    operation: Any, mock: RunningPrism, spec_data: dict[str, Any]
) -> None:
    status, schema = _documented_success(spec_data, operation.operation_id)
    endpoint = import_module(f"whereby_v1.api.{operation.tag}.{_snake(operation.operation_id)}")
    bodies: list[bytes] = []

    def keep_body(response: httpx.Response) -> None:
        bodies.append(response.read())

    failures: list[str] = []
    calls = RANDOM_BODIES_PER_OPERATION if schema else 3  # a 204 has no body to vary
    hooks = {"event_hooks": {"response": [keep_body]}}
    with AuthenticatedClient(base_url=mock.url, token=DEV_TOKEN, httpx_args=hooks) as client:
        for _ in range(calls):
            bodies.clear()
            try:
                response = endpoint.sync_detailed(client=client, **MOCK_CALLS[operation.operation_id])
                found = violations(response)
                assert response.status_code == status and not found, (response.status_code, found)
                if schema is None:
                    assert response.parsed is None and response.content == b""
                else:
                    _check_parsed(response.parsed, schema)
            except Exception as exc:  # every failing body is reported, not just the first
                failures.append(f"{exc!r}\n    body: {bodies[-1].decode(errors='replace') if bodies else '(none)'}")
    assert not failures, f"{operation.operation_id}: {len(failures)}/{calls} random bodies failed:\n" + "\n".join(
        failures
    )
