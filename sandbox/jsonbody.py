"""JSON request bodies as the sandbox reads them, for the API and the admin API alike.

JSON and nothing looser, so a client that would fail against a strict server fails here first:
UTF-8 without a byte order mark (RFC 8259 §8.1), numbers a double can hold (no NaN, no Infinity,
nothing that overflows to them), strings that UTF-8 can carry (no lone surrogates, which could not
be written back in a reply), and at most MAX_DEPTH levels of arrays and objects, so that nothing
after this (validation, handlers, replies) recurses without bound. Bad input never raises
anything but NotJSON; this module keeps no state.
"""

from __future__ import annotations

import codecs
import json
import math
import re
from typing import Any

MAX_DEPTH = 32
"""Levels of arrays and objects a body may have: several times what any body of the contract needs."""

_NOT_UTF8_BOMS = (codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)
_SURROGATE = re.compile("[\ud800-\udfff]")


class NotJSON(ValueError):
    """A body the sandbox does not read: `field` is "body" or the path of the bad value (`a.0.b`)."""

    def __init__(self, field: str, message: str) -> None:
        self.field = field
        self.message = message
        super().__init__(f"{field}: {message}")


def loads(raw: bytes) -> Any:
    """The JSON value of `raw`, or NotJSON saying what is wrong with it."""
    text = _utf8(raw)
    try:
        value = json.loads(text)
    except RecursionError:
        raise NotJSON("body", f"is nested deeper than {MAX_DEPTH} levels of arrays and objects") from None
    except json.JSONDecodeError as exc:
        raise NotJSON("body", f"is not valid JSON ({exc.msg} at line {exc.lineno} column {exc.colno})") from None
    except ValueError:  # an integer with more digits than Python converts
        raise NotJSON("body", "is not valid JSON (a number has too many digits)") from None
    _check(value)
    return value


def _utf8(raw: bytes) -> str:
    if raw.startswith(codecs.BOM_UTF8):
        raise NotJSON("body", "starts with a byte order mark: send UTF-8 without one (RFC 8259 §8.1)")
    # A NUL byte is never JSON text in UTF-8, and every UTF-16 or UTF-32 encoding of JSON has one.
    if raw.startswith(_NOT_UTF8_BOMS) or b"\x00" in raw:
        raise NotJSON(
            "body", "is not UTF-8 (it looks like UTF-16 or UTF-32); JSON must be sent as UTF-8 (RFC 8259 §8.1)"
        )
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise NotJSON("body", f"is not valid UTF-8 (byte 0x{raw[exc.start]:02x} at offset {exc.start})") from None


def _check(value: Any) -> None:
    """Depth, numbers and strings of a parsed body; iterative, so a deep body cannot exhaust the stack."""
    pending: list[tuple[Any, int, tuple[str, ...]]] = [(value, 0, ())]
    while pending:
        node, depth, path = pending.pop()
        if isinstance(node, dict | list):
            if depth == MAX_DEPTH:
                raise NotJSON("body", f"is nested deeper than {MAX_DEPTH} levels of arrays and objects")
            items = node.items() if isinstance(node, dict) else enumerate(node)
            for key, item in items:
                if isinstance(key, str) and (found := _SURROGATE.search(key)):
                    raise NotJSON(_field(path), f"has a key with a lone surrogate ({_escaped(found.group())})")
                pending.append((item, depth + 1, (*path, str(key))))
        elif isinstance(node, float) and not math.isfinite(node):
            raise NotJSON(_field(path), "must be a finite number (NaN and Infinity are not JSON)")
        elif isinstance(node, str) and (found := _SURROGATE.search(node)):
            raise NotJSON(_field(path), f"has a lone surrogate ({_escaped(found.group())}), which is not a character")


def _field(path: tuple[str, ...]) -> str:
    return ".".join(_escaped(part) for part in path) or "body"


def _escaped(text: str) -> str:
    """`text` with lone surrogates as \\udxxx, so that a reply can name it in UTF-8."""
    return text.encode("utf-8", "backslashreplace").decode("utf-8")
