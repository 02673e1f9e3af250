"""The resource client's tests use the real sandbox servers and the recording loopback server."""

from tests.client.conftest import _running_server, http_server
from tests.sandbox.conftest import sandbox_factory, shared_sandbox

__all__ = ["_running_server", "http_server", "sandbox_factory", "shared_sandbox"]
