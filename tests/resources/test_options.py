"""The resource client's options: where the key and base URL come from, what repr and logs show,
and what `with_options` changes and shares."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable

import pytest

from tests.client.conftest import RecordingServer
from tests.conftest import ROOT
from tests.sandbox.conftest import DEV_TOKEN, RunningSandbox
from whereby_v1 import AsyncWhereby, ConfigurationError, SQLiteStore, Whereby

SECRET = "sk-test-2f9c81d0aa"


def test_the_key_and_base_url_come_from_the_environment(
    monkeypatch: pytest.MonkeyPatch, http_server: RecordingServer
) -> None:
    monkeypatch.setenv("WHEREBY_API_KEY", SECRET)
    monkeypatch.setenv("WHEREBY_BASE_URL", http_server.base_url)
    http_server.reply_with(204)
    with Whereby() as client:
        assert client.base_url == http_server.base_url
        client.meetings.delete("1")
    assert http_server.requests[0].headers["authorization"] == f"Bearer {SECRET}"


def test_without_a_key_the_client_says_how_to_give_one(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("WHEREBY_API_KEY", raising=False)
    with pytest.raises(ConfigurationError, match="WHEREBY_API_KEY"):
        Whereby()
    with pytest.raises(ConfigurationError, match="WHEREBY_API_KEY"):
        AsyncWhereby()


def test_the_key_is_not_in_the_repr_of_the_client_or_its_copies() -> None:
    client = Whereby(SECRET, base_url="http://127.0.0.1:9/v1")
    for shown in (client, client.with_options(timeout=3), client.meetings, client.with_raw_response):
        assert SECRET not in repr(shown)
    assert repr(client) == "Whereby(base_url='http://127.0.0.1:9/v1', points_per_minute=100)"


def test_with_options_changes_only_what_it_is_given(http_server: RecordingServer, tmp_path: object) -> None:
    store = SQLiteStore(os.path.join(str(tmp_path), "budget.sqlite"))
    client = Whereby("k", base_url=http_server.base_url, budget=store, max_retries=4, default_headers={"X-A": "1"})
    copy = client.with_options(default_headers={"X-B": "2"})
    assert copy.budget is store and copy._client.settings.max_retries == 4
    assert copy._client.settings.max_rate_limit_wait == client._client.settings.max_rate_limit_wait
    http_server.reply_with(204)
    copy.meetings.delete("1")
    headers = http_server.requests[0].headers
    assert headers["x-a"] == "1" and headers["x-b"] == "2"
    assert copy.meetings is not client.meetings  # each copy has its own resources, bound to it


def test_whereby_log_shows_waits_on_stderr_without_the_key(sandbox_factory: Callable[..., RunningSandbox]) -> None:
    small = sandbox_factory("--budget", "4", "--window", "1")
    program = (
        "from datetime import UTC, datetime, timedelta\n"
        "from whereby_v1 import Whereby\n"
        f"client = Whereby({DEV_TOKEN!r}, base_url={small.base_url!r}, points_per_minute=4, window=1)\n"
        "for _ in range(2):\n"
        "    client.meetings.create(end_date=datetime.now(UTC) + timedelta(hours=1))\n"
    )
    env = {**os.environ, "WHEREBY_LOG": "debug"}
    result = subprocess.run(
        [sys.executable, "-c", program], cwd=ROOT, env=env, capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr
    assert "whereby_v1 DEBUG" in result.stderr and "waiting" in result.stderr
    assert DEV_TOKEN not in result.stderr
    quiet = subprocess.run(
        [sys.executable, "-c", program], cwd=ROOT, env={**os.environ, "WHEREBY_LOG": ""}, capture_output=True, text=True
    )
    assert quiet.returncode == 0 and "whereby_v1" not in quiet.stderr


def test_with_options_refuses_what_the_constructor_refuses() -> None:
    client = Whereby("k", base_url="http://127.0.0.1:9/v1")
    with pytest.raises(ConfigurationError, match="max_retries"):
        client.with_options(max_retries=-1)
    with pytest.raises(ConfigurationError, match="max_rate_limit_wait"):
        client.with_options(max_rate_limit_wait=float("nan"))
