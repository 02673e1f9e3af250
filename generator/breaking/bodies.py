"""Request bodies and media types (also the body of a webhook event)."""

from __future__ import annotations

from typing import Any

from . import schemas
from .core import ADDITION, FORMAT_CHANGED, RELAXATION, Differ, Direction, _dict


def request_body(d: Differ, old: Any, new: Any, where: str) -> None:
    if old is None and new is None:
        return
    if new is None:
        d.add("request-body-removed", FORMAT_CHANGED, where, "the request body was removed")
        return
    o, n = _dict(old), _dict(new)
    if old is None:
        if n.get("required") is True:
            d.add("new-required-request-body", FORMAT_CHANGED, where, "a required request body was added")
        else:
            d.add("new-optional-request-body", ADDITION, where, "an optional request body was added")
        return
    if o.get("required") is not True and n.get("required") is True:
        d.add("request-body-became-required", FORMAT_CHANGED, where, "the request body became required")
    elif o.get("required") is True and n.get("required") is not True:
        d.add("request-body-became-optional", RELAXATION, where, "the request body became optional")
    old_content, new_content = _content(o), _content(n)
    for media, body in old_content.items():
        if media not in new_content:
            d.add(
                "request-body-media-type-removed",
                FORMAT_CHANGED,
                f"{where} {media}",
                f"the request body is no longer accepted as {media}",
            )
            continue
        compare_media(d, body, new_content[media], "request", f"{where} {media}", "request-body", "the request body")
    for media in new_content:
        if media not in old_content:
            d.add(
                "request-body-media-type-added",
                ADDITION,
                f"{where} {media}",
                f"the request body is also accepted as {media}",
            )
    d.leftovers(o, n, {"required", "content"}, where)


def compare_media(d: Differ, old: Any, new: Any, direction: Direction, where: str, subject: str, label: str) -> None:
    o, n = _dict(old), _dict(new)
    schemas.schema(d, o.get("schema"), n.get("schema"), direction, where, "", subject, label)
    d.leftovers(o, n, {"schema"}, where)


def _content(node: dict[str, Any]) -> dict[str, Any]:
    return {str(k).lower(): v for k, v in _dict(node.get("content")).items()}
