"""Receive webhook events: check the `Whereby-Signature` header, then parse the body into its model.

    from whereby_v1.overlay import webhooks

    event = webhooks.construct_event(raw_body, request.headers.get("Whereby-Signature"), secret)
    if isinstance(event, RoomClientJoinedEvent): ...

The signature is `t=<unix seconds>,v1=<hex>`, where `v1` is the HMAC-SHA256 of `"<t>.<raw body>"`
keyed with the endpoint's signing secret. Verify against the raw bytes as received: a body that was
parsed and serialised again no longer matches. Several secrets may be given while one is rotated.
Every problem is a `WebhookError` subclass naming what is wrong; nothing here raises anything else
for bad input, and no message ever contains a secret or an expected signature.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import time
from collections.abc import Iterable
from typing import Any

from .._webhooks import EVENT_TYPES, FALLBACK_EVENT, SIGNATURE_HEADER, Event
from .errors import ModelValidationError, WherebyError

DEFAULT_TOLERANCE_SECONDS = 300.0
"""How far a signature's timestamp may be from now, either way, before it is refused as stale."""
_MAX_TIMESTAMP_DIGITS = 12  # unix seconds until the year 33658: anything longer is not a timestamp
_MAX_SHOWN = 60  # characters of attacker-controlled text an error message repeats

__all__ = [
    "DEFAULT_TOLERANCE_SECONDS",
    "EVENT_TYPES",
    "SIGNATURE_HEADER",
    "Event",
    "InvalidSignatureError",
    "MalformedEventError",
    "MalformedSignatureError",
    "StaleSignatureError",
    "WebhookError",
    "construct_event",
    "parse_event",
    "sign",
    "verify_signature",
]


class WebhookError(WherebyError):
    """A webhook delivery that must not be trusted or could not be read; reply 400 to it."""


class MalformedSignatureError(WebhookError):
    """The signature header is missing or not `t=<unix seconds>,v1=<hex>`."""


class InvalidSignatureError(WebhookError):
    """No `v1` signature matches the body under any of the secrets: tampered, or the wrong secret."""


class StaleSignatureError(WebhookError):
    """The signature's timestamp is further from now than the tolerance: possibly a replay."""

    def __init__(self, message: str, *, timestamp: int, age: float) -> None:
        self.timestamp = timestamp
        self.age = age
        super().__init__(message)


class MalformedEventError(WebhookError):
    """The body is not JSON, or not an event of the shape the contract gives its type."""


def _as_bytes(payload: bytes | bytearray | memoryview | str) -> bytes:
    if isinstance(payload, str):
        return payload.encode("utf-8")
    if isinstance(payload, bytes | bytearray | memoryview):
        return bytes(payload)
    raise TypeError(f"payload must be the raw body as bytes or str, not {type(payload).__name__}")


def _secrets(secret: str | bytes | Iterable[str | bytes]) -> list[bytes]:
    items = [secret] if isinstance(secret, str | bytes) else list(secret)
    keys = [s.encode("utf-8") if isinstance(s, str) else bytes(s) for s in items]
    if not keys or not all(keys):
        raise ValueError("give at least one non-empty signing secret")
    return keys


def _digest(key: bytes, timestamp: int | str, body: bytes) -> str:
    return hmac.new(key, str(timestamp).encode("ascii") + b"." + body, hashlib.sha256).hexdigest()


def sign(payload: bytes | str, secret: str | bytes, *, timestamp: int | None = None) -> str:
    """The `Whereby-Signature` value for `payload`: for tests of your own webhook endpoint."""
    t = int(time.time()) if timestamp is None else int(timestamp)
    return f"t={t},v1={_digest(_secrets(secret)[0], t, _as_bytes(payload))}"


def _parse_header(header: str | None) -> tuple[int, list[str]]:
    if header is None or not header.strip():
        raise MalformedSignatureError(f"no {SIGNATURE_HEADER} header: the delivery is not signed")
    timestamp: int | None = None
    signatures: list[str] = []
    for part in header.split(","):
        key, sep, value = part.strip().partition("=")
        if not sep:
            raise MalformedSignatureError(f"{SIGNATURE_HEADER}: {part.strip()[:_MAX_SHOWN]!r} is not key=value")
        if key == "t":
            if not (value.isascii() and value.isdigit() and len(value) <= _MAX_TIMESTAMP_DIGITS):
                raise MalformedSignatureError(f"{SIGNATURE_HEADER}: t={value[:_MAX_SHOWN]!r} is not unix seconds")
            if timestamp is not None:
                raise MalformedSignatureError(f"{SIGNATURE_HEADER} has more than one t=")
            timestamp = int(value)
        elif key == "v1":
            signatures.append(value.strip().lower())
        # Other schemes (v0, a future v2) are ignored: only v1 is defined.
    if timestamp is None:
        raise MalformedSignatureError(f"{SIGNATURE_HEADER} has no t=<unix seconds>")
    if not signatures:
        raise MalformedSignatureError(f"{SIGNATURE_HEADER} has no v1=<signature>")
    return timestamp, signatures


def verify_signature(
    payload: bytes | str,
    signature_header: str | None,
    secret: str | bytes | Iterable[str | bytes],
    *,
    tolerance: float | None = DEFAULT_TOLERANCE_SECONDS,
    now: float | None = None,
) -> None:
    """Raise a `WebhookError` unless one of the header's `v1` signatures matches under one secret.

    Args:
        payload: the request body exactly as received.
        signature_header: the `Whereby-Signature` header's value (None when absent).
        secret: the endpoint's signing secret, or several (old and new) during a rotation.
        tolerance: seconds the timestamp may differ from now; None turns the check off.
        now: the current unix time, for tests.
    """
    if tolerance is not None and not tolerance >= 0:  # also refuses NaN, which would turn the check off
        raise ValueError(f"tolerance must be a non-negative number of seconds or None, not {tolerance!r}")
    body = _as_bytes(payload)
    keys = _secrets(secret)
    timestamp, signatures = _parse_header(signature_header)
    expected = [_digest(key, timestamp, body) for key in keys]
    # Compare every candidate with every expected value, so timing says nothing about which matched.
    matched = False
    for candidate in signatures:
        for value in expected:
            matched |= hmac.compare_digest(candidate.encode("ascii", "replace"), value.encode("ascii"))
    if not matched:
        raise InvalidSignatureError(
            f"{SIGNATURE_HEADER} does not match the body under the {len(keys)} secret(s) given: "
            "the body was changed, or it was signed with another secret"
        )
    if tolerance is not None:
        age = (time.time() if now is None else now) - timestamp
        if abs(age) > tolerance:
            raise StaleSignatureError(
                f"{SIGNATURE_HEADER} timestamp t={timestamp} is {abs(age):.0f}s "
                f"{'old' if age > 0 else 'in the future'}; the tolerance is {tolerance:g}s",
                timestamp=timestamp,
                age=age,
            )


def parse_event(payload: bytes | str | dict[str, Any]) -> Event:
    """The event's model, chosen by its `type`; an unknown type gives the generic `WebhookEvent`.

    Does not check the signature: use `construct_event` on anything that came over the network.
    """
    if isinstance(payload, dict):
        data: Any = payload
    else:
        try:
            data = json.loads(_as_bytes(payload))
        except (ValueError, RecursionError) as exc:  # ValueError covers bad UTF-8, bad JSON, huge integers
            raise MalformedEventError(f"the webhook body is not JSON: {str(exc)[: _MAX_SHOWN * 2]}") from None
    if not isinstance(data, dict):
        raise MalformedEventError(f"the webhook body is a JSON {type(data).__name__}, not an object")
    kind = data.get("type")
    if not isinstance(kind, str):
        raise MalformedEventError("the webhook body has no string `type`")
    model = EVENT_TYPES.get(kind, FALLBACK_EVENT)
    shown = kind[:_MAX_SHOWN]
    try:
        return model.from_dict(data)
    except ModelValidationError as exc:
        if exc.reason == "missing":
            leaf = exc.field.rsplit(".", 1)[-1]
            at = f" (at {exc.field[: _MAX_SHOWN * 2]})" if leaf != exc.field else ""
            raise MalformedEventError(f"{shown} event: missing field {leaf[:_MAX_SHOWN]!r}{at}") from None
        raise MalformedEventError(f"{shown} event: {str(exc)[: _MAX_SHOWN * 2]}") from None
    except KeyError as exc:
        raise MalformedEventError(f"{shown} event: missing field {str(exc.args[0])[:_MAX_SHOWN]!r}") from None
    except (TypeError, ValueError, AttributeError, RecursionError) as exc:
        raise MalformedEventError(f"{shown} event: {str(exc)[: _MAX_SHOWN * 2]}") from None


def construct_event(
    payload: bytes | str,
    signature_header: str | None,
    secret: str | bytes | Iterable[str | bytes],
    *,
    tolerance: float | None = DEFAULT_TOLERANCE_SECONDS,
) -> Event:
    """Verify the signature, then parse: the one call a webhook endpoint needs."""
    verify_signature(payload, signature_header, secret, tolerance=tolerance)
    return parse_event(payload)
