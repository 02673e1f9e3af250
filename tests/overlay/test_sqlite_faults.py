"""The SQLite budget store when its files go wrong: garbage, truncation, deletion, corruption.

Every test uses a real SQLite file. Faults that could kill a process (SIGBUS from a truncated
memory-mapped file) are tried in a child process, whose exit status is the verdict.
"""

from __future__ import annotations

import contextlib
import logging
import os
import sqlite3
import subprocess
import sys
import textwrap
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from tests.sandbox.conftest import DEV_TOKEN, RunningSandbox
from whereby_v1 import Whereby
from whereby_v1.overlay.errors import WherebyError
from whereby_v1.overlay.stores import SQLiteStore

LIMIT, WINDOW = 10, 60.0
SIDE_FILES = ("-shm", "-journal", "-wal")
"""The files SQLite may keep next to the database. (A -wal file last: SQLite adopts one it finds
and then maps a -shm file, whose truncation by another hand no process can survive.)"""


def messages(caplog: pytest.LogCaptureFixture, level: int) -> list[str]:
    return [r.getMessage() for r in caplog.records if r.name == "whereby_v1" and r.levelno == level]


def rows(path: Path) -> int:
    with contextlib.closing(sqlite3.connect(path)) as conn:
        count: int = conn.execute("SELECT count(*) FROM whereby_budget_bookings").fetchone()[0]
        return count


def spoil(path: Path) -> None:
    """Garbage over the whole file, same inode (as a bad disk or a stray write would leave it)."""
    size = max(path.stat().st_size, 4096)
    with open(path, "r+b") as f:
        f.write(os.urandom(size))


def test_garbage_in_or_truncation_of_the_side_files_loses_no_booking_and_kills_no_process(tmp_path: Path) -> None:
    path = tmp_path / "budget.sqlite3"
    child = textwrap.dedent(
        f"""
        import logging, os, sys
        logging.basicConfig(stream=sys.stderr, level=logging.WARNING)
        from whereby_v1.overlay.stores import SQLiteStore
        path = {str(path)!r}
        store = SQLiteStore(path)
        store.book(1, {LIMIT}, {WINDOW})
        for suffix in {SIDE_FILES!r}:
            with open(path + suffix, "ab") as f:  # into a file SQLite has open (or maps), or a new one
                f.write(os.urandom(65536))
            store.book(1, {LIMIT}, {WINDOW})
            os.truncate(path + suffix, 0)
            store.book(1, {LIMIT}, {WINDOW})
        # 7 points booked: 3 more fit now, the 11th waits for the window
        print(store.book(3, {LIMIT}, {WINDOW}).wait < 30, store.book(1, {LIMIT}, {WINDOW}).wait > 30)
        """
    )
    done = subprocess.run([sys.executable, "-c", child], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, (done.returncode, done.stderr[-2000:])  # -7 would be SIGBUS
    assert done.stdout.split() == ["True", "True"]
    assert "failed" not in done.stderr  # no fallback was needed: the file itself was never at fault


def test_a_deleted_budget_file_is_noticed_so_processes_share_one_budget_again(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.WARNING, logger="whereby_v1")
    path = tmp_path / "budget.sqlite3"
    running = SQLiteStore(path)  # a process that was running when the file went
    running.book(2, LIMIT, WINDOW)
    for suffix in ("", *SIDE_FILES):
        with contextlib.suppress(FileNotFoundError):
            os.remove(str(path) + suffix)
    newcomer = SQLiteStore(path)  # a process started afterwards: it makes a new file
    assert newcomer.book(6, LIMIT, WINDOW).wait < 30
    assert running.book(4, LIMIT, WINDOW).wait < 30  # the running one joins the new file: 10 of 10
    assert newcomer.book(1, LIMIT, WINDOW).wait > 30  # one budget again, not two
    assert running.book(1, LIMIT, WINDOW).wait > 30
    assert rows(path) == 4
    [warning] = messages(caplog, logging.WARNING)
    assert "deleted or replaced" in warning and str(path) in warning
    running.book(1, LIMIT, WINDOW)
    assert len(messages(caplog, logging.WARNING)) == 1  # said once
    running.close()
    newcomer.close()


def test_a_corrupt_budget_file_paces_locally_says_so_once_and_recovers_once_it_is_replaced(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="whereby_v1")
    path = tmp_path / "budget.sqlite3"
    store = SQLiteStore(path, retry_interval=0.2)
    store.book(1, LIMIT, WINDOW)
    spoil(path)
    for _ in range(LIMIT):  # answered by this process's own budget, none of them fails
        booking = store.book(1, LIMIT, WINDOW)
    assert booking.wait < 30
    assert store.book(1, LIMIT, WINDOW).wait > 30  # the local budget keeps the limit
    [warning] = messages(caplog, logging.WARNING)
    assert str(path) in warning and "own budget" in warning

    os.remove(path)  # what the warning's reader does with a corrupt file
    time.sleep(0.3)
    assert store.book(1, LIMIT, WINDOW).wait < 30  # a fresh file, a fresh budget
    assert rows(path) == 1
    assert any("answers again" in m for m in messages(caplog, logging.INFO))
    assert len(messages(caplog, logging.WARNING)) == 1
    store.close()


def test_a_corrupt_budget_file_with_fallback_raise_raises_a_wherebyerror_naming_it(tmp_path: Path) -> None:
    path = tmp_path / "budget.sqlite3"
    store = SQLiteStore(path, fallback="raise")
    store.book(1, LIMIT, WINDOW)
    spoil(path)
    with pytest.raises(WherebyError, match=r"SQLite budget store .*budget\.sqlite3.* failed: DatabaseError"):
        store.book(1, LIMIT, WINDOW)
    store.close()


def test_a_file_that_cannot_be_a_budget_is_refused_when_the_store_is_made(tmp_path: Path) -> None:
    path = tmp_path / "budget.sqlite3"
    path.write_bytes(os.urandom(8192))
    with pytest.raises(WherebyError, match=r"budget\.sqlite3.* cannot be used"):
        SQLiteStore(path)
    with pytest.raises(WherebyError, match="cannot be used"):
        SQLiteStore(tmp_path / "no such folder" / "budget.sqlite3")


def test_a_file_left_in_wal_mode_by_an_earlier_version_is_converted_once_nobody_else_has_it(tmp_path: Path) -> None:
    path = tmp_path / "budget.sqlite3"
    with contextlib.closing(sqlite3.connect(path)) as old:
        assert old.execute("PRAGMA journal_mode = WAL").fetchone()[0] == "wal"
        old.execute("CREATE TABLE kept (x)")
        store = SQLiteStore(path)  # someone else has it open: stays WAL, nothing waits
        store.book(1, LIMIT, WINDOW)
        store.close()
    assert Path(str(path) + "-wal").exists() is False  # the last WAL connection closed it
    store = SQLiteStore(path)
    store.book(1, LIMIT, WINDOW)
    with contextlib.closing(sqlite3.connect(path)) as conn:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] != "wal"
    assert rows(path) == 2
    store.close()


def test_a_client_whose_budget_file_is_corrupted_between_calls_keeps_working(
    sandbox_factory: Callable[..., RunningSandbox], tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    server = sandbox_factory("--seed", "5")
    path = tmp_path / "budget.sqlite3"
    store = SQLiteStore(path)
    with (
        caplog.at_level(logging.WARNING, logger="whereby_v1"),
        Whereby(DEV_TOKEN, base_url=server.base_url, budget=store) as client,
    ):
        first = client.meetings.create(end_date=datetime.now(UTC) + timedelta(hours=1))
        spoil(path)
        second = client.meetings.create(end_date=datetime.now(UTC) + timedelta(hours=1))
        assert first.meeting_id != second.meeting_id
        assert {m.meeting_id for m in client.meetings.list()} >= {first.meeting_id, second.meeting_id}
    [warning] = messages(caplog, logging.WARNING)
    assert "SQLite budget store" in warning
    store.close()


@pytest.mark.parametrize(
    ("argument", "value"),
    [("timeout", float("nan")), ("timeout", -1.0), ("retry_interval", float("inf")), ("fallback", "ignore")],
)
def test_settings_that_cannot_work_are_refused_naming_the_argument(
    tmp_path: Path, argument: str, value: object
) -> None:
    with pytest.raises(ValueError, match=argument):
        SQLiteStore(tmp_path / "budget.sqlite3", **{argument: value})  # type: ignore[arg-type]
