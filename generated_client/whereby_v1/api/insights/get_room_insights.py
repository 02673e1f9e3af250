from collections.abc import AsyncIterator, Iterator
from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import _pagination as pagination
from ... import errors
from ..._wire import query
from ...client import AuthenticatedClient, Client
from ...models.date_time_range import DateTimeRange
from ...models.error import Error
from ...models.rate_limit_error import RateLimitError
from ...models.room_insight import RoomInsight
from ...models.room_insight_page import RoomInsightPage
from ...models.room_name_filter import RoomNameFilter
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    room_name: RoomNameFilter | Unset = UNSET,
    created_at: DateTimeRange | Unset = UNSET,
    sort_by: str | Unset = UNSET,
    cursor: str | Unset = UNSET,
    limit: int | Unset = 10,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_room_name: dict[str, Any] | Unset = UNSET
    if not isinstance(room_name, Unset):
        json_room_name = room_name.to_dict()
    if not isinstance(json_room_name, Unset):
        params.update({f"roomName[{key}]": value for key, value in json_room_name.items()})

    json_created_at: dict[str, Any] | Unset = UNSET
    if not isinstance(created_at, Unset):
        json_created_at = created_at.to_dict()
    if not isinstance(json_created_at, Unset):
        params.update({f"createdAt[{key}]": value for key, value in json_created_at.items()})

    params["sortBy"] = sort_by

    params["cursor"] = cursor

    params["limit"] = limit

    params = query(params)

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/insights/rooms",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | RateLimitError | RoomInsightPage | None:
    if response.status_code == 200:
        try:
            _response_200 = response.json()
            response_200: RoomInsightPage
            if not isinstance(_response_200, dict):
                from ...errors import wrong_type  # noqa: PLC0415

                raise wrong_type("RoomInsightPage", "", "an object", _response_200)

            try:
                response_200 = RoomInsightPage.from_dict(_response_200)
            except (KeyError, TypeError, ValueError) as exc:  # KeyError: a required field typed Any, missing
                from ...errors import bad_value  # noqa: PLC0415

                raise bad_value("RoomInsightPage", "", exc) from None

            return response_200

        except (KeyError, TypeError, ValueError, AttributeError, RecursionError) as exc:
            raise errors.response_validation_error(response, "getRoomInsights", exc) from exc
    if response.status_code == 400:
        try:
            _response_400 = response.json()
            response_400: Error
            if not isinstance(_response_400, dict):
                from ...errors import wrong_type  # noqa: PLC0415

                raise wrong_type("Error", "", "an object", _response_400)

            try:
                response_400 = Error.from_dict(_response_400)
            except (KeyError, TypeError, ValueError) as exc:  # KeyError: a required field typed Any, missing
                from ...errors import bad_value  # noqa: PLC0415

                raise bad_value("Error", "", exc) from None

            return response_400

        except (KeyError, TypeError, ValueError):
            return None  # not the documented body (a proxy's text page?): Response.content keeps it
    if response.status_code == 401:
        try:
            _response_401 = response.json()
            response_401: Error
            if not isinstance(_response_401, dict):
                from ...errors import wrong_type  # noqa: PLC0415

                raise wrong_type("Error", "", "an object", _response_401)

            try:
                response_401 = Error.from_dict(_response_401)
            except (KeyError, TypeError, ValueError) as exc:  # KeyError: a required field typed Any, missing
                from ...errors import bad_value  # noqa: PLC0415

                raise bad_value("Error", "", exc) from None

            return response_401

        except (KeyError, TypeError, ValueError):
            return None  # not the documented body (a proxy's text page?): Response.content keeps it
    if response.status_code == 429:
        try:
            _response_429 = response.json()
            response_429: RateLimitError
            if not isinstance(_response_429, dict):
                from ...errors import wrong_type  # noqa: PLC0415

                raise wrong_type("RateLimitError", "", "an object", _response_429)

            try:
                response_429 = RateLimitError.from_dict(_response_429)
            except (KeyError, TypeError, ValueError) as exc:  # KeyError: a required field typed Any, missing
                from ...errors import bad_value  # noqa: PLC0415

                raise bad_value("RateLimitError", "", exc) from None

            return response_429

        except (KeyError, TypeError, ValueError):
            return None  # not the documented body (a proxy's text page?): Response.content keeps it
    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _parse_ok(response: httpx.Response) -> RoomInsightPage:
    """The success reply's model, for any 2xx; a body that is not it raises `errors.APIResponseValidationError`."""
    try:
        _response_200 = response.json()
        response_200: RoomInsightPage
        if not isinstance(_response_200, dict):
            from ...errors import wrong_type  # noqa: PLC0415

            raise wrong_type("RoomInsightPage", "", "an object", _response_200)

        try:
            response_200 = RoomInsightPage.from_dict(_response_200)
        except (KeyError, TypeError, ValueError) as exc:  # KeyError: a required field typed Any, missing
            from ...errors import bad_value  # noqa: PLC0415

            raise bad_value("RoomInsightPage", "", exc) from None

        return response_200

    except (KeyError, TypeError, ValueError, AttributeError, RecursionError) as exc:
        raise errors.response_validation_error(response, "getRoomInsights", exc) from exc


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | RateLimitError | RoomInsightPage]:
    try:
        status_code = HTTPStatus(response.status_code)
    except ValueError:
        # A status outside the standard table still reaches the caller, as a plain int.
        status_code = cast(HTTPStatus, response.status_code)
    return Response(
        status_code=status_code,
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    room_name: RoomNameFilter | Unset = UNSET,
    created_at: DateTimeRange | Unset = UNSET,
    sort_by: str | Unset = UNSET,
    cursor: str | Unset = UNSET,
    limit: int | Unset = 10,
) -> Response[Error | RateLimitError | RoomInsightPage]:
    """List room usage

     Returns usage totals per room, one page at a time.

    Args:
        room_name (RoomNameFilter | Unset):
        created_at (DateTimeRange | Unset):
        sort_by (str | Unset): A sort field followed by `:asc` or `:desc`.
        cursor (str | Unset):
        limit (int | Unset):  Default: 10.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.APIResponseValidationError: If a 2xx reply's body does not fit its model (status, operation and body kept).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | RateLimitError | RoomInsightPage]
    """

    kwargs = _get_kwargs(
        room_name=room_name,
        created_at=created_at,
        sort_by=sort_by,
        cursor=cursor,
        limit=limit,
    )

    response = client.get_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    room_name: RoomNameFilter | Unset = UNSET,
    created_at: DateTimeRange | Unset = UNSET,
    sort_by: str | Unset = UNSET,
    cursor: str | Unset = UNSET,
    limit: int | Unset = 10,
) -> Error | RateLimitError | RoomInsightPage | None:
    """List room usage

     Returns usage totals per room, one page at a time.

    Args:
        room_name (RoomNameFilter | Unset):
        created_at (DateTimeRange | Unset):
        sort_by (str | Unset): A sort field followed by `:asc` or `:desc`.
        cursor (str | Unset):
        limit (int | Unset):  Default: 10.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.APIResponseValidationError: If a 2xx reply's body does not fit its model (status, operation and body kept).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | RateLimitError | RoomInsightPage
    """

    return sync_detailed(
        client=client,
        room_name=room_name,
        created_at=created_at,
        sort_by=sort_by,
        cursor=cursor,
        limit=limit,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    room_name: RoomNameFilter | Unset = UNSET,
    created_at: DateTimeRange | Unset = UNSET,
    sort_by: str | Unset = UNSET,
    cursor: str | Unset = UNSET,
    limit: int | Unset = 10,
) -> Response[Error | RateLimitError | RoomInsightPage]:
    """List room usage

     Returns usage totals per room, one page at a time.

    Args:
        room_name (RoomNameFilter | Unset):
        created_at (DateTimeRange | Unset):
        sort_by (str | Unset): A sort field followed by `:asc` or `:desc`.
        cursor (str | Unset):
        limit (int | Unset):  Default: 10.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.APIResponseValidationError: If a 2xx reply's body does not fit its model (status, operation and body kept).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | RateLimitError | RoomInsightPage]
    """

    kwargs = _get_kwargs(
        room_name=room_name,
        created_at=created_at,
        sort_by=sort_by,
        cursor=cursor,
        limit=limit,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    room_name: RoomNameFilter | Unset = UNSET,
    created_at: DateTimeRange | Unset = UNSET,
    sort_by: str | Unset = UNSET,
    cursor: str | Unset = UNSET,
    limit: int | Unset = 10,
) -> Error | RateLimitError | RoomInsightPage | None:
    """List room usage

     Returns usage totals per room, one page at a time.

    Args:
        room_name (RoomNameFilter | Unset):
        created_at (DateTimeRange | Unset):
        sort_by (str | Unset): A sort field followed by `:asc` or `:desc`.
        cursor (str | Unset):
        limit (int | Unset):  Default: 10.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.APIResponseValidationError: If a 2xx reply's body does not fit its model (status, operation and body kept).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | RateLimitError | RoomInsightPage
    """

    return (
        await asyncio_detailed(
            client=client,
            room_name=room_name,
            created_at=created_at,
            sort_by=sort_by,
            cursor=cursor,
            limit=limit,
        )
    ).parsed


def _page(response: httpx.Response) -> tuple[list[RoomInsight], str | Unset | None]:
    page = _parse_ok(response)
    return page.results, page.cursor


def iterate(
    *,
    client: AuthenticatedClient,
    room_name: RoomNameFilter | Unset = UNSET,
    created_at: DateTimeRange | Unset = UNSET,
    sort_by: str | Unset = UNSET,
    cursor: str | Unset = UNSET,
    limit: int | Unset = 10,
    max_items: int | None = None,
) -> Iterator[RoomInsight]:
    """List room usage: every item, page after page.

    Takes the same arguments as `sync`; `cursor` starts from a page other than the first and
    `max_items` caps how many items are yielded (no page beyond the cap is fetched). Pages are
    fetched as the loop needs them, each one a paced request.

    Raises:
        whereby_v1.APIStatusError: a page's reply was not a 200 (a subclass per status).
        whereby_v1.APIResponseValidationError: a page's body does not fit the page model.
    """

    def fetch(cursor: str | Unset) -> httpx.Response:
        return client.get_httpx_client().request(
            **_get_kwargs(
                room_name=room_name,
                created_at=created_at,
                sort_by=sort_by,
                cursor=cursor,
                limit=limit,
            )
        )

    return pagination.iterate(fetch, _page, cursor=cursor, max_items=max_items)


def aiterate(
    *,
    client: AuthenticatedClient,
    room_name: RoomNameFilter | Unset = UNSET,
    created_at: DateTimeRange | Unset = UNSET,
    sort_by: str | Unset = UNSET,
    cursor: str | Unset = UNSET,
    limit: int | Unset = 10,
    max_items: int | None = None,
) -> AsyncIterator[RoomInsight]:
    """List room usage: every item, page after page, for `async for`.

    The same as `iterate`; each page is fetched when the loop reaches it.
    """

    async def fetch(cursor: str | Unset) -> httpx.Response:
        return await client.get_async_httpx_client().request(
            **_get_kwargs(
                room_name=room_name,
                created_at=created_at,
                sort_by=sort_by,
                cursor=cursor,
                limit=limit,
            )
        )

    return pagination.aiterate(fetch, _page, cursor=cursor, max_items=max_items)
