"""A 2xx reply whose body does not fit its model raises one typed error from every layer.

`APIResponseValidationError` (under `WherebyError`) carries the status, the operationId, the
model and field where the body stopped fitting, and the body itself, so a caller can log it and
go on. The generated functions, the pagers, and the resource client raise it alike; the command
line's one line is in tests/cli/test_errors.py. Here with `httpx.MockTransport` for every shape,
and over real HTTP through the sandbox's reply overrides (`PUT /_sandbox/replies/{operationId}`).
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx
import pytest

from tests.sandbox.conftest import DEV_TOKEN, RunningSandbox, start_sandbox
from whereby_v1 import (
    APIResponseValidationError,
    APIStatusError,
    AsyncWhereby,
    AuthenticatedClient,
    ModelValidationError,
    Whereby,
    WherebyError,
)
from whereby_v1.api.insights import get_participant_details
from whereby_v1.api.meetings import create_meeting, get_meeting, get_meetings
from whereby_v1.models import CreateMeetingRequest

KEY = "sk-unfit-replies-0123"
MEETING = {"meetingId": "87673375", "roomUrl": "https://acme.whereby.com/acme-1", "endDate": "2026-05-07T17:42:49.000Z"}


def _mock(status: int, content: bytes, content_type: str = "application/json") -> httpx.MockTransport:
    return httpx.MockTransport(
        lambda request: httpx.Response(status, content=content, headers={"content-type": content_type})
    )


def _generated(transport: httpx.MockTransport) -> AuthenticatedClient:
    return AuthenticatedClient(base_url="https://api.whereby.dev/v1", token=KEY, httpx_args={"transport": transport})


def _checked(error: APIResponseValidationError, status: int, operation_id: str, content: bytes) -> None:
    assert isinstance(error, WherebyError) and isinstance(error, APIStatusError)
    assert (error.status_code, error.operation_id, error.content) == (status, operation_id, content)
    assert error.text == content.decode()
    assert f"({operation_id}): the reply does not match the contract" in str(error)
    assert "\n" not in str(error) and KEY not in str(error) and KEY not in repr(error) and KEY not in error.url


UNFIT = [
    pytest.param(json.dumps({**MEETING, "roomUrl": 42}).encode(), "Meeting.roomUrl", id="a number for a string"),
    pytest.param(
        json.dumps({k: v for k, v in MEETING.items() if k != "endDate"}).encode(), "Meeting.endDate", id="missing"
    ),
    pytest.param(json.dumps({**MEETING, "endDate": "soon"}).encode(), "Meeting.endDate", id="not a date-time"),
    pytest.param(json.dumps([MEETING]).encode(), "Meeting", id="an array for an object"),
    pytest.param(b"<html>maintenance</html>", None, id="not json"),
    pytest.param(b'{"meetingId": "1", "roomUrl"', None, id="truncated"),
]


@pytest.mark.parametrize(("content", "field"), UNFIT)
def test_every_generated_function_raises_the_typed_error(content: bytes, field: str | None) -> None:
    with _generated(_mock(200, content)) as client:
        for call in (get_meeting.sync_detailed, get_meeting.sync):
            with pytest.raises(APIResponseValidationError) as caught:
                call("87673375", client=client)
            _checked(caught.value, 200, "getMeeting", content)
            if field is None:
                assert caught.value.field is None
            else:
                assert caught.value.field is not None and caught.value.field.startswith(field)
                assert isinstance(caught.value.__cause__, ModelValidationError)

    async def run() -> None:
        async with _generated(_mock(200, content)) as client:
            for call in (get_meeting.asyncio_detailed, get_meeting.asyncio):
                with pytest.raises(APIResponseValidationError) as caught:
                    await call("87673375", client=client)
                _checked(caught.value, 200, "getMeeting", content)

    asyncio.run(run())


def test_a_201_that_does_not_fit_names_its_status_and_operation() -> None:
    content = json.dumps({**MEETING, "meetingId": 87673375}).encode()
    body = CreateMeetingRequest(end_date=datetime.now(UTC) + timedelta(hours=1))
    with _generated(_mock(201, content)) as client, pytest.raises(APIResponseValidationError) as caught:
        create_meeting.sync_detailed(client=client, body=body)
    _checked(caught.value, 201, "createMeeting", content)
    assert caught.value.field == "Meeting.meetingId"
    assert str(caught.value).startswith("201 POST /v1/meetings (createMeeting): ")
    assert "Meeting.meetingId: expected a string, got an integer (87673375)" in str(caught.value)


@pytest.mark.parametrize(
    ("item", "where"),
    [
        ({"displayName": "Ada", "events": [], "sampleRateMs": "2000"}, "[1].sampleRateMs: expected a number"),
        ({"displayName": "Ada"}, "[1].events: missing"),  # a required field of no declared type
    ],
)
def test_a_bare_array_reply_names_the_item_that_does_not_fit(item: dict[str, Any], where: str) -> None:
    content = json.dumps([{"events": []}, item]).encode()
    with _generated(_mock(200, content)) as client, pytest.raises(APIResponseValidationError) as caught:
        get_participant_details.sync(client=client, room_session_id="s1", participant_id="/p1")
    _checked(caught.value, 200, "getParticipantDetails", content)
    assert f"list[ParticipantConnection]{where}" in str(caught.value)


def test_a_documented_error_body_that_does_not_fit_is_still_the_status_not_this_error() -> None:
    with _generated(_mock(404, b'{"error": 404}')) as client:
        response = get_meeting.sync_detailed("1", client=client)
    assert (response.status_code, response.parsed) == (404, None)


@pytest.mark.parametrize(
    "content",
    [b'{"results": [{"meetingId": 1}], "cursor": null}', b'{"results": {}, "cursor": null}', b'{"results": []}'],
    ids=["an item that does not fit", "an object for the list", "no cursor"],
)
def test_iterate_and_the_resource_client_raise_it_for_a_page(content: bytes) -> None:
    with _generated(_mock(200, content)) as client, pytest.raises(APIResponseValidationError) as caught:
        list(get_meetings.iterate(client=client))
    _checked(caught.value, 200, "getMeetings", content)
    assert caught.value.field is not None and caught.value.field.startswith("MeetingPage.")

    whereby = Whereby(KEY, http_client=httpx.Client(transport=_mock(200, content)))
    with whereby, pytest.raises(APIResponseValidationError) as caught:
        list(whereby.meetings.list())
    _checked(caught.value, 200, "getMeetings", content)


def test_the_resource_client_raises_it_sync_async_and_raw() -> None:
    content = json.dumps({**MEETING, "roomUrl": None}).encode()
    with Whereby(KEY, http_client=httpx.Client(transport=_mock(200, content))) as whereby:
        with pytest.raises(APIResponseValidationError) as caught:
            whereby.meetings.get("87673375")
        _checked(caught.value, 200, "getMeeting", content)
        raw = whereby.with_raw_response.meetings.get("87673375")
        assert raw.status_code == 200 and raw.content == content  # the raw view reads it all the same
        with pytest.raises(APIResponseValidationError):
            raw.parse()

    async def run() -> None:
        async with AsyncWhereby(KEY, http_client=httpx.AsyncClient(transport=_mock(200, content))) as whereby:
            with pytest.raises(APIResponseValidationError) as caught:
                await whereby.meetings.get("87673375")
            _checked(caught.value, 200, "getMeeting", content)
            with pytest.raises(APIResponseValidationError):
                [m async for m in whereby.meetings.list()]

    asyncio.run(run())


# -- over real HTTP, through the sandbox's reply overrides ----------------------------------------


@pytest.fixture(scope="module")
def sandbox() -> Iterator[RunningSandbox]:
    server = start_sandbox("--budget", "100000", "--processing-delay", "0.1")
    yield server
    server.stop()


@pytest.fixture()
def override(sandbox: RunningSandbox) -> Iterator[Callable[..., None]]:
    def put(operation_id: str, **spec: Any) -> None:
        reply = sandbox.admin("PUT", f"replies/{operation_id}", json=spec)
        assert reply.status_code == 200, reply.text

    yield put
    sandbox.admin("DELETE", "replies")


def _later() -> datetime:
    return datetime.now(UTC) + timedelta(hours=1)


def test_over_http_a_wrong_typed_field_raises_from_every_layer_and_the_next_reply_is_fine(
    sandbox: RunningSandbox, override: Callable[..., None]
) -> None:
    with Whereby(DEV_TOKEN, base_url=sandbox.base_url) as whereby:
        meeting = whereby.meetings.create(end_date=_later())
        override("getMeeting", merge={"roomUrl": 42}, times=3)
        with pytest.raises(APIResponseValidationError) as caught:
            whereby.meetings.get(meeting.meeting_id)
        error = caught.value
        assert (error.status_code, error.operation_id, error.field) == (200, "getMeeting", "Meeting.roomUrl")
        assert error.body["meetingId"] == meeting.meeting_id and error.body["roomUrl"] == 42
        assert DEV_TOKEN not in str(error) and DEV_TOKEN not in error.url

        generated = AuthenticatedClient(base_url=sandbox.base_url, token=DEV_TOKEN)
        with generated, pytest.raises(APIResponseValidationError, match=r"Meeting\.roomUrl: expected a string"):
            get_meeting.sync_detailed(meeting.meeting_id, client=generated)

        async def run() -> None:
            async with AsyncWhereby(DEV_TOKEN, base_url=sandbox.base_url) as client:
                with pytest.raises(APIResponseValidationError, match="getMeeting"):
                    await client.meetings.get(meeting.meeting_id)

        asyncio.run(run())
        assert whereby.meetings.get(meeting.meeting_id).room_url == meeting.room_url  # the override is used up


def test_over_http_a_page_that_does_not_fit_and_a_body_that_is_not_json(
    sandbox: RunningSandbox, override: Callable[..., None]
) -> None:
    with Whereby(DEV_TOKEN, base_url=sandbox.base_url) as whereby:
        whereby.meetings.create(end_date=_later())
        override("getMeetings", body={"results": [{"meetingId": 7, "roomUrl": "u", "endDate": "x"}], "cursor": None})
        with pytest.raises(APIResponseValidationError) as caught:
            list(whereby.meetings.list())
        assert caught.value.field == "MeetingPage.results[0].meetingId"

        override("getMeetings", text="<html>maintenance</html>", contentType="text/html")
        generated = AuthenticatedClient(base_url=sandbox.base_url, token=DEV_TOKEN)
        with generated, pytest.raises(APIResponseValidationError) as caught:
            list(get_meetings.iterate(client=generated))
        assert caught.value.content == b"<html>maintenance</html>" and caught.value.field is None
        assert "the body is not JSON" in str(caught.value)

        override("createMeeting", merge={"endDate": 1746640969})
        with pytest.raises(APIResponseValidationError) as caught:
            whereby.meetings.create(end_date=_later())
        assert (caught.value.status_code, caught.value.field) == (201, "Meeting.endDate")
        assert "expected a date-time string, got an integer" in str(caught.value)
