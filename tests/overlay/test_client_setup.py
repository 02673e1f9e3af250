"""Setting up a WherebyClient: the key, the URL, the plan, and what it shows of itself."""

from __future__ import annotations

import traceback
from typing import Any

import pytest

from whereby_v1 import AuthenticatedClient
from whereby_v1.overlay import ConfigurationError, MemoryStore, WherebyClient


def test_the_key_comes_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("WHEREBY_API_KEY", "env-key-456")
    client = WherebyClient()
    assert client.token == "env-key-456"
    assert client.get_httpx_client().headers["Authorization"] == "Bearer env-key-456"


def test_a_missing_key_is_an_error_at_construction(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("WHEREBY_API_KEY", raising=False)
    with pytest.raises(ConfigurationError, match="WHEREBY_API_KEY"):
        WherebyClient()


def test_the_base_url_comes_from_the_environment_unless_given(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("WHEREBY_BASE_URL", raising=False)
    assert str(WherebyClient("k").get_httpx_client().base_url) == "https://api.whereby.dev/v1/"
    monkeypatch.setenv("WHEREBY_BASE_URL", "http://127.0.0.1:8080/v1")
    assert str(WherebyClient("k").get_httpx_client().base_url) == "http://127.0.0.1:8080/v1/"
    given = WherebyClient("k", base_url="https://eu.example.test/v1")
    assert str(given.get_httpx_client().base_url) == "https://eu.example.test/v1/"
    monkeypatch.setenv("WHEREBY_BASE_URL", "http://example.com/v1")
    with pytest.raises(ConfigurationError, match="unencrypted"):
        WherebyClient("k")


@pytest.mark.parametrize("url", ["http://api.whereby.dev/v1", "http://10.0.0.5:8080/v1", "http://example.com/v1"])
def test_plain_http_is_refused_for_remote_hosts(url: str) -> None:
    with pytest.raises(ConfigurationError, match="unencrypted"):
        WherebyClient("k", base_url=url)


@pytest.mark.parametrize("url", ["http://127.0.0.1:8080/v1", "http://localhost:8080/v1", "http://[::1]:8080/v1"])
def test_plain_http_is_allowed_on_loopback(url: str) -> None:
    assert WherebyClient("k", base_url=url).pacer.limit == 100


def test_credentials_in_the_url_are_refused() -> None:
    with pytest.raises(ConfigurationError, match="credentials"):
        WherebyClient("k", base_url="https://user:pw@api.whereby.dev/v1")


@pytest.mark.parametrize(("plan", "points"), [(None, 100), ("build", 100), ("grow", 1000), ("Enterprise", 1000)])
def test_plans_set_the_budget(plan: str | None, points: int) -> None:
    assert WherebyClient("k", plan=plan).pacer.limit == points


def test_bad_budget_settings_are_refused() -> None:
    with pytest.raises(ConfigurationError, match="unknown plan"):
        WherebyClient("k", plan="platinum")
    with pytest.raises(ConfigurationError, match="not both"):
        WherebyClient("k", plan="grow", points_per_minute=10)
    with pytest.raises(ConfigurationError):
        WherebyClient("k", points_per_minute=0)


def test_it_is_a_client_every_generated_function_accepts_and_its_repr_hides_the_key() -> None:
    client = WherebyClient("sk-live-secret-789", points_per_minute=250)
    assert isinstance(client, AuthenticatedClient)
    assert "sk-live-secret-789" not in repr(client)
    assert "sk-live-secret-789" not in repr(client.get_httpx_client())
    assert repr(client) == "WherebyClient(base_url='https://api.whereby.dev/v1', points_per_minute=250)"


def test_derived_clients_share_the_budget() -> None:
    store = MemoryStore()
    client = WherebyClient("k", budget=store)
    other = client.with_headers({"X-Trace": "1"})
    assert other.pacer is client.pacer and other.pacer.store is store
    assert other.get_httpx_client() is not client.get_httpx_client()
    assert other.get_httpx_client().headers["X-Trace"] == "1"


@pytest.mark.parametrize(
    ("settings", "named"),
    [
        ({"window": float("nan")}, "window"),
        ({"window": float("inf")}, "window"),
        ({"window": -1.0}, "window"),
        ({"window": 0.0}, "window"),
        ({"points_per_minute": float("inf")}, "points_per_minute"),
        ({"points_per_minute": float("nan")}, "points_per_minute"),
        ({"points_per_minute": 2.5}, "points_per_minute"),
        ({"points_per_minute": True}, "points_per_minute"),
        ({"max_rate_limit_wait": float("nan")}, "max_rate_limit_wait"),
        ({"max_retries": -1}, "max_retries"),
    ],
)
def test_non_finite_or_non_positive_budgets_and_windows_are_refused_naming_the_setting(
    settings: dict[str, Any], named: str
) -> None:
    # A nan window used to be accepted, and the store then spun forever once the budget was spent.
    with pytest.raises(ConfigurationError, match=named):
        WherebyClient("k", base_url="http://127.0.0.1:9/v1", **settings)


@pytest.mark.parametrize("window", [float("nan"), float("inf"), 0.0])
def test_the_pacer_and_the_memory_store_refuse_a_window_that_cannot_end(window: float) -> None:
    from whereby_v1.overlay.pacing import Pacer
    from whereby_v1.overlay.stores.memory import MemoryStore

    with pytest.raises(ValueError, match="window"):
        Pacer(MemoryStore(), 10, window)
    with pytest.raises(ValueError, match="window"):
        MemoryStore().book(1, 10, window)


@pytest.mark.parametrize(
    "key", ["sk-live-1234 ", " sk-live-1234", "sk-live-1234\n", "sk\r\nlive", "sk\tlive", "sk\x00live", "sk-lïve"]
)
def test_a_key_with_whitespace_or_a_control_character_is_refused_without_showing_it(key: str) -> None:
    with pytest.raises(ConfigurationError) as caught:
        WherebyClient(key, base_url="http://127.0.0.1:9/v1")
    shown = "".join(traceback.format_exception(caught.value))
    assert "API key" in str(caught.value)
    assert key.strip() not in shown and "live" not in shown


@pytest.mark.parametrize(
    "url", ["ftp://u:PASS@host", "https://u:PASS@/v1", "https://u:PASS@api.whereby.dev/v1", "http://:PASS@127.0.0.1/v1"]
)
def test_a_base_url_with_a_password_is_refused_without_showing_it(url: str) -> None:
    with pytest.raises(ConfigurationError) as caught:
        WherebyClient("k", base_url=url)
    shown = "".join(traceback.format_exception(caught.value))
    assert "credentials" in str(caught.value) and "PASS" not in shown


@pytest.mark.parametrize(
    ("url", "problem"),
    [
        ("http://127.0.0.1:99999/v1", "no usable port"),
        ("http://127.0.0.1:0/v1", "no usable port"),
        ("http://127.0.0.1:abc/v1", "no usable port"),
        ("https://xn--/v1", "not a URL httpx can use"),
        ("https://exa\x01mple.com/v1", "not a URL httpx can use"),
    ],
)
def test_a_base_url_nobody_can_be_reached_at_is_refused_when_the_client_is_made(url: str, problem: str) -> None:
    # Before, port 99999 was accepted and every call failed (and was retried) as a connection error.
    with pytest.raises(ConfigurationError, match=problem):
        WherebyClient("k", base_url=url)
