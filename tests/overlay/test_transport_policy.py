"""What the overlay does with each kind of reply: 429 waits, retries by method, typed errors.

Replies come from a script and waits are recorded instead of slept (see scripted.py), so each
case runs the real policy in microseconds.
"""

from __future__ import annotations

import httpx
import pytest

from tests.overlay.scripted import Script, json_reply, scripted_client
from whereby_v1.api.meetings import create_meeting, delete_meeting, get_meeting
from whereby_v1.api.recordings import bulk_delete_recordings
from whereby_v1.models import BulkDeleteRecordingsRequest, CreateMeetingRequest
from whereby_v1.overlay import (
    APIConnectionError,
    APITimeoutError,
    AuthenticationError,
    NotFoundError,
    RateLimitedError,
    ServerError,
)

MEETING = {"meetingId": "1", "roomUrl": "https://x.whereby.com/r", "endDate": "2030-01-01T00:00:00.000Z"}
THROTTLED = {"error": "Rate limit active for throttle key: organization:1", "data": {"msLeft": 4200}}


def _create_body() -> CreateMeetingRequest:
    from datetime import UTC, datetime

    return CreateMeetingRequest(end_date=datetime(2030, 1, 1, tzinfo=UTC))


def test_a_429_is_waited_out_for_as_long_as_the_server_says_then_sent_again() -> None:
    script = Script(json_reply(429, THROTTLED, {"Retry-After": "2"}), json_reply(201, MEETING))
    client = scripted_client(script)
    response = create_meeting.sync_detailed(client=client, body=_create_body())
    assert response.status_code == 201
    assert len(script.requests) == 2  # a 429 was not processed: even a create is resent
    [wait] = [s for s in script.sleeps if s > 0]
    assert 4.2 <= wait <= 4.2 + 0.25  # msLeft is the longest signal; plus a little jitter


@pytest.mark.parametrize(
    ("headers", "body", "expected"),
    [
        ({"Retry-After": "3"}, b"Too Many Requests", 3.0),
        ({"X-RateLimit-Reset": "7"}, b"", 7.0),
        ({}, b'{"error": "x", "data": {"msLeft": 1500}}', 1.5),
    ],
)
def test_each_wait_signal_alone_is_honoured(headers: dict[str, str], body: bytes, expected: float) -> None:
    script = Script(httpx.Response(429, headers=headers, content=body), json_reply(200, MEETING))
    client = scripted_client(script)
    assert get_meeting.sync_detailed("1", client=client).status_code == 200
    [wait] = [s for s in script.sleeps if s > 0]
    assert expected <= wait <= expected + 0.25


def test_a_wait_beyond_the_cap_raises_with_the_wait_instead_of_sleeping() -> None:
    script = Script(json_reply(429, THROTTLED, {"Retry-After": "600"}))
    client = scripted_client(script, max_rate_limit_wait=120)
    with pytest.raises(RateLimitedError) as caught:
        get_meeting.sync_detailed("1", client=client)
    assert caught.value.retry_after == 600
    assert caught.value.status == 429 and caught.value.body == THROTTLED
    assert "600" in str(caught.value) and "test-key-123" not in str(caught.value)
    assert not [s for s in script.sleeps if s > 0]


def test_after_too_many_429s_the_last_one_is_returned() -> None:
    script = Script(*[json_reply(429, THROTTLED, {"Retry-After": "1"}) for _ in range(3)])
    client = scripted_client(script, max_rate_limit_retries=2)
    response = get_meeting.sync_detailed("1", client=client)
    assert response.status_code == 429 and len(script.requests) == 3


def test_a_read_is_retried_after_a_server_error_with_backoff() -> None:
    script = Script(json_reply(503), json_reply(502), json_reply(200, MEETING))
    client = scripted_client(script, max_retries=2)
    assert get_meeting.sync_detailed("1", client=client).status_code == 200
    first, second = script.sleeps  # no budget waits here: only the two backoffs
    assert len(script.requests) == 3 and 0 <= first <= 0.5 and 0 <= second <= 1.0


def test_a_create_is_not_resent_after_a_server_error() -> None:
    script = Script(json_reply(503))
    client = scripted_client(script)
    assert create_meeting.sync_detailed(client=client, body=_create_body()).status_code == 503
    assert len(script.requests) == 1


def test_a_create_is_not_resent_after_a_lost_reply_and_the_error_says_why() -> None:
    script = Script(httpx.RemoteProtocolError("peer closed connection"))
    client = scripted_client(script)
    with pytest.raises(APIConnectionError) as caught:
        create_meeting.sync_detailed(client=client, body=_create_body())
    assert len(script.requests) == 1
    assert caught.value.may_have_run
    assert "not idempotent" in str(caught.value) and "may have been processed" in str(caught.value)


def test_a_create_is_resent_when_the_connection_was_never_made() -> None:
    script = Script(httpx.ConnectError("connection refused"), json_reply(201, MEETING))
    client = scripted_client(script)
    assert create_meeting.sync_detailed(client=client, body=_create_body()).status_code == 201
    assert len(script.requests) == 2


def test_deletes_and_bulk_deletes_are_resent_after_a_lost_reply() -> None:
    script = Script(httpx.ReadError("reset"), json_reply(204), httpx.RemoteProtocolError("dropped"), json_reply(204))
    client = scripted_client(script)
    assert delete_meeting.sync_detailed("1", client=client).status_code == 204
    body = BulkDeleteRecordingsRequest(recording_ids=["r1"])
    assert bulk_delete_recordings.sync_detailed(client=client, body=body).status_code == 204
    assert [r.method for r in script.requests] == ["DELETE", "DELETE", "POST", "POST"]


def test_a_timeout_after_the_last_retry_is_an_api_timeout_error() -> None:
    script = Script(*[httpx.ReadTimeout("slow") for _ in range(3)])
    client = scripted_client(script, max_retries=2)
    with pytest.raises(APITimeoutError) as caught:
        get_meeting.sync_detailed("1", client=client)
    assert len(script.requests) == 3 and "after 3 attempts" in str(caught.value)


@pytest.mark.parametrize(("status", "error"), [(401, AuthenticationError), (404, NotFoundError), (500, ServerError)])
def test_raise_errors_turns_error_replies_into_typed_exceptions(status: int, error: type[Exception]) -> None:
    script = Script(*[json_reply(status, {"error": "nope"}) for _ in range(3)])
    client = scripted_client(script, raise_errors=True)
    with pytest.raises(error) as caught:
        get_meeting.sync_detailed("87673375", client=client)
    exc = caught.value
    assert exc.status == status and exc.body == {"error": "nope"}  # type: ignore[attr-defined]
    assert exc.method == "GET" and exc.url.endswith("/v1/meetings/87673375")  # type: ignore[attr-defined]
    assert "test-key-123" not in str(exc) + repr(exc) + repr(vars(exc))


def test_without_raise_errors_error_replies_are_returned() -> None:
    script = Script(json_reply(404, {"error": "no such meeting"}))
    client = scripted_client(script)
    response = get_meeting.sync_detailed("nope", client=client)
    assert response.status_code == 404 and response.parsed is not None


def test_a_ticket_that_booked_nothing_is_asked_for_again_after_its_wait(monkeypatch: pytest.MonkeyPatch) -> None:
    """The pacer may answer "nothing booked: ask again in 0.7 s" (a window too full for this
    request, with room left for smaller ones): the request waits, books again, and goes once."""
    from whereby_v1.overlay.pacing import Ticket

    script = Script(json_reply(200, MEETING))
    client = scripted_client(script)
    tickets = [Ticket(0.7, 0.0, again=True), Ticket(0.0, 0.0)]
    monkeypatch.setattr(client.pacer, "book", lambda cost: tickets.pop(0))
    assert get_meeting.sync_detailed("1", client=client).status_code == 200
    assert tickets == [] and len(script.requests) == 1
    assert 0.7 in script.sleeps


def test_an_async_ticket_that_booked_nothing_is_asked_for_again_after_its_wait(monkeypatch: pytest.MonkeyPatch) -> None:
    import asyncio

    from whereby_v1.overlay.pacing import Ticket

    script = Script(json_reply(200, MEETING))
    client = scripted_client(script)
    slept: list[float] = []

    async def sleep(seconds: float) -> None:
        slept.append(seconds)

    client._async_sleep = sleep
    tickets = [Ticket(0.7, 0.0, again=True), Ticket(0.0, 0.0)]
    monkeypatch.setattr(client.pacer, "book", lambda cost: tickets.pop(0))
    assert asyncio.run(get_meeting.asyncio_detailed("1", client=client)).status_code == 200
    assert tickets == [] and len(script.requests) == 1
    assert slept == [0.7]
