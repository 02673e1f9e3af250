"""The `insights` resource of the client: `client.insights.<method>(...)`.

Usage and quality data for rooms, sessions and participants; lags 10-15 minutes, times in UTC.

Generated from openapi.yaml by `python -m generator generate`; do not edit.
"""

from __future__ import annotations

import builtins  # noqa: F401  (annotations name builtins.list: `list` is a method here)
import datetime  # noqa: F401
from collections.abc import Mapping, Sequence  # noqa: F401
from typing import Any, Literal, cast  # noqa: F401

from ..api.insights import get_participant_details, get_participants, get_room_insights, get_room_session_insights
from ..models.date_time_range import DateTimeRange
from ..models.participant_connection import ParticipantConnection
from ..models.participant_insight import ParticipantInsight
from ..models.participant_sort_by import ParticipantSortBy
from ..models.room_insight import RoomInsight
from ..models.room_name_filter import RoomNameFilter
from ..models.room_session_insight import RoomSessionInsight
from ..overlay.resource import (  # noqa: F401
    AsyncPager,
    AsyncResource,
    FileInput,
    SyncPager,
    SyncResource,
    Timeout,
    async_raw_method,
    async_raw_pager,
    enum_value,
    enum_values,
    file_input,
    raw_method,
    sequence,
    typed,
)
from ..types import UNSET, Unset

__all__ = ["Insights", "AsyncInsights", "InsightsWithRawResponse", "AsyncInsightsWithRawResponse"]


def _rooms_request(
    *,
    room_name: RoomNameFilter | Unset,
    created_at: DateTimeRange | Unset,
    sort_by: str | Unset,
    cursor: str | Unset,
    limit: int | Unset,
) -> dict[str, Any]:
    return get_room_insights._get_kwargs(
        room_name=UNSET
        if isinstance(room_name, Unset)
        else typed(room_name, "room_name", RoomNameFilter, "a RoomNameFilter"),
        created_at=UNSET
        if isinstance(created_at, Unset)
        else typed(created_at, "created_at", DateTimeRange, "a DateTimeRange"),
        sort_by=UNSET if isinstance(sort_by, Unset) else typed(sort_by, "sort_by", str, "a str"),
        cursor=UNSET if isinstance(cursor, Unset) else typed(cursor, "cursor", str, "a str"),
        limit=UNSET if isinstance(limit, Unset) else typed(limit, "limit", int, "an int"),
    )


def _room_sessions_request(
    *,
    room_name: str,
    room_session_id: str | Unset,
    sort_by: str | Unset,
    cursor: str | Unset,
    limit: int | Unset,
) -> dict[str, Any]:
    return get_room_session_insights._get_kwargs(
        room_name=typed(room_name, "room_name", str, "a str"),
        room_session_id=UNSET
        if isinstance(room_session_id, Unset)
        else typed(room_session_id, "room_session_id", str, "a str"),
        sort_by=UNSET if isinstance(sort_by, Unset) else typed(sort_by, "sort_by", str, "a str"),
        cursor=UNSET if isinstance(cursor, Unset) else typed(cursor, "cursor", str, "a str"),
        limit=UNSET if isinstance(limit, Unset) else typed(limit, "limit", int, "an int"),
    )


def _participants_request(
    *,
    room_session_id: str | Unset,
    external_id: str | Unset,
    sort_by: ParticipantSortBy | Literal["joinedAt:asc", "joinedAt:desc", "leftAt:asc", "leftAt:desc"] | Unset,
    cursor: str | Unset,
    limit: int | Unset,
) -> dict[str, Any]:
    return get_participants._get_kwargs(
        room_session_id=UNSET
        if isinstance(room_session_id, Unset)
        else typed(room_session_id, "room_session_id", str, "a str"),
        external_id=UNSET if isinstance(external_id, Unset) else typed(external_id, "external_id", str, "a str"),
        sort_by=UNSET if isinstance(sort_by, Unset) else enum_value(ParticipantSortBy, sort_by, "sort_by"),
        cursor=UNSET if isinstance(cursor, Unset) else typed(cursor, "cursor", str, "a str"),
        limit=UNSET if isinstance(limit, Unset) else typed(limit, "limit", int, "an int"),
    )


def _participant_request(
    *,
    room_session_id: str,
    participant_id: str,
) -> dict[str, Any]:
    return get_participant_details._get_kwargs(
        room_session_id=typed(room_session_id, "room_session_id", str, "a str"),
        participant_id=typed(participant_id, "participant_id", str, "a str"),
    )


class Insights(SyncResource):
    """Usage and quality data for rooms, sessions and participants; lags 10-15 minutes, times in UTC."""

    def rooms(
        self,
        *,
        room_name: RoomNameFilter | Unset = UNSET,
        created_at: DateTimeRange | Unset = UNSET,
        sort_by: str | Unset = UNSET,
        cursor: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        max_items: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> SyncPager[RoomInsight]:
        """List room usage

        `GET /v1/insights/rooms`, 1 point of the rate-limit budget.

        Returns usage totals per room, one page at a time.

        Args:
            room_name: Room-name filter sent with bracket keys, e.g. `roomName[startsWith]=/acme` or `roomName[contains]=793e9ec1`.
            created_at: Creation-time window sent with bracket keys, e.g. `createdAt[from]=2026-05-01T00:00:00.000Z`.
            sort_by: A sort field followed by `:asc` or `:desc`.
            cursor: Opaque token from the previous page's `cursor`; omit it for the first page.
            limit: Largest number of items to return on this page.
            max_items: stop after this many items (no page beyond them is fetched).
            extra_headers: headers to send with this call only.
            timeout: this call's timeout (seconds or an `httpx.Timeout`), instead of the client's.

        Returns:
            A pager over every RoomInsight: iterate it; `.iter_pages()` gives the pages.
            Each page is one paced request, fetched when the loop reaches it.

        Raises:
            APIStatusError: the API replied with an error status (NotFoundError, RateLimitedError, ...).
            APIConnectionError: no usable reply; `may_have_run` says whether the server may have acted.
        """
        return self._pager(
            lambda cursor: _rooms_request(
                room_name=room_name,
                created_at=created_at,
                sort_by=sort_by,
                cursor=cursor,
                limit=limit,
            ),
            get_room_insights._page,
            cursor=cursor,
            max_items=max_items,
            extra_headers=extra_headers,
            timeout=timeout,
        )

    def room_sessions(
        self,
        *,
        room_name: str,
        room_session_id: str | Unset = UNSET,
        sort_by: str | Unset = UNSET,
        cursor: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        max_items: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> SyncPager[RoomSessionInsight]:
        """List session usage for a room

        `GET /v1/insights/room-sessions`, 1 point of the rate-limit budget.

        Returns usage totals for each session held in one room, one page at a time.

        Args:
            room_name: The room to report on.
            room_session_id: Restricts the result to this session.
            sort_by: A sort field followed by `:asc` or `:desc`.
            cursor: Opaque token from the previous page's `cursor`; omit it for the first page.
            limit: Largest number of items to return on this page.
            max_items: stop after this many items (no page beyond them is fetched).
            extra_headers: headers to send with this call only.
            timeout: this call's timeout (seconds or an `httpx.Timeout`), instead of the client's.

        Returns:
            A pager over every RoomSessionInsight: iterate it; `.iter_pages()` gives the pages.
            Each page is one paced request, fetched when the loop reaches it.

        Raises:
            APIStatusError: the API replied with an error status (NotFoundError, RateLimitedError, ...).
            APIConnectionError: no usable reply; `may_have_run` says whether the server may have acted.
        """
        return self._pager(
            lambda cursor: _room_sessions_request(
                room_name=room_name,
                room_session_id=room_session_id,
                sort_by=sort_by,
                cursor=cursor,
                limit=limit,
            ),
            get_room_session_insights._page,
            cursor=cursor,
            max_items=max_items,
            extra_headers=extra_headers,
            timeout=timeout,
        )

    def participants(
        self,
        *,
        room_session_id: str | Unset = UNSET,
        external_id: str | Unset = UNSET,
        sort_by: ParticipantSortBy
        | Literal["joinedAt:asc", "joinedAt:desc", "leftAt:asc", "leftAt:desc"]
        | Unset = UNSET,
        cursor: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        max_items: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> SyncPager[ParticipantInsight]:
        """List participants

        `GET /v1/insights/participants`, 1 point of the rate-limit budget.

        Returns the participants of one session, or every appearance of one
        external id, one page at a time. Give `roomSessionId` or `externalId`;
        one of the two is required.

        Args:
            room_session_id: The session to list. Required unless `externalId` is given.
            external_id: The id a participant passed in the room URL or embed attribute. Required unless `roomSessionId` is given.
            sort_by: Sort field and direction.
            cursor: Opaque token from the previous page's `cursor`; omit it for the first page.
            limit: Largest number of items to return on this page.
            max_items: stop after this many items (no page beyond them is fetched).
            extra_headers: headers to send with this call only.
            timeout: this call's timeout (seconds or an `httpx.Timeout`), instead of the client's.

        Returns:
            A pager over every ParticipantInsight: iterate it; `.iter_pages()` gives the pages.
            Each page is one paced request, fetched when the loop reaches it.

        Raises:
            APIStatusError: the API replied with an error status (NotFoundError, RateLimitedError, ...).
            APIConnectionError: no usable reply; `may_have_run` says whether the server may have acted.
        """
        return self._pager(
            lambda cursor: _participants_request(
                room_session_id=room_session_id,
                external_id=external_id,
                sort_by=sort_by,
                cursor=cursor,
                limit=limit,
            ),
            get_participants._page,
            cursor=cursor,
            max_items=max_items,
            extra_headers=extra_headers,
            timeout=timeout,
        )

    def participant(
        self,
        *,
        room_session_id: str,
        participant_id: str,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> builtins.list[ParticipantConnection]:
        """Get a participant's connection details

        `GET /v1/insights/participant`, 1 point of the rate-limit budget.

        Returns connection-quality data for one participant in one session:
        one entry per connection, not paged.

        Args:
            room_session_id: The session the participant took part in.
            participant_id: The participant, as returned by the participants list.
            extra_headers: headers to send with this call only.
            timeout: this call's timeout (seconds or an `httpx.Timeout`), instead of the client's.

        Returns:
            builtins.list[ParticipantConnection]

        Raises:
            APIStatusError: the API replied with an error status (NotFoundError, RateLimitedError, ...).
            APIConnectionError: no usable reply; `may_have_run` says whether the server may have acted.
        """
        response = self._send(
            _participant_request(
                room_session_id=room_session_id,
                participant_id=participant_id,
            ),
            extra_headers,
            timeout,
        )
        return self._result(response, get_participant_details._parse_ok)


class AsyncInsights(AsyncResource):
    """Usage and quality data for rooms, sessions and participants; lags 10-15 minutes, times in UTC."""

    def rooms(
        self,
        *,
        room_name: RoomNameFilter | Unset = UNSET,
        created_at: DateTimeRange | Unset = UNSET,
        sort_by: str | Unset = UNSET,
        cursor: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        max_items: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> AsyncPager[RoomInsight]:
        """List room usage

        `GET /v1/insights/rooms`, 1 point of the rate-limit budget.

        Returns usage totals per room, one page at a time.

        Args:
            room_name: Room-name filter sent with bracket keys, e.g. `roomName[startsWith]=/acme` or `roomName[contains]=793e9ec1`.
            created_at: Creation-time window sent with bracket keys, e.g. `createdAt[from]=2026-05-01T00:00:00.000Z`.
            sort_by: A sort field followed by `:asc` or `:desc`.
            cursor: Opaque token from the previous page's `cursor`; omit it for the first page.
            limit: Largest number of items to return on this page.
            max_items: stop after this many items (no page beyond them is fetched).
            extra_headers: headers to send with this call only.
            timeout: this call's timeout (seconds or an `httpx.Timeout`), instead of the client's.

        Returns:
            A pager over every RoomInsight: `async for` it; `.iter_pages()` gives the pages.
            Each page is one paced request, fetched when the loop reaches it.

        Raises:
            APIStatusError: the API replied with an error status (NotFoundError, RateLimitedError, ...).
            APIConnectionError: no usable reply; `may_have_run` says whether the server may have acted.
        """
        return self._pager(
            lambda cursor: _rooms_request(
                room_name=room_name,
                created_at=created_at,
                sort_by=sort_by,
                cursor=cursor,
                limit=limit,
            ),
            get_room_insights._page,
            cursor=cursor,
            max_items=max_items,
            extra_headers=extra_headers,
            timeout=timeout,
        )

    def room_sessions(
        self,
        *,
        room_name: str,
        room_session_id: str | Unset = UNSET,
        sort_by: str | Unset = UNSET,
        cursor: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        max_items: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> AsyncPager[RoomSessionInsight]:
        """List session usage for a room

        `GET /v1/insights/room-sessions`, 1 point of the rate-limit budget.

        Returns usage totals for each session held in one room, one page at a time.

        Args:
            room_name: The room to report on.
            room_session_id: Restricts the result to this session.
            sort_by: A sort field followed by `:asc` or `:desc`.
            cursor: Opaque token from the previous page's `cursor`; omit it for the first page.
            limit: Largest number of items to return on this page.
            max_items: stop after this many items (no page beyond them is fetched).
            extra_headers: headers to send with this call only.
            timeout: this call's timeout (seconds or an `httpx.Timeout`), instead of the client's.

        Returns:
            A pager over every RoomSessionInsight: `async for` it; `.iter_pages()` gives the pages.
            Each page is one paced request, fetched when the loop reaches it.

        Raises:
            APIStatusError: the API replied with an error status (NotFoundError, RateLimitedError, ...).
            APIConnectionError: no usable reply; `may_have_run` says whether the server may have acted.
        """
        return self._pager(
            lambda cursor: _room_sessions_request(
                room_name=room_name,
                room_session_id=room_session_id,
                sort_by=sort_by,
                cursor=cursor,
                limit=limit,
            ),
            get_room_session_insights._page,
            cursor=cursor,
            max_items=max_items,
            extra_headers=extra_headers,
            timeout=timeout,
        )

    def participants(
        self,
        *,
        room_session_id: str | Unset = UNSET,
        external_id: str | Unset = UNSET,
        sort_by: ParticipantSortBy
        | Literal["joinedAt:asc", "joinedAt:desc", "leftAt:asc", "leftAt:desc"]
        | Unset = UNSET,
        cursor: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        max_items: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> AsyncPager[ParticipantInsight]:
        """List participants

        `GET /v1/insights/participants`, 1 point of the rate-limit budget.

        Returns the participants of one session, or every appearance of one
        external id, one page at a time. Give `roomSessionId` or `externalId`;
        one of the two is required.

        Args:
            room_session_id: The session to list. Required unless `externalId` is given.
            external_id: The id a participant passed in the room URL or embed attribute. Required unless `roomSessionId` is given.
            sort_by: Sort field and direction.
            cursor: Opaque token from the previous page's `cursor`; omit it for the first page.
            limit: Largest number of items to return on this page.
            max_items: stop after this many items (no page beyond them is fetched).
            extra_headers: headers to send with this call only.
            timeout: this call's timeout (seconds or an `httpx.Timeout`), instead of the client's.

        Returns:
            A pager over every ParticipantInsight: `async for` it; `.iter_pages()` gives the pages.
            Each page is one paced request, fetched when the loop reaches it.

        Raises:
            APIStatusError: the API replied with an error status (NotFoundError, RateLimitedError, ...).
            APIConnectionError: no usable reply; `may_have_run` says whether the server may have acted.
        """
        return self._pager(
            lambda cursor: _participants_request(
                room_session_id=room_session_id,
                external_id=external_id,
                sort_by=sort_by,
                cursor=cursor,
                limit=limit,
            ),
            get_participants._page,
            cursor=cursor,
            max_items=max_items,
            extra_headers=extra_headers,
            timeout=timeout,
        )

    async def participant(
        self,
        *,
        room_session_id: str,
        participant_id: str,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> builtins.list[ParticipantConnection]:
        """Get a participant's connection details

        `GET /v1/insights/participant`, 1 point of the rate-limit budget.

        Returns connection-quality data for one participant in one session:
        one entry per connection, not paged.

        Args:
            room_session_id: The session the participant took part in.
            participant_id: The participant, as returned by the participants list.
            extra_headers: headers to send with this call only.
            timeout: this call's timeout (seconds or an `httpx.Timeout`), instead of the client's.

        Returns:
            builtins.list[ParticipantConnection]

        Raises:
            APIStatusError: the API replied with an error status (NotFoundError, RateLimitedError, ...).
            APIConnectionError: no usable reply; `may_have_run` says whether the server may have acted.
        """
        response = await self._send(
            _participant_request(
                room_session_id=room_session_id,
                participant_id=participant_id,
            ),
            extra_headers,
            timeout,
        )
        return self._result(response, get_participant_details._parse_ok)


class InsightsWithRawResponse:
    """`client.with_raw_response.insights`: the same methods, each returning a `RawResponse`."""

    def __init__(self, client: Any) -> None:
        raw = Insights(client, raw=True)
        self.rooms = raw_method(raw.rooms)
        self.room_sessions = raw_method(raw.room_sessions)
        self.participants = raw_method(raw.participants)
        self.participant = raw_method(raw.participant)


class AsyncInsightsWithRawResponse:
    """`client.with_raw_response.insights` of `AsyncWhereby`: each method returns a `RawResponse`."""

    def __init__(self, client: Any) -> None:
        raw = AsyncInsights(client, raw=True)
        plain = AsyncInsights(client)
        self.rooms = async_raw_pager(plain.rooms)
        self.room_sessions = async_raw_pager(plain.room_sessions)
        self.participants = async_raw_pager(plain.participants)
        self.participant = async_raw_method(raw.participant)
