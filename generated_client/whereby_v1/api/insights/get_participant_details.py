from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ..._wire import query
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.participant_connection import ParticipantConnection
from ...models.rate_limit_error import RateLimitError
from ...types import Response


def _get_kwargs(
    *,
    room_session_id: str,
    participant_id: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["roomSessionId"] = room_session_id

    params["participantId"] = participant_id

    params = query(params)

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/insights/participant",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | RateLimitError | list[ParticipantConnection] | None:
    if response.status_code == 200:
        try:
            _response_200 = response.json()
            response_200: list[ParticipantConnection]
            if not isinstance(_response_200, list):
                from ...errors import wrong_type  # noqa: PLC0415

                raise wrong_type("list[ParticipantConnection]", "", "an array", _response_200)

            response_200 = []
            for response_200_item_data in _response_200:
                if not isinstance(response_200_item_data, dict):
                    from ...errors import wrong_type  # noqa: PLC0415

                    raise wrong_type(
                        "list[ParticipantConnection]",
                        ""
                        + "["
                        + str(next(i for i, x in enumerate(_response_200) if x is response_200_item_data))
                        + "]",
                        "an object",
                        response_200_item_data,
                    )

                try:
                    response_200_item = ParticipantConnection.from_dict(response_200_item_data)
                except (KeyError, TypeError, ValueError) as exc:  # KeyError: a required field typed Any, missing
                    from ...errors import bad_value  # noqa: PLC0415

                    raise bad_value(
                        "list[ParticipantConnection]",
                        ""
                        + "["
                        + str(next(i for i, x in enumerate(_response_200) if x is response_200_item_data))
                        + "]",
                        exc,
                    ) from None

                response_200.append(response_200_item)

            return response_200

        except (KeyError, TypeError, ValueError, AttributeError, RecursionError) as exc:
            raise errors.response_validation_error(response, "getParticipantDetails", exc) from exc
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


def _parse_ok(response: httpx.Response) -> list[ParticipantConnection]:
    """The success reply's model, for any 2xx; a body that is not it raises `errors.APIResponseValidationError`."""
    try:
        _response_200 = response.json()
        response_200: list[ParticipantConnection]
        if not isinstance(_response_200, list):
            from ...errors import wrong_type  # noqa: PLC0415

            raise wrong_type("list[ParticipantConnection]", "", "an array", _response_200)

        response_200 = []
        for response_200_item_data in _response_200:
            if not isinstance(response_200_item_data, dict):
                from ...errors import wrong_type  # noqa: PLC0415

                raise wrong_type(
                    "list[ParticipantConnection]",
                    "" + "[" + str(next(i for i, x in enumerate(_response_200) if x is response_200_item_data)) + "]",
                    "an object",
                    response_200_item_data,
                )

            try:
                response_200_item = ParticipantConnection.from_dict(response_200_item_data)
            except (KeyError, TypeError, ValueError) as exc:  # KeyError: a required field typed Any, missing
                from ...errors import bad_value  # noqa: PLC0415

                raise bad_value(
                    "list[ParticipantConnection]",
                    "" + "[" + str(next(i for i, x in enumerate(_response_200) if x is response_200_item_data)) + "]",
                    exc,
                ) from None

            response_200.append(response_200_item)

        return response_200

    except (KeyError, TypeError, ValueError, AttributeError, RecursionError) as exc:
        raise errors.response_validation_error(response, "getParticipantDetails", exc) from exc


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | RateLimitError | list[ParticipantConnection]]:
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
    room_session_id: str,
    participant_id: str,
) -> Response[Error | RateLimitError | list[ParticipantConnection]]:
    """Get a participant's connection details

     Returns connection-quality data for one participant in one session:
    one entry per connection, not paged.

    Args:
        room_session_id (str):
        participant_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.APIResponseValidationError: If a 2xx reply's body does not fit its model (status, operation and body kept).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | RateLimitError | list[ParticipantConnection]]
    """

    kwargs = _get_kwargs(
        room_session_id=room_session_id,
        participant_id=participant_id,
    )

    response = client.get_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    room_session_id: str,
    participant_id: str,
) -> Error | RateLimitError | list[ParticipantConnection] | None:
    """Get a participant's connection details

     Returns connection-quality data for one participant in one session:
    one entry per connection, not paged.

    Args:
        room_session_id (str):
        participant_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.APIResponseValidationError: If a 2xx reply's body does not fit its model (status, operation and body kept).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | RateLimitError | list[ParticipantConnection]
    """

    return sync_detailed(
        client=client,
        room_session_id=room_session_id,
        participant_id=participant_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    room_session_id: str,
    participant_id: str,
) -> Response[Error | RateLimitError | list[ParticipantConnection]]:
    """Get a participant's connection details

     Returns connection-quality data for one participant in one session:
    one entry per connection, not paged.

    Args:
        room_session_id (str):
        participant_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.APIResponseValidationError: If a 2xx reply's body does not fit its model (status, operation and body kept).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | RateLimitError | list[ParticipantConnection]]
    """

    kwargs = _get_kwargs(
        room_session_id=room_session_id,
        participant_id=participant_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    room_session_id: str,
    participant_id: str,
) -> Error | RateLimitError | list[ParticipantConnection] | None:
    """Get a participant's connection details

     Returns connection-quality data for one participant in one session:
    one entry per connection, not paged.

    Args:
        room_session_id (str):
        participant_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.APIResponseValidationError: If a 2xx reply's body does not fit its model (status, operation and body kept).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | RateLimitError | list[ParticipantConnection]
    """

    return (
        await asyncio_detailed(
            client=client,
            room_session_id=room_session_id,
            participant_id=participant_id,
        )
    ).parsed
