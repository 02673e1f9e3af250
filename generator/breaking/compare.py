"""The comparison as a whole: the document-level rules, and the entry points that run every area.

`diff_specs(old, new)` inlines both revisions (see `refs.py`) and runs the rule areas in a
fixed order, so the same pair always gives the same list. Reading files is `load.py`'s job.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from . import paths, security, webhooks
from .core import (
    ADDITION,
    DOC_KEYS,
    DOCUMENTATION,
    ENDPOINT_REMOVED,
    REFINEMENT,
    Differ,
    Report,
    _dict,
    _kebab,
    _list,
)
from .refs import inline


def diff_specs(old: Mapping[str, Any], new: Mapping[str, Any]) -> Report:
    """Every difference between two OpenAPI documents (plain data), classified."""
    d = Differ(inline(old), inline(new))
    run(d)
    return Report(
        breaking=tuple(c for c in d.changes if c.breaking),
        non_breaking=tuple(c for c in d.changes if not c.breaking),
    )


def run(d: Differ) -> None:
    old, new = d.old, d.new
    if old.get("openapi") != new.get("openapi"):
        d.add(
            "openapi-version-changed",
            REFINEMENT,
            "openapi",
            f"the document's OpenAPI version changed from {old.get('openapi')} to {new.get('openapi')}",
        )
    info(d, _dict(old.get("info")), _dict(new.get("info")))
    servers(d, old.get("servers"), new.get("servers"), "servers")
    security.security_schemes(d)
    security.requirements(d, old.get("security"), new.get("security"), "security")
    paths.paths(d)
    webhooks.webhooks(d)
    if old.get("tags") != new.get("tags"):
        d.add("tags-changed", DOCUMENTATION, "tags", "the list of tags or their descriptions changed")
    handled = {"openapi", "info", "servers", "security", "paths", "webhooks", "components", "tags"}
    d.leftovers(old, new, handled, "document")


def info(d: Differ, old: dict[str, Any], new: dict[str, Any]) -> None:
    for key in sorted({*old, *new} - {"version", *DOC_KEYS}):
        if old.get(key) != new.get(key):
            category = REFINEMENT if key.startswith("x-") else DOCUMENTATION
            d.add(f"info-{_kebab(key)}-changed", category, "info", f"info.{key} changed")
    d.docs(old, new, "info")


def servers(d: Differ, old: Any, new: Any, where: str) -> None:
    old_urls = {str(s.get("url")).rstrip("/"): s for s in _list(old) if isinstance(s, dict)}
    new_urls = {str(s.get("url")).rstrip("/"): s for s in _list(new) if isinstance(s, dict)}
    for url in old_urls:
        if url not in new_urls:
            d.add(
                "api-server-removed",
                ENDPOINT_REMOVED,
                where,
                f"the server {url} was removed: every endpoint under it is gone",
            )
        else:
            d.leftovers(old_urls[url], new_urls[url], {"url"}, f"{where} {url}")
    for url in new_urls:
        if url not in old_urls:
            d.add("api-server-added", ADDITION, where, f"the server {url} was added")
