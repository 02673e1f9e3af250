"""What one revision has that the other lacks: the maintainers' view of a new Whereby revision.

`gaps(report)` picks, from a full comparison, the differences a person updating openapi.yaml
acts on: operations (and webhook events), parameters, request and response fields, enum
values and response statuses, each marked `+` (in NEW, not in OLD) or `-` (in OLD, not in NEW).
Whether a difference is breaking does not matter here; `diff` without `--report` says that.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..spec import MAX_LINE, one_line
from .core import Change, Report

# (rule pattern, kind, sign): the first pattern that matches a rule id decides.
_KINDS: tuple[tuple[re.Pattern[str], str, str], ...] = tuple(
    (re.compile(pattern), kind, sign)
    for pattern, kind, sign in (
        (r"api-(path|operation)-added|webhook-added", "operation", "+"),
        (r"api-(path|operation)-removed|webhook-removed", "operation", "-"),
        (r"new-(required|optional)-request-parameter", "parameter", "+"),
        (r"request-parameter-removed", "parameter", "-"),
        (r"new-(required|optional)-request-property|response-property-added", "field", "+"),
        (r"(request|response)-property-removed", "field", "-"),
        (r".*-enum-value-added", "enum", "+"),
        (r".*-enum-value-removed", "enum", "-"),
        (r"response-(non-)?success-status-added", "response", "+"),
        (r"response-(non-)?success-status-removed", "response", "-"),
    )
)
KINDS = ("operation", "parameter", "field", "enum", "response")


@dataclass(frozen=True)
class Gap:
    sign: str  # "+" in NEW only, "-" in OLD only
    kind: str  # one of KINDS
    where: str
    value: str | None = None  # for an enum value: the value, as JSON

    def as_dict(self) -> dict[str, str]:
        found = {"kind": self.kind, "where": self.where}
        return found if self.value is None else {**found, "value": self.value}

    def to_line(self) -> str:
        text = f"{self.sign} {self.kind:<9} {self.where}" + (f" {self.value}" if self.value is not None else "")
        return text if len(text) <= MAX_LINE else text[: MAX_LINE - 1] + "\u2026"


def _gap(change: Change) -> Gap | None:
    for pattern, kind, sign in _KINDS:
        if pattern.fullmatch(change.rule):
            return Gap(sign, kind, change.where, change.value if kind == "enum" else None)
    return None


def gaps(report: Report) -> list[Gap]:
    """The added and removed operations, parameters, fields, enum values and statuses, by kind."""
    found = [g for g in (_gap(c) for c in report.changes) if g is not None]
    return sorted(found, key=lambda g: (g.sign != "+", KINDS.index(g.kind)))


def gaps_text(found: list[Gap], old: str, new: str) -> str:
    added = sum(1 for g in found if g.sign == "+")
    head = one_line(f"{added} in {new} only (+), {len(found) - added} in {old} only (-)", MAX_LINE)
    return "\n".join([head, *(g.to_line() for g in found)]) + "\n"


def gaps_json(found: list[Gap]) -> dict[str, list[dict[str, str]]]:
    return {
        "added": [g.as_dict() for g in found if g.sign == "+"],
        "removed": [g.as_dict() for g in found if g.sign == "-"],
    }
