"""`WherebyClient`: the one entry point. An `AuthenticatedClient` that paces itself.

Every generated function accepts it, sync and async. Its httpx clients send through the
overlay's transports, so each request is booked against the point budget before it leaves,
429s are waited out as the server asks, and only idempotent requests are resent after an
ambiguous failure.
"""

from __future__ import annotations

import copy
import ipaddress
import os
import re
import time
import weakref
from collections.abc import Awaitable, Callable, Mapping
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

import httpx

from .._operations import API_MAJOR, SERVER_URL
from ..client import AuthenticatedClient
from . import _constants as C
from .errors import ClientClosedError, ConfigurationError
from .pacing import Pacer
from .stores.base import BudgetStore, is_seconds
from .stores.memory import MemoryStore
from .transport import AsyncWherebyTransport, Deprecations, Settings, WherebyTransport

if TYPE_CHECKING:
    import asyncio


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def redact_url(url: str) -> str:
    """`url` as it may be shown: any user name and password replaced by `***`."""
    try:
        parts = urlsplit(url)
    except ValueError:
        return "<an unparsable URL>"
    if "@" not in parts.netloc:
        # Without a scheme there is no netloc: "user:pass@host/v1" is all path. Mask before the last @.
        return "***@" + url.rpartition("@")[2] if "@" in url else url
    return parts._replace(netloc="***@" + parts.netloc.rpartition("@")[2]).geturl()


def check_base_url(base_url: str) -> str:
    """Refuse URLs that would send the key in clear text to another machine."""
    try:
        parts = urlsplit(base_url)
        hostname = parts.hostname
    except ValueError:
        raise ConfigurationError(f"base_url is not a URL: {redact_url(base_url)!r}") from None
    if parts.username or parts.password or "@" in parts.netloc:
        raise ConfigurationError(
            f"base_url must not carry credentials ({redact_url(base_url)!r}); pass the API key as token="
        )
    if parts.scheme not in ("https", "http") or not hostname:
        raise ConfigurationError(f"base_url must be an http(s) URL, not {redact_url(base_url)!r}")
    try:
        port = parts.port
    except ValueError:  # not a number, or past 65535
        port = -1
    if port is not None and not 1 <= port <= 65535:
        raise ConfigurationError(f"base_url has no usable port (1-65535): {redact_url(base_url)!r}")
    try:
        httpx.Request("GET", base_url)  # a URL httpx cannot send to would fail only at the first call
    except (httpx.InvalidURL, ValueError) as error:
        raise ConfigurationError(f"base_url is not a URL httpx can use ({error}): {redact_url(base_url)!r}") from None
    if parts.scheme == "http" and not _is_loopback(hostname):
        raise ConfigurationError(
            f"refusing plain http:// to {hostname}: the API key would travel unencrypted "
            "(http is allowed only for loopback addresses such as a local sandbox)"
        )
    version = re.search(r"/v(\d+)/?$", parts.path)
    if version and int(version.group(1)) != API_MAJOR:
        raise ConfigurationError(
            f"base_url points at API v{version.group(1)}, but this package (whereby-v{API_MAJOR}) speaks "
            f"v{API_MAJOR} only; install whereby-v{version.group(1)} for that version"
        )
    return base_url.rstrip("/")


def _routes(client: httpx.Client | httpx.AsyncClient) -> tuple[Any, dict[str, Any]]:
    """A client's own transport and mounts (proxies), before wrapping: what a derived client reuses."""
    return client._transport, {pattern.pattern: t for pattern, t in client._mounts.items()}


def _forget_closed_loops(*tables: weakref.WeakKeyDictionary[Any, Any]) -> None:
    # A loop's connections keep the loop alive, so a closed loop's entries would never go by themselves.
    for table in tables:
        for loop in [loop for loop in list(table) if loop.is_closed()]:
            table.pop(loop, None)


class _KeyForOrigin(httpx.Auth):
    """The key's header on requests to the API's origin, and on no other."""

    def __init__(self, base_url: str, header: str, value: str) -> None:
        self._origin = httpx.URL(base_url).copy_with(path="/", query=None, fragment=None)
        self._header, self._value = header, value

    def auth_flow(self, request: httpx.Request) -> Any:
        url = request.url
        if (url.scheme, url.host, url.port) == (self._origin.scheme, self._origin.host, self._origin.port):
            request.headers[self._header] = self._value
        yield request

    def __repr__(self) -> str:
        return f"<key for {self._origin}>"


def _closed() -> ClientClosedError:
    return ClientClosedError(
        "this client was closed (close(), or the end of its `with` block); make a new client to send more requests"
    )


def _running_loop() -> asyncio.AbstractEventLoop | None:
    import asyncio  # loaded with the first async request, not with the package

    try:
        return asyncio.get_running_loop()
    except RuntimeError:
        return None


def check_key(key: object) -> None:
    """Refuse a key that cannot go in an Authorization header as it is, without ever showing it.

    Whitespace around it or a control character in it (a copy-paste accident, a newline from a
    file) would otherwise surface the whole key in httpx's error, and the request would be
    retried as if it might have been sent.
    """
    if not isinstance(key, str):
        raise ConfigurationError(f"the API key must be a string, not {type(key).__name__}")
    if key != key.strip():
        raise ConfigurationError(
            f"the API key has whitespace before or after it (check {C.API_KEY_ENV} or the key you passed)"
        )
    if any(ord(c) < 0x20 or ord(c) == 0x7F for c in key) or any(c.isspace() for c in key):
        raise ConfigurationError("the API key has a space or a control character in it; it is not a valid key")
    if not key.isascii():
        raise ConfigurationError("the API key has a non-ASCII character in it; it is not a valid key")


def _count(value: object, *, least: int) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and value >= least


def as_timeout(value: object, name: str = "timeout") -> httpx.Timeout:
    """`value` (seconds above 0, an `httpx.Timeout`, or None for no limit) as an `httpx.Timeout`."""
    if isinstance(value, httpx.Timeout):
        return value
    if value is not None and (isinstance(value, bool) or not isinstance(value, int | float)):
        raise TypeError(f"{name}: expected seconds, an httpx.Timeout or None, not {type(value).__name__}")
    if value is not None and not is_seconds(value, positive=True):
        raise ValueError(f"{name} must be a finite number of seconds above 0 (or None for no limit), not {value!r}")
    return httpx.Timeout(value)


def check_headers(headers: object, name: str) -> dict[str, str]:
    """Headers to add to requests, as a dict: names and values are strings, and no value may hold a
    line break or NUL (it would end the header). A value is never shown: it may be a secret."""
    if not isinstance(headers, Mapping):
        raise TypeError(f"{name}: expected a mapping of header names to values, not {type(headers).__name__}")
    checked: dict[str, str] = {}
    for key, value in headers.items():
        if not isinstance(key, str) or not isinstance(value, str):
            bad = key if not isinstance(key, str) else value
            raise TypeError(f"{name}: header names and values must be str, not {type(bad).__name__} ({key!r})")
        if any(c in value for c in "\r\n\0") or any(c in key for c in "\r\n\0:"):
            raise ValueError(f"{name}: header {key!r} has a line break, NUL or colon where none may be")
        checked[key] = value
    return checked


def check_settings(
    points: object, window: object, retries: object, rate_retries: object, wait: object, max_wait: object = None
) -> None:
    """Refuse settings that cannot work, naming the setting (never a nan window that loops forever)."""
    problems = [
        ("points_per_minute", points, "a whole number of points, at least 1", _count(points, least=1)),
        ("window", window, "a finite number of seconds above 0", is_seconds(window, positive=True)),
        ("max_retries", retries, "a whole number, 0 or more", _count(retries, least=0)),
        ("max_rate_limit_retries", rate_retries, "a whole number, 0 or more", _count(rate_retries, least=0)),
        ("max_rate_limit_wait", wait, "a finite number of seconds, 0 or more", is_seconds(wait, positive=False)),
        ("max_wait", max_wait, "None or a finite number of seconds, 0 or more",
         max_wait is None or is_seconds(max_wait, positive=False)),
    ]  # fmt: skip
    for name, value, wanted, ok in problems:
        if not ok:
            raise ConfigurationError(f"{name} must be {wanted}, not {value!r}")


class WherebyClient(AuthenticatedClient):
    """A client for every generated function that keeps within the organisation's point budget.

    Args:
        token: the API key; defaults to the WHEREBY_API_KEY environment variable.
        plan: "build" (100 points a minute) or "grow"/"enterprise" (1000); default "build".
        points_per_minute: the budget in points, instead of a plan.
        budget: where the budget is kept: a `MemoryStore` (default: this process), a `SQLiteStore`
            (processes on one host) or a `RedisStore` (many hosts). Share one store between the
            clients that share an organisation.
        base_url: the API's base URL; defaults to the WHEREBY_BASE_URL environment variable, else the
            contract's server. Plain http only on loopback (a local sandbox).
        max_retries: retries after connection errors, timeouts and 5xx, for idempotent requests.
        max_rate_limit_wait: a 429 asking for a longer wait raises `RateLimitedError` instead.
        max_wait: the longest a request may wait for room in the budget before it is sent; a longer
            wait raises `BudgetWaitError` at once and spends nothing. None (the default): as long
            as the budget needs. `timeout` never counts this wait: it bounds the network, as in httpx.
        raise_errors: raise `APIStatusError` subclasses for 4xx/5xx replies instead of returning them.
        timeout: an `httpx.Timeout` or seconds; finite by default.
        window: length of the budget window in seconds (60 for the real API).

    Other keyword arguments (`headers`, `cookies`, `verify_ssl`, `httpx_args`, ...) are those of
    `AuthenticatedClient`. An `httpx_args["transport"]` is wrapped, not replaced.
    """

    def __init__(
        self,
        token: str | None = None,
        *,
        plan: str | None = None,
        points_per_minute: int | None = None,
        budget: BudgetStore | None = None,
        base_url: str | None = None,
        max_retries: int = C.DEFAULT_MAX_RETRIES,
        max_rate_limit_retries: int = C.DEFAULT_MAX_RATE_LIMIT_RETRIES,
        max_rate_limit_wait: float = C.MAX_RATE_LIMIT_WAIT_SECONDS,
        max_wait: float | None = None,
        raise_errors: bool = False,
        timeout: httpx.Timeout | float | None = None,
        window: float = C.WINDOW_SECONDS,
        **kwargs: Any,
    ) -> None:
        token = token or os.environ.get(C.API_KEY_ENV)
        if not token:
            raise ConfigurationError(f"no API key: pass token=... or set the {C.API_KEY_ENV} environment variable")
        check_key(token)
        if plan is not None and points_per_minute is not None:
            raise ConfigurationError("give plan= or points_per_minute=, not both")
        if points_per_minute is None:
            name = (plan or C.DEFAULT_PLAN).lower()
            if name not in C.PLANS:
                raise ConfigurationError(f"unknown plan {plan!r}; known plans: {', '.join(sorted(C.PLANS))}")
            points_per_minute = C.PLANS[name]
        check_settings(points_per_minute, window, max_retries, max_rate_limit_retries, max_rate_limit_wait, max_wait)
        base_url = check_base_url(base_url or os.environ.get(C.BASE_URL_ENV) or SERVER_URL)
        timeout = C.DEFAULT_TIMEOUT if timeout is None else as_timeout(timeout)
        super().__init__(base_url=base_url, token=token, timeout=timeout, **kwargs)
        self._pacer = Pacer(budget or MemoryStore(), points_per_minute, window)
        self._settings = Settings(
            base_path=urlsplit(base_url).path,
            max_retries=max_retries,
            max_rate_limit_retries=max_rate_limit_retries,
            max_rate_limit_wait=max_rate_limit_wait,
            raise_errors=raise_errors,
            max_wait=max_wait,
        )
        self._deprecations = Deprecations()  # shared with the clients `derive` makes
        # The inner transports (the connection pools), shared by every client `derive` makes.
        self._pools: dict[str, Any] = {}
        self._async_pools: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, Any] = weakref.WeakKeyDictionary()
        self._async_by_loop: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, httpx.AsyncClient] = (
            weakref.WeakKeyDictionary()
        )
        self._adopted_async: httpx.AsyncClient | None = None
        self._adopted = False
        self._closed = False
        self._sync_sleep: Callable[[float], None] = time.sleep
        self._async_sleep: Callable[[float], Awaitable[None]] | None = None

    def __repr__(self) -> str:
        return f"WherebyClient(base_url={self._base_url!r}, points_per_minute={self._pacer.limit})"

    @property
    def pacer(self) -> Pacer:
        """The budget this client books against (shared with every client given the same store)."""
        return self._pacer

    @property
    def base_url(self) -> str:
        return self._base_url

    @property
    def headers(self) -> dict[str, str]:
        """The extra headers sent with every request (not the Authorization header)."""
        return dict(self._headers)

    @property
    def settings(self) -> Settings:
        return self._settings

    def _wrap(self, inner: httpx.BaseTransport) -> WherebyTransport:
        return WherebyTransport(
            self._pacer, self._settings, inner, sleep=self._sync_sleep, deprecations=self._deprecations
        )

    def _awrap(self, inner: httpx.AsyncBaseTransport) -> AsyncWherebyTransport:
        sleep = {"sleep": self._async_sleep} if self._async_sleep else {}
        return AsyncWherebyTransport(self._pacer, self._settings, inner, deprecations=self._deprecations, **sleep)

    def get_httpx_client(self) -> httpx.Client:
        if self._closed or (self._client is not None and self._client.is_closed):
            raise _closed()
        if self._client is None:
            args = self._client_args()
            shared = self._pools.get("sync")
            if shared is not None:  # a client `derive` made: the same connection pool and routes
                args["transport"], args["mounts"] = shared
            # httpx builds the client as it always does (environment proxies, mounts, certificates);
            # then every transport it routes through is wrapped, so no request bypasses the pacing.
            client = httpx.Client(**args)
            self._pools.setdefault("sync", _routes(client))
            self._wrap_routes(client)
            self._client = client
        return self._client

    def get_async_httpx_client(self) -> httpx.AsyncClient:
        """The async client of the running event loop: each loop gets its own connections (httpcore's
        are bound to the loop that opened them), all of them booking in the same budget."""
        if self._adopted_async is not None:
            return self._adopted_async
        loop = _running_loop()
        client = self._async_by_loop.get(loop) if loop is not None else self._async_client
        if self._closed or (client is not None and client.is_closed):
            raise _closed()
        if client is None:
            _forget_closed_loops(self._async_by_loop, self._async_pools)
            args = self._client_args()
            pools = self._async_pools
            shared = pools.get(loop) if loop is not None else None
            if shared is not None:
                args["transport"], args["mounts"] = shared
            client = httpx.AsyncClient(**args)
            if loop is not None:
                pools.setdefault(loop, _routes(client))
                self._async_by_loop[loop] = client
            self._wrap_routes(client)
        self._async_client = client
        return client

    def close(self) -> None:
        """Close the sync connection pool; closing twice is no error, sending afterwards is."""
        self._closed = True
        if self._client is not None:
            self._client.close()

    async def aclose(self) -> None:
        """Close the running event loop's connection pool; closing twice is no error, sending
        afterwards (from any loop) is."""
        self._closed = True
        loop = _running_loop()
        client = self._adopted_async or (self._async_by_loop.get(loop) if loop is not None else self._async_client)
        if client is not None:
            await client.aclose()

    def set_httpx_client(self, client: httpx.Client) -> WherebyClient:
        """Send through `client`, wrapped like one this class builds (never around the pacing)."""
        self.adopt(client)
        return self

    def set_async_httpx_client(self, async_client: httpx.AsyncClient) -> WherebyClient:
        """Send async requests through `async_client`, wrapped like one this class builds."""
        self.adopt(async_client)
        return self

    def _wrap_routes(self, client: httpx.Client | httpx.AsyncClient) -> None:
        # httpx keeps them as _transport and _mounts (proxies are mounts): each one is wrapped.
        if isinstance(client, httpx.AsyncClient):
            client._transport = self._awrap(client._transport)
            client._mounts = {k: (self._awrap(t) if t else t) for k, t in client._mounts.items()}
        else:
            client._transport = self._wrap(client._transport)
            client._mounts = {k: (self._wrap(t) if t else t) for k, t in client._mounts.items()}

    def adopt(self, http_client: httpx.Client | httpx.AsyncClient) -> None:
        """Send through the caller's own httpx client, its transport and mounts wrapped by the overlay.

        Its base URL, authorization header and timeout become this client's; everything else it was
        configured with (proxies, mounts, event hooks, certificates) stays in force.
        """
        http_client.base_url = httpx.URL(self._base_url)
        http_client.headers.update(self._headers)
        # The key goes only to the API's own origin, should the caller use this client elsewhere too.
        http_client.auth = _KeyForOrigin(
            self._base_url, self.auth_header_name, self._all_headers()[self.auth_header_name]
        )
        http_client.timeout = self._timeout
        if isinstance(http_client, httpx.AsyncClient):
            self._adopted_async = http_client
            self._async_client = http_client
        else:
            self._client = http_client
        self._adopted = True
        self._wrap_routes(http_client)

    def derive(self, **changes: Any) -> WherebyClient:
        """A copy with other settings that shares the budget and the connection pools."""
        return self._derive(**changes)

    def _derive(self, **changes: Any) -> WherebyClient:
        # A copy that shares the budget, with its own httpx clients built on first use.
        if self._adopted:
            raise ConfigurationError(
                "this client sends through your own httpx client (http_client= or set_httpx_client), which "
                "holds one set of options: make another client with its own httpx client instead"
            )
        clone = copy.copy(self)
        clone.__dict__.update(self.__dict__)  # the slotted base copies its slots only
        for name, value in changes.items():
            object.__setattr__(clone, name, value)
        object.__setattr__(clone, "_client", None)
        object.__setattr__(clone, "_async_client", None)
        clone.__dict__["_async_by_loop"] = weakref.WeakKeyDictionary()  # its own clients; the pools are shared
        return clone

    def with_headers(self, headers: dict[str, str]) -> WherebyClient:
        return self._derive(_headers={**self._headers, **headers})

    def with_cookies(self, cookies: dict[str, str]) -> WherebyClient:
        return self._derive(_cookies={**self._cookies, **cookies})

    def with_timeout(self, timeout: httpx.Timeout) -> WherebyClient:
        return self._derive(_timeout=timeout)
