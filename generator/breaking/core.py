"""The model every rule shares: categories, `Change`, `Report`, and `Differ`, the collector.

A rule module (paths, parameters, bodies, responses, security, webhooks, schemas) is a set of
functions that take a `Differ` and the two sides, and call `d.add(...)` for each difference.
This module knows no rule area and never reads a file.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

from ..spec import MAX_LINE, one_line

# The API's own breaking categories, exactly as its versioning promise names them.
ENDPOINT_REMOVED = "endpoint-removed"
RESPONSE_DATA_REMOVED = "response-data-removed"
FORMAT_CHANGED = "format-changed"
AUTH_CHANGED = "auth-changed"
BREAKING_CATEGORIES = (ENDPOINT_REMOVED, RESPONSE_DATA_REMOVED, FORMAT_CHANGED, AUTH_CHANGED)

# Non-breaking categories; the first three (and unclassified) call for a minor release.
ADDITION = "addition"
RELAXATION = "relaxation"
DEPRECATION = "deprecation"
REFINEMENT = "refinement"
DOCUMENTATION = "documentation"
UNCLASSIFIED = "unclassified"
NON_BREAKING_CATEGORIES = (ADDITION, RELAXATION, DEPRECATION, REFINEMENT, DOCUMENTATION, UNCLASSIFIED)
MINOR_CATEGORIES = frozenset({ADDITION, RELAXATION, DEPRECATION, UNCLASSIFIED})

Direction = Literal["request", "response"]
Level = Literal["major", "minor", "patch", "none"]

DOC_KEYS = ("summary", "description", "title", "example", "examples", "externalDocs", "$comment")
ALL_TYPES = frozenset({"string", "number", "integer", "boolean", "object", "array"})
# Upper and lower bounds, with the word a rule id uses for each.
UPPER_BOUNDS = {
    "maxLength": "max-length",
    "maximum": "max",
    "exclusiveMaximum": "exclusive-max",
    "maxItems": "max-items",
    "maxProperties": "max-properties",
}
LOWER_BOUNDS = {
    "minLength": "min-length",
    "minimum": "min",
    "exclusiveMinimum": "exclusive-min",
    "minItems": "min-items",
    "minProperties": "min-properties",
}
SCHEMA_KEYS = frozenset(
    {
        "$types",
        "$nullable",
        "$variants",
        "$ref",
        "$cycle",
        "format",
        "enum",
        "properties",
        "required",
        "items",
        "additionalProperties",
        "default",
        "readOnly",
        "writeOnly",
        "deprecated",
        "pattern",
        "multipleOf",
        "uniqueItems",
        *UPPER_BOUNDS,
        *LOWER_BOUNDS,
        *DOC_KEYS,
    }
)
_CYCLE = "$cycle"
_PLACEHOLDER = re.compile(r"\{([^}/]+)\}")


@dataclass(frozen=True)
class Change:
    """One classified difference. `where` names the operation and the place inside it."""

    rule: str
    category: str
    where: str
    message: str
    value: str | None = field(default=None, compare=False)  # the enum value a `*-enum-value-*` rule is about

    @property
    def breaking(self) -> bool:
        return self.category in BREAKING_CATEGORIES

    def as_dict(self) -> dict[str, str]:
        return {"rule": self.rule, "category": self.category, "where": self.where, "message": self.message}


@dataclass(frozen=True)
class Report:
    breaking: tuple[Change, ...]
    non_breaking: tuple[Change, ...]

    @property
    def changes(self) -> tuple[Change, ...]:
        return self.breaking + self.non_breaking

    @property
    def level(self) -> Level:
        """The smallest semver bump these changes allow."""
        if self.breaking:
            return "major"
        if any(c.category in MINOR_CATEGORIES for c in self.non_breaking):
            return "minor"
        return "patch" if self.non_breaking else "none"

    def as_json(self) -> dict[str, list[dict[str, str]]]:
        return {
            "breaking": [c.as_dict() for c in self.breaking],
            "non_breaking": [c.as_dict() for c in self.non_breaking],
        }

    def to_text(self) -> str:
        lines = [f"{len(self.breaking)} breaking, {len(self.non_breaking)} non-breaking change(s)"]
        for title, items in (("breaking", self.breaking), ("non-breaking", self.non_breaking)):
            if items:
                lines.append(f"{title}:")
                for c in items:
                    lines.append("  " + one_line(f"[{c.category}] {c.rule}: {c.where}", MAX_LINE - 2))
                    lines.append("      " + one_line(c.message, MAX_LINE - 6))
        return "\n".join(lines) + "\n"


# --------------------------------------------------------------------------- the collector


class Differ:
    """The two inlined revisions being compared and the changes found so far."""

    def __init__(self, old: dict[str, Any], new: dict[str, Any]) -> None:
        self.old = old
        self.new = new
        self.changes: list[Change] = []
        self.renamed_schemes: dict[str, str] = {}

    def add(self, rule: str, category: str, where: str, message: str, *, value: str | None = None) -> None:
        self.changes.append(Change(rule, category, one_line(where), one_line(message), value))

    def docs(self, old: Mapping[str, Any], new: Mapping[str, Any], where: str) -> None:
        for key in DOC_KEYS:
            if old.get(key) != new.get(key):
                self.add(f"{_kebab(key)}-changed", DOCUMENTATION, where, f"the {key} changed")

    def leftovers(self, old: Mapping[str, Any], new: Mapping[str, Any], handled: Iterable[str], where: str) -> None:
        """Keys no rule looks at: extensions, documentation, and keywords this module does not model."""
        skip = {*handled, *DOC_KEYS}
        for key in sorted({*old, *new} - skip):
            if old.get(key) == new.get(key):
                continue
            if key == "x-rate-limit-points":
                self.add(
                    "rate-limit-points-changed",
                    REFINEMENT,
                    where,
                    f"the operation's point cost changed from {_show(old.get(key))} to {_show(new.get(key))}",
                )
            elif key.startswith("x-"):
                self.add("extension-changed", REFINEMENT, where, f"the extension {key} changed")
            else:
                self.add(
                    "unclassified-change",
                    UNCLASSIFIED,
                    where,
                    f"{key} changed; no rule classifies it, so review it by hand",
                )
        self.docs(old, new, where)


# --------------------------------------------------------------------------- helpers every area uses


def _is_cycle(node: Any) -> bool:
    return isinstance(node, dict) and bool(node.get(_CYCLE))


def _json_type(value: Any) -> str:
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "number"
    if isinstance(value, str):
        return "string"
    if isinstance(value, list):
        return "array"
    return "object"


def _canon(value: Any) -> str:
    return json.dumps(value, sort_keys=True, default=lambda v: sorted(v) if isinstance(v, frozenset | set) else str(v))


def _join(sub: str, name: str) -> str:
    return f"{sub}.{name}" if sub else name


_NAMED_ROOTS = ("request-parameter", "response-header")


def _at(base: str, sub: str, root: str) -> str:
    """`where` for a place inside a schema: `base field.path`, or `base[]` right after a
    parameter's or header's name."""
    if not sub:
        return base
    if sub[0] in "[{(" and root in _NAMED_ROOTS:
        return base + sub
    return f"{base} {sub}"


def _what(sub: str, root: str, label: str) -> str:
    """How a message names the place: the field path, or the parameter, header or body itself."""
    name = label or root.replace("-", " ")
    if not sub:
        return name
    if sub[0] in "[{(":
        return f"{name}{sub}" if root in _NAMED_ROOTS else f"{name} {sub}"
    return sub


def _kebab(key: str) -> str:
    return re.sub(r"(?<!^)(?=[A-Z])", "-", key.lstrip("$")).lower()


def _number(value: Any) -> float | None:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    return float(value)


def _show(value: Any) -> str:
    """A value as a message quotes it: JSON, cut short (an enum list or a default may be long)."""
    return "none" if value is None else one_line(json.dumps(value, default=str), 120)


def _flag(node: Any, key: str) -> bool:
    return isinstance(node, dict) and node.get(key) is True


def _dict(value: Any) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


def _list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else []
