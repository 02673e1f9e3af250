"""The sandbox refuses what the contract refuses, with a 400 that names the field.

The checks come from openapi.yaml itself; these cases prove the wiring for each kind of input.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import httpx
import pytest

from tests.sandbox.conftest import DEV_TOKEN, RunningSandbox

AUTH = {"Authorization": f"Bearer {DEV_TOKEN}"}
LATER = (datetime.now(UTC) + timedelta(days=1)).isoformat()

BAD_REQUESTS: list[tuple[str, str, str, dict[str, Any], str]] = [
    # (case, method, path, httpx kwargs, field named in the error)
    ("missing required field", "POST", "/meetings", {"json": {"roomMode": "group"}}, "endDate"),
    ("date that is not a date", "POST", "/meetings", {"json": {"endDate": "tomorrow"}}, "endDate"),
    ("date with a space for the T", "POST", "/meetings", {"json": {"endDate": "2030-01-01 10:00:00"}}, "endDate"),
    ("date in the past", "POST", "/meetings", {"json": {"endDate": "2020-01-01T10:00:00Z"}}, "endDate"),
    ("unknown enum value", "POST", "/meetings", {"json": {"endDate": LATER, "roomMode": "huge"}}, "roomMode"),
    (
        "nested enum value",
        "POST",
        "/meetings",
        {"json": {"endDate": LATER, "recording": {"type": "tape"}}},
        "recording.type",
    ),
    (
        "prefix too long",
        "POST",
        "/meetings",
        {"json": {"endDate": LATER, "roomNamePrefix": "x" * 40}},
        "roomNamePrefix",
    ),
    ("wrong JSON type", "POST", "/recordings/bulk-delete", {"json": {"recordingIds": "r1"}}, "recordingIds"),
    (
        "not JSON at all",
        "POST",
        "/transcriptions",
        {"content": b"{nope", "headers": {"content-type": "application/json"}},
        "body",
    ),
    ("limit below its minimum", "GET", "/meetings?limit=0", {}, "limit"),
    ("limit that is not a number", "GET", "/recordings?limit=ten", {}, "limit"),
    ("unknown fields value", "GET", "/meetings?fields=hostRoomUrl,secretUrl", {}, "fields.1"),
    ("sortBy outside its enum", "GET", "/recordings?sortBy=size:up", {}, "sortBy"),
    ("missing required query parameter", "GET", "/insights/room-sessions", {}, "roomName"),
    (
        "bad colour",
        "PUT",
        "/rooms/acme/theme/tokens",
        {"json": {"tokens": {"colors": {"primary": "red"}}}},
        "tokens.colors.primary",
    ),
    (
        "wrong content type",
        "PUT",
        "/rooms/acme/theme/logo",
        {"content": b"x", "headers": {"content-type": "image/png"}},
        "Content-Type",
    ),
    (
        "multipart without the image part",
        "PUT",
        "/rooms/acme/theme/logo",
        {"files": {"picture": ("a.png", b"x")}},
        "image",
    ),
    (
        "deepObject value of the wrong format",
        "GET",
        "/insights/rooms?createdAt%5Bfrom%5D=yesterday",
        {},
        "createdAt.from",
    ),
]


@pytest.mark.parametrize("case", [c[0] for c in BAD_REQUESTS])
def test_a_bad_request_gets_400_naming_the_field(case: str, shared_sandbox: RunningSandbox) -> None:
    _, method, path, template, field = next(c for c in BAD_REQUESTS if c[0] == case)
    kwargs = dict(template)
    headers = {**AUTH, **kwargs.pop("headers", {})}
    response = httpx.request(method, shared_sandbox.base_url + path, headers=headers, timeout=10, **kwargs)
    assert response.status_code == 400, response.text
    body = response.json()
    assert body["field"] == field, body
    assert body["error"].startswith(field), body


def test_a_valid_request_with_every_kind_of_input_is_accepted(shared_sandbox: RunningSandbox) -> None:
    response = httpx.get(
        shared_sandbox.base_url + "/insights/rooms",
        params={"roomName[startsWith]": "/", "createdAt[from]": "2020-01-01T00:00:00Z", "limit": "5"},
        headers=AUTH,
    )
    assert response.status_code == 200
    assert len(response.json()["results"]) <= 5


@pytest.mark.parametrize(
    ("headers", "reason"),
    [
        ({}, "missing bearer token"),
        ({"Authorization": "Bearer nope"}, "unknown"),
        ({"Authorization": DEV_TOKEN}, "unknown"),
    ],
)
def test_a_missing_or_unknown_key_gets_401(
    headers: dict[str, str], reason: str, shared_sandbox: RunningSandbox
) -> None:
    response = httpx.get(shared_sandbox.base_url + "/meetings", headers=headers)
    assert response.status_code == 401
    assert reason in response.json()["error"]


def test_a_room_name_with_or_without_its_slash_is_the_same_room(shared_sandbox: RunningSandbox) -> None:
    for path in ("/rooms/slash-room/theme/tokens", "/rooms/%2Fslash-room/theme/tokens"):
        response = httpx.put(shared_sandbox.base_url + path, json={"tokensPreset": "default"}, headers=AUTH)
        assert response.status_code == 204


def test_an_unknown_path_is_404_and_a_wrong_method_405(shared_sandbox: RunningSandbox) -> None:
    assert httpx.get(shared_sandbox.base_url + "/rooms", headers=AUTH).status_code == 404
    assert httpx.patch(shared_sandbox.base_url + "/meetings/1", headers=AUTH).status_code == 405
