"""Help texts: every point cost a command's help states is the operations table's, never a copy.

The commands are listed here with the operations they send, by hand, so that a cost the help
states is checked against a source the help did not come from.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys

import pytest

from tests.cli.conftest import environment
from whereby_v1._operations import POINTS

SENDS = {
    "meetings create": ("createMeeting",),
    "meetings list": ("getMeetings",),
    "meetings get": ("getMeeting",),
    "meetings delete": ("deleteMeeting",),
    "recordings list": ("getRecordings",),
    "recordings get": ("getRecording",),
    "recordings link": ("getRecordingAccessLink",),
    "recordings delete": ("bulkDeleteRecordings",),
    "transcriptions create": ("createTranscription",),
    "transcriptions list": ("getTranscriptions",),
    "transcriptions get": ("getTranscription",),
    "transcriptions link": ("getTranscriptionAccessLink",),
    "transcriptions delete": ("bulkDeleteTranscriptions",),
    "summaries create": ("createSummary", "getSummary"),
    "summaries list": ("getSummaries",),
    "summaries get": ("getSummary",),
    "summaries delete": ("deleteSummary",),
    "insights rooms": ("getRoomInsights",),
    "insights room-sessions": ("getRoomSessionInsights",),
    "insights participants": ("getParticipants",),
    "insights participant": ("getParticipantDetails",),
}
ANY_OPERATION = {"call", "operations"}  # their costs are the table itself (`operations` prints it)

# Every command's help, in a fresh interpreter whose operations table may have been altered first.
HELPS = """
import json, sys
import click
from whereby_v1 import _operations
for operation_id in _operations.POINTS:
    _operations.POINTS[operation_id] = _operations.POINTS[operation_id] * int(sys.argv[1]) + int(sys.argv[2])
from whereby_v1.cli._app import cli

def walk(group, path):
    for name, command in group.commands.items():
        if isinstance(command, click.Group):
            yield from walk(command, [*path, name])
        else:
            context = click.Context(command, info_name=name, max_content_width=10_000)
            yield " ".join([*path, name]), command.get_help(context)

print(json.dumps(dict(walk(cli, []))))
"""


def helps(scale: int, shift: int) -> dict[str, str]:
    done = subprocess.run(
        [sys.executable, "-c", HELPS, str(scale), str(shift)],
        env=environment(),
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    return {path: " ".join(text.split()) for path, text in json.loads(done.stdout).items()}


@pytest.mark.parametrize(
    ("scale", "shift"), [(1, 0), (10, 7)], ids=["as generated", "after the costs in openapi.yaml change"]
)
def test_every_cost_in_a_commands_help_is_the_operations_table(scale: int, shift: int) -> None:
    texts = helps(scale, shift)
    assert set(texts) == set(SENDS) | ANY_OPERATION, "a command was added or renamed: list what it sends in SENDS"
    for path, operations in SENDS.items():
        costs = {POINTS[op] * scale + shift for op in operations}
        stated = {int(n) for n in re.findall(r"(\d+) points?\b", texts[path])}
        assert stated == costs, (path, texts[path])


# What `--version` and `--help` load, in a fresh interpreter: the command tree needs the enums its
# options offer as choices, and nothing that sends a request.
LOADED = """
import contextlib, enum, io, json, sys
from whereby_v1.cli import main
with contextlib.redirect_stdout(io.StringIO()):
    try:
        main([sys.argv[1]])
    except SystemExit:
        pass
models = [name for name in sys.modules if name.startswith("whereby_v1.models.")]
print(json.dumps({
    "senders": sorted(n for n in sys.modules if n.startswith(("whereby_v1.api.", "whereby_v1.resources."))),
    "not_enums": sorted(
        name for name in models
        if not any(isinstance(v, type) and issubclass(v, enum.Enum) and v.__module__ == name
                   for v in vars(sys.modules[name]).values())
    ),
}))
"""


@pytest.mark.parametrize("option", ["--version", "--help"])
def test_version_and_help_load_no_operation_and_no_model_but_option_enums(option: str) -> None:
    done = subprocess.run(
        [sys.executable, "-c", LOADED, option],
        env=environment(),
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    assert json.loads(done.stdout) == {"senders": [], "not_enums": []}
