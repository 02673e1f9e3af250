"""The resource client is generated from the spec: a new operation becomes a method on regeneration,
method names are checked where they are kept (`x-sdk-method`), and the layers point one way."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from generator.__main__ import main
from tests.conftest import SPEC_PATH
from tests.generator.test_generate import NEW_PAGED_PATH, PACKAGE, _insert_after, _spec_variant

NEW_WRITE_PATH = """
  /rooms/{roomName}/archive:
    post:
      operationId: archiveRoom
      x-sdk-method: archive
      tags: [rooms]
      summary: Archive a room
      x-rate-limit-points: 3
      parameters:
        - $ref: '#/components/parameters/RoomNamePath'
      requestBody:
        required: true
        content:
          application/json:
            schema:
              type: object
              required: [reason]
              properties:
                reason: {type: string}
                mode: {type: string, enum: [soft, hard]}
      responses:
        '200':
          description: The room was archived.
          content:
            application/json:
              schema:
                type: object
                required: [archivedAt]
                properties:
                  archivedAt: {type: string}
"""

PROBE = """
import json
import httpx
from whereby_v1 import Whereby
seen = []
pages = {"": (["/a", "/b"], "next"), "next": (["/c"], None)}
def reply(request):
    seen.append((request.method, request.url.path, request.content.decode()))
    if request.method == "POST":
        return httpx.Response(200, json={"archivedAt": "2030-01-01T00:00:00Z"})
    names, cursor = pages[request.url.params.get("cursor", "")]
    return httpx.Response(200, json={"results": [{"roomName": n} for n in names], "cursor": cursor})
client = Whereby("k", base_url="http://127.0.0.1:9/v1", http_client=httpx.Client(transport=httpx.MockTransport(reply)))
print(",".join(room.room_name for room in client.rooms.list_rooms()))
archived = client.rooms.archive("/acme-1", reason="done", mode="soft")
print(type(archived).__name__, archived.archived_at)
print(seen[-1][0], seen[-1][1], json.loads(seen[-1][2]))
print(client.rooms.archive.__doc__.splitlines()[0])
"""


def test_a_new_operation_becomes_a_method_on_regeneration(tmp_path: Path) -> None:
    spec = _spec_variant(tmp_path, _insert_after("paths:\n", NEW_PAGED_PATH + NEW_WRITE_PATH))
    out = tmp_path / "out"
    assert main(["--spec", str(spec), "--out", str(out), "generate", "-q"]) == 0
    shutil.copytree(PACKAGE / "overlay", out / "whereby_v1" / "overlay")
    result = subprocess.run(
        [sys.executable, "-c", PROBE], cwd=tmp_path, env={"PYTHONPATH": str(out)}, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == [
        "/a,/b,/c",  # no x-sdk-method: the operationId in snake_case, paged like every list
        "ArchiveRoomResponse200 2030-01-01T00:00:00Z",
        "POST /v1/rooms/acme-1/archive {'reason': 'done', 'mode': 'soft'}",
        "Archive a room",
    ]


@pytest.mark.parametrize(
    ("name", "reason", "where"),
    [
        ("class", "createMeeting: x-sdk-method 'class' must be a lower-case Python identifier", "~1meetings/post"),
        ("with_options", "not one of", "~1meetings/post"),
        # getMeeting is meetings.get already: the second of the two is the one located.
        ("get", "getMeeting: method meetings.get is also createMeeting's", "~1meetings~1{meetingId}/get"),
    ],
)
def test_a_method_name_that_cannot_work_is_a_located_spec_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str, reason: str, where: str
) -> None:
    spec = _spec_variant(tmp_path, lambda text: text.replace("x-sdk-method: create\n", f"x-sdk-method: {name}\n", 1))
    assert main(["--spec", str(spec), "--out", str(tmp_path / "out"), "generate", "-q"]) == 2
    err = capsys.readouterr().err
    assert f"(at /paths/{where}/x-sdk-method)" in err and reason in err
    assert not (tmp_path / "out").exists()


def test_every_operation_has_the_method_name_the_contract_gives_it() -> None:
    from whereby_v1._operations import OPERATIONS

    text = SPEC_PATH.read_text(encoding="utf-8")
    assert text.count("x-sdk-method:") == len(OPERATIONS)
    from whereby_v1 import AsyncWhereby, Whereby

    for op in OPERATIONS:
        for face in (Whereby, AsyncWhereby):
            resource = getattr(face("k", base_url="http://127.0.0.1:9/v1"), op.tag)
            method = getattr(resource, op.sdk_method)
            doc = method.__doc__ or ""
            assert f"`{op.method} /v1{op.path}`" in doc and f"{op.points} point" in doc, op.operation_id
            assert doc.startswith(op.summary), op.operation_id


def test_the_generated_functions_work_without_the_overlay(tmp_path: Path) -> None:
    bare = tmp_path / "whereby_v1"
    shutil.copytree(PACKAGE, bare, ignore=shutil.ignore_patterns("overlay", "cli", "__pycache__"))
    probe = (
        "import whereby_v1, sys\n"
        "from whereby_v1 import AuthenticatedClient\n"
        "from whereby_v1.api.meetings import get_meetings\n"
        "from whereby_v1.api.insights import get_room_insights\n"
        "print(callable(get_meetings.iterate), callable(get_room_insights.aiterate))\n"
        "print(any(name.startswith('whereby_v1.overlay') for name in sys.modules))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe], cwd=tmp_path, env={"PYTHONPATH": str(tmp_path)}, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["True", "True", "False"]


def test_no_generated_function_or_model_names_the_overlay() -> None:
    lower = [*PACKAGE.glob("api/**/*.py"), *PACKAGE.glob("models/*.py"), PACKAGE / "client.py", PACKAGE / "errors.py"]
    assert lower
    for path in lower:
        imports = [
            line for line in path.read_text(encoding="utf-8").splitlines() if line.startswith(("from ", "import "))
        ]
        assert not [line for line in imports if "overlay" in line], path


def test_a_tag_that_would_hide_an_attribute_of_the_client_is_a_spec_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    spec = _spec_variant(tmp_path, lambda text: text.replace("tags: [insights]", "tags: [pacer]"))
    assert main(["--spec", str(spec), "--out", str(tmp_path / "out"), "generate", "-q"]) == 2
    assert "tag 'pacer' cannot name a resource" in capsys.readouterr().err
