"""A budget shared by many hosts, in Redis (needs the optional `redis` package, Redis >= 5).

Each call is one Lua script, so Redis runs it atomically. The scripts read Redis's own clock
(`TIME`): bookings are in Redis time and the returned wait is computed against it, so the hosts'
clocks never need to agree. `book` is a line-by-line port of `base.book` (same names in the
comments); `correct` ports `base.unseen_spending`.

Keys, all in one Redis Cluster slot (the `{name}` hash tag), all expiring once they no longer
matter, so an idle budget disappears by itself:

    {name}:log      sorted set, score = booked time, member = "<cost>:<seq>" (unique)
    {name}:seq      counter that makes the members unique
    {name}:paused   paused-until, in Redis time

When Redis cannot be reached or fails (`fallback="local"`, the default), the store logs one
warning and paces with an in-process `MemoryStore` until Redis answers again; it tries Redis
again at most every `retry_interval` seconds, not on every call. With `fallback="raise"` it
raises `WherebyError` instead. No message ever contains the password of the Redis URL.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal

from .base import Booking, Grid, check_grid, check_request, horizon, window_ms
from .fallback import RETRY_INTERVAL_SECONDS, Fallback, check_mode

if TYPE_CHECKING:
    import redis

CONNECT_TIMEOUT_SECONDS = 1.0
"""Socket connect and read timeouts of a client made from a URL: a dead Redis must not hang a caller."""

# Shared by the three scripts. Lua numbers returned to Redis are truncated to integers, so times
# go back as "%.17g" strings (exact for a double); redis.call converts number arguments exactly.
_LUA_COMMON = (
    f"local KEEP = {horizon(1.0)!r}\n"  # base.horizon(window) is window * KEEP
    + """
local function fmt(x) return string.format('%.17g', x) end

-- "now": Redis's clock, in seconds
local function clock()
  local t = redis.call('TIME')
  return tonumber(t[1]) + tonumber(t[2]) / 1000000
end

-- base.horizon: how long an entry is kept for a call with `window`
local function horizon(window) return window * KEEP end

-- Prune: what no rule can read any more (as MemoryStore._prune).
local function prune(log, now, window)
  redis.call('ZREMRANGEBYSCORE', log, '-inf', fmt(now - horizon(window)))
end

-- The loop of base.book: the earliest moment from `at` on at which `cost` fits the window that
-- ends there (every entry is before `at`: a booking never goes before an earlier one).
local function earliest(times, costs, cost, limit, window, at)
  local n = #times
  while true do
    -- inside = [(t, c) for t, c in entries if t + window > at]; used = sum(c for _, c in inside)
    local used = 0
    for i = 1, n do
      if times[i] + window > at then used = used + costs[i] end
    end
    -- if used + cost <= limit: return at
    if used + cost <= limit then return at end
    -- for t, c in inside: freed += c; if freed >= needed: at = t + window; break
    local needed, freed = used + cost - limit, 0
    for i = 1, n do
      if times[i] + window > at then
        freed = freed + costs[i]
        if freed >= needed then
          at = times[i] + window  -- the moment enough earlier spending leaves the window
          break
        end
      end
    end
  end
end

-- entries: (time, points, window booked for or nil, others' or not) in time order, as arrays.
-- A member is "points:seq", or "points:seq:window:others" for bookings on the grid (base.GridEntry).
local function load_entries(log)
  local raw = redis.call('ZRANGE', log, 0, -1, 'WITHSCORES')
  local times, costs, wins, others = {}, {}, {}, {}
  for i = 1, #raw, 2 do
    local c, w, o = string.match(raw[i], '^(%d+):%d+:?(%d*):?(%d?)$')
    local n = #times + 1
    costs[n] = tonumber(c)
    times[n] = tonumber(raw[i + 1])
    wins[n] = tonumber(w)  -- nil when empty: booked without the grid
    others[n] = o == '1'
  end
  return times, costs, wins, others
end

-- base.in_window: entry i counts in the window named wend, from lo to hi (reach: base.Grid.reach)
local function in_window(times, wins, i, wend, lo, hi, reach)
  if wins[i] ~= nil then return wins[i] == wend end
  return lo - reach <= times[i] and times[i] < hi
end

-- Add (at, cost) to the log, booked for window `win` (nil: without the grid); the keys live
-- until the latest booking has left the window.
local function record(log, seq, at, cost, now, window, win, is_others)
  local member = string.format('%d', cost) .. ':' .. redis.call('INCR', seq)
  if win ~= nil then
    member = member .. ':' .. string.format('%d', win) .. ':' .. (is_others and '1' or '0')
  end
  redis.call('ZADD', log, fmt(at), member)
  local last = tonumber(redis.call('ZRANGE', log, -1, -1, 'WITHSCORES')[2])
  local ttl = string.format('%d', math.max(math.ceil((last - now + horizon(window)) * 1000), 0) + 1000)
  redis.call('PEXPIRE', log, ttl)
  redis.call('PEXPIRE', seq, ttl)
  return member
end
"""
)

_LUA_BOOK = (
    _LUA_COMMON
    + """
-- base.book(entries, cost, limit, window, now, paused_until), then record the booking.
-- KEYS: log, seq, paused. ARGV: cost, limit, window. Returns {at, wait} (strings).
local log, seq, paused = KEYS[1], KEYS[2], KEYS[3]
local cost, limit, window = tonumber(ARGV[1]), tonumber(ARGV[2]), tonumber(ARGV[3])
-- cost <= limit: RedisStore.book checked it (base.check_request) before the round trip
local now = clock()
prune(log, now, window)
local times, costs = load_entries(log)
local n = #times
local paused_until = tonumber(redis.call('GET', paused)) or 0

-- at = max(now, paused_until, entries[-1][0] if entries else now)
local at = math.max(now, paused_until)
if n > 0 then at = math.max(at, times[n]) end
at = earliest(times, costs, cost, limit, window, at)

local member = record(log, seq, at, cost, now, window)
return {fmt(at), fmt(at - now), member}
"""
)

_LUA_CORRECT = (
    _LUA_COMMON
    + """
-- extra = base.unseen_spending(entries, remaining, limit, window, now); record (now, extra) if any.
-- KEYS: log, seq. ARGV: remaining, limit, window. Returns extra.
local log, seq = KEYS[1], KEYS[2]
local remaining, limit, window = tonumber(ARGV[1]), tonumber(ARGV[2]), tonumber(ARGV[3])
local now = clock()
prune(log, now, window)
local times, costs = load_entries(log)
-- ours = sum(c for t, c in entries if t + window > now and t <= now)
local ours = 0
for i = 1, #times do
  if times[i] + window > now and times[i] <= now then ours = ours + costs[i] end
end
-- max(limit - remaining - ours, 0)
local extra = math.max(limit - remaining - ours, 0)
if extra > 0 then record(log, seq, now, extra, now, window) end
return extra
"""
)

_LUA_BOOK_ON_GRID = (
    _LUA_COMMON
    + """
-- base.book_on_grid(entries, cost, limit, window, now, paused_until, grid), then record the booking.
-- KEYS: log, seq, paused. ARGV: cost, limit, window, grid.end, grid.until_end, grid.guard,
-- grid.reserve_now, grid.reserve, window_ms(window), grid.reach. Returns {at, wait, member} (strings).
local log, seq, paused = KEYS[1], KEYS[2], KEYS[3]
local cost, limit, window = tonumber(ARGV[1]), tonumber(ARGV[2]), tonumber(ARGV[3])
local first, until_end, guard = tonumber(ARGV[4]), tonumber(ARGV[5]), tonumber(ARGV[6])
local reserve_now, reserve_later, step = tonumber(ARGV[7]), tonumber(ARGV[8]), tonumber(ARGV[9])
local reach = tonumber(ARGV[10])
local now = clock()
prune(log, now, window)
local times, costs, wins = load_entries(log)
local paused_until = tonumber(redis.call('GET', paused)) or 0

local j, slot, wend = 0, 0, 0
while true do
  local hi = now + until_end + j * window
  local lo = hi - window
  slot = math.max(now, paused_until, lo)
  wend = first + j * step
  if slot < hi - guard then
    local used = 0
    for i = 1, #times do
      if in_window(times, wins, i, wend, lo, hi, reach) then used = used + costs[i] end
    end
    local reserve = reserve_later
    if j == 0 then reserve = reserve_now end
    reserve = math.min(reserve, limit - cost)
    if used + cost + reserve <= limit then break end
  end
  j = j + 1
end

local member = record(log, seq, slot, cost, now, window, wend, false)
return {fmt(slot), fmt(slot - now), member}
"""
)

_LUA_BOOK_YOUNG = (
    _LUA_COMMON
    + """
-- base.book_young(entries, cost, limit, window, now, paused_until, grid), then record a booking.
-- KEYS: log, seq, paused. ARGV: cost, limit, window, grid.end, grid.until_end, grid.guard,
-- grid.reserve_now, grid.reach. Returns {'booked', at, wait, member}, {'full', seconds until the window's
-- end} or {'early'} (strings).
local log, seq, paused = KEYS[1], KEYS[2], KEYS[3]
local cost, limit, window = tonumber(ARGV[1]), tonumber(ARGV[2]), tonumber(ARGV[3])
local wend, until_end, guard, reserve = tonumber(ARGV[4]), tonumber(ARGV[5]), tonumber(ARGV[6]), tonumber(ARGV[7])
local reach = tonumber(ARGV[8])
local now = clock()
prune(log, now, window)
local times, costs, wins = load_entries(log)
local paused_until = tonumber(redis.call('GET', paused)) or 0
local hi = now + until_end
local lo = hi - window
local used = 0
for i = 1, #times do
  if in_window(times, wins, i, wend, lo, hi, reach) then used = used + costs[i] end
end
if used + cost + math.min(reserve, limit - cost) > limit then return {'full', fmt(hi - now)} end
local slot = math.max(now, paused_until)
if #times > 0 then slot = math.max(slot, times[#times]) end
slot = math.max(earliest(times, costs, cost, limit, window + guard, slot), lo)
if slot >= hi - guard then return {'early'} end
local member = record(log, seq, slot, cost, now, window, wend, false)
return {'booked', fmt(slot), fmt(slot - now), member}
"""
)

_LUA_CORRECT_ON_GRID = (
    _LUA_COMMON
    + """
-- extra = base.unseen_on_grid(entries, remaining, limit, window, now, grid); record it as others'
-- spending in that window; return base.others_on_grid for it, the extra included.
-- KEYS: log, seq. ARGV: remaining, limit, window, grid.end, grid.until_end, grid.reach.
local log, seq = KEYS[1], KEYS[2]
local remaining, limit, window = tonumber(ARGV[1]), tonumber(ARGV[2]), tonumber(ARGV[3])
local wend, until_end, reach = tonumber(ARGV[4]), tonumber(ARGV[5]), tonumber(ARGV[6])
local now = clock()
prune(log, now, window)
local times, costs, wins, others = load_entries(log)
local hi = now + until_end
local ours, seen = 0, 0
for i = 1, #times do
  if times[i] <= now and in_window(times, wins, i, wend, hi - window, hi, reach) then ours = ours + costs[i] end
  if others[i] and wins[i] == wend then seen = seen + costs[i] end
end
local extra = math.max(limit - remaining - ours, 0)
if extra > 0 then record(log, seq, now, extra, now, window, wend, true) end
return seen + extra
"""
)

_LUA_PAUSE = (
    _LUA_COMMON
    + """
-- paused_until = max(paused_until, now + seconds); the key expires when the pause is over.
-- KEYS: paused. ARGV: seconds.
local paused = KEYS[1]
local now = clock()
local paused_until = math.max(tonumber(redis.call('GET', paused)) or 0, now + tonumber(ARGV[1]))
local ttl = string.format('%d', math.max(math.ceil((paused_until - now) * 1000), 0) + 1000)
redis.call('SET', paused, fmt(paused_until), 'PX', ttl)
return fmt(paused_until)
"""
)


def _address(client: redis.Redis) -> str:
    """Where the client points, for messages: scheme, host, port and database, never credentials."""
    pool = getattr(client, "connection_pool", None)
    kwargs: dict[str, Any] = dict(getattr(pool, "connection_kwargs", {}) or {})
    db = kwargs.get("db", 0)
    if kwargs.get("path"):
        return f"unix://{kwargs['path']}?db={db}"
    connection_class = getattr(pool, "connection_class", None)
    scheme = "rediss" if "SSL" in getattr(connection_class, "__name__", "") else "redis"
    return f"{scheme}://{kwargs.get('host', 'localhost')}:{kwargs.get('port', 6379)}/{db}"


def _secrets(client: redis.Redis, url: str | None) -> list[str]:
    found: list[str] = []
    pool = getattr(client, "connection_pool", None)
    password = (getattr(pool, "connection_kwargs", {}) or {}).get("password")
    if isinstance(password, str) and password:
        found.append(password)
    if url:
        from urllib.parse import unquote, urlsplit

        try:
            raw = urlsplit(url).password
        except ValueError:
            raw = None
        if raw:
            found += [raw, unquote(raw)]
    return sorted(set(found), key=len, reverse=True)


class RedisStore:
    blocking_io = True

    def __init__(
        self,
        client_or_url: redis.Redis | str,
        *,
        name: str = "whereby_v1",
        fallback: Literal["local", "raise"] = "local",
        retry_interval: float = RETRY_INTERVAL_SECONDS,
    ) -> None:
        """`client_or_url`: a `redis.Redis` client (used as configured: give it short socket timeouts)
        or a URL such as ``redis://:password@host:6379/0`` (the client gets 1 s connect and read
        timeouts and no automatic retries); `name`: which budget (every key starts with ``{name}``)."""
        try:
            import redis
            from redis.backoff import NoBackoff
            from redis.retry import Retry
        except ImportError as error:  # pragma: no cover - depends on the installation
            raise ImportError(
                "RedisStore needs the redis package, an optional dependency: pip install 'whereby-v1[redis]'"
            ) from error
        check_mode(fallback, retry_interval)
        if isinstance(client_or_url, str):
            # No retries inside redis-py: a booking script must not run twice, and a dead Redis
            # must cost a caller one short timeout, not several.
            self.client = redis.Redis.from_url(
                client_or_url,
                socket_connect_timeout=CONNECT_TIMEOUT_SECONDS,
                socket_timeout=CONNECT_TIMEOUT_SECONDS,
                retry=Retry(NoBackoff(), 0),
            )
            self._owns_client = True
        else:
            self.client = client_or_url
            self._owns_client = False
        self.name = name
        self.fallback = fallback
        self.retry_interval = retry_interval
        self.address = _address(self.client)
        self._secrets = _secrets(self.client, client_or_url if isinstance(client_or_url, str) else None)
        self._fallback = Fallback(
            f"the Redis budget store at {self.address}",
            fallback,
            retry_interval,
            (redis.exceptions.RedisError,),
            self._scrub,
        )

        self._log_key, self._seq_key, self._paused_key = (f"{{{name}}}:log", f"{{{name}}}:seq", f"{{{name}}}:paused")
        self._book = self.client.register_script(_LUA_BOOK)
        self._correct = self.client.register_script(_LUA_CORRECT)
        self._pause = self.client.register_script(_LUA_PAUSE)
        self._book_on_grid = self.client.register_script(_LUA_BOOK_ON_GRID)
        self._correct_on_grid = self.client.register_script(_LUA_CORRECT_ON_GRID)
        self._book_young = self.client.register_script(_LUA_BOOK_YOUNG)

        self.local = self._fallback.local
        """The budget used while Redis is unreachable (fallback="local")."""

    # -- the store

    def book(self, cost: int, limit: int, window: float) -> Booking:
        check_request(cost, limit, window)  # before any round trip

        def remote() -> Booking:
            at, wait, member = self._book(
                keys=[self._log_key, self._seq_key, self._paused_key], args=[cost, limit, window]
            )
            return Booking(float(at), float(wait), ("redis", member))

        def local() -> Booking:
            booked = self.local.book(cost, limit, window)
            return Booking(booked.at, booked.wait, ("local", booked))

        return self._fallback.call(remote, local)

    def correct(self, remaining: int, limit: int, window: float) -> None:
        def remote() -> None:
            self._correct(keys=[self._log_key, self._seq_key], args=[remaining, limit, window])

        self._fallback.call(remote, lambda: self.local.correct(remaining, limit, window))

    def book_on_grid(self, cost: int, limit: int, window: float, grid: Grid) -> Booking:
        check_request(cost, limit, window)
        check_grid(grid, window)

        def remote() -> Booking:
            at, wait, member = self._book_on_grid(
                keys=[self._log_key, self._seq_key, self._paused_key],
                args=[
                    cost,
                    limit,
                    window,
                    grid.end,
                    grid.until_end,
                    grid.guard,
                    grid.reserve_now,
                    grid.reserve,
                    window_ms(window),
                    grid.reach,
                ],
            )
            return Booking(float(at), float(wait), ("redis", member))

        def local() -> Booking:
            booked = self.local.book_on_grid(cost, limit, window, grid)
            return Booking(booked.at, booked.wait, ("local", booked))

        return self._fallback.call(remote, local)

    def book_young(self, cost: int, limit: int, window: float, grid: Grid) -> Booking | float | None:
        check_request(cost, limit, window)
        check_grid(grid, window)

        def remote() -> Booking | float | None:
            verdict, *rest = self._book_young(
                keys=[self._log_key, self._seq_key, self._paused_key],
                args=[cost, limit, window, grid.end, grid.until_end, grid.guard, grid.reserve_now, grid.reach],
            )
            if verdict in (b"full", "full"):
                return float(rest[0])
            if verdict in (b"early", "early"):
                return None
            at, wait, member = rest
            return Booking(float(at), float(wait), ("redis", member))

        def local() -> Booking | float | None:
            booked = self.local.book_young(cost, limit, window, grid)
            return Booking(booked.at, booked.wait, ("local", booked)) if isinstance(booked, Booking) else booked

        return self._fallback.call(remote, local)

    def correct_on_grid(self, remaining: int, limit: int, window: float, grid: Grid) -> int:
        check_grid(grid, window)

        def remote() -> int:
            return int(
                self._correct_on_grid(
                    keys=[self._log_key, self._seq_key],
                    args=[remaining, limit, window, grid.end, grid.until_end, grid.reach],
                )
            )

        return self._fallback.call(remote, lambda: self.local.correct_on_grid(remaining, limit, window, grid))

    def pause(self, seconds: float) -> None:
        def remote() -> None:
            self._pause(keys=[self._paused_key], args=[seconds])

        self._fallback.call(remote, lambda: self.local.pause(seconds))

    def release(self, booking: Booking) -> None:
        where, handle = booking.key
        if where == "local":  # booked in the fallback while Redis was away
            self.local.release(handle)
            return

        def remote() -> None:
            self.client.zrem(self._log_key, handle)

        self._fallback.call(remote, lambda: None)  # Redis away again: the booking expires with its window

    def close(self) -> None:
        """Close the client if this store made it from a URL."""
        if self._owns_client:
            self.client.close()

    def _scrub(self, text: str) -> str:
        for secret in self._secrets:
            text = text.replace(secret, "***")
        return text
