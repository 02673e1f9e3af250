"""Shared fixtures: the contract as plain data, and paths into the repository."""

from __future__ import annotations

import signal
from pathlib import Path
from typing import Any

import pytest

from generator.spec import Spec, load_spec

ROOT = Path(__file__).resolve().parent.parent
SPEC_PATH = ROOT / "openapi.yaml"


def pytest_configure(config: pytest.Config) -> None:
    # A shell without job control starts background commands (`make test &`) with SIGINT ignored,
    # and an ignored signal stays ignored in every process started after: the Ctrl-C tests'
    # commands would never see their SIGINT. Handled, it is back to the default in each of them.
    if signal.getsignal(signal.SIGINT) is signal.SIG_IGN:
        signal.signal(signal.SIGINT, signal.default_int_handler)


@pytest.fixture(scope="session")
def spec() -> Spec:
    return load_spec(SPEC_PATH)


@pytest.fixture(scope="session")
def spec_data(spec: Spec) -> dict[str, Any]:
    return spec.data
