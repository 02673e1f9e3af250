"""What a shared store (SQLite, Redis) does while it fails: pace alone, say so once, try again later.

With `mode="local"` a failing call is answered by an in-process `MemoryStore` instead, after one
warning on the `whereby_v1` logger; the shared store is tried again at most every
`retry_interval` seconds (by one caller; the others stay local meanwhile), and an INFO line says
when it answers again. With `mode="raise"` every failing call raises `WherebyError`.

It must never let a store's failure escape as anything but `WherebyError`, and never show a
secret: messages pass through the store's `scrub`.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from typing import Literal, TypeVar

from .. import _constants as C
from ..errors import WherebyError
from .base import is_seconds
from .memory import MemoryStore

log = logging.getLogger(C.LOGGER_NAME)

T = TypeVar("T")

RETRY_INTERVAL_SECONDS = 5.0
"""While a shared store fails, try it again at most this often."""

Mode = Literal["local", "raise"]


def check_mode(mode: str, retry_interval: float) -> None:
    if mode not in ("local", "raise"):
        raise ValueError(f"fallback must be 'local' or 'raise', not {mode!r}")
    if not is_seconds(retry_interval, positive=False):
        raise ValueError(f"retry_interval must be a finite number of seconds, 0 or more, not {retry_interval!r}")


class Fallback:
    def __init__(
        self,
        what: str,
        mode: Mode,
        retry_interval: float,
        failures: tuple[type[Exception], ...],
        scrub: Callable[[str], str] = str,
    ) -> None:
        """`what` names the store in messages ("the Redis budget store at host:6379"); `failures`
        are the exceptions that mean "the store failed" (anything else propagates unchanged)."""
        check_mode(mode, retry_interval)
        self.what = what
        self.mode = mode
        self.retry_interval = retry_interval
        self.failures = failures
        self.scrub = scrub
        self.local = MemoryStore(clock=time.time)
        """The budget used while the shared store fails (mode "local")."""
        self._state = threading.Lock()
        self._down = False
        self._retry_at = 0.0

    def call(self, remote: Callable[[], T], local: Callable[[], T]) -> T:
        with self._state:
            probe = not self._down or time.monotonic() >= self._retry_at
            if self._down and probe:  # one caller tries the store again; the others stay local meanwhile
                self._retry_at = time.monotonic() + self.retry_interval
        if not probe:
            return local()
        try:
            result = remote()
        except self.failures as error:
            reason = self.scrub(f"{type(error).__name__}: {error}")
            if self.mode == "raise":
                raise WherebyError(f"{self.what} failed: {reason}") from None
            with self._state:
                first = not self._down
                self._down = True
                self._retry_at = time.monotonic() + self.retry_interval
            if first:
                log.warning(
                    "%s failed (%s); pacing with this process's own budget until it answers again (retried every %g s)",
                    self.what,
                    reason,
                    self.retry_interval,
                )
            return local()
        if self._down:
            with self._state:
                back, self._down = self._down, False
            if back:
                log.info("%s answers again; the shared budget is used again", self.what)
        return result
