"""Shared fixtures: the contract as plain data, and paths into the repository."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from generator.spec import Spec, load_spec

ROOT = Path(__file__).resolve().parent.parent
SPEC_PATH = ROOT / "openapi.yaml"


@pytest.fixture(scope="session")
def spec() -> Spec:
    return load_spec(SPEC_PATH)


@pytest.fixture(scope="session")
def spec_data(spec: Spec) -> dict[str, Any]:
    return spec.data
