"""Retry? How long? The one decision the transport asks after every attempt (`decide`).

No I/O here, so every rule can be tested without a network:

- a transport error is retried, after a capped exponential backoff, when the request certainly
  never reached the server (connect errors and timeouts, a full pool) or is idempotent; an
  ambiguous failure of anything else is raised, since the first attempt may have done the work;
- a 429 is always safe to resend (the API did not process it): everyone sharing the budget
  pauses for as long as the server asks (plus a little jitter), unless that is longer than the
  client's cap, which raises at once;
- 500, 502, 503 and 504 are retried for idempotent requests;
- anything else is the answer.

Which requests are idempotent comes from the contract (`_operations`); for an operation newer
than the contract, from its method (`idempotent_method`).
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from typing import Literal, Protocol

import httpx

from .._rate_limit import parse_reset, parse_retry_after, rate_limit_wait
from . import _constants as C

__all__ = [
    "ANSWER",
    "Limits",
    "Verdict",
    "backoff",
    "decide",
    "idempotent_method",
    "parse_reset",
    "parse_retry_after",
    "rate_limit_wait",
    "sent_nothing",
]

IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE"})


class Limits(Protocol):
    """What the decision needs of the client's settings."""

    @property
    def max_retries(self) -> int: ...
    @property
    def max_rate_limit_retries(self) -> int: ...
    @property
    def max_rate_limit_wait(self) -> float: ...


@dataclass(frozen=True)
class Verdict:
    """`answer`: return the reply; `retry`: send again after `wait`; `pause`: a 429, everyone
    waits `wait` and the request is booked again; `raise`: an error for the caller (for a 429,
    `wait` is the wait the server asked for)."""

    action: Literal["answer", "retry", "pause", "raise"]
    wait: float = 0.0
    reason: str = ""


ANSWER = Verdict("answer")


def idempotent_method(method: str) -> bool:
    """For a request the contract does not know: may it be sent twice? By its method."""
    return method.upper() in IDEMPOTENT_METHODS


def backoff(attempt: int, rng: random.Random | None = None) -> float:
    """Capped exponential backoff with full jitter: uniform in [0, min(cap, initial * 2**attempt)]."""
    ceiling = min(C.BACKOFF_MAX_SECONDS, C.BACKOFF_INITIAL_SECONDS * 2**attempt)
    return (rng or random).uniform(0, ceiling)


def sent_nothing(error: Exception) -> bool:
    """True when the request certainly never reached the server (safe to resend any request)."""
    return isinstance(error, httpx.ConnectError | httpx.ConnectTimeout | httpx.PoolTimeout)


def decide(
    outcome: httpx.Response | Exception, *, idempotent: bool, retries: int, throttled: int, limits: Limits
) -> Verdict:
    """What to do after one attempt. `retries`: retries made so far after errors and 5xx;
    `throttled`: 429s waited out so far."""
    if isinstance(outcome, Exception):
        if not isinstance(outcome, httpx.TransportError):
            return Verdict("raise", reason=type(outcome).__name__)
        if retries < limits.max_retries and (idempotent or sent_nothing(outcome)):
            return Verdict("retry", backoff(retries), type(outcome).__name__)
        return Verdict("raise", reason=type(outcome).__name__)
    status = outcome.status_code
    if status == 429:
        wait = rate_limit_wait(outcome.headers, outcome.content)
        if wait > limits.max_rate_limit_wait:
            return Verdict("raise", wait, "HTTP 429, longer than the cap")
        if throttled < limits.max_rate_limit_retries:
            return Verdict("pause", wait + random.uniform(0, C.RATE_LIMIT_JITTER_SECONDS), "HTTP 429")
        return ANSWER
    if status in C.RETRY_STATUSES and idempotent and retries < limits.max_retries:
        return Verdict("retry", backoff(retries), f"HTTP {status}")
    return ANSWER
