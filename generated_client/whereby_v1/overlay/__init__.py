"""Handwritten additions to the generated package: pacing, 429 recovery, safe retries, typed errors.

The generator never reads, writes or deletes anything in this folder. Code here knows the
contract only through the generated `_operations` table, never through individual endpoints.

    from whereby_v1.overlay import WherebyClient
    client = WherebyClient(plan="grow")   # key from WHEREBY_API_KEY
"""

from typing import TYPE_CHECKING, Any

from .client import WherebyClient
from .errors import (
    APIConnectionError,
    APIDeprecationWarning,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    BudgetWaitError,
    ClientClosedError,
    ConfigurationError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitedError,
    ServerError,
    WherebyError,
)
from .pacing import Pacer
from .stores import BudgetStore, MemoryStore

if TYPE_CHECKING:
    from .stores import RedisStore, SQLiteStore


if not TYPE_CHECKING:
    # Under a type checker the names above are the whole module: a typo is an error, not Any.
    def __getattr__(name: str) -> Any:
        # The SQLite and Redis stores load when first named.
        if name in ("RedisStore", "SQLiteStore"):
            from . import stores

            return getattr(stores, name)
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = [
    "APIConnectionError",
    "APIDeprecationWarning",
    "APIStatusError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "BudgetStore",
    "BudgetWaitError",
    "ClientClosedError",
    "ConfigurationError",
    "MemoryStore",
    "NotFoundError",
    "Pacer",
    "PermissionDeniedError",
    "RateLimitedError",
    "RedisStore",
    "SQLiteStore",
    "ServerError",
    "WherebyClient",
    "WherebyError",
]
