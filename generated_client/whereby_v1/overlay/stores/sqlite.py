"""A budget shared by the processes of one host, through one SQLite file (no server needed).

Every call is one `BEGIN IMMEDIATE` transaction: it takes SQLite's write lock first, so reading
the bookings, applying `base.book` and recording the new booking cannot interleave with another
process doing the same. Other processes wait for the lock (the busy timeout) instead of failing.
The file is in WAL mode, so the lock is held for well under a millisecond per booking.

Times are `time.time()`: every process on a host reads the same clock.

Connections: one per thread (and per process), opened on first use and kept. A connection per
call would be simpler, but opening one costs more than the booking itself, and in WAL mode the
last connection to close checkpoints and deletes the -wal file, so a lone process would do that
on every call. sqlite3 connections must not hop between threads while in use, and must not cross
a `fork()`, so each thread of each process gets its own; a thread's connection is closed when
the thread ends, and `close()` closes all of them.
"""

from __future__ import annotations

import os
import sqlite3
import threading
import time
import weakref
from collections.abc import Callable
from typing import TypeVar

from ..errors import WherebyError
from .base import Booking, book, check_request, unseen_spending

T = TypeVar("T")

_SCHEMA = (
    # One row per booking (and per correction); `seq` keeps equal times in booking order.
    """CREATE TABLE IF NOT EXISTS whereby_budget_bookings (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        name TEXT NOT NULL,
        at REAL NOT NULL,
        cost INTEGER NOT NULL
    )""",
    "CREATE INDEX IF NOT EXISTS whereby_budget_bookings_by_name_at ON whereby_budget_bookings (name, at)",
    "CREATE TABLE IF NOT EXISTS whereby_budget_pauses (name TEXT PRIMARY KEY, paused_until REAL NOT NULL)",
)

_inherited: list[sqlite3.Connection] = []
"""Connections a forked child inherited: never used and never closed in the child (SQLite forbids both)."""


class _Connection:
    """A connection and the process that opened it (weakly referenced by the store, for `close`)."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        self.pid = os.getpid()


class SQLiteStore:
    blocking_io = True

    def __init__(self, path: str | os.PathLike[str], *, name: str = "default", timeout: float = 30.0) -> None:
        """`path`: the SQLite file (created if missing); `name`: which budget in it (several may share
        a file); `timeout`: how long a call waits for other processes' transactions before failing."""
        self.path = os.fspath(path)
        if self.path == ":memory:" or self.path.startswith("file:"):
            raise ValueError("SQLiteStore needs a file path that every process can open, not an in-memory database")
        self.name = name
        self.timeout = timeout
        self._local = threading.local()
        self._all: weakref.WeakSet[_Connection] = weakref.WeakSet()
        self._all_lock = threading.Lock()
        self._run(self._create_tables)

    # -- connections

    def _connection(self) -> sqlite3.Connection:
        held: _Connection | None = getattr(self._local, "held", None)
        if held is not None and held.pid == os.getpid():
            return held.conn
        if held is not None:  # inherited through fork(): leave it alone
            _inherited.append(held.conn)
        # isolation_level=None: no implicit transactions, we issue BEGIN IMMEDIATE / COMMIT ourselves.
        # check_same_thread=False only so that close() may close it from another thread.
        conn = sqlite3.connect(self.path, timeout=self.timeout, isolation_level=None, check_same_thread=False)
        try:
            # `timeout` above is SQLite's busy timeout: a locked file is retried, not an error.
            conn.execute("PRAGMA journal_mode = WAL")  # stored in the file; a no-op once set
            # In WAL mode NORMAL loses nothing on a crash of the process, only on a power loss.
            conn.execute("PRAGMA synchronous = NORMAL")
        except BaseException:
            conn.close()
            raise
        held = _Connection(conn)
        self._local.held = held
        with self._all_lock:
            self._all.add(held)
        return conn

    def _run(self, work: Callable[[sqlite3.Connection], T]) -> T:
        """`work` in one transaction that holds the write lock from its start."""
        try:
            conn = self._connection()
            conn.execute("BEGIN IMMEDIATE")  # waits (busy timeout) while another process holds the lock
            try:
                result = work(conn)
            except BaseException:
                if conn.in_transaction:
                    conn.execute("ROLLBACK")
                raise
            conn.execute("COMMIT")
            return result
        except sqlite3.Error as error:
            raise WherebyError(f"the SQLite budget store {self.path!r} failed: {error}") from error

    def close(self) -> None:
        """Close every connection this store opened in this process (it reopens them if used again)."""
        with self._all_lock:
            held = [h for h in self._all if h.pid == os.getpid()]
            self._all.clear()
        for h in held:
            h.conn.close()
        self._local = threading.local()

    # -- the store

    @staticmethod
    def _create_tables(conn: sqlite3.Connection) -> None:
        for statement in _SCHEMA:
            conn.execute(statement)

    def _prune(self, conn: sqlite3.Connection, now: float, window: float) -> None:
        conn.execute("DELETE FROM whereby_budget_bookings WHERE name = ? AND at <= ?", (self.name, now - window))

    def _entries(self, conn: sqlite3.Connection) -> list[tuple[float, int]]:
        rows = conn.execute(
            "SELECT at, cost FROM whereby_budget_bookings WHERE name = ? ORDER BY at, seq", (self.name,)
        ).fetchall()
        return [(float(at), int(cost)) for at, cost in rows]

    def _paused_until(self, conn: sqlite3.Connection) -> float:
        row = conn.execute("SELECT paused_until FROM whereby_budget_pauses WHERE name = ?", (self.name,)).fetchone()
        return float(row[0]) if row else 0.0

    def book(self, cost: int, limit: int, window: float) -> Booking:
        check_request(cost, limit, window)  # before touching the file

        def work(conn: sqlite3.Connection) -> Booking:
            now = time.time()  # read under the lock: bookings are made in the order they get it
            self._prune(conn, now, window)
            at = book(self._entries(conn), cost, limit, window, now, self._paused_until(conn))
            row = conn.execute(
                "INSERT INTO whereby_budget_bookings (name, at, cost) VALUES (?, ?, ?)", (self.name, at, cost)
            )
            return Booking(at, at - now, row.lastrowid)

        return self._run(work)

    def correct(self, remaining: int, limit: int, window: float) -> None:
        def work(conn: sqlite3.Connection) -> None:
            now = time.time()
            self._prune(conn, now, window)
            extra = unseen_spending(self._entries(conn), remaining, limit, window, now)
            if extra:
                conn.execute(
                    "INSERT INTO whereby_budget_bookings (name, at, cost) VALUES (?, ?, ?)", (self.name, now, extra)
                )

        self._run(work)

    def pause(self, seconds: float) -> None:
        def work(conn: sqlite3.Connection) -> None:
            until = time.time() + seconds
            conn.execute(
                "INSERT INTO whereby_budget_pauses (name, paused_until) VALUES (?, ?) "
                "ON CONFLICT (name) DO UPDATE SET paused_until = max(paused_until, excluded.paused_until)",
                (self.name, until),
            )

        self._run(work)

    def release(self, booking: Booking) -> None:
        def work(conn: sqlite3.Connection) -> None:
            conn.execute("DELETE FROM whereby_budget_bookings WHERE seq = ? AND name = ?", (booking.key, self.name))

        self._run(work)
