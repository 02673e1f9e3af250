"""What the release tests share: the wheel and sdist built from this checkout, once per run."""

from __future__ import annotations

import fcntl
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="session")
def dist(tmp_path_factory: pytest.TempPathFactory, worker_id: str) -> Path:
    """dist/ of this checkout; the tests only read it.

    Under pytest-xdist the workers of one run share a base folder (`pytest-N/`, each worker's own
    is below it): the first to get there builds, under a lock, and the others wait and use that
    build rather than make their own (4-5 s each).
    """
    if worker_id == "master":
        return _build(tmp_path_factory.mktemp("dist"))
    shared = tmp_path_factory.getbasetemp().parent
    with (shared / "dist.lock").open("w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        out, built = shared / "dist", shared / "dist.built"
        if not built.exists():
            _build(out)
            built.touch()
    return out


def _build(out: Path) -> Path:
    subprocess.run([sys.executable, "-m", "build", "--outdir", str(out), str(ROOT)], check=True, capture_output=True)
    return out
