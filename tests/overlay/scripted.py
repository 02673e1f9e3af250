"""A WherebyClient whose network is a script of replies and whose waits are recorded, not slept.

The overlay's logic runs for real; only the far end and the clock's sleeping are stand-ins.
Everything that crosses the wire is tested again against the sandbox in test_against_sandbox.py.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import httpx

from whereby_v1.overlay import WherebyClient
from whereby_v1.overlay.stores.memory import MemoryStore

Reply = httpx.Response | Exception | Callable[[httpx.Request], httpx.Response]


class Script:
    def __init__(self, *replies: Reply) -> None:
        self.replies = list(replies)
        self.requests: list[httpx.Request] = []
        self.sleeps: list[float] = []

    def handler(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        if not self.replies:
            raise AssertionError(f"unexpected extra request {request.method} {request.url}")
        reply = self.replies.pop(0)
        if isinstance(reply, Exception):
            raise reply
        if callable(reply):
            return reply(request)
        return reply


def scripted_client(script: Script, **kwargs: Any) -> WherebyClient:
    kwargs.setdefault("points_per_minute", 1000)
    client = WherebyClient(
        "test-key-123",
        base_url="https://api.whereby.dev/v1",
        budget=MemoryStore(),
        httpx_args={"transport": httpx.MockTransport(script.handler)},
        **kwargs,
    )
    client._sync_sleep = script.sleeps.append
    return client


def json_reply(status: int, body: Any = None, headers: dict[str, str] | None = None) -> httpx.Response:
    if body is None:
        return httpx.Response(status, headers=headers)
    return httpx.Response(status, json=body, headers=headers)
