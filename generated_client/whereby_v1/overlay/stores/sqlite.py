"""A budget shared by the processes of one host, through one SQLite file (no server needed).

Every call is one `BEGIN IMMEDIATE` transaction: it takes SQLite's write lock first, so reading
the bookings, applying `base.book` and recording the new booking cannot interleave with another
process doing the same. Other processes wait for the lock (the busy timeout) instead of failing.

The file uses a rollback journal kept in place (`journal_mode=PERSIST`), not WAL: every call
writes, so WAL's concurrent readers buy nothing, while its `-wal` and memory-mapped `-shm` files
are what made the store fragile (garbage in either failed every call; a truncated `-shm` killed
the process with SIGBUS). With `synchronous=OFF` a commit costs no fsync: a crashed process loses
nothing (the OS has the writes), and a power loss can only lose bookings whose window is long
gone by the time the host is back.

Faults: the path is checked on every call, so a budget file that was deleted or replaced is
noticed and reopened (one warning), and every process ends up on the same new file instead of
splitting the budget. A file that fails (corrupt, unwritable) is handled like a Redis that is
down: `fallback="local"` paces with this process's own budget and tries the file again every
`retry_interval` seconds; `fallback="raise"` raises `WherebyError`. A file that cannot be opened
at all when the store is made is a setup error and raises at once.

Times are `time.time()`: every process on a host reads the same clock.

Connections: one per thread (and per process), opened on first use and kept, since opening one
costs more than the booking itself. sqlite3 connections must not hop between threads while in
use, and must not cross a `fork()`, so each thread of each process gets its own; a thread's
connection is closed when the thread ends, and `close()` closes all of them.
"""

from __future__ import annotations

import contextlib
import logging
import os
import sqlite3
import threading
import time
import weakref
from collections.abc import Callable
from dataclasses import replace
from typing import Literal, TypeVar

from .. import _constants as C
from ..errors import WherebyError
from .base import (
    YOUNG_EARLY,
    YOUNG_FULL,
    Booking,
    Grid,
    GridEntry,
    book,
    book_on_grid,
    book_young,
    check_grid,
    check_request,
    horizon,
    is_seconds,
    others_on_grid,
    unseen_on_grid,
    unseen_spending,
)
from .fallback import RETRY_INTERVAL_SECONDS, Fallback

log = logging.getLogger(C.LOGGER_NAME)

T = TypeVar("T")

_SCHEMA = (
    # One row per booking (and per correction); `seq` keeps equal times in booking order. `win`:
    # the server window it was booked for (`base.Grid.end`), `others`: 1 for others' spending.
    """CREATE TABLE IF NOT EXISTS whereby_budget_bookings (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        name TEXT NOT NULL,
        at REAL NOT NULL,
        cost INTEGER NOT NULL,
        win INTEGER,
        others INTEGER NOT NULL DEFAULT 0
    )""",
    "CREATE INDEX IF NOT EXISTS whereby_budget_bookings_by_name_at ON whereby_budget_bookings (name, at)",
    "CREATE TABLE IF NOT EXISTS whereby_budget_pauses (name TEXT PRIMARY KEY, paused_until REAL NOT NULL)",
)

_inherited: list[sqlite3.Connection] = []
"""Connections a forked child inherited: never used and never closed in the child (SQLite forbids both)."""

FileId = tuple[int, int]
"""(device, inode) of the budget file: which file a path names right now."""


def _file_id(path: str) -> FileId | None:
    try:
        st = os.stat(path)
    except FileNotFoundError:
        return None
    return (st.st_dev, st.st_ino)


def _leave_wal(conn: sqlite3.Connection, timeout: float) -> None:
    """Use a persistent rollback journal. PERSIST is a setting of the connection, but WAL is stored
    in the file: a file left in WAL mode by an earlier version converts only while no other
    connection has it open. Until then it stays in WAL mode (every connection follows the file),
    and nobody waits for the change."""
    if conn.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
        conn.execute("PRAGMA journal_mode = PERSIST")
        return
    conn.execute("PRAGMA busy_timeout = 0")
    with contextlib.suppress(sqlite3.OperationalError):  # another process has it open: a later connection converts
        conn.execute("PRAGMA journal_mode = PERSIST")
    conn.execute(f"PRAGMA busy_timeout = {int(timeout * 1000)}")


def _add_grid_columns(conn: sqlite3.Connection) -> None:
    """A file made before grid booking existed gets its columns (its rows are plain bookings)."""
    columns = {row[1] for row in conn.execute("PRAGMA table_info(whereby_budget_bookings)")}
    if "win" not in columns:
        conn.execute("ALTER TABLE whereby_budget_bookings ADD COLUMN win INTEGER")
    if "others" not in columns:
        conn.execute("ALTER TABLE whereby_budget_bookings ADD COLUMN others INTEGER NOT NULL DEFAULT 0")


class _Connection:
    """A connection, the process that opened it and the file it has open (weakly referenced by
    the store, for `close`)."""

    def __init__(self, conn: sqlite3.Connection, file: FileId | None) -> None:
        self.conn = conn
        self.pid = os.getpid()
        self.file = file


class SQLiteStore:
    blocking_io = True

    def __init__(
        self,
        path: str | os.PathLike[str],
        *,
        name: str = "default",
        timeout: float = 30.0,
        fallback: Literal["local", "raise"] = "local",
        retry_interval: float = RETRY_INTERVAL_SECONDS,
    ) -> None:
        """`path`: the SQLite file (created if missing); `name`: which budget in it (several may share
        a file); `timeout`: how long a call waits for other processes' transactions before failing;
        `fallback`, `retry_interval`: what a call does while the file fails (see the module)."""
        self.path = os.fspath(path)
        if self.path == ":memory:" or self.path.startswith("file:"):
            raise ValueError("SQLiteStore needs a file path that every process can open, not an in-memory database")
        if not is_seconds(timeout, positive=False):
            raise ValueError(f"timeout must be a finite number of seconds, 0 or more, not {timeout!r}")
        self.name = name
        self.timeout = timeout
        self.fallback = fallback
        self.retry_interval = retry_interval
        self._fallback = Fallback(
            f"the SQLite budget store {self.path!r}", fallback, retry_interval, (sqlite3.Error, OSError)
        )
        self.local = self._fallback.local
        """The budget used while the file fails (fallback="local")."""
        self._local = threading.local()
        self._all: weakref.WeakSet[_Connection] = weakref.WeakSet()
        self._all_lock = threading.Lock()
        self._file: FileId | None = None  # the file this store uses, as far as it knows
        try:
            self._transact(lambda conn: None)  # a path that cannot work is a setup error, shown now
        except (sqlite3.Error, OSError) as error:
            raise WherebyError(f"the SQLite budget store {self.path!r} cannot be used: {error}") from None

    # -- connections

    def _connection(self) -> _Connection:
        held: _Connection | None = getattr(self._local, "held", None)
        if held is not None and held.pid == os.getpid():
            if held.file is not None and held.file == _file_id(self.path):
                return held
            self._drop(held)  # the path names another file now (or none): this one is nobody's budget
        elif held is not None:  # inherited through fork(): leave it alone
            _inherited.append(held.conn)
        # isolation_level=None: no implicit transactions, we issue BEGIN IMMEDIATE / COMMIT ourselves.
        # check_same_thread=False only so that close() may close it from another thread.
        conn = sqlite3.connect(self.path, timeout=self.timeout, isolation_level=None, check_same_thread=False)
        try:
            # `timeout` above is SQLite's busy timeout: a locked file is retried, not an error.
            _leave_wal(conn, self.timeout)
            conn.execute("PRAGMA synchronous = OFF")
            conn.execute("BEGIN IMMEDIATE")
            for statement in _SCHEMA:  # also in a file that replaced a deleted one
                conn.execute(statement)
            _add_grid_columns(conn)
            conn.execute("COMMIT")
            file = _file_id(self.path)
        except BaseException:
            conn.close()
            raise
        held = _Connection(conn, file)
        self._local.held = held
        with self._all_lock:
            self._all.add(held)
            replaced, self._file = self._file is not None and file != self._file, file
        if replaced:
            log.warning(
                "the SQLite budget file %r was deleted or replaced while in use; this process now uses "
                "the file at that path (bookings in the old one are not counted)",
                self.path,
            )
        return held

    def _drop(self, held: _Connection) -> None:
        self._local.held = None
        with self._all_lock:
            self._all.discard(held)
        with contextlib.suppress(sqlite3.Error):  # a connection to a broken file may fail to close
            held.conn.close()

    def _transact(self, work: Callable[[sqlite3.Connection], T]) -> T:
        """`work` in one transaction that holds the write lock from its start."""
        held = self._connection()
        conn = held.conn
        try:
            conn.execute("BEGIN IMMEDIATE")  # waits (busy timeout) while another process holds the lock
            try:
                result = work(conn)
            except BaseException:
                if conn.in_transaction:
                    conn.execute("ROLLBACK")
                raise
            conn.execute("COMMIT")
        except sqlite3.Error:
            self._drop(held)  # the next try opens the file afresh
            with self._all_lock:
                self._file = None  # and, if the file was replaced meanwhile, "answers again" says enough
            raise
        return result

    def _run(self, work: Callable[[sqlite3.Connection], T], local: Callable[[], T]) -> T:
        return self._fallback.call(lambda: self._transact(work), local)

    def close(self) -> None:
        """Close every connection this store opened in this process (it reopens them if used again)."""
        with self._all_lock:
            held = [h for h in self._all if h.pid == os.getpid()]
            self._all.clear()
        for h in held:
            h.conn.close()
        self._local = threading.local()

    # -- the store

    def _prune(self, conn: sqlite3.Connection, now: float, window: float) -> None:
        """Delete what no rule can read any more (`base.horizon`)."""
        conn.execute(
            "DELETE FROM whereby_budget_bookings WHERE name = ? AND at <= ?", (self.name, now - horizon(window))
        )

    def _entries(self, conn: sqlite3.Connection) -> list[tuple[float, int]]:
        rows = conn.execute(
            "SELECT at, cost FROM whereby_budget_bookings WHERE name = ? ORDER BY at, seq", (self.name,)
        ).fetchall()
        return [(float(at), int(cost)) for at, cost in rows]

    def _grid_entries(self, conn: sqlite3.Connection) -> list[GridEntry]:
        rows = conn.execute(
            "SELECT at, cost, win, others FROM whereby_budget_bookings WHERE name = ? ORDER BY at, seq", (self.name,)
        ).fetchall()
        return [
            (float(at), int(cost), None if win is None else int(win), bool(others)) for at, cost, win, others in rows
        ]

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
            return Booking(at, at - now, ("file", self._local.held.file, row.lastrowid))

        def local() -> Booking:
            booked = self.local.book(cost, limit, window)
            return Booking(booked.at, booked.wait, ("local", booked))

        return self._run(work, local)

    def book_on_grid(self, cost: int, limit: int, window: float, grid: Grid) -> Booking:
        check_request(cost, limit, window)
        check_grid(grid, window)

        called = time.time()  # the grid is relative to the call, not to when the lock came

        def work(conn: sqlite3.Connection) -> Booking:
            now = time.time()
            self._prune(conn, now, window)
            moved = replace(grid, until_end=grid.until_end - (now - called))
            at, end = book_on_grid(self._grid_entries(conn), cost, limit, window, now, self._paused_until(conn), moved)
            row = conn.execute(
                "INSERT INTO whereby_budget_bookings (name, at, cost, win) VALUES (?, ?, ?, ?)",
                (self.name, at, cost, end),
            )
            return Booking(at, at - now, ("file", self._local.held.file, row.lastrowid))

        def local() -> Booking:
            booked = self.local.book_on_grid(cost, limit, window, grid)
            return Booking(booked.at, booked.wait, ("local", booked))

        return self._run(work, local)

    def book_young(self, cost: int, limit: int, window: float, grid: Grid) -> Booking | float | None:
        check_request(cost, limit, window)
        check_grid(grid, window)

        called = time.time()

        def work(conn: sqlite3.Connection) -> Booking | float | None:
            now = time.time()
            self._prune(conn, now, window)
            moved = replace(grid, until_end=grid.until_end - (now - called))
            verdict, at = book_young(
                self._grid_entries(conn), cost, limit, window, now, self._paused_until(conn), moved
            )
            if verdict == YOUNG_FULL:
                return at - now
            if verdict == YOUNG_EARLY:
                return None
            row = conn.execute(
                "INSERT INTO whereby_budget_bookings (name, at, cost, win) VALUES (?, ?, ?, ?)",
                (self.name, at, cost, grid.end),
            )
            return Booking(at, at - now, ("file", self._local.held.file, row.lastrowid))

        def local() -> Booking | float | None:
            booked = self.local.book_young(cost, limit, window, grid)
            return Booking(booked.at, booked.wait, ("local", booked)) if isinstance(booked, Booking) else booked

        return self._run(work, local)

    def correct_on_grid(self, remaining: int, limit: int, window: float, grid: Grid) -> int:
        check_grid(grid, window)

        called = time.time()

        def work(conn: sqlite3.Connection) -> int:
            now = time.time()
            self._prune(conn, now, window)
            entries = self._grid_entries(conn)
            extra = unseen_on_grid(
                entries, remaining, limit, window, now, replace(grid, until_end=grid.until_end - (now - called))
            )
            if extra:
                conn.execute(
                    "INSERT INTO whereby_budget_bookings (name, at, cost, win, others) VALUES (?, ?, ?, ?, 1)",
                    (self.name, now, extra, grid.end),
                )
            return others_on_grid(entries, grid.end) + extra

        return self._run(work, lambda: self.local.correct_on_grid(remaining, limit, window, grid))

    def correct(self, remaining: int, limit: int, window: float) -> None:
        def work(conn: sqlite3.Connection) -> None:
            now = time.time()
            self._prune(conn, now, window)
            extra = unseen_spending(self._entries(conn), remaining, limit, window, now)
            if extra:
                conn.execute(
                    "INSERT INTO whereby_budget_bookings (name, at, cost) VALUES (?, ?, ?)", (self.name, now, extra)
                )

        self._run(work, lambda: self.local.correct(remaining, limit, window))

    def pause(self, seconds: float) -> None:
        def work(conn: sqlite3.Connection) -> None:
            until = time.time() + seconds
            conn.execute(
                "INSERT INTO whereby_budget_pauses (name, paused_until) VALUES (?, ?) "
                "ON CONFLICT (name) DO UPDATE SET paused_until = max(paused_until, excluded.paused_until)",
                (self.name, until),
            )

        self._run(work, lambda: self.local.pause(seconds))

    def release(self, booking: Booking) -> None:
        where, *handle = booking.key
        if where == "local":  # booked in the fallback while the file failed
            self.local.release(handle[0])
            return
        file, seq = handle

        def work(conn: sqlite3.Connection) -> None:
            if self._local.held.file == file:  # a seq of a file since replaced would name another booking
                conn.execute("DELETE FROM whereby_budget_bookings WHERE seq = ? AND name = ?", (seq, self.name))

        self._run(work, lambda: None)  # the file fails again: the booking leaves with its window
