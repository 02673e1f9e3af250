"""Over real loopback HTTP, replies the contract does not describe never crash the client.

A proxy's text/plain 429, an error without a body, a status code nobody documented, and a
success body with fields and enum values from a newer v1 server all reach the caller intact.
"""

from __future__ import annotations

import asyncio
import json

import pytest

from tests.client.conftest import RecordingServer
from whereby_v1 import AuthenticatedClient
from whereby_v1.api.meetings import get_meeting
from whereby_v1.api.transcriptions import get_transcription
from whereby_v1.errors import UnexpectedStatus
from whereby_v1.models import RateLimitError, Transcription

TOKEN = "test-key-tolerance"


def _client(server: RecordingServer, **kwargs: object) -> AuthenticatedClient:
    return AuthenticatedClient(base_url=server.base_url, token=TOKEN, **kwargs)  # type: ignore[arg-type]


def test_a_text_plain_429_from_a_proxy_parses_to_none_and_keeps_the_body(http_server: RecordingServer) -> None:
    http_server.reply_with(429, b"Too Many Requests\n", "text/plain")
    with _client(http_server) as client:
        response = get_meeting.sync_detailed("87673375", client=client)
    assert response.status_code == 429
    assert response.parsed is None
    assert response.content == b"Too Many Requests\n"


def test_the_documented_429_body_parses_into_its_model(http_server: RecordingServer) -> None:
    body = {"error": "Rate limit active for throttle key: organization:1", "data": {"msLeft": 38689}}
    http_server.reply_with(429, json.dumps(body).encode(), "application/json")
    with _client(http_server) as client:
        response = get_meeting.sync_detailed("87673375", client=client)
    assert isinstance(response.parsed, RateLimitError)
    assert response.parsed.data.ms_left == 38689


def test_an_error_without_a_body_parses_to_none(http_server: RecordingServer) -> None:
    http_server.reply_with(404)
    with _client(http_server) as client:
        response = get_meeting.sync_detailed("nope", client=client)
    assert (response.status_code, response.parsed) == (404, None)


@pytest.mark.parametrize("status", [418, 503, 599])
def test_an_undocumented_status_reaches_the_caller(http_server: RecordingServer, status: int) -> None:
    http_server.reply_with(status, b"<html>gateway</html>", "text/html")
    with _client(http_server) as client:
        response = get_meeting.sync_detailed("87673375", client=client)
    assert response.status_code == status
    assert response.parsed is None
    assert response.content == b"<html>gateway</html>"


def test_an_undocumented_status_can_raise_when_asked(http_server: RecordingServer) -> None:
    http_server.reply_with(599, b"odd", "text/plain")
    with _client(http_server, raise_on_unexpected_status=True) as client, pytest.raises(UnexpectedStatus) as info:
        get_meeting.sync_detailed("87673375", client=client)
    assert info.value.status_code == 599
    assert TOKEN not in str(info.value)


def test_a_newer_v1_response_parses_and_keeps_what_it_added(http_server: RecordingServer) -> None:
    body = {
        "transcriptionId": "2d4f6a8c",
        "roomSessionId": "0c9d8e7f",
        "roomName": "/acme-1",
        "startDate": "2026-05-07T16:45:02.000Z",
        "endDate": "2026-05-07T17:31:40.000Z",
        "createdAt": "2026-05-07T17:32:00.000Z",
        "state": "archived",
        "type": "PHONE_TRANSCRIPTION",
        "speakerCount": 3,
    }
    http_server.reply_with(200, json.dumps(body).encode(), "application/json")

    async def fetch() -> Transcription | None:
        async with _client(http_server) as client:
            return await get_transcription.asyncio("2d4f6a8c", client=client)

    transcription = asyncio.run(fetch())
    assert isinstance(transcription, Transcription)
    assert (transcription.state, transcription.type_) == ("archived", "PHONE_TRANSCRIPTION")
    assert not transcription.state.is_known
    assert transcription["speakerCount"] == 3
