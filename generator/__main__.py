"""Command line of the generator: `python -m generator generate | check-drift | diff | check-version | release`.

Exit codes: 0 done, 1 the check found a difference, 2 the spec (or the command line) is unusable.
Failures print one line per problem on stderr, never a traceback.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

from . import breaking, codegen, layout, publish, versioning
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
    diff = commands.add_parser("diff", help="classify the changes between two revisions of the spec")
    diff.add_argument("old", type=Path, help="the earlier revision")
    diff.add_argument("new", type=Path, help="the later revision")
    diff.add_argument("--format", choices=("text", "json"), default="text", dest="output")
    diff.add_argument(
        "--strict", action="store_true", help="refuse a revision that is not valid OpenAPI (else: warnings)"
    )
    diff.add_argument(
        "--report",
        action="store_true",
        help="list what each revision has that the other lacks (operations, parameters, fields, enum values); exit 0",
    )
    check = commands.add_parser("check-version", help="fail when info.version does not match the changes")
    check.add_argument("--baseline-dir", type=Path, default=versioning.BASELINE_DIR)
    release = commands.add_parser("release", help="bump info.version, write CHANGELOG.md, record the baseline")
    release.add_argument("--baseline-dir", type=Path, default=versioning.BASELINE_DIR)
    release.add_argument("--changelog", type=Path, default=versioning.CHANGELOG)
    publish_cmd = commands.add_parser(
        "publish", help="upload dist/'s wheel and sdist to the index in WHEREBY_PUBLISH_URL (twine)"
    )
    publish_cmd.add_argument("--baseline-dir", type=Path, default=versioning.BASELINE_DIR)
    publish_cmd.add_argument("--dist", type=Path, default=Path("dist"))
    args = parser.parse_args(argv)
    try:
        if args.command == "generate":
            return _generate(args.spec, args.out, args.quiet)
        if args.command == "diff":
            return breaking.run_diff(args.old, args.new, args.output, strict=args.strict, report=args.report)
        if args.command == "check-version":
            return versioning.run_check_version(args.spec, args.baseline_dir)
        if args.command == "publish":
            return publish.run_publish(args.spec, args.baseline_dir, args.dist)
        if args.command == "release":
            return versioning.run_release(args.spec, args.baseline_dir, args.changelog)
        return _check_drift(args.spec, args.out)
    except SpecError as exc:
        for problem in (exc, *exc.also):
            print(f"error: {problem}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
