"""The task commands against a sandbox: meetings, recordings, transcriptions, summaries, insights.

The scene is set with the library (faster than one process per step); what is tested runs as
the installed `whereby-v1` script.
"""

from __future__ import annotations

import math
import time
from datetime import UTC, datetime, timedelta

import pytest

from tests.cli.conftest import Run, points_spent
from tests.sandbox.conftest import RunningSandbox
from whereby_v1.api.meetings import create_meeting, get_meetings
from whereby_v1.api.summaries import get_summary
from whereby_v1.api.transcriptions import create_transcription, get_transcription, get_transcriptions
from whereby_v1.models import CreateMeetingRequest, CreateTranscriptionRequest, MeetingRoomNameFilter
from whereby_v1.overlay import NotFoundError, WherebyClient


def create_meetings(api: WherebyClient, prefix: str, count: int) -> list[str]:
    end = datetime.now(UTC) + timedelta(hours=1)
    request = CreateMeetingRequest(end_date=end, room_name_prefix=prefix)
    return [create_meeting.sync(client=api, body=request).meeting_id for _ in range(count)]  # type: ignore[union-attr]


def recordings_of(sandbox: RunningSandbox, room: str, count: int = 1) -> list[str]:
    made = sandbox.admin("POST", "recordings", json={"count": count, "roomName": room}).json()
    return list(made["recordingIds"])


def test_meetings_list_all_pages_through_every_page_as_one_json_array(
    cli: Run, api: WherebyClient, sandbox: RunningSandbox
) -> None:
    ids = create_meetings(api, "paged", 7)
    before = points_spent(sandbox)
    listed = cli("meetings", "list", "--all", "--json", "--limit", "2", "--room-name-prefix", "/paged")
    assert listed.code == 0, listed.stderr
    assert [m["meetingId"] for m in listed.json()] == ids
    assert points_spent(sandbox) - before == math.ceil(7 / 2)  # one point per page of two
    assert listed.stderr == ""

    capped = cli("meetings", "list", "--max-items", "3", "--limit", "2", "--json", "--room-name-prefix", "/paged")
    assert [m["meetingId"] for m in capped.json()] == ids[:3]


def test_meetings_list_without_all_shows_one_page_and_says_how_to_get_the_next(cli: Run, api: WherebyClient) -> None:
    ids = create_meetings(api, "onepage", 3)
    first = cli("meetings", "list", "--limit", "2", "--room-name-prefix", "/onepage", "--json")
    assert [m["meetingId"] for m in first.json()] == ids[:2]
    cursor = first.stderr.split("--cursor ", 1)[1].split()[0]
    second = cli("meetings", "list", "--limit", "2", "--room-name-prefix", "/onepage", "--cursor", cursor, "--json")
    assert [m["meetingId"] for m in second.json()] == ids[2:]
    assert "--cursor" not in second.stderr


def test_a_table_by_default_and_options_before_or_after_the_command(cli: Run, api: WherebyClient) -> None:
    (meeting_id,) = create_meetings(api, "tabled", 1)
    table = cli("meetings", "list", "--room-name-prefix", "/tabled")
    assert table.code == 0
    header = table.stdout.splitlines()[1]
    assert "meetingId" in header and "roomUrl" in header
    assert meeting_id in table.stdout
    assert cli("--json", "meetings", "get", meeting_id).json()["meetingId"] == meeting_id


def test_meetings_create_with_options_and_delete_ids_from_stdin(cli: Run, api: WherebyClient) -> None:
    created = cli(
        "meetings", "create", "--end-date", "2099-01-01T10:00:00+02:00", "--room-mode", "group",
        "--room-name-prefix", "doomed", "--field", "hostRoomUrl", "--json",
    )  # fmt: skip
    assert created.code == 0, created.stderr
    meeting = created.json()
    assert meeting["endDate"].startswith("2099-01-01T08:00:00") and "hostRoomUrl" in meeting

    others = create_meetings(api, "doomed", 2)
    deleted = cli("meetings", "delete", "-", "--json", stdin=f"{meeting['meetingId']}\n{others[0]} {others[1]}\n")
    assert deleted.json() == {"deleted": [meeting["meetingId"], *others]}
    left = get_meetings.sync(client=api, room_name=MeetingRoomNameFilter(starts_with="/doomed"))
    assert left.results == []  # type: ignore[union-attr]


def test_recordings_are_listed_and_bulk_deleted_in_batches(cli: Run, sandbox: RunningSandbox) -> None:
    made = recordings_of(sandbox, "/cli-recordings", 7)
    listed = cli("recordings", "list", "--room-name", "/cli-recordings", "--all", "--limit", "3", "--json")
    ids = [r["recordingId"] for r in listed.json()]
    assert sorted(ids) == sorted(made)
    assert cli("recordings", "link", ids[0], "--valid-for", "60", "--json").json()["accessLink"].startswith("http")

    before = points_spent(sandbox)
    deleted = cli("recordings", "delete", *ids, "--batch-size", "3")
    assert deleted.code == 0 and deleted.stdout == "Deleted 7 recordings.\n"
    assert points_spent(sandbox) - before == 3 * 3  # three bulk requests of at most three ids, 3 points each
    assert cli("recordings", "list", "--room-name", "/cli-recordings", "--json").json() == []


def test_transcriptions_are_created_listed_and_deleted(cli: Run, api: WherebyClient, sandbox: RunningSandbox) -> None:
    (recording_id,) = recordings_of(sandbox, "/cli-transcribed")
    created = cli("transcriptions", "create", "--recording-id", recording_id, "--json")
    assert created.code == 0, created.stderr
    transcription_id = created.json()["transcriptionId"]
    listed = cli("transcriptions", "list", "--room-name", "/cli-transcribed", "--all", "--json").json()
    assert [t["transcriptionId"] for t in listed] == [transcription_id]
    assert listed[0]["state"] in {"in_progress", "ready"}
    assert cli("transcriptions", "delete", transcription_id, "--json").json() == {"deleted": [transcription_id]}
    assert get_transcriptions.sync(client=api, room_name="/cli-transcribed").results == []  # type: ignore[union-attr]


def test_a_summary_is_requested_and_awaited_until_ready(cli: Run, api: WherebyClient, sandbox: RunningSandbox) -> None:
    (recording_id,) = recordings_of(sandbox, "/cli-summarised")
    body = CreateTranscriptionRequest(recording_id=recording_id)
    transcription_id = create_transcription.sync(client=api, body=body).transcription_id  # type: ignore[union-attr]
    for _ in range(100):  # the sandbox finishes transcripts after its --processing-delay (0.3 s)
        if get_transcription.sync(transcription_id, client=api).state == "ready":  # type: ignore[union-attr]
            break
        time.sleep(0.05)
    done = cli(
        "summaries", "create", "--transcription-id", transcription_id, "--template", "SOAP",
        "--wait", "--poll-interval", "0.1", "--json",
    )  # fmt: skip
    assert done.code == 0, done.stderr
    summary = done.json()
    assert summary["state"] == "ready" and summary["template"] == "SOAP" and "SOAP" in summary["summary"]
    shown = cli("summaries", "get", summary["summaryId"])
    assert shown.code == 0 and "Reports better sleep." in shown.stdout
    assert cli("summaries", "delete", summary["summaryId"]).stdout == "Deleted 1 summaries.\n"
    with pytest.raises(NotFoundError):
        get_summary.sync(summary["summaryId"], client=api)


def test_insights_for_rooms_sessions_and_participants(cli: Run) -> None:
    rooms = cli("insights", "rooms", "--all", "--json", "--room-name-prefix", "/support-").json()
    assert rooms and all(r["roomName"].startswith("/support-") for r in rooms)
    room = rooms[0]["roomName"]
    sessions = cli("insights", "room-sessions", "--room-name", room, "--all", "--json").json()
    assert sessions and {s["roomName"] for s in sessions} == {room}
    session_id = sessions[0]["roomSessionId"]
    people = cli("insights", "participants", "--room-session-id", session_id, "--all", "--json").json()
    assert people and {p["roomSessionId"] for p in people} == {session_id}
    details = cli(
        "insights", "participant", "--room-session-id", session_id, "--participant-id", people[0]["participantId"]
    )
    assert details.code == 0 and "displayName" in details.stdout
