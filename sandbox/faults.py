"""Faults the sandbox injects on demand, reproducibly from a seed.

Each request rolls the dice once per kind of fault, in a fixed order, so the same seed and the
same request sequence give the same faults. Settings change at run time through the admin API,
and are checked the same way there and on the command line: a setting is never out of its bounds.
"""

from __future__ import annotations

import random
from dataclasses import asdict, dataclass, fields
from typing import Any

from .contract import RequestInvalid

SLOW_MS_MAX = 600_000
"""The longest slow reply, ten minutes: it outlasts any client's timeout; a longer one is a mistake
that would hold a connection (and, at shutdown, the server) for hours."""


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

    def __post_init__(self) -> None:
        for f in fields(self):
            check(f.name, getattr(self, f.name))

    def update(self, changes: dict[str, Any]) -> None:
        """Apply all of `changes`, or none of them: RequestInvalid names the first setting refused."""
        checked = {name: check(name, value) for name, value in changes.items()}
        for name, value in checked.items():
            setattr(self, name, value)

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


def check(name: str, value: Any) -> Any:
    """`value` as the fault setting `name` holds it, or RequestInvalid naming the setting."""
    known = {f.name: f for f in fields(FaultSettings)}
    if name not in known:
        raise RequestInvalid(name, f"is not a fault setting; known: {', '.join(sorted(known))}")
    if known[name].type in ("bool", bool):
        if not isinstance(value, bool):
            raise RequestInvalid(name, "must be true or false")
        return value
    # bool is an int to Python, not a number to a reader of the settings.
    number = not isinstance(value, bool) and isinstance(value, int | float)
    if name == "slow_ms":
        if not (number and _whole(value) and 0 <= value <= SLOW_MS_MAX):
            raise RequestInvalid(name, f"must be a whole number of milliseconds from 0 to {SLOW_MS_MAX}")
        return int(value)
    if name.endswith("_rate"):
        if not (number and 0 <= value <= 1):  # NaN compares false, so it is refused here too
            raise RequestInvalid(name, "must be between 0 and 1")
        return float(value)
    raise TypeError(f"the fault setting {name} has no rule in faults.check")  # a new field needs one


def _whole(value: int | float) -> bool:
    return isinstance(value, int) or value.is_integer()  # False for NaN and the infinities too


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
