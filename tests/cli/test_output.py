"""What reaches stdout: API data exactly as the API sent it, and a quiet stop when the reader goes away."""

from __future__ import annotations

import os
import subprocess

import pytest

from tests.cli.conftest import SCRIPT, Run, environment
from tests.sandbox.conftest import RunningSandbox
from whereby_v1.cli._output import Output

MARKUP = ("[bold]x[/bold]", "[/x] close", "[a link] text")
"""Text rich would read as markup: styled away, dropped, or a MarkupError."""
READER_GONE = 141


def test_brackets_in_api_data_are_printed_literally_in_both_tables(capsys: pytest.CaptureFixture[str]) -> None:
    out = Output(json_mode=False)
    out.items([{"roomName": text, "state": {"nested": text}} for text in MARKUP], ("roomName", "state"))
    out.item({"displayName": MARKUP[1], MARKUP[0]: MARKUP[2]})
    printed = capsys.readouterr().out
    for text in MARKUP:
        assert text in printed
        assert f'{{"nested":"{text}"}}' in printed


def test_a_room_named_like_markup_is_shown_as_named(cli: Run, sandbox: RunningSandbox) -> None:
    room = "/[bold]x[/bold]-[/x]-[a link] text"
    (recording_id,) = sandbox.admin("POST", "recordings", json={"count": 1, "roomName": room}).json()["recordingIds"]
    sessions = cli("insights", "room-sessions", "--room-name", room)
    assert sessions.code == 0, sessions.stderr
    assert room in sessions.stdout
    recordings = cli("recordings", "list", "--room-name", room)
    assert recordings.code == 0, recordings.stderr
    assert recording_id in recordings.stdout and room.lstrip("/") in recordings.stdout  # in the file name
    recording = cli("recordings", "get", recording_id)
    assert recording.code == 0, recording.stderr
    assert room.lstrip("/") in recording.stdout


def run_with_stdout_closed(*args: str, base_url: str | None = None) -> subprocess.CompletedProcess[str]:
    """Run with stdout a pipe nobody reads any more, as `whereby-v1 ... | head -c1` once head has exited."""
    reader, writer = os.pipe()
    os.close(reader)
    try:
        return subprocess.run(
            [str(SCRIPT), *args],
            env=environment(base_url),
            stdin=subprocess.DEVNULL,
            stdout=writer,
            stderr=subprocess.PIPE,
            text=True,
            timeout=120,
        )
    finally:
        os.close(writer)


@pytest.mark.parametrize(
    "args",
    [("operations", "--json"), ("operations",), ("--help",), ("meetings", "--help")],
    ids=["json", "table", "help", "a command's help"],
)
def test_a_closed_stdout_ends_the_run_quietly_with_141(args: tuple[str, ...]) -> None:
    done = run_with_stdout_closed(*args)
    assert (done.returncode, done.stderr) == (READER_GONE, "")


def test_a_closed_stdout_after_a_request_is_not_an_api_error(sandbox: RunningSandbox) -> None:
    done = run_with_stdout_closed("meetings", "list", "--json", base_url=sandbox.base_url)
    assert (done.returncode, done.stderr) == (READER_GONE, "")
