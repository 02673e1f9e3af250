"""Signed webhook deliveries from the sandbox, so a receiver can be tested over real HTTP.

Events are built from the contract: each type's example in openapi.yaml's `webhooks` gives the
shape, and what the sandbox knows (the room, the session, the transcription) replaces the example's
values. Deliveries follow the documented rules: `Whereby-Signature: t=<unix seconds>,v1=<hex>` with
HMAC-SHA256 over `"<t>.<raw body>"`, a 5 s timeout, and up to two retries with short exponential
backoff after a 5xx or a timeout. The signing code here is independent of the client's overlay on
purpose: the round trip checks one implementation against the other.

It never posts anywhere but the URL it was given, and never blocks the API's replies.
"""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import json
import logging
import time
import uuid
from datetime import UTC, datetime
from typing import Any

from .contract import Contract
from .store import iso

WEBHOOK_DEV_SECRET = "sandbox-webhook-secret"
"""The signing secret when --webhook-url is given without --webhook-secret."""

TIMEOUT_SECONDS = 5.0
RETRIES = 2
BACKOFF_SECONDS = 0.2

log = logging.getLogger("sandbox.webhooks")
Queue = asyncio.Queue[tuple[dict[str, Any], "asyncio.Future[dict[str, Any]] | None"]]


def signature(body: bytes, secret: str, timestamp: int) -> str:
    digest = hmac.new(secret.encode("utf-8"), b"%d.%s" % (timestamp, body), hashlib.sha256).hexdigest()
    return f"t={timestamp},v1={digest}"


class Webhooks:
    """The endpoint to post to, the events sent so far, and how each delivery went."""

    def __init__(self, contract: Contract, url: str | None = None, secret: str | None = None) -> None:
        hooks = contract.data.get("webhooks") or {}
        self.examples: dict[str, dict[str, Any]] = {
            name: item["post"]["requestBody"]["content"]["application/json"]["example"] for name, item in hooks.items()
        }
        # The same rule as the generator's: the one required header every webhook declares.
        headers = {
            str(param["name"])
            for item in hooks.values()
            for param in (contract.resolve(raw) for raw in item["post"].get("parameters", []))
            if param.get("in") == "header" and param.get("required")
        }
        if hooks and len(headers) != 1:
            raise ValueError(f"the contract's webhooks must share one required signature header, not {sorted(headers)}")
        self.header = headers.pop() if headers else ""
        self.url = url
        self.secret = secret or WEBHOOK_DEV_SECRET
        self.deliveries: list[dict[str, Any]] = []
        self._tasks: set[asyncio.Task[Any]] = set()
        self._queue: Queue | None = None

    def configure(self, url: str | None, secret: str | None) -> None:
        self.url = url
        if secret:
            self.secret = secret

    def reset(self) -> None:
        """Forget deliveries and drop events not sent yet (a reset sandbox starts a new story)."""
        for task in list(self._tasks):
            task.cancel()
        self._tasks.clear()
        self._queue = None
        self.deliveries = []

    def event(self, kind: str, data: dict[str, Any]) -> dict[str, Any]:
        """A fresh event of `kind`: the contract's example, with `data` laid over the example's data."""
        if kind not in self.examples:
            raise ValueError(f"unknown event type {kind!r}; the contract has: {', '.join(sorted(self.examples))}")
        example = self.examples[kind]
        return {
            "id": "evt_" + uuid.uuid4().hex,
            "apiVersion": example["apiVersion"],
            "createdAt": iso(datetime.now(UTC)),
            "type": kind,
            "data": {**example["data"], **data},
        }

    def emit(self, kind: str, data: dict[str, Any], *, delay: float = 0.0) -> None:
        """Send an event in the background, if an endpoint is configured.

        Events go out one at a time, in the order they happened, so a receiver sees a session's
        story in order (the real service promises no order; a test can shuffle itself).
        """
        if self.url:
            self._enqueue(self.event(kind, data), None, delay)

    async def send(self, event: dict[str, Any]) -> dict[str, Any]:
        """Send `event` after those already waiting, and return how its delivery went."""
        done: asyncio.Future[dict[str, Any]] = asyncio.get_running_loop().create_future()
        self._enqueue(event, done, 0.0)
        return await done

    def _enqueue(self, event: dict[str, Any], done: asyncio.Future[dict[str, Any]] | None, delay: float) -> None:
        if self._queue is None:
            self._queue = asyncio.Queue()
            self._spawn(self._worker(self._queue))
        if delay > 0:
            self._spawn(self._later(self._queue, event, delay))
        else:
            self._queue.put_nowait((event, done))

    def _spawn(self, work: Any) -> None:
        task = asyncio.get_running_loop().create_task(work)
        self._tasks.add(task)  # keep a reference: the loop holds tasks only weakly
        task.add_done_callback(self._tasks.discard)

    @staticmethod
    async def _later(queue: Queue, event: dict[str, Any], delay: float) -> None:
        await asyncio.sleep(delay)
        queue.put_nowait((event, None))

    async def _worker(self, queue: Queue) -> None:
        while True:
            event, done = await queue.get()
            try:
                record = await self.deliver(event)
            except Exception as exc:  # one broken delivery must not stop the ones after it
                log.exception("webhook %s could not be delivered", event["type"])
                if done is not None and not done.done():
                    done.set_exception(exc)
            else:
                if done is not None and not done.done():
                    done.set_result(record)

    async def deliver(self, event: dict[str, Any]) -> dict[str, Any]:
        """Post one event, retrying as Whereby does; the record of the attempts is kept and returned."""
        record: dict[str, Any] = {"id": event["id"], "type": event["type"], "url": self.url, "attempts": []}
        self.deliveries.append(record)
        if not self.url:
            record["delivered"] = False
            return record
        # Compact UTF-8, as the service sends it: Whereby's verification sample signs
        # `JSON.stringify(body)`, which writes "Zoë" as it is, not as "Zo\u00eb".
        body = json.dumps(event, separators=(",", ":"), ensure_ascii=False).encode("utf-8")
        import httpx  # here: most sandboxes send no webhook, and each start would pay for the import

        async with httpx.AsyncClient(timeout=TIMEOUT_SECONDS) as client:
            for attempt in range(RETRIES + 1):
                if attempt:
                    await asyncio.sleep(BACKOFF_SECONDS * 2 ** (attempt - 1))
                headers = {
                    "Content-Type": "application/json",
                    self.header: signature(body, self.secret, int(time.time())),
                }
                try:
                    reply = await client.post(self.url, content=body, headers=headers)
                except httpx.HTTPError as exc:
                    record["attempts"].append({"error": type(exc).__name__})
                    continue
                record["attempts"].append({"status": reply.status_code})
                if reply.status_code < 500:
                    break
        last = record["attempts"][-1]
        record["delivered"] = 200 <= last.get("status", 0) < 300
        if not record["delivered"]:
            log.warning("webhook %s to %s not delivered: %s", event["type"], self.url, record["attempts"])
        return record
