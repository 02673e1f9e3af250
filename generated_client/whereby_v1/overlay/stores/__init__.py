"""Where the point budget lives: one process (memory), one host (SQLite), many hosts (Redis).

Every store books points the same way (see `base.book`): each request gets the earliest moment
at which its cost fits into the budget, in the order the requests asked, and the booking is
recorded before the caller starts to wait. So no window of the budget's length ever holds more
than the budget, and nobody is overtaken.
"""

from .base import Booking, BudgetStore
from .memory import MemoryStore
from .redis import RedisStore  # redis-py itself is imported only when a RedisStore is made
from .sqlite import SQLiteStore

__all__ = ["Booking", "BudgetStore", "MemoryStore", "RedisStore", "SQLiteStore"]
