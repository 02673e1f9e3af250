from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ..._wire import path_segment
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.rate_limit_error import RateLimitError
from ...models.summary import Summary
from ...types import Response


def _get_kwargs(
    summary_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/summaries/{summary_id}".format(
            summary_id=path_segment("summaryId", summary_id),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | RateLimitError | Summary | None:
    if response.status_code == 200:
        response_200 = Summary.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        try:
            response_400 = Error.from_dict(response.json())

            return response_400

        except (KeyError, TypeError, ValueError):
            return None  # not the documented body (a proxy's text page?): Response.content keeps it
    if response.status_code == 401:
        try:
            response_401 = Error.from_dict(response.json())

            return response_401

        except (KeyError, TypeError, ValueError):
            return None  # not the documented body (a proxy's text page?): Response.content keeps it
    if response.status_code == 404:
        try:
            response_404 = Error.from_dict(response.json())

            return response_404

        except (KeyError, TypeError, ValueError):
            return None  # not the documented body (a proxy's text page?): Response.content keeps it
    if response.status_code == 429:
        try:
            response_429 = RateLimitError.from_dict(response.json())

            return response_429

        except (KeyError, TypeError, ValueError):
            return None  # not the documented body (a proxy's text page?): Response.content keeps it
    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _parse_ok(response: httpx.Response) -> Summary:
    """The success reply's model, for any 2xx; a body that is not it raises KeyError, TypeError or ValueError."""
    response_200 = Summary.from_dict(response.json())

    return response_200


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | RateLimitError | Summary]:
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
    summary_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[Error | RateLimitError | Summary]:
    """Get a summary

     Returns one summary; its content is empty until `state` is `ready`.

    Args:
        summary_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | RateLimitError | Summary]
    """

    kwargs = _get_kwargs(
        summary_id=summary_id,
    )

    response = client.get_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


def sync(
    summary_id: str,
    *,
    client: AuthenticatedClient,
) -> Error | RateLimitError | Summary | None:
    """Get a summary

     Returns one summary; its content is empty until `state` is `ready`.

    Args:
        summary_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | RateLimitError | Summary
    """

    return sync_detailed(
        summary_id=summary_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    summary_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[Error | RateLimitError | Summary]:
    """Get a summary

     Returns one summary; its content is empty until `state` is `ready`.

    Args:
        summary_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | RateLimitError | Summary]
    """

    kwargs = _get_kwargs(
        summary_id=summary_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    summary_id: str,
    *,
    client: AuthenticatedClient,
) -> Error | RateLimitError | Summary | None:
    """Get a summary

     Returns one summary; its content is empty until `state` is `ready`.

    Args:
        summary_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | RateLimitError | Summary
    """

    return (
        await asyncio_detailed(
            summary_id=summary_id,
            client=client,
        )
    ).parsed
