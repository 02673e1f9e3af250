"""The sandbox's point budget, with a clock the test moves (no sleeping).

Both window kinds must refuse exactly what the documented limit refuses, and a refusal must
spend nothing.
"""

from __future__ import annotations

import random

import pytest

from sandbox.ratelimit import Budget


class FakeClock:
    def __init__(self, start: float = 1_000_000.0) -> None:
        self.now = start

    def __call__(self) -> float:
        return self.now


@pytest.mark.parametrize("kind", ["fixed", "sliding"])
def test_spending_stops_at_the_budget_and_a_refusal_spends_nothing(kind: str) -> None:
    clock = FakeClock()
    budget = Budget(10, 60, kind, clock)  # type: ignore[arg-type]
    assert [budget.spend(3).allowed for _ in range(4)] == [True, True, True, False]
    assert budget.peek().remaining == 1
    assert budget.spend(1).allowed
    assert not budget.spend(1).allowed
    assert (budget.accepted_points, budget.refused) == (10, 2)


def test_a_fixed_window_refills_at_its_boundary_and_says_when() -> None:
    clock, wall = FakeClock(), FakeClock(1_700_000_000.0)
    budget = Budget(5, 60, "fixed", clock, wall)
    budget.spend(5)
    clock.now += 20
    wall.now += 20
    refused = budget.spend(1)
    assert not refused.allowed
    assert refused.retry_after == pytest.approx(40)
    assert refused.reset_at == pytest.approx(wall.now + 40)  # a wall-clock time, for the headers
    clock.now += 40
    assert budget.spend(5).allowed


@pytest.mark.parametrize("kind", ["fixed", "sliding"])
def test_stepping_the_wall_clock_does_not_reopen_a_spent_budget(kind: str) -> None:
    # Windows run on the monotonic clock; only what the headers report is wall-clock time.
    clock, wall = FakeClock(), FakeClock(1_700_000_000.0)
    budget = Budget(5, 60, kind, clock, wall)  # type: ignore[arg-type]
    assert budget.spend(5).allowed
    clock.now += 10
    wall.now += 10 - 3600  # ten seconds pass while the wall clock is stepped back an hour
    refused = budget.spend(1)
    assert not refused.allowed
    assert refused.retry_after == pytest.approx(50)
    assert refused.reset_at == pytest.approx(wall.now + 50)
    wall.now += 7200  # and forward: no early refill either
    assert not budget.spend(1).allowed
    assert budget.peek().remaining == 0
    clock.now += 50
    assert budget.spend(5).allowed


def test_a_sliding_window_frees_points_as_old_spending_ages_out() -> None:
    clock = FakeClock()
    budget = Budget(6, 60, "sliding", clock)
    budget.spend(3)  # t=0
    clock.now += 30
    budget.spend(3)  # t=30
    clock.now += 10
    refused = budget.spend(2)  # needs the t=0 spending gone: at t=60
    assert not refused.allowed
    assert refused.retry_after == pytest.approx(20)
    clock.now += 20
    assert budget.spend(2).allowed
    assert not budget.spend(2).allowed  # only 1 point left until t=90


@pytest.mark.parametrize("kind", ["fixed", "sliding"])
def test_no_window_of_the_budget_length_ever_holds_more_than_the_budget(kind: str) -> None:
    # Random costs at random times; count what was accepted in every window-long span.
    rng = random.Random(4)
    clock = FakeClock()
    window, points = 10.0, 50
    budget = Budget(points, window, kind, clock)  # type: ignore[arg-type]
    accepted: list[tuple[float, int]] = []
    for _ in range(3000):
        clock.now += rng.expovariate(20)
        cost = rng.choice((1, 2, 3))
        if budget.spend(cost).allowed:
            accepted.append((clock.now, cost))
    spans = [sum(c for t, c in accepted if start <= t < start + window) for start, _ in accepted]
    if kind == "sliding":
        assert max(spans) <= points
    else:
        # A fixed window caps each aligned window; the edges of two windows may hold up to twice.
        origin = budget._origin
        per_window: dict[int, int] = {}
        for t, c in accepted:
            index = int((t - origin) // window)
            per_window[index] = per_window.get(index, 0) + c
        assert max(per_window.values()) <= points
    assert sum(c for _, c in accepted) == budget.accepted_points


def test_a_budget_needs_points_and_a_window() -> None:
    with pytest.raises(ValueError):
        Budget(0, 60)
    with pytest.raises(ValueError):
        Budget(10, 0)
