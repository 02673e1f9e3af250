"""The examples run against the same real sandbox servers as the sandbox's own tests."""

from tests.sandbox.conftest import sandbox_factory, shared_sandbox

__all__ = ["sandbox_factory", "shared_sandbox"]
