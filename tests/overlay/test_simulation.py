"""`bench.simulate`: the pacing code against a simulated server in virtual time, checked for its
accounting (no figures here: those come from `python -m bench --simulate`)."""

from __future__ import annotations

import pytest

from bench.simulate import Case, Simulation, simulate


def run(case: Case) -> Simulation:
    sim = Simulation(case)
    sim.run()
    return sim


@pytest.mark.parametrize(
    "case",
    [
        Case(workers=8, hosts=2, second_key=False, budget=100, window=10.0, windows=4, kind="mixed"),
        Case(workers=12, hosts=3, second_key=True, budget=100, window=10.0, windows=4, burst_every=3.0, burst_points=8),
    ],
    ids=["mixed", "second-key"],
)
def test_every_unit_finishes_and_no_window_takes_more_than_the_budget(case: Case) -> None:
    sim = run(case)
    tally = sim.tally
    assert tally.finished == case.workers and sim.left == 0
    assert tally.failed == 0
    assert tally.points_sent == case.units * case.unit_points
    assert tally.accepted_by_window and max(tally.accepted_by_window.values()) <= case.budget
    # What the server accepted and refused is exactly what the two keys were told.
    assert sum(tally.accepted_by_window.values()) == sim.server.accepted_points
    assert sim.server.accepted_points == tally.points_sent + tally.other_accepted
    assert sim.server.refused == tally.throttled + tally.other_throttled
    assert tally.last > 0 and sim.now == tally.last  # the loop stopped at the last reply


def test_alone_on_the_budget_the_pacer_is_never_refused() -> None:
    tally = run(Case(workers=16, hosts=4, second_key=False, budget=50, window=5.0, windows=5)).tally
    assert tally.throttled == 0
    # Every window the run spans is full but the last one.
    windows = sorted(tally.accepted_by_window)
    assert all(tally.accepted_by_window[w] == 50 for w in windows[:-1])


def test_the_line_reports_the_bench_measures() -> None:
    line = simulate(
        Case(workers=4, hosts=2, second_key=True, budget=40, window=5.0, windows=3, burst_every=2.5, burst_points=10)
    )
    assert line["points_sent"] == 3 * (40 - 20)
    assert line["ideal_s"] == 2 * 5.0  # (n - 1) windows of the share the second key leaves
    assert line["makespan_ratio"] == round(line["duration_s"] / line["ideal_s"], 3)
    assert line["second_key_points"] + line["second_key_throttled"] > 0
