"""The sandbox posts signed webhook events; a receiver built on `overlay.webhooks` verifies and parses them.

Everything crosses real HTTP on loopback: the sandbox signs with its own code, the receiver checks
with the client's, so the round trip checks one implementation against the other.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import threading
import time
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest

from tests.sandbox.conftest import DEV_TOKEN, RunningSandbox
from tests.spec.test_contract import WEBHOOK_TYPES
from whereby_v1 import models
from whereby_v1.api.transcriptions import create_transcription
from whereby_v1.overlay import WherebyClient, webhooks
from whereby_v1.overlay.webhooks import WebhookError

SECRET = "whsec_roundtrip_91c2"


class Receiver:
    """A webhook endpoint on a free loopback port that verifies every delivery with `construct_event`."""

    def __init__(self, secret: str = SECRET) -> None:
        self.secret = secret
        self.tolerance = webhooks.DEFAULT_TOLERANCE_SECONDS
        self.events: list[Any] = []
        self.signatures: list[str] = []
        self.bodies: list[bytes] = []
        self.refused: list[str] = []
        self.fail_first = 0  # answer this many deliveries with 500 before accepting
        self.seen = 0
        self.lock = threading.Lock()
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
                with receiver.lock:
                    receiver.seen += 1
                    if receiver.seen <= receiver.fail_first:
                        self.send_response(500)
                        self.end_headers()
                        return
                    receiver.signatures.append(self.headers.get("Whereby-Signature", ""))
                    receiver.bodies.append(body)
                    try:
                        event = webhooks.construct_event(
                            body, self.headers.get("Whereby-Signature"), receiver.secret, tolerance=receiver.tolerance
                        )
                    except WebhookError as exc:
                        receiver.refused.append(f"{type(exc).__name__}: {exc}")
                        self.send_response(400)
                    else:
                        receiver.events.append(event)
                        self.send_response(200)
                self.end_headers()

            def log_message(self, *args: Any) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/hooks/whereby"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def wait_for(self, count: int, timeout: float = 10.0) -> list[Any]:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            with self.lock:
                if len(self.events) >= count:
                    return list(self.events)
            time.sleep(0.02)
        raise AssertionError(f"{len(self.events)} of {count} events arrived; refused: {self.refused}")

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture()
def receiver() -> Iterator[Receiver]:
    r = Receiver()
    yield r
    r.close()


@pytest.fixture()
def hooked(sandbox_factory: Callable[..., RunningSandbox], receiver: Receiver) -> RunningSandbox:
    return sandbox_factory("--webhook-url", receiver.url, "--webhook-secret", SECRET, "--processing-delay", "0.3")


def test_every_event_type_goes_round_trip_signed_verified_and_typed(hooked: RunningSandbox, receiver: Receiver) -> None:
    types = hooked.admin("GET", "webhooks").json()["types"]
    assert set(types) == WEBHOOK_TYPES
    for kind in types:
        reply = hooked.admin("POST", "webhooks/emit", json={"type": kind, "data": {"roomName": "/hooked-room"}})
        assert reply.status_code == 201, reply.text
        assert reply.json()["delivery"]["delivered"] is True
    events = receiver.wait_for(len(WEBHOOK_TYPES))
    assert [e.type_ for e in events] == types
    for event in events:
        assert type(event) is not models.WebhookEvent  # each known type has its own model
        assert event.data.room_name == "/hooked-room"
        assert event.api_version == "1.0" and event.created_at.tzinfo is not None
    assert len({e.id for e in events}) == len(WEBHOOK_TYPES)
    assert receiver.refused == []


def test_a_session_sends_started_joins_leaves_and_ended_in_order(hooked: RunningSandbox, receiver: Receiver) -> None:
    made = hooked.admin("POST", "sessions", json={"roomName": "/standup-9", "participants": 3}).json()
    events = receiver.wait_for(8)
    assert [e.type_ for e in events] == [
        "room.session.started",
        *["room.client.joined"] * 3,
        *["room.client.left"] * 3,
        "room.session.ended",
    ]
    assert {e.data.room_session_id for e in events} == {made["roomSessionId"]}
    assert [e.data.num_clients for e in events[1:7]] == [1, 2, 3, 2, 1, 0]
    joined = events[1:4]
    assert all(isinstance(e, models.RoomClientJoinedEvent) for e in joined)
    assert sum(joined[-1].data.num_clients_by_role_name.additional_properties.values()) == 3


def test_recordings_and_transcriptions_announce_themselves(hooked: RunningSandbox, receiver: Receiver) -> None:
    added = hooked.admin("POST", "recordings", json={"roomName": "/rec-room"}).json()
    (recording_id,) = added["recordingIds"]
    client = WherebyClient(DEV_TOKEN, base_url=hooked.base_url, raise_errors=True)
    body = models.CreateTranscriptionRequest(recording_id=recording_id)
    created = create_transcription.sync(client=client, body=body)
    assert created is not None
    events = receiver.wait_for(3)
    recorded, started, finished = events
    assert isinstance(recorded, models.RecordingFinishedEvent) and recorded.data.recording_id == recording_id
    assert isinstance(started, models.TranscriptionStartedEvent)
    assert started.data.transcription_id == created.transcription_id
    assert started.data.status == models.TranscriptionState.IN_PROGRESS
    assert isinstance(finished, models.TranscriptionFinishedEvent)
    assert finished.data.status == models.TranscriptionState.READY and finished.data.recording_id == recording_id
    assert finished.data.duration_in_seconds and finished.data.filename


def test_a_5xx_is_retried_twice_and_then_given_up(hooked: RunningSandbox, receiver: Receiver) -> None:
    receiver.fail_first = 2
    ok = hooked.admin("POST", "webhooks/emit", json={"type": "room.session.started"}).json()["delivery"]
    assert [a["status"] for a in ok["attempts"]] == [500, 500, 200] and ok["delivered"] is True
    receiver.fail_first = 10
    failed = hooked.admin("POST", "webhooks/emit", json={"type": "room.session.ended"}).json()["delivery"]
    assert [a["status"] for a in failed["attempts"]] == [500, 500, 500] and failed["delivered"] is False
    assert [e.type_ for e in receiver.events] == ["room.session.started"]


def test_a_receiver_with_another_secret_refuses_and_is_not_retried(
    sandbox_factory: Callable[..., RunningSandbox],
) -> None:
    receiver = Receiver(secret="whsec_someone_else")
    try:
        server = sandbox_factory("--webhook-url", receiver.url)  # signs with the default sandbox secret
        delivery = server.admin("POST", "webhooks/emit", json={"type": "recording.finished"}).json()["delivery"]
        assert [a["status"] for a in delivery["attempts"]] == [400]
        assert receiver.events == [] and receiver.refused[0].startswith("InvalidSignatureError")
        # The sandbox's default secret is documented; a receiver configured with it accepts.
        receiver.secret = "sandbox-webhook-secret"
        again = server.admin("POST", "webhooks/emit", json={"type": "recording.finished"}).json()["delivery"]
        assert again["delivered"] is True
    finally:
        receiver.close()


def test_webhooks_are_configured_at_run_time_through_the_admin_api(
    sandbox_factory: Callable[..., RunningSandbox], receiver: Receiver
) -> None:
    server = sandbox_factory()
    refused = server.admin("POST", "webhooks/emit", json={"type": "room.session.started"})
    assert refused.status_code == 409 and "--webhook-url" in refused.json()["error"]
    bad = server.admin("PUT", "webhooks", json={"url": "ftp://x"})
    assert bad.status_code == 400
    assert server.admin("PUT", "webhooks", json={"url": receiver.url, "secret": SECRET}).status_code == 200
    unknown = server.admin("POST", "webhooks/emit", json={"type": "room.exploded"})
    assert unknown.status_code == 400 and "room.client.joined" in unknown.json()["error"]
    server.admin("POST", "webhooks/emit", json={"type": "assistant.requested"})
    (event,) = receiver.wait_for(1)
    assert isinstance(event, models.AssistantRequestedEvent)
    log = server.admin("GET", "webhooks").json()
    assert log["url"] == receiver.url and [d["type"] for d in log["deliveries"]] == ["assistant.requested"]


def test_without_a_webhook_url_the_api_sends_nothing(sandbox_factory: Callable[..., RunningSandbox]) -> None:
    server = sandbox_factory()
    server.admin("POST", "sessions", json={"participants": 2})
    assert server.admin("GET", "webhooks").json()["deliveries"] == []


def test_the_signature_is_fresh_enough_for_a_strict_receiver(hooked: RunningSandbox, receiver: Receiver) -> None:
    # Whereby's own sample allows one minute: each delivery is signed when it is sent.
    receiver.tolerance = 60
    hooked.admin("POST", "webhooks/emit", json={"type": "room.client.knocked"})
    (event,) = receiver.wait_for(1)
    assert isinstance(event, models.RoomClientKnockedEvent)
    (header,) = receiver.signatures
    assert abs(int(header.split(",")[0].removeprefix("t=")) - time.time()) < 60


def test_a_reset_forgets_deliveries_and_drops_pending_events(hooked: RunningSandbox, receiver: Receiver) -> None:
    added = hooked.admin("POST", "recordings", json={"roomName": "/reset-room"}).json()
    receiver.wait_for(1)
    client = WherebyClient(DEV_TOKEN, base_url=hooked.base_url, raise_errors=True)
    body = models.CreateTranscriptionRequest(recording_id=added["recordingIds"][0])
    create_transcription.sync(client=client, body=body)
    receiver.wait_for(2)  # started; finished is due after the processing delay
    assert hooked.admin("POST", "reset").status_code == 204
    assert hooked.admin("GET", "webhooks").json()["deliveries"] == []
    time.sleep(0.6)  # twice the processing delay: long enough for the dropped event to have been sent
    assert [e.type_ for e in receiver.events] == ["recording.finished", "transcription.started"]
    hooked.admin("POST", "webhooks/emit", json={"type": "room.session.started"})
    assert receiver.wait_for(3)[-1].type_ == "room.session.started"  # still configured after the reset


def test_the_admin_api_refuses_a_bad_secret_and_keeps_the_url_when_not_given(
    hooked: RunningSandbox, receiver: Receiver
) -> None:
    for bad in ({"secret": 5}, {"secret": ""}, {"url": "ftp://x"}):
        reply = hooked.admin("PUT", "webhooks", json=bad)
        assert reply.status_code == 400, bad
    assert hooked.admin("PUT", "webhooks", json={"secret": "whsec_next"}).json()["url"] == receiver.url
    receiver.secret = "whsec_next"
    delivery = hooked.admin("POST", "webhooks/emit", json={"type": "room.session.ended"}).json()["delivery"]
    assert delivery["delivered"] is True
    assert hooked.admin("PUT", "webhooks", json={"url": None}).json()["url"] is None


CLIENT_EVENTS = ["room.client.joined", "room.client.left", "room.client.knocked", "room.client.knockCancelled"]


def _as_whereby_sample_verifies(body: bytes, header: str, secret: str) -> bool:
    """Whereby's verification sample: HMAC over `t + "." + JSON.stringify(parsedBody)`, i.e. the body
    re-serialised compactly with non-ASCII characters written as they are."""
    timestamp, signature = (part.split("=", 1)[1] for part in header.split(","))
    restringified = json.dumps(json.loads(body), separators=(",", ":"), ensure_ascii=False)
    digest = hmac.new(secret.encode(), f"{timestamp}.{restringified}".encode(), hashlib.sha256).hexdigest()
    return hmac.compare_digest(digest, signature)


def test_non_ascii_is_sent_as_utf8_so_the_guides_verification_sample_accepts_it(
    hooked: RunningSandbox, receiver: Receiver
) -> None:
    names = {"displayName": "Zoë Ørsted-Łukasz 李", "metadata": "café"}
    for kind in CLIENT_EVENTS:
        reply = hooked.admin("POST", "webhooks/emit", json={"type": kind, "data": names})
        assert reply.json()["delivery"]["delivered"] is True
    events = receiver.wait_for(len(CLIENT_EVENTS))
    assert [e.data.display_name for e in events] == [names["displayName"]] * len(CLIENT_EVENTS)
    for body, header in zip(receiver.bodies, receiver.signatures, strict=True):
        assert "Zoë Ørsted-Łukasz 李".encode() in body and b"\\u" not in body
        assert _as_whereby_sample_verifies(body, header, SECRET)
