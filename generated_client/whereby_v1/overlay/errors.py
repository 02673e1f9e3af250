"""The package's exceptions, for code that imports them from the overlay.

The tree is drawn in `whereby_v1.errors`, which defines it at the bottom of the package so that
the generated functions, the overlay and the resource client raise the same classes.
"""

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
    NotFoundError,
    PermissionDeniedError,
    RateLimitedError,
    ServerError,
    UnexpectedStatus,
    WherebyError,
    status_error,
    status_error_class,
)

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
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimitedError",
    "ServerError",
    "UnexpectedStatus",
    "WherebyError",
    "status_error",
    "status_error_class",
]
