"""`python -m generator diff`: read two revisions, compare them, print the verdict."""

from __future__ import annotations

import json
from pathlib import Path

from .compare import diff_specs
from .core import Report
from .load import load


def diff_files(old: Path, new: Path) -> Report:
    return diff_specs(load(old).data, load(new).data)


def run_diff(old: Path, new: Path, output: str = "text") -> int:
    """`python -m generator diff`: 0 when nothing is breaking, 1 when something is."""
    report = diff_files(old, new)
    if output == "json":
        print(json.dumps(report.as_json(), indent=2))
    else:
        print(report.to_text(), end="")
    return 1 if report.breaking else 0
