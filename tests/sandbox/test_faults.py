"""Each fault switch of the sandbox does what it says, by flag and through the admin API."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta

import httpx
import pytest

from tests.sandbox.conftest import DEV_TOKEN, RunningSandbox, start_sandbox

AUTH = {"Authorization": f"Bearer {DEV_TOKEN}"}
END = (datetime.now(UTC) + timedelta(days=1)).isoformat()


@pytest.fixture(scope="module")
def faults_sandbox() -> Iterator[RunningSandbox]:
    """A sandbox of this module's own: a setting wrongly accepted here slows no other test."""
    server = start_sandbox()
    yield server
    server.stop()


def _statuses(server: RunningSandbox, count: int) -> list[int | str]:
    out: list[int | str] = []
    for _ in range(count):
        try:
            out.append(httpx.get(server.base_url + "/meetings", headers=AUTH, timeout=10).status_code)
        except httpx.TransportError as exc:
            out.append(type(exc).__name__)
    return out


def test_server_errors_come_at_the_requested_share_and_spend_nothing(
    sandbox_factory: Callable[..., RunningSandbox],
) -> None:
    server = sandbox_factory("--seed", "3", "--error-rate", "0.5")
    statuses = _statuses(server, 60)
    errors = [s for s in statuses if s in (500, 502, 503)]
    assert 15 <= len(errors) <= 45
    assert set(statuses) <= {200, 500, 502, 503}
    assert server.admin("GET", "stats").json()["acceptedPoints"] == statuses.count(200)


def test_the_same_seed_gives_the_same_faults(sandbox_factory: Callable[..., RunningSandbox]) -> None:
    first = _statuses(sandbox_factory("--seed", "11", "--error-rate", "0.3"), 30)
    second = _statuses(sandbox_factory("--seed", "11", "--error-rate", "0.3"), 30)
    assert first == second and 200 in first and set(first) != {200}


def test_a_connection_dropped_before_processing_changes_nothing(
    sandbox_factory: Callable[..., RunningSandbox],
) -> None:
    server = sandbox_factory("--drop-before-rate", "1")
    with pytest.raises(httpx.RemoteProtocolError):
        httpx.post(server.base_url + "/meetings", json={"endDate": END}, headers=AUTH, timeout=10)
    server.admin("PUT", "faults", json={"drop_before_rate": 0})
    assert httpx.get(server.base_url + "/meetings", headers=AUTH).json()["results"] == []
    assert server.admin("GET", "stats").json()["acceptedPoints"] == 1


def test_a_drop_before_processing_is_a_dropped_reply_even_with_a_body_of_many_reads(
    sandbox_factory: Callable[..., RunningSandbox],
) -> None:
    # A body still unread when the connection closes turns the close into a reset (ReadError); a
    # megabyte is more than one read, so before the sandbox read the body first, this was a reset
    # every time, and on a busy machine a small body that came late was one now and then.
    server = sandbox_factory("--drop-before-rate", "1")
    for _ in range(3):
        with pytest.raises(httpx.RemoteProtocolError):
            httpx.post(
                server.base_url + "/meetings",
                json={"endDate": END, "roomNamePrefix": "x" * 1_000_000},
                headers=AUTH,
                timeout=10,
            )
    assert server.admin("GET", "stats").json()["acceptedPoints"] == 0


def test_a_connection_dropped_after_processing_has_done_the_work(
    sandbox_factory: Callable[..., RunningSandbox],
) -> None:
    # This is how duplicate writes happen: the meeting exists although the client saw no reply.
    server = sandbox_factory("--drop-after-rate", "1")
    with pytest.raises(httpx.RemoteProtocolError):
        httpx.post(server.base_url + "/meetings", json={"endDate": END}, headers=AUTH, timeout=10)
    server.admin("PUT", "faults", json={"drop_after_rate": 0})
    assert len(httpx.get(server.base_url + "/meetings", headers=AUTH).json()["results"]) == 1


def test_slow_replies_are_slow(sandbox_factory: Callable[..., RunningSandbox]) -> None:
    server = sandbox_factory()
    fast_started = time.perf_counter()
    httpx.get(server.base_url + "/meetings", headers=AUTH)
    fast = time.perf_counter() - fast_started
    server.admin("PUT", "faults", json={"slow_rate": 1, "slow_ms": 400})
    with pytest.raises(httpx.ReadTimeout):
        httpx.get(server.base_url + "/meetings", headers=AUTH, timeout=httpx.Timeout(5, read=0.1))
    assert fast < 0.4  # the delay comes from the switch, not from a slow machine


def test_a_429_storm_throttles_with_room_in_the_budget(sandbox_factory: Callable[..., RunningSandbox]) -> None:
    server = sandbox_factory("--storm-rate", "1", "--budget", "1000")
    response = httpx.get(server.base_url + "/meetings", headers=AUTH)
    assert response.status_code == 429
    assert response.json()["data"]["msLeft"] > 0 and "Retry-After" in response.headers
    assert server.admin("GET", "stats").json()["remaining"] == 1000


def test_a_proxy_style_429_is_plain_text(sandbox_factory: Callable[..., RunningSandbox]) -> None:
    server = sandbox_factory("--budget", "1", "--text-429")
    httpx.get(server.base_url + "/meetings", headers=AUTH)
    response = httpx.get(server.base_url + "/meetings", headers=AUTH)
    assert response.status_code == 429
    assert response.headers["content-type"].startswith("text/plain")
    assert 1 <= int(response.headers["Retry-After"]) <= 60
    assert response.text == "429 Too Many Requests\n"


def test_a_future_server_adds_fields_and_enum_values(sandbox_factory: Callable[..., RunningSandbox]) -> None:
    server = sandbox_factory("--future", "--processing-delay", "600")
    [recording_id] = server.admin("POST", "recordings", json={}).json()["recordingIds"]
    created = httpx.post(server.base_url + "/transcriptions", json={"recordingId": recording_id}, headers=AUTH)
    transcription = httpx.get(f"{server.base_url}/transcriptions/{created.json()['transcriptionId']}", headers=AUTH)
    body = transcription.json()
    assert body["futureField"] == {"introducedIn": "1.99.0"}
    assert body["state"] == "queued"


def test_the_admin_api_refuses_unknown_or_bad_fault_settings(sandbox_factory: Callable[..., RunningSandbox]) -> None:
    server = sandbox_factory()
    unknown = server.admin("PUT", "faults", json={"explode": True})
    assert unknown.status_code == 400 and "explode" in unknown.json()["error"]
    bad = server.admin("PUT", "faults", json={"error_rate": 2})
    assert bad.status_code == 400 and "error_rate" in bad.json()["error"]
    assert server.admin("GET", "faults").json()["error_rate"] == 0


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("slow_ms", "Infinity"),
        ("slow_ms", "-Infinity"),
        ("slow_ms", "NaN"),
        ("slow_ms", "1e400"),
        ("slow_ms", "1e20"),
        ("slow_ms", "100000000000000000000000000000"),
        ("slow_ms", "600001"),
        ("slow_ms", "-1"),
        ("slow_ms", "2.5"),
        ("slow_ms", '"400"'),
        ("slow_ms", "true"),
        ("error_rate", "NaN"),
        ("slow_rate", "Infinity"),
        ("storm_rate", "1e400"),
        ("drop_after_rate", "-0.5"),
        ("text_429", "1"),
    ],
)
def test_a_fault_setting_out_of_bounds_is_a_400_naming_it_and_changes_nothing(
    field: str, value: str, faults_sandbox: RunningSandbox
) -> None:
    before = faults_sandbox.admin("GET", "faults").json()
    # A good setting first: it must not be applied either when a later one is refused.
    body = f'{{"slow_rate": 0.5, "{field}": {value}}}'.encode()
    response = faults_sandbox.admin("PUT", "faults", content=body)
    assert response.status_code == 400, response.text
    assert response.json()["field"] == field, response.json()
    assert response.json()["error"].startswith(f"{field}: "), response.json()
    assert faults_sandbox.admin("GET", "faults").json() == before
    assert httpx.get(faults_sandbox.base_url + "/meetings", headers=AUTH, timeout=10).status_code == 200


def test_the_longest_slow_reply_is_accepted_and_whole_floats_are_milliseconds(
    sandbox_factory: Callable[..., RunningSandbox],
) -> None:
    server = sandbox_factory()
    assert server.admin("PUT", "faults", json={"slow_ms": 600_000}).json()["slow_ms"] == 600_000
    assert server.admin("PUT", "faults", json={"slow_ms": 400.0}).json()["slow_ms"] == 400


def test_a_reply_override_changes_only_the_next_success_replies_of_its_operation(
    faults_sandbox: RunningSandbox,
) -> None:
    base, admin = faults_sandbox.base_url, faults_sandbox.admin
    made = httpx.post(base + "/meetings", json={"endDate": END}, headers=AUTH).json()
    url = f"{base}/meetings/{made['meetingId']}"
    try:
        queued = admin("PUT", "replies/getMeeting", json={"merge": {"roomUrl": 42}, "times": 2})
        assert queued.status_code == 200 and queued.json() == {"getMeeting": [{"merge": {"roomUrl": 42}}] * 2}
        spent = admin("GET", "stats").json()["acceptedPoints"]
        assert httpx.get(base + "/meetings", headers=AUTH).json()["results"]  # another operation: untouched
        assert httpx.get(base + "/meetings/no-such", headers=AUTH).status_code == 404  # an error reply: untouched
        for _ in range(2):
            reply = httpx.get(url, headers=AUTH)
            assert reply.status_code == 200 and reply.json() == {**made, "roomUrl": 42}
            assert "X-RateLimit-Remaining" in reply.headers
        assert httpx.get(url, headers=AUTH).json() == made  # used up
        assert admin("GET", "stats").json()["acceptedPoints"] == spent + 5  # processed and counted as usual

        admin("PUT", "replies/getMeeting", json={"text": "<html>down</html>", "contentType": "text/html"})
        reply = httpx.get(url, headers=AUTH)
        assert (reply.status_code, reply.text) == (200, "<html>down</html>")
        assert reply.headers["content-type"].startswith("text/html")
        admin("PUT", "replies/getMeetings", json={"body": [1, 2]})
        assert httpx.get(base + "/meetings", headers=AUTH).json() == [1, 2]
        admin("PUT", "replies/getMeeting", json={"body": None})
        assert admin("GET", "replies").json() == {"getMeeting": [{"body": None}]}
        admin("POST", "reset")
        assert admin("GET", "replies").json() == {}
    finally:
        admin("DELETE", "replies")


@pytest.mark.parametrize(
    ("path", "spec", "field"),
    [
        ("replies/noSuchOperation", {"body": {}}, "operationId"),
        ("replies/getMeeting", {}, "body"),
        ("replies/getMeeting", {"body": {}, "text": "x"}, "body"),
        ("replies/getMeeting", {"merge": [1]}, "merge"),
        ("replies/getMeeting", {"text": 5}, "text"),
        ("replies/getMeeting", {"body": {}, "contentType": "text/html"}, "contentType"),
        ("replies/getMeeting", {"body": {}, "times": 0}, "times"),
        ("replies/getMeeting", {"body": {}, "times": True}, "times"),
        ("replies/getMeeting", {"body": {}, "status": 500}, "status"),
    ],
)
def test_a_reply_override_that_cannot_be_honoured_is_a_400_naming_the_field(
    faults_sandbox: RunningSandbox, path: str, spec: dict[str, object], field: str
) -> None:
    reply = faults_sandbox.admin("PUT", path, json=spec)
    assert (reply.status_code, reply.json()["field"]) == (400, field)
    assert faults_sandbox.admin("GET", "replies").json() == {}
