"""Command line of the generator: `python -m generator generate | check-drift`.

Exit codes: 0 done, 1 the check found a difference, 2 the spec (or the command line) is unusable.
Failures print one line per problem on stderr, never a traceback.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

from . import codegen, layout
from .spec import SpecError, load_spec

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_SPEC = ROOT / "openapi.yaml"
DEFAULT_OUT = ROOT / "generated_client"


def _generate(spec_path: Path, out_root: Path, quiet: bool) -> int:
    started = time.perf_counter()
    spec = load_spec(spec_path)
    with tempfile.TemporaryDirectory(prefix="whereby-gen-") as scratch:
        fresh = codegen.build_package(spec, Path(scratch))
        # Only a complete, formatted package reaches the repository.
        changed = layout.sync(fresh, out_root / fresh.name)
    if not quiet:
        took = time.perf_counter() - started
        what = f"{len(changed)} file(s) changed" if changed else "no changes"
        print(f"generated {out_root / fresh.name} from {spec_path.name}: {what} in {took:.1f}s")
        for line in changed:
            print(f"  {line}")
    return 0


def _check_drift(spec_path: Path, out_root: Path) -> int:
    spec = load_spec(spec_path)
    with tempfile.TemporaryDirectory(prefix="whereby-drift-") as scratch:
        fresh = codegen.build_package(spec, Path(scratch))
        diffs = layout.differences(fresh, out_root / fresh.name)
    if diffs:
        print(f"generated code has drifted from {spec_path.name}; run `make generate`:", file=sys.stderr)
        for line in diffs:
            print(f"  {line}", file=sys.stderr)
        return 1
    print(f"no drift: {out_root / fresh.name} matches {spec_path.name}")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m generator", description=__doc__.splitlines()[0])
    parser.add_argument("--spec", type=Path, default=DEFAULT_SPEC, help="the OpenAPI document (default: openapi.yaml)")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="folder holding the package folder")
    commands = parser.add_subparsers(dest="command", required=True)
    gen = commands.add_parser("generate", help="regenerate the package from the spec")
    gen.add_argument("-q", "--quiet", action="store_true")
    commands.add_parser("check-drift", help="fail when the committed package differs from the spec")
    args = parser.parse_args(argv)
    try:
        if args.command == "generate":
            return _generate(args.spec, args.out, args.quiet)
        return _check_drift(args.spec, args.out)
    except SpecError as exc:
        for problem in (exc, *exc.also):
            print(f"error: {problem}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
