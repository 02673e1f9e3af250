"""Runtime guards of the versioning promise: the right major, deprecations, newer v1.x servers."""

from __future__ import annotations

import warnings
from collections.abc import Callable
from datetime import UTC, datetime, timedelta

import pytest

from tests.sandbox.conftest import RunningSandbox
from whereby_v1.api.meetings import create_meeting, get_meeting, get_meetings
from whereby_v1.api.recordings import get_recordings
from whereby_v1.api.transcriptions import create_transcription, get_transcription
from whereby_v1.models import CreateMeetingRequest, CreateTranscriptionRequest, TranscriptionState
from whereby_v1.overlay import APIDeprecationWarning, ConfigurationError, WherebyClient

KEY = "guard-test-key"


@pytest.mark.parametrize(
    "url", ["https://api.whereby.dev/v2", "https://api.whereby.dev/v2/", "http://127.0.0.1:8080/v3"]
)
def test_a_v1_client_refuses_another_major_version(url: str) -> None:
    with pytest.raises(ConfigurationError, match="install whereby-v"):
        WherebyClient("k", base_url=url)


@pytest.mark.parametrize("url", ["https://api.whereby.dev/v1", "https://proxy.example.com/whereby"])
def test_the_own_major_or_no_version_segment_is_accepted(url: str) -> None:
    WherebyClient("k", base_url=url)


def test_a_deprecated_operation_warns_once(
    sandbox_factory: Callable[..., RunningSandbox], caplog: pytest.LogCaptureFixture
) -> None:
    server = sandbox_factory("--token", KEY, "--deprecated", "getMeetings")
    client = WherebyClient(KEY, base_url=server.base_url, points_per_minute=1000)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        for _ in range(3):
            assert get_meetings.sync_detailed(client=client).status_code == 200
        assert get_recordings.sync_detailed(client=client).status_code == 200  # not deprecated
    deprecations = [w for w in caught if issubclass(w.category, APIDeprecationWarning)]
    assert len(deprecations) == 1
    assert "getMeetings" in str(deprecations[0].message) and "Sunset" in str(deprecations[0].message)
    assert [r.levelname for r in caplog.records if "deprecated" in r.getMessage()] == ["WARNING"]


def test_a_newer_v1_server_is_understood(sandbox_factory: Callable[..., RunningSandbox]) -> None:
    server = sandbox_factory("--token", KEY, "--future", "--processing-delay", "600")
    client = WherebyClient(KEY, base_url=server.base_url, points_per_minute=1000)
    body = CreateMeetingRequest(end_date=datetime.now(UTC) + timedelta(hours=1))
    meeting = create_meeting.sync(client=client, body=body)
    assert meeting is not None and meeting["futureField"] == {"introducedIn": "1.99.0"}
    again = get_meeting.sync(meeting.meeting_id, client=client)
    assert again is not None and again.meeting_id == meeting.meeting_id
    page = get_meetings.sync(client=client)
    assert page is not None and page["futureField"] and page.results[0]["futureField"]

    [recording_id] = server.admin("POST", "recordings", json={}).json()["recordingIds"]
    created = create_transcription.sync(client=client, body=CreateTranscriptionRequest(recording_id))
    assert created is not None
    transcription = get_transcription.sync(created.transcription_id, client=client)
    assert transcription is not None
    assert transcription.state == "queued" and not transcription.state.is_known
    assert transcription.state != TranscriptionState.IN_PROGRESS
