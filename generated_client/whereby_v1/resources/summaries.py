"""The `summaries` resource of the client: `client.summaries.<method>(...)`.

AI summaries generated from Whereby-hosted transcriptions (beta, selected customers).

Generated from openapi.yaml by `python -m generator generate`; do not edit.
"""

from __future__ import annotations

import builtins  # noqa: F401  (annotations name builtins.list: `list` is a method here)
import datetime  # noqa: F401
from collections.abc import Mapping, Sequence  # noqa: F401
from typing import Any, Literal, cast  # noqa: F401

from ..api.summaries import create_summary, delete_summary, get_summaries, get_summary
from ..models.create_summary_request import CreateSummaryRequest
from ..models.summary import Summary
from ..models.summary_created import SummaryCreated
from ..models.summary_template import SummaryTemplate
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

__all__ = ["Summaries", "AsyncSummaries", "SummariesWithRawResponse", "AsyncSummariesWithRawResponse"]


def _list_request(
    *,
    cursor: str | Unset,
    limit: int | Unset,
    sort_by: str | Unset,
) -> dict[str, Any]:
    return get_summaries._get_kwargs(
        cursor=UNSET if isinstance(cursor, Unset) else typed(cursor, "cursor", str, "a str"),
        limit=UNSET if isinstance(limit, Unset) else typed(limit, "limit", int, "an int"),
        sort_by=UNSET if isinstance(sort_by, Unset) else typed(sort_by, "sort_by", str, "a str"),
    )


def _create_request(
    *,
    transcription_id: str,
    template: SummaryTemplate
    | Literal[
        "SOAP", "Extended SOAP", "General Narrative", "General Bulleted", "Educational Lecture", "Educational Tutoring"
    ]
    | Unset,
) -> dict[str, Any]:
    return create_summary._get_kwargs(
        body=CreateSummaryRequest(
            transcription_id=typed(transcription_id, "transcription_id", str, "a str"),
            template=UNSET if isinstance(template, Unset) else enum_value(SummaryTemplate, template, "template"),
        )
    )


def _get_request(
    summary_id: str,
) -> dict[str, Any]:
    return get_summary._get_kwargs(summary_id)


def _delete_request(
    summary_id: str,
) -> dict[str, Any]:
    return delete_summary._get_kwargs(summary_id)


class Summaries(SyncResource):
    """AI summaries generated from Whereby-hosted transcriptions (beta, selected customers)."""

    def list(
        self,
        *,
        cursor: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        sort_by: str | Unset = UNSET,
        max_items: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> SyncPager[Summary]:
        """List summaries

        `GET /v1/summaries`, 1 point of the rate-limit budget.

        Returns the organisation's summaries one page at a time.

        Args:
            cursor: Opaque token from the previous page's `cursor`; omit it for the first page.
            limit: Largest number of items to return on this page.
            sort_by: A sort field followed by `:asc` or `:desc`.
            max_items: stop after this many items (no page beyond them is fetched).
            extra_headers: headers to send with this call only.
            timeout: this call's timeout (seconds or an `httpx.Timeout`), instead of the client's.

        Returns:
            A pager over every Summary: iterate it; `.iter_pages()` gives the pages.
            Each page is one paced request, fetched when the loop reaches it.

        Raises:
            APIStatusError: the API replied with an error status (NotFoundError, RateLimitedError, ...).
            APIConnectionError: no usable reply; `may_have_run` says whether the server may have acted.
        """
        return self._pager(
            lambda cursor: _list_request(
                cursor=cursor,
                limit=limit,
                sort_by=sort_by,
            ),
            get_summaries._page,
            cursor=cursor,
            max_items=max_items,
            extra_headers=extra_headers,
            timeout=timeout,
        )

    def create(
        self,
        *,
        transcription_id: str,
        template: SummaryTemplate
        | Literal[
            "SOAP",
            "Extended SOAP",
            "General Narrative",
            "General Bulleted",
            "Educational Lecture",
            "Educational Tutoring",
        ]
        | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> SummaryCreated:
        """Summarise a transcription

        `POST /v1/summaries`, 3 points of the rate-limit budget.

        Starts an AI summary of a Whereby-hosted transcription; it takes about a
        minute and no webhook reports completion, so poll `state`. A transcript
        can have one summary at a time: delete it before using another template.

        Args:
            transcription_id: The Whereby-hosted transcription to summarise.
            template: Summary style; `General Bulleted` when omitted.
            extra_headers: headers to send with this call only.
            timeout: this call's timeout (seconds or an `httpx.Timeout`), instead of the client's.

        Returns:
            SummaryCreated

        Raises:
            APIStatusError: the API replied with an error status (NotFoundError, RateLimitedError, ...).
            APIConnectionError: no usable reply; `may_have_run` says whether the server may have acted.
        """
        response = self._send(
            _create_request(
                transcription_id=transcription_id,
                template=template,
            ),
            extra_headers,
            timeout,
        )
        return self._result(response, create_summary._parse_ok)

    def get(
        self,
        summary_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Summary:
        """Get a summary

        `GET /v1/summaries/{summaryId}`, 1 point of the rate-limit budget.

        Returns one summary; its content is empty until `state` is `ready`.

        Args:
            summary_id: Identifier returned when the summary was requested.
            extra_headers: headers to send with this call only.
            timeout: this call's timeout (seconds or an `httpx.Timeout`), instead of the client's.

        Returns:
            Summary

        Raises:
            APIStatusError: the API replied with an error status (NotFoundError, RateLimitedError, ...).
            APIConnectionError: no usable reply; `may_have_run` says whether the server may have acted.
        """
        response = self._send(
            _get_request(
                summary_id,
            ),
            extra_headers,
            timeout,
        )
        return self._result(response, get_summary._parse_ok)

    def delete(
        self,
        summary_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> None:
        """Delete a summary

        `DELETE /v1/summaries/{summaryId}`, 2 points of the rate-limit budget.

        Removes one summary. Idempotent; an unknown or already deleted summary also gives 204.

        Args:
            summary_id: Identifier returned when the summary was requested.
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
                summary_id,
            ),
            extra_headers,
            timeout,
        )
        return self._result(response, lambda _: None)


class AsyncSummaries(AsyncResource):
    """AI summaries generated from Whereby-hosted transcriptions (beta, selected customers)."""

    def list(
        self,
        *,
        cursor: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        sort_by: str | Unset = UNSET,
        max_items: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> AsyncPager[Summary]:
        """List summaries

        `GET /v1/summaries`, 1 point of the rate-limit budget.

        Returns the organisation's summaries one page at a time.

        Args:
            cursor: Opaque token from the previous page's `cursor`; omit it for the first page.
            limit: Largest number of items to return on this page.
            sort_by: A sort field followed by `:asc` or `:desc`.
            max_items: stop after this many items (no page beyond them is fetched).
            extra_headers: headers to send with this call only.
            timeout: this call's timeout (seconds or an `httpx.Timeout`), instead of the client's.

        Returns:
            A pager over every Summary: `async for` it; `.iter_pages()` gives the pages.
            Each page is one paced request, fetched when the loop reaches it.

        Raises:
            APIStatusError: the API replied with an error status (NotFoundError, RateLimitedError, ...).
            APIConnectionError: no usable reply; `may_have_run` says whether the server may have acted.
        """
        return self._pager(
            lambda cursor: _list_request(
                cursor=cursor,
                limit=limit,
                sort_by=sort_by,
            ),
            get_summaries._page,
            cursor=cursor,
            max_items=max_items,
            extra_headers=extra_headers,
            timeout=timeout,
        )

    async def create(
        self,
        *,
        transcription_id: str,
        template: SummaryTemplate
        | Literal[
            "SOAP",
            "Extended SOAP",
            "General Narrative",
            "General Bulleted",
            "Educational Lecture",
            "Educational Tutoring",
        ]
        | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> SummaryCreated:
        """Summarise a transcription

        `POST /v1/summaries`, 3 points of the rate-limit budget.

        Starts an AI summary of a Whereby-hosted transcription; it takes about a
        minute and no webhook reports completion, so poll `state`. A transcript
        can have one summary at a time: delete it before using another template.

        Args:
            transcription_id: The Whereby-hosted transcription to summarise.
            template: Summary style; `General Bulleted` when omitted.
            extra_headers: headers to send with this call only.
            timeout: this call's timeout (seconds or an `httpx.Timeout`), instead of the client's.

        Returns:
            SummaryCreated

        Raises:
            APIStatusError: the API replied with an error status (NotFoundError, RateLimitedError, ...).
            APIConnectionError: no usable reply; `may_have_run` says whether the server may have acted.
        """
        response = await self._send(
            _create_request(
                transcription_id=transcription_id,
                template=template,
            ),
            extra_headers,
            timeout,
        )
        return self._result(response, create_summary._parse_ok)

    async def get(
        self,
        summary_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Summary:
        """Get a summary

        `GET /v1/summaries/{summaryId}`, 1 point of the rate-limit budget.

        Returns one summary; its content is empty until `state` is `ready`.

        Args:
            summary_id: Identifier returned when the summary was requested.
            extra_headers: headers to send with this call only.
            timeout: this call's timeout (seconds or an `httpx.Timeout`), instead of the client's.

        Returns:
            Summary

        Raises:
            APIStatusError: the API replied with an error status (NotFoundError, RateLimitedError, ...).
            APIConnectionError: no usable reply; `may_have_run` says whether the server may have acted.
        """
        response = await self._send(
            _get_request(
                summary_id,
            ),
            extra_headers,
            timeout,
        )
        return self._result(response, get_summary._parse_ok)

    async def delete(
        self,
        summary_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> None:
        """Delete a summary

        `DELETE /v1/summaries/{summaryId}`, 2 points of the rate-limit budget.

        Removes one summary. Idempotent; an unknown or already deleted summary also gives 204.

        Args:
            summary_id: Identifier returned when the summary was requested.
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
                summary_id,
            ),
            extra_headers,
            timeout,
        )
        return self._result(response, lambda _: None)


class SummariesWithRawResponse:
    """`client.with_raw_response.summaries`: the same methods, each returning a `RawResponse`."""

    def __init__(self, client: Any) -> None:
        raw = Summaries(client, raw=True)
        self.list = raw_method(raw.list)
        self.create = raw_method(raw.create)
        self.get = raw_method(raw.get)
        self.delete = raw_method(raw.delete)


class AsyncSummariesWithRawResponse:
    """`client.with_raw_response.summaries` of `AsyncWhereby`: each method returns a `RawResponse`."""

    def __init__(self, client: Any) -> None:
        raw = AsyncSummaries(client, raw=True)
        plain = AsyncSummaries(client)
        self.list = async_raw_pager(plain.list)
        self.create = async_raw_method(raw.create)
        self.get = async_raw_method(raw.get)
        self.delete = async_raw_method(raw.delete)
