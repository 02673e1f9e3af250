"""Points accepted over time, one picture per scenario: `python -m bench --plot DIR`.

`python -m bench.plot DIR` draws again from the DIR/<scenario>.json files a run left there.
Each picture has our client and the retry-only peer on the same time axis (seconds since each
run's sandbox was reset, which starts a window), in three panels:

- points the sandbox accepted per second, in bins of a tenth of a window, against the budget's
  rate (budget ÷ window; in `second-key` also the part the other key leaves the client);
- the 429s each client got, one mark per bin that had any, bigger for more;
- points accepted so far, against the most the budget allows by then (a staircase: the client's
  budget of a window at each window boundary, from the window it started in; in `second-key` its
  share, which it may overrun while the other key is slow) and the ideal end.

This is the only module of the bench that imports matplotlib, and `python -m bench` imports it
only for `--plot`. It draws what the runs recorded; it never runs anything.
"""

from __future__ import annotations

import json
import math
import sys
from pathlib import Path
from typing import Any

import matplotlib

matplotlib.use("Agg")  # files only, never a window

import matplotlib.pyplot as plt
import numpy as np

COLOURS = {"whereby_v1": "tab:blue", "retry-only": "tab:orange"}
BINS_PER_WINDOW = 10


def plot_all(timelines: dict[str, list[dict[str, Any]]], where: str | Path) -> list[Path]:
    """Keep each scenario's lines in `where`/<scenario>.json and draw `where`/<scenario>.png."""
    folder = Path(where)
    folder.mkdir(parents=True, exist_ok=True)
    drawn = []
    for scenario, lines in timelines.items():
        (folder / f"{scenario}.json").write_text(json.dumps({"scenario": scenario, "runs": lines}) + "\n")
        drawn.append(draw(scenario, lines, folder / f"{scenario}.png"))
    return drawn


def _binned(t: np.ndarray, counts: np.ndarray, width: float) -> tuple[np.ndarray, np.ndarray]:
    """Bin edges from 0, and how much the cumulative `counts` grew in each bin.

    Growth is put in the bin of the poll that first saw it: at most one poll late, never early,
    so nothing seems spent in a window before it opened.
    """
    edges = np.arange(0.0, t[-1] + width, width)
    seen = np.searchsorted(t, edges, side="right") - 1  # the last poll at or before each edge
    return edges, np.diff(counts[np.maximum(seen, 0)])


def draw(scenario: str, lines: list[dict[str, Any]], path: Path) -> Path:
    lines = [line for line in lines if line.get("timeline", {}).get("t_s")]
    if not lines:
        raise ValueError(f"{scenario}: no timeline to draw")
    first = lines[0]
    budget, window = first["budget"], first["window_s"]
    share = first["timeline"]["client_budget"]
    width = window / BINS_PER_WINDOW
    end = max(line["timeline"]["t_s"][-1] for line in lines)

    figure, (rate, marks, total) = plt.subplots(
        3, 1, figsize=(10, 7.5), sharex=True, gridspec_kw={"height_ratios": [3, 0.8, 2.2]}, layout="constrained"
    )
    figure.suptitle(
        f"{scenario}: {first['workers']} workers, {first['processes']} process(es), budget {budget} points / {window:g} s"
    )
    rate.axhline(budget / window, color="black", linestyle="--", linewidth=1, label="budget (points / s)")
    if share < budget:
        rate.axhline(share / window, color="grey", linestyle=":", linewidth=1.2, label="left by the other key")

    rows = []
    for row, line in enumerate(lines):
        client, timeline = line["client"], line["timeline"]
        colour = COLOURS.get(client, f"C{row + 2}")
        t = np.asarray(timeline["t_s"])
        edges, accepted = _binned(t, np.asarray(timeline["accepted_points"]), width)
        rate.stairs(np.maximum(accepted, 0) / width, edges, color=colour, linewidth=1.4, label=client)

        edges, throttled = _binned(t, np.asarray(timeline["throttled"]), width)
        hit = throttled > 0.5
        centres = (edges[:-1] + edges[1:]) / 2
        marks.scatter(centres[hit], np.full(hit.sum(), row), s=12 + 6 * throttled[hit], marker="x", color=colour)
        rows.append(f"{client} ({line['throttled']})")

        total.plot(t, timeline["accepted_points"], color=colour, linewidth=1.4, drawstyle="steps-post", label=client)
        start = round(timeline["client_start_s"] / window) * window  # the boundary it started just after
        if row == 0:
            steps = np.arange(start, end + window, window)
            allowed = np.minimum(share * np.arange(1, len(steps) + 1), line["points_sent"])
            label = "most the budget allows" if share == budget else f"its share of the budget ({share} / window)"
            total.stairs(allowed[:-1], steps, color="black", linestyle="--", linewidth=1, label=label)
            if line.get("ideal_s"):
                for axes in (rate, marks, total):
                    axes.axvline(start + line["ideal_s"], color="green", linestyle=":", linewidth=1.2)
                total.plot([], [], color="green", linestyle=":", label="ideal end")

    for axes in (rate, marks, total):
        for k in range(math.ceil(end / window) + 1):
            axes.axvline(k * window, color="lightgrey", linewidth=0.6, zorder=0)
    rate.set_ylabel("points accepted / s")
    rate.set_ylim(bottom=0)
    rate.legend(loc="upper right", fontsize="small")
    marks.set_yticks(range(len(rows)), rows, fontsize="small")
    marks.set_ylim(-0.7, len(rows) - 0.3)
    marks.set_ylabel("429s")
    total.set_ylabel("points accepted")
    total.set_xlabel("seconds since the sandbox's reset (grey lines: a window apart)")
    total.set_xlim(0, end)
    total.legend(loc="lower right", fontsize="small")
    figure.savefig(path, dpi=100)
    plt.close(figure)
    return path


def main(argv: list[str] | None = None) -> int:
    """`python -m bench.plot DIR`: draw DIR/<scenario>.png again from DIR/<scenario>.json."""
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 1:
        print("usage: python -m bench.plot DIR", file=sys.stderr)
        return 2
    for saved in sorted(Path(args[0]).glob("*.json")):
        data = json.loads(saved.read_text())
        print(f"plotted {draw(data['scenario'], data['runs'], saved.with_suffix('.png'))}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
