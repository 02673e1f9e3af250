"""httpx transports that pace, recover from 429s and retry safely, for every generated function.

The policy is written once, as a generator (`_Exchange.steps`) that yields what it needs done
(book points, sleep, send and read the reply, talk to the store) and receives the results. The sync
and async transports only carry those steps out, so both behave identically.
"""

from __future__ import annotations

import contextlib
import logging
import random
import time
import warnings
from collections.abc import Awaitable, Callable, Generator
from dataclasses import dataclass, field
from functools import partial
from typing import Any

import httpx

from . import _constants as C
from .errors import (
    APIConnectionError,
    APIDeprecationWarning,
    APITimeoutError,
    status_error,
)
from .pacing import Pacer, Ticket, route
from .retries import after_error, after_status, rate_limit_wait, sent_nothing

log = logging.getLogger(C.LOGGER_NAME)


@dataclass(frozen=True)
class Settings:
    base_path: str
    max_retries: int = C.DEFAULT_MAX_RETRIES
    max_rate_limit_retries: int = C.DEFAULT_MAX_RATE_LIMIT_RETRIES
    max_rate_limit_wait: float = C.MAX_RATE_LIMIT_WAIT_SECONDS
    raise_errors: bool = False
    warned: set[str] = field(default_factory=set)  # operations already reported as deprecated


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

    def __init__(self, request: httpx.Request, pacer: Pacer, settings: Settings) -> None:
        self.request = request
        self.pacer = pacer
        self.settings = settings
        self.route = route(request.method, request.url.path, settings.base_path)
        self.label = f"{request.method} {request.url.path}"

    def steps(self) -> Generator[_Step, Any, httpx.Response]:
        s, attempt, throttled = self.settings, 0, 0
        while True:
            ticket = yield _Book(self.route.cost)
            if ticket.wait > 0:
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
                    try:
                        yield _Store(partial(self.pacer.release, ticket), inline=True)
                    except Exception as error:  # the cancellation, not the store, is what the caller gets
                        log.warning("could not give back the points of cancelled %s: %s", self.label, error)
                    raise
            outcome = yield _Send()
            self.pacer.settle(ticket)
            if isinstance(outcome, Exception):
                verdict = after_error(
                    outcome, attempt=attempt, max_retries=s.max_retries, idempotent=self.route.idempotent
                )
                if not verdict.retry:
                    raise self._connection_error(outcome, attempt) from outcome
                log.debug(
                    "retrying %s in %.3fs after %s (retry %d)", self.label, verdict.wait, verdict.reason, attempt + 1
                )
                yield _Sleep(verdict.wait)
                attempt += 1
                continue

            response: httpx.Response = outcome
            # Warnings turned into errors (-W error) must not lose the reply; the log line said it already.
            with contextlib.suppress(Warning):
                _warn_if_deprecated(response.headers, self.route.operation_id or self.label, self.settings.warned)
            yield from self._keep_the_reply(partial(self.pacer.observe, response.headers))
            if response.status_code == 429:
                wait = rate_limit_wait(response.headers, response.content)
                if wait > s.max_rate_limit_wait:
                    raise self._status_error(response, retry_after=wait)
                if throttled < s.max_rate_limit_retries:
                    wait += random.uniform(0, C.RATE_LIMIT_JITTER_SECONDS)
                    log.debug("429 for %s: everyone sharing the budget waits %.3fs", self.label, wait)
                    yield from self._keep_the_reply(partial(self.pacer.pause, wait))
                    throttled += 1
                    continue
            else:
                verdict = after_status(
                    response.status_code, attempt=attempt, max_retries=s.max_retries, idempotent=self.route.idempotent
                )
                if verdict.retry:
                    log.debug(
                        "retrying %s in %.3fs after %s (retry %d)",
                        self.label,
                        verdict.wait,
                        verdict.reason,
                        attempt + 1,
                    )
                    yield _Sleep(verdict.wait)
                    attempt += 1
                    continue
            if s.raise_errors and response.status_code >= 400:
                raise self._status_error(response)
            return response

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

    def _connection_error(self, error: Exception, attempt: int) -> APIConnectionError:
        may_have_run = not sent_nothing(error)
        url = str(self.request.url)
        tried = f" after {attempt + 1} attempts" if attempt else ""
        if may_have_run and not self.route.idempotent:
            advice = "; not retried: it is not idempotent and may have been processed, so check before sending it again"
        else:
            advice = ""
        kind = APITimeoutError if isinstance(error, httpx.TimeoutException) else APIConnectionError
        message = f"{self.label} failed{tried}: {type(error).__name__}{advice}"
        return kind(message, method=self.request.method, url=url, may_have_run=may_have_run)

    def _status_error(self, response: httpx.Response, retry_after: float | None = None) -> Exception:
        return status_error(
            response, self.request, self.label, retry_after=retry_after, cap=self.settings.max_rate_limit_wait
        )


def _warn_if_deprecated(headers: httpx.Headers, operation: str, warned: set[str]) -> None:
    deprecation, sunset = headers.get("deprecation"), headers.get("sunset")
    if (deprecation or sunset) and operation not in warned:
        warned.add(operation)
        detail = "; ".join(
            p
            for p in (f"Deprecation: {deprecation}" if deprecation else "", f"Sunset: {sunset}" if sunset else "")
            if p
        )
        message = f"the API marks {operation} as deprecated ({detail}); plan to move off it"
        log.warning(message)
        warnings.warn(message, APIDeprecationWarning, stacklevel=2)


class WherebyTransport(httpx.BaseTransport):
    """Wraps another sync transport (by default a plain `httpx.HTTPTransport`)."""

    def __init__(
        self,
        pacer: Pacer,
        settings: Settings,
        inner: httpx.BaseTransport | None = None,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self.pacer = pacer
        self.settings = settings
        self.inner = inner or httpx.HTTPTransport()
        self._sleep = sleep

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        steps = _Exchange(request, self.pacer, self.settings).steps()
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
    ) -> None:
        self.pacer = pacer
        self.settings = settings
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
        steps = _Exchange(request, self.pacer, self.settings).steps()
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
