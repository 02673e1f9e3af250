"""The way people call rate-limited APIs today: no pacing, and a retry loop that honours Retry-After.

`RetryOnly` wraps the bare generated `AuthenticatedClient`. On a 429 it sleeps the seconds the
server's `Retry-After` header gives (the HTTP delay-seconds form, falling back to one second) and
sends the request again; it never looks at X-RateLimit-Remaining and never waits before sending.
That is what a tenacity or stamina retry decorator keyed on 429 does, and what the Stainless SDKs
do (they honour Retry-After up to 60 s). It adds no jitter, as those SDKs add none when the
server names a delay.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Mapping
from types import ModuleType
from typing import Any

from whereby_v1 import AuthenticatedClient

MAX_ATTEMPTS = 100
"""Plenty: the bench must finish its work; a peer that gave up would look cheaper than it is."""


def retry_after_seconds(headers: Mapping[str, str]) -> float:
    value = headers.get("retry-after")
    try:
        return max(float(value), 0.0) if value is not None else 1.0
    except ValueError:
        return 1.0


class RetryOnly:
    """Calls generated operations (`whereby_v1.api.<tag>.<operation>` modules) until they are not 429."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self.client = client
        self.throttled = 0  # 429s this peer received (the server counts them too)

    def call(self, operation: ModuleType, **kwargs: Any) -> Any:
        for _ in range(MAX_ATTEMPTS):
            response = operation.sync_detailed(client=self.client, **kwargs)
            if response.status_code != 429:
                return response
            self.throttled += 1
            time.sleep(retry_after_seconds(response.headers))
        return response

    async def acall(self, operation: ModuleType, **kwargs: Any) -> Any:
        for _ in range(MAX_ATTEMPTS):
            response = await operation.asyncio_detailed(client=self.client, **kwargs)
            if response.status_code != 429:
                return response
            self.throttled += 1
            await asyncio.sleep(retry_after_seconds(response.headers))
        return response


class Direct:
    """Our client needs no loop: `WherebyClient` paces and waits out 429s inside its transport."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self.client = client

    def call(self, operation: ModuleType, **kwargs: Any) -> Any:
        return operation.sync_detailed(client=self.client, **kwargs)

    async def acall(self, operation: ModuleType, **kwargs: Any) -> Any:
        return await operation.asyncio_detailed(client=self.client, **kwargs)
