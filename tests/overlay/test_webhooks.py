"""Receiving webhooks: signatures (good, bad, stale, rotated, tampered, malformed) and every event's model.

The signatures here are computed independently with hmac, from the rule in openapi.yaml, so a
mistake in `overlay.webhooks` cannot cancel itself out.
"""

from __future__ import annotations

import hashlib
import hmac
import json
from typing import Any

import pytest

from generator.spec import Spec
from tests.spec.test_contract import WEBHOOK_TYPES
from whereby_v1 import _webhooks, models
from whereby_v1.overlay import webhooks
from whereby_v1.overlay.webhooks import (
    InvalidSignatureError,
    MalformedEventError,
    MalformedSignatureError,
    StaleSignatureError,
    WebhookError,
)

SECRET = "whsec_test_4b1d"
NOW = 1_764_316_800


def _signature(body: bytes, secret: str = SECRET, t: int = NOW) -> str:
    mac = hmac.new(secret.encode(), f"{t}.".encode() + body, hashlib.sha256).hexdigest()
    return f"t={t},v1={mac}"


def _examples(spec: Spec) -> dict[str, dict[str, Any]]:
    return {
        name: item["post"]["requestBody"]["content"]["application/json"]["example"]
        for name, item in spec.data["webhooks"].items()
    }


def _body(spec: Spec, kind: str = "room.client.joined") -> bytes:
    return json.dumps(_examples(spec)[kind]).encode()


@pytest.mark.parametrize("kind", sorted(WEBHOOK_TYPES))
def test_each_event_type_parses_into_its_own_model_and_round_trips(spec: Spec, kind: str) -> None:
    example = _examples(spec)[kind]
    body = json.dumps(example).encode()
    event = webhooks.construct_event(body, _signature(body), SECRET, tolerance=None)
    schema = spec.data["webhooks"][kind]["post"]["requestBody"]["content"]["application/json"]["schema"]["$ref"]
    assert type(event).__name__ == schema.rsplit("/", 1)[1]
    assert type(event) is getattr(models, type(event).__name__)
    assert event.type_ == kind and event.id == example["id"]
    assert event.created_at.tzinfo is not None
    assert event.to_dict()["data"] == example["data"]


def test_event_data_is_typed(spec: Spec) -> None:
    joined = webhooks.parse_event(_body(spec, "room.client.joined"))
    assert isinstance(joined, models.RoomClientJoinedEvent)
    assert joined.data.role_name == models.RoleName.HOST and joined.data.num_clients == 2
    assert joined.data.num_clients_by_role_name.additional_properties == {"host": 1, "visitor": 1}
    finished = webhooks.parse_event(_body(spec, "transcription.finished"))
    assert isinstance(finished, models.TranscriptionFinishedEvent)
    assert finished.data.status == models.TranscriptionState.READY
    assert finished.data.storage_type == models.TranscriptionStorageType.WHEREBY_HOSTED


def test_the_generated_table_covers_exactly_the_spec_webhooks(spec: Spec) -> None:
    assert set(_webhooks.EVENT_TYPES) == set(spec.data["webhooks"])
    assert _webhooks.SIGNATURE_HEADER == "Whereby-Signature"


def test_an_unknown_event_type_parses_as_the_generic_event(spec: Spec) -> None:
    example = {**_examples(spec)["room.session.started"], "type": "room.recording.paused", "data": {"x": 1}}
    body = json.dumps(example).encode()
    event = webhooks.construct_event(body, _signature(body), SECRET, tolerance=None)
    assert type(event) is models.WebhookEvent
    assert event.type_ == "room.recording.paused" and event.data.additional_properties == {"x": 1}


def test_new_fields_in_a_known_event_are_kept(spec: Spec) -> None:
    example = _examples(spec)["recording.finished"]
    example = {**example, "region": "eu", "data": {**example["data"], "sizeBytes": 1234}}
    event = webhooks.parse_event(json.dumps(example))
    assert isinstance(event, models.RecordingFinishedEvent)
    assert event.additional_properties == {"region": "eu"}
    assert event.data.additional_properties == {"sizeBytes": 1234}


def test_a_good_signature_within_the_tolerance_is_accepted(spec: Spec) -> None:
    body = _body(spec)
    webhooks.verify_signature(body, _signature(body, t=NOW - 299), SECRET, now=NOW)
    webhooks.verify_signature(body.decode(), _signature(body, t=NOW + 299), SECRET, now=NOW)


def test_sign_produces_what_verify_accepts_and_what_hmac_computes(spec: Spec) -> None:
    body = _body(spec)
    assert webhooks.sign(body, SECRET, timestamp=NOW) == _signature(body)


def test_a_tampered_body_is_refused(spec: Spec) -> None:
    body = _body(spec)
    header = _signature(body)
    tampered = body.replace(b'"numClients": 2', b'"numClients": 3')
    assert tampered != body
    with pytest.raises(InvalidSignatureError, match="does not match the body"):
        webhooks.construct_event(tampered, header, SECRET, tolerance=None)


def test_the_wrong_secret_is_refused_and_no_secret_or_digest_is_shown(spec: Spec) -> None:
    body = _body(spec)
    with pytest.raises(InvalidSignatureError) as caught:
        webhooks.verify_signature(body, _signature(body), "whsec_other", now=NOW)
    message = str(caught.value)
    expected = _signature(body, "whsec_other").split("v1=")[1]
    assert SECRET not in message and "whsec_other" not in message and expected not in message


def test_during_rotation_either_secret_verifies(spec: Spec) -> None:
    body = _body(spec)
    for secret in ("whsec_old", "whsec_new"):
        webhooks.verify_signature(body, _signature(body, secret), ["whsec_old", "whsec_new"], now=NOW)
    with pytest.raises(InvalidSignatureError, match="2 secret"):
        webhooks.verify_signature(body, _signature(body, "whsec_gone"), ["whsec_old", "whsec_new"], now=NOW)


def test_a_header_with_several_v1_signatures_matches_any(spec: Spec) -> None:
    body = _body(spec)
    good = _signature(body).split(",")[1]
    header = f"t={NOW},v1={'0' * 64},{good}"
    webhooks.verify_signature(body, header, SECRET, now=NOW)


@pytest.mark.parametrize("offset", [-301, 301, 86_400])
def test_a_stale_or_future_timestamp_is_refused(spec: Spec, offset: int) -> None:
    body = _body(spec)
    with pytest.raises(StaleSignatureError, match="tolerance is 300s") as caught:
        webhooks.verify_signature(body, _signature(body, t=NOW - offset), SECRET, now=NOW)
    assert caught.value.timestamp == NOW - offset and caught.value.age == offset


def test_the_tolerance_is_configurable(spec: Spec) -> None:
    body = _body(spec)
    header = _signature(body, t=NOW - 100)
    with pytest.raises(StaleSignatureError):
        webhooks.verify_signature(body, header, SECRET, tolerance=60, now=NOW)
    webhooks.verify_signature(body, header, SECRET, tolerance=None, now=NOW)


@pytest.mark.parametrize(
    ("header", "problem"),
    [
        (None, "no Whereby-Signature header"),
        ("", "no Whereby-Signature header"),
        ("v1=abc", "no t=<unix seconds>"),
        (f"t={NOW}", "no v1=<signature>"),
        ("t=yesterday,v1=abc", "is not unix seconds"),
        ("t=-5,v1=abc", "is not unix seconds"),
        ("garbage", "is not key=value"),
    ],
)
def test_a_malformed_header_is_named(spec: Spec, header: str | None, problem: str) -> None:
    with pytest.raises(MalformedSignatureError, match=problem):
        webhooks.construct_event(_body(spec), header, SECRET)


def test_a_header_with_a_non_ascii_signature_is_a_mismatch_not_a_crash(spec: Spec) -> None:
    with pytest.raises(InvalidSignatureError):
        webhooks.verify_signature(_body(spec), f"t={NOW},v1=é{'0' * 63}", SECRET, now=NOW)


@pytest.mark.parametrize(
    ("body", "problem"),
    [
        (b"not json", "not JSON"),
        (b"\xff\xfe", "not JSON"),
        (b"[1, 2]", "a JSON list, not an object"),
        (b'{"id": "e1"}', "no string `type`"),
        (b'{"type": "room.session.started", "apiVersion": "1.0", "createdAt": "2026-11-27T09:00:00Z"}', "'id'"),
        (
            b'{"id": "e", "apiVersion": "1.0", "createdAt": "2026-11-27T09:00:00Z", "type": "room.session.started",'
            b' "data": {"roomName": "/r", "subdomain": "s"}}',
            "missing field 'meetingId'",
        ),
        (
            b'{"id": "e", "apiVersion": "1.0", "createdAt": "2026-11-27T09:00:00Z", "type": "room.client.joined",'
            b' "data": {"meetingId": "1", "roomName": "/r", "subdomain": "s", "participantId": "p", "isDialIn": "no"}}',
            r"room.client.joined event: RoomClientJoinedEvent\.data\.isDialIn: expected a boolean, got a string",
        ),
        (
            b'{"id": "e", "apiVersion": "1.0", "createdAt": "not a date", "type": "room.session.started", "data": {}}',
            "room.session.started event",
        ),
    ],
)
def test_a_malformed_body_with_a_good_signature_is_a_specific_error(body: bytes, problem: str) -> None:
    with pytest.raises(MalformedEventError, match=problem):
        webhooks.construct_event(body, _signature(body), SECRET, tolerance=None)


def test_every_webhook_error_is_one_family() -> None:
    for error in (InvalidSignatureError, MalformedEventError, MalformedSignatureError, StaleSignatureError):
        assert issubclass(error, WebhookError)


def test_an_empty_secret_is_a_programming_error_not_a_verdict(spec: Spec) -> None:
    with pytest.raises(ValueError, match="secret"):
        webhooks.verify_signature(_body(spec), _signature(_body(spec)), "")
    with pytest.raises(ValueError, match="secret"):
        webhooks.verify_signature(_body(spec), _signature(_body(spec)), [])


@pytest.mark.parametrize(
    "header",
    [f"t={'9' * 5000},v1={'0' * 64}", f"t=99999999999999999999,v1={'0' * 64}", f"t={NOW},t={NOW},v1={'0' * 64}"],
    ids=["5000 digits", "20 digits", "two timestamps"],
)
def test_hostile_timestamps_are_malformed_headers_not_crashes(spec: Spec, header: str) -> None:
    with pytest.raises(MalformedSignatureError) as caught:
        webhooks.verify_signature(_body(spec), header, SECRET, now=NOW)
    assert len(str(caught.value)) < 200


@pytest.mark.parametrize(
    "body",
    [b"[" * 100_000, b'{"type": "x", "n": ' + b"1" * 5000 + b"}", json.dumps({"type": "t" * 10_000}).encode()],
    ids=["deep nesting", "huge integer", "huge type"],
)
def test_hostile_bodies_are_malformed_events_not_crashes(body: bytes) -> None:
    with pytest.raises(MalformedEventError) as caught:
        webhooks.construct_event(body, _signature(body), SECRET, tolerance=None)
    assert len(str(caught.value)) < 300


@pytest.mark.parametrize("tolerance", [float("nan"), -1.0])
def test_a_tolerance_that_would_disable_or_break_the_check_is_refused(spec: Spec, tolerance: float) -> None:
    body = _body(spec)
    with pytest.raises(ValueError, match="tolerance"):
        webhooks.verify_signature(body, _signature(body), SECRET, tolerance=tolerance, now=NOW)
