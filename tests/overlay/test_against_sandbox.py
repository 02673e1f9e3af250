"""The overlay against a real sandbox on loopback: it uses the budget and almost never sees a 429.

Workers are threads and asyncio tasks sharing one WherebyClient; the sandbox counts what it
accepted and what it throttled. Fault switches stand in for a flaky network.
"""

from __future__ import annotations

import asyncio
import logging
import threading
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, ClassVar

import httpx
import pytest

from tests.sandbox.conftest import RunningSandbox
from whereby_v1.api.meetings import create_meeting, get_meeting, get_meetings
from whereby_v1.models import CreateMeetingRequest
from whereby_v1.overlay import APIConnectionError, NotFoundError, WherebyClient

KEY = "overlay-test-key-5f3a9c"


def _stats(server: RunningSandbox) -> dict[str, Any]:
    return server.admin("GET", "stats").json()


def _client(server: RunningSandbox, budget: int, window: float, **kwargs: Any) -> WherebyClient:
    return WherebyClient(KEY, base_url=server.base_url, points_per_minute=budget, window=window, **kwargs)


@pytest.mark.paced
def test_sixteen_threads_stay_within_the_budget(sandbox_factory: Callable[..., RunningSandbox]) -> None:
    server = sandbox_factory("--token", KEY, "--budget", "40", "--window", "1")
    client = _client(server, 40, 1)
    statuses: list[int] = []

    def work() -> None:
        for _ in range(10):
            statuses.append(get_meetings.sync_detailed(client=client).status_code)

    threads = [threading.Thread(target=work) for _ in range(16)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    stats = _stats(server)
    assert statuses == [200] * 160
    assert stats["throttled"] == 0 and stats["acceptedPoints"] == 160


@pytest.mark.paced
def test_sixty_four_tasks_stay_within_the_budget(sandbox_factory: Callable[..., RunningSandbox]) -> None:
    # 2 s windows: the margin of an unknown (sliding) window is at most a quarter of it, and on a
    # loaded machine (the suite runs one worker per core) a reply can lag by more than 0.25 s.
    server = sandbox_factory("--token", KEY, "--budget", "40", "--window", "2", "--window-kind", "sliding")
    client = _client(server, 40, 2)

    async def run() -> list[int]:
        async with client:
            results = await asyncio.gather(*(get_meetings.asyncio_detailed(client=client) for _ in range(128)))
        return [r.status_code for r in results]

    assert asyncio.run(run()) == [200] * 128
    assert _stats(server)["throttled"] == 0


@pytest.mark.paced
def test_another_key_spending_behind_our_back_is_absorbed(sandbox_factory: Callable[..., RunningSandbox]) -> None:
    server = sandbox_factory("--token", KEY, "--token", "other-key", "--budget", "30", "--window", "1")
    client = _client(server, 30, 1)
    stop = threading.Event()
    their_throttled = 0

    def spend() -> None:
        nonlocal their_throttled
        while not stop.is_set():
            reply = httpx.get(server.base_url + "/meetings", headers={"Authorization": "Bearer other-key"})
            their_throttled += reply.status_code == 429
            stop.wait(0.1)  # about a third of the budget

    spender = threading.Thread(target=spend)
    spender.start()
    try:
        statuses = [get_meetings.sync_detailed(client=client).status_code for _ in range(60)]
    finally:
        stop.set()
        spender.join()
    assert statuses == [200] * 60  # any 429 we met was waited out
    ours_throttled = _stats(server)["throttled"] - their_throttled
    assert ours_throttled <= 3  # the headers taught us the rest


def test_a_429_from_a_proxy_is_waited_out(sandbox_factory: Callable[..., RunningSandbox]) -> None:
    server = sandbox_factory("--token", KEY, "--seed", "3", "--storm-rate", "0.5", "--text-429")
    client = _client(server, 1000, 60)
    statuses = [get_meetings.sync_detailed(client=client).status_code for _ in range(8)]
    assert statuses == [200] * 8
    assert _stats(server)["throttled"] >= 1


def test_server_errors_on_reads_are_retried_until_they_pass(sandbox_factory: Callable[..., RunningSandbox]) -> None:
    server = sandbox_factory("--token", KEY, "--seed", "2", "--error-rate", "0.3")
    client = _client(server, 1000, 60, max_retries=6)
    client._sync_sleep = lambda seconds: None  # backoffs are instant; the logic is not
    assert all(get_meetings.sync_detailed(client=client).status_code == 200 for _ in range(20))


def test_a_create_whose_reply_is_lost_is_not_sent_twice(sandbox_factory: Callable[..., RunningSandbox]) -> None:
    server = sandbox_factory("--token", KEY, "--drop-after-rate", "1")
    client = _client(server, 1000, 60)
    body = CreateMeetingRequest(end_date=datetime.now(UTC) + timedelta(hours=1))
    with pytest.raises(APIConnectionError) as caught:
        create_meeting.sync_detailed(client=client, body=body)
    assert caught.value.may_have_run
    server.admin("PUT", "faults", json={"drop_after_rate": 0})
    meetings = get_meetings.sync(client=client)
    assert meetings is not None and len(meetings.results) == 1  # processed once, not duplicated


def test_a_dropped_read_is_retried(sandbox_factory: Callable[..., RunningSandbox]) -> None:
    server = sandbox_factory("--token", KEY, "--seed", "4", "--drop-after-rate", "0.5")
    client = _client(server, 1000, 60, max_retries=8)
    client._sync_sleep = lambda seconds: None
    assert all(get_meetings.sync_detailed(client=client).status_code == 200 for _ in range(10))


def test_the_key_appears_in_no_log_line_repr_or_error(
    sandbox_factory: Callable[..., RunningSandbox], caplog: pytest.LogCaptureFixture
) -> None:
    server = sandbox_factory(
        "--token", KEY, "--budget", "3", "--window", "1", "--seed", "1", "--error-rate", "0.3", "--storm-rate", "0.5"
    )
    client = _client(server, 50, 1, raise_errors=True)
    texts: list[str] = [repr(client)]
    with caplog.at_level(logging.DEBUG, logger="whereby_v1"):
        for meeting_id in map(str, range(1, 11)):
            try:
                get_meeting.sync_detailed(meeting_id, client=client)
            except NotFoundError as error:
                texts += [str(error), repr(error), repr(vars(error)), repr(error.body)]
    texts += [record.getMessage() for record in caplog.records]
    assert any("429" in t for t in texts) and any("waiting" in t or "retrying" in t for t in texts)
    assert not [t for t in texts if KEY in t]


class _Redirector(BaseHTTPRequestHandler):
    target = ""

    def do_GET(self) -> None:
        self.send_response(302)
        self.send_header("Location", self.target + self.path)
        self.end_headers()

    def log_message(self, *args: Any) -> None:
        pass


class _Recorder(BaseHTTPRequestHandler):
    seen: ClassVar[list[dict[str, str]]] = []

    def do_GET(self) -> None:
        type(self).seen.append(dict(self.headers))
        body = b'{"results": [], "cursor": null}'
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: Any) -> None:
        pass


@pytest.fixture()
def two_origins() -> Iterator[tuple[str, list[dict[str, str]]]]:
    recorder = ThreadingHTTPServer(("127.0.0.1", 0), _Recorder)
    redirector = ThreadingHTTPServer(("127.0.0.1", 0), _Redirector)
    _Redirector.target = f"http://127.0.0.1:{recorder.server_address[1]}"
    _Recorder.seen = []
    threads = [threading.Thread(target=s.serve_forever, daemon=True) for s in (recorder, redirector)]
    for t in threads:
        t.start()
    yield f"http://127.0.0.1:{redirector.server_address[1]}/v1", _Recorder.seen
    for s in (recorder, redirector):
        s.shutdown()
        s.server_close()


def test_the_key_is_not_sent_to_another_origin_on_a_redirect(two_origins: tuple[str, list[dict[str, str]]]) -> None:
    base_url, seen = two_origins
    client = WherebyClient(KEY, base_url=base_url, follow_redirects=True)
    assert get_meetings.sync_detailed(client=client).status_code == 200
    assert len(seen) == 1
    assert "Authorization" not in seen[0] and KEY not in repr(seen[0])


@pytest.mark.paced
@pytest.mark.parametrize("kind", ["sqlite", "redis"])
def test_four_processes_sharing_a_store_stay_within_the_budget(
    kind: str, tmp_path: Any, sandbox_factory: Callable[..., RunningSandbox]
) -> None:
    import contextlib
    import multiprocessing

    from tests.overlay.redis_server import RedisServer
    from tests.overlay.workers import read_meetings

    with contextlib.ExitStack() as stack:
        if kind == "sqlite":
            target = str(tmp_path / "budget.sqlite3")
        else:
            target = stack.enter_context(RedisServer()).url
        # 2 s windows: on a loaded machine (the suite runs in two workers) a reply can lag its
        # slot by more than the quarter of a 1 s window that the margin allows.
        server = sandbox_factory("--token", KEY, "--budget", "30", "--window", "2")
        context = multiprocessing.get_context("spawn")
        with context.Pool(4) as pool:
            results = pool.starmap(read_meetings, [(server.base_url, KEY, 30, 2.0, kind, target, 20)] * 4)
    assert [s for r in results for s in r] == [200] * 80
    stats = _stats(server)
    assert stats["throttled"] == 0 and stats["acceptedPoints"] == 80
