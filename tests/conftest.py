"""Shared fixtures: the contract as plain data, and paths into the repository."""

from __future__ import annotations

import os
import signal
import ssl
from pathlib import Path
from typing import Any

import pytest

from generator.spec import Spec, load_spec

ROOT = Path(__file__).resolve().parent.parent
SPEC_PATH = ROOT / "openapi.yaml"


def pytest_configure(config: pytest.Config) -> None:
    _share_one_certificate_store()
    # A shell without job control starts background commands (`make test &`) with SIGINT ignored,
    # and an ignored signal stays ignored in every process started after: the Ctrl-C tests'
    # commands would never see their SIGINT. Handled, it is back to the default in each of them.
    if signal.getsignal(signal.SIGINT) is signal.SIG_IGN:
        signal.signal(signal.SIGINT, signal.default_int_handler)


LONGEST_FIRST = (
    "release/test_publish.py",
    "generator/test_generate.py",
    "docs/test_docs.py",
    "sandbox/test_webhooks.py",
    "overlay/test_against_sandbox.py",
    "generator/test_versioning.py",
    "release/test_side_by_side.py",
    "sandbox/test_schemathesis.py",
)
"""The files that take longest (10-20 s each, `--durations`), run first.

`make test` hands out whole files to the workers in the order collected (`--no-loadscope-reorder`);
a long file last would keep one worker busy while the other has nothing left. The rest keep their
order. Nothing else depends on the order; a name here that is no longer a file is an error.
"""


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    rank = {ROOT / "tests" / name: place for place, name in enumerate(LONGEST_FIRST)}
    gone = [str(path) for path in rank if not path.is_file()]
    if gone:
        raise pytest.UsageError(f"tests/conftest.py: LONGEST_FIRST names files that do not exist: {gone}")
    items.sort(key=lambda item: rank.get(item.path, len(rank)))  # stable: each file's order stays


def _share_one_certificate_store() -> None:
    """Every httpx client in the tests' own process gets the same default TLS context.

    httpx loads the CA bundle into a new context for each client it makes (about 25 ms); the tests
    make over a thousand clients (a `Whereby` per test, `httpx.get` per request) and talk only plain
    http to loopback, so that was seconds of CPU per worker spent on a store no test uses. Only the
    default (`verify=True`, no client certificate) is shared, one per SSL_CERT_FILE and SSL_CERT_DIR.
    """
    from httpx._transports import default

    create = default.create_ssl_context
    shared: dict[tuple[str | None, ...], ssl.SSLContext] = {}

    def create_or_share(verify: Any = True, cert: Any = None, trust_env: bool = True) -> ssl.SSLContext:
        if verify is not True or cert is not None:
            return create(verify=verify, cert=cert, trust_env=trust_env)
        chosen = tuple(os.environ.get(name) if trust_env else None for name in ("SSL_CERT_FILE", "SSL_CERT_DIR"))
        if chosen not in shared:
            shared[chosen] = create(trust_env=trust_env)
        return shared[chosen]

    default.create_ssl_context = create_or_share


@pytest.fixture(scope="session")
def spec() -> Spec:
    return load_spec(SPEC_PATH)


@pytest.fixture(scope="session")
def spec_data(spec: Spec) -> dict[str, Any]:
    return spec.data
