"""The typed usage file is real code: it runs against a sandbox, so its `assert_type`s describe
calls that work, not only calls that type-check."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tests.conftest import ROOT

USAGE = Path(__file__).with_name("usage.py")


def test_the_typed_usage_runs_against_a_sandbox() -> None:
    command = [sys.executable, "-m", "sandbox.run", "--budget", "1000", "--processing-delay", "0", "--"]
    env = {k: v for k, v in os.environ.items() if not k.startswith("WHEREBY_")}
    result = subprocess.run(
        [*command, sys.executable, str(USAGE)], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "typed usage ran" in result.stdout
