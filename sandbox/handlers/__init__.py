"""One function per operationId; each gets validated input and returns (status, JSON body).

Handlers only touch the store. Authentication, the rate limit, validation and faults happen
before they run, in `sandbox.app`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Protocol

from ..paging import Cursors, listing_key, sort_items
from ..store import Store


class NotFound(Exception):
    """The resource does not exist (404)."""


class Forbidden(Exception):
    """The organisation may not do this (403)."""


class Emit(Protocol):
    """Sends a webhook event of `kind` (after `delay` seconds), when the sandbox has an endpoint."""

    def __call__(self, kind: str, data: dict[str, Any], *, delay: float = 0.0) -> None: ...


def _no_events(kind: str, data: dict[str, Any], *, delay: float = 0.0) -> None:
    return None


@dataclass
class Context:
    store: Store
    cursors: Cursors
    params: dict[str, Any]
    body: Any
    form: dict[str, Any]
    base_url: str  # where this sandbox is reachable, for links it hands out
    emit: Emit = _no_events


Reply = tuple[int, Any]
Handler = Callable[[Context], Reply]
HANDLERS: dict[str, Handler] = {}


def handles(operation_id: str) -> Callable[[Handler], Handler]:
    def register(fn: Handler) -> Handler:
        HANDLERS[operation_id] = fn
        return fn

    return register


def page(ctx: Context, listing: str, items: list[dict[str, Any]], default_sort: str) -> Reply:
    """One page of `items`, sorted by the request's `sortBy` (or `default_sort`)."""
    ordered = sort_items(items, ctx.params.get("sortBy"), default_sort)
    key = listing_key(listing, ctx.params)
    return 200, ctx.cursors.page(ordered, listing=key, cursor=ctx.params.get("cursor"), limit=ctx.params["limit"])


def load_all() -> dict[str, Handler]:
    from . import insights, media, meetings, rooms  # noqa: F401  (registration side effect)

    return HANDLERS
