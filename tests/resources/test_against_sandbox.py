"""Every operation through `Whereby` and `AsyncWhereby` against a real sandbox on loopback.

Each call returns exactly its model (or None for a 204), error replies raise the typed exception
with the server's reason, and lists page lazily.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import httpx
import pytest

from tests.client.conftest import RecordingServer
from tests.sandbox.conftest import DEV_TOKEN, RunningSandbox
from whereby_v1 import (
    APIStatusError,
    AsyncPager,
    AsyncWhereby,
    AuthenticationError,
    BadRequestError,
    NotFoundError,
    Page,
    RawResponse,
    SyncPager,
    Whereby,
    WherebyError,
)
from whereby_v1.models import (
    AccessLink,
    Meeting,
    ParticipantConnection,
    Recording,
    RoomMode,
    Summary,
    SummaryCreated,
    Transcription,
    TranscriptionCreated,
)


def _later() -> datetime:
    return datetime.now(UTC) + timedelta(hours=1)


@pytest.fixture()
def client(shared_sandbox: RunningSandbox) -> Iterator[Whereby]:
    with Whereby(DEV_TOKEN, base_url=shared_sandbox.base_url, points_per_minute=100000) as client:
        yield client


def _recordings(server: RunningSandbox, count: int = 1) -> list[str]:
    reply = server.admin("POST", "recordings", json={"count": count})
    assert reply.status_code == 201, reply.text
    return list(reply.json()["recordingIds"])


def _session(server: RunningSandbox) -> dict[str, str]:
    reply = server.admin("POST", "sessions", json={"participants": 3})
    assert reply.status_code == 201, reply.text
    return dict(reply.json())


def test_meetings_create_get_list_delete(client: Whereby) -> None:
    meeting = client.meetings.create(
        end_date=_later(), room_mode="group", fields=["hostRoomUrl"], room_name_prefix="acme"
    )
    assert type(meeting) is Meeting
    assert meeting.room_name.startswith("/acme") and meeting.host_room_url
    again = client.meetings.get(meeting.meeting_id, fields=["viewerRoomUrl"])
    assert again.room_url == meeting.room_url and again.viewer_room_url
    assert meeting.meeting_id in {m.meeting_id for m in client.meetings.list(limit=100)}
    assert client.meetings.delete(meeting.meeting_id) is None
    with pytest.raises(NotFoundError) as caught:
        client.meetings.get(meeting.meeting_id)
    assert caught.value.status_code == 404
    assert str(caught.value).startswith(f"404 GET /v1/meetings/{meeting.meeting_id}: ")
    assert "meeting" in str(caught.value).lower()  # the server's own reason, not just the status


def test_an_enum_member_and_its_string_are_the_same_argument(client: Whereby) -> None:
    by_member = client.meetings.create(end_date=_later(), room_mode=RoomMode.GROUP)
    by_string = client.meetings.create(end_date=_later(), room_mode="group")
    assert by_member.meeting_id != by_string.meeting_id


def test_a_string_the_contract_does_not_list_is_refused_naming_the_field(http_server: RecordingServer) -> None:
    client = Whereby("k", base_url="http://127.0.0.1:9/v1")
    with pytest.raises(ValueError, match="room_mode: 'huge' is not one of 'group', 'normal'"):
        client.meetings.create(end_date=_later(), room_mode="huge")  # type: ignore[arg-type]


def test_a_naive_end_date_is_refused_before_anything_is_sent() -> None:
    client = Whereby("k", base_url="http://127.0.0.1:9/v1")
    with pytest.raises(ValueError, match="endDate: naive datetime"):
        client.meetings.create(end_date=datetime(2030, 1, 1, 12, 0))


def test_a_bad_request_raises_with_the_servers_reason(client: Whereby) -> None:
    with pytest.raises(BadRequestError) as caught:
        client.meetings.create(end_date=_later(), room_name_prefix="x" * 80)
    assert str(caught.value).startswith("400 POST /v1/meetings: ")
    assert "roomNamePrefix" in str(caught.value)
    assert isinstance(caught.value.body, dict) and caught.value.body["error"] in str(caught.value)


def test_a_wrong_key_raises_authentication_error(shared_sandbox: RunningSandbox) -> None:
    with Whereby("wrong-key-0000", base_url=shared_sandbox.base_url) as client, pytest.raises(AuthenticationError) as e:
        client.meetings.get("1")
    assert e.value.status_code == 401 and "wrong-key-0000" not in str(e.value)


def test_recordings_list_get_link_delete_bulk(client: Whereby, shared_sandbox: RunningSandbox) -> None:
    ids = _recordings(shared_sandbox, 3)
    listed = {r.recording_id for r in client.recordings.list(limit=100)}
    assert set(ids) <= listed
    recording = client.recordings.get(ids[0])
    assert type(recording) is Recording and recording.recording_id == ids[0]
    link = client.recordings.get_access_link(ids[0], valid_for_seconds=120)
    assert type(link) is AccessLink and link.access_link.startswith("http")
    assert client.recordings.delete(ids[0]) is None
    assert client.recordings.bulk_delete(recording_ids=ids[1:]) is None
    listed = {r.recording_id for r in client.recordings.list(limit=100)}
    assert not set(ids) & listed


def _ready(client: Whereby, transcription_id: str) -> Transcription:
    deadline = time.monotonic() + 10
    while (transcription := client.transcriptions.get(transcription_id)).state != "ready":
        assert time.monotonic() < deadline, transcription.state
        time.sleep(0.1)
    return transcription


def test_transcriptions_and_summaries(client: Whereby, shared_sandbox: RunningSandbox) -> None:
    [recording_id] = _recordings(shared_sandbox)
    created = client.transcriptions.create(recording_id=recording_id)
    assert type(created) is TranscriptionCreated
    assert type(_ready(client, created.transcription_id)) is Transcription
    assert created.transcription_id in {t.transcription_id for t in client.transcriptions.list(limit=100)}
    assert client.transcriptions.get_access_link(created.transcription_id).access_link
    summary_id = client.summaries.create(
        transcription_id=created.transcription_id, template="General Bulleted"
    ).summary_id
    assert type(client.summaries.get(summary_id)) is Summary
    assert summary_id in {s.summary_id for s in client.summaries.list()}
    assert client.summaries.delete(summary_id) is None
    assert client.transcriptions.delete(created.transcription_id) is None
    other = client.transcriptions.create(recording_id=recording_id)
    assert client.transcriptions.bulk_delete(transcription_ids=[other.transcription_id]) is None
    with pytest.raises(TypeError, match="expected a list"):
        client.transcriptions.bulk_delete(transcription_ids="abc")


def test_summaries_create_returns_its_model(client: Whereby, shared_sandbox: RunningSandbox) -> None:
    [recording_id] = _recordings(shared_sandbox)
    transcription = client.transcriptions.create(recording_id=recording_id)
    with pytest.raises(BadRequestError, match="not ready"):
        client.summaries.create(transcription_id=transcription.transcription_id)
    _ready(client, transcription.transcription_id)
    assert type(client.summaries.create(transcription_id=transcription.transcription_id)) is SummaryCreated


def test_room_themes_take_bytes_a_file_a_path_or_the_preset_keywords(client: Whereby, tmp_path: Path) -> None:
    room = client.meetings.create(end_date=_later()).room_name
    png = b"\x89PNG\r\n\x1a\n" + b"\0" * 64
    image = tmp_path / "logo.png"
    image.write_bytes(png)
    assert client.rooms.set_colors(room, tokens_preset="default") is None
    assert client.rooms.set_logo(room, image=png) is None
    with image.open("rb") as handle:
        assert client.rooms.set_background(room, image=handle) is None
    assert client.rooms.set_knock_page_background(room, image=image) is None
    assert client.rooms.set_logo(room, theme="default") is None
    assert client.rooms.set_background(room, palette="purple", theme="mountains") is None
    with pytest.raises(TypeError, match="give one form of the body"):
        client.rooms.set_background(room, image=png, palette="grey")
    with pytest.raises(TypeError, match=r"give \(image\) or \(theme\)"):
        client.rooms.set_logo(room)
    with pytest.raises(WherebyError, match="cannot read"):
        client.rooms.set_logo(room, image=tmp_path / "missing.png")


def test_insights(client: Whereby, shared_sandbox: RunningSandbox) -> None:
    session = _session(shared_sandbox)
    rooms = list(client.insights.rooms(limit=100))
    assert session["roomName"] in {r.room_name for r in rooms}
    sessions = list(client.insights.room_sessions(room_name=session["roomName"]))
    assert [s.room_session_id for s in sessions] == [session["roomSessionId"]]
    participants = list(client.insights.participants(room_session_id=session["roomSessionId"]))
    assert len(participants) == 3
    details = client.insights.participant(
        room_session_id=session["roomSessionId"], participant_id=participants[0].participant_id
    )
    assert isinstance(details, list) and all(type(d) is ParticipantConnection for d in details)


def test_a_pager_is_lazy_caps_resumes_and_gives_pages(client: Whereby, shared_sandbox: RunningSandbox) -> None:
    prefix = f"pg{time.monotonic_ns() % 10**6}"
    made = [client.meetings.create(end_date=_later(), room_name_prefix=prefix).meeting_id for _ in range(5)]
    before = shared_sandbox.admin("GET", "stats").json()
    pager = client.meetings.list(limit=2)
    assert isinstance(pager, SyncPager)
    assert shared_sandbox.admin("GET", "stats").json() == before  # nothing is sent until iterated
    assert len(list(client.meetings.list(limit=2, max_items=3))) == 3
    pages = list(client.meetings.list(limit=2).iter_pages())
    assert all(isinstance(p, Page) for p in pages) and pages[-1].cursor is None
    assert all(len(p.results) == 2 for p in pages[:-1]) and pages[0].cursor
    every = [m.meeting_id for p in pages for m in p.results]
    assert set(made) <= set(every)
    resumed = [m.meeting_id for m in client.meetings.list(limit=2, cursor=pages[0].cursor)]
    assert resumed == every[2:]
    with pytest.raises(ValueError, match="max_items"):
        client.meetings.list(max_items=-1)


def test_raw_responses_carry_status_headers_and_parse(client: Whereby) -> None:
    raw = client.with_raw_response.meetings.create(end_date=_later())
    assert isinstance(raw, RawResponse) and raw.status_code == 201
    assert int(raw.headers["x-ratelimit-remaining"]) >= 0
    meeting = raw.parse()
    assert type(meeting) is Meeting and meeting.meeting_id.encode() in raw.content
    deleted = client.with_raw_response.meetings.delete(meeting.meeting_id)
    assert deleted.status_code == 204 and deleted.parse() is None
    page = client.with_raw_response.meetings.list(limit=1)
    assert page.status_code == 200 and isinstance(page.parse(), SyncPager)
    with pytest.raises(NotFoundError):
        client.with_raw_response.meetings.get("no-such-meeting")


def test_with_options_shares_the_budget_and_the_pool(client: Whereby) -> None:
    quick = client.with_options(timeout=5, max_retries=0)
    assert quick.budget is client.budget
    assert quick._client._pools is client._client._pools  # one connection pool
    meeting = quick.meetings.create(end_date=_later())
    assert client.meetings.get(meeting.meeting_id).meeting_id == meeting.meeting_id
    assert quick._client.settings.max_retries == 0 and client._client.settings.max_retries == 2


def test_a_per_call_timeout_applies_to_that_call(sandbox_factory: Callable[..., RunningSandbox]) -> None:
    server = sandbox_factory("--slow-rate", "1", "--slow-ms", "800", "--seed", "1")
    with Whereby(DEV_TOKEN, base_url=server.base_url, max_retries=0) as client:
        with pytest.raises(WherebyError, match="failed"):
            client.meetings.get("1", timeout=0.2)
        with pytest.raises(NotFoundError):
            client.meetings.get("1", timeout=5)


def test_extra_headers_go_out_with_that_call(http_server: RecordingServer) -> None:
    http_server.reply_with(204)
    with Whereby("k-extra", base_url=http_server.base_url) as client:
        client.meetings.delete("7", extra_headers={"X-Request-Tag": "abc"})
    [request] = http_server.requests
    assert request.headers["x-request-tag"] == "abc" and request.headers["authorization"] == "Bearer k-extra"


def test_a_2xx_that_is_not_the_model_raises_a_typed_error(http_server: RecordingServer) -> None:
    http_server.reply_with(200, b"<html>proxy</html>", "text/html")
    with Whereby("k", base_url=http_server.base_url) as client, pytest.raises(APIStatusError) as caught:
        client.meetings.get("1")
    assert type(caught.value).__name__ == "APIResponseValidationError"
    assert caught.value.content == b"<html>proxy</html>" and str(caught.value).startswith("200 GET /v1/meetings/1")


def test_the_async_twin_runs_every_kind_of_call(shared_sandbox: RunningSandbox) -> None:
    ids = _recordings(shared_sandbox, 2)

    async def run() -> None:
        async with AsyncWhereby(DEV_TOKEN, base_url=shared_sandbox.base_url, points_per_minute=100000) as client:
            made = await asyncio.gather(*(client.meetings.create(end_date=_later()) for _ in range(4)))
            assert all(type(m) is Meeting for m in made)
            pager = client.meetings.list(limit=2, max_items=3)
            assert isinstance(pager, AsyncPager)
            assert len([m async for m in pager]) == 3
            pages = [p async for p in client.meetings.list(limit=2).iter_pages()]
            assert pages[-1].cursor is None
            raw = await client.with_raw_response.meetings.get(made[0].meeting_id)
            assert raw.status_code == 200 and raw.parse().meeting_id == made[0].meeting_id
            raw_page = await client.with_raw_response.recordings.list(limit=1)
            assert raw_page.status_code == 200
            assert len([r async for r in raw_page.parse()]) >= 2
            link = await client.recordings.get_access_link(ids[0])
            assert link.access_link
            assert await client.recordings.bulk_delete(recording_ids=ids) is None
            await asyncio.gather(*(client.meetings.delete(m.meeting_id) for m in made))
            with pytest.raises(NotFoundError):
                await client.meetings.get(made[0].meeting_id)

    asyncio.run(run())


def test_a_users_http_client_is_paced_not_bypassed(shared_sandbox: RunningSandbox) -> None:
    seen: list[str] = []
    own = httpx.Client(event_hooks={"request": [lambda r: seen.append(r.url.path)]})
    client = Whereby(DEV_TOKEN, base_url=shared_sandbox.base_url, http_client=own)
    with client:
        for _ in range(2):
            client.meetings.create(end_date=_later())
    assert seen == ["/v1/meetings", "/v1/meetings"]
    assert client._client.pacer.remaining is not None
    with pytest.raises(WherebyError, match=r"needs an httpx\.AsyncClient"):
        AsyncWhereby(DEV_TOKEN, base_url=shared_sandbox.base_url, http_client=httpx.Client())


def test_a_2xx_page_that_is_not_a_page_raises_a_typed_error(http_server: RecordingServer) -> None:
    http_server.reply_with(200, b'{"results": "not a list"}', "application/json")
    with Whereby("k", base_url=http_server.base_url) as client, pytest.raises(APIStatusError) as caught:
        list(client.meetings.list())
    assert type(caught.value).__name__ == "APIResponseValidationError" and caught.value.status_code == 200
