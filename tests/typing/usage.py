"""What a user's code against the public face looks like, with the types it must get.

Not run by pytest: `make check` type-checks it with mypy --strict and pyright (strict), and
tests/typing/test_usage.py runs it against a sandbox. No casts, no isinstance narrowing: each
call's return type is exactly what `assert_type` says.
"""

from __future__ import annotations

import asyncio
import time
from datetime import UTC, datetime, timedelta
from typing import assert_type

import httpx

from whereby_v1 import (
    APIResponseValidationError,
    APIStatusError,
    AsyncPager,
    AsyncWhereby,
    BudgetWaitError,
    ClientClosedError,
    ModelValidationError,
    NotFoundError,
    Page,
    PermissionDeniedError,
    RateLimitedError,
    RawResponse,
    SyncPager,
    Whereby,
    WherebyError,
)
from whereby_v1.models import (
    AccessLink,
    Meeting,
    MeetingRoomNameFilter,
    ParticipantConnection,
    RoomMode,
    Summary,
    SummaryCreated,
    Transcription,
    TranscriptionCreated,
)


def sync_program(client: Whereby) -> None:
    ends = datetime.now(UTC) + timedelta(hours=1)
    meeting = client.meetings.create(end_date=ends, room_mode="group", fields=["hostRoomUrl"])
    assert_type(meeting, Meeting)
    assert_type(client.meetings.create(end_date=ends, room_mode=RoomMode.NORMAL), Meeting)
    assert_type(client.meetings.get(meeting.meeting_id, fields=["viewerRoomUrl"]), Meeting)

    pager = client.meetings.list(limit=10, room_name=MeetingRoomNameFilter(starts_with="/acme"), max_items=20)
    assert_type(pager, SyncPager[Meeting])
    for item in pager:
        assert_type(item, Meeting)
    for page in client.meetings.list().iter_pages():
        assert_type(page, Page[Meeting])
        assert_type(page.cursor, str | None)

    raw = client.with_raw_response.meetings.create(end_date=ends)
    assert_type(raw, RawResponse[Meeting])
    assert_type(raw.status_code, int)
    assert_type(raw.parse(), Meeting)
    assert_type(client.with_raw_response.meetings.list(limit=1).parse(), SyncPager[Meeting])

    quick = client.with_options(timeout=5, max_retries=0, max_wait=2.0)
    assert_type(quick, Whereby)
    assert_type(quick.meetings.get(meeting.meeting_id, timeout=httpx.Timeout(3.0)), Meeting)
    assert_type(client.meetings.delete(meeting.meeting_id), None)

    try:
        client.meetings.get("no-such-meeting")
    except NotFoundError as error:
        assert_type(error.status_code, int)
    except RateLimitedError as error:
        assert_type(error.retry_after, float)
    except BudgetWaitError as error:
        assert_type(error.retry_after, float)
    except ClientClosedError:
        raise
    except APIResponseValidationError as error:  # a 2xx whose body does not fit: log it and go on
        assert_type(error.status_code, int)
        assert_type(error.operation_id, str | None)
        assert_type(error.field, str | None)
        assert_type(error.content, bytes)
        assert_type(error.text, str)
        if isinstance(error.__cause__, ModelValidationError):
            assert_type(error.__cause__.field, str)
    except APIStatusError as error:
        print(error.body)
    except WherebyError:
        raise

    for recording in client.recordings.list():
        try:
            link = client.recordings.get_access_link(recording.recording_id)
        except PermissionDeniedError:
            continue  # a recording in the customer's own storage has no access link
        assert_type(link, AccessLink)
        created = client.transcriptions.create(recording_id=recording.recording_id)
        assert_type(created, TranscriptionCreated)
        while (transcription := client.transcriptions.get(created.transcription_id)).state != "ready":
            assert_type(transcription, Transcription)
            time.sleep(0.2)
        summary = client.summaries.create(transcription_id=created.transcription_id, template="General Bulleted")
        assert_type(summary, SummaryCreated)
        assert_type(client.summaries.get(summary.summary_id), Summary)
        assert_type(client.transcriptions.bulk_delete(transcription_ids=[created.transcription_id]), None)
        break

    assert_type(client.rooms.set_logo("/acme-1", image=b"\x89PNG"), None)
    assert_type(client.rooms.set_background("/acme-1", palette="purple", theme="mountains"), None)
    for room in client.insights.rooms(limit=5):
        for session in client.insights.room_sessions(room_name=room.room_name):
            for participant in client.insights.participants(room_session_id=session.room_session_id):
                details = client.insights.participant(
                    room_session_id=session.room_session_id, participant_id=participant.participant_id
                )
                assert_type(details, list[ParticipantConnection])


async def async_program(client: AsyncWhereby) -> None:
    ends = datetime.now(UTC) + timedelta(hours=1)
    made = await asyncio.gather(*(client.meetings.create(end_date=ends) for _ in range(3)))
    assert_type(made, list[Meeting])
    pager = client.meetings.list(limit=2)
    assert_type(pager, AsyncPager[Meeting])
    async for item in pager:
        assert_type(item, Meeting)
    async for page in client.meetings.list().iter_pages():
        assert_type(page, Page[Meeting])
    raw = await client.with_raw_response.meetings.get(made[0].meeting_id)
    assert_type(raw, RawResponse[Meeting])
    raw_pages = await client.with_raw_response.meetings.list(limit=1)
    assert_type(raw_pages.parse(), AsyncPager[Meeting])
    await asyncio.gather(*(client.meetings.delete(m.meeting_id) for m in made))


def main() -> None:
    with Whereby(points_per_minute=1000) as client:
        sync_program(client)

    async def run() -> None:
        async with AsyncWhereby(points_per_minute=1000) as client:
            await async_program(client)

    asyncio.run(run())
    print("typed usage ran")


if __name__ == "__main__":
    main()
