"""A wrong argument is refused at the call, by a TypeError or ValueError that names it, and nothing
is sent; a closed client says so with `ClientClosedError`.

Before, a dict for a model failed deep in the models (`AttributeError: 'dict' object has no
attribute 'to_dict'`), a wrong scalar was sent as it was, `None` as an id went out as
`GET /v1/meetings/None`, a 70 KB cursor raised httpx's `InvalidURL`, and a closed client raised
httpx's bare `RuntimeError`. The recording server proves that nothing reached the wire.
"""

from __future__ import annotations

import asyncio
import pickle
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from tests.client.conftest import RecordingServer
from tests.sandbox.conftest import DEV_TOKEN, RunningSandbox
from whereby_v1 import AsyncWhereby, ClientClosedError, Whereby, WherebyClient, WherebyError
from whereby_v1.api.meetings import get_meetings
from whereby_v1.models import RecordingSettings

LATER = datetime.now(UTC) + timedelta(hours=1)

WRONG: list[tuple[str, Callable[[Whereby], Any], type[Exception], str]] = [
    ("a dict for a model", lambda c: c.meetings.create(end_date=LATER, recording={"type": "cloud"}),
     TypeError, "recording: expected a RecordingSettings, not dict"),
    ("a str for a bool", lambda c: c.meetings.create(end_date=LATER, is_locked="yes"),
     TypeError, "is_locked: expected a bool, not str"),
    ("an int for a str", lambda c: c.meetings.create(end_date=LATER, room_name_prefix=5),
     TypeError, "room_name_prefix: expected a str, not int"),
    ("a str for an int", lambda c: list(c.meetings.list(limit="ten")),
     TypeError, "limit: expected an int, not str"),
    ("a bool for an int", lambda c: list(c.meetings.list(limit=True)),
     TypeError, "limit: expected an int, not bool"),
    ("an int for an enum", lambda c: c.meetings.create(end_date=LATER, room_mode=3),
     TypeError, "room_mode: expected one of 'group', 'normal', not int"),
    ("an int in a list of enums", lambda c: c.meetings.get("1", fields=["hostRoomUrl", 1]),
     TypeError, r"fields\[1\]: expected one of"),
    ("an int in a list of ids", lambda c: c.recordings.bulk_delete(recording_ids=["a", 2]),
     TypeError, r"recording_ids\[1\]: expected a str, not int"),
    ("None as an id", lambda c: c.meetings.get(None),
     TypeError, "path parameter 'meetingId': expected a str, not NoneType"),
    ("a 70 KB cursor", lambda c: list(c.meetings.list(cursor="x" * 70_000)),
     ValueError, "query parameter 'cursor' is 70000 characters long; at most 2048"),
    ("a str timeout", lambda c: c.meetings.get("1", timeout="fast"),
     TypeError, "timeout: expected seconds, an httpx.Timeout or None, not str"),
    ("a nan timeout", lambda c: c.meetings.get("1", timeout=float("nan")),
     ValueError, "timeout must be a finite number of seconds above 0"),
    ("an int header value", lambda c: c.meetings.get("1", extra_headers={"X-Trace": 7}),
     TypeError, "extra_headers: header names and values must be str, not int"),
    ("a header value with a line break", lambda c: c.meetings.get("1", extra_headers={"X-Trace": "a\r\nX-Evil: 1"}),
     ValueError, "extra_headers: header 'X-Trace' has a line break"),
]  # fmt: skip


@pytest.mark.parametrize(("case", "call", "kind", "message"), WRONG, ids=[w[0] for w in WRONG])
def test_a_wrong_argument_is_refused_naming_it_and_nothing_is_sent(
    http_server: RecordingServer, case: str, call: Callable[[Whereby], Any], kind: type[Exception], message: str
) -> None:
    with (
        Whereby("k-args", base_url=http_server.base_url, max_retries=0) as client,
        pytest.raises(kind, match=message) as raised,
    ):
        call(client)
    assert type(raised.value) is kind  # not an AttributeError, not httpx's InvalidURL
    assert "X-Evil" not in str(raised.value)  # a header value is never echoed
    assert http_server.requests == []


def test_the_generated_functions_refuse_a_cursor_too_long_for_a_url(http_server: RecordingServer) -> None:
    with (
        WherebyClient("k-args", base_url=http_server.base_url) as client,
        pytest.raises(ValueError, match="query parameter 'cursor'"),
    ):
        get_meetings.sync_detailed(client=client, cursor="x" * 70_000)
    assert http_server.requests == []


def test_right_arguments_of_every_checked_kind_still_go_out(shared_sandbox: RunningSandbox) -> None:
    with Whereby(DEV_TOKEN, base_url=shared_sandbox.base_url) as client:
        meeting = client.meetings.create(
            end_date=LATER,
            is_locked=True,
            room_name_prefix="args",
            room_mode="group",
            recording=RecordingSettings.from_dict({"type": "none"}),
            fields=("hostRoomUrl",),  # any sequence, not only a list
            timeout=5,
            extra_headers={"X-Trace": "args"},
        )
        assert meeting.host_room_url
        page = client.meetings.list(limit=1, cursor="x" * 2048).iter_pages()
        with pytest.raises(WherebyError):  # the sandbox's 400 for a cursor it never issued
            next(page)


def test_a_closed_client_raises_clientclosederror_and_closing_twice_is_no_error(
    shared_sandbox: RunningSandbox,
) -> None:
    client = Whereby(DEV_TOKEN, base_url=shared_sandbox.base_url)
    client.meetings.list(limit=1).iter_pages().__next__()
    client.close()
    client.close()
    with pytest.raises(ClientClosedError, match="this client was closed") as raised:
        client.meetings.get("1")
    assert isinstance(raised.value, RuntimeError)  # code that caught httpx's RuntimeError still does
    assert type(pickle.loads(pickle.dumps(raised.value))) is ClientClosedError

    unused = Whereby(DEV_TOKEN, base_url=shared_sandbox.base_url)
    unused.close()  # closed before its first request: still closed
    with pytest.raises(ClientClosedError):
        unused.meetings.get("1")

    with Whereby(DEV_TOKEN, base_url=shared_sandbox.base_url) as scoped:
        pass
    with pytest.raises(ClientClosedError):
        scoped.meetings.get("1")


def test_a_closed_async_client_raises_clientclosederror(shared_sandbox: RunningSandbox) -> None:
    async def main() -> None:
        async with AsyncWhereby(DEV_TOKEN, base_url=shared_sandbox.base_url) as client:
            await client.meetings.list(limit=1).iter_pages().__anext__()
        await client.close()
        with pytest.raises(ClientClosedError):
            await client.meetings.get("1")

    asyncio.run(main())


def test_a_closed_generated_client_raises_clientclosederror(shared_sandbox: RunningSandbox) -> None:
    with WherebyClient(DEV_TOKEN, base_url=shared_sandbox.base_url) as client:
        assert get_meetings.sync_detailed(client=client).status_code == 200
    with pytest.raises(ClientClosedError):
        get_meetings.sync_detailed(client=client)
