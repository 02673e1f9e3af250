"""The options, lifetime and copies of the resource client; the generated `Whereby` adds the resources.

`WherebyBase` owns one `WherebyClient` (key, base URL, budget, retries, timeouts, the connection
pool). `with_options()` gives a client that shares the pool and the budget and differs only in
what was asked. Nothing here names an endpoint.
"""

from __future__ import annotations

import copy
import dataclasses
import logging
import os
import sys
from collections.abc import Mapping
from types import TracebackType
from typing import Any, Self

import httpx

from ..types import UNSET, Unset
from . import _constants as C
from .client import WherebyClient, as_timeout, check_headers, check_settings
from .errors import ConfigurationError
from .pacing import Pacer
from .stores.base import BudgetStore

LOG_ENV = "WHEREBY_LOG"


class _Base:
    _HTTP_CLIENT: type[httpx.Client] | type[httpx.AsyncClient] = httpx.Client

    def __init__(
        self,
        api_key: str | None = None,
        *,
        base_url: str | None = None,
        plan: str | None = None,
        points_per_minute: int | None = None,
        budget: BudgetStore | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int = C.DEFAULT_MAX_RETRIES,
        max_rate_limit_wait: float = C.MAX_RATE_LIMIT_WAIT_SECONDS,
        max_wait: float | None = None,
        default_headers: Mapping[str, str] | None = None,
        http_client: httpx.Client | httpx.AsyncClient | None = None,
        window: float = C.WINDOW_SECONDS,
    ) -> None:
        _log_from_environment()
        self._client = WherebyClient(
            api_key,
            base_url=base_url,
            plan=plan,
            points_per_minute=points_per_minute,
            budget=budget,
            timeout=timeout,
            max_retries=max_retries,
            max_rate_limit_wait=max_rate_limit_wait,
            max_wait=max_wait,
            raise_errors=True,
            window=window,
            headers=dict(default_headers or {}),
        )
        if http_client is not None:
            if not isinstance(http_client, self._HTTP_CLIENT):
                raise ConfigurationError(
                    f"{type(self).__name__} needs an {self._HTTP_CLIENT.__module__}.{self._HTTP_CLIENT.__name__} "
                    f"as http_client, not {type(http_client).__name__}"
                )
            self._client.adopt(http_client)

    @property
    def base_url(self) -> str:
        return self._client.base_url

    @property
    def api_client(self) -> WherebyClient:
        """The `WherebyClient` this client sends through: pass it as `client=` to the lower layer's
        generated functions, and they share this client's budget and connections."""
        return self._client

    @property
    def pacer(self) -> Pacer:
        """The budget this client keeps to: `limit` points per `window` seconds, `remaining` as last reported."""
        return self._client.pacer

    @property
    def budget(self) -> BudgetStore:
        """Where this client's point budget is kept (shared by every client given the same store)."""
        return self._client.pacer.store

    def with_options(
        self,
        *,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        max_retries: int | Unset = UNSET,
        max_rate_limit_wait: float | Unset = UNSET,
        max_wait: float | Unset | None = UNSET,
        default_headers: Mapping[str, str] | None = None,
    ) -> Self:
        """A client like this one, sharing its connection pool and budget, with other options."""
        changes: dict[str, Any] = {}
        settings = self._client.settings
        if not isinstance(max_retries, Unset):
            settings = dataclasses.replace(settings, max_retries=max_retries)
        if not isinstance(max_rate_limit_wait, Unset):
            settings = dataclasses.replace(settings, max_rate_limit_wait=max_rate_limit_wait)
        if not isinstance(max_wait, Unset):
            settings = dataclasses.replace(settings, max_wait=max_wait)
        pacer = self._client.pacer
        check_settings(
            pacer.limit,
            pacer.window,
            settings.max_retries,
            settings.max_rate_limit_retries,
            settings.max_rate_limit_wait,
            settings.max_wait,
        )
        changes["_settings"] = settings
        if not isinstance(timeout, Unset):
            changes["_timeout"] = as_timeout(timeout)
        if default_headers is not None:
            changes["_headers"] = {**self._client.headers, **check_headers(default_headers, "default_headers")}
        clone = copy.copy(self)
        clone.__dict__ = {k: v for k, v in self.__dict__.items() if not _is_cached_resource(type(self), k)}
        clone._client = self._client.derive(**changes)
        return clone

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={self.base_url!r}, points_per_minute={self._client.pacer.limit})"


def _is_cached_resource(cls: type, name: str) -> bool:
    from functools import cached_property

    return isinstance(getattr(cls, name, None), cached_property)


class WherebyBase(_Base):
    """The sync client's options and lifetime: `close()`, or use it as a context manager."""

    def close(self) -> None:
        """Close the connection pool (shared with the clients `with_options` made)."""
        self._client.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()


class AsyncWherebyBase(_Base):
    """The async client's options and lifetime: `await close()`, or `async with`."""

    _HTTP_CLIENT = httpx.AsyncClient

    async def close(self) -> None:
        """Close the connection pool (shared with the clients `with_options` made)."""
        await self._client.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.close()


_LOG_LEVELS = {"debug": logging.DEBUG, "info": logging.INFO}
_log_handler: logging.Handler | None = None


def _log_from_environment() -> None:
    """`WHEREBY_LOG=info|debug`: the `whereby_v1` log on stderr (it never holds the key).

    An application that set up the `whereby_v1` logger itself (a handler on it) keeps its own setup.
    """
    global _log_handler
    level = _LOG_LEVELS.get(os.environ.get(LOG_ENV, "").strip().lower())
    logger = logging.getLogger(C.LOGGER_NAME)
    if level is None or _log_handler is not None or logger.handlers:
        return
    _log_handler = logging.StreamHandler(sys.stderr)
    _log_handler.setFormatter(logging.Formatter("[%(asctime)s %(name)s %(levelname)s] %(message)s"))
    logger.addHandler(_log_handler)
    logger.setLevel(level)


__all__ = ["AsyncWherebyBase", "WherebyBase"]
