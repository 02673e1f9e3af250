"""httpx transports that pace, recover from 429s and retry safely, for every generated function.

The policy is written once, as a generator (`_Exchange.steps`) that yields what it needs done
(book points, sleep, send and read the reply, talk to the store) and receives the results. The sync
and async transports only carry those steps out, so both behave identically.
"""

from __future__ import annotations

import contextlib
import logging
import threading
import time
import warnings
from collections.abc import Awaitable, Callable, Generator, Mapping
from dataclasses import dataclass
from functools import partial
from typing import Any

import httpx

from . import _constants as C
from .errors import (
    APIConnectionError,
    APIDeprecationWarning,
    BudgetWaitError,
    connection_error,
    status_error,
)
from .pacing import Pacer, Ticket, route
from .retries import decide, sent_nothing

log = logging.getLogger(C.LOGGER_NAME)


@dataclass(frozen=True)
class Settings:
    base_path: str
    max_retries: int = C.DEFAULT_MAX_RETRIES
    max_rate_limit_retries: int = C.DEFAULT_MAX_RATE_LIMIT_RETRIES
    max_rate_limit_wait: float = C.MAX_RATE_LIMIT_WAIT_SECONDS
    raise_errors: bool = False
    max_wait: float | None = None  # the longest a request may wait for the budget; None: as long as it takes


class Deprecations:
    """The operations already reported as deprecated, once per client (and the clients it made)."""

    def __init__(self) -> None:
        self._seen: set[str] = set()
        self._lock = threading.Lock()

    def first(self, operation: str) -> bool:
        """True the first time `operation` is reported."""
        with self._lock:
            new = operation not in self._seen
            self._seen.add(operation)
            return new


_FACTS = frozenset(
    (b"x-ratelimit-limit", b"x-ratelimit-remaining", b"x-ratelimit-reset", b"date", b"deprecation", b"sunset")
)


def _facts(headers: httpx.Headers) -> dict[str, str]:
    """The headers the policy reads, in one pass (each `Headers.get` scans every header)."""
    facts = {}
    for name, value in headers.raw:
        name = name.lower()
        if name in _FACTS:
            facts[name.decode("latin-1")] = value.decode("latin-1")
    return facts


# The steps the policy asks its driver to carry out.
@dataclass(frozen=True)
class _Book:
    cost: int


@dataclass(frozen=True)
class _Sleep:
    seconds: float


@dataclass(frozen=True)
class _Send:
    pass


@dataclass(frozen=True)
class _Store:
    call: Callable[[], Any]  # observe, pause or release: touches the store
    inline: bool = False  # run it now, not awaited: it is clean-up after a cancellation


# The driver carries out each step; whatever the step raised is thrown back into the policy at the
# point it asked (`yield`), so every decision about an exception is made in `_Exchange.steps`.


_Step = _Book | _Sleep | _Send | _Store


class _Exchange:
    """One request through the policy: its attempts, waits and the final reply or error."""

    def __init__(self, request: httpx.Request, pacer: Pacer, settings: Settings, deprecations: Deprecations) -> None:
        self.request = request
        self.pacer = pacer
        self.settings = settings
        self.deprecations = deprecations
        self.route = route(request.method, request.url.path, settings.base_path)
        self.label = f"{request.method} {request.url.path}"

    def steps(self) -> Generator[_Step, Any, httpx.Response]:
        s, attempt, throttled = self.settings, 0, 0
        while True:
            ticket = yield _Book(self.route.cost)
            if ticket.wait > 0:
                if s.max_wait is not None and ticket.wait > s.max_wait:
                    yield from self._give_back(ticket, inline=False)
                    raise BudgetWaitError(
                        f"{self.label}: the budget has room for its {self.route.cost} point(s) in "
                        f"{ticket.wait:.1f}s, longer than this client's max_wait of {s.max_wait:g}s; nothing was sent",
                        retry_after=ticket.wait,
                        method=self.request.method,
                        url=str(self.request.url),
                    )
                log.debug(
                    "waiting %.3fs for %d point(s) of the budget before %s",
                    ticket.wait,
                    self.route.cost,
                    self.label,
                    # The same facts as attributes of the record, for handlers that count waits.
                    extra={"wait_seconds": ticket.wait, "points": self.route.cost, "request": self.label},
                )
                try:
                    yield _Sleep(ticket.wait)
                except BaseException:
                    # Cancelled (task cancel, a timeout around the call, Ctrl-C) before anything was
                    # sent: the points were never spent, so nobody else should wait for them.
                    yield from self._give_back(ticket, inline=True)
                    raise
            if ticket.again:
                continue  # nothing was booked: the budget is asked again now
            sent = time.time()
            outcome: httpx.Response | Exception = yield _Send()
            self.pacer.settle(ticket)
            if isinstance(outcome, httpx.Response):
                facts = _facts(outcome.headers)
                if "deprecation" in facts or "sunset" in facts:
                    # Warnings turned into errors (-W error) must not lose the reply; the log line said it already.
                    with contextlib.suppress(Warning):
                        self._warn_if_deprecated(facts)
                yield from self._keep_the_reply(partial(self.pacer.observe, facts, sent))
            verdict = decide(outcome, idempotent=self.route.idempotent, retries=attempt, throttled=throttled, limits=s)
            if verdict.action == "retry":
                log.debug(
                    "retrying %s in %.3fs after %s (retry %d)", self.label, verdict.wait, verdict.reason, attempt + 1
                )
                yield _Sleep(verdict.wait)
                attempt += 1
                continue
            if verdict.action == "pause":
                log.debug("429 for %s: everyone sharing the budget waits %.3fs", self.label, verdict.wait)
                yield from self._keep_the_reply(partial(self.pacer.pause, verdict.wait))
                throttled += 1
                continue
            if isinstance(outcome, Exception):
                raise self._connection_error(outcome, attempt) from outcome
            if verdict.action == "raise":
                raise self._status_error(outcome, retry_after=verdict.wait)
            if s.raise_errors and outcome.status_code >= 400:
                raise self._status_error(outcome)
            return outcome

    def _give_back(self, ticket: Ticket, *, inline: bool) -> Generator[_Step, Any, None]:
        """The points of a request that will not be sent go back to everyone, whatever the store says.
        `inline` after a cancellation: now, not awaited, as a cancelled task may be cancelled again."""
        try:
            yield _Store(partial(self.pacer.release, ticket), inline=inline)
        except Exception as error:  # the caller gets why the request was not sent, not the store's fault
            log.warning("could not give back the points of unsent %s: %s", self.label, error)

    def _keep_the_reply(self, call: Callable[[], Any]) -> Generator[_Step, Any, None]:
        """Store work after the server answered: if the store fails, the answer still wins (the
        server did the work; raising would make the caller send it again). The fault is logged."""
        try:
            yield _Store(call)
        except Exception as error:
            log.warning(
                "the budget store failed after the server answered %s; the reply is kept, and pacing may "
                "be off until the store works again (%s: %s)",
                self.label,
                type(error).__name__,
                error,
            )

    def _warn_if_deprecated(self, headers: Mapping[str, str]) -> None:
        deprecation, sunset = headers.get("deprecation"), headers.get("sunset")
        operation = self.route.operation_id or self.label
        if (deprecation or sunset) and self.deprecations.first(operation):
            detail = "; ".join(
                p
                for p in (f"Deprecation: {deprecation}" if deprecation else "", f"Sunset: {sunset}" if sunset else "")
                if p
            )
            message = f"the API marks {operation} as deprecated ({detail}); plan to move off it"
            log.warning(message)
            warnings.warn(message, APIDeprecationWarning, stacklevel=2)

    def _connection_error(self, error: Exception, attempt: int) -> APIConnectionError:
        return connection_error(
            error,
            self.request,
            self.label,
            attempts=attempt + 1,
            may_have_run=not sent_nothing(error),
            idempotent=self.route.idempotent,
        )

    def _status_error(self, response: httpx.Response, retry_after: float | None = None) -> Exception:
        return status_error(
            response, self.request, self.label, retry_after=retry_after, cap=self.settings.max_rate_limit_wait
        )


class WherebyTransport(httpx.BaseTransport):
    """Wraps another sync transport (by default a plain `httpx.HTTPTransport`)."""

    def __init__(
        self,
        pacer: Pacer,
        settings: Settings,
        inner: httpx.BaseTransport | None = None,
        sleep: Callable[[float], None] = time.sleep,
        deprecations: Deprecations | None = None,
    ) -> None:
        self.pacer = pacer
        self.settings = settings
        self.deprecations = deprecations or Deprecations()
        self.inner = inner or httpx.HTTPTransport()
        self._sleep = sleep

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        steps = _Exchange(request, self.pacer, self.settings, self.deprecations).steps()
        result: Any = None
        failure: BaseException | None = None
        while True:
            try:
                step = steps.send(result) if failure is None else steps.throw(failure)
            except StopIteration as done:
                response: httpx.Response = done.value
                return response
            result, failure = None, None
            try:
                if isinstance(step, _Book):
                    result = self.pacer.book(step.cost)
                elif isinstance(step, _Sleep):
                    self._sleep(step.seconds)
                elif isinstance(step, _Send):
                    result = self._send(request)
                else:
                    result = step.call()
            except BaseException as error:  # the policy decides (and re-raises what it does not handle)
                failure = error

    def _send(self, request: httpx.Request) -> httpx.Response | httpx.RequestError:
        # The body is read here, inside the retry loop: a connection that dies mid-body is a
        # failed attempt like any other, not an error surfacing after the policy has finished.
        # A body that cannot be decoded is a reply that cannot be delivered: the server may have
        # done the work, which the policy reports as such.
        try:
            response = self.inner.handle_request(request)
            response.read()
        except (httpx.TransportError, httpx.DecodingError) as error:
            return error
        return response

    def close(self) -> None:
        self.inner.close()


class AsyncWherebyTransport(httpx.AsyncBaseTransport):
    """Wraps another async transport (by default a plain `httpx.AsyncHTTPTransport`)."""

    def __init__(
        self,
        pacer: Pacer,
        settings: Settings,
        inner: httpx.AsyncBaseTransport | None = None,
        sleep: Callable[[float], Awaitable[None]] | None = None,
        deprecations: Deprecations | None = None,
    ) -> None:
        self.pacer = pacer
        self.settings = settings
        self.deprecations = deprecations or Deprecations()
        self.inner = inner or httpx.AsyncHTTPTransport()
        if sleep is None:
            import asyncio  # loaded with the first async transport, not with the package

            sleep = asyncio.sleep
        self._sleep = sleep

    async def _store(self, call: Callable[[], Any]) -> Any:
        # Stores that do I/O (SQLite, Redis) must not block the event loop.
        if self.pacer.store.blocking_io:
            import asyncio

            return await asyncio.to_thread(call)
        return call()

    async def _book(self, cost: int) -> Ticket:
        if not self.pacer.store.blocking_io:
            return self.pacer.book(cost)
        import asyncio

        # The booking runs in a thread, which a cancellation cannot stop: if the caller is cancelled
        # while it runs, the booking is made all the same, and is given back as soon as it exists.
        booking = asyncio.ensure_future(asyncio.to_thread(self.pacer.book, cost))
        try:
            return await asyncio.shield(booking)
        except asyncio.CancelledError:
            booking.add_done_callback(self._give_back)
            raise

    def _give_back(self, booking: Any) -> None:
        if not booking.cancelled() and booking.exception() is None:
            self.pacer.release(booking.result())

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        steps = _Exchange(request, self.pacer, self.settings, self.deprecations).steps()
        result: Any = None
        failure: BaseException | None = None
        while True:
            try:
                step = steps.send(result) if failure is None else steps.throw(failure)
            except StopIteration as done:
                response: httpx.Response = done.value
                return response
            result, failure = None, None
            try:
                if isinstance(step, _Book):
                    result = await self._book(step.cost)
                elif isinstance(step, _Sleep):
                    await self._sleep(step.seconds)
                elif isinstance(step, _Send):
                    result = await self._send(request)
                elif step.inline:
                    # Clean-up after a cancellation runs now, not awaited: a cancelled task may be
                    # cancelled again at its next await, and the points must be given back all the same.
                    result = step.call()
                else:
                    result = await self._store(step.call)
            except BaseException as error:  # the policy decides (and re-raises what it does not handle)
                failure = error

    async def _send(self, request: httpx.Request) -> httpx.Response | httpx.RequestError:
        try:
            response = await self.inner.handle_async_request(request)
            await response.aread()
        except (httpx.TransportError, httpx.DecodingError) as error:
            return error
        return response

    async def aclose(self) -> None:
        await self.inner.aclose()
