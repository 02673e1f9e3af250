"""Room themes: colours, logo and backgrounds, set per room name."""

from __future__ import annotations

from typing import Any

from . import Context, Reply, handles


def _theme(ctx: Context) -> dict[str, Any]:
    return ctx.store.themes.setdefault(ctx.params["roomName"], {})


def _image_or_preset(ctx: Context, key: str) -> Reply:
    if ctx.form:
        upload = ctx.form["image"]
        _theme(ctx)[key] = {"image": {"filename": upload["filename"], "size": upload["size"]}}
    else:
        _theme(ctx)[key] = {"preset": ctx.body}
    return 204, None


@handles("setRoomColors")
def set_room_colors(ctx: Context) -> Reply:
    _theme(ctx)["tokens"] = ctx.body or {}
    return 204, None


@handles("setRoomLogo")
def set_room_logo(ctx: Context) -> Reply:
    return _image_or_preset(ctx, "logo")


@handles("setRoomBackground")
def set_room_background(ctx: Context) -> Reply:
    return _image_or_preset(ctx, "roomBackground")


@handles("setRoomKnockPageBackground")
def set_room_knock_page_background(ctx: Context) -> Reply:
    return _image_or_preset(ctx, "knockPageBackground")
