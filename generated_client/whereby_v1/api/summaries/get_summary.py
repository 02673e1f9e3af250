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
        try:
            _response_200 = response.json()
            response_200: Summary
            if not isinstance(_response_200, dict):
                from ...errors import wrong_type  # noqa: PLC0415

                raise wrong_type("Summary", "", "an object", _response_200)

            try:
                response_200 = Summary.from_dict(_response_200)
            except (KeyError, TypeError, ValueError) as exc:  # KeyError: a required field typed Any, missing
                from ...errors import bad_value  # noqa: PLC0415

                raise bad_value("Summary", "", exc) from None

            return response_200

        except (KeyError, TypeError, ValueError, AttributeError, RecursionError) as exc:
            raise errors.response_validation_error(response, "getSummary", exc) from exc
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
    if response.status_code == 404:
        try:
            _response_404 = response.json()
            response_404: Error
            if not isinstance(_response_404, dict):
                from ...errors import wrong_type  # noqa: PLC0415

                raise wrong_type("Error", "", "an object", _response_404)

            try:
                response_404 = Error.from_dict(_response_404)
            except (KeyError, TypeError, ValueError) as exc:  # KeyError: a required field typed Any, missing
                from ...errors import bad_value  # noqa: PLC0415

                raise bad_value("Error", "", exc) from None

            return response_404

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


def _parse_ok(response: httpx.Response) -> Summary:
    """The success reply's model, for any 2xx; a body that is not it raises `errors.APIResponseValidationError`."""
    try:
        _response_200 = response.json()
        response_200: Summary
        if not isinstance(_response_200, dict):
            from ...errors import wrong_type  # noqa: PLC0415

            raise wrong_type("Summary", "", "an object", _response_200)

        try:
            response_200 = Summary.from_dict(_response_200)
        except (KeyError, TypeError, ValueError) as exc:  # KeyError: a required field typed Any, missing
            from ...errors import bad_value  # noqa: PLC0415

            raise bad_value("Summary", "", exc) from None

        return response_200

    except (KeyError, TypeError, ValueError, AttributeError, RecursionError) as exc:
        raise errors.response_validation_error(response, "getSummary", exc) from exc


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
        errors.APIResponseValidationError: If a 2xx reply's body does not fit its model (status, operation and body kept).
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
        errors.APIResponseValidationError: If a 2xx reply's body does not fit its model (status, operation and body kept).
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
        errors.APIResponseValidationError: If a 2xx reply's body does not fit its model (status, operation and body kept).
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
        errors.APIResponseValidationError: If a 2xx reply's body does not fit its model (status, operation and body kept).
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
