"""The `transcriptions` resource of the client: `client.transcriptions.<method>(...)`.

Text transcripts made live during a session or afterwards from a recording.

Generated from openapi.yaml by `python -m generator generate`; do not edit.
"""

from __future__ import annotations

import builtins  # noqa: F401  (annotations name builtins.list: `list` is a method here)
import datetime  # noqa: F401
from collections.abc import Mapping, Sequence  # noqa: F401
from typing import Any, Literal, cast  # noqa: F401

from ..api.transcriptions import (
    bulk_delete_transcriptions,
    create_transcription,
    delete_transcription,
    get_transcription,
    get_transcription_access_link,
    get_transcriptions,
)
from ..models.access_link import AccessLink
from ..models.bulk_delete_transcriptions_request import BulkDeleteTranscriptionsRequest
from ..models.create_transcription_request import CreateTranscriptionRequest
from ..models.transcription import Transcription
from ..models.transcription_created import TranscriptionCreated
from ..models.transcription_sort_by import TranscriptionSortBy
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

__all__ = [
    "Transcriptions",
    "AsyncTranscriptions",
    "TranscriptionsWithRawResponse",
    "AsyncTranscriptionsWithRawResponse",
]


def _list_request(
    *,
    room_name: str | Unset,
    cursor: str | Unset,
    limit: int | Unset,
    sort_by: TranscriptionSortBy
    | Literal[
        "roomName:asc",
        "roomName:desc",
        "startDate:asc",
        "startDate:desc",
        "durationInSeconds:asc",
        "durationInSeconds:desc",
    ]
    | Unset,
) -> dict[str, Any]:
    return get_transcriptions._get_kwargs(
        room_name=UNSET if isinstance(room_name, Unset) else typed(room_name, "room_name", str, "a str"),
        cursor=UNSET if isinstance(cursor, Unset) else typed(cursor, "cursor", str, "a str"),
        limit=UNSET if isinstance(limit, Unset) else typed(limit, "limit", int, "an int"),
        sort_by=UNSET if isinstance(sort_by, Unset) else enum_value(TranscriptionSortBy, sort_by, "sort_by"),
    )


def _create_request(
    *,
    recording_id: str,
) -> dict[str, Any]:
    return create_transcription._get_kwargs(
        body=CreateTranscriptionRequest(recording_id=typed(recording_id, "recording_id", str, "a str"))
    )


def _get_request(
    transcription_id: str,
) -> dict[str, Any]:
    return get_transcription._get_kwargs(transcription_id)


def _delete_request(
    transcription_id: str,
) -> dict[str, Any]:
    return delete_transcription._get_kwargs(transcription_id)


def _get_access_link_request(
    transcription_id: str,
    *,
    valid_for_seconds: int | Unset,
) -> dict[str, Any]:
    return get_transcription_access_link._get_kwargs(
        transcription_id,
        valid_for_seconds=UNSET
        if isinstance(valid_for_seconds, Unset)
        else typed(valid_for_seconds, "valid_for_seconds", int, "an int"),
    )


def _bulk_delete_request(
    *,
    transcription_ids: Sequence[str],
) -> dict[str, Any]:
    return bulk_delete_transcriptions._get_kwargs(
        body=BulkDeleteTranscriptionsRequest(
            transcription_ids=sequence(transcription_ids, "transcription_ids", str, "a str")
        )
    )


class Transcriptions(SyncResource):
    """Text transcripts made live during a session or afterwards from a recording."""

    def list(
        self,
        *,
        room_name: str | Unset = UNSET,
        cursor: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        sort_by: TranscriptionSortBy
        | Literal[
            "roomName:asc",
            "roomName:desc",
            "startDate:asc",
            "startDate:desc",
            "durationInSeconds:asc",
            "durationInSeconds:desc",
        ]
        | Unset = UNSET,
        max_items: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> SyncPager[Transcription]:
        """List transcriptions

        `GET /v1/transcriptions`, 1 point of the rate-limit budget.

        Returns the organisation's transcriptions one page at a time.

        Args:
            room_name: Only transcriptions of this room.
            cursor: Opaque token from the previous page's `cursor`; omit it for the first page.
            limit: Largest number of items to return on this page.
            sort_by: Sort field and direction.
            max_items: stop after this many items (no page beyond them is fetched).
            extra_headers: headers to send with this call only.
            timeout: this call's timeout (seconds or an `httpx.Timeout`), instead of the client's.

        Returns:
            A pager over every Transcription: iterate it; `.iter_pages()` gives the pages.
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
            get_transcriptions._page,
            cursor=cursor,
            max_items=max_items,
            extra_headers=extra_headers,
            timeout=timeout,
        )

    def create(
        self,
        *,
        recording_id: str,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> TranscriptionCreated:
        """Transcribe a recording

        `POST /v1/transcriptions`, 3 points of the rate-limit budget.

        Schedules a transcription of an existing Whereby-hosted recording; the
        language is detected automatically. Poll the transcription's `state` or
        wait for the webhook. Live session transcripts are configured on
        meeting creation instead.

        Args:
            recording_id: The Whereby-hosted recording to transcribe.
            extra_headers: headers to send with this call only.
            timeout: this call's timeout (seconds or an `httpx.Timeout`), instead of the client's.

        Returns:
            TranscriptionCreated

        Raises:
            APIStatusError: the API replied with an error status (NotFoundError, RateLimitedError, ...).
            APIConnectionError: no usable reply; `may_have_run` says whether the server may have acted.
        """
        response = self._send(
            _create_request(
                recording_id=recording_id,
            ),
            extra_headers,
            timeout,
        )
        return self._result(response, create_transcription._parse_ok)

    def get(
        self,
        transcription_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Transcription:
        """Get a transcription

        `GET /v1/transcriptions/{transcriptionId}`, 1 point of the rate-limit budget.

        Returns the metadata and processing state of one transcription.

        Args:
            transcription_id: Identifier of the transcription.
            extra_headers: headers to send with this call only.
            timeout: this call's timeout (seconds or an `httpx.Timeout`), instead of the client's.

        Returns:
            Transcription

        Raises:
            APIStatusError: the API replied with an error status (NotFoundError, RateLimitedError, ...).
            APIConnectionError: no usable reply; `may_have_run` says whether the server may have acted.
        """
        response = self._send(
            _get_request(
                transcription_id,
            ),
            extra_headers,
            timeout,
        )
        return self._result(response, get_transcription._parse_ok)

    def delete(
        self,
        transcription_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> None:
        """Delete a transcription

        `DELETE /v1/transcriptions/{transcriptionId}`, 2 points of the rate-limit budget.

        Removes one transcription. Idempotent; an unknown or already deleted transcription also gives 204.

        Args:
            transcription_id: Identifier of the transcription.
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
                transcription_id,
            ),
            extra_headers,
            timeout,
        )
        return self._result(response, lambda _: None)

    def get_access_link(
        self,
        transcription_id: str,
        *,
        valid_for_seconds: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> AccessLink:
        """Get a download link for a transcript

        `GET /v1/transcriptions/{transcriptionId}/access-link`, 1 point of the rate-limit budget.

        Returns a time-limited pre-signed URL for downloading the transcript
        (a Markdown file). Works only for Whereby-hosted transcripts; others give 403.

        Args:
            transcription_id: Identifier of the transcription.
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
                transcription_id,
                valid_for_seconds=valid_for_seconds,
            ),
            extra_headers,
            timeout,
        )
        return self._result(response, get_transcription_access_link._parse_ok)

    def bulk_delete(
        self,
        *,
        transcription_ids: Sequence[str],
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> None:
        """Delete several transcriptions

        `POST /v1/transcriptions/bulk-delete`, 3 points of the rate-limit budget.

        Queues a background job that removes the listed transcriptions.
        Idempotent; ids that are unknown or already gone are ignored.

        Args:
            transcription_ids: see `Sequence[str]`
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
                transcription_ids=transcription_ids,
            ),
            extra_headers,
            timeout,
        )
        return self._result(response, lambda _: None)


class AsyncTranscriptions(AsyncResource):
    """Text transcripts made live during a session or afterwards from a recording."""

    def list(
        self,
        *,
        room_name: str | Unset = UNSET,
        cursor: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        sort_by: TranscriptionSortBy
        | Literal[
            "roomName:asc",
            "roomName:desc",
            "startDate:asc",
            "startDate:desc",
            "durationInSeconds:asc",
            "durationInSeconds:desc",
        ]
        | Unset = UNSET,
        max_items: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> AsyncPager[Transcription]:
        """List transcriptions

        `GET /v1/transcriptions`, 1 point of the rate-limit budget.

        Returns the organisation's transcriptions one page at a time.

        Args:
            room_name: Only transcriptions of this room.
            cursor: Opaque token from the previous page's `cursor`; omit it for the first page.
            limit: Largest number of items to return on this page.
            sort_by: Sort field and direction.
            max_items: stop after this many items (no page beyond them is fetched).
            extra_headers: headers to send with this call only.
            timeout: this call's timeout (seconds or an `httpx.Timeout`), instead of the client's.

        Returns:
            A pager over every Transcription: `async for` it; `.iter_pages()` gives the pages.
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
            get_transcriptions._page,
            cursor=cursor,
            max_items=max_items,
            extra_headers=extra_headers,
            timeout=timeout,
        )

    async def create(
        self,
        *,
        recording_id: str,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> TranscriptionCreated:
        """Transcribe a recording

        `POST /v1/transcriptions`, 3 points of the rate-limit budget.

        Schedules a transcription of an existing Whereby-hosted recording; the
        language is detected automatically. Poll the transcription's `state` or
        wait for the webhook. Live session transcripts are configured on
        meeting creation instead.

        Args:
            recording_id: The Whereby-hosted recording to transcribe.
            extra_headers: headers to send with this call only.
            timeout: this call's timeout (seconds or an `httpx.Timeout`), instead of the client's.

        Returns:
            TranscriptionCreated

        Raises:
            APIStatusError: the API replied with an error status (NotFoundError, RateLimitedError, ...).
            APIConnectionError: no usable reply; `may_have_run` says whether the server may have acted.
        """
        response = await self._send(
            _create_request(
                recording_id=recording_id,
            ),
            extra_headers,
            timeout,
        )
        return self._result(response, create_transcription._parse_ok)

    async def get(
        self,
        transcription_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Transcription:
        """Get a transcription

        `GET /v1/transcriptions/{transcriptionId}`, 1 point of the rate-limit budget.

        Returns the metadata and processing state of one transcription.

        Args:
            transcription_id: Identifier of the transcription.
            extra_headers: headers to send with this call only.
            timeout: this call's timeout (seconds or an `httpx.Timeout`), instead of the client's.

        Returns:
            Transcription

        Raises:
            APIStatusError: the API replied with an error status (NotFoundError, RateLimitedError, ...).
            APIConnectionError: no usable reply; `may_have_run` says whether the server may have acted.
        """
        response = await self._send(
            _get_request(
                transcription_id,
            ),
            extra_headers,
            timeout,
        )
        return self._result(response, get_transcription._parse_ok)

    async def delete(
        self,
        transcription_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> None:
        """Delete a transcription

        `DELETE /v1/transcriptions/{transcriptionId}`, 2 points of the rate-limit budget.

        Removes one transcription. Idempotent; an unknown or already deleted transcription also gives 204.

        Args:
            transcription_id: Identifier of the transcription.
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
                transcription_id,
            ),
            extra_headers,
            timeout,
        )
        return self._result(response, lambda _: None)

    async def get_access_link(
        self,
        transcription_id: str,
        *,
        valid_for_seconds: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> AccessLink:
        """Get a download link for a transcript

        `GET /v1/transcriptions/{transcriptionId}/access-link`, 1 point of the rate-limit budget.

        Returns a time-limited pre-signed URL for downloading the transcript
        (a Markdown file). Works only for Whereby-hosted transcripts; others give 403.

        Args:
            transcription_id: Identifier of the transcription.
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
                transcription_id,
                valid_for_seconds=valid_for_seconds,
            ),
            extra_headers,
            timeout,
        )
        return self._result(response, get_transcription_access_link._parse_ok)

    async def bulk_delete(
        self,
        *,
        transcription_ids: Sequence[str],
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> None:
        """Delete several transcriptions

        `POST /v1/transcriptions/bulk-delete`, 3 points of the rate-limit budget.

        Queues a background job that removes the listed transcriptions.
        Idempotent; ids that are unknown or already gone are ignored.

        Args:
            transcription_ids: see `Sequence[str]`
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
                transcription_ids=transcription_ids,
            ),
            extra_headers,
            timeout,
        )
        return self._result(response, lambda _: None)


class TranscriptionsWithRawResponse:
    """`client.with_raw_response.transcriptions`: the same methods, each returning a `RawResponse`."""

    def __init__(self, client: Any) -> None:
        raw = Transcriptions(client, raw=True)
        self.list = raw_method(raw.list)
        self.create = raw_method(raw.create)
        self.get = raw_method(raw.get)
        self.delete = raw_method(raw.delete)
        self.get_access_link = raw_method(raw.get_access_link)
        self.bulk_delete = raw_method(raw.bulk_delete)


class AsyncTranscriptionsWithRawResponse:
    """`client.with_raw_response.transcriptions` of `AsyncWhereby`: each method returns a `RawResponse`."""

    def __init__(self, client: Any) -> None:
        raw = AsyncTranscriptions(client, raw=True)
        plain = AsyncTranscriptions(client)
        self.list = async_raw_pager(plain.list)
        self.create = async_raw_method(raw.create)
        self.get = async_raw_method(raw.get)
        self.delete = async_raw_method(raw.delete)
        self.get_access_link = async_raw_method(raw.get_access_link)
        self.bulk_delete = async_raw_method(raw.bulk_delete)
