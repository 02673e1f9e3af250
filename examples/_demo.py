"""Demo settings the examples share: the point budget their clients are given.

It only exists so that the examples can match a throwaway sandbox's budget: `python -m sandbox.run`
tells the command it runs the sandbox's budget and window (WHEREBY_SANDBOX_BUDGET,
WHEREBY_SANDBOX_WINDOW), often a small one so that pacing shows in seconds. Against the real API
these are unset, and `BUDGET` gives the plan's budget, per minute. Your own code would pass its plan
(or `points_per_minute`) to `Whereby` directly: `Whereby(plan="grow")`, where the examples write
`Whereby(**BUDGET)`. A helper the examples import, not an example.
"""

from __future__ import annotations

import os
from typing import TypedDict

import httpx


class Budget(TypedDict, total=False):
    """The budget options of `Whereby` and `AsyncWhereby` that the examples set."""

    plan: str
    points_per_minute: int
    window: float


def _budget() -> Budget:
    if "WHEREBY_SANDBOX_BUDGET" in os.environ:
        points, window = int(os.environ["WHEREBY_SANDBOX_BUDGET"]), float(os.environ["WHEREBY_SANDBOX_WINDOW"])
        return {"points_per_minute": points, "window": window}
    return {"plan": "build"}


BUDGET = _budget()
"""Keyword arguments for `Whereby(**BUDGET)` (or `AsyncWhereby(**BUDGET)`); `client.pacer.limit` and
`client.pacer.window` tell what they amount to."""

SANDBOX_URL = os.environ.get("WHEREBY_SANDBOX_URL")
"""The sandbox's admin API, when `python -m sandbox.run` started one; None against the real API."""


def print_sandbox_count() -> None:
    """Sandbox only (nothing against the real API): print its own count of what it accepted and refused."""
    if SANDBOX_URL:
        stats = httpx.get(f"{SANDBOX_URL}/_sandbox/stats").json()
        print(
            f"The sandbox's count (GET /_sandbox/stats): {stats['acceptedPoints']} points accepted, "
            f"{stats['throttled']} requests throttled."
        )
