"""Typed client for Whereby Embedded REST API 1.1.0.

Generated from openapi.yaml; every module here is generated except `overlay/`, which is
handwritten. Call the functions in `api/<tag>/<operation>.py` with a client from `client`.
"""

from ._operations import API_VERSION
from .client import DEFAULT_TIMEOUT, AuthenticatedClient, Client

__version__ = API_VERSION

__all__ = (
    "API_VERSION",
    "DEFAULT_TIMEOUT",
    "AuthenticatedClient",
    "Client",
    "__version__",
)
