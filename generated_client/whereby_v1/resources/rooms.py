"""The `rooms` resource of the client: `client.rooms.<method>(...)`.

Per-room branding (colours, logo, backgrounds); overrides the dashboard defaults.

Generated from openapi.yaml by `python -m generator generate`; do not edit.
"""

from __future__ import annotations

import builtins  # noqa: F401  (annotations name builtins.list: `list` is a method here)
import datetime  # noqa: F401
from collections.abc import Mapping, Sequence  # noqa: F401
from typing import Any, Literal, cast  # noqa: F401

from ..api.rooms import set_room_background, set_room_colors, set_room_knock_page_background, set_room_logo
from ..models.background_palette import BackgroundPalette
from ..models.background_preset_request import BackgroundPresetRequest
from ..models.background_theme import BackgroundTheme
from ..models.set_room_colors_request import SetRoomColorsRequest
from ..models.theme_image_upload import ThemeImageUpload
from ..models.theme_logo_preset import ThemeLogoPreset
from ..models.theme_logo_preset_request import ThemeLogoPresetRequest
from ..models.theme_tokens import ThemeTokens
from ..models.tokens_preset import TokensPreset
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

__all__ = ["Rooms", "AsyncRooms", "RoomsWithRawResponse", "AsyncRoomsWithRawResponse"]


def _set_colors_request(
    room_name: str,
    *,
    tokens: ThemeTokens | Unset,
    tokens_preset: TokensPreset | Literal["custom", "default"] | Unset,
) -> dict[str, Any]:
    return set_room_colors._get_kwargs(
        room_name,
        body=SetRoomColorsRequest(
            tokens=UNSET if isinstance(tokens, Unset) else typed(tokens, "tokens", ThemeTokens, "a ThemeTokens"),
            tokens_preset=UNSET
            if isinstance(tokens_preset, Unset)
            else enum_value(TokensPreset, tokens_preset, "tokens_preset"),
        ),
    )


def _set_logo_request(
    room_name: str,
    *,
    image: FileInput | Unset,
    theme: ThemeLogoPreset | Literal["default"] | Unset,
) -> dict[str, Any]:
    body: Any = None
    if not isinstance(image, Unset):
        if not isinstance(theme, Unset):
            raise TypeError("setRoomLogo: image cannot be combined with theme; give one form of the body")
        if isinstance(image, Unset):
            raise TypeError("setRoomLogo: image is required with image")
        body = ThemeImageUpload(image=UNSET if isinstance(image, Unset) else file_input(image, "image"))
    if not isinstance(theme, Unset):
        if not isinstance(image, Unset):
            raise TypeError("setRoomLogo: theme cannot be combined with image; give one form of the body")
        if isinstance(theme, Unset):
            raise TypeError("setRoomLogo: theme is required with theme")
        body = ThemeLogoPresetRequest(
            theme=UNSET if isinstance(theme, Unset) else enum_value(ThemeLogoPreset, theme, "theme")
        )
    if body is None:
        raise TypeError("setRoomLogo: give (image) or (theme)")
    return set_room_logo._get_kwargs(room_name, body=body)


def _set_background_request(
    room_name: str,
    *,
    image: FileInput | Unset,
    palette: BackgroundPalette | Literal["default", "grey", "purple", "burgund"] | Unset,
    theme: BackgroundTheme | Literal["default", "mountains", "characters", "rocks"] | Unset,
) -> dict[str, Any]:
    body: Any = None
    if not isinstance(image, Unset):
        if not isinstance(palette, Unset) or not isinstance(theme, Unset):
            raise TypeError(
                "setRoomBackground: image cannot be combined with palette, theme; give one form of the body"
            )
        if isinstance(image, Unset):
            raise TypeError("setRoomBackground: image is required with image")
        body = ThemeImageUpload(image=UNSET if isinstance(image, Unset) else file_input(image, "image"))
    if not isinstance(palette, Unset) or not isinstance(theme, Unset):
        if not isinstance(image, Unset):
            raise TypeError(
                "setRoomBackground: palette, theme cannot be combined with image; give one form of the body"
            )
        body = BackgroundPresetRequest(
            palette=UNSET if isinstance(palette, Unset) else enum_value(BackgroundPalette, palette, "palette"),
            theme=UNSET if isinstance(theme, Unset) else enum_value(BackgroundTheme, theme, "theme"),
        )
    if body is None:
        raise TypeError("setRoomBackground: give (image) or (palette, theme)")
    return set_room_background._get_kwargs(room_name, body=body)


def _set_knock_page_background_request(
    room_name: str,
    *,
    image: FileInput | Unset,
    palette: BackgroundPalette | Literal["default", "grey", "purple", "burgund"] | Unset,
    theme: BackgroundTheme | Literal["default", "mountains", "characters", "rocks"] | Unset,
) -> dict[str, Any]:
    body: Any = None
    if not isinstance(image, Unset):
        if not isinstance(palette, Unset) or not isinstance(theme, Unset):
            raise TypeError(
                "setRoomKnockPageBackground: image cannot be combined with palette, theme; give one form of the body"
            )
        if isinstance(image, Unset):
            raise TypeError("setRoomKnockPageBackground: image is required with image")
        body = ThemeImageUpload(image=UNSET if isinstance(image, Unset) else file_input(image, "image"))
    if not isinstance(palette, Unset) or not isinstance(theme, Unset):
        if not isinstance(image, Unset):
            raise TypeError(
                "setRoomKnockPageBackground: palette, theme cannot be combined with image; give one form of the body"
            )
        body = BackgroundPresetRequest(
            palette=UNSET if isinstance(palette, Unset) else enum_value(BackgroundPalette, palette, "palette"),
            theme=UNSET if isinstance(theme, Unset) else enum_value(BackgroundTheme, theme, "theme"),
        )
    if body is None:
        raise TypeError("setRoomKnockPageBackground: give (image) or (palette, theme)")
    return set_room_knock_page_background._get_kwargs(room_name, body=body)


class Rooms(SyncResource):
    """Per-room branding (colours, logo, backgrounds); overrides the dashboard defaults."""

    def set_colors(
        self,
        room_name: str,
        *,
        tokens: ThemeTokens | Unset = UNSET,
        tokens_preset: TokensPreset | Literal["custom", "default"] | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> None:
        """Set a room's colours

        `PUT /v1/rooms/{roomName}/theme/tokens`, 3 points of the rate-limit budget.

        Sets the primary, secondary and focus colours of one room, or returns it
        to the organisation's colours with `tokensPreset: default`.

        Args:
            room_name: The room to change. Room names are returned with a leading `/`; the client drops one leading slash and percent-encodes the rest as a single path segment, so `/acme-793e...` becomes `/rooms/acme-793e.../theme/...`. A name without the slash is sent unchanged apart from encoding.
            tokens: see `ThemeTokens`
            tokens_preset: `custom` applies the given colours; `default` (or leaving it out) uses the organisation colours.
            extra_headers: headers to send with this call only.
            timeout: this call's timeout (seconds or an `httpx.Timeout`), instead of the client's.

        Returns:
            None (the API answers 204 No Content).

        Raises:
            APIStatusError: the API replied with an error status (NotFoundError, RateLimitedError, ...).
            APIConnectionError: no usable reply; `may_have_run` says whether the server may have acted.
        """
        response = self._send(
            _set_colors_request(
                room_name,
                tokens=tokens,
                tokens_preset=tokens_preset,
            ),
            extra_headers,
            timeout,
        )
        return self._result(response, lambda _: None)

    def set_logo(
        self,
        room_name: str,
        *,
        image: FileInput | Unset = UNSET,
        theme: ThemeLogoPreset | Literal["default"] | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> None:
        """Set a room's logo

        `PUT /v1/rooms/{roomName}/theme/logo`, 3 points of the rate-limit budget.

        Uploads a logo image for one room (a PNG at least 400 px wide works
        best), or restores the default logo with the JSON form.

        Args:
            room_name: The room to change. Room names are returned with a leading `/`; the client drops one leading slash and percent-encodes the rest as a single path segment, so `/acme-793e...` becomes `/rooms/acme-793e.../theme/...`. A name without the slash is sent unchanged apart from encoding.
            image: The image file; PNG recommended.
            theme: see `ThemeLogoPreset`
            extra_headers: headers to send with this call only.
            timeout: this call's timeout (seconds or an `httpx.Timeout`), instead of the client's.

        Returns:
            None (the API answers 204 No Content).

        Raises:
            APIStatusError: the API replied with an error status (NotFoundError, RateLimitedError, ...).
            APIConnectionError: no usable reply; `may_have_run` says whether the server may have acted.
        """
        response = self._send(
            _set_logo_request(
                room_name,
                image=image,
                theme=theme,
            ),
            extra_headers,
            timeout,
        )
        return self._result(response, lambda _: None)

    def set_background(
        self,
        room_name: str,
        *,
        image: FileInput | Unset = UNSET,
        palette: BackgroundPalette | Literal["default", "grey", "purple", "burgund"] | Unset = UNSET,
        theme: BackgroundTheme | Literal["default", "mountains", "characters", "rocks"] | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> None:
        """Set a room's background

        `PUT /v1/rooms/{roomName}/theme/room-background`, 3 points of the rate-limit budget.

        Uploads the in-room background image (a PNG at least 1400 px wide and
        at most 600 kB works best), or picks a built-in palette and theme.

        Args:
            room_name: The room to change. Room names are returned with a leading `/`; the client drops one leading slash and percent-encodes the rest as a single path segment, so `/acme-793e...` becomes `/rooms/acme-793e.../theme/...`. A name without the slash is sent unchanged apart from encoding.
            image: The image file; PNG recommended.
            palette: Built-in colour palette (`burgund` is the API's spelling).
            theme: Built-in background artwork.
            extra_headers: headers to send with this call only.
            timeout: this call's timeout (seconds or an `httpx.Timeout`), instead of the client's.

        Returns:
            None (the API answers 204 No Content).

        Raises:
            APIStatusError: the API replied with an error status (NotFoundError, RateLimitedError, ...).
            APIConnectionError: no usable reply; `may_have_run` says whether the server may have acted.
        """
        response = self._send(
            _set_background_request(
                room_name,
                image=image,
                palette=palette,
                theme=theme,
            ),
            extra_headers,
            timeout,
        )
        return self._result(response, lambda _: None)

    def set_knock_page_background(
        self,
        room_name: str,
        *,
        image: FileInput | Unset = UNSET,
        palette: BackgroundPalette | Literal["default", "grey", "purple", "burgund"] | Unset = UNSET,
        theme: BackgroundTheme | Literal["default", "mountains", "characters", "rocks"] | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> None:
        """Set a room's knock-page background

        `PUT /v1/rooms/{roomName}/theme/room-knock-page-background`, 3 points of the rate-limit budget.

        Uploads the background shown while guests wait to be let in, or picks
        a built-in palette and theme. Same body forms as the room background.

        Args:
            room_name: The room to change. Room names are returned with a leading `/`; the client drops one leading slash and percent-encodes the rest as a single path segment, so `/acme-793e...` becomes `/rooms/acme-793e.../theme/...`. A name without the slash is sent unchanged apart from encoding.
            image: The image file; PNG recommended.
            palette: Built-in colour palette (`burgund` is the API's spelling).
            theme: Built-in background artwork.
            extra_headers: headers to send with this call only.
            timeout: this call's timeout (seconds or an `httpx.Timeout`), instead of the client's.

        Returns:
            None (the API answers 204 No Content).

        Raises:
            APIStatusError: the API replied with an error status (NotFoundError, RateLimitedError, ...).
            APIConnectionError: no usable reply; `may_have_run` says whether the server may have acted.
        """
        response = self._send(
            _set_knock_page_background_request(
                room_name,
                image=image,
                palette=palette,
                theme=theme,
            ),
            extra_headers,
            timeout,
        )
        return self._result(response, lambda _: None)


class AsyncRooms(AsyncResource):
    """Per-room branding (colours, logo, backgrounds); overrides the dashboard defaults."""

    async def set_colors(
        self,
        room_name: str,
        *,
        tokens: ThemeTokens | Unset = UNSET,
        tokens_preset: TokensPreset | Literal["custom", "default"] | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> None:
        """Set a room's colours

        `PUT /v1/rooms/{roomName}/theme/tokens`, 3 points of the rate-limit budget.

        Sets the primary, secondary and focus colours of one room, or returns it
        to the organisation's colours with `tokensPreset: default`.

        Args:
            room_name: The room to change. Room names are returned with a leading `/`; the client drops one leading slash and percent-encodes the rest as a single path segment, so `/acme-793e...` becomes `/rooms/acme-793e.../theme/...`. A name without the slash is sent unchanged apart from encoding.
            tokens: see `ThemeTokens`
            tokens_preset: `custom` applies the given colours; `default` (or leaving it out) uses the organisation colours.
            extra_headers: headers to send with this call only.
            timeout: this call's timeout (seconds or an `httpx.Timeout`), instead of the client's.

        Returns:
            None (the API answers 204 No Content).

        Raises:
            APIStatusError: the API replied with an error status (NotFoundError, RateLimitedError, ...).
            APIConnectionError: no usable reply; `may_have_run` says whether the server may have acted.
        """
        response = await self._send(
            _set_colors_request(
                room_name,
                tokens=tokens,
                tokens_preset=tokens_preset,
            ),
            extra_headers,
            timeout,
        )
        return self._result(response, lambda _: None)

    async def set_logo(
        self,
        room_name: str,
        *,
        image: FileInput | Unset = UNSET,
        theme: ThemeLogoPreset | Literal["default"] | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> None:
        """Set a room's logo

        `PUT /v1/rooms/{roomName}/theme/logo`, 3 points of the rate-limit budget.

        Uploads a logo image for one room (a PNG at least 400 px wide works
        best), or restores the default logo with the JSON form.

        Args:
            room_name: The room to change. Room names are returned with a leading `/`; the client drops one leading slash and percent-encodes the rest as a single path segment, so `/acme-793e...` becomes `/rooms/acme-793e.../theme/...`. A name without the slash is sent unchanged apart from encoding.
            image: The image file; PNG recommended.
            theme: see `ThemeLogoPreset`
            extra_headers: headers to send with this call only.
            timeout: this call's timeout (seconds or an `httpx.Timeout`), instead of the client's.

        Returns:
            None (the API answers 204 No Content).

        Raises:
            APIStatusError: the API replied with an error status (NotFoundError, RateLimitedError, ...).
            APIConnectionError: no usable reply; `may_have_run` says whether the server may have acted.
        """
        response = await self._send(
            _set_logo_request(
                room_name,
                image=image,
                theme=theme,
            ),
            extra_headers,
            timeout,
        )
        return self._result(response, lambda _: None)

    async def set_background(
        self,
        room_name: str,
        *,
        image: FileInput | Unset = UNSET,
        palette: BackgroundPalette | Literal["default", "grey", "purple", "burgund"] | Unset = UNSET,
        theme: BackgroundTheme | Literal["default", "mountains", "characters", "rocks"] | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> None:
        """Set a room's background

        `PUT /v1/rooms/{roomName}/theme/room-background`, 3 points of the rate-limit budget.

        Uploads the in-room background image (a PNG at least 1400 px wide and
        at most 600 kB works best), or picks a built-in palette and theme.

        Args:
            room_name: The room to change. Room names are returned with a leading `/`; the client drops one leading slash and percent-encodes the rest as a single path segment, so `/acme-793e...` becomes `/rooms/acme-793e.../theme/...`. A name without the slash is sent unchanged apart from encoding.
            image: The image file; PNG recommended.
            palette: Built-in colour palette (`burgund` is the API's spelling).
            theme: Built-in background artwork.
            extra_headers: headers to send with this call only.
            timeout: this call's timeout (seconds or an `httpx.Timeout`), instead of the client's.

        Returns:
            None (the API answers 204 No Content).

        Raises:
            APIStatusError: the API replied with an error status (NotFoundError, RateLimitedError, ...).
            APIConnectionError: no usable reply; `may_have_run` says whether the server may have acted.
        """
        response = await self._send(
            _set_background_request(
                room_name,
                image=image,
                palette=palette,
                theme=theme,
            ),
            extra_headers,
            timeout,
        )
        return self._result(response, lambda _: None)

    async def set_knock_page_background(
        self,
        room_name: str,
        *,
        image: FileInput | Unset = UNSET,
        palette: BackgroundPalette | Literal["default", "grey", "purple", "burgund"] | Unset = UNSET,
        theme: BackgroundTheme | Literal["default", "mountains", "characters", "rocks"] | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> None:
        """Set a room's knock-page background

        `PUT /v1/rooms/{roomName}/theme/room-knock-page-background`, 3 points of the rate-limit budget.

        Uploads the background shown while guests wait to be let in, or picks
        a built-in palette and theme. Same body forms as the room background.

        Args:
            room_name: The room to change. Room names are returned with a leading `/`; the client drops one leading slash and percent-encodes the rest as a single path segment, so `/acme-793e...` becomes `/rooms/acme-793e.../theme/...`. A name without the slash is sent unchanged apart from encoding.
            image: The image file; PNG recommended.
            palette: Built-in colour palette (`burgund` is the API's spelling).
            theme: Built-in background artwork.
            extra_headers: headers to send with this call only.
            timeout: this call's timeout (seconds or an `httpx.Timeout`), instead of the client's.

        Returns:
            None (the API answers 204 No Content).

        Raises:
            APIStatusError: the API replied with an error status (NotFoundError, RateLimitedError, ...).
            APIConnectionError: no usable reply; `may_have_run` says whether the server may have acted.
        """
        response = await self._send(
            _set_knock_page_background_request(
                room_name,
                image=image,
                palette=palette,
                theme=theme,
            ),
            extra_headers,
            timeout,
        )
        return self._result(response, lambda _: None)


class RoomsWithRawResponse:
    """`client.with_raw_response.rooms`: the same methods, each returning a `RawResponse`."""

    def __init__(self, client: Any) -> None:
        raw = Rooms(client, raw=True)
        self.set_colors = raw_method(raw.set_colors)
        self.set_logo = raw_method(raw.set_logo)
        self.set_background = raw_method(raw.set_background)
        self.set_knock_page_background = raw_method(raw.set_knock_page_background)


class AsyncRoomsWithRawResponse:
    """`client.with_raw_response.rooms` of `AsyncWhereby`: each method returns a `RawResponse`."""

    def __init__(self, client: Any) -> None:
        raw = AsyncRooms(client, raw=True)
        plain = AsyncRooms(client)
        self.set_colors = async_raw_method(raw.set_colors)
        self.set_logo = async_raw_method(raw.set_logo)
        self.set_background = async_raw_method(raw.set_background)
        self.set_knock_page_background = async_raw_method(raw.set_knock_page_background)
