"""When to send a request again, and after how long: one readable decision per outcome.

No I/O here. The transports ask `after_status` or `after_error` and do what the verdict says.
Only idempotent requests are resent after an ambiguous failure (the first attempt may have done
the work); a 429 is always safe to resend, because the API did not process the request.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

import httpx

from .._rate_limit import parse_reset, parse_retry_after, rate_limit_wait
from . import _constants as C

__all__ = [
    "GIVE_UP",
    "Verdict",
    "after_error",
    "after_status",
    "backoff",
    "parse_reset",
    "parse_retry_after",
    "rate_limit_wait",
    "sent_nothing",
]


@dataclass(frozen=True)
class Verdict:
    retry: bool
    wait: float
    reason: str


GIVE_UP = Verdict(False, 0.0, "")


def backoff(attempt: int, rng: random.Random | None = None) -> float:
    """Capped exponential backoff with full jitter: uniform in [0, min(cap, initial * 2**attempt)]."""
    ceiling = min(C.BACKOFF_MAX_SECONDS, C.BACKOFF_INITIAL_SECONDS * 2**attempt)
    return (rng or random).uniform(0, ceiling)


def sent_nothing(error: Exception) -> bool:
    """True when the request certainly never reached the server (safe to resend any request)."""
    return isinstance(error, httpx.ConnectError | httpx.ConnectTimeout | httpx.PoolTimeout)


def after_error(error: Exception, *, attempt: int, max_retries: int, idempotent: bool) -> Verdict:
    if not isinstance(error, httpx.TransportError) or attempt >= max_retries:
        return GIVE_UP
    if sent_nothing(error) or idempotent:
        return Verdict(True, backoff(attempt), type(error).__name__)
    return GIVE_UP


def after_status(status: int, *, attempt: int, max_retries: int, idempotent: bool) -> Verdict:
    """For non-429 statuses: 500/502/503/504 are retried for idempotent requests."""
    if status in C.RETRY_STATUSES and idempotent and attempt < max_retries:
        return Verdict(True, backoff(attempt), f"HTTP {status}")
    return GIVE_UP
