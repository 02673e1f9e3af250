"""Learning the server's window from its replies, and pacing on it (no margin, nothing across a boundary).

Unit tests feed `ServerWindow` headers as a fixed-window or a sliding-window server writes them;
the sandbox tests run the real pacer against both kinds of window and count 429s.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from datetime import UTC, datetime

import pytest

from tests.sandbox.conftest import RunningSandbox
from whereby_v1.api.meetings import get_meetings
from whereby_v1.overlay import WherebyClient
from whereby_v1.overlay.pacing import Pacer, Ticket
from whereby_v1.overlay.server_window import _CONFIRM as CONFIRM
from whereby_v1.overlay.server_window import ServerWindow
from whereby_v1.overlay.stores import MemoryStore

WINDOW = 5.0


def iso(moment: float) -> str:
    return datetime.fromtimestamp(moment, UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def reply(reset: float) -> dict[str, str]:
    return {"x-ratelimit-reset": iso(reset), "x-ratelimit-remaining": "95", "x-ratelimit-limit": "100"}


def fake_clocks() -> tuple[list[float], Callable[[], float], Callable[[], float]]:
    """A settable time (`now[0]`) and the monotonic and wall clocks that read it."""
    now = [1000.0]
    return now, lambda: now[0], lambda: now[0] + 1_700_000_000.0


def rollover(server: ServerWindow, headers: dict[str, str], sent: float, received: float) -> None:
    """A reply whose reset rolled over, and the replies after it that confirm it (`_CONFIRM`)."""
    for _ in range(CONFIRM):
        server.learn(headers, sent, received)


def test_a_reset_that_moves_by_whole_windows_is_a_fixed_grid() -> None:
    server = ServerWindow(WINDOW, rollovers=1)  # one rollover: the grid
    now = time.time()
    end = now + 1.0
    server.learn(reply(end), now, now)
    server.learn(reply(end), now + 0.1, now + 0.1)
    assert not server.known  # one window end seen: could be either kind yet
    rollover(server, reply(end + WINDOW), now + 1.2, now + 1.2)
    assert server.known
    server.learn(reply(end + 3 * WINDOW), now + 11.2, now + 11.2)  # idle for two windows: still the grid
    assert server.known


def test_a_reset_that_moves_by_less_than_a_window_is_no_grid() -> None:
    server = ServerWindow(WINDOW, rollovers=1)  # one rollover: the grid
    now = time.time()
    server.learn(reply(now + 1.0), now, now)
    rollover(server, reply(now + 1.0 + WINDOW), now + 1.1, now + 1.1)
    assert server.known
    server.learn(reply(now + 1.3 + WINDOW), now + 1.2, now + 1.2)  # the oldest spending left: sliding
    assert not server.known
    assert server.next_boundary(time.monotonic()) is None


def test_the_next_boundary_is_where_the_server_says_in_our_monotonic_clock() -> None:
    server = ServerWindow(WINDOW, rollovers=1)  # one rollover: the grid
    now = time.time()
    server.learn(reply(now + 0.5), now, now)
    rollover(server, reply(now + 0.5 + WINDOW), now + 0.6, now + 0.6)  # counted just after the boundary
    boundary = server.next_boundary(time.monotonic())
    assert boundary is not None
    earliest, latest = boundary
    expected = now + 0.5 - (time.time() - time.monotonic())  # the grid's first boundary after now
    assert earliest <= expected <= latest
    assert latest - earliest < 0.01  # ms resets and clocks that agree: the boundary is known closely


def test_a_server_clock_proven_behind_ours_moves_the_boundary_later() -> None:
    server = ServerWindow(WINDOW, rollovers=1)  # one rollover: the grid
    now = time.time()
    server.learn(reply(now + 0.5), now, now)
    rollover(server, reply(now + 0.5 + WINDOW), now + 0.6, now + 0.6)
    # A request we sent 0.3 s after the boundary (by our clock) was counted before it, by the
    # server's: its clock is at least 0.3 s behind ours.
    server.learn(reply(now + 0.5 + WINDOW), now + 0.8 + WINDOW, now + 0.81 + WINDOW)
    boundary = server.next_boundary(time.monotonic() + WINDOW + 1.0)
    assert boundary is not None
    shift = time.time() - time.monotonic()
    assert boundary[1] >= now + 0.5 + 2 * WINDOW + 0.3 - shift


def test_a_slot_just_before_a_known_boundary_moves_to_the_boundary() -> None:
    pacer = Pacer(MemoryStore(), 100, WINDOW)
    pacer.server = ServerWindow(WINDOW, rollovers=1)
    now = time.time()
    # The grid: a boundary 0.05 s from now; replies have come back within 0.2 s of their slot.
    pacer.server.learn(reply(now + 0.05 - WINDOW), now - WINDOW, now - WINDOW)
    rollover(pacer.server, reply(now + 0.05), now - 0.01, now - 0.01)
    pacer._delay = 0.2
    assert pacer.server.known and pacer.local_window == WINDOW  # no margin on a known grid
    ticket = pacer.book(1)
    boundary = pacer.server.next_boundary(time.monotonic() - 1.0)
    assert boundary is not None
    assert ticket.slot >= boundary[1] - 0.001  # it would have gone 0.05 s before the boundary: now after


def _drive(server: RunningSandbox, workers: int, per_worker: int, budget: int, window: float) -> list[int]:
    client = WherebyClient("pace-key", base_url=server.base_url, points_per_minute=budget, window=window)
    statuses: list[int] = []

    def work() -> None:
        for _ in range(per_worker):
            statuses.append(get_meetings.sync_detailed(client=client).status_code)

    threads = [threading.Thread(target=work) for _ in range(workers)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return statuses


@pytest.mark.paced
@pytest.mark.parametrize("kind", ["fixed", "sliding"])
def test_pacing_on_what_the_server_says_gets_no_429_from_either_kind_of_window(
    sandbox_factory: Callable[..., RunningSandbox], kind: str
) -> None:
    # 2 s windows: on a loaded machine a reply can lag its slot by a quarter of a 1 s window, the
    # most the margin for an unknown (here: sliding) window allows.
    server = sandbox_factory("--token", "pace-key", "--budget", "30", "--window", "2", "--window-kind", kind)
    statuses = _drive(server, workers=12, per_worker=10, budget=30, window=2.0)  # 4 windows of work
    assert statuses == [200] * 120
    stats = server.admin("GET", "stats").json()
    assert stats["throttled"] == 0


def test_a_window_keeps_its_name_when_the_server_writes_its_end_a_millisecond_apart() -> None:
    """A server that computes each reset afresh may round the same window's end to two different
    milliseconds. Bookings are counted per window by name: two names for one window would let
    it hold twice the budget, and make our own spending look like another key's."""
    server = ServerWindow(WINDOW, rollovers=1)  # one rollover: the grid
    now = time.time()
    end = round(now) + 1.0  # a whole second, so that +-1 ms is exact in the header
    server.learn(reply(end), now, now)
    rollover(server, reply(end + WINDOW), now + 1.1, now + 1.1)
    assert server.known
    named = server.next_end(time.monotonic())
    assert named is not None
    late = server.window_of(end + WINDOW + 0.001)
    early = server.window_of(end + WINDOW - 0.001)
    assert late is not None and early is not None
    assert late[0] == early[0] == round((end + WINDOW) * 1000)
    server.learn(reply(end + 2 * WINDOW + 0.001), now + 6.1, now + 6.1)  # the next window, 1 ms off
    again = server.window_of(end + 2 * WINDOW)
    assert again is not None and again[0] == round((end + 2 * WINDOW) * 1000)


def test_our_own_spending_is_not_taken_for_another_keys_when_resets_jitter() -> None:
    """Replies of one window whose resets differ by a millisecond: the corrections find nothing
    unexplained, so no points are kept back for other keys."""
    clock_now, clock, wall = fake_clocks()
    store = MemoryStore(clock)
    pacer = Pacer(store, 100, WINDOW, clock=clock, wall_clock=wall)
    pacer.server = ServerWindow(WINDOW, clock=clock, wall_clock=wall, rollovers=1)
    end = wall() + 2.0
    for reset in (end, end + WINDOW):  # learn the grid, nothing spent yet
        for _ in range(CONFIRM):
            pacer.observe({**reply(reset), "x-ratelimit-remaining": "100"}, wall())
        clock_now[0] += 2.1
    assert pacer.server.known
    for i in range(40):
        ticket = pacer.book(1)
        assert ticket.wait == 0
        spent = i + 1
        jitter = 0.001 if i % 2 else -0.001
        headers = {**reply(end + WINDOW + jitter), "x-ratelimit-remaining": str(100 - spent)}
        pacer.observe(headers, wall())
        clock_now[0] += 0.02
    grid = pacer._grid_now()
    assert grid is not None and grid.reserve_now == 0 and grid.reserve == 0
    waits = [pacer.book(1).wait for _ in range(60)]
    assert waits == [0.0] * 60  # the whole rest of the budget, in this window
    assert pacer.book(1).wait > 0


def test_in_the_first_window_a_small_request_uses_points_a_larger_one_cannot() -> None:
    """Before any window has rolled over, the replies already name the current one: 298 of 300
    points spent in it, a 3-point request waits beyond it, and a 1-point request booked after
    that still goes now (FIFO would leave the two points unused)."""
    clock_now, clock, wall = fake_clocks()
    pacer = Pacer(MemoryStore(clock), 300, WINDOW, clock=clock, wall_clock=wall)
    end = wall() + 4.0
    for spent in range(1, 299):
        assert pacer.book(1).wait == 0
        pacer.observe({**reply(end), "x-ratelimit-limit": "300", "x-ratelimit-remaining": str(300 - spent)}, wall())
        pacer.settle(Ticket(0.0, clock_now[0]))
    clock_now[0] += 0.5
    assert not pacer.server.known
    large = pacer.book(3)
    small = pacer.book(1)
    assert large.wait > 3.5  # after the window's end
    assert small.wait == 0
    assert pacer.book(1).wait == 0  # the 300th point
    assert pacer.book(1).wait > 3.5


def test_a_sliding_reset_that_moves_by_a_whole_window_by_chance_is_no_grid() -> None:
    """A sliding window's reset (its oldest spending, plus a window) can move by exactly a window
    once; while the budget is in use it moves again with the next reply, before it is trusted."""
    server = ServerWindow(WINDOW)
    now = time.time()
    server.learn(reply(now + 1.0), now, now)
    server.learn(reply(now + 1.0 + WINDOW), now + 1.1, now + 1.1)  # a whole window, by chance
    assert not server.known  # not trusted yet: nothing is booked on it
    server.learn(reply(now + 1.0 + WINDOW + 0.004), now + 1.11, now + 1.11)  # the next oldest left
    server.learn(reply(now + 1.0 + WINDOW + 0.009), now + 1.12, now + 1.12)
    assert not server.known


def test_the_grid_is_trusted_after_two_rollovers_a_whole_number_of_windows_apart() -> None:
    """One confirmed rollover could be a sliding window's chance; the second, on the same grid,
    makes it a fixed one."""
    server = ServerWindow(WINDOW)
    now = time.time()
    end = now + 1.0
    server.learn(reply(end), now, now)
    rollover(server, reply(end + WINDOW), now + 1.1, now + 1.1)
    assert not server.known
    rollover(server, reply(end + 2 * WINDOW), now + 6.1, now + 6.1)
    assert server.known


def _young(
    clock_now: list[float], pacer: Pacer, wall: Callable[[], float], first: int, gap: float, ends_in: float = 0.5
) -> float:
    """Spend `first` points at once in a window that ends `ends_in` seconds later, let `gap`
    seconds pass, and see the rollover to the next window confirmed (one rollover: the grid is
    not trusted yet). Returns the second window's end on our monotonic clock."""
    end = wall() + ends_in
    for spent in range(1, first + 1):
        assert pacer.book(1).wait == 0
        pacer.observe({**reply(end), "x-ratelimit-limit": "300", "x-ratelimit-remaining": str(300 - spent)}, wall())
    pacer.settle(Ticket(0.0, clock_now[0]))  # replies come at once: no delay to allow for
    clock_now[0] += gap
    for _ in range(CONFIRM):
        pacer.observe({**reply(end + WINDOW), "x-ratelimit-limit": "300", "x-ratelimit-remaining": "300"}, wall())
    assert not pacer.server.known and pacer.server.young(clock_now[0]) is not None
    return clock_now[0] - gap + ends_in + WINDOW


def test_after_one_rollover_a_small_request_uses_points_a_larger_one_cannot() -> None:
    """In the window after the grid's first rollover, 298 of 300 points spent: a 3-point request
    books nothing and asks again when the window ends, and 1-point requests after it still use
    the last two points (first come, first served would leave them unused)."""
    clock_now, clock, wall = fake_clocks()
    pacer = Pacer(MemoryStore(clock), 300, WINDOW, clock=clock, wall_clock=wall)
    # the first window's point, spent more than the lookback before the second opened, has left
    second_end = _young(clock_now, pacer, wall, first=1, gap=WINDOW + 0.1, ends_in=1.5)
    waits = [pacer.book(1).wait for _ in range(298)]
    assert waits == [0.0] * 298
    large = pacer.book(3)
    assert large.again and large.booking is None
    assert large.wait == pytest.approx(second_end - clock_now[0], abs=0.01)  # until the end, give or take its precision
    assert [pacer.book(1).wait for _ in range(2)] == [0.0, 0.0]
    assert pacer.book(1).again


def test_after_one_rollover_the_previous_windows_spending_must_leave_first() -> None:
    """The grid might be a sliding window's chance: a request in the window after the first
    rollover waits until enough of the previous window's spending is a window (and the guard)
    old, as it would for a sliding window; here all 300 points of it."""
    clock_now, clock, wall = fake_clocks()
    pacer = Pacer(MemoryStore(clock), 300, WINDOW, clock=clock, wall_clock=wall)
    spent_at = clock_now[0]
    second_end = _young(clock_now, pacer, wall, first=300, gap=2.0, ends_in=1.5)
    ticket = pacer.book(1)
    assert not ticket.again and ticket.booking is not None
    assert spent_at + WINDOW <= ticket.slot < second_end


def test_spending_without_the_grid_shortly_before_a_window_opens_counts_in_it() -> None:
    """300 points booked on the local window 0.5 s before the second window opens, within the
    margin a process starts with (1 s): any of them may reach the server after the rollover, so
    the second window counts them too and is full; a request waits for its end."""
    clock_now, clock, wall = fake_clocks()
    pacer = Pacer(MemoryStore(clock), 300, WINDOW, clock=clock, wall_clock=wall)
    second_end = _young(clock_now, pacer, wall, first=300, gap=1.0, ends_in=0.5)
    ticket = pacer.book(1)
    assert ticket.again and ticket.booking is None
    assert ticket.wait == pytest.approx(second_end - clock_now[0], abs=0.01)
