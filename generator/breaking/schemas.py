"""Schema rules: types, nullability, formats, enums, constraints, fields and variants, with request or response semantics."""

from __future__ import annotations

from typing import Any

from .core import (
    ADDITION,
    DEPRECATION,
    FORMAT_CHANGED,
    LOWER_BOUNDS,
    REFINEMENT,
    RELAXATION,
    RESPONSE_DATA_REMOVED,
    SCHEMA_KEYS,
    UPPER_BOUNDS,
    Differ,
    Direction,
    _at,
    _canon,
    _dict,
    _flag,
    _is_cycle,
    _join,
    _list,
    _number,
    _show,
    _what,
)
from .schema_model import _branch, _covers, _norm, _types_text


def schema(
    d: Differ, old_raw: Any, new_raw: Any, direction: Direction, base: str, sub: str, root: str, label: str = ""
) -> None:
    """Compare two schemas with request or response semantics.

    `root` is the rule prefix at the top (`request-body`, `request-parameter`,
    `response-body`, `response-header`); below it, `request-property` / `response-property`.
    """
    if old_raw is None and new_raw is None:
        return
    if _is_cycle(old_raw) or _is_cycle(new_raw):
        return  # compared already, one level out
    o, n = _norm(old_raw), _norm(new_raw)
    where = _at(base, sub, root)
    subject = f"{direction}-property" if sub else root
    request = direction == "request"
    what = _what(sub, root, label)

    ot, nt = o["$types"], n["$types"]
    if ot != nt:
        message = f"{what}: type changed from {_types_text(ot)} to {_types_text(nt)}"
        if request and _covers(nt, ot):
            d.add(f"{subject}-type-generalized", RELAXATION, where, message)
        elif not request and _covers(ot, nt):
            d.add(f"{subject}-type-specialized", REFINEMENT, where, message)
        else:
            d.add(f"{subject}-type-changed", FORMAT_CHANGED, where, message)
    if o["$nullable"] != n["$nullable"]:
        if n["$nullable"]:
            category = RELAXATION if request else RESPONSE_DATA_REMOVED
            d.add(f"{subject}-became-nullable", category, where, f"{what} may now be null")
        else:
            category = FORMAT_CHANGED if request else REFINEMENT
            d.add(f"{subject}-became-not-nullable", category, where, f"{what} may no longer be null")
    if o.get("format") != n.get("format"):
        d.add(
            f"{subject}-format-changed",
            FORMAT_CHANGED,
            where,
            f"{what}: format changed from {_show(o.get('format'))} to {_show(n.get('format'))}",
        )
    enum(d, o, n, request, where, subject, what)
    constraints(d, o, n, request, where, subject, what)
    if ("default" in o or "default" in n) and o.get("default") != n.get("default"):
        d.add(
            f"{subject}-default-value-changed",
            REFINEMENT,
            where,
            f"{what}: default changed from {_show(o.get('default'))} to {_show(n.get('default'))}",
        )
    if _flag(o, "deprecated") != _flag(n, "deprecated"):
        if _flag(n, "deprecated"):
            d.add(f"{subject}-deprecated", DEPRECATION, where, f"{what} is deprecated")
        else:
            d.add(f"{subject}-reactivated", REFINEMENT, where, f"{what} is no longer deprecated")
    if "object" in ot and "object" in nt:
        properties(d, o, n, direction, base, sub, root, label)
        additional_properties(d, o, n, direction, base, sub, root, label)
    if "array" in ot and "array" in nt:
        schema(d, o.get("items"), n.get("items"), direction, base, f"{sub}[]", root, label)
    variants(d, o, n, direction, base, sub, root, label)
    handled = {*SCHEMA_KEYS, "readOnly", "writeOnly"}
    d.leftovers(o, n, handled, where)


def enum(d: Differ, o: dict[str, Any], n: dict[str, Any], request: bool, where: str, subject: str, what: str) -> None:
    old_enum, new_enum = o.get("enum"), n.get("enum")
    if not isinstance(old_enum, list) and not isinstance(new_enum, list):
        return
    if not isinstance(old_enum, list):
        category = FORMAT_CHANGED if request else REFINEMENT
        d.add(f"{subject}-enum-set", category, where, f"{what} is now limited to {_show(new_enum)}")
        return
    if not isinstance(new_enum, list):
        category = RELAXATION if request else REFINEMENT
        d.add(f"{subject}-enum-unset", category, where, f"{what} is no longer limited to listed values")
        return
    old_values = {_canon(v): v for v in old_enum}
    new_values = {_canon(v): v for v in new_enum}
    for key, value in old_values.items():
        if key not in new_values:
            category = FORMAT_CHANGED if request else REFINEMENT
            d.add(
                f"{subject}-enum-value-removed",
                category,
                where,
                f"{what}: the value {_show(value)} was removed",
                value=_show(value),
            )
    for key, value in new_values.items():
        if key not in old_values:
            d.add(
                f"{subject}-enum-value-added",
                ADDITION,
                where,
                f"{what}: the value {_show(value)} was added",
                value=_show(value),
            )


def constraints(
    d: Differ, o: dict[str, Any], n: dict[str, Any], request: bool, where: str, subject: str, what: str
) -> None:
    """Bounds, pattern, multipleOf, uniqueItems: tighter is breaking in a request only.

    A response constraint is documentation for a tolerant reader (the client never
    validates responses against it), so its changes are refinements.
    """

    def report(rule: str, tighter: bool, message: str) -> None:
        if request:
            d.add(f"{subject}-{rule}", FORMAT_CHANGED if tighter else RELAXATION, where, f"{what}: {message}")
        else:
            d.add(f"{subject}-{rule}", REFINEMENT, where, f"{what}: {message}")

    for bounds, upper in ((UPPER_BOUNDS, True), (LOWER_BOUNDS, False)):
        for key, word in bounds.items():
            before, after = o.get(key), n.get(key)
            if before == after:
                continue
            b, a = _number(before), _number(after)
            change = f"{key} changed from {_show(before)} to {_show(after)}"
            if b is None and a is None:
                report(f"{word}-changed", True, change)
            elif b is None:
                report(f"{word}-set", True, change)
            elif a is None:
                report(f"{word}-unset", False, change)
            elif (a < b) == upper:
                report(f"{word}-{'decreased' if upper else 'increased'}", True, change)
            else:
                report(f"{word}-{'increased' if upper else 'decreased'}", False, change)
    if o.get("pattern") != n.get("pattern"):
        change = f"pattern changed from {_show(o.get('pattern'))} to {_show(n.get('pattern'))}"
        if o.get("pattern") is None:
            report("pattern-added", True, change)
        elif n.get("pattern") is None:
            report("pattern-removed", False, change)
        else:
            report("pattern-changed", True, change)
    if o.get("multipleOf") != n.get("multipleOf"):
        b, a = _number(o.get("multipleOf")), _number(n.get("multipleOf"))
        change = f"multipleOf changed from {_show(o.get('multipleOf'))} to {_show(n.get('multipleOf'))}"
        if a is None:
            report("multiple-of-unset", False, change)
        elif b is None:
            report("multiple-of-set", True, change)
        else:
            report("multiple-of-changed", (b / a) % 1 != 0, change)
    if _flag(o, "uniqueItems") != _flag(n, "uniqueItems"):
        if _flag(n, "uniqueItems"):
            report("unique-items-set", True, "items must now be unique")
        else:
            report("unique-items-unset", False, "items no longer need to be unique")


def properties(
    d: Differ, o: dict[str, Any], n: dict[str, Any], direction: Direction, base: str, sub: str, root: str, label: str
) -> None:
    request = direction == "request"
    old_props, new_props = _dict(o.get("properties")), _dict(n.get("properties"))
    old_required, new_required = set(_list(o.get("required"))), set(_list(n.get("required")))
    # A readOnly property never travels in a request, a writeOnly one never in a response.
    hidden = "readOnly" if request else "writeOnly"
    for name, old_schema in old_props.items():
        path = _join(sub, name)
        where = _at(base, path, root)
        kind = "required" if name in old_required else "optional"
        if _flag(old_schema, hidden):
            continue  # not part of this direction; a newly visible one is reported as added below
        if name not in new_props:
            if request:
                d.add(
                    "request-property-removed",
                    FORMAT_CHANGED,
                    where,
                    f"the {kind} request field {path} was removed",
                )
            else:
                d.add(
                    "response-property-removed",
                    RESPONSE_DATA_REMOVED,
                    where,
                    f"the {kind} response field {path} was removed",
                )
            continue
        new_schema = new_props[name]
        if _flag(new_schema, hidden):
            if request:
                d.add(
                    "request-property-became-read-only",
                    FORMAT_CHANGED,
                    where,
                    f"the request field {path} became read-only and can no longer be sent",
                )
            else:
                d.add(
                    "response-property-became-write-only",
                    RESPONSE_DATA_REMOVED,
                    where,
                    f"the response field {path} became write-only and is no longer returned",
                )
            continue
        was, now = name in old_required, name in new_required
        if request and not was and now:
            d.add(
                "request-property-became-required",
                FORMAT_CHANGED,
                where,
                f"the request field {path} became required",
            )
        elif request and was and not now:
            d.add("request-property-became-optional", RELAXATION, where, f"the request field {path} became optional")
        elif not request and was and not now:
            d.add(
                "response-property-became-optional",
                RESPONSE_DATA_REMOVED,
                where,
                f"the response field {path} may now be missing",
            )
        elif not request and not was and now:
            d.add(
                "response-property-became-required",
                REFINEMENT,
                where,
                f"the response field {path} is now always present",
            )
        schema(d, old_schema, new_schema, direction, base, path, root, label)
    for name, new_schema in new_props.items():
        if _flag(new_schema, hidden):
            continue
        if name in old_props and not _flag(old_props[name], hidden):
            continue
        path = _join(sub, name)
        where = _at(base, path, root)
        if not request:
            d.add("response-property-added", ADDITION, where, f"the response field {path} was added")
        elif name in new_required:
            d.add(
                "new-required-request-property",
                FORMAT_CHANGED,
                where,
                f"the required request field {path} was added",
            )
        else:
            d.add("new-optional-request-property", ADDITION, where, f"the optional request field {path} was added")


def additional_properties(
    d: Differ, o: dict[str, Any], n: dict[str, Any], direction: Direction, base: str, sub: str, root: str, label: str
) -> None:
    before, after = o.get("additionalProperties", True), n.get("additionalProperties", True)
    if isinstance(before, dict) and isinstance(after, dict):
        schema(d, before, after, direction, base, f"{sub}{{}}", root, label)
        return
    closed_before, closed_after = before is False, after is False
    if closed_before == closed_after:
        return
    where = _at(base, sub, root)
    subject = f"{direction}-property" if sub else root
    if closed_after:
        category = FORMAT_CHANGED if direction == "request" else REFINEMENT
        d.add(
            f"{subject}-additional-properties-disallowed",
            category,
            where,
            "fields other than the listed ones are no longer allowed",
        )
    else:
        category = RELAXATION if direction == "request" else ADDITION
        d.add(
            f"{subject}-additional-properties-allowed",
            category,
            where,
            "fields other than the listed ones are now allowed",
        )


def variants(
    d: Differ, o: dict[str, Any], n: dict[str, Any], direction: Direction, base: str, sub: str, root: str, label: str
) -> None:
    """`anyOf`/`oneOf` branches: matched by equality, then in order.

    When only one side is a union, the other side counts as a union of itself: its
    differences were compared one level up, so only added or removed branches are reported.
    """
    old_v, new_v = list(_list(o.get("$variants"))), list(_list(n.get("$variants")))
    if not old_v and not new_v:
        return
    both = bool(old_v and new_v)
    if not both:
        old_v = [_branch(v) for v in old_v or [o]]
        new_v = [_branch(v) for v in new_v or [n]]
    unmatched_new = list(new_v)
    unmatched_old = []
    for branch in old_v:
        key = _canon(branch)
        twin = next((b for b in unmatched_new if _canon(b) == key), None)
        if twin is None:
            unmatched_old.append(branch)
        else:
            unmatched_new.remove(twin)
    for a, b in zip(unmatched_old, unmatched_new, strict=False):
        if both:
            schema(d, a, b, direction, base, f"{sub}(variant {new_v.index(b) + 1})", root, label)
    where = _at(base, sub, root)
    subject = f"{direction}-property" if sub else root
    request = direction == "request"
    pairs = min(len(unmatched_old), len(unmatched_new))
    for _ in unmatched_old[pairs:]:
        category = FORMAT_CHANGED if request else REFINEMENT
        d.add(f"{subject}-variant-removed", category, where, "one of the alternative schemas was removed")
    for _ in unmatched_new[pairs:]:
        category = RELAXATION if request else FORMAT_CHANGED
        d.add(f"{subject}-variant-added", category, where, "an alternative schema was added")
