"""`python -m bench [--quick] [--only SCENARIO ...] [--serial] [--table] [--plot DIR]`: one JSON line per scenario and client.

Each (scenario, client) run is a child process (`python -m bench.runner`) with its own sandbox;
the two clients of a scenario run side by side (or one after the other with `--serial`). The
overhead scenario runs alone, in its own child (`python -m bench.overhead`), and so does the
import-time one (`python -m bench.imports`).

A run's line comes with its timeline (the sandbox's counts polled through the run); the printed
line leaves it out. With `--plot DIR`, once everything has run, `bench.plot` draws each scenario's
timelines into DIR/<scenario>.png and keeps them in DIR/<scenario>.json.

`python -m bench --simulate [--quick] [--table]` runs only `bench.simulate`: the pacing code in
virtual time, at scales no run on this machine reaches; one JSON line per configuration.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import asdict
from typing import Any

from .runner import OURS, PEER, Config
from .servers import ROOT, redis_server_path
from .workloads import UNIT_POINTS

# Scenario: mode, workers, processes, budget per second, kind, store, share of the other key,
# the sandbox's window kind, how long the sandbox holds each reply.
SCENARIOS: dict[str, dict[str, Any]] = {
    "single": {"mode": "threads", "workers": 1, "processes": 1, "rate": 15},
    "threads": {"mode": "threads", "workers": 16, "processes": 1, "rate": 60},
    "asyncio": {"mode": "asyncio", "workers": 64, "processes": 1, "rate": 60},
    "processes-redis": {"mode": "processes", "workers": 16, "processes": 4, "rate": 40, "store": "redis"},
    "processes-sqlite": {"mode": "processes", "workers": 16, "processes": 4, "rate": 40, "store": "sqlite"},
    "mixed": {"mode": "threads", "workers": 8, "processes": 1, "rate": 60, "kind": "mixed"},
    "second-key": {"mode": "threads", "workers": 8, "processes": 1, "rate": 60, "background": 0.25},
    "latency": {"mode": "threads", "workers": 16, "processes": 1, "rate": 60, "latency_ms": 100},
    "sliding": {"mode": "threads", "workers": 16, "processes": 1, "rate": 60, "window_kind": "sliding"},
}
ORDER = [*SCENARIOS, "overhead", "imports"]
APART = ("overhead", "imports")  # not client-against-peer runs


def configs(name: str, *, window: float, windows: int) -> list[Config]:
    spec = SCENARIOS[name]
    budget = round(spec["rate"] * window)
    kind = spec.get("kind", "read")
    share = 1 - spec.get("background", 0.0)
    # Work for `windows` windows of the share of the budget this client can have.
    units = round(windows * budget * share / UNIT_POINTS[kind])
    return [
        Config(
            scenario=name,
            client=client,
            mode=spec["mode"],
            workers=spec["workers"],
            processes=spec["processes"],
            budget=budget,
            window=window,
            units=units,
            kind=kind,
            store=spec.get("store", "memory"),
            background=spec.get("background", 0.0),
            window_kind=spec.get("window_kind", "fixed"),
            latency_ms=spec.get("latency_ms", 0),
        )
        for client in (OURS, PEER)
    ]


def skip_reason(name: str) -> str | None:
    if SCENARIOS[name].get("store") == "redis":
        if redis_server_path() is None:
            return "redis-server not installed"
        if importlib.util.find_spec("whereby_v1.overlay.stores.redis") is None:
            return "whereby_v1.overlay.stores.redis not available"
    return None


def _child(module: str, *args: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", module, *args],
        cwd=ROOT,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def _collect(process: subprocess.Popen[str], label: dict[str, Any], timeout: float) -> list[dict[str, Any]]:
    try:
        out, err = process.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        process.kill()  # our own child, by its Popen (PID)
        out, err = process.communicate()
        return [{**label, "error": f"timed out after {timeout:g}s"}]
    lines = [json.loads(line) for line in out.splitlines() if line.startswith("{")]
    if process.returncode != 0 or not lines:
        tail = err.strip().splitlines()[-1:] or [f"exit code {process.returncode}"]
        return [{**label, "error": tail[0]}]
    return lines


class Pending:
    """The runs of one scenario, started and setting up (sandbox, processes) until told to go."""

    def __init__(self, name: str, runs: list[Config], timeout: float) -> None:
        self.name = name
        self.timeout = timeout
        self.children = [(cfg, _child("bench.runner", json.dumps(asdict(cfg)), "--wait")) for cfg in runs]
        self._ready = False

    def wait_ready(self) -> None:
        if not self._ready:
            for _, child in self.children:
                assert child.stdout is not None
                child.stdout.readline()  # "ready", or "" if it failed (then _collect reports why)
            self._ready = True

    def go(self) -> None:
        """Start every run of the scenario together, once all are set up."""
        self.wait_ready()
        for _, child in self.children:
            assert child.stdin is not None
            try:
                child.stdin.write("go\n")
                child.stdin.flush()
            except BrokenPipeError:
                pass

    def collect(self) -> list[dict[str, Any]]:
        results: list[dict[str, Any]] = []
        for cfg, child in self.children:
            results += _collect(child, {"scenario": self.name, "client": cfg.client}, self.timeout)
        return results


def prepare(name: str, *, window: float, windows: int, serial: bool) -> list[Pending] | list[dict[str, Any]]:
    """Start the runs of a scenario (all at once, or one `Pending` per client with `serial`)."""
    runs = configs(name, window=window, windows=windows)
    reason = skip_reason(name)
    if reason:
        return [{"scenario": name, "client": cfg.client, "skipped": reason} for cfg in runs]
    timeout = 120 + 6 * windows * window
    if serial:
        return [Pending(name, [cfg], timeout) for cfg in runs]
    return [Pending(name, runs, timeout)]


def run_scenarios(
    names: list[str], *, window: float, windows: int, serial: bool, pipeline: bool
) -> Iterator[list[dict[str, Any]]]:
    """Yield each scenario's lines.

    With `pipeline`, the next scenario sets up while one runs, and the scenarios with worker
    processes (whose set-up is heavy: eight interpreters) set up before anything runs, so that
    no run shares the CPU with a heavy set-up.
    """
    prepared: dict[str, list[Pending] | list[dict[str, Any]]] = {}

    def start(name: str) -> None:
        if name not in prepared:
            prepared[name] = prepare(name, window=window, windows=windows, serial=serial)

    def start_next(after: int) -> None:
        for name in names[after + 1 :]:
            if name not in prepared:
                start(name)
                return

    if names:
        start(names[0])
    if pipeline:
        for name in names:
            if SCENARIOS[name]["mode"] == "processes":
                start(name)
        for started in prepared.values():
            for pending in started:
                if isinstance(pending, Pending):
                    pending.wait_ready()
    for i, name in enumerate(names):
        start(name)
        current = prepared.pop(name)
        results: list[dict[str, Any]] = []
        for pending in current:
            if isinstance(pending, dict):  # skipped
                results.append(pending)
                continue
            pending.go()
            if pipeline:
                start_next(i)
            results += pending.collect()
        yield results


def run_overhead(quick: bool) -> list[dict[str, Any]]:
    plans = [("100", "9")] if quick else [("100", "25"), ("1000", "5")]
    results: list[dict[str, Any]] = []
    for requests, rounds in plans:
        child = _child("bench.overhead", "--requests", requests, "--rounds", rounds)
        results += _collect(child, {"scenario": "overhead"}, 600)
    return results


def run_imports(quick: bool) -> list[dict[str, Any]]:
    child = _child("bench.imports", "--runs", "7" if quick else "21")
    return _collect(child, {"scenario": "imports"}, 600)


def table(lines: list[dict[str, Any]]) -> str:
    """The README's Markdown table."""
    rows = [
        "| scenario | client | workers | processes | budget / window | points sent | duration (s) | ideal (s) "
        "| makespan ratio | utilization | whole windows | throttled |",
        "|---|---|---:|---:|---|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for line in lines:
        if line.get("scenario") in APART or "skipped" in line or "error" in line:
            continue
        throttled = str(line["throttled"])
        if "background_throttled" in line:
            throttled += f" (other key: {line['background_throttled']})"
        ratio = line["makespan_ratio"]
        rows.append(
            f"| {line['scenario']} | {line['client']} | {line['workers']} | {line['processes']} "
            f"| {line['budget']} / {line['window_s']:g} s | {line['points_sent']} | {line['duration_s']:.2f} "
            f"| {line['ideal_s']:g} | {'—' if ratio is None else f'{ratio:.3f}'} "
            f"| {line['utilization']:.3f} | {line['utilization_whole_windows']:.3f} | {throttled} |"
        )
    for line in lines:
        if "skipped" in line or "error" in line:
            rows.append(f"| {line['scenario']} | {line.get('client', '')} | {line.get('skipped') or line['error']} |")
    overhead = [line for line in lines if line.get("scenario") == "overhead" and "ratio" in line]
    if overhead:
        rows += [
            "",
            "| overhead: requests per round | bare (µs CPU / request) | ours | ratio |",
            "|---:|---:|---:|---:|",
        ]
        rows += [f"| {o['requests']} | {o['bare_us']} | {o['ours_us']} | {o['ratio']} |" for o in overhead]
    imports = [line for line in lines if line.get("scenario") == "imports" and "median_ms" in line]
    if imports:
        rows += ["", "| import | median (ms) | ÷ import httpx | model modules loaded |", "|---|---:|---:|---:|"]
        rows += [
            f"| `{i['subject']}` | {i['median_ms']} | {i['ratio_to_httpx']} | {i['model_modules']} |" for i in imports
        ]
    return "\n".join(rows)


def simulate(*, quick: bool, show_table: bool, started: float) -> int:
    from . import simulate  # the simulation needs none of the real runs' machinery, nor they its

    lines = []
    for line in simulate.run_grid(simulate.grid(windows=10 if quick else 60)):
        print(json.dumps(line), flush=True)
        lines.append(line)
    if show_table:
        print(simulate.table(lines), file=sys.stderr)
        print(f"\n(total {time.monotonic() - started:.1f} s)", file=sys.stderr)
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="1 s windows, 4 windows of work: under a minute")
    parser.add_argument("--only", action="append", choices=ORDER, metavar="SCENARIO", help=f"one of {ORDER}")
    parser.add_argument("--serial", action="store_true", help="run the two clients one after the other")
    parser.add_argument("--table", action="store_true", help="also print a Markdown table on stderr")
    parser.add_argument(
        "--plot", metavar="DIR", help="draw each scenario's points accepted over time into DIR/<scenario>.png"
    )
    parser.add_argument(
        "--simulate",
        action="store_true",
        help="only the virtual-time simulation: 1 to 256 workers on 1 to 32 hosts, an hour of 60 s windows"
        " (10 windows with --quick)",
    )
    args = parser.parse_args(argv)
    started = time.monotonic()
    if args.simulate:
        return simulate(quick=args.quick, show_table=args.table, started=started)
    window, windows = (1.0, 4) if args.quick else (5.0, 5)
    wanted = [name for name in ORDER if not args.only or name in args.only]
    scenarios = [name for name in wanted if name not in APART]
    lines: list[dict[str, Any]] = []
    timelines: dict[str, list[dict[str, Any]]] = {}  # scenario: its lines, each with its timeline
    # Quick runs set the next scenario up while one runs (start-up is most of a short run);
    # full runs do not, so that nothing else uses the CPU while one is measured.
    for results in run_scenarios(scenarios, window=window, windows=windows, serial=args.serial, pipeline=args.quick):
        for line in results:
            print(json.dumps({k: v for k, v in line.items() if k != "timeline"}), flush=True)
            if "timeline" in line:
                timelines.setdefault(line["scenario"], []).append(line)
        lines += results
    apart = {"overhead": run_overhead, "imports": run_imports}
    for name in (n for n in APART if n in wanted):
        for line in apart[name](args.quick):
            print(json.dumps(line), flush=True)
            lines.append(line)
    if args.table:
        print(table(lines), file=sys.stderr)
        print(f"\n(total {time.monotonic() - started:.1f} s)", file=sys.stderr)
    if args.plot:
        from .plot import plot_all  # matplotlib is imported only when plots are asked for

        for path in plot_all(timelines, args.plot):
            print(f"plotted {path}", file=sys.stderr)
    return 1 if any("error" in line for line in lines) else 0


if __name__ == "__main__":
    sys.exit(main())
