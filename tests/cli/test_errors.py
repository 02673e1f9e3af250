"""Bad input and refusals: one line on stderr, a documented exit status, never a traceback or the key.

`whereby()` in conftest checks the one line, the missing traceback and the missing key on every run.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import httpx
import pytest

from tests.cli.conftest import KEY, NOWHERE, Run, environment, whereby
from tests.sandbox.conftest import RunningSandbox
from whereby_v1.cli import _common
from whereby_v1.cli._common import Settings, State

USAGE, API_ERROR = 2, 1


def test_without_a_key_nothing_is_sent_and_the_variable_is_named() -> None:
    result = whereby("meetings", "list", base_url=NOWHERE, key=None)
    assert result.code == USAGE
    assert "WHEREBY_API_KEY" in result.error and result.stdout == ""


def test_a_wrong_key_is_an_api_error_that_does_not_repeat_the_key(sandbox: RunningSandbox) -> None:
    wrong = "wrong-key-0a1b2c3d"
    result = whereby("meetings", "list", "--json", base_url=sandbox.base_url, key=wrong)
    assert result.code == API_ERROR
    assert "401" in result.error and wrong not in result.stderr + result.stdout


def test_a_missing_resource_is_one_line_with_the_servers_reason(cli: Run) -> None:
    result = cli("meetings", "get", "no-such-meeting", "--json")
    assert result.code == API_ERROR and result.stdout == ""
    assert "404" in result.error and "no-such-meeting" in result.error
    assert result.error.endswith("404 GET /v1/meetings/no-such-meeting: no meeting 'no-such-meeting'")  # said once


def test_the_servers_validation_error_names_the_field(cli: Run) -> None:
    result = cli("meetings", "create", "--end-date", "2001-01-01T00:00:00Z")
    assert result.code == API_ERROR
    assert "400" in result.error and "endDate" in result.error
    assert result.error.count("endDate") == result.error.count("(field endDate)") + 1  # the reason once


BAD_INPUT = [
    (("meetings", "create", "--end-date", "2099-01-01T10:00"), "no UTC offset"),
    (("meetings", "create", "--end-date", "next tuesday"), "neither an ISO 8601 time"),
    (("meetings", "create", "--end-date", "+99999999999d"), "'--end-date': '+99999999999d' is too far in the future"),
    (("meetings", "create", "--end-date", "+999999999d"), "'--end-date': '+999999999d' is too far in the future"),
    (("insights", "rooms", "--created-from", "+" + "9" * 5000 + "s"), "Invalid value for '--created-from'"),
    (("meetings", "create", "--end-date", "+1h", "--room-mode", "huge"), "huge"),
    (("meetings", "lst"), "No such command 'lst'"),
    (("summaries", "create", "--transcription-id", "t", "--wait", "--timeout", "1e308"), "'--timeout': 1e+308 is not"),
    (("summaries", "create", "--transcription-id", "t", "--poll-interval", "nan"), "not nan"),
    (("meetings", "delete", "-"), "no meeting ids given"),
    (("--base-url", "http://example.com/v1", "meetings", "list"), "plain http://"),
    (("call", "getMeetingz"), "did you mean getMeeting"),
    (("call", "getMeeting"), "missing required parameter(s) meetingId"),
    (("call", "getMeeting", "-p", "meetingId=1", "-p", "colour=red"), "unknown parameter(s) colour"),
    (("call", "getMeetings", "-p", "limit=many"), "limit: 'many' is not a valid int"),
    (("call", "getRecordings", "-p", "sortBy=size"), "is not one of: duration:asc"),
    (("call", "getMeeting", "-p", "meetingId="), "must not be empty"),
    (("call", "getMeetings", "--body", "{}"), "getMeetings takes no body"),
    (("call", "createMeeting"), "needs a body"),
    (("call", "createMeeting", "--body", "[1, 2]"), "must be a JSON object"),
    (("call", "createMeeting", "--body", '{"roomMode": "group"}'), "needs the field 'endDate'"),
    (("call", "createMeeting", "--body", '{"endDate": "2099-01-01T10:00:00"}'), "endDate: naive datetime"),
    (("call", "createMeeting", "--body", "{oops"), "--body is not valid JSON"),
    (("call", "setRoomLogo", "-p", "roomName=/r", "--form", "image=@/no/such/logo.png"), "/no/such/logo.png"),
]


@pytest.mark.parametrize(("args", "expected"), BAD_INPUT, ids=[" ".join(args) for args, _ in BAD_INPUT])
def test_bad_input_is_refused_before_anything_is_sent(args: tuple[str, ...], expected: str) -> None:
    result = whereby(*args, base_url=NOWHERE)
    assert result.code == USAGE, result.stderr
    assert expected in result.error
    assert result.stdout == ""


def test_the_valid_parameters_are_listed_when_one_is_unknown(cli: Run) -> None:
    result = cli("call", "getMeetings", "-p", "room=x")
    assert "getMeetings's parameters are: cursor, limit, fields, roomName" in result.error


def test_a_body_file_that_is_not_json_is_named(cli: Run, tmp_path: Path) -> None:
    broken = tmp_path / "broken-meeting.json"
    broken.write_text('{"endDate": \n')
    result = cli("call", "createMeeting", "--body", f"@{broken}")
    assert result.code == USAGE
    assert str(broken) in result.error and "not valid JSON" in result.error and "line 2" in result.error
    missing = cli("call", "createMeeting", "--body", f"@{tmp_path / 'absent.json'}")
    assert missing.code == USAGE and "absent.json" in missing.error


def test_an_unreachable_server_is_an_api_error() -> None:
    result = whereby("meetings", "get", "1", base_url=NOWHERE)
    assert result.code == API_ERROR
    assert "ConnectError" in result.error


def test_the_base_url_comes_from_the_option_else_the_client_reads_the_variable(
    sandbox: RunningSandbox, monkeypatch: pytest.MonkeyPatch
) -> None:
    made: list[dict[str, object]] = []
    monkeypatch.setattr(_common, "Whereby", lambda **kwargs: made.append(kwargs))
    monkeypatch.setenv("WHEREBY_API_KEY", KEY)
    State().client()
    State(Settings(base_url=sandbox.base_url)).client()
    assert [m["base_url"] for m in made] == [None, sandbox.base_url]
    monkeypatch.undo()  # the runs below make real clients
    # ... and a bad URL from the variable is refused like one from the option: one line, exit 2.
    refused = whereby("meetings", "list", base_url="http://example.com/v1")
    assert refused.code == USAGE and "plain http:// to example.com" in refused.error
    chosen = whereby("meetings", "list", "--json", "--base-url", sandbox.base_url, base_url=NOWHERE)
    assert chosen.code == 0, chosen.stderr


def test_help_documents_the_exit_statuses_and_the_key_variable() -> None:
    result = whereby("--help", key=None)
    assert result.code == 0
    for text in ("WHEREBY_API_KEY", "Exit status", "130", "--json"):
        assert text in result.stdout


def test_without_the_cli_extra_a_one_line_hint_and_the_library_still_imports() -> None:
    blocked = "import sys; sys.modules['rich'] = None; sys.modules['click'] = None; "
    hint = subprocess.run(
        [sys.executable, "-c", blocked + "from whereby_v1.cli import main; main(['operations'])"],
        env=environment(),
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert hint.returncode == USAGE
    assert hint.stderr.strip().splitlines() == [
        "whereby-v1: the command line needs the 'cli' extra (click is missing): pip install 'whereby-v1[cli]'"
    ]
    library = subprocess.run(
        [sys.executable, "-c", blocked + "import whereby_v1, whereby_v1.overlay, whereby_v1.api.meetings.get_meetings"],
        env=environment(),
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert library.returncode == 0, library.stderr
    assert KEY not in hint.stderr


def test_a_base_url_with_a_password_is_bad_usage_that_does_not_show_it() -> None:
    result = whereby("meetings", "list", base_url="https://user:S3CRETPASS@api.whereby.dev/v1")
    assert result.code == 2, result.stderr
    assert "credentials" in result.error and "S3CRETPASS" not in result.stderr + result.stdout


def test_a_short_key_is_scrubbed_only_where_it_stands(sandbox: RunningSandbox) -> None:
    # With the key "n", scrubbing every "n" would garble the server's words into "u***k***ow***".
    result = whereby("meetings", "get", "unknown", base_url=sandbox.base_url, key="n")
    assert result.code == API_ERROR
    assert "***" not in result.error and "401" in result.error


def test_whereby_log_adds_no_second_log_to_the_command_line(sandbox: RunningSandbox) -> None:
    # The command line owns the library's log: -v shows each debug line once, WHEREBY_LOG adds nothing.
    from tests.cli.conftest import SCRIPT

    env = environment(sandbox.base_url, KEY, WHEREBY_LOG="debug")
    quiet = subprocess.run([str(SCRIPT), "meetings", "list"], env=env, capture_output=True, text=True, timeout=60)
    assert quiet.returncode == 0 and "DEBUG" not in quiet.stderr and "debug" not in quiet.stderr.lower()
    loud = subprocess.run(
        [str(SCRIPT), "-v", "meetings", "list", "--points-per-minute", "1", "--window", "1", "--limit", "1"],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    lines = [line for line in loud.stderr.splitlines() if "budget" in line]
    assert loud.returncode == 0 and len(lines) == len(set(lines))


def test_a_success_reply_that_does_not_fit_is_one_line_naming_the_operation_and_field(
    cli: Run, sandbox: RunningSandbox
) -> None:
    auth = {"Authorization": f"Bearer {KEY}"}
    made = httpx.post(sandbox.base_url + "/meetings", json={"endDate": "2099-01-01T00:00:00Z"}, headers=auth).json()
    try:
        sandbox.admin("PUT", "replies/getMeeting", json={"merge": {"roomUrl": 42}, "times": 2})
        for args in (
            ("meetings", "get", made["meetingId"], "--json"),
            ("call", "getMeeting", "-p", f"meetingId={made['meetingId']}"),
        ):
            result = cli(*args)
            assert result.code == API_ERROR and result.stdout == ""
            assert "200 GET /v1/meetings/" in result.error and "(getMeeting)" in result.error
            assert "Meeting.roomUrl: expected a string, got an integer (42)" in result.error
    finally:
        sandbox.admin("DELETE", "replies")
