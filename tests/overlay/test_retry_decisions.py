"""The retry decision (`retries.decide`), with no network: which outcomes are retried, paused on,
raised or answered, and how long a 429 waits."""

from __future__ import annotations

import json
from dataclasses import dataclass
from email.utils import formatdate

import httpx
import pytest

from whereby_v1.overlay.retries import (
    backoff,
    decide,
    idempotent_method,
    parse_reset,
    parse_retry_after,
    rate_limit_wait,
)

NOW = 1_800_000_000.0
REQUEST = httpx.Request("POST", "https://api.whereby.dev/v1/meetings")


@dataclass(frozen=True)
class Limits:
    max_retries: int = 2
    max_rate_limit_retries: int = 8
    max_rate_limit_wait: float = 120.0


def action(outcome: httpx.Response | Exception, *, idempotent: bool = True, retries: int = 0, throttled: int = 0,
           limits: Limits = Limits()) -> str:  # fmt: skip
    return decide(outcome, idempotent=idempotent, retries=retries, throttled=throttled, limits=limits).action


def reply(status: int, **headers: str) -> httpx.Response:
    return httpx.Response(status, headers=headers, request=REQUEST)


@pytest.mark.parametrize(
    ("error", "idempotent", "retried"),
    [
        (httpx.ConnectError("refused", request=REQUEST), False, True),  # never reached the server
        (httpx.ConnectTimeout("slow", request=REQUEST), False, True),
        (httpx.PoolTimeout("busy", request=REQUEST), False, True),
        (httpx.ReadTimeout("no reply", request=REQUEST), False, False),  # may have been processed
        (httpx.RemoteProtocolError("dropped", request=REQUEST), False, False),
        (httpx.ReadError("reset", request=REQUEST), False, False),
        (httpx.WriteError("broken pipe", request=REQUEST), False, False),
        (httpx.ReadTimeout("no reply", request=REQUEST), True, True),
        (httpx.RemoteProtocolError("dropped", request=REQUEST), True, True),
        (ValueError("not a transport error"), True, False),
    ],
)
def test_connection_failures_are_retried_only_when_safe(error: Exception, idempotent: bool, retried: bool) -> None:
    assert action(error, idempotent=idempotent) == ("retry" if retried else "raise")


def test_retries_stop_at_the_limit() -> None:
    error = httpx.ReadError("reset", request=REQUEST)
    assert action(error, retries=1) == "retry"
    assert action(error, retries=2) == "raise"
    assert action(reply(503), retries=2) == "answer"


@pytest.mark.parametrize("status", [500, 502, 503, 504])
def test_server_errors_are_retried_for_idempotent_requests_only(status: int) -> None:
    assert action(reply(status), idempotent=True) == "retry"
    assert action(reply(status), idempotent=False) == "answer"


@pytest.mark.parametrize("status", [200, 201, 204, 400, 401, 403, 404, 501])
def test_other_statuses_are_the_answer(status: int) -> None:
    assert action(reply(status), limits=Limits(max_retries=5)) == "answer"


def test_a_429_pauses_everyone_for_the_wait_asked_for_plus_a_little_jitter_even_for_a_create() -> None:
    verdict = decide(reply(429, **{"Retry-After": "3"}), idempotent=False, retries=2, throttled=0, limits=Limits())
    assert verdict.action == "pause"  # the API did not process it: safe to send again, retries spent or not
    assert 3.0 <= verdict.wait <= 3.25


def test_a_429_asking_for_longer_than_the_cap_is_raised_with_its_wait() -> None:
    verdict = decide(reply(429, **{"Retry-After": "300"}), idempotent=True, retries=0, throttled=0, limits=Limits())
    assert (verdict.action, verdict.wait) == ("raise", 300.0)


def test_a_429_after_the_last_rate_limit_retry_is_the_answer() -> None:
    assert action(reply(429, **{"Retry-After": "1"}), throttled=7) == "pause"
    assert action(reply(429, **{"Retry-After": "1"}), throttled=8) == "answer"


@pytest.mark.parametrize(("method", "idempotent"), [("GET", True), ("put", True), ("DELETE", True), ("POST", False),
                                                     ("PATCH", False)])  # fmt: skip
def test_an_operation_the_contract_does_not_know_is_idempotent_by_its_method(method: str, idempotent: bool) -> None:
    assert idempotent_method(method) is idempotent


def test_backoff_is_capped_exponential_with_full_jitter() -> None:
    class Top:
        def uniform(self, low: float, high: float) -> float:
            return high

    assert [backoff(n, Top()) for n in range(6)] == [0.5, 1.0, 2.0, 4.0, 8.0, 8.0]  # type: ignore[arg-type]
    assert all(0 <= backoff(3) <= 4.0 for _ in range(100))


def test_retry_after_takes_seconds_or_an_http_date() -> None:
    assert parse_retry_after("7", NOW) == 7
    assert parse_retry_after(formatdate(NOW + 30, usegmt=True), NOW) == pytest.approx(30)
    assert parse_retry_after("soon", NOW) is None
    assert parse_retry_after(None, NOW) is None


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (str(int(NOW + 42)), 42),  # epoch seconds
        (str(int((NOW + 42) * 1000)), 42),  # epoch milliseconds
        ("2027-01-15T08:00:42.000Z", None),  # ISO-8601, computed below
        (formatdate(NOW + 42, usegmt=True), 42),  # HTTP-date
        ("12", 12),  # a small number is a delay
        ("never", None),
    ],
)
def test_rate_limit_reset_takes_every_plausible_form(value: str, expected: float | None) -> None:
    if value.startswith("2027"):
        from datetime import datetime

        expected = datetime.fromisoformat("2027-01-15T08:00:42+00:00").timestamp() - NOW
    result = parse_reset(value, NOW)
    assert result == (pytest.approx(expected) if expected is not None else None)


def test_a_429_waits_for_the_longest_of_its_three_signals() -> None:
    body = json.dumps({"error": "Rate limit", "data": {"msLeft": 9500}}).encode()
    headers = httpx.Headers({"Retry-After": "3", "X-RateLimit-Reset": str(int(NOW + 5))})
    assert rate_limit_wait(headers, body, NOW) == pytest.approx(9.5)
    assert rate_limit_wait(httpx.Headers({"Retry-After": "3"}), b"Too Many Requests", NOW) == 3
    assert rate_limit_wait(httpx.Headers({"X-RateLimit-Reset": str(int(NOW + 5))}), b"", NOW) == pytest.approx(5)
    snake = json.dumps({"data": {"ms_left": 2000}}).encode()
    assert rate_limit_wait(httpx.Headers(), snake, NOW) == 2
    assert rate_limit_wait(httpx.Headers(), b"", NOW) == 1.0  # no signal at all: a short default
