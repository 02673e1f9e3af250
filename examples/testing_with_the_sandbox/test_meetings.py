"""Tests of your own code, run against the sandbox the fixtures in conftest.py start.

python -m pytest examples/testing_with_the_sandbox
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import httpx
import pytest

from whereby_v1 import BadRequestError, NotFoundError, Whereby


def book_support_call(client: Whereby, hours: int = 1) -> tuple[str, str]:
    """The code under test: your application's own function. Returns (guest URL, host URL)."""
    meeting = client.meetings.create(
        end_date=datetime.now(UTC) + timedelta(hours=hours), room_name_prefix="support-", fields=["hostRoomUrl"]
    )
    # `host_room_url` is `str | Unset` (the API sends it only when `fields` asks for it); UNSET is falsy.
    if not meeting.host_room_url:
        raise RuntimeError(f"meeting {meeting.meeting_id} came without the host URL it was asked for")
    return meeting.room_url, meeting.host_room_url


def test_a_support_call_has_a_guest_and_a_host_link(client: Whereby) -> None:
    guest, host = book_support_call(client)
    assert "/support-" in guest
    assert host.startswith(guest) and "roomKey=" in host
    assert len(list(client.meetings.list())) == 1  # each test starts from a reset sandbox


def test_the_sandbox_validates_requests_as_the_api_does(client: Whereby) -> None:
    with pytest.raises(BadRequestError) as error:
        book_support_call(client, hours=-2)  # an end date in the past
    assert error.value.status_code == 400
    assert error.value.body["field"] == "endDate"


def test_an_unknown_meeting_is_not_found(client: Whereby) -> None:
    with pytest.raises(NotFoundError, match=r"^404 GET /v1/meetings/0: "):
        client.meetings.get("0")


def test_server_errors_are_retried(client: Whereby, sandbox_admin: str) -> None:
    # One reply in two is a 503 from now on; reads are retried, so the call still succeeds.
    httpx.put(f"{sandbox_admin}/faults?seed=3", json={"error_rate": 0.5})
    assert list(client.meetings.list()) == []
