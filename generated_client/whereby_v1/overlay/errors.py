"""The package's exceptions, for code that imports them from the overlay, and the factory of the
overlay's connection errors (`connection_error`), which says where and why a request failed.

The tree is drawn in `whereby_v1.errors`, which defines it at the bottom of the package so that
the generated functions, the overlay and the resource client raise the same classes. The
status-to-exception factory (`status_error`) is defined there too.
"""

from __future__ import annotations

import socket
import ssl

import httpx

from ..errors import (
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
    ModelValidationError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitedError,
    ServerError,
    UnexpectedStatus,
    WherebyError,
    response_validation_error,
    status_error,
    status_error_class,
)

_REASONS: list[tuple[type[BaseException], str]] = [
    # What happened, by the first of these among the error's causes; the order matters (a
    # gaierror is an OSError, a ConnectTimeout a TimeoutException).
    (socket.gaierror, "the host name could not be resolved"),
    (ConnectionRefusedError, "connection refused"),
    (httpx.ConnectTimeout, "timed out while connecting"),
    (httpx.PoolTimeout, "timed out waiting for a free connection"),
    (httpx.TimeoutException, "timed out waiting for the reply"),
    (ssl.SSLCertVerificationError, "the server's TLS certificate was not accepted"),
    (ssl.SSLError, "the TLS handshake failed"),
    (ConnectionResetError, "the connection was reset"),
    (httpx.RemoteProtocolError, "the server closed the connection without a complete reply"),
    (httpx.DecodingError, "the reply's body could not be decoded"),
]


def _where(url: httpx.URL) -> str:
    host = f"[{url.host}]" if ":" in url.host else url.host
    return f"{host}:{url.port or {'https': 443, 'http': 80}.get(url.scheme, '?')}"


def failure_reason(error: BaseException) -> str:
    """Why a request failed, in words, from the first telling exception among `error`'s causes."""
    causes: list[BaseException] = []
    cause: BaseException | None = error
    while cause is not None and cause not in causes:
        causes.append(cause)
        cause = cause.__cause__ or cause.__context__
    for kind, reason in _REASONS:
        found = next((c for c in causes if isinstance(c, kind)), None)
        if found is None:
            continue
        if isinstance(found, socket.gaierror) and found.strerror:
            reason += f" ({found.strerror})"
        elif isinstance(found, ssl.SSLCertVerificationError) and found.verify_message:
            reason += f" ({found.verify_message})"
        return reason
    system = next((c for c in causes if isinstance(c, OSError) and c.strerror), None)
    return system.strerror if isinstance(system, OSError) and system.strerror else "the connection failed"


def connection_error(
    error: Exception, request: httpx.Request, label: str, *, attempts: int, may_have_run: bool, idempotent: bool
) -> APIConnectionError:
    """The exception for a request that got no usable reply: the request, where it went, why it
    failed (`failure_reason`), how often it was tried, and whether the server may have done the work.

        GET /v1/meetings to 127.0.0.1:9 failed after 3 attempts: connection refused (ConnectError)
    """
    tried = f" after {attempts} attempts" if attempts > 1 else ""
    advice = ""
    if may_have_run and not idempotent:
        advice = "; not retried: it is not idempotent and may have been processed, so check before sending it again"
    kind = APITimeoutError if isinstance(error, httpx.TimeoutException) else APIConnectionError
    message = (
        f"{label} to {_where(request.url)} failed{tried}: {failure_reason(error)} ({type(error).__name__}){advice}"
    )
    return kind(message, method=request.method, url=str(request.url), may_have_run=may_have_run)


__all__ = [
    "APIConnectionError",
    "APIDeprecationWarning",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "BudgetWaitError",
    "ClientClosedError",
    "ConfigurationError",
    "ModelValidationError",
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimitedError",
    "ServerError",
    "UnexpectedStatus",
    "WherebyError",
    "connection_error",
    "failure_reason",
    "response_validation_error",
    "status_error",
    "status_error_class",
]
