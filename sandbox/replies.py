"""Reply overrides: the next success replies of one operation, changed on purpose.

A test asks, through `PUT /_sandbox/replies/{operationId}`, that the next success reply (or the
next `times`) of an operation carry a body that does not fit the contract: fields merged into
the real reply (`merge`, e.g. a number where a string is declared), a whole other JSON body
(`body`), or a body that is not JSON at all (`text`, with its `contentType`). The request is
still processed as usual: points are spent and state changes; only what the client reads differs.
This is how a client's tolerant reader is tested over real HTTP. Overrides never outlive a reset.
"""

from __future__ import annotations

import json
from collections import deque
from dataclasses import dataclass
from typing import Any

from .contract import RequestInvalid

TIMES = range(1, 1000 + 1)
_FORMS = ("merge", "body", "text")


@dataclass(frozen=True)
class Override:
    form: str  # "merge", "body" or "text"
    value: Any
    content_type: str

    def as_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {self.form: self.value}
        if self.form == "text":
            out["contentType"] = self.content_type
        return out

    def apply(self, payload: Any) -> tuple[bytes, str]:
        """The reply's body and media type in place of `payload` (the handler's JSON reply)."""
        if self.form == "text":
            return str(self.value).encode(), self.content_type
        body = self.value if self.form == "body" else _merged(payload, self.value)
        return json.dumps(body).encode(), "application/json"


def _merged(payload: Any, changes: dict[str, Any]) -> Any:
    if isinstance(payload, dict):
        return {**payload, **changes}
    return payload  # a bare array: `merge` has nothing to merge into; `body` replaces it


class Replies:
    """The overrides waiting, per operationId, each for the next success reply of it."""

    def __init__(self) -> None:
        self._waiting: dict[str, deque[Override]] = {}

    def clear(self) -> None:
        self._waiting.clear()

    def add(self, operation_id: str, spec: dict[str, Any]) -> None:
        """Queue `spec` for `operation_id`; RequestInvalid names the first thing refused."""
        given = [form for form in _FORMS if form in spec]
        if len(given) != 1:
            raise RequestInvalid("body", "give exactly one of merge (an object), body (any JSON) or text (a string)")
        unknown = sorted(set(spec) - {*_FORMS, "contentType", "times"})
        if unknown:
            raise RequestInvalid(
                unknown[0], "is not a reply override setting; known: body, contentType, merge, text, times"
            )
        form = given[0]
        value = spec[form]
        if form == "merge" and not isinstance(value, dict):
            raise RequestInvalid("merge", "must be a JSON object of the fields to change")
        if form == "text" and not isinstance(value, str):
            raise RequestInvalid("text", "must be a string")
        content_type = spec.get("contentType", "text/plain")
        if not isinstance(content_type, str) or not content_type or (form != "text" and "contentType" in spec):
            raise RequestInvalid("contentType", "must be a media type, and only goes with text")
        times = spec.get("times", 1)
        if isinstance(times, bool) or not isinstance(times, int) or times not in TIMES:
            raise RequestInvalid("times", f"must be a whole number from {TIMES.start} to {TIMES.stop - 1}")
        self._waiting.setdefault(operation_id, deque()).extend([Override(form, value, content_type)] * times)

    def take(self, operation_id: str) -> Override | None:
        """The override for this reply of `operation_id`, used up; None when there is none."""
        waiting = self._waiting.get(operation_id)
        if not waiting:
            return None
        override = waiting.popleft()
        if not waiting:
            del self._waiting[operation_id]
        return override

    def as_dict(self) -> dict[str, list[dict[str, Any]]]:
        return {op: [o.as_dict() for o in waiting] for op, waiting in sorted(self._waiting.items())}
