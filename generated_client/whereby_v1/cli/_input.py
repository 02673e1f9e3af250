"""What people point the command line at, checked before anything is sent: files and stdin read
within a limit, JSON within a depth, a base URL whose port can exist.

A path may name something that never ends (/dev/zero, /dev/urandom, a pipe) or a file far larger
than the API takes; read whole, it ends in MemoryError. So a read here takes at most limit + 1
bytes (the one byte over proves the input too large) and refuses it as bad usage naming the
option, the source and the limit, as a click.UsageError (exit 2). A base URL's problem is said
without its user name or password.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any, BinaryIO
from urllib.parse import urlsplit

import click
import httpx

from ..overlay.client import redact_url

MiB = 1024 * 1024
MAX_JSON_BODY = 4 * MiB
"""--body. The API's JSON bodies are small (a meeting's settings, theme colours, the ids of a bulk
deletion); 4 MiB holds some 100,000 ids, and refuses a log file or a device given by mistake."""
MAX_UPLOAD = 16 * MiB
"""--form NAME=@file: the theme images. The contract sets no maximum; the API recommends about
600 KB for a background. 16 MiB takes any real image and refuses a video or a device."""
MAX_IDS = 16 * MiB
"""Ids read from stdin (`-`): hundreds of thousands of ids, far more than one run deletes."""
MAX_JSON_DEPTH = 64
"""No body or parameter of the contract nests more than a few levels; 64 stays far below Python's
recursion limit, so neither parsing nor the library's encoding of a body can run out of stack."""


def size_text(limit: int) -> str:
    return f"{limit // MiB} MiB" if limit % MiB == 0 else f"{limit} bytes"


def read_limited(source: str, limit: int, *, option: str, where: str, what: str) -> bytes:
    """The bytes of `source` (a path, or "-" for stdin), refused past `limit`.

    Messages name `option` (`--body`), `where` ("body file '/x.json'") and `what` the limit is for.
    """
    try:
        if source != "-":
            with Path(source).open("rb") as stream:
                data = _read(stream, limit)
        elif hasattr(sys.stdin, "buffer"):
            data = _read(sys.stdin.buffer, limit)
        else:  # a text stream put in place of stdin (a test runner's)
            data = sys.stdin.read(limit + 1).encode()
    except OSError as exc:
        raise click.UsageError(f"{option}: cannot read {where}: {exc.strerror or exc}") from None
    if len(data) > limit:
        raise click.UsageError(f"{option}: {where} is larger than {size_text(limit)}, the limit for {what}")
    return data


def _read(stream: BinaryIO, limit: int) -> bytes:
    # read(n) may return less than n before the end (pipes, terminals): read until n or the end.
    chunks: list[bytes] = []
    wanted = limit + 1
    while wanted > 0:
        chunk = stream.read(wanted)
        if not chunk:
            break
        chunks.append(chunk)
        wanted -= len(chunk)
    return b"".join(chunks)


def decode(option: str, where: str, data: bytes) -> str:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise click.UsageError(
            f"{option}: {where} is not UTF-8 text (byte 0x{data[exc.start]:02x} at offset {exc.start})"
        ) from None


def parse_json(text: str) -> Any:
    """JSON as the API takes it: no NaN or Infinity, nested at most MAX_JSON_DEPTH levels.

    Raises ValueError with a message that fits after "<where> ": "is not valid JSON: ..." or
    "nests deeper than 64 levels".
    """
    try:
        value = json.loads(text, parse_constant=_no_constant)
    except RecursionError:
        raise ValueError(f"nests deeper than {MAX_JSON_DEPTH} levels") from None
    except json.JSONDecodeError as exc:
        raise ValueError(f"is not valid JSON: {exc.msg} at line {exc.lineno} column {exc.colno}") from None
    except ValueError as exc:
        raise ValueError(f"is not valid JSON: {exc}") from None
    if _deeper_than(value, MAX_JSON_DEPTH):
        raise ValueError(f"nests deeper than {MAX_JSON_DEPTH} levels")
    return value


def _no_constant(name: str) -> Any:
    raise ValueError(f"{name} is not a number JSON allows")


def _deeper_than(value: Any, limit: int) -> bool:
    # Iterative: the value may be as deep as the parser's own limit allows.
    level = [value]
    for _ in range(limit):
        level = [
            child
            for item in level
            if isinstance(item, dict | list)
            for child in (item.values() if isinstance(item, dict) else item)
        ]
        if not level:
            return False
    return any(isinstance(item, dict | list) for item in level)


def base_url_problem(url: str) -> str | None:
    """What makes `url` unusable as a base URL before the library sees it: an unparsable URL, a
    port that cannot exist (valid ports are 1-65535). None when there is nothing of the kind.

    The text names the URL with any user name and password redacted, and fits after "Invalid value
    for '--base-url': ". The library checks the rest (scheme, credentials, plain http only to
    loopback) when the client is built.
    """
    shown = redact_url(url)
    try:
        parts = urlsplit(url)
        problem = _port_problem(parts.netloc.rpartition("@")[2], show="@" not in url)
        if problem is None:
            _ = httpx.URL(url).host  # the host name is decoded (IDNA) only when asked for
    except (ValueError, httpx.InvalidURL) as exc:  # ValueError: also a malformed IDNA host name
        return f"not a URL ({_without_secrets(str(exc), url)})"
    if problem is None:
        return None
    return problem if problem.startswith("not a URL") else f"{shown!r}: {problem}"


def _port_problem(hostport: str, *, show: bool) -> str | None:
    if hostport.startswith("["):  # [v6 address]:port
        address_end = hostport.find("]")
        if address_end < 0:
            return "not a URL (a '[' without its ']')"
        rest = hostport[address_end + 1 :]
        if rest and not rest.startswith(":"):
            return "not a URL (text after the ']' of the address)"
        port = rest[1:]
    else:
        port = hostport.rpartition(":")[2] if ":" in hostport else ""
    if not port:
        return None  # the scheme's own port
    if not (port.isascii() and port.isdigit()):
        return "the port is not a number (valid ports are 1-65535)"
    if len(port) > 5 or not 1 <= int(port) <= 65535:
        # A URL with a password that fooled the split may carry it where the port should be.
        number = f"port {port}" if show and len(port) <= 10 else "the port"
        return f"{number} is out of range (valid ports are 1-65535)"
    return None


def _without_secrets(message: str, url: str) -> str:
    try:
        parts = urlsplit(url)
        secrets = [s for s in (parts.password, parts.username) if s]
    except ValueError:
        secrets = []
    for secret in secrets:
        message = message.replace(secret, "***")
    return message
