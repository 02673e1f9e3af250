"""The admin API refuses what it cannot honour with a 400 naming the field, and changes nothing.

Sessions and recordings added for a test have bounded sizes (MINUTES, PARTICIPANTS, COUNT in
sandbox/app.py): large enough for any test, small enough that one request cannot overflow a date
or keep the server busy.
"""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from tests.sandbox.conftest import DEV_TOKEN, RunningSandbox

AUTH = {"Authorization": f"Bearer {DEV_TOKEN}"}

ROOM = "/admin-bounds"

BAD: list[tuple[str, str, bytes]] = [
    # (route, field, member): raw bytes, since NaN and Infinity are not JSON but Python reads them
    ("sessions", "minutes", b'"minutes": 1e20'),
    ("sessions", "minutes", b'"minutes": 100000000000000000000000000000'),
    ("sessions", "minutes", b'"minutes": Infinity'),
    ("sessions", "minutes", b'"minutes": -Infinity'),
    ("sessions", "minutes", b'"minutes": NaN'),
    ("sessions", "minutes", b'"minutes": 1e400'),
    ("sessions", "minutes", b'"minutes": -5'),
    ("sessions", "minutes", b'"minutes": 0'),
    ("sessions", "minutes", b'"minutes": 1441'),
    ("sessions", "minutes", b'"minutes": 2.5'),
    ("sessions", "minutes", b'"minutes": "30"'),
    ("sessions", "minutes", b'"minutes": true'),
    ("sessions", "participants", b'"participants": -1'),
    ("sessions", "participants", b'"participants": 1001'),
    ("sessions", "participants", b'"participants": Infinity'),
    ("sessions", "ratings", b'"ratings": "no"'),
    ("sessions", "roomName", b'"roomName": 7'),
    ("recordings", "minutes", b'"minutes": 1e20'),
    ("recordings", "minutes", b'"minutes": NaN'),
    ("recordings", "count", b'"count": Infinity'),
    ("recordings", "count", b'"count": 1e9'),
    ("recordings", "count", b'"count": -1'),
    ("recordings", "wherebyHosted", b'"wherebyHosted": "yes"'),
]


@pytest.mark.parametrize(("route", "field", "member"), BAD, ids=[f"{r} {m.decode()}" for r, _, m in BAD])
def test_an_admin_value_out_of_bounds_is_a_400_naming_the_field(
    route: str, field: str, member: bytes, shared_sandbox: RunningSandbox
) -> None:
    before = _made(shared_sandbox)
    body = b'{"roomName": "%s", %s}' % (ROOM.encode(), member)  # a later roomName wins
    response = shared_sandbox.admin("POST", route, content=body)
    assert response.status_code == 400, response.text
    assert response.json()["field"] == field, response.json()
    assert response.json()["error"].startswith(f"{field}: "), response.json()
    assert _made(shared_sandbox) == before  # nothing was added on the way to the refusal
    assert shared_sandbox.admin("GET", "health").status_code == 200


@pytest.mark.parametrize(
    ("route", "spec"),
    [
        ("sessions", {"minutes": 1, "participants": 0}),
        ("sessions", {"minutes": 1440, "participants": 1000, "ratings": True}),
        ("sessions", {"minutes": 30.0}),
        ("recordings", {"count": 0}),
        ("recordings", {"count": 2, "minutes": 1440, "wherebyHosted": False}),
    ],
)
def test_the_bounds_themselves_are_accepted(route: str, spec: dict[str, Any], shared_sandbox: RunningSandbox) -> None:
    before = _made(shared_sandbox)
    response = shared_sandbox.admin("POST", route, json={"roomName": ROOM, **spec})
    assert response.status_code == 201, response.text
    assert _made(shared_sandbox) != before or spec.get("count") == 0


def _made(server: RunningSandbox) -> tuple[int, int]:
    """How many recordings and room sessions ROOM has."""
    counts = []
    for path in ("/recordings", "/insights/room-sessions"):
        listed = httpx.get(server.base_url + path, params={"roomName": ROOM, "limit": 100}, headers=AUTH, timeout=10)
        assert listed.status_code == 200, listed.text
        counts.append(len(listed.json()["results"]))
    return counts[0], counts[1]
