"""The sandbox's rate limit as a client meets it over HTTP.

One budget for the organisation, shared by all its keys; each operation costs its
x-rate-limit-points; every response reports the budget; a 429 says how long to wait, spends
nothing and changes nothing.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime, timedelta
from email.utils import parsedate_to_datetime

import httpx
import pytest

from tests.sandbox.conftest import RunningSandbox
from whereby_v1._operations import POINTS

END = (datetime.now(UTC) + timedelta(days=1)).isoformat()


def _get(server: RunningSandbox, key: str, path: str = "/meetings") -> httpx.Response:
    return httpx.get(server.base_url + path, headers={"Authorization": f"Bearer {key}"}, timeout=10)


def _create(server: RunningSandbox, key: str = "k1") -> httpx.Response:
    return httpx.post(
        server.base_url + "/meetings", json={"endDate": END}, headers={"Authorization": f"Bearer {key}"}, timeout=10
    )


def test_two_keys_of_one_organisation_share_one_budget(sandbox_factory: Callable[..., RunningSandbox]) -> None:
    server = sandbox_factory("--token", "k1", "--token", "k2", "--budget", "10", "--window", "60")
    remaining = []
    for key in ["k1", "k2"] * 5:
        response = _get(server, key)
        assert response.status_code == 200
        remaining.append(int(response.headers["X-RateLimit-Remaining"]))
    assert remaining == list(range(9, -1, -1))
    assert _get(server, "k2").status_code == 429
    assert _get(server, "k1").status_code == 429


def test_each_operation_costs_its_points(sandbox_factory: Callable[..., RunningSandbox]) -> None:
    server = sandbox_factory("--token", "k1", "--budget", "100")
    created = _create(server)
    assert int(created.headers["X-RateLimit-Remaining"]) == 100 - POINTS["createMeeting"]
    meeting_id = created.json()["meetingId"]
    deleted = httpx.delete(f"{server.base_url}/meetings/{meeting_id}", headers={"Authorization": "Bearer k1"})
    assert int(deleted.headers["X-RateLimit-Remaining"]) == 100 - POINTS["createMeeting"] - POINTS["deleteMeeting"]
    assert (POINTS["createMeeting"], POINTS["deleteMeeting"], POINTS["getMeetings"]) == (3, 2, 1)


def test_headers_count_down_exactly_under_concurrent_requests(sandbox_factory: Callable[..., RunningSandbox]) -> None:
    server = sandbox_factory("--token", "k1", "--budget", "40", "--window", "60")
    with ThreadPoolExecutor(max_workers=16) as pool:
        responses = list(pool.map(lambda _: _get(server, "k1"), range(60)))
    ok = [r for r in responses if r.status_code == 200]
    throttled = [r for r in responses if r.status_code == 429]
    assert len(ok) == 40 and len(throttled) == 20
    assert sorted(int(r.headers["X-RateLimit-Remaining"]) for r in ok) == list(range(40))
    assert all(r.headers["X-RateLimit-Limit"] == "40" for r in responses)
    assert server.admin("GET", "stats").json()["acceptedPoints"] == 40


@pytest.mark.parametrize("kind", ["fixed", "sliding"])
def test_a_429_says_how_long_to_wait_and_the_budget_returns_after_it(
    kind: str, sandbox_factory: Callable[..., RunningSandbox]
) -> None:
    server = sandbox_factory("--token", "k1", "--budget", "5", "--window", "1", "--window-kind", kind)
    for _ in range(5):
        assert _get(server, "k1").status_code == 200
    refused = _get(server, "k1")
    assert refused.status_code == 429
    body = refused.json()
    assert body["error"].startswith("Rate limit active for throttle key: organization:")
    wait_ms = body["data"]["msLeft"]
    assert 0 < wait_ms <= 1000
    assert int(refused.headers["Retry-After"]) == 1  # whole seconds, rounded up
    assert refused.headers["X-RateLimit-Remaining"] == "0"
    reset = datetime.fromisoformat(refused.headers["X-RateLimit-Reset"].replace("Z", "+00:00"))
    assert abs((reset - datetime.now(UTC)).total_seconds() * 1000 - wait_ms) < 250
    time.sleep(wait_ms / 1000 + 0.05)
    assert _get(server, "k1").status_code == 200


def test_a_throttled_request_spends_nothing_and_changes_nothing(
    sandbox_factory: Callable[..., RunningSandbox],
) -> None:
    server = sandbox_factory("--token", "k1", "--budget", "4", "--window", "1")
    assert _create(server).status_code == 201  # 3 points, 1 left
    refused = _create(server)
    assert refused.status_code == 429
    stats = server.admin("GET", "stats").json()
    assert (stats["acceptedPoints"], stats["throttled"], stats["remaining"]) == (3, 1, 1)
    time.sleep(refused.json()["data"]["msLeft"] / 1000 + 0.05)
    meetings = _get(server, "k1").json()["results"]
    assert len(meetings) == 1, "the throttled create must not have made a meeting"


def test_an_unauthenticated_request_spends_nothing(sandbox_factory: Callable[..., RunningSandbox]) -> None:
    server = sandbox_factory("--token", "k1", "--budget", "10")
    assert _get(server, "wrong-key").status_code == 401
    assert httpx.get(server.base_url + "/meetings").status_code == 401
    assert server.admin("GET", "stats").json()["acceptedPoints"] == 0


def test_an_invalid_request_is_still_charged(sandbox_factory: Callable[..., RunningSandbox]) -> None:
    # The API did the work of reading and refusing it; only 401 and 429 are free.
    server = sandbox_factory("--token", "k1", "--budget", "10")
    response = _get(server, "k1", "/meetings?limit=0")
    assert response.status_code == 400
    assert response.headers["X-RateLimit-Remaining"] == "9"


@pytest.mark.parametrize("form", ["iso", "http-date", "epoch"])
def test_the_reset_header_can_take_each_documented_form(
    form: str, sandbox_factory: Callable[..., RunningSandbox]
) -> None:
    server = sandbox_factory("--token", "k1", "--budget", "10", "--window", "30", "--reset-format", form)
    value = _get(server, "k1").headers["X-RateLimit-Reset"]
    if form == "iso":
        moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
    elif form == "http-date":
        moment = parsedate_to_datetime(value)
    else:
        moment = datetime.fromtimestamp(int(value), UTC)
    assert 0 <= (moment - datetime.now(UTC)).total_seconds() <= 31
