"""`iterate` / `aiterate` on every paged operation: all items across pages, caps, filters, errors.

The lists are longer than one page on a real sandbox; a scripted transport stands in only for
replies no correct server sends (a repeated cursor).
"""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import Callable
from datetime import UTC, datetime, timedelta

import httpx
import pytest

from tests.sandbox.conftest import RunningSandbox
from whereby_v1.api.insights import get_room_insights
from whereby_v1.api.meetings import create_meeting, get_meetings
from whereby_v1.api.recordings import get_recordings
from whereby_v1.models import CreateMeetingRequest, Meeting, MeetingRoomNameFilter
from whereby_v1.overlay import AuthenticationError, WherebyClient, WherebyError
from whereby_v1.overlay.errors import APIResponseValidationError
from whereby_v1.types import UNSET

KEY = "pagination-test-key-3e1d"


class CountingClient(WherebyClient):
    """Counts the requests that reach the wire, so a test can tell how many pages were fetched."""

    def __init__(self, *args: object, **kwargs: object) -> None:
        self.requests: list[httpx.Request] = []
        hooks = {"request": [self.requests.append]}
        super().__init__(*args, httpx_args={"event_hooks": hooks}, **kwargs)  # type: ignore[arg-type]


async def _async_count(request: httpx.Request, into: list[httpx.Request]) -> None:
    into.append(request)


@pytest.fixture()
def server(sandbox_factory: Callable[..., RunningSandbox]) -> RunningSandbox:
    return sandbox_factory("--token", KEY, "--budget", "100000", "--window", "60")


def _meetings(server: RunningSandbox, prefix: str, count: int) -> list[str]:
    client = WherebyClient(KEY, base_url=server.base_url, points_per_minute=100000)
    end = datetime.now(UTC) + timedelta(hours=2)
    ids = []
    for _ in range(count):
        made = create_meeting.sync(client=client, body=CreateMeetingRequest(end_date=end, room_name_prefix=prefix))
        assert isinstance(made, Meeting)
        ids.append(made.meeting_id)
    return ids


def test_iterate_yields_every_item_of_a_filtered_list_across_pages(server: RunningSandbox) -> None:
    mine = _meetings(server, "paged", 7)
    _meetings(server, "other", 3)
    client = CountingClient(KEY, base_url=server.base_url, points_per_minute=100000)
    seen = get_meetings.iterate(client=client, limit=3, room_name=MeetingRoomNameFilter(starts_with="/paged"))
    assert [m.meeting_id for m in seen] == mine
    assert len(client.requests) == 3  # pages of 3, 3 and 1
    assert all(r.url.params["roomName[startsWith]"] == "/paged" for r in client.requests)
    assert "cursor" not in client.requests[0].url.params
    assert client.requests[1].url.params["cursor"] and client.requests[2].url.params["cursor"]


def test_max_items_stops_without_fetching_more_pages(server: RunningSandbox) -> None:
    mine = _meetings(server, "capped", 8)
    client = CountingClient(KEY, base_url=server.base_url, points_per_minute=100000)
    flt = MeetingRoomNameFilter(starts_with="/capped")
    got = list(get_meetings.iterate(client=client, limit=3, room_name=flt, max_items=4))
    assert [m.meeting_id for m in got] == mine[:4]
    assert len(client.requests) == 2
    assert list(get_meetings.iterate(client=client, limit=3, room_name=flt, max_items=0)) == []
    assert len(client.requests) == 2  # a cap of 0 fetches nothing
    assert len(list(get_meetings.iterate(client=client, limit=3, room_name=flt, max_items=100))) == 8


def test_iterate_resumes_from_a_cursor(server: RunningSandbox) -> None:
    mine = _meetings(server, "resume", 5)
    client = WherebyClient(KEY, base_url=server.base_url, points_per_minute=100000)
    flt = MeetingRoomNameFilter(starts_with="/resume")
    first = get_meetings.sync(client=client, limit=2, room_name=flt)
    assert first is not None and not isinstance(first.cursor, type(UNSET)) and first.cursor
    rest = get_meetings.iterate(client=client, limit=2, room_name=flt, cursor=first.cursor)
    assert [m.meeting_id for m in rest] == mine[2:]


def test_aiterate_yields_the_same_items_with_async_for(server: RunningSandbox) -> None:
    mine = _meetings(server, "async", 5)
    requests: list[httpx.Request] = []

    async def run() -> tuple[list[str], list[str]]:
        hooks = {"request": [lambda r: _async_count(r, requests)]}
        client = WherebyClient(
            KEY, base_url=server.base_url, points_per_minute=100000, httpx_args={"event_hooks": hooks}
        )
        flt = MeetingRoomNameFilter(starts_with="/async")
        async with client:
            every = [m.meeting_id async for m in get_meetings.aiterate(client=client, limit=2, room_name=flt)]
            capped = [
                m.meeting_id async for m in get_meetings.aiterate(client=client, limit=2, room_name=flt, max_items=3)
            ]
        return every, capped

    every, capped = asyncio.run(run())
    assert every == mine and capped == mine[:3]
    assert len(requests) == 3 + 2


@pytest.mark.paced
def test_pages_are_paced_within_the_budget(sandbox_factory: Callable[..., RunningSandbox]) -> None:
    server = sandbox_factory("--token", KEY, "--budget", "5", "--window", "0.5")
    client = WherebyClient(KEY, base_url=server.base_url, points_per_minute=5, window=0.5)
    end = datetime.now(UTC) + timedelta(hours=2)
    for _ in range(6):
        create_meeting.sync(client=client, body=CreateMeetingRequest(end_date=end, room_name_prefix="paced"))
    got = list(get_meetings.iterate(client=client, limit=1, room_name=MeetingRoomNameFilter(starts_with="/paced")))
    stats = server.admin("GET", "stats").json()
    assert len(got) == 6
    assert stats["throttled"] == 0 and stats["acceptedPoints"] == 6 * 3 + 6  # six pages of one


def test_every_seeded_list_pages_the_same_as_one_big_page(shared_sandbox: RunningSandbox) -> None:
    from tests.sandbox.conftest import DEV_TOKEN

    client = WherebyClient(DEV_TOKEN, base_url=shared_sandbox.base_url, points_per_minute=100000)
    whole = get_recordings.sync(client=client, limit=100)
    assert whole is not None and len(whole.results) > 2
    assert [r.recording_id for r in get_recordings.iterate(client=client, limit=1)] == [
        r.recording_id for r in whole.results
    ]
    rooms = get_room_insights.sync(client=client, limit=100)
    assert rooms is not None and len(rooms.results) > 2
    paged = list(get_room_insights.iterate(client=client, limit=2))
    assert [p.to_dict() for p in paged] == [p.to_dict() for p in rooms.results]


def test_a_failed_page_raises_the_typed_error_even_without_raise_errors(server: RunningSandbox) -> None:
    client = WherebyClient("not-the-key", base_url=server.base_url, points_per_minute=100000)
    items = get_meetings.iterate(client=client)
    with pytest.raises(AuthenticationError) as caught:
        next(items)
    assert caught.value.status == 401
    assert "not-the-key" not in str(caught.value)


def test_a_bad_cap_is_refused_before_any_request() -> None:
    client = WherebyClient(KEY, base_url="http://127.0.0.1:9/v1")
    with pytest.raises(ValueError, match="max_items"):
        get_meetings.iterate(client=client, max_items=-1)


def test_a_repeated_cursor_stops_with_an_error_instead_of_looping() -> None:
    calls: list[str] = []

    def reply(request: httpx.Request) -> httpx.Response:
        calls.append(request.url.params.get("cursor", ""))
        item = {
            "meetingId": str(uuid.uuid4()),
            "roomName": "/r",
            "roomUrl": "https://x.whereby.com/r",
            "startDate": "2026-01-01T00:00:00Z",
            "endDate": "2026-01-01T01:00:00Z",
        }
        return httpx.Response(200, json={"results": [item], "cursor": "same"})

    client = WherebyClient(KEY, base_url="http://127.0.0.1:9/v1", httpx_args={"transport": httpx.MockTransport(reply)})
    items = get_meetings.iterate(client=client)
    next(items)
    with pytest.raises(WherebyError, match="cursor it had already sent"):
        next(items)
    assert calls == ["", "same"]


@pytest.mark.parametrize(
    "reply",
    [
        httpx.Response(200, text="<html>maintenance</html>"),
        httpx.Response(200, json={"cursor": "x"}),
        httpx.Response(200, json={"results": None, "cursor": None}),
        httpx.Response(200, json=[1, 2]),
    ],
    ids=["html", "no results", "null results", "a list"],
)
def test_a_200_that_is_not_a_page_is_a_named_client_error(reply: httpx.Response) -> None:
    client = WherebyClient(
        KEY, base_url="http://127.0.0.1:9/v1", httpx_args={"transport": httpx.MockTransport(lambda r: reply)}
    )
    with pytest.raises(
        APIResponseValidationError,
        match=r"^200 GET /v1/meetings \(getMeetings\): the reply does not match the contract",
    ) as caught:
        list(get_meetings.iterate(client=client))
    assert (caught.value.status_code, caught.value.operation_id, caught.value.content) == (
        200,
        "getMeetings",
        reply.content,
    )


def test_a_starting_cursor_that_comes_back_is_caught_and_an_empty_one_means_the_first_page() -> None:
    sent: list[str | None] = []

    def reply(request: httpx.Request) -> httpx.Response:
        sent.append(request.url.params.get("cursor"))
        return httpx.Response(200, json={"results": [], "cursor": "start"})

    client = WherebyClient(KEY, base_url="http://127.0.0.1:9/v1", httpx_args={"transport": httpx.MockTransport(reply)})
    with pytest.raises(WherebyError, match="already sent"):
        list(get_meetings.iterate(client=client, cursor="start"))
    assert sent == ["start"]
    sent.clear()
    with pytest.raises(WherebyError, match="already sent"):
        list(get_meetings.iterate(client=client, cursor=""))
    assert sent == [None, "start"]  # "" is not sent: the first page, then the loop is caught
