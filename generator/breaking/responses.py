"""Responses: success statuses, bodies, media types and headers, with response semantics."""

from __future__ import annotations

from typing import Any

from . import bodies, schemas
from .bodies import _content
from .core import ADDITION, FORMAT_CHANGED, REFINEMENT, RESPONSE_DATA_REMOVED, Differ, _dict
from .parameters import _parameter_schema


def responses(d: Differ, old: dict[str, Any], new: dict[str, Any], op_where: str) -> None:
    for status, response in old.items():
        where = f"{op_where} responses.{status}"
        if status not in new:
            if _success(status):
                d.add(
                    "response-success-status-removed",
                    RESPONSE_DATA_REMOVED,
                    where,
                    f"the success response {status} was removed",
                )
            else:
                d.add(
                    "response-non-success-status-removed",
                    REFINEMENT,
                    where,
                    f"the response {status} is no longer documented",
                )
            continue
        compare_response(d, _dict(response), _dict(new[status]), where)
    for status in new:
        if status not in old:
            rule = "response-success-status-added" if _success(status) else "response-non-success-status-added"
            d.add(rule, ADDITION, f"{op_where} responses.{status}", f"the response {status} was added")


def compare_response(d: Differ, old: dict[str, Any], new: dict[str, Any], where: str) -> None:
    old_content, new_content = _content(old), _content(new)
    if old_content and not new_content:
        d.add("response-body-removed", RESPONSE_DATA_REMOVED, where, "the response no longer has a body")
    else:
        for media, body in old_content.items():
            if media not in new_content:
                d.add(
                    "response-media-type-removed",
                    FORMAT_CHANGED,
                    f"{where} {media}",
                    f"the response is no longer sent as {media}",
                )
                continue
            bodies.compare_media(
                d, body, new_content[media], "response", f"{where} {media}", "response-body", "the response body"
            )
        for media in new_content:
            if media not in old_content:
                rule = "response-media-type-added" if old_content else "response-body-added"
                d.add(rule, ADDITION, f"{where} {media}", f"the response can be sent as {media}")
    headers(d, _dict(old.get("headers")), _dict(new.get("headers")), where)
    d.leftovers(old, new, {"content", "headers"}, where)


def headers(d: Differ, old: dict[str, Any], new: dict[str, Any], where: str) -> None:
    new_by_name = {name.lower(): (name, header) for name, header in new.items()}
    old_names = {name.lower() for name in old}
    for name, header in old.items():
        at = f"{where} headers.{name}"
        if name.lower() not in new_by_name:
            d.add("response-header-removed", RESPONSE_DATA_REMOVED, at, f"the response header {name} was removed")
            continue
        new_name, new_header = new_by_name[name.lower()]
        o, n = _dict(header), _dict(new_header)
        at = f"{where} headers.{new_name}"
        if o.get("required") is True and n.get("required") is not True:
            d.add(
                "response-header-became-optional",
                RESPONSE_DATA_REMOVED,
                at,
                f"the response header {new_name} may now be missing",
            )
        elif o.get("required") is not True and n.get("required") is True:
            d.add(
                "response-header-became-required",
                REFINEMENT,
                at,
                f"the response header {new_name} is now always sent",
            )
        old_schema, _ = _parameter_schema(o)
        new_schema, _ = _parameter_schema(n)
        schemas.schema(
            d, old_schema, new_schema, "response", at, "", "response-header", f"the response header {new_name}"
        )
        d.leftovers(o, n, {"required", "schema", "content", "style", "explode"}, at)
    for name in new:
        if name.lower() not in old_names:
            d.add(
                "response-header-added",
                ADDITION,
                f"{where} headers.{name}",
                f"the response header {name} was added",
            )


def _success(status: str) -> bool:
    return str(status).startswith("2")
