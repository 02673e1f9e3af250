from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ..._wire import path_segment, query
from ...client import AuthenticatedClient, Client
from ...models.access_link import AccessLink
from ...models.error import Error
from ...models.rate_limit_error import RateLimitError
from ...types import Response, Unset


def _get_kwargs(
    transcription_id: str,
    *,
    valid_for_seconds: int | Unset = 3600,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["validForSeconds"] = valid_for_seconds

    params = query(params)

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/transcriptions/{transcription_id}/access-link".format(
            transcription_id=path_segment("transcriptionId", transcription_id),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AccessLink | Error | RateLimitError | None:
    if response.status_code == 200:
        try:
            _response_200 = response.json()
            response_200: AccessLink
            if not isinstance(_response_200, dict):
                from ...errors import wrong_type  # noqa: PLC0415

                raise wrong_type("AccessLink", "", "an object", _response_200)

            try:
                response_200 = AccessLink.from_dict(_response_200)
            except (KeyError, TypeError, ValueError) as exc:  # KeyError: a required field typed Any, missing
                from ...errors import bad_value  # noqa: PLC0415

                raise bad_value("AccessLink", "", exc) from None

            return response_200

        except (KeyError, TypeError, ValueError, AttributeError, RecursionError) as exc:
            raise errors.response_validation_error(response, "getTranscriptionAccessLink", exc) from exc
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


def _parse_ok(response: httpx.Response) -> AccessLink:
    """The success reply's model, for any 2xx; a body that is not it raises `errors.APIResponseValidationError`."""
    try:
        _response_200 = response.json()
        response_200: AccessLink
        if not isinstance(_response_200, dict):
            from ...errors import wrong_type  # noqa: PLC0415

            raise wrong_type("AccessLink", "", "an object", _response_200)

        try:
            response_200 = AccessLink.from_dict(_response_200)
        except (KeyError, TypeError, ValueError) as exc:  # KeyError: a required field typed Any, missing
            from ...errors import bad_value  # noqa: PLC0415

            raise bad_value("AccessLink", "", exc) from None

        return response_200

    except (KeyError, TypeError, ValueError, AttributeError, RecursionError) as exc:
        raise errors.response_validation_error(response, "getTranscriptionAccessLink", exc) from exc


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[AccessLink | Error | RateLimitError]:
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
    transcription_id: str,
    *,
    client: AuthenticatedClient,
    valid_for_seconds: int | Unset = 3600,
) -> Response[AccessLink | Error | RateLimitError]:
    """Get a download link for a transcript

     Returns a time-limited pre-signed URL for downloading the transcript
    (a Markdown file). Works only for Whereby-hosted transcripts; others give 403.

    Args:
        transcription_id (str):
        valid_for_seconds (int | Unset):  Default: 3600.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.APIResponseValidationError: If a 2xx reply's body does not fit its model (status, operation and body kept).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AccessLink | Error | RateLimitError]
    """

    kwargs = _get_kwargs(
        transcription_id=transcription_id,
        valid_for_seconds=valid_for_seconds,
    )

    response = client.get_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


def sync(
    transcription_id: str,
    *,
    client: AuthenticatedClient,
    valid_for_seconds: int | Unset = 3600,
) -> AccessLink | Error | RateLimitError | None:
    """Get a download link for a transcript

     Returns a time-limited pre-signed URL for downloading the transcript
    (a Markdown file). Works only for Whereby-hosted transcripts; others give 403.

    Args:
        transcription_id (str):
        valid_for_seconds (int | Unset):  Default: 3600.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.APIResponseValidationError: If a 2xx reply's body does not fit its model (status, operation and body kept).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AccessLink | Error | RateLimitError
    """

    return sync_detailed(
        transcription_id=transcription_id,
        client=client,
        valid_for_seconds=valid_for_seconds,
    ).parsed


async def asyncio_detailed(
    transcription_id: str,
    *,
    client: AuthenticatedClient,
    valid_for_seconds: int | Unset = 3600,
) -> Response[AccessLink | Error | RateLimitError]:
    """Get a download link for a transcript

     Returns a time-limited pre-signed URL for downloading the transcript
    (a Markdown file). Works only for Whereby-hosted transcripts; others give 403.

    Args:
        transcription_id (str):
        valid_for_seconds (int | Unset):  Default: 3600.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.APIResponseValidationError: If a 2xx reply's body does not fit its model (status, operation and body kept).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AccessLink | Error | RateLimitError]
    """

    kwargs = _get_kwargs(
        transcription_id=transcription_id,
        valid_for_seconds=valid_for_seconds,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    transcription_id: str,
    *,
    client: AuthenticatedClient,
    valid_for_seconds: int | Unset = 3600,
) -> AccessLink | Error | RateLimitError | None:
    """Get a download link for a transcript

     Returns a time-limited pre-signed URL for downloading the transcript
    (a Markdown file). Works only for Whereby-hosted transcripts; others give 403.

    Args:
        transcription_id (str):
        valid_for_seconds (int | Unset):  Default: 3600.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.APIResponseValidationError: If a 2xx reply's body does not fit its model (status, operation and body kept).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AccessLink | Error | RateLimitError
    """

    return (
        await asyncio_detailed(
            transcription_id=transcription_id,
            client=client,
            valid_for_seconds=valid_for_seconds,
        )
    ).parsed
