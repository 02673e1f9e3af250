from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ..._wire import path_segment
from ...client import AuthenticatedClient, Client
from ...models.background_preset_request import BackgroundPresetRequest
from ...models.error import Error
from ...models.rate_limit_error import RateLimitError
from ...models.theme_image_upload import ThemeImageUpload
from ...types import Response


def _get_kwargs(
    room_name: str,
    *,
    body: ThemeImageUpload | BackgroundPresetRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/rooms/{room_name}/theme/room-knock-page-background".format(
            room_name=path_segment("roomName", room_name, strip_leading_slash=True),
        ),
    }

    if isinstance(body, ThemeImageUpload):
        _kwargs["files"] = body.to_multipart()

    elif isinstance(body, BackgroundPresetRequest):
        _kwargs["json"] = body.to_dict()

        headers["Content-Type"] = "application/json"

    else:
        raise TypeError(f"body must be one of ThemeImageUpload, BackgroundPresetRequest, not {type(body).__name__}")

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | Error | RateLimitError | None:
    if response.status_code == 204:
        response_204 = cast(Any, None)
        return response_204

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


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | Error | RateLimitError]:
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
    room_name: str,
    *,
    client: AuthenticatedClient,
    body: ThemeImageUpload | BackgroundPresetRequest,
) -> Response[Any | Error | RateLimitError]:
    """Set a room's knock-page background

     Uploads the background shown while guests wait to be let in, or picks
    a built-in palette and theme. Same body forms as the room background.

    Args:
        room_name (str):
        body (ThemeImageUpload):
        body (BackgroundPresetRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.APIResponseValidationError: If a 2xx reply's body does not fit its model (status, operation and body kept).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error | RateLimitError]
    """

    kwargs = _get_kwargs(
        room_name=room_name,
        body=body,
    )

    response = client.get_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


def sync(
    room_name: str,
    *,
    client: AuthenticatedClient,
    body: ThemeImageUpload | BackgroundPresetRequest,
) -> Any | Error | RateLimitError | None:
    """Set a room's knock-page background

     Uploads the background shown while guests wait to be let in, or picks
    a built-in palette and theme. Same body forms as the room background.

    Args:
        room_name (str):
        body (ThemeImageUpload):
        body (BackgroundPresetRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.APIResponseValidationError: If a 2xx reply's body does not fit its model (status, operation and body kept).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error | RateLimitError
    """

    return sync_detailed(
        room_name=room_name,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    room_name: str,
    *,
    client: AuthenticatedClient,
    body: ThemeImageUpload | BackgroundPresetRequest,
) -> Response[Any | Error | RateLimitError]:
    """Set a room's knock-page background

     Uploads the background shown while guests wait to be let in, or picks
    a built-in palette and theme. Same body forms as the room background.

    Args:
        room_name (str):
        body (ThemeImageUpload):
        body (BackgroundPresetRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.APIResponseValidationError: If a 2xx reply's body does not fit its model (status, operation and body kept).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error | RateLimitError]
    """

    kwargs = _get_kwargs(
        room_name=room_name,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    room_name: str,
    *,
    client: AuthenticatedClient,
    body: ThemeImageUpload | BackgroundPresetRequest,
) -> Any | Error | RateLimitError | None:
    """Set a room's knock-page background

     Uploads the background shown while guests wait to be let in, or picks
    a built-in palette and theme. Same body forms as the room background.

    Args:
        room_name (str):
        body (ThemeImageUpload):
        body (BackgroundPresetRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.APIResponseValidationError: If a 2xx reply's body does not fit its model (status, operation and body kept).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error | RateLimitError
    """

    return (
        await asyncio_detailed(
            room_name=room_name,
            client=client,
            body=body,
        )
    ).parsed
