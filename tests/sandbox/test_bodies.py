"""Bodies the sandbox cannot read are 400s that say why, on the API and the admin API alike.

JSON on the wire is UTF-8 (RFC 8259 §8.1); anything nested deeper than the sandbox reads, or
holding what JSON cannot carry (NaN, Infinity, lone surrogates), is refused before any handler
sees it. After every refusal the sandbox goes on serving.
"""

from __future__ import annotations

import codecs
import json
from datetime import UTC, datetime, timedelta

import httpx
import pytest

from tests.sandbox.conftest import DEV_TOKEN, RunningSandbox

AUTH = {"Authorization": f"Bearer {DEV_TOKEN}", "Content-Type": "application/json"}
LATER = (datetime.now(UTC) + timedelta(days=1)).isoformat()
MEETING = json.dumps({"endDate": LATER})

# (where, method, path): one route that reads a JSON body in each part of the sandbox
ROUTES = [
    ("api", "POST", "/v1/meetings"),
    ("admin faults", "PUT", "/_sandbox/faults"),
    ("admin sessions", "POST", "/_sandbox/sessions"),
    ("admin replies", "PUT", "/_sandbox/replies/getMeeting"),
]


def _send(server: RunningSandbox, method: str, path: str, body: bytes) -> httpx.Response:
    return httpx.request(method, server.root_url + path, content=body, headers=AUTH, timeout=30)


def _still_serving(server: RunningSandbox) -> None:
    assert httpx.get(server.base_url + "/meetings", headers=AUTH, timeout=10).status_code == 200


def _refused(response: httpx.Response, field: str, *words: str) -> None:
    assert response.status_code == 400, response.text
    body = response.json()
    assert body["field"] == field, body
    assert body["error"].startswith(f"{field}: "), body
    for word in words:
        assert word in body["error"], body


@pytest.mark.parametrize(
    "body",
    [b"[" * 100_000 + b"]" * 100_000, b'{"a": ' * 100_000 + b"1" + b"}" * 100_000],
    ids=["arrays", "objects"],
)
@pytest.mark.parametrize(("where", "method", "path"), ROUTES, ids=[r[0] for r in ROUTES])
def test_a_deeply_nested_body_is_a_400_not_a_500(
    body: bytes, where: str, method: str, path: str, shared_sandbox: RunningSandbox
) -> None:
    _refused(_send(shared_sandbox, method, path, body), "body", "nested deeper than")
    _still_serving(shared_sandbox)


def test_nesting_up_to_the_limit_is_read_and_one_level_more_is_not() -> None:
    from sandbox.jsonbody import MAX_DEPTH, NotJSON, loads  # here: the module is what this test is about

    assert loads(b"[" * MAX_DEPTH + b"]" * MAX_DEPTH) is not None
    with pytest.raises(NotJSON, match="nested deeper than"):
        loads(b"[" * (MAX_DEPTH + 1) + b"]" * (MAX_DEPTH + 1))


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-be"])
@pytest.mark.parametrize(("where", "method", "path"), ROUTES, ids=[r[0] for r in ROUTES])
def test_json_in_another_encoding_than_utf8_is_refused(
    encoding: str, where: str, method: str, path: str, shared_sandbox: RunningSandbox
) -> None:
    body = (MEETING if where == "api" else "{}").encode(encoding)
    _refused(_send(shared_sandbox, method, path, body), "body", "UTF-8")
    _still_serving(shared_sandbox)


@pytest.mark.parametrize(("where", "method", "path"), ROUTES, ids=[r[0] for r in ROUTES])
def test_a_utf8_byte_order_mark_is_refused(where: str, method: str, path: str, shared_sandbox: RunningSandbox) -> None:
    # RFC 8259 §8.1: senders MUST NOT add one. A client that does is caught here, not in production.
    body = codecs.BOM_UTF8 + (MEETING if where == "api" else "{}").encode()
    _refused(_send(shared_sandbox, method, path, body), "body", "byte order mark")
    _still_serving(shared_sandbox)


@pytest.mark.parametrize(
    "body",
    [b'{"roomName": "caf\xe9"}', b'{"roomName": "\xc3"}', b'{"roomName": "\xed\xa0\x80"}', b'{"\xff": 1}'],
    ids=["latin-1", "truncated", "encoded surrogate", "bad key"],
)
@pytest.mark.parametrize(("where", "method", "path"), ROUTES, ids=[r[0] for r in ROUTES])
def test_invalid_utf8_is_a_400_that_says_so(
    body: bytes, where: str, method: str, path: str, shared_sandbox: RunningSandbox
) -> None:
    _refused(_send(shared_sandbox, method, path, body), "body", "not valid UTF-8")
    _still_serving(shared_sandbox)


@pytest.mark.parametrize(
    ("body", "field"),
    [
        (b'{"roomName": "\\ud800"}', "roomName"),
        (b'{"roomName": "ok", "x": ["\\udfff"]}', "x.0"),
    ],
    ids=["value", "in a list"],
)
@pytest.mark.parametrize(("where", "method", "path"), ROUTES[1:], ids=[r[0] for r in ROUTES[1:]])
def test_a_lone_surrogate_is_refused_naming_where_it_is(
    body: bytes, field: str, where: str, method: str, path: str, shared_sandbox: RunningSandbox
) -> None:
    # Python would read it into a str that cannot be written back as UTF-8 in the reply.
    _refused(_send(shared_sandbox, method, path, body), field, "surrogate")
    _still_serving(shared_sandbox)


def test_a_lone_surrogate_is_refused_in_an_api_body(shared_sandbox: RunningSandbox) -> None:
    body = f'{{"endDate": "{LATER}", "roomNamePrefix": "a\\ud800"}}'.encode()
    _refused(_send(shared_sandbox, "POST", "/v1/meetings", body), "roomNamePrefix", "surrogate")
    _still_serving(shared_sandbox)


@pytest.mark.parametrize("number", ["NaN", "Infinity", "-Infinity", "1e400"])
def test_a_number_json_cannot_carry_is_refused_in_an_api_body(number: str, shared_sandbox: RunningSandbox) -> None:
    body = f'{{"endDate": "{LATER}", "recording": {{"type": "local", "x": [{number}]}}}}'.encode()
    _refused(_send(shared_sandbox, "POST", "/v1/meetings", body), "recording.x.0", "finite")
    _still_serving(shared_sandbox)


def test_a_well_formed_utf8_body_with_non_ascii_text_is_read(shared_sandbox: RunningSandbox) -> None:
    made = _send(shared_sandbox, "POST", "/_sandbox/sessions", '{"roomName": "/café-☕"}'.encode())
    assert made.status_code == 201, made.text
    assert made.json()["roomName"] == "/café-☕"
