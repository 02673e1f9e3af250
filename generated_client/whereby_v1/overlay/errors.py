"""Exceptions raised by the overlay.

    WherebyError                      anything this library raises on purpose
    ├── ConfigurationError            the client cannot work as set up (no key, plain http to a
    │                                 remote host, ...); also a ValueError
    ├── APIConnectionError            no usable reply (refused, reset, dropped); `may_have_run` says
    │   │                             whether the server may have done the work anyway
    │   └── APITimeoutError           the reply did not come in time
    ├── APIStatusError                the API replied with an error status (`status_code`, `headers`,
    │   │                             `body`, `content`, `method`, `url`); the message has the status,
    │   │                             the request line and the server's `error` text. The resource
    │   │                             client (`Whereby`) always raises; `WherebyClient` with
    │   │                             `raise_errors=True` ...
    │   ├── BadRequestError           400
    │   ├── AuthenticationError       401
    │   ├── PermissionDeniedError     403
    │   ├── NotFoundError             404
    │   ├── RateLimitedError          429; also raised (always) when the wait asked for is longer
    │   │                             than the client's cap: `retry_after` carries the wait in seconds
    │   ├── ServerError               5xx
    │   └── APIResponseValidationError  a 2xx whose body is not the contract's model (kept in `content`)
    ├── UnexpectedStatus              (whereby_v1.errors) a status the contract does not document, from the
    │                                 generated functions with raise_on_unexpected_status=True
    └── WebhookError                  (overlay.webhooks) a webhook delivery that is not genuine or not
                                      readable; one subclass per reason

`APIDeprecationWarning` (a `DeprecationWarning`) is issued once per operation when the server
marks it with a `Deprecation` or `Sunset` header.

None of them carries the request itself or its headers, so the API key cannot leak through one.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from ..errors import WherebyError as WherebyError


class APIDeprecationWarning(DeprecationWarning):
    """The server says an operation is deprecated or will be switched off (Deprecation/Sunset headers)."""


class ConfigurationError(WherebyError, ValueError):
    """The client was set up in a way that cannot work."""


class APIConnectionError(WherebyError):
    def __init__(self, message: str, *, method: str, url: str, may_have_run: bool) -> None:
        self.method = method
        self.url = url
        self.may_have_run = may_have_run
        super().__init__(message)


class APITimeoutError(APIConnectionError):
    pass


class APIStatusError(WherebyError):
    def __init__(
        self, message: str, *, status: int, headers: Mapping[str, str], content: bytes, method: str, url: str
    ) -> None:
        self.status = status
        self.headers = dict(headers)
        self.status_code = status
        self.content = content
        self.method = method
        self.url = url
        super().__init__(message)

    @property
    def body(self) -> Any:
        """The reply body: parsed JSON when it is JSON, else the text."""
        try:
            return json.loads(self.content)
        except ValueError:
            return self.content.decode("utf-8", errors="replace")


class BadRequestError(APIStatusError):
    pass


class AuthenticationError(APIStatusError):
    pass


class PermissionDeniedError(APIStatusError):
    pass


class NotFoundError(APIStatusError):
    pass


class RateLimitedError(APIStatusError):
    def __init__(self, message: str, *, retry_after: float, **kwargs: Any) -> None:
        self.retry_after = retry_after
        super().__init__(message, **kwargs)


class ServerError(APIStatusError):
    pass


class APIResponseValidationError(APIStatusError):
    """A success reply whose body does not match the contract's model (a proxy page, a truncated body)."""


_BY_STATUS: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    429: RateLimitedError,
}


def status_error_class(status: int) -> type[APIStatusError]:
    if status >= 500:
        return ServerError
    return _BY_STATUS.get(status, APIStatusError)
