"""Every operation of the generated client, called over real loopback HTTP.

Each of the 27 operations is called once through `sync_detailed` and once through
`asyncio_detailed` against a stdlib HTTP server on 127.0.0.1. The tests prove that the
request on the wire has the documented method, the exact raw path and query (roomName with
one leading slash dropped and the rest encoded as one segment, `fields` comma-joined,
bracket filters for insights), the JSON or multipart body and the bearer header; and that
the success example from openapi.yaml, served as the response, parses into the model named
by the response schema's `$ref`. Parsed models are compared to the example through
`to_dict()`, with date-time strings compared as instants (`...49.000Z` == `...49+00:00`) and
with no example key left unmodelled in `additional_properties`.
"""

import asyncio
import base64
import json
import re
import ssl
from dataclasses import dataclass
from datetime import UTC, datetime  # UTC is timezone.utc
from io import BytesIO
from types import ModuleType
from typing import Any
from urllib.parse import parse_qs, urlsplit

import attrs
import pytest

from whereby_v1 import AuthenticatedClient, models
from whereby_v1._operations import BASE_PATH, OPERATIONS
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
    LiveTranscriptionSettings,
    MeetingField,
    MeetingRoomNameFilter,
    ParticipantSortBy,
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
    SummaryTemplate,
    ThemeColors,
    ThemeImageUpload,
    ThemeLogoPreset,
    ThemeLogoPresetRequest,
    ThemeTokens,
    TokensPreset,
    TranscriptionLanguage,
    TranscriptionSortBy,
)
from whereby_v1.types import File

TOKEN = "test-key-4f2a9c"
ROOM = "/acme-793e9ec1-36d4-4b3a-9f3f-9d2b1c6e8a10"
ROOM_SEGMENT = "acme-793e9ec1-36d4-4b3a-9f3f-9d2b1c6e8a10"  # in the path: one leading slash dropped
ROOM_QUERY = "%2Facme-793e9ec1-36d4-4b3a-9f3f-9d2b1c6e8a10"  # as a query value: slash kept, encoded
MEETING = "87673375"
RECORDING = "5b0e6a3c-2f1d-4c8e-9a7b-1d2e3f4a5b6c"
RECORDING_2 = "9e8d7c6b-5a4f-4e3d-8c2b-1a0f9e8d7c6b"
TRANSCRIPTION = "2d4f6a8c-0e1b-4d3f-a5c7-e9b1d3f5a7c9"
SUMMARY = "7c5a3e1f-9b8d-4f6e-b4c2-a0e8f6d4c2b0"
SESSION = "0c9d8e7f-6a5b-4c3d-8e2f-1a0b9c8d7e6f"
CURSOR = "8f4031bfc7640c5f267b11b6fe0c2507"
FROM_MAY = "2026-05-01T00%3A00%3A00%2B00%3A00"  # datetime(2026, 5, 1, tzinfo=UTC) in a query
# A valid 1x1 PNG; its signature contains CR LF, which a sloppy multipart encoder would mangle.
PNG = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg=="
)
BOTH_URLS = [MeetingField.HOST_ROOM_URL, MeetingField.VIEWER_ROOM_URL]
# Built once: loading the CA bundle for every fresh httpx client would cost ~45 ms per call.
TLS = ssl.create_default_context()


def png_upload(file_name: str) -> ThemeImageUpload:
    return ThemeImageUpload(image=File(payload=BytesIO(PNG), file_name=file_name, mime_type="image/png"))


@dataclass(frozen=True)
class Case:
    operation_id: str
    endpoint: ModuleType
    kwargs: dict[str, Any]
    method: str
    target: str  # raw path + query expected on the wire
    json: Any = None  # expected JSON body, compared parsed
    upload: str | None = None  # expected file name of the multipart `image` part carrying PNG


# fmt: off
CASES = [
    Case("getMeetings", get_meetings,
         dict(cursor=CURSOR, limit=10, fields=BOTH_URLS, room_name=MeetingRoomNameFilter(starts_with="/acme")),
         "GET", f"/v1/meetings?cursor={CURSOR}&limit=10&fields=hostRoomUrl%2CviewerRoomUrl&roomName%5BstartsWith%5D=%2Facme"),
    Case("createMeeting", create_meeting,
         dict(body=CreateMeetingRequest(
             end_date=datetime(2026, 5, 7, 17, 42, 49, tzinfo=UTC), is_locked=False, room_mode=RoomMode.GROUP,
             room_name_prefix="acme", room_name_pattern=RoomNamePattern.UUID, fields=[MeetingField.HOST_ROOM_URL],
             recording=RecordingSettings(
                 type_=RecordingType.CLOUD, start_trigger=RecordingStartTrigger.PROMPT,
                 destination=RecordingDestination(provider=StorageProvider.WHEREBY, file_format=RecordingFileFormat.MP4)),
             live_transcription=LiveTranscriptionSettings(start_trigger=None, language=TranscriptionLanguage.EN))),
         "POST", "/v1/meetings",
         json={"endDate": "2026-05-07T17:42:49+00:00", "isLocked": False, "roomMode": "group",
               "roomNamePrefix": "acme", "roomNamePattern": "uuid", "fields": ["hostRoomUrl"],
               "recording": {"type": "cloud", "startTrigger": "prompt",
                             "destination": {"provider": "whereby", "fileFormat": "mp4"}},
               "liveTranscription": {"startTrigger": None, "language": "en"}}),
    Case("getMeeting", get_meeting, dict(meeting_id=MEETING, fields=BOTH_URLS),
         "GET", f"/v1/meetings/{MEETING}?fields=hostRoomUrl%2CviewerRoomUrl"),
    Case("deleteMeeting", delete_meeting, dict(meeting_id=MEETING), "DELETE", f"/v1/meetings/{MEETING}"),
    Case("getRecordings", get_recordings,
         dict(room_name=ROOM, cursor=CURSOR, limit=25, sort_by=RecordingSortBy.START_DATE_DESC),
         "GET", f"/v1/recordings?roomName={ROOM_QUERY}&cursor={CURSOR}&limit=25&sortBy=startDate%3Adesc"),
    Case("getRecording", get_recording, dict(recording_id=RECORDING), "GET", f"/v1/recordings/{RECORDING}"),
    Case("deleteRecording", delete_recording, dict(recording_id=RECORDING), "DELETE", f"/v1/recordings/{RECORDING}"),
    Case("getRecordingAccessLink", get_recording_access_link, dict(recording_id=RECORDING, valid_for_seconds=600),
         "GET", f"/v1/recordings/{RECORDING}/access-link?validForSeconds=600"),
    Case("bulkDeleteRecordings", bulk_delete_recordings,
         dict(body=BulkDeleteRecordingsRequest(recording_ids=[RECORDING, RECORDING_2])),
         "POST", "/v1/recordings/bulk-delete", json={"recordingIds": [RECORDING, RECORDING_2]}),
    Case("getTranscriptions", get_transcriptions,
         dict(room_name=ROOM, limit=5, sort_by=TranscriptionSortBy.DURATION_IN_SECONDS_ASC),
         "GET", f"/v1/transcriptions?roomName={ROOM_QUERY}&limit=5&sortBy=durationInSeconds%3Aasc"),
    Case("createTranscription", create_transcription, dict(body=CreateTranscriptionRequest(recording_id=RECORDING)),
         "POST", "/v1/transcriptions", json={"recordingId": RECORDING}),
    Case("getTranscription", get_transcription, dict(transcription_id=TRANSCRIPTION),
         "GET", f"/v1/transcriptions/{TRANSCRIPTION}"),
    Case("deleteTranscription", delete_transcription, dict(transcription_id=TRANSCRIPTION),
         "DELETE", f"/v1/transcriptions/{TRANSCRIPTION}"),
    Case("getTranscriptionAccessLink", get_transcription_access_link,
         dict(transcription_id=TRANSCRIPTION, valid_for_seconds=43200),
         "GET", f"/v1/transcriptions/{TRANSCRIPTION}/access-link?validForSeconds=43200"),
    Case("bulkDeleteTranscriptions", bulk_delete_transcriptions,
         dict(body=BulkDeleteTranscriptionsRequest(transcription_ids=[TRANSCRIPTION])),
         "POST", "/v1/transcriptions/bulk-delete", json={"transcriptionIds": [TRANSCRIPTION]}),
    Case("getSummaries", get_summaries, dict(cursor=CURSOR, limit=20, sort_by="startDate:desc"),
         "GET", f"/v1/summaries?cursor={CURSOR}&limit=20&sortBy=startDate%3Adesc"),
    Case("createSummary", create_summary,
         dict(body=CreateSummaryRequest(transcription_id=TRANSCRIPTION, template=SummaryTemplate.SOAP)),
         "POST", "/v1/summaries", json={"transcriptionId": TRANSCRIPTION, "template": "SOAP"}),
    Case("getSummary", get_summary, dict(summary_id=SUMMARY), "GET", f"/v1/summaries/{SUMMARY}"),
    Case("deleteSummary", delete_summary, dict(summary_id=SUMMARY), "DELETE", f"/v1/summaries/{SUMMARY}"),
    Case("setRoomColors", set_room_colors,
         dict(room_name=ROOM, body=SetRoomColorsRequest(
             tokens_preset=TokensPreset.CUSTOM,
             tokens=ThemeTokens(colors=ThemeColors(primary="#1F6FEB", secondary="#F2F4F7", focus="#FFB020")))),
         "PUT", f"/v1/rooms/{ROOM_SEGMENT}/theme/tokens",
         json={"tokensPreset": "custom",
               "tokens": {"colors": {"primary": "#1F6FEB", "secondary": "#F2F4F7", "focus": "#FFB020"}}}),
    Case("setRoomLogo", set_room_logo, dict(room_name=ROOM, body=png_upload("logo.png")),
         "PUT", f"/v1/rooms/{ROOM_SEGMENT}/theme/logo", upload="logo.png"),
    Case("setRoomBackground", set_room_background,
         dict(room_name=ROOM, body=BackgroundPresetRequest(palette=BackgroundPalette.PURPLE,
                                                           theme=BackgroundTheme.MOUNTAINS)),
         "PUT", f"/v1/rooms/{ROOM_SEGMENT}/theme/room-background", json={"palette": "purple", "theme": "mountains"}),
    Case("setRoomKnockPageBackground", set_room_knock_page_background,
         dict(room_name=ROOM, body=png_upload("knock-page.png")),
         "PUT", f"/v1/rooms/{ROOM_SEGMENT}/theme/room-knock-page-background", upload="knock-page.png"),
    Case("getRoomInsights", get_room_insights,
         dict(room_name=RoomNameFilter(starts_with="/acme"), created_at=DateTimeRange(from_=datetime(2026, 5, 1, tzinfo=UTC)),
              sort_by="totalSessions:asc", limit=100),
         "GET", f"/v1/insights/rooms?roomName%5BstartsWith%5D=%2Facme&createdAt%5Bfrom%5D={FROM_MAY}"
                "&sortBy=totalSessions%3Aasc&limit=100"),
    Case("getRoomSessionInsights", get_room_session_insights, dict(room_name=ROOM, room_session_id=SESSION),
         "GET", f"/v1/insights/room-sessions?roomName={ROOM_QUERY}&roomSessionId={SESSION}&limit=10"),
    Case("getParticipants", get_participants,
         dict(external_id="customer-0348", sort_by=ParticipantSortBy.JOINED_AT_ASC),
         "GET", "/v1/insights/participants?externalId=customer-0348&sortBy=joinedAt%3Aasc&limit=10"),
    Case("getParticipantDetails", get_participant_details,
         dict(room_session_id=SESSION, participant_id=f"/{SESSION}/3a1f"),
         "GET", f"/v1/insights/participant?roomSessionId={SESSION}&participantId=%2F{SESSION}%2F3a1f"),
]
# fmt: on
MODES = ["sync", "async"]


def send(endpoint: ModuleType, mode: str, base_url: str, **kwargs: Any) -> Any:
    """Call `endpoint` through `sync_detailed` or `asyncio_detailed` with a fresh client."""
    # The case table is shared by both modes; httpx rewinds an upload's BytesIO before sending it.
    client = AuthenticatedClient(base_url=base_url, token=TOKEN, verify_ssl=TLS)
    if mode == "sync":
        with client:
            return endpoint.sync_detailed(client=client, **kwargs)

    async def run() -> Any:
        async with client:
            return await endpoint.asyncio_detailed(client=client, **kwargs)

    return asyncio.run(run())


def success_response(spec: dict[str, Any], operation_id: str) -> tuple[int, dict[str, Any] | None]:
    """The documented 2xx status and its application/json content (schema + example), if any."""
    for item in spec["paths"].values():
        for operation in item.values():
            if isinstance(operation, dict) and operation.get("operationId") == operation_id:
                code, response = next((c, r) for c, r in operation["responses"].items() if str(c).startswith("2"))
                while "$ref" in response:  # '#/components/responses/Name'
                    response = spec["components"]["responses"][response["$ref"].rsplit("/", 1)[1]]
                return int(code), response.get("content", {}).get("application/json")
    raise LookupError(operation_id)


def serve_success(http_server: Any, spec: dict[str, Any], operation_id: str) -> tuple[int, dict[str, Any] | None]:
    """Queue the contract's success response for `operation_id`: its example, or no body for 204."""
    status, content = success_response(spec, operation_id)
    if content is None:
        http_server.reply_with(status)
    else:
        http_server.reply_with(status, json.dumps(content["example"]).encode(), "application/json")
    return status, content


def as_instants(value: Any) -> Any:
    """JSON with every timezone-aware ISO-8601 string replaced by the instant it names."""
    if isinstance(value, dict):
        return {key: as_instants(item) for key, item in value.items()}
    if isinstance(value, list):
        return [as_instants(item) for item in value]
    if isinstance(value, str):
        try:
            instant = datetime.fromisoformat(value)
        except ValueError:
            return value
        return instant if instant.tzinfo is not None else value
    return value


def unmodelled_keys(obj: Any, where: str = "parsed") -> list[str]:
    """Example keys that landed in some model's additional_properties instead of a typed attribute."""
    if isinstance(obj, list):
        return [key for i, item in enumerate(obj) for key in unmodelled_keys(item, f"{where}[{i}]")]
    if not attrs.has(type(obj)):
        return []
    found = [f"{where}.{key}" for key in obj.additional_properties]
    for attribute in attrs.fields(type(obj)):
        if attribute.name != "additional_properties":
            found += unmodelled_keys(getattr(obj, attribute.name), f"{where}.{attribute.name}")
    return found


def multipart_parts(content_type: str, body: bytes) -> dict[str, tuple[dict[str, str], bytes]]:
    """The parts of a multipart/form-data body, by field name: (lower-cased headers, raw bytes)."""
    boundary = content_type.split("boundary=", 1)[1].encode()
    assert body.startswith(b"--" + boundary + b"\r\n") and body.endswith(b"\r\n--" + boundary + b"--\r\n")
    parts = {}
    for chunk in body.split(b"--" + boundary)[1:-1]:
        head, _, data = chunk[2:].partition(b"\r\n\r\n")  # chunk starts with the CR LF ending the boundary line
        headers = dict(line.split(": ", 1) for line in head.decode().split("\r\n"))
        headers = {name.lower(): value for name, value in headers.items()}
        name = re.search(r'\bname="([^"]*)"', headers["content-disposition"]).group(1)
        parts[name] = (headers, data.removesuffix(b"\r\n"))
    return parts


def assert_png_upload(request: Any, file_name: str) -> None:
    content_type = request.headers["content-type"]
    assert content_type.startswith("multipart/form-data; boundary=")
    parts = multipart_parts(content_type, request.body)
    assert list(parts) == ["image"]
    headers, data = parts["image"]
    assert f'filename="{file_name}"' in headers["content-disposition"]
    assert headers["content-type"] == "image/png"
    assert data == PNG


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("case", CASES, ids=[case.operation_id for case in CASES])
def test_operation_sends_the_documented_request(case: Case, mode: str, http_server: Any, spec: dict) -> None:
    serve_success(http_server, spec, case.operation_id)

    send(case.endpoint, mode, http_server.base_url, **case.kwargs)

    [request] = http_server.requests
    assert request.method == case.method
    assert request.target == case.target
    assert request.headers["authorization"] == f"Bearer {TOKEN}"
    if case.json is not None:
        assert request.headers["content-type"] == "application/json"
        assert json.loads(request.body) == case.json
    elif case.upload is not None:
        assert_png_upload(request, case.upload)
    else:
        assert request.body == b""
        assert "content-type" not in request.headers


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("case", CASES, ids=[case.operation_id for case in CASES])
def test_contract_example_parses_into_the_documented_model(case: Case, mode: str, http_server: Any, spec: dict) -> None:
    status, content = serve_success(http_server, spec, case.operation_id)

    response = send(case.endpoint, mode, http_server.base_url, **case.kwargs)

    assert response.status_code == status
    if content is None:
        assert status == 204
        assert response.parsed is None
        return
    schema, example = content["schema"], content["example"]
    if "$ref" in schema:
        model = getattr(models, schema["$ref"].rsplit("/", 1)[1])
        assert isinstance(response.parsed, model)
        assert as_instants(response.parsed.to_dict()) == as_instants(example)
    else:  # getParticipantDetails: a bare array
        assert schema["type"] == "array"
        model = getattr(models, schema["items"]["$ref"].rsplit("/", 1)[1])
        assert isinstance(response.parsed, list)
        assert all(isinstance(item, model) for item in response.parsed)
        assert as_instants([item.to_dict() for item in response.parsed]) == as_instants(example)
    assert unmodelled_keys(response.parsed) == []


def snake_case(operation_id: str) -> str:
    return re.sub(r"(?<!^)(?=[A-Z])", "_", operation_id).lower()


def test_case_table_covers_exactly_the_operations_of_the_contract(spec: dict) -> None:
    case_ids = [case.operation_id for case in CASES]
    spec_ids = {op["operationId"] for item in spec["paths"].values() for op in item.values() if "operationId" in op}
    assert len(case_ids) == len(set(case_ids)), "an operation has two cases"
    assert set(case_ids) == {op.operation_id for op in OPERATIONS}
    assert set(case_ids) == spec_ids
    by_id = {op.operation_id: op for op in OPERATIONS}
    for case in CASES:
        op = by_id[case.operation_id]
        assert case.endpoint.__name__ == f"whereby_v1.api.{op.tag}.{snake_case(op.operation_id)}"
        assert case.method == op.method
        path_pattern = "".join(
            "[^/?]+" if piece.startswith("{") else re.escape(piece)
            for piece in re.split(r"(\{[^}]+\})", BASE_PATH + op.path)
        )
        assert re.fullmatch(path_pattern, urlsplit(case.target).path), case.operation_id


# ---- focused wire tests -------------------------------------------------------------------

COLORS = SetRoomColorsRequest(tokens_preset=TokensPreset.DEFAULT)


@pytest.mark.parametrize("mode", MODES)
def test_room_name_without_leading_slash_gives_the_same_path(mode: str, http_server: Any) -> None:
    for room_name in (ROOM, ROOM_SEGMENT):
        http_server.reply_with(204)
        send(set_room_colors, mode, http_server.base_url, room_name=room_name, body=COLORS)
    assert [r.target for r in http_server.requests] == [f"/v1/rooms/{ROOM_SEGMENT}/theme/tokens"] * 2


@pytest.mark.parametrize(
    ("room_name", "segment"),
    [("/my room", "my%20room"), ("/what?now", "what%3Fnow"), ("/a/b#c", "a%2Fb%23c"), ("//twice", "%2Ftwice")],
)
def test_room_name_is_percent_encoded_as_one_segment(room_name: str, segment: str, http_server: Any) -> None:
    http_server.reply_with(204)
    send(set_room_colors, "sync", http_server.base_url, room_name=room_name, body=COLORS)
    assert [r.target for r in http_server.requests] == [f"/v1/rooms/{segment}/theme/tokens"]


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("room_name", ["/", ""])
def test_empty_room_name_is_refused_before_anything_is_sent(room_name: str, mode: str, http_server: Any) -> None:
    with pytest.raises(ValueError, match="roomName"):
        send(set_room_colors, mode, http_server.base_url, room_name=room_name, body=COLORS)
    assert http_server.requests == []


def test_two_fields_are_one_comma_joined_query_parameter(http_server: Any) -> None:
    http_server.reply_with(
        200,
        b'{"meetingId": "1", "roomUrl": "https://x.example/r", "endDate": "2026-05-07T17:42:49Z"}',
        "application/json",
    )
    send(get_meeting, "sync", http_server.base_url, meeting_id=MEETING, fields=BOTH_URLS)
    [request] = http_server.requests
    assert parse_qs(urlsplit(request.target).query) == {"fields": ["hostRoomUrl,viewerRoomUrl"]}
    assert request.target.count("fields=") == 1


@pytest.mark.parametrize("mode", MODES)
def test_naive_created_at_is_refused_before_anything_is_sent(mode: str, http_server: Any) -> None:
    naive = DateTimeRange(from_=datetime(2026, 5, 1))
    with pytest.raises(ValueError, match=r"\bfrom\b"):
        send(get_room_insights, mode, http_server.base_url, created_at=naive)
    assert http_server.requests == []


@pytest.mark.parametrize(
    ("endpoint", "kwargs", "target"),
    [
        # Parameters with a `default` in the contract carry it as the Python default and are sent.
        (get_meetings, {}, "/v1/meetings?limit=50"),
        (get_recordings, {}, "/v1/recordings?limit=50"),
        (get_transcriptions, {}, "/v1/transcriptions?limit=50"),
        (get_summaries, {}, "/v1/summaries?limit=50"),
        (get_room_insights, {}, "/v1/insights/rooms?limit=10"),
        (get_participants, {"room_session_id": SESSION}, f"/v1/insights/participants?roomSessionId={SESSION}&limit=10"),
        (
            get_recording_access_link,
            {"recording_id": RECORDING},
            f"/v1/recordings/{RECORDING}/access-link?validForSeconds=3600",
        ),
        (get_meeting, {"meeting_id": MEETING}, f"/v1/meetings/{MEETING}"),
        (
            get_room_insights,
            {"room_name": RoomNameFilter(), "created_at": DateTimeRange()},
            "/v1/insights/rooms?limit=10",
        ),
    ],
    ids=lambda value: value.__name__.rsplit(".", 1)[1] if isinstance(value, ModuleType) else None,
)
def test_unset_optional_query_parameters_are_not_sent(
    endpoint: ModuleType, kwargs: dict, target: str, http_server: Any
) -> None:
    http_server.reply_with(500)  # only the request matters here
    send(endpoint, "sync", http_server.base_url, **kwargs)
    assert [r.target for r in http_server.requests] == [target]


@pytest.mark.parametrize("mode", MODES)
def test_logo_upload_uses_a_random_multipart_boundary(mode: str, http_server: Any) -> None:
    for _ in range(2):
        http_server.reply_with(204)
        send(set_room_logo, mode, http_server.base_url, room_name=ROOM, body=png_upload("logo.png"))
    boundaries = [r.headers["content-type"].split("boundary=", 1)[1] for r in http_server.requests]
    assert "+++" not in boundaries
    assert boundaries[0] != boundaries[1]
    for request in http_server.requests:
        assert_png_upload(request, "logo.png")


def test_logo_preset_form_is_sent_as_json(http_server: Any) -> None:
    http_server.reply_with(204)
    send(
        set_room_logo,
        "sync",
        http_server.base_url,
        room_name=ROOM,
        body=ThemeLogoPresetRequest(theme=ThemeLogoPreset.DEFAULT),
    )
    [request] = http_server.requests
    assert request.target == f"/v1/rooms/{ROOM_SEGMENT}/theme/logo"
    assert request.headers["content-type"] == "application/json"
    assert json.loads(request.body) == {"theme": "default"}


def test_the_operations_table_names_each_generated_module_and_its_parameters() -> None:
    import importlib
    import inspect

    from generator.spec import load_spec
    from tests.conftest import SPEC_PATH

    spec = load_spec(SPEC_PATH)
    for op in OPERATIONS:
        module = importlib.import_module(f"whereby_v1.api.{op.module}")
        assert callable(module.sync_detailed), op.module
        raw = next(o for p, m, o in spec.operations() if o["operationId"] == op.operation_id)
        item = spec.data["paths"][op.path]
        declared = [spec.resolve(x) for x in [*(item.get("parameters") or []), *(raw.get("parameters") or [])]]
        assert [(p.name, p.location, p.required) for p in op.parameters] == [
            (d["name"], d["in"], d.get("required", False)) for d in declared
        ]
        keywords = inspect.signature(module.sync_detailed).parameters
        assert all(p.python_name in keywords for p in op.parameters), op.operation_id
        assert op.body == next(iter(spec.resolve(raw.get("requestBody") or {}).get("content") or {}), None)
