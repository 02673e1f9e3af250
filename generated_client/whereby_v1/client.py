"""The connection settings every generated function takes as `client=`.

`AuthenticatedClient` sends the bearer token on every request; `Client` sends none. Both build
their httpx clients lazily, with a finite default timeout, and never show the token in a repr.
"""

import ssl
from typing import Any, Self

import httpx
from attrs import define, evolve, field

DEFAULT_TIMEOUT = httpx.Timeout(60.0, connect=10.0)
"""Used when no timeout is given: a slow or silent server must not hang the caller forever."""


@define
class _BaseClient:
    """What `Client` and `AuthenticatedClient` share; use one of those."""

    raise_on_unexpected_status: bool = field(default=False, kw_only=True)
    """Raise errors.UnexpectedStatus for a status the contract does not document (default: return None)."""
    _base_url: str = field(alias="base_url")
    _cookies: dict[str, str] = field(factory=dict, kw_only=True, alias="cookies")
    _headers: dict[str, str] = field(factory=dict, kw_only=True, alias="headers", repr=False)
    _timeout: httpx.Timeout = field(
        default=DEFAULT_TIMEOUT, kw_only=True, alias="timeout", converter=lambda t: DEFAULT_TIMEOUT if t is None else t
    )
    _verify_ssl: str | bool | ssl.SSLContext = field(default=True, kw_only=True, alias="verify_ssl")
    _follow_redirects: bool = field(default=False, kw_only=True, alias="follow_redirects")
    _httpx_args: dict[str, Any] = field(factory=dict, kw_only=True, alias="httpx_args", repr=False)
    _client: httpx.Client | None = field(default=None, init=False, repr=False)
    _async_client: httpx.AsyncClient | None = field(default=None, init=False, repr=False)

    def with_headers(self, headers: dict[str, str]) -> Self:
        """A copy of this client that also sends `headers`."""
        if self._client is not None:
            self._client.headers.update(headers)
        if self._async_client is not None:
            self._async_client.headers.update(headers)
        return evolve(self, headers={**self._headers, **headers})

    def with_cookies(self, cookies: dict[str, str]) -> Self:
        """A copy of this client that also sends `cookies`."""
        if self._client is not None:
            self._client.cookies.update(cookies)
        if self._async_client is not None:
            self._async_client.cookies.update(cookies)
        return evolve(self, cookies={**self._cookies, **cookies})

    def with_timeout(self, timeout: httpx.Timeout) -> Self:
        """A copy of this client with another timeout."""
        if self._client is not None:
            self._client.timeout = timeout
        if self._async_client is not None:
            self._async_client.timeout = timeout
        return evolve(self, timeout=timeout)

    def _client_args(self) -> dict[str, Any]:
        return {
            "base_url": self._base_url,
            "cookies": self._cookies,
            "headers": self._all_headers(),
            "timeout": self._timeout,
            "verify": self._verify_ssl,
            "follow_redirects": self._follow_redirects,
            **self._httpx_args,
        }

    def set_httpx_client(self, client: httpx.Client) -> Self:
        """Use `client` for requests; its own settings replace this object's headers, cookies and timeout."""
        self._client = client
        return self

    def get_httpx_client(self) -> httpx.Client:
        """The httpx.Client requests go through, built on first use."""
        if self._client is None:
            self._client = httpx.Client(**self._client_args())
        return self._client

    def __enter__(self) -> Self:
        self.get_httpx_client().__enter__()
        return self

    def __exit__(self, *args: Any, **kwargs: Any) -> None:
        self.get_httpx_client().__exit__(*args, **kwargs)

    def set_async_httpx_client(self, async_client: httpx.AsyncClient) -> Self:
        """Use `async_client` for async requests; its own settings replace this object's."""
        self._async_client = async_client
        return self

    def get_async_httpx_client(self) -> httpx.AsyncClient:
        """The httpx.AsyncClient async requests go through, built on first use."""
        if self._async_client is None:
            self._async_client = httpx.AsyncClient(**self._client_args())
        return self._async_client

    async def __aenter__(self) -> Self:
        await self.get_async_httpx_client().__aenter__()
        return self

    async def __aexit__(self, *args: Any, **kwargs: Any) -> None:
        await self.get_async_httpx_client().__aexit__(*args, **kwargs)

    def _all_headers(self) -> dict[str, str]:
        return dict(self._headers)


@define
class Client(_BaseClient):
    """Settings for unauthenticated requests.

    Keyword arguments: `base_url` (required), `cookies`, `headers`, `timeout` (default
    `DEFAULT_TIMEOUT`), `verify_ssl`, `follow_redirects` (default False), `httpx_args` (passed to
    the httpx client constructors), `raise_on_unexpected_status`.
    """


@define
class AuthenticatedClient(_BaseClient):
    """Settings for requests that carry the API key as a bearer token.

    Takes the same keyword arguments as `Client`, plus `token` (the API key), `prefix`
    (default "Bearer") and `auth_header_name` (default "Authorization"). The token is
    kept out of `repr()`.
    """

    token: str = field(kw_only=True, repr=False)
    prefix: str = field(default="Bearer", kw_only=True)
    auth_header_name: str = field(default="Authorization", kw_only=True)

    def _all_headers(self) -> dict[str, str]:
        value = f"{self.prefix} {self.token}" if self.prefix else self.token
        return {**self._headers, self.auth_header_name: value}
