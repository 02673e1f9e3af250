"""Every exception of the package crosses a process boundary whole: type, message and attributes.

Raised in a `multiprocessing` or `ProcessPoolExecutor` worker, an exception is pickled back to the
parent; one that cannot be rebuilt hangs `map_async().get()` or breaks the pool.
"""

from __future__ import annotations

import pickle
from concurrent.futures import ProcessPoolExecutor
from typing import Any

import httpx
import pytest

from whereby_v1 import errors
from whereby_v1.overlay import webhooks


def _examples() -> list[errors.WherebyError]:
    reply = httpx.Response(
        404,
        json={"error": "no meeting 'x'"},
        headers={"X-RateLimit-Remaining": "9"},
        request=httpx.Request("GET", "https://api.whereby.dev/v1/meetings/x"),
    )
    made: list[errors.WherebyError] = [
        errors.status_error(reply, reply.request, "GET /v1/meetings/x"),
        errors.RateLimitedError(
            "429 GET /v1/meetings", retry_after=3.5, status=429, headers={}, content=b"{}", method="GET", url="u"
        ),
        errors.APIConnectionError("GET /v1/meetings failed: ConnectError", method="GET", url="u", may_have_run=False),
        errors.APITimeoutError("POST /v1/meetings failed: ReadTimeout", method="POST", url="u", may_have_run=True),
        errors.ConfigurationError("no API key"),
        errors.UnexpectedStatus(418, b"teapot"),
        errors.APIResponseValidationError(
            "200 GET /v1/meetings/1: ...", status=200, headers={}, content=b"<html>", method="GET", url="u"
        ),
        errors.response_validation_error(
            httpx.Response(200, content=b'{"roomUrl": 4}', request=reply.request),
            "getMeeting",
            errors.wrong_type("Meeting", "roomUrl", "a string", 4),
        ),
        errors.ModelValidationError("Meeting", "dialIn.code", "expected a string, got an integer (1)"),
    ]
    for kind in vars(webhooks).values():
        if isinstance(kind, type) and issubclass(kind, webhooks.WebhookError) and kind is not webhooks.WebhookError:
            if kind is webhooks.StaleSignatureError:
                made.append(kind("the signature is 400s old", timestamp=1700000000, age=400.0))
            else:
                made.append(kind("bad signature"))
    return made


def _same(a: BaseException, b: BaseException) -> bool:
    return type(a) is type(b) and str(a) == str(b) and a.__dict__ == b.__dict__


@pytest.mark.parametrize("error", _examples(), ids=lambda e: type(e).__name__)
def test_each_exception_round_trips_through_pickle_with_its_attributes(error: errors.WherebyError) -> None:
    error.add_note("while listing meetings")
    again = pickle.loads(pickle.dumps(error))
    assert _same(error, again), (error.__dict__, again.__dict__)


def _raise(index: int) -> Any:
    raise _examples()[index]


def test_an_exception_raised_in_a_process_pool_worker_reaches_the_parent_whole() -> None:
    expected = _examples()
    with ProcessPoolExecutor(2) as pool:
        futures = [pool.submit(_raise, i) for i in range(len(expected))]
        for want, future in zip(expected, futures, strict=True):
            got = future.exception(timeout=60)
            assert got is not None and _same(want, got)
