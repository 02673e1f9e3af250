"""The `recordings` resource of the client: `client.recordings.<method>(...)`.

Cloud recordings kept in Whereby-hosted or customer-owned storage.

Generated from openapi.yaml by `python -m generator generate`; do not edit.
"""

from __future__ import annotations

import builtins  # noqa: F401  (annotations name builtins.list: `list` is a method here)
import datetime  # noqa: F401
from collections.abc import Mapping, Sequence  # noqa: F401
from typing import Any, Literal, cast  # noqa: F401

from ..api.recordings import (
    bulk_delete_recordings,
    delete_recording,
    get_recording,
    get_recording_access_link,
    get_recordings,
)
from ..models.access_link import AccessLink
from ..models.bulk_delete_recordings_request import BulkDeleteRecordingsRequest
from ..models.recording import Recording
from ..models.recording_sort_by import RecordingSortBy
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

__all__ = ["Recordings", "AsyncRecordings", "RecordingsWithRawResponse", "AsyncRecordingsWithRawResponse"]


def _list_request(
    *,
    room_name: str | Unset,
    cursor: str | Unset,
    limit: int | Unset,
    sort_by: RecordingSortBy
    | Literal[
        "roomName:asc",
        "roomName:desc",
        "startDate:asc",
        "startDate:desc",
        "duration:asc",
        "duration:desc",
        "sizeInMegaBytes:asc",
        "sizeInMegaBytes:desc",
    ]
    | Unset,
) -> dict[str, Any]:
    return get_recordings._get_kwargs(
        room_name=UNSET if isinstance(room_name, Unset) else typed(room_name, "room_name", str, "a str"),
        cursor=UNSET if isinstance(cursor, Unset) else typed(cursor, "cursor", str, "a str"),
        limit=UNSET if isinstance(limit, Unset) else typed(limit, "limit", int, "an int"),
        sort_by=UNSET if isinstance(sort_by, Unset) else enum_value(RecordingSortBy, sort_by, "sort_by"),
    )


def _get_request(
    recording_id: str,
) -> dict[str, Any]:
    return get_recording._get_kwargs(recording_id)


def _delete_request(
    recording_id: str,
) -> dict[str, Any]:
    return delete_recording._get_kwargs(recording_id)


def _get_access_link_request(
    recording_id: str,
    *,
    valid_for_seconds: int | Unset,
) -> dict[str, Any]:
    return get_recording_access_link._get_kwargs(
        recording_id,
        valid_for_seconds=UNSET
        if isinstance(valid_for_seconds, Unset)
        else typed(valid_for_seconds, "valid_for_seconds", int, "an int"),
    )


def _bulk_delete_request(
    *,
    recording_ids: Sequence[str],
) -> dict[str, Any]:
    return bulk_delete_recordings._get_kwargs(
        body=BulkDeleteRecordingsRequest(recording_ids=sequence(recording_ids, "recording_ids", str, "a str"))
    )


class Recordings(SyncResource):
    """Cloud recordings kept in Whereby-hosted or customer-owned storage."""

    def list(
        self,
        *,
        room_name: str | Unset = UNSET,
        cursor: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        sort_by: RecordingSortBy
        | Literal[
            "roomName:asc",
            "roomName:desc",
            "startDate:asc",
            "startDate:desc",
            "duration:asc",
            "duration:desc",
            "sizeInMegaBytes:asc",
            "sizeInMegaBytes:desc",
        ]
        | Unset = UNSET,
        max_items: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> SyncPager[Recording]:
        """List recordings

        `GET /v1/recordings`, 1 point of the rate-limit budget.

        Returns the organisation's cloud recordings one page at a time.

        Args:
            room_name: Only recordings made in this room.
            cursor: Opaque token from the previous page's `cursor`; omit it for the first page.
            limit: Largest number of items to return on this page.
            sort_by: Sort field and direction.
            max_items: stop after this many items (no page beyond them is fetched).
            extra_headers: headers to send with this call only.
            timeout: this call's timeout (seconds or an `httpx.Timeout`), instead of the client's.

        Returns:
            A pager over every Recording: iterate it; `.iter_pages()` gives the pages.
            Each page is one paced request, fetched when the loop reaches it.

        Raises:
            APIStatusError: the API replied with an error status (NotFoundError, RateLimitedError, ...).
            APIConnectionError: no usable reply; `may_have_run` says whether the server may have acted.
        """
        return self._pager(
            lambda cursor: _list_request(
                room_name=room_name,
                cursor=cursor,
                limit=limit,
                sort_by=sort_by,
            ),
            get_recordings._page,
            cursor=cursor,
            max_items=max_items,
            extra_headers=extra_headers,
            timeout=timeout,
        )

    def get(
        self,
        recording_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Recording:
        """Get a recording

        `GET /v1/recordings/{recordingId}`, 1 point of the rate-limit budget.

        Returns the metadata of one recording.

        Args:
            recording_id: Identifier of the recording.
            extra_headers: headers to send with this call only.
            timeout: this call's timeout (seconds or an `httpx.Timeout`), instead of the client's.

        Returns:
            Recording

        Raises:
            APIStatusError: the API replied with an error status (NotFoundError, RateLimitedError, ...).
            APIConnectionError: no usable reply; `may_have_run` says whether the server may have acted.
        """
        response = self._send(
            _get_request(
                recording_id,
            ),
            extra_headers,
            timeout,
        )
        return self._result(response, get_recording._parse_ok)

    def delete(
        self,
        recording_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> None:
        """Delete a recording

        `DELETE /v1/recordings/{recordingId}`, 2 points of the rate-limit budget.

        Removes one recording. Idempotent; an unknown or already deleted recording also gives 204.

        Args:
            recording_id: Identifier of the recording.
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
                recording_id,
            ),
            extra_headers,
            timeout,
        )
        return self._result(response, lambda _: None)

    def get_access_link(
        self,
        recording_id: str,
        *,
        valid_for_seconds: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> AccessLink:
        """Get a download link for a recording

        `GET /v1/recordings/{recordingId}/access-link`, 1 point of the rate-limit budget.

        Returns a time-limited pre-signed URL for downloading the file. Works only
        for recordings in Whereby-hosted storage; others give 403.

        Args:
            recording_id: Identifier of the recording.
            valid_for_seconds: How long the link stays valid, in seconds (at most 12 hours).
            extra_headers: headers to send with this call only.
            timeout: this call's timeout (seconds or an `httpx.Timeout`), instead of the client's.

        Returns:
            AccessLink

        Raises:
            APIStatusError: the API replied with an error status (NotFoundError, RateLimitedError, ...).
            APIConnectionError: no usable reply; `may_have_run` says whether the server may have acted.
        """
        response = self._send(
            _get_access_link_request(
                recording_id,
                valid_for_seconds=valid_for_seconds,
            ),
            extra_headers,
            timeout,
        )
        return self._result(response, get_recording_access_link._parse_ok)

    def bulk_delete(
        self,
        *,
        recording_ids: Sequence[str],
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> None:
        """Delete several recordings

        `POST /v1/recordings/bulk-delete`, 3 points of the rate-limit budget.

        Queues a background job that removes the listed recordings. Idempotent;
        ids that are unknown or already gone are ignored.

        Args:
            recording_ids: see `Sequence[str]`
            extra_headers: headers to send with this call only.
            timeout: this call's timeout (seconds or an `httpx.Timeout`), instead of the client's.

        Returns:
            None (the API answers 204 No Content).

        Raises:
            APIStatusError: the API replied with an error status (NotFoundError, RateLimitedError, ...).
            APIConnectionError: no usable reply; `may_have_run` says whether the server may have acted.
        """
        response = self._send(
            _bulk_delete_request(
                recording_ids=recording_ids,
            ),
            extra_headers,
            timeout,
        )
        return self._result(response, lambda _: None)


class AsyncRecordings(AsyncResource):
    """Cloud recordings kept in Whereby-hosted or customer-owned storage."""

    def list(
        self,
        *,
        room_name: str | Unset = UNSET,
        cursor: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        sort_by: RecordingSortBy
        | Literal[
            "roomName:asc",
            "roomName:desc",
            "startDate:asc",
            "startDate:desc",
            "duration:asc",
            "duration:desc",
            "sizeInMegaBytes:asc",
            "sizeInMegaBytes:desc",
        ]
        | Unset = UNSET,
        max_items: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> AsyncPager[Recording]:
        """List recordings

        `GET /v1/recordings`, 1 point of the rate-limit budget.

        Returns the organisation's cloud recordings one page at a time.

        Args:
            room_name: Only recordings made in this room.
            cursor: Opaque token from the previous page's `cursor`; omit it for the first page.
            limit: Largest number of items to return on this page.
            sort_by: Sort field and direction.
            max_items: stop after this many items (no page beyond them is fetched).
            extra_headers: headers to send with this call only.
            timeout: this call's timeout (seconds or an `httpx.Timeout`), instead of the client's.

        Returns:
            A pager over every Recording: `async for` it; `.iter_pages()` gives the pages.
            Each page is one paced request, fetched when the loop reaches it.

        Raises:
            APIStatusError: the API replied with an error status (NotFoundError, RateLimitedError, ...).
            APIConnectionError: no usable reply; `may_have_run` says whether the server may have acted.
        """
        return self._pager(
            lambda cursor: _list_request(
                room_name=room_name,
                cursor=cursor,
                limit=limit,
                sort_by=sort_by,
            ),
            get_recordings._page,
            cursor=cursor,
            max_items=max_items,
            extra_headers=extra_headers,
            timeout=timeout,
        )

    async def get(
        self,
        recording_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Recording:
        """Get a recording

        `GET /v1/recordings/{recordingId}`, 1 point of the rate-limit budget.

        Returns the metadata of one recording.

        Args:
            recording_id: Identifier of the recording.
            extra_headers: headers to send with this call only.
            timeout: this call's timeout (seconds or an `httpx.Timeout`), instead of the client's.

        Returns:
            Recording

        Raises:
            APIStatusError: the API replied with an error status (NotFoundError, RateLimitedError, ...).
            APIConnectionError: no usable reply; `may_have_run` says whether the server may have acted.
        """
        response = await self._send(
            _get_request(
                recording_id,
            ),
            extra_headers,
            timeout,
        )
        return self._result(response, get_recording._parse_ok)

    async def delete(
        self,
        recording_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> None:
        """Delete a recording

        `DELETE /v1/recordings/{recordingId}`, 2 points of the rate-limit budget.

        Removes one recording. Idempotent; an unknown or already deleted recording also gives 204.

        Args:
            recording_id: Identifier of the recording.
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
                recording_id,
            ),
            extra_headers,
            timeout,
        )
        return self._result(response, lambda _: None)

    async def get_access_link(
        self,
        recording_id: str,
        *,
        valid_for_seconds: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> AccessLink:
        """Get a download link for a recording

        `GET /v1/recordings/{recordingId}/access-link`, 1 point of the rate-limit budget.

        Returns a time-limited pre-signed URL for downloading the file. Works only
        for recordings in Whereby-hosted storage; others give 403.

        Args:
            recording_id: Identifier of the recording.
            valid_for_seconds: How long the link stays valid, in seconds (at most 12 hours).
            extra_headers: headers to send with this call only.
            timeout: this call's timeout (seconds or an `httpx.Timeout`), instead of the client's.

        Returns:
            AccessLink

        Raises:
            APIStatusError: the API replied with an error status (NotFoundError, RateLimitedError, ...).
            APIConnectionError: no usable reply; `may_have_run` says whether the server may have acted.
        """
        response = await self._send(
            _get_access_link_request(
                recording_id,
                valid_for_seconds=valid_for_seconds,
            ),
            extra_headers,
            timeout,
        )
        return self._result(response, get_recording_access_link._parse_ok)

    async def bulk_delete(
        self,
        *,
        recording_ids: Sequence[str],
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> None:
        """Delete several recordings

        `POST /v1/recordings/bulk-delete`, 3 points of the rate-limit budget.

        Queues a background job that removes the listed recordings. Idempotent;
        ids that are unknown or already gone are ignored.

        Args:
            recording_ids: see `Sequence[str]`
            extra_headers: headers to send with this call only.
            timeout: this call's timeout (seconds or an `httpx.Timeout`), instead of the client's.

        Returns:
            None (the API answers 204 No Content).

        Raises:
            APIStatusError: the API replied with an error status (NotFoundError, RateLimitedError, ...).
            APIConnectionError: no usable reply; `may_have_run` says whether the server may have acted.
        """
        response = await self._send(
            _bulk_delete_request(
                recording_ids=recording_ids,
            ),
            extra_headers,
            timeout,
        )
        return self._result(response, lambda _: None)


class RecordingsWithRawResponse:
    """`client.with_raw_response.recordings`: the same methods, each returning a `RawResponse`."""

    def __init__(self, client: Any) -> None:
        raw = Recordings(client, raw=True)
        self.list = raw_method(raw.list)
        self.get = raw_method(raw.get)
        self.delete = raw_method(raw.delete)
        self.get_access_link = raw_method(raw.get_access_link)
        self.bulk_delete = raw_method(raw.bulk_delete)


class AsyncRecordingsWithRawResponse:
    """`client.with_raw_response.recordings` of `AsyncWhereby`: each method returns a `RawResponse`."""

    def __init__(self, client: Any) -> None:
        raw = AsyncRecordings(client, raw=True)
        plain = AsyncRecordings(client)
        self.list = async_raw_pager(plain.list)
        self.get = async_raw_method(raw.get)
        self.delete = async_raw_method(raw.delete)
        self.get_access_link = async_raw_method(raw.get_access_link)
        self.bulk_delete = async_raw_method(raw.bulk_delete)
