"""Where the point budget lives: one process (memory), one host (SQLite), many hosts (Redis).

Every store books points the same way (see `base.book`): each request gets the earliest moment
at which its cost fits into the budget, in the order the requests asked, and the booking is
recorded before the caller starts to wait. So no window of the budget's length ever holds more
than the budget, and nobody is overtaken.
"""

from typing import TYPE_CHECKING, Any

from .base import Booking, BudgetStore
from .memory import MemoryStore

if TYPE_CHECKING:
    from .redis import RedisStore
    from .sqlite import SQLiteStore

# The SQLite and Redis stores load when first named (redis-py itself only when a RedisStore is made).
_LAZY = {"RedisStore": ".redis", "SQLiteStore": ".sqlite"}


if not TYPE_CHECKING:
    # Under a type checker the names above are the whole module: a typo is an error, not Any.
    def __getattr__(name: str) -> Any:
        if name not in _LAZY:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        import importlib

        value = getattr(importlib.import_module(_LAZY[name], __name__), name)
        globals()[name] = value
        return value


__all__ = ["Booking", "BudgetStore", "MemoryStore", "RedisStore", "SQLiteStore"]
