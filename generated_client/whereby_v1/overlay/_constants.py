"""Every default of the overlay, in one place."""

from __future__ import annotations

import httpx

PLANS: dict[str, int] = {"build": 100, "grow": 1000, "enterprise": 1000}
"""Points per minute of each plan ("enterprise" is the newer name of "grow")."""
DEFAULT_PLAN = "build"
WINDOW_SECONDS = 60.0

WINDOW_MARGIN = 0.01
"""The local window is this much longer than the server's, so that jitter in network latency
cannot squeeze one window's worth of requests into less than a window at the server."""
MIN_WINDOW_MARGIN_SECONDS = 0.02
DELAY_SAMPLES = 64
"""How many recent replies the delay margin is the maximum of (see pacing.Pacer)."""
INITIAL_DELAY_SHARE = 0.2
INITIAL_DELAY_MAX_SECONDS = 1.0
"""Before any reply has been seen, assume replies may lag their slot by this much (the lesser)."""
MAX_WINDOW_MARGIN_SHARE = 0.25
OTHERS_WINDOWS = 4
"""Other keys' rate of spending is read off this many windows before the current one and the
current one (see pacing.Pacer._others_rate)..."""
OTHERS_RATE_SHARE = 0.1
"""...each reading counting as if at least this share of its window had passed."""
BOUNDARY_MOVES = 3
"""How often one booking may be moved past a window boundary it might straddle (see pacing.Pacer)."""

DEFAULT_TIMEOUT = httpx.Timeout(60.0, connect=10.0)
DEFAULT_MAX_RETRIES = 2
"""Retries after a connection error, a timeout or a 5xx, for idempotent requests only."""
DEFAULT_MAX_RATE_LIMIT_RETRIES = 8
"""Retries after a 429; each waits as long as the server says."""
MAX_RATE_LIMIT_WAIT_SECONDS = 120.0
"""A 429 asking for a longer wait than this is raised as RateLimitedError instead of waited out."""
RATE_LIMIT_JITTER_SECONDS = 0.25
BACKOFF_INITIAL_SECONDS = 0.5
BACKOFF_MAX_SECONDS = 8.0

RETRY_STATUSES = frozenset({500, 502, 503, 504})
LOGGER_NAME = "whereby_v1"
API_KEY_ENV = "WHEREBY_API_KEY"
BASE_URL_ENV = "WHEREBY_BASE_URL"
"""Where the API is, when base_url= is not given: a local sandbox, for instance."""
