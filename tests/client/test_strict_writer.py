"""Requests the API cannot take are refused before anything leaves the process.

Each refusal names what is wrong, and the loopback server records that nothing was sent.
"""

from __future__ import annotations

import io
import json
from datetime import UTC, datetime

import pytest

from tests.client.conftest import RecordingServer
from whereby_v1 import AuthenticatedClient
from whereby_v1.api.meetings import create_meeting
from whereby_v1.api.rooms import set_room_logo
from whereby_v1.models import CreateMeetingRequest, Meeting, SetRoomColorsRequest
from whereby_v1.types import UNSET

TOKEN = "test-key-strict"


def _client(server: RecordingServer) -> AuthenticatedClient:
    return AuthenticatedClient(base_url=server.base_url, token=TOKEN)


def test_a_naive_end_date_is_refused_before_anything_is_sent(http_server: RecordingServer) -> None:
    with _client(http_server) as client, pytest.raises(ValueError, match="endDate"):
        create_meeting.sync_detailed(client=client, body=CreateMeetingRequest(end_date=datetime(2026, 5, 7, 17, 0)))
    assert http_server.requests == []


def test_an_aware_end_date_goes_out_with_its_offset(http_server: RecordingServer) -> None:
    meeting = {"meetingId": "1", "roomUrl": "https://acme.whereby.com/acme-1", "endDate": "2026-05-07T17:00:00.000Z"}
    http_server.reply_with(201, json.dumps(meeting).encode(), "application/json")
    with _client(http_server) as client:
        response = create_meeting.sync_detailed(
            client=client, body=CreateMeetingRequest(end_date=datetime(2026, 5, 7, 17, 0, tzinfo=UTC))
        )
    assert isinstance(response.parsed, Meeting)
    [request] = http_server.requests
    assert json.loads(request.body) == {"endDate": "2026-05-07T17:00:00+00:00"}


def test_a_theme_upload_refuses_a_body_of_the_wrong_kind(http_server: RecordingServer) -> None:
    with _client(http_server) as client, pytest.raises(TypeError, match="ThemeImageUpload, ThemeLogoPresetRequest"):
        set_room_logo.sync_detailed("/acme-1", client=client, body=SetRoomColorsRequest())  # type: ignore[arg-type]
    with _client(http_server) as client, pytest.raises(TypeError, match="not Unset"):
        set_room_logo.sync_detailed("/acme-1", client=client, body=UNSET)  # type: ignore[arg-type]
    assert http_server.requests == []


def test_a_theme_upload_requires_a_body() -> None:
    client = AuthenticatedClient(base_url="http://127.0.0.1:9/v1", token=TOKEN)
    with pytest.raises(TypeError, match="body"):
        set_room_logo.sync_detailed("/acme-1", client=client)  # type: ignore[call-arg]


def test_a_png_upload_goes_out_as_the_image_part(http_server: RecordingServer) -> None:
    from whereby_v1.models import ThemeImageUpload
    from whereby_v1.types import File

    http_server.reply_with(204)
    png = b"\x89PNG\r\n\x1a\n" + bytes(range(256))
    with _client(http_server) as client:
        response = set_room_logo.sync_detailed(
            "/acme-1",
            client=client,
            body=ThemeImageUpload(image=File(payload=io.BytesIO(png), file_name="logo.png", mime_type="image/png")),
        )
    assert response.status_code == 204
    [request] = http_server.requests
    assert request.target == "/v1/rooms/acme-1/theme/logo"
    assert png in request.body


@pytest.mark.parametrize("meeting_id", [".", "..", "x" * 70_000])
def test_an_id_that_would_reach_another_endpoint_or_break_the_url_is_refused(
    http_server: RecordingServer, meeting_id: str
) -> None:
    # "." and ".." are resolved away by URL handling: GET /v1/meetings/.. would be GET /v1/.
    from whereby_v1 import Whereby
    from whereby_v1.api.meetings import delete_meeting, get_meeting

    with _client(http_server) as client, pytest.raises(ValueError, match="meetingId"):
        get_meeting.sync_detailed(meeting_id, client=client)
    with _client(http_server) as client, pytest.raises(ValueError, match="meetingId"):
        delete_meeting.sync_detailed(meeting_id, client=client)
    with Whereby(TOKEN, base_url=http_server.base_url) as face, pytest.raises(ValueError, match="meetingId"):
        face.meetings.get(meeting_id)
    assert http_server.requests == []


def test_a_date_that_is_not_a_datetime_is_a_type_error_naming_the_field() -> None:
    from whereby_v1 import Whereby

    client = Whereby(TOKEN, base_url="http://127.0.0.1:9/v1")
    with pytest.raises(TypeError, match="endDate: expected a datetime, not str"):
        client.meetings.create(end_date="2030-01-01T00:00:00Z")  # type: ignore[arg-type]
