"""`whereby-v1`, the command line for the tasks people script (installed with the `cli` extra).

    pip install 'whereby-v1[cli]'
    export WHEREBY_API_KEY=...
    whereby-v1 meetings list --all --json

This module is the console script's entry point and nothing more. It must never import click or
rich at import time: `import whereby_v1` works without the extra, and a missing extra is told
to the person in one line, not as a traceback.
"""

from __future__ import annotations

import importlib.util
import sys

INSTALL_HINT = "pip install 'whereby-v1[cli]'"


def _missing_extra() -> str | None:
    """The first package of the `cli` extra that cannot be imported, if any (without importing it)."""
    for name in ("click", "rich"):
        try:
            if importlib.util.find_spec(name) is None:
                return name
        except (ImportError, ValueError):
            return name
    return None


def main(argv: list[str] | None = None) -> None:
    """Run the command line and exit with its status (0 ok, 1 API error, 2 bad input, 130 Ctrl-C, 141 stdout closed)."""
    missing = _missing_extra()
    if missing:
        sys.stderr.write(f"whereby-v1: the command line needs the 'cli' extra ({missing} is missing): {INSTALL_HINT}\n")
        sys.exit(2)
    from ._app import run

    sys.exit(run(argv))
