"""What the generated resource client (`whereby_v1.Whereby`) stands on: sending, raising, pages, raw replies.

The generated `resources/` modules build each request with the operation's own `_get_kwargs` and
hand it here. This module sends it through a `WherebyClient` (so pacing, 429 recovery and retries
apply), raises a typed `APIStatusError` for anything but a 2xx, and parses the reply with the
function the operation gives it. It names no endpoint, and it never returns an error reply as if
it were a result.
"""

from __future__ import annotations

import io
import os
from collections.abc import AsyncIterator, Awaitable, Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import IO, Any, Generic, ParamSpec, TypeVar, cast

import httpx

from ..types import UNSET, File, Unset
from .client import as_timeout, check_headers
from .errors import WherebyError, response_validation_error, status_error
from .pagination import check_cap, read_page, start

T = TypeVar("T")
E = TypeVar("E", bound=StrEnum)
P = ParamSpec("P")

Timeout = float | httpx.Timeout | None
"""A per-call timeout: seconds, an `httpx.Timeout`, or None for no timeout at all."""
FileInput = bytes | IO[bytes] | os.PathLike[str] | str
"""An image to upload: its bytes, a file opened in binary mode, or a path to it."""

_DECODING_ERRORS = (KeyError, TypeError, ValueError, AttributeError, RecursionError)


def _label(response: httpx.Response) -> str:
    return f"{response.request.method} {response.request.url.path}"


def parse_reply(response: httpx.Response, parse: Callable[[httpx.Response], T]) -> T:
    """The reply's model; a 2xx body that is not the model raises `APIResponseValidationError`.

    The generated parsers raise it themselves, with the operation's id; this also covers any other.
    """
    try:
        return parse(response)
    except _DECODING_ERRORS as exc:
        raise response_validation_error(response, None, exc) from exc


def _with_options(kwargs: dict[str, Any], extra_headers: Mapping[str, str] | None, timeout: Timeout | Unset) -> None:
    if extra_headers is not None:
        kwargs["headers"] = {**kwargs.get("headers", {}), **check_headers(extra_headers, "extra_headers")}
    if not isinstance(timeout, Unset):
        kwargs["timeout"] = as_timeout(timeout)


def _checked(response: httpx.Response) -> httpx.Response:
    if not 200 <= response.status_code < 300:
        raise status_error(response, response.request, _label(response))
    return response


@dataclass(frozen=True)
class Page(Generic[T]):
    """One page of a list: its items and the cursor of the next page (None on the last)."""

    results: list[T]
    cursor: str | None


class RawResponse(Generic[T]):
    """A reply as it came (`status_code`, `headers`, `content`), with `parse()` giving the method's result."""

    def __init__(self, http_response: httpx.Response, parse: Callable[[], T]) -> None:
        self.http_response = http_response
        self._parse = parse

    @property
    def status_code(self) -> int:
        return self.http_response.status_code

    @property
    def headers(self) -> httpx.Headers:
        return self.http_response.headers

    @property
    def content(self) -> bytes:
        return self.http_response.content

    def parse(self) -> T:
        """What the method returns without `with_raw_response`: its model, None for a 204, or its pager."""
        return self._parse()

    def __repr__(self) -> str:
        return f"<RawResponse [{self.status_code}] {_label(self.http_response)}>"


Fetch = Callable[[str | Unset], httpx.Response]
AsyncFetch = Callable[[str | Unset], Awaitable[httpx.Response]]
ParsePage = Callable[[httpx.Response], tuple[Sequence[T], str | Unset | None]]


class _Walk(Generic[T]):
    """One pass over the pages, shared by both pagers: which cursor is next, and what a reply gives."""

    def __init__(self, parse: ParsePage[T], cursor: str | Unset, max_items: int | None) -> None:
        self.parse = parse  # read_page turns a 2xx that is not a page into APIResponseValidationError
        self.left = max_items
        self.cursor: str | Unset | None
        self.cursor, self.seen = start(cursor)

    @property
    def more(self) -> bool:
        return self.cursor is not None and self.left != 0

    def page(self, response: httpx.Response) -> Page[T]:
        items, self.cursor = read_page(response, self.parse, self.seen)
        kept = list(items if self.left is None else items[: self.left])
        if self.left is not None:
            self.left -= len(kept)
        return Page(kept, self.cursor)


class _Pager(Generic[T]):
    def __init__(self, parse: ParsePage[T], cursor: str | Unset, max_items: int | None) -> None:
        check_cap(max_items)
        self._parse = parse
        self._cursor = cursor
        self._max_items = max_items
        self._first: httpx.Response | None = None  # the first page's reply, when the raw view fetched it

    def _walk(self) -> tuple[_Walk[T], httpx.Response | None]:
        first, self._first = self._first, None
        return _Walk(self._parse, self._cursor, self._max_items), first


class SyncPager(_Pager[T]):
    """Every item of a list, page after page, fetched lazily: each page is one paced request.

    Iterate it for the items (at most `max_items`); `iter_pages()` gives the pages themselves.
    """

    def __init__(
        self, fetch: Fetch, parse: ParsePage[T], *, cursor: str | Unset = UNSET, max_items: int | None = None
    ) -> None:
        super().__init__(parse, cursor, max_items)
        self._fetch = fetch

    def __iter__(self) -> Iterator[T]:
        for page in self.iter_pages():
            yield from page.results

    def iter_pages(self) -> Iterator[Page[T]]:
        """The pages from the starting cursor on, the last one cut at `max_items`."""
        walk, first = self._walk()
        while walk.more:
            response = first if first is not None else self._fetch(walk.cursor or UNSET)
            first = None
            yield walk.page(response)

    def _raw(self) -> RawResponse[SyncPager[T]]:
        self._first = self._fetch(start(self._cursor)[0])
        return RawResponse(self._first, lambda: self)


class AsyncPager(_Pager[T]):
    """`SyncPager` for `async for`: each page is fetched when the loop reaches it."""

    def __init__(
        self, fetch: AsyncFetch, parse: ParsePage[T], *, cursor: str | Unset = UNSET, max_items: int | None = None
    ) -> None:
        super().__init__(parse, cursor, max_items)
        self._fetch = fetch

    async def __aiter__(self) -> AsyncIterator[T]:
        async for page in self.iter_pages():
            for item in page.results:
                yield item

    async def iter_pages(self) -> AsyncIterator[Page[T]]:
        """The pages from the starting cursor on, the last one cut at `max_items`."""
        walk, first = self._walk()
        while walk.more:
            response = first if first is not None else await self._fetch(walk.cursor or UNSET)
            first = None
            yield walk.page(response)

    async def _raw(self) -> RawResponse[AsyncPager[T]]:
        self._first = await self._fetch(start(self._cursor)[0])
        return RawResponse(self._first, lambda: self)


class _Resource:
    def __init__(self, client: Any, *, raw: bool = False) -> None:
        self._client = client
        self._raw = raw

    def _result(self, response: httpx.Response, parse: Callable[[httpx.Response], T]) -> T:
        if self._raw:
            # Only the with_raw_response view sets this; `raw_method` gives its methods the matching type.
            return cast(T, RawResponse(response, lambda: parse_reply(response, parse)))
        return parse_reply(response, parse)

    def __repr__(self) -> str:
        return f"<{type(self).__name__}{' (raw responses)' if self._raw else ''}>"


class SyncResource(_Resource):
    """The base of each generated sync resource (`client.meetings`, ...)."""

    def _send(
        self, kwargs: dict[str, Any], extra_headers: Mapping[str, str] | None, timeout: Timeout | Unset
    ) -> httpx.Response:
        _with_options(kwargs, extra_headers, timeout)
        return _checked(self._client.get_httpx_client().request(**kwargs))

    def _pager(
        self, build: Callable[[str | Unset], dict[str, Any]], parse: ParsePage[T], **options: Any
    ) -> SyncPager[T]:
        extra_headers, timeout = options.pop("extra_headers"), options.pop("timeout")
        build(options["cursor"])  # refuse bad arguments now, not at the first page

        def fetch(cursor: str | Unset) -> httpx.Response:
            return self._send(build(cursor), extra_headers, timeout)

        pager = SyncPager(fetch, parse, **options)
        return cast(SyncPager[T], pager._raw()) if self._raw else pager


class AsyncResource(_Resource):
    """The base of each generated async resource."""

    async def _send(
        self, kwargs: dict[str, Any], extra_headers: Mapping[str, str] | None, timeout: Timeout | Unset
    ) -> httpx.Response:
        _with_options(kwargs, extra_headers, timeout)
        return _checked(await self._client.get_async_httpx_client().request(**kwargs))

    def _pager(
        self, build: Callable[[str | Unset], dict[str, Any]], parse: ParsePage[T], **options: Any
    ) -> AsyncPager[T]:
        extra_headers, timeout = options.pop("extra_headers"), options.pop("timeout")
        build(options["cursor"])

        async def fetch(cursor: str | Unset) -> httpx.Response:
            return await self._send(build(cursor), extra_headers, timeout)

        return AsyncPager(fetch, parse, **options)


def raw_method(method: Callable[P, T]) -> Callable[P, RawResponse[T]]:
    """The type of a method of the with_raw_response view (whose resource was made with raw=True)."""
    return cast(Callable[P, RawResponse[T]], method)


def async_raw_method(method: Callable[P, Awaitable[T]]) -> Callable[P, Awaitable[RawResponse[T]]]:
    return cast(Callable[P, Awaitable[RawResponse[T]]], method)


def async_raw_pager(method: Callable[P, AsyncPager[T]]) -> Callable[P, Awaitable[RawResponse[AsyncPager[T]]]]:
    """An async list in the raw view: the first page is fetched when awaited."""

    async def first_page(*args: P.args, **kwargs: P.kwargs) -> RawResponse[AsyncPager[T]]:
        return await method(*args, **kwargs)._raw()

    return first_page


def typed(value: T, field: str, kinds: type | tuple[type, ...], expected: str) -> T:
    """`value`, if it is one of `kinds`; otherwise a TypeError naming the argument. (A bool is an
    int to Python, but not a number to the API.) Without it a wrong type fails deep inside the
    models (`AttributeError: 'dict' object has no attribute 'to_dict'`) or is sent as it is."""
    if isinstance(value, kinds) and (not isinstance(value, bool) or expected == "a bool"):
        return value
    raise TypeError(f"{field}: expected {expected}, not {type(value).__name__}")


def enum_value(kind: type[E], value: E | str, field: str) -> E:
    """`value` as a member of `kind`; a string the contract does not list is refused, naming the field."""
    known = ", ".join(repr(m.value) for m in kind if getattr(m, "is_known", True))
    if not isinstance(value, str):
        raise TypeError(f"{field}: expected one of {known}, not {type(value).__name__}")
    member = kind(value)
    if not getattr(member, "is_known", True):
        raise ValueError(f"{field}: {value!r} is not one of {known}")
    return member


def enum_values(kind: type[E], values: Sequence[E | str], field: str) -> list[E]:
    return [enum_value(kind, v, f"{field}[{i}]") for i, v in enumerate(sequence(values, field))]


def sequence(
    values: Sequence[T], field: str, kinds: type | tuple[type, ...] | None = None, expected: str = ""
) -> list[T]:
    """A list from a sequence, each item one of `kinds` if given; a lone string is refused (it
    would be sent as its characters)."""
    if isinstance(values, str | bytes | Mapping) or not isinstance(values, Iterable):
        what = f"a single {type(values).__name__}" if isinstance(values, str | bytes) else type(values).__name__
        raise TypeError(f"{field}: expected a list, not {what}")
    items = list(values)
    if kinds is not None:
        for i, item in enumerate(items):
            typed(item, f"{field}[{i}]", kinds, expected)
    return items


def file_input(image: FileInput, field: str) -> File:
    """An upload from bytes, a binary file or a path; the file name is kept when there is one."""
    if isinstance(image, bytes):
        return File(payload=io.BytesIO(image), file_name=field)
    if isinstance(image, str | os.PathLike):
        path = Path(image)
        try:
            return File(payload=io.BytesIO(path.read_bytes()), file_name=path.name)
        except OSError as exc:
            raise WherebyError(f"{field}: cannot read {str(path)!r}: {exc.strerror or exc}") from exc
    if hasattr(image, "read"):
        name = getattr(image, "name", None)
        return File(
            payload=io.BytesIO(image.read()), file_name=os.path.basename(name) if isinstance(name, str) else field
        )
    raise TypeError(f"{field}: expected bytes, a binary file or a path, not {type(image).__name__}")
