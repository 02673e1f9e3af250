"""`python -m generator diff`: read two revisions, compare them, print the verdict or the gaps.

Exit codes: 0 compared and nothing is breaking (or, with `--report`, compared at all), 1 something
is breaking, 2 an input cannot be read (one `error:` line, no traceback). Problems in a readable
revision are `warning:` lines on stderr unless `--strict` makes them errors.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from ..spec import MAX_LINE, SpecError, one_line
from .compare import diff_specs
from .core import Report
from .gaps import gaps, gaps_json, gaps_text
from .load import read_revision


def diff_files(old: Path, new: Path, *, strict: bool = False) -> Report:
    """Both revisions read (warnings printed on stderr) and compared."""
    revisions = [read_revision(path, strict=strict) for path in (old, new)]
    printed: set[str] = set()
    for revision in revisions:
        for problem in revision.warnings:
            line = one_line(f"warning: {problem}", MAX_LINE)
            if line not in printed:  # a file compared with itself warns once
                printed.add(line)
                print(line, file=sys.stderr)
    try:
        return diff_specs(revisions[0].spec.data, revisions[1].spec.data)
    except (AttributeError, KeyError, TypeError, ValueError, RecursionError) as exc:
        # A shape no rule expected: still one line, never a traceback (and worth a bug report).
        raise SpecError(new, f"cannot compare with {old}: {type(exc).__name__}: {exc}") from None


def run_diff(old: Path, new: Path, output: str = "text", *, strict: bool = False, report: bool = False) -> int:
    """`python -m generator diff [--strict] [--report] OLD NEW`."""
    result = diff_files(old, new, strict=strict)
    if report:
        found = gaps(result)
        if output == "json":
            print(json.dumps(gaps_json(found), indent=2))
        else:
            print(gaps_text(found, str(old), str(new)), end="")
        return 0
    if output == "json":
        print(json.dumps(result.as_json(), indent=2))
    else:
        print(result.to_text(), end="")
    return 1 if result.breaking else 0
