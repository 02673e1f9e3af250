"""What the command line reads is bounded: input past a limit is bad usage (exit 2) that names the
option, where the input came from and the limit, and is refused before anything is sent.

The runs point at NOWHERE, where nothing listens: a run that sent a request would end in a
connection error (exit 1), so exit 2 also proves nothing was sent. Sources that never end
(/dev/zero, /dev/urandom) would be read until MemoryError if the limits did not hold.
"""

from __future__ import annotations

import json
from pathlib import Path

import click
import pytest

from tests.cli.conftest import NOWHERE, whereby

USAGE, API_ERROR = 2, 1
ENDLESS = ["/dev/zero", "/dev/urandom"]
MEETING = {"endDate": "2099-01-01T00:00:00Z"}


@pytest.mark.parametrize("device", ENDLESS)
def test_a_body_file_that_never_ends_is_refused_at_4_mib(device: str) -> None:
    result = whereby("call", "createMeeting", "--body", f"@{device}", base_url=NOWHERE)
    assert result.code == USAGE, result.stderr
    assert "--body" in result.error and repr(device) in result.error and "4 MiB" in result.error


def test_a_body_from_stdin_that_never_ends_is_refused_at_4_mib() -> None:
    result = whereby("call", "createMeeting", "--body", "-", base_url=NOWHERE, stdin=Path("/dev/zero"))
    assert result.code == USAGE, result.stderr
    assert "--body" in result.error and "stdin" in result.error and "4 MiB" in result.error


def test_a_body_file_of_exactly_the_limit_is_read_and_sent(tmp_path: Path) -> None:
    # The boundary: 4 MiB of JSON (padded with spaces) is a body; it is sent, and NOWHERE refuses it.
    text = json.dumps(MEETING)
    body = tmp_path / "padded.json"
    body.write_text(text + " " * (4 * 1024 * 1024 - len(text)))
    result = whereby("call", "createMeeting", "--body", f"@{body}", base_url=NOWHERE)
    assert result.code == API_ERROR, result.stderr
    assert "POST /v1/meetings" in result.error  # sent
    body.write_text(text + " " * (4 * 1024 * 1024 + 1 - len(text)))
    over = whereby("call", "createMeeting", "--body", f"@{body}", base_url=NOWHERE)
    assert over.code == USAGE and "4 MiB" in over.error


@pytest.mark.parametrize("device", ENDLESS)
def test_a_form_file_that_never_ends_is_refused_at_16_mib(device: str) -> None:
    result = whereby("call", "setRoomLogo", "-p", "roomName=/r", "--form", f"image=@{device}", base_url=NOWHERE)
    assert result.code == USAGE, result.stderr
    assert "--form image" in result.error and repr(device) in result.error and "16 MiB" in result.error


@pytest.mark.parametrize("command", [("meetings", "delete", "-"), ("recordings", "delete", "-")])
def test_ids_from_stdin_that_never_end_are_refused_at_16_mib(command: tuple[str, ...]) -> None:
    result = whereby(*command, base_url=NOWHERE, stdin=Path("/dev/zero"))
    assert result.code == USAGE, result.stderr
    assert "stdin" in result.error and "16 MiB" in result.error


def test_ids_from_stdin_that_are_not_text_are_refused(tmp_path: Path) -> None:
    binary = tmp_path / "ids.bin"
    binary.write_bytes(b"m-1 \xff\xfe m-2")
    result = whereby("meetings", "delete", "-", base_url=NOWHERE, stdin=binary)
    assert result.code == USAGE, result.stderr
    assert "stdin" in result.error and "UTF-8" in result.error


NESTED = [
    pytest.param(("--body", "[" * 50_000 + "]" * 50_000), "--body nests deeper than 64 levels", id="inline"),
    pytest.param(
        ("--body", json.dumps({**MEETING, "extra": json.loads("[" * 65 + "]" * 65)})),
        "--body nests deeper than 64 levels",
        id="past-the-limit-yet-parsable",
    ),
    pytest.param(("--body", "-"), "the body from stdin nests deeper than 64 levels", id="stdin"),
    pytest.param(
        ("-p", "roomName=" + "[" * 50_000),
        "roomName: nests deeper than 64 levels",
        id="object-parameter",
    ),
]


@pytest.mark.parametrize(("args", "expected"), NESTED)
def test_deeply_nested_json_is_bad_input(args: tuple[str, ...], expected: str) -> None:
    operation = "getMeetings" if args[0] == "-p" else "createMeeting"
    stdin = "[" * 100_000 + "]" * 100_000 if args[-1] == "-" else None
    result = whereby("call", operation, *args, base_url=NOWHERE, stdin=stdin)
    assert result.code == USAGE, result.stderr
    assert expected in result.error


def test_a_deeply_nested_body_file_is_named(tmp_path: Path) -> None:
    deep = tmp_path / "deep.json"
    deep.write_text("[" * 100_000 + "]" * 100_000)
    result = whereby("call", "createMeeting", "--body", f"@{deep}", base_url=NOWHERE)
    assert result.code == USAGE, result.stderr
    assert f"body file {str(deep)!r} nests deeper than 64 levels" in result.error


@pytest.mark.parametrize("constant", ["NaN", "Infinity", "-Infinity"])
def test_nan_and_infinity_in_a_body_are_refused_naming_the_body(constant: str) -> None:
    body = '{"endDate": "2099-01-01T00:00:00Z", "roomNamePrefix": ' + constant + "}"
    result = whereby("call", "createMeeting", "--body", body, base_url=NOWHERE)
    assert result.code == USAGE, result.stderr
    assert "--body is not valid JSON" in result.error and constant in result.error


@pytest.mark.parametrize(
    "command",
    [("meetings", "list"), ("recordings", "list"), ("summaries", "list"), ("insights", "rooms")],
    ids=" ".join,
)
def test_a_cursor_of_100_kb_is_refused_naming_the_option(command: tuple[str, ...]) -> None:
    result = whereby(*command, "--cursor", "c" * 100_000, base_url=NOWHERE)
    assert result.code == USAGE, result.stderr
    assert "'--cursor'" in result.error and "100000 characters" in result.error


@pytest.mark.parametrize(
    "args",
    [
        ("insights", "participant", "--room-session-id", "s" * 100_000, "--participant-id", "p"),
        ("call", "getMeetings", "-p", "cursor=" + "c" * 100_000),
    ],
    ids=["option", "call-parameter"],
)
def test_a_query_value_too_long_for_a_url_is_bad_input(args: tuple[str, ...]) -> None:
    result = whereby(*args, base_url=NOWHERE)
    assert result.code == USAGE, result.stderr
    # httpx's "URL component 'query' too long", or the library's own "... characters long" naming the parameter.
    assert "long" in result.error and "unexpected" not in result.error


def test_a_parameter_that_must_be_a_number_is_refused_as_nan_or_infinite() -> None:
    # No operation takes a float parameter today; the conversion is the one every future one gets.
    from whereby_v1.cli._call import _scalar

    assert _scalar("ratio", "0.5", float) == 0.5
    for text in ("nan", "inf", "-Infinity"):
        with pytest.raises(click.UsageError, match=f"ratio: {text!r} is not a finite number"):
            _scalar("ratio", text, float)


@pytest.mark.parametrize("value", ["nan", "inf"])
def test_a_window_that_is_not_finite_is_refused_naming_the_option(value: str) -> None:
    result = whereby("--window", value, "meetings", "list", base_url=NOWHERE)
    assert result.code == USAGE, result.stderr
    assert "'--window'" in result.error and value in result.error
