"""When to send a request again, and after how long: one readable decision per outcome.

No I/O here. The transports ask `after_status` or `after_error` and do what the verdict says.
Only idempotent requests are resent after an ambiguous failure (the first attempt may have done
the work); a 429 is always safe to resend, because the API did not process the request.
"""

from __future__ import annotations

import json
import math
import random
import time
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime

import httpx

from . import _constants as C


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


def rate_limit_wait(headers: Mapping[str, str], content: bytes, now: float | None = None) -> float:
    """Seconds a 429 asks us to wait: the longest of Retry-After, X-RateLimit-Reset and data.msLeft."""
    now = time.time() if now is None else now
    waits = [
        parse_retry_after(headers.get("retry-after"), now),
        parse_reset(headers.get("x-ratelimit-reset"), now),
        _ms_left(content),
    ]
    return max([w for w in waits if w is not None], default=1.0)


def parse_retry_after(value: str | None, now: float) -> float | None:
    """Retry-After as delay-seconds or an HTTP-date."""
    if not value:
        return None
    value = value.strip()
    try:
        return max(float(value), 0.0)
    except ValueError:
        pass
    try:
        return max(parsedate_to_datetime(value).timestamp() - now, 0.0)
    except (TypeError, ValueError, IndexError):
        return None


def parse_reset(value: str | None, now: float) -> float | None:
    """X-RateLimit-Reset, whose format is not published: epoch seconds or ms, ISO-8601 or HTTP-date."""
    if not value:
        return None
    value = value.strip()
    try:
        number = float(value)
    except ValueError:
        number = math.nan
    if math.isfinite(number):
        if number > 1e11:  # epoch milliseconds
            number /= 1000
        if number > 1e8:  # an epoch timestamp, not a delay
            return max(number - now, 0.0)
        return max(number, 0.0)  # a small number is a delay in seconds
    try:
        moment = datetime.fromisoformat(value.replace("Z", "+00:00").replace("z", "+00:00"))
        if moment.tzinfo is None:
            moment = moment.replace(tzinfo=UTC)
        return max(moment.timestamp() - now, 0.0)
    except ValueError:
        pass
    return parse_retry_after(value, now)  # numbers were handled above: an HTTP-date or nothing


def _ms_left(content: bytes) -> float | None:
    try:
        body = json.loads(content)
    except ValueError:
        return None
    data = body.get("data") if isinstance(body, dict) else None
    if not isinstance(data, dict):
        return None
    for key in ("msLeft", "ms_left"):  # one third-party client reads the second spelling
        value = data.get(key)
        if isinstance(value, int | float) and not isinstance(value, bool) and value >= 0:
            return float(value) / 1000
    return None
