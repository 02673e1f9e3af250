"""The sandbox as an ASGI application.

Every request under the base path goes through the same pipeline, in the order the real
service is assumed to use: route, authenticate, faults, rate limit, validate, handle. A refused
request (401, 429) changes nothing and spends nothing. The admin API under `/_sandbox` is for
tests and needs no key.
"""

from __future__ import annotations

import asyncio
import logging
import math
import time
from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.utils import formatdate
from pathlib import Path
from typing import Any

from starlette.applications import Starlette
from starlette.datastructures import UploadFile
from starlette.formparsers import MultiPartException
from starlette.requests import ClientDisconnect, Request
from starlette.responses import JSONResponse, PlainTextResponse, Response
from starlette.routing import Route
from starlette.types import Receive, Scope, Send

from . import jsonbody
from .contract import DEFAULT_SPEC, Contract, RequestInvalid
from .faults import Faults, FaultSettings
from .handlers import Context, Forbidden, NotFound, load_all
from .paging import Cursors
from .ratelimit import Budget, Decision, WindowKind
from .replies import Replies
from .store import Participant, Session, Store, iso, now
from .webhooks import Webhooks

DEV_TOKEN = "sandbox-dev-key"
"""Accepted when no --token is given. It only ever works against a sandbox."""

# What one admin request may add: enough for any test, too little to overflow a date or to keep
# the server busy (each participant is two webhook events, each recording one and a session).
MINUTES = range(1, 24 * 60 + 1)
PARTICIPANTS = range(0, 1000 + 1)
COUNT = range(0, 1000 + 1)

log = logging.getLogger("sandbox")


class DroppedConnection(Exception):
    """Raised after the response has started: the server closes the connection mid-reply."""


@dataclass
class SandboxConfig:
    tokens: tuple[str, ...] = (DEV_TOKEN,)
    budget: int = 1000
    window: float = 60.0
    window_kind: WindowKind = "fixed"
    seed: int | None = None
    processing_delay: float = 2.0
    reset_format: str = "iso"  # iso | http-date | epoch
    faults: FaultSettings = field(default_factory=FaultSettings)
    spec: Path = DEFAULT_SPEC
    organization: str = "1"
    deprecated: tuple[str, ...] = ()  # operationIds answered with Deprecation and Sunset headers
    webhook_url: str | None = None  # where signed webhook events are posted (none: no events)
    webhook_secret: str | None = None


class Sandbox:
    """State shared by the API and the admin routes of one running sandbox."""

    def __init__(self, config: SandboxConfig) -> None:
        self.config = config
        self.contract = Contract(config.spec)
        self.handlers = load_all()
        missing = sorted(set(self.contract.by_id) - set(self.handlers))
        if missing:
            raise RuntimeError(f"the sandbox has no handler for: {', '.join(missing)}")
        self.budget = Budget(config.budget, config.window, config.window_kind)
        self.faults = Faults(config.faults, config.seed)
        self.cursors = Cursors()
        self.store = Store(seed=config.seed, processing_delay=config.processing_delay)
        self.storm_429s = 0
        self.webhooks = Webhooks(self.contract, config.webhook_url, config.webhook_secret)
        self.replies = Replies()

    def reset(self) -> None:
        self.storm_429s = 0
        self.replies.clear()
        self.budget.reset()
        self.cursors.clear()
        self.faults.reseed(self.config.seed)
        self.store = Store(seed=self.config.seed, processing_delay=self.config.processing_delay)
        self.webhooks.reset()

    # -- headers -----------------------------------------------------------------------------

    def _reset_value(self, moment: float) -> str:
        kind = self.config.reset_format
        if kind == "epoch":
            return str(math.ceil(moment))
        if kind == "http-date":
            return formatdate(math.ceil(moment), usegmt=True)
        return iso(datetime.fromtimestamp(moment, UTC))

    def rate_headers(self, decision: Decision) -> dict[str, str]:
        return {
            "X-RateLimit-Limit": str(decision.limit),
            "X-RateLimit-Remaining": str(max(decision.remaining, 0)),
            "X-RateLimit-Reset": self._reset_value(decision.reset_at),
        }

    def throttled(self, decision: Decision) -> Response:
        wait_ms = max(math.ceil(decision.retry_after * 1000), 1)
        headers = {"Retry-After": str(max(math.ceil(decision.retry_after), 1))}
        if self.config.faults.text_429:
            return PlainTextResponse("429 Too Many Requests\n", status_code=429, headers=headers)
        headers.update(self.rate_headers(decision))
        body = {
            "error": f"Rate limit active for throttle key: organization:{self.config.organization}",
            "data": {"msLeft": wait_ms},
        }
        return JSONResponse(body, status_code=429, headers=headers)

    # -- the API pipeline ------------------------------------------------------------------------

    async def api(self, scope: Scope, receive: Receive, send: Send) -> None:
        request = Request(scope, receive)
        raw_path = scope.get("raw_path", scope["path"].encode()).decode("latin-1").split("?", 1)[0]
        routed = self.contract.route(request.method, raw_path)
        if routed is None:
            status = 405 if self.contract.path_exists(raw_path) else 404
            await JSONResponse({"error": f"no operation {request.method} {raw_path}"}, status_code=status)(
                scope, receive, send
            )
            return
        operation, path_values = routed

        authorization = request.headers.get("authorization", "")
        scheme, _, key = authorization.partition(" ")
        if scheme.lower() != "bearer" or key not in self.config.tokens:
            reason = "missing bearer token" if not authorization else "unknown or malformed API key"
            await JSONResponse({"error": reason}, status_code=401)(scope, receive, send)
            return

        roll = self.faults.roll()
        if roll.drop_before:
            # The request is read in full first: a close with unread bytes would be a reset, not a
            # dropped reply, and which one a client saw would depend on how fast it wrote its body.
            await request.body()
            await _drop(send)
        if roll.error_status is not None:
            await JSONResponse({"error": "sandbox fault: server error"}, status_code=roll.error_status)(
                scope, receive, send
            )
            return
        if roll.storm:
            self.storm_429s += 1
            storm = Decision(False, self.budget.points, 0, self.budget.peek().reset_at, 1.0)
            await self.throttled(storm)(scope, receive, send)
            return

        decision = self.budget.spend(operation.points)
        if not decision.allowed:
            await self.throttled(decision)(scope, receive, send)
            return

        response = await self._handle(request, operation, path_values)
        response.headers.update(self.rate_headers(decision))
        if operation.operation_id in self.config.deprecated:
            response.headers["Deprecation"] = "@1767225600"  # RFC 9745: deprecated since 2026-01-01
            response.headers["Sunset"] = "Thu, 31 Dec 2027 23:59:59 GMT"
        if roll.delay_s:
            await asyncio.sleep(roll.delay_s)
        if roll.drop_after:
            await _drop(send)
        await response(scope, receive, send)

    async def _handle(self, request: Request, operation: Any, path_values: dict[str, str]) -> Response:
        try:
            params = self.contract.parameters(operation, path_values, request.url.query)
            raw = await request.body()
            parsed = self.contract.body(operation, request.headers.get("content-type", ""), raw)
            form: dict[str, Any] = {}
            body: Any = None
            if parsed is not None:
                media, body = parsed
                if media == "multipart/form-data":
                    form = await _read_form(request)
                    self.contract.check_form(operation, form)
            ctx = Context(
                self.store, self.cursors, params, body, form, str(request.base_url).rstrip("/"), self.webhooks.emit
            )
            status, payload = self.handlers[operation.operation_id](ctx)
        except RequestInvalid as exc:
            return JSONResponse({"error": str(exc), "field": exc.field}, status_code=400)
        except NotFound as exc:
            return JSONResponse({"error": str(exc)}, status_code=404)
        except Forbidden as exc:
            return JSONResponse({"error": str(exc)}, status_code=403)
        if payload is None:
            return Response(status_code=status)
        if self.config.faults.future:
            payload = _from_the_future(payload)
        override = self.replies.take(operation.operation_id) if 200 <= status < 300 else None
        if override is not None:
            content, media = override.apply(payload)
            return Response(content, status_code=status, media_type=media)
        return JSONResponse(payload, status_code=status)


async def _drop(send: Send) -> None:
    await send({"type": "http.response.start", "status": 200, "headers": [(b"content-length", b"100")]})
    raise DroppedConnection


async def _read_form(request: Request) -> dict[str, Any]:
    try:
        form = await request.form()
    except MultiPartException as exc:
        raise RequestInvalid("body", f"not a readable multipart body: {exc.message}") from None
    parts: dict[str, Any] = {}
    for name, value in form.multi_items():
        if isinstance(value, UploadFile):
            data = await value.read()
            parts[name] = {"filename": value.filename, "size": len(data), "content_type": value.content_type}
        else:
            # A part without a filename is still content: keep it the same shape as a file.
            parts[name] = {"filename": None, "size": len(value.encode()), "content_type": None}
    return parts


def _from_the_future(payload: Any) -> Any:
    """What a newer v1.x server may send: an extra field on every object, a new state value."""
    if isinstance(payload, list):
        return [_from_the_future(item) for item in payload]
    if isinstance(payload, dict):
        changed = {key: _from_the_future(value) for key, value in payload.items()}
        changed["futureField"] = {"introducedIn": "1.99.0"}
        if changed.get("state") == "in_progress":
            changed["state"] = "queued"
        return changed
    return payload


# -- the admin API ---------------------------------------------------------------------------------


def _admin_routes(sandbox: Sandbox) -> list[Route]:
    async def health(request: Request) -> Response:
        return JSONResponse({"status": "ok", "apiVersion": sandbox.contract.version})

    async def stats(request: Request) -> Response:
        peek = sandbox.budget.peek()
        return JSONResponse(
            {
                "acceptedPoints": sandbox.budget.accepted_points,
                "throttled": sandbox.budget.refused + sandbox.storm_429s,
                "limit": peek.limit,
                "remaining": peek.remaining,
                "window": sandbox.budget.window,
                "windowKind": sandbox.budget.kind,
            }
        )

    async def faults(request: Request) -> Response:
        if request.method == "PUT":
            try:
                seed = request.query_params.get("seed")
                try:
                    seed_value = None if seed is None else int(seed)
                except ValueError:
                    raise RequestInvalid("seed", f"{seed!r} is not an integer") from None
                sandbox.faults.settings.update(await _json_object(request))
                if seed_value is not None:
                    sandbox.faults.reseed(seed_value)
            except RequestInvalid as exc:
                return _refused(exc)
        return JSONResponse(sandbox.faults.settings.as_dict())

    async def replies(request: Request) -> Response:
        if request.method == "DELETE":
            sandbox.replies.clear()
        elif request.method == "PUT":
            operation_id = request.path_params.get("operation_id", "")
            try:
                if operation_id not in sandbox.contract.by_id:
                    raise RequestInvalid("operationId", f"{operation_id!r} is not an operation of the contract")
                sandbox.replies.add(operation_id, await _json_object(request))
            except RequestInvalid as exc:
                return _refused(exc)
        return JSONResponse(sandbox.replies.as_dict())

    async def reset(request: Request) -> Response:
        sandbox.reset()
        return Response(status_code=204)

    async def add_session(request: Request) -> Response:
        try:
            spec = await _json_object(request)
            room, minutes = _room_name(spec, sandbox.store), _whole(spec, "minutes", 30, MINUTES)
            participants, ratings = _whole(spec, "participants", 2, PARTICIPANTS), _flag(spec, "ratings", False)
        except RequestInvalid as exc:
            return _refused(exc)
        session = sandbox.store.add_session(room, now(), minutes=minutes, participants=participants, ratings=ratings)
        _session_events(sandbox, session)
        return JSONResponse({"roomSessionId": session.room_session_id, "roomName": session.room_name}, status_code=201)

    async def add_recordings(request: Request) -> Response:
        try:
            spec = await _json_object(request)
            count, room = _whole(spec, "count", 1, COUNT), _room_name(spec, sandbox.store)
            minutes, hosted = _whole(spec, "minutes", 20, MINUTES), _flag(spec, "wherebyHosted", True)
        except RequestInvalid as exc:
            return _refused(exc)
        made = []
        for _ in range(count):
            session = sandbox.store.add_session(room, now(), minutes=minutes, participants=2)
            recording = sandbox.store.add_recording(session, whereby_hosted=hosted)
            made.append(recording.recording_id)
            finished = {"recordingId": recording.recording_id, "roomName": room, "filename": recording.filename}
            sandbox.webhooks.emit("recording.finished", {**finished, "status": "completed"})
        return JSONResponse({"recordingIds": made, "roomName": room}, status_code=201)

    async def webhooks(request: Request) -> Response:
        if request.method == "PUT":
            try:
                spec = await _json_object(request)
                url = spec.get("url", sandbox.webhooks.url)  # absent: unchanged; null: no more events
                if url is not None and not (isinstance(url, str) and url.startswith(("http://", "https://"))):
                    raise RequestInvalid("url", "must be an http(s) URL, or null to stop sending events")
                secret = spec.get("secret")
                if secret is not None and not (isinstance(secret, str) and secret):
                    raise RequestInvalid("secret", "must be a non-empty string")
                sandbox.webhooks.configure(url, secret)
            except RequestInvalid as exc:
                return _refused(exc)
        hooks = sandbox.webhooks
        return JSONResponse({"url": hooks.url, "types": sorted(hooks.examples), "deliveries": hooks.deliveries})

    async def emit(request: Request) -> Response:
        try:
            spec = await _json_object(request)
            data = spec.get("data") or {}
            if not isinstance(data, dict):
                raise RequestInvalid("data", "must be a JSON object")
            try:
                event = sandbox.webhooks.event(str(spec.get("type")), data)
            except ValueError as exc:
                raise RequestInvalid("type", str(exc)) from None
        except RequestInvalid as exc:
            return _refused(exc)
        if not sandbox.webhooks.url:
            return JSONResponse({"error": "no webhook URL: start with --webhook-url or PUT /_sandbox/webhooks"}, 409)
        delivery = await sandbox.webhooks.send(event)
        return JSONResponse({"event": event, "delivery": delivery}, status_code=201)

    async def files(request: Request) -> Response:
        entry = sandbox.store.access_links.get(request.path_params["token"])
        if entry is None or entry[1] < time.time():
            return PlainTextResponse("access link expired or unknown\n", status_code=403)
        return PlainTextResponse(f"sandbox file {entry[0]}\n")

    return [
        Route("/_sandbox/health", health),
        Route("/_sandbox/stats", stats),
        Route("/_sandbox/faults", faults, methods=["GET", "PUT"]),
        Route("/_sandbox/reset", reset, methods=["POST"]),
        Route("/_sandbox/replies", replies, methods=["GET", "DELETE"]),
        Route("/_sandbox/replies/{operation_id}", replies, methods=["PUT"]),
        Route("/_sandbox/sessions", add_session, methods=["POST"]),
        Route("/_sandbox/recordings", add_recordings, methods=["POST"]),
        Route("/_sandbox/webhooks", webhooks, methods=["GET", "PUT"]),
        Route("/_sandbox/webhooks/emit", emit, methods=["POST"]),
        Route("/_sandbox/files/{token}/{filename:path}", files),
    ]


def _session_events(sandbox: Sandbox, session: Session) -> None:
    """What a session added through the admin API looks like to a webhook endpoint, in order."""
    meeting = next((m for m in sandbox.store.meetings.values() if m.room_name == session.room_name), None)
    room = {
        "meetingId": meeting.meeting_id if meeting else sandbox.store.new_meeting_id(),
        "roomName": session.room_name,
        "subdomain": sandbox.store.subdomain,
        "roomSessionId": session.room_session_id,
    }
    hooks = sandbox.webhooks
    present: list[Participant] = []

    def client(kind: str, person: Participant) -> None:
        by_role = Counter(p.role_name for p in present)
        who = {
            "displayName": person.display_name,
            "participantId": person.participant_id,
            "externalId": person.external_id,
            "metadata": None,
            "roleName": person.role_name,
            "isDialIn": False,
            "numClients": len(present),
            "numClientsByRoleName": dict(by_role),
        }
        hooks.emit(kind, {**room, **who})

    hooks.emit("room.session.started", room)
    for person in session.participants:
        present.append(person)
        client("room.client.joined", person)
    for person in list(session.participants):
        present.remove(person)
        client("room.client.left", person)
    hooks.emit("room.session.ended", room)


async def _json_object(request: Request) -> dict[str, Any]:
    """The admin request's body, read as strictly as the API's (an empty body is an empty object)."""
    raw = await request.body()
    if not raw:
        return {}
    try:
        value = jsonbody.loads(raw)
    except jsonbody.NotJSON as exc:
        raise RequestInvalid(exc.field, exc.message) from None
    if not isinstance(value, dict):
        raise RequestInvalid("body", "must be a JSON object")
    return value


def _refused(exc: RequestInvalid) -> Response:
    """A 400 from the admin API, in the shape of the API's own."""
    return JSONResponse({"error": str(exc), "field": exc.field}, status_code=400)


def _whole(spec: dict[str, Any], name: str, default: int, bounds: range) -> int:
    value = spec.get(name, default)
    # bool is an int to Python, not a number in JSON; 2.0 is a whole number, 2.5, NaN and 1e400 are not.
    whole = not isinstance(value, bool) and (
        isinstance(value, int) or (isinstance(value, float) and value.is_integer())
    )
    if not whole or int(value) not in bounds:
        raise RequestInvalid(name, f"must be a whole number from {bounds.start} to {bounds.stop - 1}")
    return int(value)


def _flag(spec: dict[str, Any], name: str, default: bool) -> bool:
    value = spec.get(name, default)
    if not isinstance(value, bool):
        raise RequestInvalid(name, "must be true or false")
    return value


def _room_name(spec: dict[str, Any], store: Store) -> str:
    value = spec.get("roomName")
    if value is not None and not isinstance(value, str):
        raise RequestInvalid("roomName", "must be a string")
    return value or store.room_name("sandbox-", "uuid")


def create_app(config: SandboxConfig | None = None) -> Any:
    """The ASGI app: the API under the contract's base path, the admin API under /_sandbox."""
    sandbox = Sandbox(config or SandboxConfig())
    admin = Starlette(routes=_admin_routes(sandbox))
    base = sandbox.contract.base_path

    async def app(scope: Scope, receive: Receive, send: Send) -> None:
        try:
            if scope["type"] == "http" and (scope["path"] == base or scope["path"].startswith(base + "/")):
                await sandbox.api(scope, receive, send)
            else:
                await admin(scope, receive, send)
        except ClientDisconnect:
            # The client hung up before its body was all there: nobody is left to answer, and
            # nothing went wrong here, so one line at info level rather than a traceback.
            log.info("%s %s: the client hung up before sending the whole body", scope.get("method"), scope["path"])

    app.sandbox = sandbox  # type: ignore[attr-defined]
    return app
