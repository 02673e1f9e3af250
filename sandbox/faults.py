"""Faults the sandbox injects on demand, reproducibly from a seed.

Each request rolls the dice once per kind of fault, in a fixed order, so the same seed and the
same request sequence give the same faults. Settings change at run time through the admin API.
"""

from __future__ import annotations

import random
from dataclasses import asdict, dataclass, fields
from typing import Any


@dataclass
class FaultSettings:
    error_rate: float = 0.0  # share answered 500/502/503 before any processing
    drop_before_rate: float = 0.0  # share whose connection drops before processing
    drop_after_rate: float = 0.0  # share processed (points spent, state changed) whose reply is lost
    slow_rate: float = 0.0  # share delayed by slow_ms before the reply
    slow_ms: int = 0
    storm_rate: float = 0.0  # share answered 429 although the budget has room
    text_429: bool = False  # 429 bodies are text/plain, as a proxy in front of the API sends
    future: bool = False  # replies carry fields and enum values newer than this contract

    def update(self, changes: dict[str, Any]) -> None:
        known = {f.name: f for f in fields(self)}
        for name, value in changes.items():
            if name not in known:
                raise ValueError(f"unknown fault setting {name!r}; known: {', '.join(sorted(known))}")
            kind = type(getattr(self, name))
            if kind is bool:
                if not isinstance(value, bool):
                    raise ValueError(f"{name} must be true or false")
            elif kind in (int, float):
                if isinstance(value, bool) or not isinstance(value, int | float):
                    raise ValueError(f"{name} must be a number")
                if name.endswith("_rate") and not 0 <= value <= 1:
                    raise ValueError(f"{name} must be between 0 and 1")
                if value < 0:
                    raise ValueError(f"{name} must not be negative")
                value = kind(value)
            setattr(self, name, value)

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class Roll:
    error_status: int | None
    drop_before: bool
    drop_after: bool
    delay_s: float
    storm: bool


class Faults:
    def __init__(self, settings: FaultSettings | None = None, seed: int | None = None) -> None:
        self.settings = settings or FaultSettings()
        self._random = random.Random(seed)

    def reseed(self, seed: int | None) -> None:
        self._random = random.Random(seed)

    def roll(self) -> Roll:
        s, r = self.settings, self._random
        error = r.random() < s.error_rate
        status = r.choice((500, 502, 503))
        drop_before = r.random() < s.drop_before_rate
        drop_after = r.random() < s.drop_after_rate
        slow = r.random() < s.slow_rate
        storm = r.random() < s.storm_rate
        return Roll(
            error_status=status if error else None,
            drop_before=drop_before,
            drop_after=drop_after,
            delay_s=s.slow_ms / 1000 if slow else 0.0,
            storm=storm,
        )
