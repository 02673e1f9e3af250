"""openapi.yaml keeps the promises the rest of the project relies on.

Every operation is named, tagged, priced and documents the 429 it can get; every example
is valid against its own schema, so the sandbox and the tests can serve them as they are.
"""

from __future__ import annotations

from typing import Any

import pytest
from jsonschema import Draft202012Validator, FormatChecker
from jsonschema.exceptions import ValidationError

from generator.spec import Spec
from tests.conftest import SPEC_PATH

RATE_LIMIT_HEADERS = {"X-RateLimit-Limit", "X-RateLimit-Remaining", "X-RateLimit-Reset"}
METHOD_POINTS = {"GET": 1, "DELETE": 2, "POST": 3, "PUT": 3}


def _operations(spec: Spec) -> list[tuple[str, str, dict[str, Any]]]:
    return list(spec.operations())


def _op_ids(spec: Spec) -> list[str]:
    return [op["operationId"] for _, _, op in spec.operations()]


def test_the_contract_has_the_27_operations_on_20_paths(spec: Spec) -> None:
    assert len(spec.data["paths"]) == 20
    assert len(_operations(spec)) == 27
    assert len(set(_op_ids(spec))) == 27


def test_the_contract_is_openapi_31_with_semver_and_the_v1_server(spec: Spec) -> None:
    assert spec.data["openapi"].startswith("3.1.")
    major, minor, patch = (int(p) for p in spec.data["info"]["version"].split("."))
    assert (major, minor, patch) >= (1, 0, 0) and major == 1
    assert spec.data["servers"][0]["url"] == "https://api.whereby.dev/v1"


def test_bearer_auth_is_declared_and_applied_to_every_operation(spec: Spec) -> None:
    scheme = spec.data["components"]["securitySchemes"]["BearerAuth"]
    assert (scheme["type"], scheme["scheme"]) == ("http", "bearer")
    assert spec.data["security"] == [{"BearerAuth": []}]
    # No operation opts out (an empty list would make it anonymous).
    assert all(op.get("security", [{"BearerAuth": []}]) == [{"BearerAuth": []}] for _, _, op in spec.operations())


@pytest.mark.parametrize("index", range(27))
def test_each_operation_is_named_tagged_and_priced(spec: Spec, index: int) -> None:
    path, method, op = _operations(spec)[index]
    op_id = op.get("operationId", "")
    assert op_id[:1].islower() and op_id.isalnum(), f"{method} {path}: operationId {op_id!r} is not camelCase"
    assert len(op.get("tags", [])) == 1, f"{op_id}: needs exactly one tag"
    assert op["tags"][0] in {t["name"] for t in spec.data["tags"]}
    assert op.get("x-rate-limit-points") == METHOD_POINTS[method.upper()], f"{op_id}: cost by the documented scheme"


@pytest.mark.parametrize("index", range(27))
def test_each_operation_documents_the_429_with_its_four_headers(spec: Spec, index: int) -> None:
    _path, _method, op = _operations(spec)[index]
    response = spec.resolve(op["responses"]["429"])
    assert set(response["headers"]) == {"Retry-After", *RATE_LIMIT_HEADERS}
    schema = spec.resolve(response["content"]["application/json"]["schema"])
    assert set(schema["required"]) == {"error", "data"}
    assert "msLeft" in spec.resolve(schema["properties"]["data"])["properties"]
    assert {"400", "401"} <= set(op["responses"])


@pytest.mark.parametrize("index", range(27))
def test_each_success_response_declares_the_rate_limit_headers(spec: Spec, index: int) -> None:
    _, _, op = _operations(spec)[index]
    successes = [code for code in op["responses"] if code.startswith("2")]
    assert len(successes) == 1
    response = spec.resolve(op["responses"][successes[0]])
    assert set(response.get("headers", {})) >= RATE_LIMIT_HEADERS


def _media_examples(spec: Spec) -> list[tuple[str, dict[str, Any], Any]]:
    """(where, schema, example) for every request body and response media type with a schema."""
    found = []
    for _path, _method, op in spec.operations():
        bodies = []
        if "requestBody" in op:
            for media, content in spec.resolve(op["requestBody"])["content"].items():
                bodies.append((f"{op['operationId']} request {media}", content))
        for code, response in op["responses"].items():
            for media, content in (spec.resolve(response).get("content") or {}).items():
                bodies.append((f"{op['operationId']} {code} {media}", content))
        found.extend((where, content["schema"], content) for where, content in bodies)
    for name, item in (spec.data.get("webhooks") or {}).items():
        for media, content in spec.resolve(item["post"]["requestBody"])["content"].items():
            found.append((f"webhook {name} {media}", content["schema"], content))
    return found


def test_every_request_body_and_success_response_has_an_example(spec: Spec) -> None:
    missing = []
    for where, _schema, content in _media_examples(spec):
        is_error = where.split()[1][:1] in {"4", "5"}
        if not is_error and "example" not in content and "examples" not in content:
            missing.append(where)
    assert missing == []


def _validator(spec: Spec, schema: dict[str, Any]) -> Draft202012Validator:
    # Validate inside the whole document so that `#/components/...` refs resolve.
    return Draft202012Validator({**schema, "components": spec.data["components"]}, format_checker=FormatChecker())


def test_every_example_validates_against_its_schema(spec: Spec) -> None:
    checked, failures = 0, []
    for where, schema, content in _media_examples(spec):
        examples = [content["example"]] if "example" in content else []
        examples += [e["value"] for e in (content.get("examples") or {}).values()]
        for example in examples:
            if "multipart" in where:
                continue  # binary parts are placeholders; the part names are checked below
            checked += 1
            try:
                _validator(spec, schema).validate(example)
            except ValidationError as exc:
                failures.append(f"{where}: {exc.message} at {list(exc.absolute_path)}")
    assert failures == []
    assert checked >= 25 + len(WEBHOOK_TYPES)


WEBHOOK_TYPES = {
    "room.client.joined",
    "room.client.left",
    "room.client.knocked",
    "room.client.knockCancelled",
    "room.session.started",
    "room.session.ended",
    "transcription.started",
    "transcription.finished",
    "transcription.failed",
    "recording.finished",
    "assistant.requested",
}


def test_the_eleven_webhook_events_are_signed_and_their_examples_carry_their_type(spec: Spec) -> None:
    hooks = spec.data["webhooks"]
    assert set(hooks) == WEBHOOK_TYPES
    for name, item in hooks.items():
        op = item["post"]
        headers = [spec.resolve(p) for p in op["parameters"]]
        assert [(h["name"], h["in"], h["required"]) for h in headers] == [("Whereby-Signature", "header", True)]
        example = op["requestBody"]["content"]["application/json"]["example"]
        assert example["type"] == name and example["apiVersion"] == "1.0"


def test_a_broken_example_would_be_caught(spec: Spec) -> None:
    # The check above must be able to fail: a Meeting without its required id is refused.
    meeting = {"$ref": "#/components/schemas/Meeting"}
    with pytest.raises(ValidationError, match="meetingId"):
        _validator(spec, meeting).validate(
            {"roomUrl": "https://x.whereby.com/r", "endDate": "2026-05-07T17:42:49.000Z"}
        )


def test_theme_uploads_take_a_multipart_image_or_a_json_preset(spec: Spec) -> None:
    for op_id in ("setRoomLogo", "setRoomBackground", "setRoomKnockPageBackground"):
        (op,) = [op for _, _, op in spec.operations() if op["operationId"] == op_id]
        content = spec.resolve(op["requestBody"])["content"]
        assert set(content) == {"multipart/form-data", "application/json"}
        image = spec.resolve(content["multipart/form-data"]["schema"])
        assert image["properties"]["image"]["format"] == "binary"


def test_room_name_path_parameter_is_defined_once_and_strips_the_leading_slash(spec: Spec) -> None:
    param = spec.data["components"]["parameters"]["RoomNamePath"]
    assert param["x-leading-slash"] == "strip"
    text = SPEC_PATH.read_text(encoding="utf-8")
    assert text.count("#/components/parameters/RoomNamePath") == 4


def test_paged_lists_have_results_and_a_nullable_cursor(spec: Spec) -> None:
    pages = [name for name in spec.data["components"]["schemas"] if name.endswith("Page")]
    assert len(pages) == 7
    for name in pages:
        schema = spec.data["components"]["schemas"][name]
        assert set(schema["required"]) == {"results", "cursor"}
        assert schema["properties"]["cursor"]["type"] == ["string", "null"]


def test_participant_details_is_a_bare_array(spec: Spec) -> None:
    (op,) = [op for _, _, op in spec.operations() if op["operationId"] == "getParticipantDetails"]
    schema = op["responses"]["200"]["content"]["application/json"]["schema"]
    assert schema["type"] == "array"


def test_transcription_languages_follow_the_guides_without_trailing_commas(spec: Spec) -> None:
    # The live-captions guide's 32 codes: the session-transcription guide's 30 plus de-CH and tr.
    languages = spec.data["components"]["schemas"]["TranscriptionLanguage"]["enum"]
    assert len(languages) == len(set(languages)) == 32
    assert not [v for v in languages if "," in v]
    assert {"de-CH", "tr"} <= set(languages) and not {"en-US", "en-GB"} & set(languages)
