"""The memory store's incremental bookkeeping gives exactly the bookings of the reference rule."""

from __future__ import annotations

import random

import pytest

from whereby_v1.overlay.stores.base import book, unseen_spending
from whereby_v1.overlay.stores.memory import MemoryStore


class Clock:
    def __init__(self) -> None:
        self.now = 50.0

    def __call__(self) -> float:
        return self.now


@pytest.mark.parametrize("seed", range(5))
def test_random_workloads_match_the_reference_rule(seed: int) -> None:
    rng = random.Random(seed)
    clock = Clock()
    store = MemoryStore(clock)
    reference: list[tuple[float, int]] = []
    paused_until = 0.0
    limit, window = 30, 10.0
    for _ in range(600):
        clock.now += rng.expovariate(8)
        reference = [(t, c) for t, c in reference if t > clock.now - window]
        action = rng.random()
        if action < 0.85:
            cost = rng.choice((1, 1, 1, 2, 3))
            expected = book(reference, cost, limit, window, clock.now, paused_until)
            assert store.book(cost, limit, window).at == pytest.approx(expected)
            reference.append((expected, cost))
        elif action < 0.95:
            remaining = rng.randint(0, limit)
            extra = unseen_spending(reference, remaining, limit, window, clock.now)
            store.correct(remaining, limit, window)
            if extra:
                reference.append((clock.now, extra))
                reference.sort()
        else:
            seconds = rng.uniform(0, 3)
            paused_until = max(paused_until, clock.now + seconds)
            store.pause(seconds)
