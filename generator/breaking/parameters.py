"""Request parameters: added, removed, required, serialisation, and their schemas."""

from __future__ import annotations

from typing import Any

from . import schemas
from .core import (
    _PLACEHOLDER,
    ADDITION,
    DEPRECATION,
    FORMAT_CHANGED,
    REFINEMENT,
    RELAXATION,
    Differ,
    _dict,
    _flag,
    _list,
    _show,
)


def parameters(
    d: Differ,
    old: dict[tuple[str, str], dict[str, Any]],
    new: dict[tuple[str, str], dict[str, Any]],
    op_where: str,
) -> None:
    for key, param in old.items():
        label = f"the {param.get('in')} parameter {param.get('name')}"
        where = f"{op_where} parameters.{param.get('in')}.{param.get('name')}"
        if key not in new:
            d.add("request-parameter-removed", FORMAT_CHANGED, where, f"{label} was removed")
            continue
        parameter(d, param, new[key], f"{op_where} parameters.{new[key].get('in')}.{new[key].get('name')}")
    for key, param in new.items():
        if key in old:
            continue
        where = f"{op_where} parameters.{param.get('in')}.{param.get('name')}"
        label = f"{param.get('in')} parameter {param.get('name')}"
        if param.get("required") is True:
            d.add("new-required-request-parameter", FORMAT_CHANGED, where, f"the required {label} was added")
        else:
            d.add("new-optional-request-parameter", ADDITION, where, f"the optional {label} was added")


def parameter(d: Differ, old: dict[str, Any], new: dict[str, Any], where: str) -> None:
    label = f"the {new.get('in')} parameter {new.get('name')}"
    if old.get("name") != new.get("name") and old.get("in") == "path":
        d.add(
            "request-path-parameter-renamed",
            REFINEMENT,
            where,
            f"the path parameter {old.get('name')} was renamed to {new.get('name')}",
        )
    if old.get("required") is not True and new.get("required") is True:
        d.add("request-parameter-became-required", FORMAT_CHANGED, where, f"{label} became required")
    elif old.get("required") is True and new.get("required") is not True:
        d.add("request-parameter-became-optional", RELAXATION, where, f"{label} became optional")
    if _style(old) != _style(new):
        d.add(
            "request-parameter-style-changed",
            FORMAT_CHANGED,
            where,
            f"{label} is serialised differently: style/explode changed from {_show(list(_style(old)))} "
            f"to {_show(list(_style(new)))}",
        )
    if _flag(old, "deprecated") != _flag(new, "deprecated"):
        if _flag(new, "deprecated"):
            d.add("request-parameter-deprecated", DEPRECATION, where, f"{label} is deprecated")
        else:
            d.add("request-parameter-reactivated", REFINEMENT, where, f"{label} is no longer deprecated")
    old_schema, old_media = _parameter_schema(old)
    new_schema, new_media = _parameter_schema(new)
    if old_media != new_media:
        d.add(
            "request-parameter-media-type-changed",
            FORMAT_CHANGED,
            where,
            f"{label} is encoded as {_show(new_media)} instead of {_show(old_media)}",
        )
    schemas.schema(d, old_schema, new_schema, "request", where, "", "request-parameter", label)
    handled = {"name", "in", "required", "style", "explode", "deprecated", "schema", "content"}
    d.leftovers(old, new, handled, where)


def _parameters(path: str, item: dict[str, Any], op: dict[str, Any]) -> dict[tuple[str, str], dict[str, Any]]:
    """The operation's parameters (path-level ones included, overridden by the operation's own),
    keyed by location and name; path parameters by position, so renaming one is not a removal."""
    placeholders = _PLACEHOLDER.findall(path)
    merged: dict[tuple[str, str], dict[str, Any]] = {}
    for param in [*_list(item.get("parameters")), *_list(op.get("parameters"))]:
        if not isinstance(param, dict):
            continue
        where, name = str(param.get("in")), str(param.get("name"))
        merged[(where, name.lower() if where == "header" else name)] = param
    keyed: dict[tuple[str, str], dict[str, Any]] = {}
    for (where, name), param in merged.items():
        if where == "path" and name in placeholders:
            keyed[("path", f"#{placeholders.index(name)}")] = param
        else:
            keyed[(where, name)] = param
    return keyed


def _style(param: dict[str, Any]) -> tuple[str, bool]:
    where = param.get("in")
    style = str(param.get("style") or ("form" if where in ("query", "cookie") else "simple"))
    explode = param.get("explode")
    return style, bool(explode) if explode is not None else style == "form"


def _parameter_schema(param: dict[str, Any]) -> tuple[Any, str | None]:
    """A parameter's (or header's) schema and, for the `content` form, its media type."""
    if "schema" in param:
        return param["schema"], None
    content = _dict(param.get("content"))
    for media, body in content.items():
        return _dict(body).get("schema"), media
    return None, None
