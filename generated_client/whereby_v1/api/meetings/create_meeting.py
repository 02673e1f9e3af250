from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_meeting_request import CreateMeetingRequest
from ...models.error import Error
from ...models.meeting import Meeting
from ...models.rate_limit_error import RateLimitError
from ...types import Response


def _get_kwargs(
    *,
    body: CreateMeetingRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/meetings",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | Meeting | RateLimitError | None:
    if response.status_code == 201:
        try:
            _response_201 = response.json()
            response_201: Meeting
            if not isinstance(_response_201, dict):
                from ...errors import wrong_type  # noqa: PLC0415

                raise wrong_type("Meeting", "", "an object", _response_201)

            try:
                response_201 = Meeting.from_dict(_response_201)
            except (KeyError, TypeError, ValueError) as exc:  # KeyError: a required field typed Any, missing
                from ...errors import bad_value  # noqa: PLC0415

                raise bad_value("Meeting", "", exc) from None

            return response_201

        except (KeyError, TypeError, ValueError, AttributeError, RecursionError) as exc:
            raise errors.response_validation_error(response, "createMeeting", exc) from exc
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
    if response.status_code == 403:
        try:
            _response_403 = response.json()
            response_403: Error
            if not isinstance(_response_403, dict):
                from ...errors import wrong_type  # noqa: PLC0415

                raise wrong_type("Error", "", "an object", _response_403)

            try:
                response_403 = Error.from_dict(_response_403)
            except (KeyError, TypeError, ValueError) as exc:  # KeyError: a required field typed Any, missing
                from ...errors import bad_value  # noqa: PLC0415

                raise bad_value("Error", "", exc) from None

            return response_403

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


def _parse_ok(response: httpx.Response) -> Meeting:
    """The success reply's model, for any 2xx; a body that is not it raises `errors.APIResponseValidationError`."""
    try:
        _response_201 = response.json()
        response_201: Meeting
        if not isinstance(_response_201, dict):
            from ...errors import wrong_type  # noqa: PLC0415

            raise wrong_type("Meeting", "", "an object", _response_201)

        try:
            response_201 = Meeting.from_dict(_response_201)
        except (KeyError, TypeError, ValueError) as exc:  # KeyError: a required field typed Any, missing
            from ...errors import bad_value  # noqa: PLC0415

            raise bad_value("Meeting", "", exc) from None

        return response_201

    except (KeyError, TypeError, ValueError, AttributeError, RecursionError) as exc:
        raise errors.response_validation_error(response, "createMeeting", exc) from exc


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | Meeting | RateLimitError]:
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
    body: CreateMeetingRequest,
) -> Response[Error | Meeting | RateLimitError]:
    """Create a meeting

     Creates a transient room that can be joined from now until `endDate`. One
    hour after `endDate` the room is deactivated and it is deleted within a
    day. `endDate` does not end a running session; delete the meeting for that.

    Args:
        body (CreateMeetingRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.APIResponseValidationError: If a 2xx reply's body does not fit its model (status, operation and body kept).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Meeting | RateLimitError]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: CreateMeetingRequest,
) -> Error | Meeting | RateLimitError | None:
    """Create a meeting

     Creates a transient room that can be joined from now until `endDate`. One
    hour after `endDate` the room is deactivated and it is deleted within a
    day. `endDate` does not end a running session; delete the meeting for that.

    Args:
        body (CreateMeetingRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.APIResponseValidationError: If a 2xx reply's body does not fit its model (status, operation and body kept).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Meeting | RateLimitError
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: CreateMeetingRequest,
) -> Response[Error | Meeting | RateLimitError]:
    """Create a meeting

     Creates a transient room that can be joined from now until `endDate`. One
    hour after `endDate` the room is deactivated and it is deleted within a
    day. `endDate` does not end a running session; delete the meeting for that.

    Args:
        body (CreateMeetingRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.APIResponseValidationError: If a 2xx reply's body does not fit its model (status, operation and body kept).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Meeting | RateLimitError]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: CreateMeetingRequest,
) -> Error | Meeting | RateLimitError | None:
    """Create a meeting

     Creates a transient room that can be joined from now until `endDate`. One
    hour after `endDate` the room is deactivated and it is deleted within a
    day. `endDate` does not end a running session; delete the meeting for that.

    Args:
        body (CreateMeetingRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.APIResponseValidationError: If a 2xx reply's body does not fit its model (status, operation and body kept).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Meeting | RateLimitError
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
