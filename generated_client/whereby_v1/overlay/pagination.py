"""Follow `cursor` across the pages of a list, for the generated `iterate` and `aiterate`.

Every paged operation's module (the generator finds them in the spec by their `{results, cursor}`
reply) gets `iterate(...)` and `aiterate(...)`, which hand this module two small functions: one that
sends the request for a cursor, one that reads a page. This module knows no endpoint. It never
fetches a page the caller's `max_items` makes unnecessary, and never loops on a repeated cursor.
Each page is one request through the client, so pacing and 429 recovery apply page by page.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Iterator, Sequence
from typing import TypeVar

import httpx

from ..types import UNSET, Unset
from .errors import APIResponseValidationError, WherebyError
from .transport import status_error

T = TypeVar("T")

Fetch = Callable[[str | Unset], httpx.Response]
AsyncFetch = Callable[[str | Unset], Awaitable[httpx.Response]]
Parse = Callable[[httpx.Response], tuple[Sequence[T], str | Unset | None]]


def check_cap(max_items: int | None) -> None:
    if max_items is not None and (isinstance(max_items, bool) or not isinstance(max_items, int) or max_items < 0):
        raise ValueError(f"max_items must be a non-negative integer or None, not {max_items!r}")


def read_page(response: httpx.Response, parse: Parse[T], seen: set[str]) -> tuple[Sequence[T], str | None]:
    """One page's items and the next cursor (None at the end); raises for anything but a page."""
    request = response.request
    label = f"{request.method} {request.url.path}"
    if response.status_code != 200:
        raise status_error(response, request, label)
    try:
        items, cursor = parse(response)
    except (ValueError, KeyError, TypeError, AttributeError) as exc:
        # A 200 that is not a page (a proxy's HTML, a truncated body): a server fault, not bad input.
        raise APIResponseValidationError(
            f"{response.status_code} {label}: the reply is not a page of results ({type(exc).__name__}: {exc})",
            status=response.status_code,
            headers=response.headers,
            content=response.content,
            method=request.method,
            url=str(request.url),
        ) from exc
    if isinstance(cursor, Unset) or not cursor:
        return items, None
    if cursor in seen:
        raise WherebyError(
            f"{label}: the server sent a cursor it had already sent; stopping instead of reading the same pages again"
        )
    seen.add(cursor)
    return items, cursor


def iterate(fetch: Fetch, parse: Parse[T], *, cursor: str | Unset = UNSET, max_items: int | None = None) -> Iterator[T]:
    """The items of every page from `cursor` on, at most `max_items` of them (all when None)."""
    check_cap(max_items)
    return _iterate(fetch, parse, cursor, max_items)


def start(cursor: str | Unset) -> tuple[str | Unset, set[str]]:
    """The first request's cursor (an empty one means the first page) and the cursors already used."""
    if isinstance(cursor, Unset) or not cursor:
        return UNSET, set()
    return cursor, {cursor}


def _iterate(fetch: Fetch, parse: Parse[T], cursor: str | Unset, max_items: int | None) -> Iterator[T]:
    left = max_items
    first, seen = start(cursor)
    next_cursor: str | Unset | None = first
    while next_cursor is not None and left != 0:
        items, next_cursor = read_page(fetch(next_cursor), parse, seen)
        yield from items[:left]
        if left is not None:
            left -= min(left, len(items))


def aiterate(
    fetch: AsyncFetch, parse: Parse[T], *, cursor: str | Unset = UNSET, max_items: int | None = None
) -> AsyncIterator[T]:
    """`iterate` for `async for`."""
    check_cap(max_items)
    return _aiterate(fetch, parse, cursor, max_items)


async def _aiterate(fetch: AsyncFetch, parse: Parse[T], cursor: str | Unset, max_items: int | None) -> AsyncIterator[T]:
    left = max_items
    first, seen = start(cursor)
    next_cursor: str | Unset | None = first
    while next_cursor is not None and left != 0:
        items, next_cursor = read_page(await fetch(next_cursor), parse, seen)
        for item in items[:left]:
            yield item
        if left is not None:
            left -= min(left, len(items))
