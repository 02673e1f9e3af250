"""`whereby-v1 call` and `whereby-v1 operations`: every operation of the contract, derived from its table."""

from __future__ import annotations

import importlib
import inspect
import typing
from pathlib import Path

import click
import pytest

from tests.cli.conftest import Run, points_spent
from tests.sandbox.conftest import RunningSandbox
from whereby_v1._operations import OPERATIONS, Parameter
from whereby_v1.cli._call import _keyword, _kinds, find_operation, prepare


@pytest.mark.parametrize("operation", OPERATIONS, ids=lambda op: op.operation_id)
def test_every_parameter_of_every_operation_maps_onto_its_generated_function(operation: typing.Any) -> None:
    # In-process: proves the derivation for the whole table, which no sandbox run could cover.
    function = importlib.import_module(f"whereby_v1.api.{operation.module}").sync_detailed
    signature, hints = inspect.signature(function), typing.get_type_hints(function)
    for parameter in operation.parameters:
        keyword = _keyword(parameter, signature)
        assert _kinds(hints[keyword]), (operation.operation_id, parameter.name)
        assert (signature.parameters[keyword].default is inspect.Parameter.empty) == parameter.required
    assert ("body" in signature.parameters) == (operation.body is not None)
    assert find_operation(operation.operation_id) is operation


def test_a_parameters_keyword_is_the_one_the_table_names_not_a_guess() -> None:
    # A keyword no snake-casing of the spec name gives: only the table can know it.
    def sync_detailed(*, client: object, room_filter: str = "") -> None: ...

    signature = inspect.signature(sync_detailed)
    assert _keyword(Parameter("roomName", "query", False, "room_filter"), signature) == "room_filter"
    with pytest.raises(click.ClickException, match="'room_name' for 'roomName'"):
        _keyword(Parameter("roomName", "query", False, "room_name"), signature)


def test_operations_lists_the_whole_table(cli: Run) -> None:
    listed = cli("operations", "--json").json()
    assert [row["operationId"] for row in listed] == [op.operation_id for op in OPERATIONS]
    get_meeting = next(row for row in listed if row["operationId"] == "getMeeting")
    assert get_meeting["method"] == "GET" and get_meeting["points"] == 1
    assert {"name": "meetingId", "in": "path", "required": True} in get_meeting["parameters"]
    table = cli("operations", "--tag", "summaries")
    assert "createSummary" in table.stdout and "getMeetings" not in table.stdout


def test_a_json_body_from_a_file_then_path_and_query_parameters(cli: Run, tmp_path: Path) -> None:
    body = tmp_path / "meeting.json"
    body.write_text('{"endDate": "2099-01-01T00:00:00Z", "roomNamePrefix": "called", "fields": ["hostRoomUrl"]}')
    created = cli("call", "createMeeting", "--body", f"@{body}")
    assert created.code == 0, created.stderr
    meeting_id = created.json()["meetingId"]
    assert "hostRoomUrl" in created.json()

    fetched = cli("call", "getMeeting", "-p", f"meetingId={meeting_id}", "-p", "fields=hostRoomUrl,viewerRoomUrl")
    assert fetched.json()["meetingId"] == meeting_id and "hostRoomUrl" in fetched.json()

    page = cli("call", "getMeetings", "--param", "roomName[startsWith]=/called", "--param", "limit=1").json()
    assert [m["meetingId"] for m in page["results"]] == [meeting_id]
    same = cli("call", "getMeetings", "--param", 'roomName={"startsWith": "/called"}').json()
    assert [m["meetingId"] for m in same["results"]] == [meeting_id]

    deleted = cli("call", "deleteMeeting", "-p", f"meetingId={meeting_id}")
    assert deleted.code == 0 and deleted.stdout == ""


def test_a_json_body_from_stdin_and_inline(cli: Run, sandbox: RunningSandbox) -> None:
    created = cli("call", "createMeeting", "--body", "-", stdin='{"endDate": "2099-01-01T00:00:00+01:00"}')
    assert created.code == 0, created.stderr
    before = points_spent(sandbox)
    colours = cli("call", "setRoomColors", "-p", "roomName=/themed", "--body", '{"tokens": {"colors": {}}}')
    assert colours.code == 0, colours.stderr
    assert points_spent(sandbox) - before == 3


def test_a_multipart_body_uploads_a_file(cli: Run, sandbox: RunningSandbox, tmp_path: Path) -> None:
    logo = tmp_path / "logo.png"
    logo.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(64))
    before = points_spent(sandbox)
    uploaded = cli("call", "setRoomLogo", "-p", "roomName=/themed", "--form", f"image=@{logo}")
    assert uploaded.code == 0, uploaded.stderr
    assert points_spent(sandbox) - before == 3


def test_a_form_file_keeps_its_name_and_type(tmp_path: Path) -> None:
    logo = tmp_path / "logo.png"
    logo.write_bytes(b"\x89PNG\r\n\x1a\n")
    _, kwargs = prepare(find_operation("setRoomLogo"), ("roomName=/r",), None, (f"image=@{logo}", "note=hi"))
    assert kwargs["room_name"] == "/r"
    parts = dict(kwargs["body"].to_multipart())
    assert (parts["image"][0], parts["image"][2]) == ("logo.png", "image/png")
    assert parts["note"] == (None, b"hi", "text/plain")


def test_deep_object_parameters_with_times_and_enums(cli: Run) -> None:
    rooms = cli("call", "getRoomInsights", "-p", "createdAt[from]=2000-01-01T00:00:00Z", "-p", "limit=2")
    assert rooms.code == 0, rooms.stderr
    assert len(rooms.json()["results"]) == 2
    recordings = cli("call", "getRecordings", "-p", "sortBy=sizeInMegaBytes:desc", "-p", "limit=3").json()["results"]
    sizes = [r["sizeInMegaBytes"] for r in recordings]
    assert sizes == sorted(sizes, reverse=True)
