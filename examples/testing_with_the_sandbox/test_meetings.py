"""Tests of your own code, run against the sandbox the fixtures in conftest.py start.

python -m pytest examples/testing_with_the_sandbox
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import httpx
import pytest

from whereby_v1.api.meetings import create_meeting, get_meeting, get_meetings
from whereby_v1.models import CreateMeetingRequest, MeetingField
from whereby_v1.overlay import WherebyClient
from whereby_v1.overlay.errors import BadRequestError, NotFoundError


def book_support_call(client: WherebyClient, hours: int = 1) -> tuple[str, str]:
    """The code under test: your application's own function. Returns (guest URL, host URL)."""
    meeting = create_meeting.sync(
        client=client,
        body=CreateMeetingRequest(
            end_date=datetime.now(UTC) + timedelta(hours=hours),
            room_name_prefix="support-",
            fields=[MeetingField.HOST_ROOM_URL],
        ),
    )
    return meeting.room_url, meeting.host_room_url


def test_a_support_call_has_a_guest_and_a_host_link(client: WherebyClient) -> None:
    guest, host = book_support_call(client)
    assert "/support-" in guest
    assert host.startswith(guest) and "roomKey=" in host
    assert len(get_meetings.sync(client=client).results) == 1  # each test starts from a reset sandbox


def test_the_sandbox_validates_requests_as_the_api_does(client: WherebyClient) -> None:
    with pytest.raises(BadRequestError) as error:
        book_support_call(client, hours=-2)  # an end date in the past
    assert error.value.body["field"] == "endDate"


def test_an_unknown_meeting_is_not_found(client: WherebyClient) -> None:
    with pytest.raises(NotFoundError):
        get_meeting.sync("0", client=client)


def test_server_errors_are_retried(client: WherebyClient, sandbox_admin: str) -> None:
    # One reply in two is a 503 from now on; reads are retried, so the call still succeeds.
    httpx.put(f"{sandbox_admin}/faults?seed=3", json={"error_rate": 0.5})
    assert get_meetings.sync(client=client).results == []
