"""In-memory state of one sandbox organisation, and the seeded data set it starts with.

Meetings, themes, transcriptions and summaries are created through the API; rooms' sessions,
participants and recordings cannot be, so they are seeded (`--seed N` gives the same data set
every time) and added through the admin API. Nothing here knows about HTTP.
"""

from __future__ import annotations

import math
import random
import secrets
import string
import time
import uuid
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

HUMAN_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789"  # no 0/o, 1/l/i: easy to read out
ROLES = ("host", "visitor", "granted_visitor", "member")


def iso(moment: datetime) -> str:
    """The API's timestamp form: UTC, milliseconds, Z."""
    return moment.astimezone(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def parse_time(text: str) -> datetime:
    """An RFC 3339 date-time (already validated) as an aware UTC datetime.

    RFC 3339 allows a lower-case `t` and `z`; a time without an offset is UTC, as the contract
    says; times that fall outside Python's range once moved to UTC (the last second of year 9999
    at a negative offset) are clamped to the range's ends.
    """
    value = datetime.fromisoformat(text.upper().replace("Z", "+00:00"))
    if value.tzinfo is None:
        return value.replace(tzinfo=UTC)
    try:
        return value.astimezone(UTC)
    except OverflowError:
        return (datetime.max if value.year > 1 else datetime.min).replace(tzinfo=UTC)


def later(moment: datetime, delta: timedelta) -> datetime:
    """`moment + delta`, stopping at the end of time rather than overflowing."""
    try:
        return moment + delta
    except OverflowError:
        return datetime.max.replace(tzinfo=UTC)


def minutes_between(start: datetime, end: datetime) -> int:
    """Whole minutes, rounded up, as the insights count them."""
    return math.ceil((end - start).total_seconds() / 60)


def now() -> datetime:
    return datetime.now(UTC)


@dataclass
class Meeting:
    meeting_id: str
    room_name: str
    room_url: str
    start: datetime
    end: datetime
    host_key: str
    viewer_key: str
    settings: dict[str, Any]
    deleted: bool = False

    def is_active(self, at: datetime) -> bool:
        return not self.deleted and at < later(self.end, timedelta(hours=1))


@dataclass
class Participant:
    participant_id: str
    user_id: str
    display_name: str
    role_name: str
    joined: datetime
    left: datetime
    external_id: str | None
    device_id: str | None
    rating: int | None = None
    tags: list[str] | None = None
    comment: str | None = None

    @property
    def minutes(self) -> int:
        return minutes_between(self.joined, self.left)


@dataclass
class Session:
    room_session_id: str
    room_name: str
    started: datetime
    ended: datetime
    participants: list[Participant] = field(default_factory=list)


@dataclass
class Recording:
    recording_id: str
    room_session_id: str
    room_name: str
    filename: str
    start: datetime
    end: datetime
    size_mb: float
    whereby_hosted: bool = True


@dataclass
class Transcription:
    transcription_id: str
    room_session_id: str
    room_name: str
    start: datetime
    end: datetime
    created: datetime
    kind: str  # LIVE_TRANSCRIPTION | RECORDING_TRANSCRIPTION
    whereby_hosted: bool
    recording_id: str | None = None
    failed: bool = False


@dataclass
class Summary:
    summary_id: str
    transcription_id: str
    template: str
    created: datetime


@dataclass
class Room:
    room_name: str
    created: datetime
    end_at: datetime


class Store:
    """Everything one organisation has, keyed by id."""

    def __init__(self, seed: int | None = None, processing_delay: float = 2.0, subdomain: str = "sandbox") -> None:
        self.seed = seed
        self.processing_delay = processing_delay
        self.subdomain = subdomain
        self.meetings: dict[str, Meeting] = {}
        self.rooms: dict[str, Room] = {}
        self.sessions: dict[str, Session] = {}
        self.recordings: dict[str, Recording] = {}
        self.transcriptions: dict[str, Transcription] = {}
        self.summaries: dict[str, Summary] = {}
        self.themes: dict[str, dict[str, Any]] = {}
        self.access_links: dict[str, tuple[str, float]] = {}  # token -> (filename, expires epoch s)
        self._random = random.Random(seed)
        self._next_meeting = 87673375
        self.populate()

    # -- ids -------------------------------------------------------------------------------

    def _uuid(self) -> str:
        return str(uuid.UUID(int=self._random.getrandbits(128), version=4))

    def _token(self, size: int = 16) -> str:
        return "".join(self._random.choice("0123456789abcdef") for _ in range(size * 2))

    def new_meeting_id(self) -> str:
        self._next_meeting += self._random.randint(1, 97)
        return str(self._next_meeting)

    def room_name(self, prefix: str, pattern: str) -> str:
        prefix = "".join(prefix.lower().split())  # the guide: lowercased, any whitespace stripped
        while True:
            if pattern == "human-short":
                suffix = "".join(self._random.choice(HUMAN_ALPHABET) for _ in range(6))
            else:
                suffix = self._uuid()
            name = f"/{prefix}{suffix}"
            if name not in self.rooms:
                return name

    def room_url(self, room_name: str) -> str:
        return f"https://{self.subdomain}.whereby.com{room_name}"

    # -- creation --------------------------------------------------------------------------

    def add_room(self, room_name: str, created: datetime, end_at: datetime) -> Room:
        room = self.rooms.get(room_name) or Room(room_name, created, end_at)
        room.end_at = max(room.end_at, end_at)
        self.rooms[room_name] = room
        return room

    def add_meeting(self, *, prefix: str, pattern: str, end: datetime, settings: dict[str, Any]) -> Meeting:
        start = now()
        name = self.room_name(prefix, pattern)
        meeting = Meeting(
            meeting_id=self.new_meeting_id(),
            room_name=name,
            room_url=self.room_url(name),
            start=start,
            end=end,
            host_key=self._token(),
            viewer_key=self._token(),
            settings=settings,
        )
        self.meetings[meeting.meeting_id] = meeting
        self.add_room(name, start, later(end, timedelta(hours=1)))
        return meeting

    def add_session(
        self, room_name: str, started: datetime, minutes: int, participants: int, ratings: bool = False
    ) -> Session:
        session = Session(self._uuid(), room_name, started, started + timedelta(minutes=minutes))
        for index in range(participants):
            joined = started + timedelta(seconds=self._random.randint(0, 120))
            left = session.ended - timedelta(seconds=self._random.randint(0, 120))
            left = max(left, joined + timedelta(seconds=30))
            session.participants.append(
                Participant(
                    participant_id="/" + self._uuid(),
                    user_id=self._uuid(),
                    display_name=self._random.choice(NAMES) + f" {string.ascii_uppercase[index % 26]}.",
                    role_name=ROLES[0] if index == 0 else self._random.choice(ROLES[1:]),
                    joined=joined,
                    left=left,
                    external_id=f"user-{self._random.randint(1000, 9999)}" if self._random.random() < 0.5 else None,
                    device_id=self._uuid() if self._random.random() < 0.8 else None,
                    rating=self._random.randint(1, 5) if ratings else None,
                    tags=["audio-quality"] if ratings and self._random.random() < 0.3 else ([] if ratings else None),
                    comment="Echo for a minute at the start." if ratings and self._random.random() < 0.2 else None,
                )
            )
        self.sessions[session.room_session_id] = session
        self.add_room(room_name, started - timedelta(minutes=5), session.ended + timedelta(hours=1))
        return session

    def add_recording(self, session: Session, whereby_hosted: bool = True, file_format: str = "mp4") -> Recording:
        start = session.started + timedelta(seconds=self._random.randint(5, 60))
        recording = Recording(
            recording_id=self._uuid(),
            room_session_id=session.room_session_id,
            room_name=session.room_name,
            filename=f"{session.room_name.lstrip('/')}-{iso(start)}.{file_format}",
            start=start,
            end=session.ended,
            size_mb=round((session.ended - start).total_seconds() / 60 * self._random.uniform(4, 9), 1),
            whereby_hosted=whereby_hosted,
        )
        self.recordings[recording.recording_id] = recording
        return recording

    def add_transcription(
        self,
        session: Session,
        kind: str,
        *,
        whereby_hosted: bool = True,
        recording_id: str | None = None,
        created: datetime | None = None,
    ) -> Transcription:
        transcription = Transcription(
            transcription_id=self._uuid(),
            room_session_id=session.room_session_id,
            room_name=session.room_name,
            start=session.started,
            end=session.ended,
            created=created or now(),
            kind=kind,
            whereby_hosted=whereby_hosted,
            recording_id=recording_id,
        )
        self.transcriptions[transcription.transcription_id] = transcription
        return transcription

    def add_summary(self, transcription: Transcription, template: str, created: datetime | None = None) -> Summary:
        summary = Summary(self._uuid(), transcription.transcription_id, template, created or now())
        self.summaries[summary.summary_id] = summary
        return summary

    def new_access_link(self, filename: str, valid_for: int) -> tuple[str, float]:
        token = secrets.token_urlsafe(18)
        expires = time.time() + valid_for
        self.access_links[token] = (filename, expires)
        return token, expires

    # -- processing states -------------------------------------------------------------------

    def state_of(self, created: datetime, failed: bool = False) -> str:
        if failed:
            return "failed"
        return "ready" if (now() - created).total_seconds() >= self.processing_delay else "in_progress"

    # -- the seeded data set -------------------------------------------------------------------

    def populate(self) -> None:
        """A small, realistic organisation: rooms with past sessions, recordings and transcripts."""
        base = now().replace(microsecond=0) - timedelta(days=7)
        for index, prefix in enumerate(("support-", "onboarding-", "team-standup-", "tutoring-")):
            room_name = self.room_name(prefix, "uuid" if index % 2 == 0 else "human-short")
            for day in range(1 + index % 3):
                started = base + timedelta(days=day + index, hours=9 + index)
                session = self.add_session(
                    room_name, started, minutes=15 + 10 * index, participants=2 + index, ratings=index % 2 == 1
                )
                if (index + day) % 2 == 0:
                    recording = self.add_recording(session, whereby_hosted=index != 2)
                    if recording.whereby_hosted:
                        done = self.add_transcription(
                            session,
                            "RECORDING_TRANSCRIPTION",
                            recording_id=recording.recording_id,
                            created=session.ended + timedelta(minutes=5),
                        )
                        if index == 0:
                            self.add_summary(done, "General Bulleted", created=session.ended + timedelta(minutes=10))
                if index == 3:
                    self.add_transcription(
                        session, "LIVE_TRANSCRIPTION", whereby_hosted=day % 2 == 0, created=session.ended
                    )


NAMES = ("Ada", "Bjorn", "Chioma", "Dev", "Elif", "Farah", "Goran", "Hana", "Ines", "Jun", "Kofi", "Lea")
