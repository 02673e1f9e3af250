"""Typed client for Whereby Embedded REST API 1.3.0.

    from whereby_v1 import Whereby, NotFoundError

    client = Whereby()                       # the key from WHEREBY_API_KEY
    meeting = client.meetings.create(end_date=..., fields=["hostRoomUrl"])

`Whereby` and `AsyncWhereby` are the face: one attribute per resource, one method per operation,
the model returned, any error reply raised. Below them, `WherebyClient` with the functions in
`api/<tag>/<operation>.py` is the lower layer. Generated from openapi.yaml; every module here is
generated except `overlay/` and `cli/`, which are handwritten. Names load on first use, so
importing the package is light.
"""

from typing import TYPE_CHECKING, Any

from ._operations import API_VERSION

if TYPE_CHECKING:
    from ._client import AsyncWhereby, Whereby
    from .client import DEFAULT_TIMEOUT, AuthenticatedClient, Client
    from .errors import ModelValidationError, UnexpectedStatus, WherebyError
    from .overlay.client import WherebyClient
    from .overlay.errors import (
        APIConnectionError,
        APIDeprecationWarning,
        APIResponseValidationError,
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
    )
    from .overlay.resource import AsyncPager, FileInput, Page, RawResponse, SyncPager
    from .overlay.stores import BudgetStore, MemoryStore, RedisStore, SQLiteStore
    from .overlay.webhooks import WebhookError, construct_event
    from .types import UNSET, File, Unset

__version__ = API_VERSION

_LAZY: dict[str, str] = {
    "Whereby": "._client",
    "AsyncWhereby": "._client",
    "DEFAULT_TIMEOUT": ".client",
    "AuthenticatedClient": ".client",
    "Client": ".client",
    "ModelValidationError": ".errors",
    "UnexpectedStatus": ".errors",
    "WherebyError": ".errors",
    "WherebyClient": ".overlay.client",
    "APIConnectionError": ".overlay.errors",
    "APIDeprecationWarning": ".overlay.errors",
    "APIResponseValidationError": ".overlay.errors",
    "APIStatusError": ".overlay.errors",
    "APITimeoutError": ".overlay.errors",
    "AuthenticationError": ".overlay.errors",
    "BadRequestError": ".overlay.errors",
    "BudgetWaitError": ".overlay.errors",
    "ClientClosedError": ".overlay.errors",
    "ConfigurationError": ".overlay.errors",
    "NotFoundError": ".overlay.errors",
    "PermissionDeniedError": ".overlay.errors",
    "RateLimitedError": ".overlay.errors",
    "ServerError": ".overlay.errors",
    "AsyncPager": ".overlay.resource",
    "FileInput": ".overlay.resource",
    "Page": ".overlay.resource",
    "RawResponse": ".overlay.resource",
    "SyncPager": ".overlay.resource",
    "BudgetStore": ".overlay.stores",
    "MemoryStore": ".overlay.stores",
    "RedisStore": ".overlay.stores",
    "SQLiteStore": ".overlay.stores",
    "WebhookError": ".overlay.webhooks",
    "construct_event": ".overlay.webhooks",
    "UNSET": ".types",
    "File": ".types",
    "Unset": ".types",
}


if not TYPE_CHECKING:
    # Under a type checker the names above are the whole module: a typo is an error, not Any.
    def __getattr__(name: str) -> Any:
        module = _LAZY.get(name)
        if module is None:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        import importlib

        value = getattr(importlib.import_module(module, __name__), name)
        globals()[name] = value
        return value


def __dir__() -> list[str]:
    return sorted([*globals(), *_LAZY])


__all__ = (
    "API_VERSION",
    "__version__",
    "APIConnectionError",
    "APIDeprecationWarning",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AsyncPager",
    "AsyncWhereby",
    "AuthenticatedClient",
    "AuthenticationError",
    "BadRequestError",
    "BudgetStore",
    "BudgetWaitError",
    "Client",
    "ClientClosedError",
    "ConfigurationError",
    "DEFAULT_TIMEOUT",
    "File",
    "FileInput",
    "MemoryStore",
    "ModelValidationError",
    "NotFoundError",
    "Page",
    "PermissionDeniedError",
    "RateLimitedError",
    "RawResponse",
    "RedisStore",
    "SQLiteStore",
    "ServerError",
    "SyncPager",
    "UNSET",
    "UnexpectedStatus",
    "Unset",
    "WebhookError",
    "Whereby",
    "WherebyClient",
    "WherebyError",
    "construct_event",
)
