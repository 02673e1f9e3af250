"""The `meetings` resource of the client: `client.meetings.<method>(...)`.

Transient rooms, created for a fixed time window and removed afterwards.

Generated from openapi.yaml by `python -m generator generate`; do not edit.
"""

from __future__ import annotations

import builtins  # noqa: F401  (annotations name builtins.list: `list` is a method here)
import datetime  # noqa: F401
from collections.abc import Mapping, Sequence  # noqa: F401
from typing import Any, Literal, cast  # noqa: F401

from ..api.meetings import create_meeting, delete_meeting, get_meeting, get_meetings
from ..models.create_meeting_request import CreateMeetingRequest
from ..models.live_transcription_settings import LiveTranscriptionSettings
from ..models.meeting import Meeting
from ..models.meeting_field import MeetingField
from ..models.meeting_room_name_filter import MeetingRoomNameFilter
from ..models.recording_settings import RecordingSettings
from ..models.room_mode import RoomMode
from ..models.room_name_pattern import RoomNamePattern
from ..models.room_preferences import RoomPreferences
from ..models.streaming_settings import StreamingSettings
from ..models.template_type import TemplateType
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

__all__ = ["Meetings", "AsyncMeetings", "MeetingsWithRawResponse", "AsyncMeetingsWithRawResponse"]


def _list_request(
    *,
    cursor: str | Unset,
    limit: int | Unset,
    fields: Sequence[MeetingField | Literal["hostRoomUrl", "viewerRoomUrl", "dialIn"]] | Unset,
    room_name: MeetingRoomNameFilter | Unset,
) -> dict[str, Any]:
    return get_meetings._get_kwargs(
        cursor=UNSET if isinstance(cursor, Unset) else typed(cursor, "cursor", str, "a str"),
        limit=UNSET if isinstance(limit, Unset) else typed(limit, "limit", int, "an int"),
        fields=UNSET if isinstance(fields, Unset) else enum_values(MeetingField, fields, "fields"),
        room_name=UNSET
        if isinstance(room_name, Unset)
        else typed(room_name, "room_name", MeetingRoomNameFilter, "a MeetingRoomNameFilter"),
    )


def _create_request(
    *,
    end_date: datetime.datetime,
    start_date: datetime.datetime | Unset,
    is_locked: bool | Unset,
    room_mode: RoomMode | Literal["normal", "group"] | Unset,
    room_name_prefix: str | Unset,
    room_name_pattern: RoomNamePattern | Literal["uuid", "human-short"] | Unset,
    template_type: TemplateType | Literal["viewerMode"] | Unset,
    recording: RecordingSettings | Unset,
    live_transcription: LiveTranscriptionSettings | Unset,
    streaming: StreamingSettings | Unset,
    fields: Sequence[MeetingField | Literal["hostRoomUrl", "viewerRoomUrl", "dialIn"]] | Unset,
    is_dial_in_enabled: bool | Unset,
    room_preferences: RoomPreferences | Unset,
) -> dict[str, Any]:
    return create_meeting._get_kwargs(
        body=CreateMeetingRequest(
            end_date=end_date,
            start_date=start_date,
            is_locked=UNSET if isinstance(is_locked, Unset) else typed(is_locked, "is_locked", bool, "a bool"),
            room_mode=UNSET if isinstance(room_mode, Unset) else enum_value(RoomMode, room_mode, "room_mode"),
            room_name_prefix=UNSET
            if isinstance(room_name_prefix, Unset)
            else typed(room_name_prefix, "room_name_prefix", (str), "a str"),
            room_name_pattern=UNSET
            if isinstance(room_name_pattern, Unset)
            else enum_value(RoomNamePattern, room_name_pattern, "room_name_pattern"),
            template_type=UNSET
            if isinstance(template_type, Unset)
            else enum_value(TemplateType, template_type, "template_type"),
            recording=UNSET
            if isinstance(recording, Unset)
            else typed(recording, "recording", RecordingSettings, "a RecordingSettings"),
            live_transcription=UNSET
            if isinstance(live_transcription, Unset)
            else typed(
                live_transcription, "live_transcription", LiveTranscriptionSettings, "a LiveTranscriptionSettings"
            ),
            streaming=UNSET
            if isinstance(streaming, Unset)
            else typed(streaming, "streaming", StreamingSettings, "a StreamingSettings"),
            fields=UNSET if isinstance(fields, Unset) else enum_values(MeetingField, fields, "fields"),
            is_dial_in_enabled=UNSET
            if isinstance(is_dial_in_enabled, Unset)
            else typed(is_dial_in_enabled, "is_dial_in_enabled", bool, "a bool"),
            room_preferences=UNSET
            if isinstance(room_preferences, Unset)
            else typed(room_preferences, "room_preferences", RoomPreferences, "a RoomPreferences"),
        )
    )


def _get_request(
    meeting_id: str,
    *,
    fields: Sequence[MeetingField | Literal["hostRoomUrl", "viewerRoomUrl", "dialIn"]] | Unset,
) -> dict[str, Any]:
    return get_meeting._get_kwargs(
        meeting_id, fields=UNSET if isinstance(fields, Unset) else enum_values(MeetingField, fields, "fields")
    )


def _delete_request(
    meeting_id: str,
) -> dict[str, Any]:
    return delete_meeting._get_kwargs(meeting_id)


class Meetings(SyncResource):
    """Transient rooms, created for a fixed time window and removed afterwards."""

    def list(
        self,
        *,
        cursor: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        fields: Sequence[MeetingField | Literal["hostRoomUrl", "viewerRoomUrl", "dialIn"]] | Unset = UNSET,
        room_name: MeetingRoomNameFilter | Unset = UNSET,
        max_items: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> SyncPager[Meeting]:
        """List meetings

        `GET /v1/meetings`, 1 point of the rate-limit budget.

        Returns the organisation's active meetings one page at a time.

        Args:
            cursor: Opaque token from the previous page's `cursor`; omit it for the first page.
            limit: Largest number of items to return on this page.
            fields: Optional fields to add to each meeting, sent comma-separated (`fields=hostRoomUrl,viewerRoomUrl`).
            room_name: Documented only in the room-name-prefix guide.
            max_items: stop after this many items (no page beyond them is fetched).
            extra_headers: headers to send with this call only.
            timeout: this call's timeout (seconds or an `httpx.Timeout`), instead of the client's.

        Returns:
            A pager over every Meeting: iterate it; `.iter_pages()` gives the pages.
            Each page is one paced request, fetched when the loop reaches it.

        Raises:
            APIStatusError: the API replied with an error status (NotFoundError, RateLimitedError, ...).
            APIConnectionError: no usable reply; `may_have_run` says whether the server may have acted.
        """
        return self._pager(
            lambda cursor: _list_request(
                cursor=cursor,
                limit=limit,
                fields=fields,
                room_name=room_name,
            ),
            get_meetings._page,
            cursor=cursor,
            max_items=max_items,
            extra_headers=extra_headers,
            timeout=timeout,
        )

    def create(
        self,
        *,
        end_date: datetime.datetime,
        start_date: datetime.datetime | Unset = UNSET,
        is_locked: bool | Unset = UNSET,
        room_mode: RoomMode | Literal["normal", "group"] | Unset = UNSET,
        room_name_prefix: str | Unset = UNSET,
        room_name_pattern: RoomNamePattern | Literal["uuid", "human-short"] | Unset = UNSET,
        template_type: TemplateType | Literal["viewerMode"] | Unset = UNSET,
        recording: RecordingSettings | Unset = UNSET,
        live_transcription: LiveTranscriptionSettings | Unset = UNSET,
        streaming: StreamingSettings | Unset = UNSET,
        fields: Sequence[MeetingField | Literal["hostRoomUrl", "viewerRoomUrl", "dialIn"]] | Unset = UNSET,
        is_dial_in_enabled: bool | Unset = UNSET,
        room_preferences: RoomPreferences | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Meeting:
        """Create a meeting

        `POST /v1/meetings`, 3 points of the rate-limit budget.

        Creates a transient room that can be joined from now until `endDate`. One
        hour after `endDate` the room is deactivated and it is deleted within a
        day. `endDate` does not end a running session; delete the meeting for that.

        Args:
            end_date: When the meeting is scheduled to end; now or later. UTC unless an offset is given. The room stays usable until one hour after this. The Python client wants an aware datetime: a naive one is local time to Python, but the API would read it as UTC.
            start_date: Ignored; a meeting always starts when it is created.
            is_locked: Start locked, so that only hosts can let people in.
            room_mode: `normal`: up to 4 people, peer to peer. `group`: up to 200 people, routed through a server.
            room_name_prefix: Prefix for the generated room name, used as given after lowercasing and removing whitespace; end it with `-` to set it apart (`acme-` gives `/acme-793e9ec1-...`).
            room_name_pattern: `uuid`: 8-4-4-4-12 hex groups. `human-short`: six easily told apart characters.
            template_type: `viewerMode` locks the room, uses group mode and adds host and viewer URLs to the response.
            recording: see `RecordingSettings`
            live_transcription: see `LiveTranscriptionSettings`
            streaming: see `StreamingSettings`
            fields: Optional fields to include in the response.
            is_dial_in_enabled: Closed beta. Enables phone dial-in; request `fields` `dialIn` to get the numbers.
            room_preferences: Room features switched on or off at creation; the meeting reports them back. A HIPAA-compliant room turns off `streaming` and `roomIntegrations`.
            extra_headers: headers to send with this call only.
            timeout: this call's timeout (seconds or an `httpx.Timeout`), instead of the client's.

        Returns:
            Meeting

        Raises:
            APIStatusError: the API replied with an error status (NotFoundError, RateLimitedError, ...).
            APIConnectionError: no usable reply; `may_have_run` says whether the server may have acted.
        """
        response = self._send(
            _create_request(
                end_date=end_date,
                start_date=start_date,
                is_locked=is_locked,
                room_mode=room_mode,
                room_name_prefix=room_name_prefix,
                room_name_pattern=room_name_pattern,
                template_type=template_type,
                recording=recording,
                live_transcription=live_transcription,
                streaming=streaming,
                fields=fields,
                is_dial_in_enabled=is_dial_in_enabled,
                room_preferences=room_preferences,
            ),
            extra_headers,
            timeout,
        )
        return self._result(response, create_meeting._parse_ok)

    def get(
        self,
        meeting_id: str,
        *,
        fields: Sequence[MeetingField | Literal["hostRoomUrl", "viewerRoomUrl", "dialIn"]] | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Meeting:
        """Get a meeting

        `GET /v1/meetings/{meetingId}`, 1 point of the rate-limit budget.

        Returns one meeting, with the optional URLs asked for in `fields`.

        Args:
            meeting_id: Identifier returned when the meeting was created.
            fields: Optional fields to add to each meeting, sent comma-separated (`fields=hostRoomUrl,viewerRoomUrl`).
            extra_headers: headers to send with this call only.
            timeout: this call's timeout (seconds or an `httpx.Timeout`), instead of the client's.

        Returns:
            Meeting

        Raises:
            APIStatusError: the API replied with an error status (NotFoundError, RateLimitedError, ...).
            APIConnectionError: no usable reply; `may_have_run` says whether the server may have acted.
        """
        response = self._send(
            _get_request(
                meeting_id,
                fields=fields,
            ),
            extra_headers,
            timeout,
        )
        return self._result(response, get_meeting._parse_ok)

    def delete(
        self,
        meeting_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> None:
        """Delete a meeting

        `DELETE /v1/meetings/{meetingId}`, 2 points of the rate-limit budget.

        Ends the meeting now: everyone is removed and the room can no longer be
        used. Idempotent; an unknown or already deleted meeting also gives 204.

        Args:
            meeting_id: Identifier returned when the meeting was created.
            extra_headers: headers to send with this call only.
            timeout: this call's timeout (seconds or an `httpx.Timeout`), instead of the client's.

        Returns:
            None (the API answers 204 No Content).

        Raises:
            APIStatusError: the API replied with an error status (NotFoundError, RateLimitedError, ...).
            APIConnectionError: no usable reply; `may_have_run` says whether the server may have acted.
        """
        response = self._send(
            _delete_request(
                meeting_id,
            ),
            extra_headers,
            timeout,
        )
        return self._result(response, lambda _: None)


class AsyncMeetings(AsyncResource):
    """Transient rooms, created for a fixed time window and removed afterwards."""

    def list(
        self,
        *,
        cursor: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        fields: Sequence[MeetingField | Literal["hostRoomUrl", "viewerRoomUrl", "dialIn"]] | Unset = UNSET,
        room_name: MeetingRoomNameFilter | Unset = UNSET,
        max_items: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> AsyncPager[Meeting]:
        """List meetings

        `GET /v1/meetings`, 1 point of the rate-limit budget.

        Returns the organisation's active meetings one page at a time.

        Args:
            cursor: Opaque token from the previous page's `cursor`; omit it for the first page.
            limit: Largest number of items to return on this page.
            fields: Optional fields to add to each meeting, sent comma-separated (`fields=hostRoomUrl,viewerRoomUrl`).
            room_name: Documented only in the room-name-prefix guide.
            max_items: stop after this many items (no page beyond them is fetched).
            extra_headers: headers to send with this call only.
            timeout: this call's timeout (seconds or an `httpx.Timeout`), instead of the client's.

        Returns:
            A pager over every Meeting: `async for` it; `.iter_pages()` gives the pages.
            Each page is one paced request, fetched when the loop reaches it.

        Raises:
            APIStatusError: the API replied with an error status (NotFoundError, RateLimitedError, ...).
            APIConnectionError: no usable reply; `may_have_run` says whether the server may have acted.
        """
        return self._pager(
            lambda cursor: _list_request(
                cursor=cursor,
                limit=limit,
                fields=fields,
                room_name=room_name,
            ),
            get_meetings._page,
            cursor=cursor,
            max_items=max_items,
            extra_headers=extra_headers,
            timeout=timeout,
        )

    async def create(
        self,
        *,
        end_date: datetime.datetime,
        start_date: datetime.datetime | Unset = UNSET,
        is_locked: bool | Unset = UNSET,
        room_mode: RoomMode | Literal["normal", "group"] | Unset = UNSET,
        room_name_prefix: str | Unset = UNSET,
        room_name_pattern: RoomNamePattern | Literal["uuid", "human-short"] | Unset = UNSET,
        template_type: TemplateType | Literal["viewerMode"] | Unset = UNSET,
        recording: RecordingSettings | Unset = UNSET,
        live_transcription: LiveTranscriptionSettings | Unset = UNSET,
        streaming: StreamingSettings | Unset = UNSET,
        fields: Sequence[MeetingField | Literal["hostRoomUrl", "viewerRoomUrl", "dialIn"]] | Unset = UNSET,
        is_dial_in_enabled: bool | Unset = UNSET,
        room_preferences: RoomPreferences | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Meeting:
        """Create a meeting

        `POST /v1/meetings`, 3 points of the rate-limit budget.

        Creates a transient room that can be joined from now until `endDate`. One
        hour after `endDate` the room is deactivated and it is deleted within a
        day. `endDate` does not end a running session; delete the meeting for that.

        Args:
            end_date: When the meeting is scheduled to end; now or later. UTC unless an offset is given. The room stays usable until one hour after this. The Python client wants an aware datetime: a naive one is local time to Python, but the API would read it as UTC.
            start_date: Ignored; a meeting always starts when it is created.
            is_locked: Start locked, so that only hosts can let people in.
            room_mode: `normal`: up to 4 people, peer to peer. `group`: up to 200 people, routed through a server.
            room_name_prefix: Prefix for the generated room name, used as given after lowercasing and removing whitespace; end it with `-` to set it apart (`acme-` gives `/acme-793e9ec1-...`).
            room_name_pattern: `uuid`: 8-4-4-4-12 hex groups. `human-short`: six easily told apart characters.
            template_type: `viewerMode` locks the room, uses group mode and adds host and viewer URLs to the response.
            recording: see `RecordingSettings`
            live_transcription: see `LiveTranscriptionSettings`
            streaming: see `StreamingSettings`
            fields: Optional fields to include in the response.
            is_dial_in_enabled: Closed beta. Enables phone dial-in; request `fields` `dialIn` to get the numbers.
            room_preferences: Room features switched on or off at creation; the meeting reports them back. A HIPAA-compliant room turns off `streaming` and `roomIntegrations`.
            extra_headers: headers to send with this call only.
            timeout: this call's timeout (seconds or an `httpx.Timeout`), instead of the client's.

        Returns:
            Meeting

        Raises:
            APIStatusError: the API replied with an error status (NotFoundError, RateLimitedError, ...).
            APIConnectionError: no usable reply; `may_have_run` says whether the server may have acted.
        """
        response = await self._send(
            _create_request(
                end_date=end_date,
                start_date=start_date,
                is_locked=is_locked,
                room_mode=room_mode,
                room_name_prefix=room_name_prefix,
                room_name_pattern=room_name_pattern,
                template_type=template_type,
                recording=recording,
                live_transcription=live_transcription,
                streaming=streaming,
                fields=fields,
                is_dial_in_enabled=is_dial_in_enabled,
                room_preferences=room_preferences,
            ),
            extra_headers,
            timeout,
        )
        return self._result(response, create_meeting._parse_ok)

    async def get(
        self,
        meeting_id: str,
        *,
        fields: Sequence[MeetingField | Literal["hostRoomUrl", "viewerRoomUrl", "dialIn"]] | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Meeting:
        """Get a meeting

        `GET /v1/meetings/{meetingId}`, 1 point of the rate-limit budget.

        Returns one meeting, with the optional URLs asked for in `fields`.

        Args:
            meeting_id: Identifier returned when the meeting was created.
            fields: Optional fields to add to each meeting, sent comma-separated (`fields=hostRoomUrl,viewerRoomUrl`).
            extra_headers: headers to send with this call only.
            timeout: this call's timeout (seconds or an `httpx.Timeout`), instead of the client's.

        Returns:
            Meeting

        Raises:
            APIStatusError: the API replied with an error status (NotFoundError, RateLimitedError, ...).
            APIConnectionError: no usable reply; `may_have_run` says whether the server may have acted.
        """
        response = await self._send(
            _get_request(
                meeting_id,
                fields=fields,
            ),
            extra_headers,
            timeout,
        )
        return self._result(response, get_meeting._parse_ok)

    async def delete(
        self,
        meeting_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> None:
        """Delete a meeting

        `DELETE /v1/meetings/{meetingId}`, 2 points of the rate-limit budget.

        Ends the meeting now: everyone is removed and the room can no longer be
        used. Idempotent; an unknown or already deleted meeting also gives 204.

        Args:
            meeting_id: Identifier returned when the meeting was created.
            extra_headers: headers to send with this call only.
            timeout: this call's timeout (seconds or an `httpx.Timeout`), instead of the client's.

        Returns:
            None (the API answers 204 No Content).

        Raises:
            APIStatusError: the API replied with an error status (NotFoundError, RateLimitedError, ...).
            APIConnectionError: no usable reply; `may_have_run` says whether the server may have acted.
        """
        response = await self._send(
            _delete_request(
                meeting_id,
            ),
            extra_headers,
            timeout,
        )
        return self._result(response, lambda _: None)


class MeetingsWithRawResponse:
    """`client.with_raw_response.meetings`: the same methods, each returning a `RawResponse`."""

    def __init__(self, client: Any) -> None:
        raw = Meetings(client, raw=True)
        self.list = raw_method(raw.list)
        self.create = raw_method(raw.create)
        self.get = raw_method(raw.get)
        self.delete = raw_method(raw.delete)


class AsyncMeetingsWithRawResponse:
    """`client.with_raw_response.meetings` of `AsyncWhereby`: each method returns a `RawResponse`."""

    def __init__(self, client: Any) -> None:
        raw = AsyncMeetings(client, raw=True)
        plain = AsyncMeetings(client)
        self.list = async_raw_pager(plain.list)
        self.create = async_raw_method(raw.create)
        self.get = async_raw_method(raw.get)
        self.delete = async_raw_method(raw.delete)
