"""Schemas as sets of facts: what a schema accepts, made explicit so two spellings compare equal.

`_norm` turns a schema (inlined, 3.0 or 3.1 spelling) into one form: `$types`, `$nullable`,
`$variants`, merged `allOf`; 3.0's `nullable: true` and 3.1's `type: [..., "null"]` both
become `$nullable`. It never reports anything.
"""

from __future__ import annotations

from typing import Any

from .core import ALL_TYPES, DOC_KEYS, _is_cycle, _json_type


def _branch(schema: dict[str, Any]) -> dict[str, Any]:
    """A schema as one branch of a union: what it accepts, without its documentation or nullability."""
    return {k: v for k, v in schema.items() if k not in DOC_KEYS and k not in ("$nullable", "default", "deprecated")}


def _norm(raw: Any) -> dict[str, Any]:
    """A schema with its type facts made explicit: `$types` (non-null JSON types it allows),
    `$nullable`, `$variants` (the non-null branches of a real union), `allOf` merged,
    `const` as a one-value `enum`, and `anyOf: [X, {type: 'null'}]` folded into X."""
    if raw is False:
        return {"$types": frozenset(), "$nullable": False}
    if not isinstance(raw, dict) or _is_cycle(raw):
        return {"$types": ALL_TYPES, "$nullable": True}
    schema = dict(raw)
    parts = schema.pop("allOf", None)
    base = _norm_single(schema)
    if isinstance(parts, list):
        for part in parts:
            base = _conjoin(base, _norm(part))
    return base


def _as_31(raw: dict[str, Any]) -> dict[str, Any]:
    """OpenAPI 3.0 spellings in their 3.1 form, so that a revision converted from 3.0 to 3.1
    compares equal to itself: boolean `exclusiveMinimum`/`exclusiveMaximum` next to
    `minimum`/`maximum` become the numeric bound, and a schema's `example` becomes `examples`.
    (`nullable: true` is read where the type set is built.)"""
    schema = dict(raw)
    for flag, bound in (("exclusiveMinimum", "minimum"), ("exclusiveMaximum", "maximum")):
        if schema.get(flag) is True and bound in schema:
            schema[flag] = schema.pop(bound)
        elif isinstance(schema.get(flag), bool):
            del schema[flag]  # `false` (or `true` without a bound) says nothing
    if "example" in schema and "examples" not in schema:
        schema["examples"] = [schema.pop("example")]
    return schema


def _norm_single(raw: dict[str, Any]) -> dict[str, Any]:
    schema = _as_31(raw)
    nullable = schema.pop("nullable", False) is True
    variants: list[dict[str, Any]] = []
    for key in ("anyOf", "oneOf"):
        branches = schema.pop(key, None)
        if isinstance(branches, list):
            normed = [_norm(b) for b in branches]
            rest = [b for b in normed if not (b["$nullable"] and not b["$types"])]
            nullable = nullable or len(rest) < len(normed)
            variants.extend(rest)
    if len(variants) == 1:
        # `anyOf: [X, {type: 'null'}]` is X, nullable; the wrapper's own keys win.
        inner = variants[0]
        nullable = nullable or bool(inner["$nullable"])
        schema = {**{k: v for k, v in inner.items() if not k.startswith("$")}, **schema}
        types: set[str] | None = set(inner["$types"])
        variants = []
    else:
        types = None
    declared = schema.pop("type", None)
    if isinstance(declared, str):
        types = {declared}
    elif isinstance(declared, list):
        types = {str(t) for t in declared}
    if types is not None and "null" in types:
        nullable = True
        types.discard("null")
    if "const" in schema:
        schema["enum"] = [schema.pop("const")]
    if isinstance(schema.get("enum"), list):
        values = schema["enum"]
        if None in values:
            nullable = True
            schema["enum"] = [v for v in values if v is not None]
    if types is None:
        if variants:
            types = set().union(*(v["$types"] for v in variants))
            nullable = nullable or any(v["$nullable"] for v in variants)
        elif any(k in schema for k in ("properties", "required", "additionalProperties")):
            types = {"object"}
        elif "items" in schema:
            types = {"array"}
        elif isinstance(schema.get("enum"), list) and schema["enum"]:
            types = {_json_type(v) for v in schema["enum"]}
        else:
            types = set(ALL_TYPES)
            nullable = True
    schema["$types"] = frozenset(types)
    schema["$nullable"] = nullable
    if variants:
        schema["$variants"] = variants
    return schema


def _conjoin(a: dict[str, Any], b: dict[str, Any]) -> dict[str, Any]:
    """Both schemas at once (one `allOf` member at a time); `a`'s own keys win."""
    out = {**b, **a}
    at, bt = a["$types"], b["$types"]
    types = at & bt
    if "integer" in at | bt and "number" in at | bt and not types & {"integer", "number"}:
        types |= {"integer"}
    out["$types"] = frozenset(types)
    out["$nullable"] = a["$nullable"] and b["$nullable"]
    if "properties" in a or "properties" in b:
        out["properties"] = {**(b.get("properties") or {}), **(a.get("properties") or {})}
    if "required" in a or "required" in b:
        out["required"] = sorted({*(a.get("required") or []), *(b.get("required") or [])})
    return out


def _covers(wide: frozenset[str], narrow: frozenset[str]) -> bool:
    """Every value of the `narrow` types is a value of the `wide` types."""
    return all(t in wide or (t == "integer" and "number" in wide) for t in narrow)


def _types_text(types: frozenset[str]) -> str:
    if types == ALL_TYPES:
        return "any type"
    if not types:
        return "null only"
    return " or ".join(sorted(types))
