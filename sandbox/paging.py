"""Cursor pages as the API serves them: `{results, cursor}`, cursor null on the last page.

Cursors are opaque tokens that remember the position in one particular listing (same
operation, filters and sort); a cursor used for another listing, or never issued, is refused.
"""

from __future__ import annotations

import secrets
from collections.abc import Callable, Sequence
from typing import Any

from .contract import RequestInvalid


class Cursors:
    def __init__(self) -> None:
        self._issued: dict[str, tuple[str, int]] = {}

    def clear(self) -> None:
        self._issued.clear()

    def page(
        self,
        items: Sequence[dict[str, Any]],
        *,
        listing: str,
        cursor: str | None,
        limit: int,
    ) -> dict[str, Any]:
        offset = 0
        if cursor is not None:
            issued = self._issued.get(cursor)
            if issued is None or issued[0] != listing:
                raise RequestInvalid("cursor", "unknown cursor, or one issued for another listing")
            offset = issued[1]
        chunk = list(items[offset : offset + limit])
        next_cursor = None
        if offset + limit < len(items):
            next_cursor = secrets.token_hex(16)
            self._issued[next_cursor] = (listing, offset + limit)
        return {"results": chunk, "cursor": next_cursor}


def listing_key(operation: str, params: dict[str, Any]) -> str:
    """What a cursor is bound to: the operation and every filter and sort, but not the position."""
    filters = sorted((k, repr(v)) for k, v in params.items() if k not in {"cursor", "limit"})
    return f"{operation}:{filters}"


def sort_items(items: list[dict[str, Any]], sort_by: str | None, default: str) -> list[dict[str, Any]]:
    """Sort by `field:asc|desc`; items without the field go last; ties keep a stable order."""
    field, _, direction = (sort_by or default).partition(":")
    present = [i for i in items if i.get(field) is not None]
    absent = [i for i in items if i.get(field) is None]
    key: Callable[[dict[str, Any]], Any] = lambda item: item[field]  # noqa: E731
    present.sort(key=key, reverse=direction == "desc")
    return present + absent
