"""The pacer and its server window on an injected clock: time moves when the test moves it.

A simulation (`bench.simulate`) runs the real pacing code in virtual time this way. Nothing here
sleeps: a pacer that still read the real clock would report waits of whole windows.
"""

from __future__ import annotations

from datetime import UTC, datetime

from whereby_v1.overlay.pacing import Pacer
from whereby_v1.overlay.server_window import ServerWindow
from whereby_v1.overlay.stores import MemoryStore

WINDOW = 10.0
EPOCH = 1_800_000_000.0  # the fake wall clock's time at fake monotonic 0


class FakeClock:
    def __init__(self) -> None:
        self.now = 0.0

    def monotonic(self) -> float:
        return self.now

    def wall(self) -> float:
        return EPOCH + self.now


def iso(moment: float) -> str:
    return datetime.fromtimestamp(moment, UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def pacer_on(clock: FakeClock, limit: int = 2) -> Pacer:
    return Pacer(MemoryStore(clock=clock.monotonic), limit, WINDOW, clock=clock.monotonic, wall_clock=clock.wall)


def test_a_full_budget_frees_when_the_fake_clock_moves_past_the_window() -> None:
    clock = FakeClock()
    pacer = pacer_on(clock)
    assert pacer.book(1).wait == 0 and pacer.book(1).wait == 0
    clock.now = 3.0
    waiting = pacer.book(1)
    # The third point fits once the first two leave the (local, margined) window that began at 0.
    assert waiting.wait == pacer.local_window - 3.0
    assert waiting.slot == pacer.local_window  # on the fake clock, not the real one
    clock.now = waiting.slot + pacer.local_window  # that one, and the first two, are out of every window
    ticket = pacer.book(1)
    assert ticket.wait == 0 and ticket.slot == clock.now


def test_settle_measures_the_delay_on_the_fake_clock() -> None:
    clock = FakeClock()
    pacer = pacer_on(clock)
    ticket = pacer.book(1)
    clock.now += 1.5  # the reply came 1.5 s after the slot
    pacer.settle(ticket)
    assert pacer.local_window == WINDOW + 1.5


def test_the_server_window_reads_the_fake_clocks() -> None:
    clock = FakeClock()
    pacer = pacer_on(clock, limit=100)
    pacer.server = ServerWindow(WINDOW, clock=clock.monotonic, wall_clock=clock.wall, rollovers=1)
    # A fixed grid with a boundary at fake monotonic 4.0: two resets a window apart.
    pacer.observe({"x-ratelimit-reset": iso(EPOCH + 4.0 - WINDOW), "x-ratelimit-remaining": "99"})
    clock.now = 4.2
    for _ in range(3):  # the rollover, and the replies that confirm it
        pacer.observe({"x-ratelimit-reset": iso(EPOCH + 4.0 + WINDOW), "x-ratelimit-remaining": "99"})
    assert pacer.server.known and pacer.local_window == WINDOW
    boundary = pacer.server.next_boundary(clock.now)
    assert boundary is not None
    earliest, latest = boundary
    assert earliest <= 4.0 + WINDOW <= latest and latest - earliest < 0.01
