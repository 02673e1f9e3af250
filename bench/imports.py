"""How long importing the package takes, next to importing httpx, in fresh interpreters.

`python -m bench.imports [--runs N]` prints one JSON line per subject:
`{"scenario": "imports", "subject": ..., "median_ms": ..., "ratio_to_httpx": ..., "model_modules": ...}`.

Each run is a new `python -c` that times its own import with `time.perf_counter()` (interpreter
start-up is left out) and counts the `whereby_v1.models.*` modules it loaded. The subjects run
interleaved, run after run, so that all of them see the same machine at the same moment; the
figure is the median over runs. The command-line subjects time `main([...])` on top of the import.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys

PROBE = """
import sys, time, contextlib, io
started = time.perf_counter()
{body}
took = time.perf_counter() - started
models = sum(1 for name in sys.modules if name.startswith("whereby_v1.models."))
print(took * 1000, models)
"""

CLI = """
from whereby_v1.cli import main
with contextlib.redirect_stdout(io.StringIO()):
    try:
        main([{args}])
    except SystemExit:
        pass
"""

SUBJECTS: dict[str, str] = {
    "import httpx": "import httpx",
    "import whereby_v1; whereby_v1.Whereby": "import whereby_v1\nwhereby_v1.Whereby",
    "Whereby('k').meetings": "import whereby_v1\nwhereby_v1.Whereby('k').meetings",
    "import whereby_v1.overlay": "import whereby_v1.overlay",
    "whereby-v1 --version": CLI.format(args="'--version'"),
    "whereby-v1 --help": CLI.format(args="'--help'"),
}


def measure(runs: int) -> list[dict[str, object]]:
    times: dict[str, list[float]] = {name: [] for name in SUBJECTS}
    models: dict[str, int] = {}
    for _ in range(runs):
        for name, body in SUBJECTS.items():
            out = subprocess.run(
                [sys.executable, "-c", PROBE.format(body=body)], capture_output=True, text=True, check=True
            ).stdout.split()
            times[name].append(float(out[0]))
            models[name] = int(out[1])
    base = statistics.median(times["import httpx"])
    return [
        {
            "scenario": "imports",
            "subject": name,
            "median_ms": round(statistics.median(samples), 1),
            "ratio_to_httpx": round(statistics.median(samples) / base, 3),
            "model_modules": models[name],
            "runs": runs,
        }
        for name, samples in times.items()
    ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.imports", description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=21)
    args = parser.parse_args(argv)
    for line in measure(args.runs):
        print(json.dumps(line), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
