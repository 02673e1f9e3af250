"""`Whereby` and `AsyncWhereby`: the resource client, `client.<resource>.<method>(...)`.

Generated from openapi.yaml by `python -m generator generate`; do not edit. The options, the
budget and the connection pool are the overlay's (`overlay.resource_client`); this module only
attaches one resource per tag. A resource module, and the models it uses, is imported the first
time its attribute is read, so importing the package stays light.
"""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Any

from .overlay.resource_client import AsyncWherebyBase, WherebyBase

if TYPE_CHECKING:
    from .resources.insights import AsyncInsights, AsyncInsightsWithRawResponse, Insights, InsightsWithRawResponse
    from .resources.meetings import AsyncMeetings, AsyncMeetingsWithRawResponse, Meetings, MeetingsWithRawResponse
    from .resources.recordings import (
        AsyncRecordings,
        AsyncRecordingsWithRawResponse,
        Recordings,
        RecordingsWithRawResponse,
    )
    from .resources.rooms import AsyncRooms, AsyncRoomsWithRawResponse, Rooms, RoomsWithRawResponse
    from .resources.summaries import AsyncSummaries, AsyncSummariesWithRawResponse, Summaries, SummariesWithRawResponse
    from .resources.transcriptions import (
        AsyncTranscriptions,
        AsyncTranscriptionsWithRawResponse,
        Transcriptions,
        TranscriptionsWithRawResponse,
    )

__all__ = ["AsyncWhereby", "AsyncWherebyWithRawResponse", "Whereby", "WherebyWithRawResponse"]


class Whereby(WherebyBase):
    """The Whereby Embedded API, v1: one attribute per resource, one method per operation.

    Every request is paced to the organisation's point budget, 429s are waited out as the server
    asks, idempotent requests are retried after connection errors, and any error reply raises.

        client = Whereby()   # the key from WHEREBY_API_KEY
        meeting = client.meetings.create(end_date=..., fields=["hostRoomUrl"])

    Args:
        api_key: the organisation's API key; defaults to the WHEREBY_API_KEY environment variable.
            It never appears in a repr, a log line or an exception.
        base_url: the API's base URL; defaults to WHEREBY_BASE_URL, else the contract's server.
            Plain http only to loopback (a local sandbox).
        plan: "build" (100 points a minute, the default) or "grow"/"enterprise" (1000).
        points_per_minute: the budget in points, instead of a plan.
        budget: where the budget is kept: `MemoryStore` (this process, the default), `SQLiteStore`
            (processes on one host) or `RedisStore` (many hosts); share one store between clients.
        timeout: seconds or an `httpx.Timeout`; 60 s (10 s to connect) by default.
        max_retries: retries after connection errors, timeouts and 5xx, for idempotent requests only.
        max_rate_limit_wait: a 429 asking for a longer wait raises `RateLimitedError` instead.
        max_wait: the longest a request may wait for room in the budget; a longer wait raises
            `BudgetWaitError` at once, spending nothing. None (the default): as long as it takes.
            `timeout` never counts this wait: it bounds the network, as in httpx.
        default_headers: headers sent with every request.
        http_client: your own `httpx.Client` (proxies, certificates, event hooks); its transport and
            mounts are wrapped, so every request is still paced.
        window: the budget window in seconds (60 for the real API).
    """

    @cached_property
    def meetings(self) -> Meetings:
        """Transient rooms, created for a fixed time window and removed afterwards."""
        from .resources.meetings import Meetings

        return Meetings(self._client)

    @cached_property
    def recordings(self) -> Recordings:
        """Cloud recordings kept in Whereby-hosted or customer-owned storage."""
        from .resources.recordings import Recordings

        return Recordings(self._client)

    @cached_property
    def transcriptions(self) -> Transcriptions:
        """Text transcripts made live during a session or afterwards from a recording."""
        from .resources.transcriptions import Transcriptions

        return Transcriptions(self._client)

    @cached_property
    def summaries(self) -> Summaries:
        """AI summaries generated from Whereby-hosted transcriptions (beta, selected customers)."""
        from .resources.summaries import Summaries

        return Summaries(self._client)

    @cached_property
    def rooms(self) -> Rooms:
        """Per-room branding (colours, logo, backgrounds); overrides the dashboard defaults."""
        from .resources.rooms import Rooms

        return Rooms(self._client)

    @cached_property
    def insights(self) -> Insights:
        """Usage and quality data for rooms, sessions and participants; lags 10-15 minutes, times in UTC."""
        from .resources.insights import Insights

        return Insights(self._client)

    @cached_property
    def with_raw_response(self) -> WherebyWithRawResponse:
        """The same resources, each method returning a `RawResponse` (status, headers, content, `parse()`)."""
        return WherebyWithRawResponse(self._client)


class WherebyWithRawResponse:
    """`Whereby.with_raw_response`: methods return the reply itself; `.parse()` gives the model."""

    def __init__(self, client: Any) -> None:
        self._client = client

    @cached_property
    def meetings(self) -> MeetingsWithRawResponse:
        from .resources.meetings import MeetingsWithRawResponse

        return MeetingsWithRawResponse(self._client)

    @cached_property
    def recordings(self) -> RecordingsWithRawResponse:
        from .resources.recordings import RecordingsWithRawResponse

        return RecordingsWithRawResponse(self._client)

    @cached_property
    def transcriptions(self) -> TranscriptionsWithRawResponse:
        from .resources.transcriptions import TranscriptionsWithRawResponse

        return TranscriptionsWithRawResponse(self._client)

    @cached_property
    def summaries(self) -> SummariesWithRawResponse:
        from .resources.summaries import SummariesWithRawResponse

        return SummariesWithRawResponse(self._client)

    @cached_property
    def rooms(self) -> RoomsWithRawResponse:
        from .resources.rooms import RoomsWithRawResponse

        return RoomsWithRawResponse(self._client)

    @cached_property
    def insights(self) -> InsightsWithRawResponse:
        from .resources.insights import InsightsWithRawResponse

        return InsightsWithRawResponse(self._client)


class AsyncWhereby(AsyncWherebyBase):
    """`Whereby` for asyncio: the same resources, with `await` (and `async for` over lists).

        async with AsyncWhereby() as client:
            meeting = await client.meetings.create(end_date=...)

    Args:
        api_key: the organisation's API key; defaults to the WHEREBY_API_KEY environment variable.
            It never appears in a repr, a log line or an exception.
        base_url: the API's base URL; defaults to WHEREBY_BASE_URL, else the contract's server.
            Plain http only to loopback (a local sandbox).
        plan: "build" (100 points a minute, the default) or "grow"/"enterprise" (1000).
        points_per_minute: the budget in points, instead of a plan.
        budget: where the budget is kept: `MemoryStore` (this process, the default), `SQLiteStore`
            (processes on one host) or `RedisStore` (many hosts); share one store between clients.
        timeout: seconds or an `httpx.Timeout`; 60 s (10 s to connect) by default.
        max_retries: retries after connection errors, timeouts and 5xx, for idempotent requests only.
        max_rate_limit_wait: a 429 asking for a longer wait raises `RateLimitedError` instead.
        max_wait: the longest a request may wait for room in the budget; a longer wait raises
            `BudgetWaitError` at once, spending nothing. None (the default): as long as it takes.
            `timeout` never counts this wait: it bounds the network, as in httpx.
        default_headers: headers sent with every request.
        http_client: your own `httpx.AsyncClient` (proxies, certificates, event hooks); its transport and
            mounts are wrapped, so every request is still paced.
        window: the budget window in seconds (60 for the real API).
    """

    @cached_property
    def meetings(self) -> AsyncMeetings:
        """Transient rooms, created for a fixed time window and removed afterwards."""
        from .resources.meetings import AsyncMeetings

        return AsyncMeetings(self._client)

    @cached_property
    def recordings(self) -> AsyncRecordings:
        """Cloud recordings kept in Whereby-hosted or customer-owned storage."""
        from .resources.recordings import AsyncRecordings

        return AsyncRecordings(self._client)

    @cached_property
    def transcriptions(self) -> AsyncTranscriptions:
        """Text transcripts made live during a session or afterwards from a recording."""
        from .resources.transcriptions import AsyncTranscriptions

        return AsyncTranscriptions(self._client)

    @cached_property
    def summaries(self) -> AsyncSummaries:
        """AI summaries generated from Whereby-hosted transcriptions (beta, selected customers)."""
        from .resources.summaries import AsyncSummaries

        return AsyncSummaries(self._client)

    @cached_property
    def rooms(self) -> AsyncRooms:
        """Per-room branding (colours, logo, backgrounds); overrides the dashboard defaults."""
        from .resources.rooms import AsyncRooms

        return AsyncRooms(self._client)

    @cached_property
    def insights(self) -> AsyncInsights:
        """Usage and quality data for rooms, sessions and participants; lags 10-15 minutes, times in UTC."""
        from .resources.insights import AsyncInsights

        return AsyncInsights(self._client)

    @cached_property
    def with_raw_response(self) -> AsyncWherebyWithRawResponse:
        """The same resources, each method returning a `RawResponse` (status, headers, content, `parse()`)."""
        return AsyncWherebyWithRawResponse(self._client)


class AsyncWherebyWithRawResponse:
    """`AsyncWhereby.with_raw_response`: methods return the reply itself; `.parse()` gives the model."""

    def __init__(self, client: Any) -> None:
        self._client = client

    @cached_property
    def meetings(self) -> AsyncMeetingsWithRawResponse:
        from .resources.meetings import AsyncMeetingsWithRawResponse

        return AsyncMeetingsWithRawResponse(self._client)

    @cached_property
    def recordings(self) -> AsyncRecordingsWithRawResponse:
        from .resources.recordings import AsyncRecordingsWithRawResponse

        return AsyncRecordingsWithRawResponse(self._client)

    @cached_property
    def transcriptions(self) -> AsyncTranscriptionsWithRawResponse:
        from .resources.transcriptions import AsyncTranscriptionsWithRawResponse

        return AsyncTranscriptionsWithRawResponse(self._client)

    @cached_property
    def summaries(self) -> AsyncSummariesWithRawResponse:
        from .resources.summaries import AsyncSummariesWithRawResponse

        return AsyncSummariesWithRawResponse(self._client)

    @cached_property
    def rooms(self) -> AsyncRoomsWithRawResponse:
        from .resources.rooms import AsyncRoomsWithRawResponse

        return AsyncRoomsWithRawResponse(self._client)

    @cached_property
    def insights(self) -> AsyncInsightsWithRawResponse:
        from .resources.insights import AsyncInsightsWithRawResponse

        return AsyncInsightsWithRawResponse(self._client)
