"""Schemathesis against the sandbox, in-process: no response may break the contract.

Every operation of openapi.yaml is one test item (`test_<operationId>`). Schemathesis runs its
examples, coverage and fuzzing phases on it, with valid (positive) and invalid (negative) data,
and checks every response against the contract.

The sandbox is reset to its seeded data set before each test. Random ids would only ever reach
404, so Schemathesis also draws from dictionaries of ids that exist (and of `endDate`s in the
future, which the contract's prose requires), so success responses get checked too.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest
import schemathesis
from ruamel.yaml import YAML
from schemathesis.checks import not_a_server_error
from schemathesis.python import asgi
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    negative_data_rejection,
    response_headers_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from sandbox.app import DEV_TOKEN, SandboxConfig, create_app
from tests.conftest import SPEC_PATH

APP = create_app(SandboxConfig(budget=10**9, seed=7, processing_delay=0, spec=SPEC_PATH))
CLIENT = asgi.get_client(APP)
CLIENT.headers["Authorization"] = f"Bearer {DEV_TOKEN}"

CHECKS = [
    not_a_server_error,
    status_code_conformance,
    content_type_conformance,
    response_schema_conformance,
    response_headers_conformance,
    negative_data_rejection,
]


# `endDate` must be "now or later" (the contract says so in prose, which Schemathesis cannot read),
# so the contract's own example, from the past, only ever gets 400.
END_DATES = ["2099-12-31T22:00:00Z", "2099-06-30T12:00:00.5+02:00"]


def _get(path: str, **params: str) -> list[dict[str, Any]]:
    response = CLIENT.get(f"/v1/{path}", params={"limit": "100", **params})
    assert response.status_code == 200, response.text
    results: list[dict[str, Any]] = response.json()["results"]
    return results


def reset_sandbox() -> dict[str, list[str]]:
    """Reset the sandbox to its seeded data, add two meetings, and return the ids that exist."""
    assert CLIENT.post("/_sandbox/reset").status_code == 204
    meetings = [
        CLIENT.post("/v1/meetings", json={"endDate": END_DATES[0], **extra}).json()["meetingId"]
        for extra in ({}, {"templateType": "viewerMode", "isDialInEnabled": True})
    ]
    rooms = [r["roomName"] for r in _get("insights/rooms")]
    sessions = sorted(s["roomSessionId"] for room in rooms for s in _get("insights/room-sessions", roomName=room))
    participants = [p for session in sessions for p in _get("insights/participants", roomSessionId=session)]
    return {
        "meetings": meetings,
        "recordings": [r["recordingId"] for r in _get("recordings")],
        "transcriptions": [t["transcriptionId"] for t in _get("transcriptions")],
        "summaries": [s["summaryId"] for s in _get("summaries")],
        "rooms": rooms,
        "sessions": sessions,
        "participants": sorted({p["participantId"] for p in participants}),
        "external_ids": sorted({p["externalId"] for p in participants if p["externalId"]}),
    }


# The seed fixes the data set, so every reset gives these same ids.
KNOWN = reset_sandbox()


def _bind(dictionary: str) -> dict[str, Any]:
    return {"dictionary": dictionary, "probability": 0.5}


CONFIG = schemathesis.Config.from_dict(
    {
        "seed": 7,
        "base-url": "http://testserver/v1",
        "auth": {"openapi": {"BearerAuth": {"bearer": DEV_TOKEN}}},
        "generation": {"mode": "all", "max-examples": 30, "deterministic": True, "database": "none"},
        "checks": {"negative_data_rejection": {"expected-statuses": ["4xx"]}},
        "output": {"sanitization": {"enabled": False}},
        "dictionaries": {
            **{name: {"values": values} for name, values in KNOWN.items() if values},
            "end_dates": {"values": END_DATES},
        },
        "parameters": {
            "path.meetingId": _bind("meetings"),
            "path.recordingId": _bind("recordings"),
            "body.recordingId": _bind("recordings"),
            "body.recordingIds[*]": _bind("recordings"),
            "path.transcriptionId": _bind("transcriptions"),
            "body.transcriptionId": _bind("transcriptions"),
            "body.transcriptionIds[*]": _bind("transcriptions"),
            "path.summaryId": _bind("summaries"),
            # Also binds the deepObject `roomName` filters, but only where a string fits their schema.
            "query.roomName": _bind("rooms"),
            "query.roomSessionId": _bind("sessions"),
            "query.participantId": _bind("participants"),
            "query.externalId": _bind("external_ids"),
            "body.endDate": _bind("end_dates"),
        },
    }
)

SCHEMA = schemathesis.openapi.from_path(SPEC_PATH, config=CONFIG)
SCHEMA.app = APP


@pytest.fixture(autouse=True)
def fresh_sandbox() -> Iterator[None]:
    assert reset_sandbox() == KNOWN
    yield


def _operation_ids() -> list[str]:
    data = YAML(typ="safe").load(SPEC_PATH.read_text(encoding="utf-8"))
    return [
        operation["operationId"]
        for item in data["paths"].values()
        for method, operation in item.items()
        if method in {"get", "put", "post", "delete", "patch"}
    ]


def _conformance_test(operation_id: str) -> Callable[[schemathesis.Case], None]:
    def test(case: schemathesis.Case) -> None:
        case.call_and_validate(checks=CHECKS)

    test.__name__ = test.__qualname__ = f"test_{operation_id}"
    return SCHEMA.include(operation_id=operation_id).parametrize()(test)


# One module-level test per operation. With pytest 9, the items of a single `schema.parametrize()`
# test would all share one node id, so they could not be selected or reported one by one.
OPERATION_IDS = _operation_ids()
for _operation_id in OPERATION_IDS:
    globals()[f"test_{_operation_id}"] = _conformance_test(_operation_id)


def test_every_operation_has_a_test() -> None:
    loaded = [result.ok().definition.raw["operationId"] for result in SCHEMA.get_all_operations()]
    assert sorted(loaded) == sorted(set(OPERATION_IDS))
    assert all(callable(globals().get(f"test_{operation_id}")) for operation_id in OPERATION_IDS)


# -- explicit cases: inputs the contract allows (or a client may send) that generation rarely or never makes --

AUTHORIZED = {"Authorization": f"Bearer {DEV_TOKEN}"}

# RFC 3339 spellings of `format: date-time`.
DATE_TIME_SPELLINGS = {
    "lowercase-t-and-z": "2099-01-01t00:00:00z",  # RFC 3339 section 5.6 allows lower case
    "nanoseconds": "2099-01-01T00:00:00.123456789Z",
    "largest-offset": "2099-01-01T00:00:00-23:59",
    "last-second-of-9999": "9999-12-31T23:59:59Z",
    "after-9999-in-utc": "9999-12-31T23:59:59-23:59",
}


@pytest.mark.parametrize("value", DATE_TIME_SPELLINGS.values(), ids=DATE_TIME_SPELLINGS.keys())
@pytest.mark.parametrize("operation_id", ["createMeeting", "getRoomInsights"])
def test_date_time_spellings(operation_id: str, value: str) -> None:
    if operation_id == "createMeeting":
        case = SCHEMA["/meetings"]["POST"].Case(body={"endDate": value}, headers=AUTHORIZED)
    else:
        # Explicit cases are sent as given, so the deepObject parameter is written out already.
        query = {"createdAt[from]": value, "createdAt[to]": value}
        case = SCHEMA["/insights/rooms"]["GET"].Case(query=query, headers=AUTHORIZED)
    case.call_and_validate(checks=CHECKS)


@pytest.mark.parametrize("image", ["logo", "room-background", "room-knock-page-background"])
def test_image_part_without_a_filename(image: str) -> None:
    """Generated uploads always carry a filename; a plain form field must get 204 or 400, not a crash."""
    part = b'--b\r\nContent-Disposition: form-data; name="image"\r\n\r\nnot a file\r\n--b--\r\n'
    case = SCHEMA[f"/rooms/{{roomName}}/theme/{image}"]["PUT"].Case(
        path_parameters={"roomName": "demo"},
        body=part,
        media_type="multipart/form-data",
        headers={**AUTHORIZED, "Content-Type": "multipart/form-data; boundary=b"},
    )
    case.call_and_validate(checks=CHECKS)
