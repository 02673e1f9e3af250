"""Reading the revisions to compare: every failure is a one-line `SpecError`, never a traceback."""

from __future__ import annotations

from pathlib import Path

from ..spec import Spec, SpecError, load_spec


def load(path: Path) -> Spec:
    """`load_spec`, with the few failures it leaves as exceptions turned into SpecError."""
    try:
        return load_spec(path)
    except SpecError as exc:
        if "\n" not in exc.reason:
            raise
        # Some validator messages span lines; the contract is one line per problem.
        flat = " ".join(exc.reason.split())
        raise SpecError(exc.file, flat, line=exc.line, pointer=exc.pointer, also=exc.also) from None
    except UnicodeDecodeError:
        raise SpecError(path, "cannot read the file: it is not UTF-8 text") from None
    except RecursionError:
        raise SpecError(path, "the document is nested too deeply to read") from None
