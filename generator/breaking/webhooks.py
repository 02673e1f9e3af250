"""Webhooks: the events the API sends to a receiver; their bodies are compared as responses."""

from __future__ import annotations

from typing import Any

from . import bodies
from .bodies import _content
from .core import ADDITION, AUTH_CHANGED, ENDPOINT_REMOVED, FORMAT_CHANGED, Differ, _dict, _list


def webhooks(d: Differ) -> None:
    old, new = _dict(d.old.get("webhooks")), _dict(d.new.get("webhooks"))
    for name, old_item in old.items():
        where = f"webhook {name}"
        if name not in new:
            d.add("webhook-removed", ENDPOINT_REMOVED, where, f"the event {name} is no longer sent")
            continue
        o, n = _dict(_dict(old_item).get("post")), _dict(_dict(new[name]).get("post"))
        old_headers = _signature_headers(o)
        new_headers = _signature_headers(n)
        if old_headers != new_headers:
            d.add(
                "webhook-signature-changed",
                AUTH_CHANGED,
                where,
                f"the event is signed in {sorted(new_headers) or 'no header'}, not {sorted(old_headers)}",
            )
        old_content, new_content = _content(_dict(o.get("requestBody"))), _content(_dict(n.get("requestBody")))
        for media, body in old_content.items():
            if media not in new_content:
                d.add("webhook-media-type-removed", FORMAT_CHANGED, f"{where} {media}", f"not sent as {media}")
                continue
            bodies.compare_media(
                d, body, new_content[media], "response", f"{where} {media}", "webhook-body", "the event"
            )
        d.leftovers(o, n, {"parameters", "requestBody", "responses", "operationId", "tags"}, where)
    for name in new:
        if name not in old:
            d.add("webhook-added", ADDITION, f"webhook {name}", f"the event {name} was added")


def _signature_headers(op: dict[str, Any]) -> set[str]:
    return {
        str(p.get("name", "")).lower()
        for p in (_dict(raw) for raw in _list(op.get("parameters")))
        if p.get("in") == "header" and p.get("required")
    }
