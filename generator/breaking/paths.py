"""Paths and operations: added and removed endpoints, renamed functions, tags, deprecation."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ..spec import HTTP_METHODS
from . import bodies, parameters, responses, security
from .core import (
    _PLACEHOLDER,
    ADDITION,
    DEPRECATION,
    DOCUMENTATION,
    ENDPOINT_REMOVED,
    REFINEMENT,
    Differ,
    _dict,
    _flag,
    _list,
)
from .parameters import _parameters


def paths(d: Differ) -> None:
    old_ops, new_ops = _operations(d.old), _operations(d.new)
    old_paths = {key[1] for key in old_ops}
    new_paths = {key[1] for key in new_ops}
    for key, (path, item, op) in old_ops.items():
        method = key[0]
        if key not in new_ops:
            if key[1] not in new_paths:
                rule, what = "api-path-removed", f"the path {path} was removed"
            else:
                rule, what = "api-operation-removed", f"the operation {method} {path} was removed"
            d.add(rule, ENDPOINT_REMOVED, f"{method} {path}", what)
            continue
        new_path, new_item, new_op = new_ops[key]
        operation(d, method, (path, item, op), (new_path, new_item, new_op))
    for key, (path, _item, _op) in new_ops.items():
        if key not in old_ops:
            if key[1] not in old_paths:
                rule, what = "api-path-added", f"the path {path} was added"
            else:
                rule, what = "api-operation-added", f"the operation {key[0]} {path} was added"
            d.add(rule, ADDITION, f"{key[0]} {path}", what)
    # Path items' own documentation.
    old_items = {_template(p): _dict(i) for p, i in _dict(d.old.get("paths")).items()}
    for path, item in _dict(d.new.get("paths")).items():
        before = old_items.get(_template(path))
        if before is not None:
            handled = {"parameters", "$ref", *HTTP_METHODS}
            d.leftovers(before, _dict(item), handled, path)


def operation(
    d: Differ,
    method: str,
    old: tuple[str, dict[str, Any], dict[str, Any]],
    new: tuple[str, dict[str, Any], dict[str, Any]],
) -> None:
    old_path, old_item, o = old
    new_path, new_item, n = new
    where = f"{method} {new_path}"
    if o.get("operationId") != n.get("operationId") and o.get("operationId") is not None:
        d.add(
            "api-operation-id-changed",
            ENDPOINT_REMOVED,
            where,
            f"the operationId changed from {o.get('operationId')} to {n.get('operationId')}: "
            "the generated function for this endpoint is renamed",
        )
    old_method, new_method = _sdk_method(o), _sdk_method(n)
    named = "x-sdk-method" in o or "x-sdk-method" in n  # else a renamed operationId says it already
    if named and old_method and new_method and old_method != new_method:
        d.add(
            "api-sdk-method-changed",
            ENDPOINT_REMOVED,
            where,
            f"the resource client's method changed from {old_method} to {new_method} (x-sdk-method): "
            "code that calls the old name breaks",
        )
    old_tags, new_tags = _list(o.get("tags")), _list(n.get("tags"))
    if old_tags[:1] != new_tags[:1]:
        # The generator files each function under its operation's first tag.
        d.add(
            "api-tag-changed",
            ENDPOINT_REMOVED,
            where,
            f"the tag changed from {(old_tags or [None])[0]} to {(new_tags or [None])[0]}: "
            "the generated function moves to another module",
        )
    elif set(map(str, old_tags)) != set(map(str, new_tags)):
        d.add("api-tags-changed", DOCUMENTATION, where, "the secondary tags changed")
    if _flag(o, "deprecated") != _flag(n, "deprecated"):
        if _flag(n, "deprecated"):
            d.add("endpoint-deprecated", DEPRECATION, where, f"{where} is deprecated")
        else:
            d.add("endpoint-reactivated", REFINEMENT, where, f"{where} is no longer deprecated")
    parameters.parameters(
        d,
        _parameters(old_path, old_item, o),
        _parameters(new_path, new_item, n),
        where,
    )
    bodies.request_body(d, o.get("requestBody"), n.get("requestBody"), f"{where} requestBody")
    responses.responses(d, _dict(o.get("responses")), _dict(n.get("responses")), where)
    if "security" in o or "security" in n:
        security.requirements(
            d,
            o.get("security", d.old.get("security")),
            n.get("security", d.new.get("security")),
            f"{where} security",
        )
    handled = {"operationId", "tags", "deprecated", "parameters", "requestBody", "responses", "security"}
    handled.add("x-sdk-method")  # judged above, through the name it gives
    d.leftovers(o, n, handled, where)


def _template(path: str) -> str:
    """The path with parameter names blanked: renaming `{id}` keeps the same endpoint."""
    return _PLACEHOLDER.sub("{}", str(path))


def _operations(doc: dict[str, Any]) -> dict[tuple[str, str], tuple[str, dict[str, Any], dict[str, Any]]]:
    found: dict[tuple[str, str], tuple[str, dict[str, Any], dict[str, Any]]] = {}
    for path, item in _dict(doc.get("paths")).items():
        if not isinstance(item, dict):
            continue
        for method in HTTP_METHODS:
            op = item.get(method)
            if isinstance(op, dict):
                found[(method.upper(), _template(path))] = (str(path), item, op)
    return found


def _sdk_method(operation: Mapping[str, Any]) -> str | None:
    """The operation's method on the resource client, as the generator names it (None without an operationId)."""
    explicit = operation.get("x-sdk-method")
    if isinstance(explicit, str):
        return explicit
    op_id = operation.get("operationId")
    if not isinstance(op_id, str):
        return None
    from ..codegen import _snake

    return _snake(op_id)
