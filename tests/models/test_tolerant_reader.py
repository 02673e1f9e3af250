"""The generated models read what a newer v1 server may send, and refuse what v1 cannot take.

Within v1 the API may add response fields and enum values at any time: those must parse and
stay readable. On the way out, a naive datetime is refused with an error naming the field.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from whereby_v1 import DEFAULT_TIMEOUT, AuthenticatedClient
from whereby_v1.models import (
    CreateMeetingRequest,
    DateTimeRange,
    Meeting,
    RoomMode,
    Transcription,
    TranscriptionState,
)

TRANSCRIPTION = {
    "transcriptionId": "2d4f6a8c-0e1b-4d3f-a5c7-e9b1d3f5a7c9",
    "roomSessionId": "0c9d8e7f-6a5b-4c3d-8e2f-1a0b9c8d7e6f",
    "roomName": "/acme-793e9ec1-36d4-4b3a-9f3f-9d2b1c6e8a10",
    "startDate": "2026-05-07T16:45:02.000Z",
    "endDate": "2026-05-07T17:31:40.000Z",
    "createdAt": "2026-05-07T17:32:00.000Z",
    "state": "ready",
    "type": "RECORDING_TRANSCRIPTION",
}


def test_an_unknown_response_field_is_kept_and_readable() -> None:
    meeting = Meeting.from_dict(
        {
            "meetingId": "87673375",
            "roomUrl": "https://acme.whereby.com/acme-1",
            "endDate": "2026-05-07T17:42:49.000Z",
            "breakoutRooms": [{"name": "/acme-1-a"}],
        }
    )
    assert meeting["breakoutRooms"] == [{"name": "/acme-1-a"}]
    assert meeting.to_dict()["breakoutRooms"] == [{"name": "/acme-1-a"}]


def test_an_unknown_enum_value_parses_and_says_it_is_unknown() -> None:
    transcription = Transcription.from_dict({**TRANSCRIPTION, "state": "archived"})
    assert transcription.state == "archived"
    assert isinstance(transcription.state, TranscriptionState)
    assert not transcription.state.is_known
    assert transcription.to_dict()["state"] == "archived"


def test_known_enum_values_are_still_the_members() -> None:
    transcription = Transcription.from_dict(TRANSCRIPTION)
    assert transcription.state is TranscriptionState.READY
    assert transcription.state.is_known
    assert RoomMode("group") is RoomMode.GROUP


def test_non_string_enum_input_is_still_refused() -> None:
    with pytest.raises(ValueError):
        TranscriptionState(3)  # type: ignore[arg-type]


def test_a_timestamp_with_milliseconds_and_z_parses_as_utc() -> None:
    transcription = Transcription.from_dict(TRANSCRIPTION)
    assert transcription.start_date == datetime(2026, 5, 7, 16, 45, 2, tzinfo=UTC)


def test_a_naive_datetime_is_refused_naming_the_field() -> None:
    request = CreateMeetingRequest(end_date=datetime(2026, 5, 7, 17, 0))
    with pytest.raises(ValueError, match=r"^endDate: naive datetime") as refused:
        request.to_dict()
    # Why: the same digits mean local time to Python and UTC to the API.
    assert "Python reads it as local time, the API would read it as UTC" in str(refused.value)


def test_a_naive_datetime_in_an_optional_field_is_refused_too() -> None:
    request = CreateMeetingRequest(end_date=datetime(2026, 5, 7, 17, 0, tzinfo=UTC), start_date=datetime(2026, 5, 7))
    with pytest.raises(ValueError, match=r"^startDate: naive datetime"):
        request.to_dict()
    with pytest.raises(ValueError, match=r"^from: naive datetime"):
        DateTimeRange(from_=datetime(2026, 5, 1)).to_dict()


def test_an_aware_datetime_keeps_its_offset_on_the_wire() -> None:
    request = CreateMeetingRequest(end_date=datetime.fromisoformat("2025-05-07T17:42:49-05:00"))
    assert request.to_dict()["endDate"] == "2025-05-07T17:42:49-05:00"


def test_the_client_has_a_finite_default_timeout() -> None:
    client = AuthenticatedClient(base_url="https://api.whereby.dev/v1", token="k")
    timeout = client.get_httpx_client().timeout
    assert timeout == DEFAULT_TIMEOUT
    assert None not in (timeout.connect, timeout.read, timeout.write, timeout.pool)


def test_the_token_is_not_in_the_client_repr() -> None:
    client = AuthenticatedClient(base_url="https://api.whereby.dev/v1", token="sk-secret-123")
    assert "sk-secret-123" not in repr(client)
    assert client.get_httpx_client().headers["Authorization"] == "Bearer sk-secret-123"


def test_copied_models_keep_unset_fields_unset() -> None:
    import copy
    import pickle

    from whereby_v1.models import RoomNameFilter
    from whereby_v1.types import UNSET

    original = RoomNameFilter(starts_with="/acme")
    for clone in (copy.deepcopy(original), copy.copy(original), pickle.loads(pickle.dumps(original))):
        assert clone.exact is UNSET
        assert clone.to_dict() == {"startsWith": "/acme"}
