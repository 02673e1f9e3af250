"""The overlay is the runtime: it knows the contract only through the generated tables, names no
endpoint, and sits below the resource client and the command line, never above them."""

from __future__ import annotations

import re
from pathlib import Path

from whereby_v1._operations import OPERATIONS

OVERLAY = Path(__file__).resolve().parents[2] / "generated_client" / "whereby_v1" / "overlay"


def _sources() -> list[Path]:
    files = sorted(OVERLAY.rglob("*.py"))
    assert len(files) > 10
    return files


def test_the_overlay_imports_no_endpoint_model_resource_or_command() -> None:
    above = re.compile(
        r"^\s*(from|import)\s+(\.+(api|models|resources|cli|_client)\b|whereby_v1\.(api|models|resources|cli))"
    )
    for path in _sources():
        offending = [line for line in path.read_text(encoding="utf-8").splitlines() if above.match(line)]
        assert not offending, (path.name, offending)


def test_the_overlay_names_no_operation_and_no_path_of_the_contract() -> None:
    names = {op.operation_id for op in OPERATIONS} | {op.module.split(".")[1] for op in OPERATIONS}
    paths = {op.path.split("{")[0].rstrip("/") for op in OPERATIONS}
    for path in _sources():
        text = path.read_text(encoding="utf-8")
        found = sorted(n for n in names if re.search(rf"\b{re.escape(n)}\b", text))
        found += sorted(p for p in paths if f'"{p}' in text or f"'{p}" in text)
        assert not found, (path.name, found)
