from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RoomInsight")


@_attrs_define
class RoomInsight:
    """
    Attributes:
        room_name (str):
        created_at (datetime.datetime):
        end_at (datetime.datetime): When the room was set to expire.
        first_session_started_at (datetime.datetime):
        last_session_started_at (datetime.datetime):
        total_participant_minutes (int): Participant minutes, each connection rounded up to a whole minute.
        total_recorder_minutes (int):
        total_streamer_minutes (int):
        total_unique_participants (int):
        total_unique_recorders (int):
        total_unique_streamers (int):
        total_sessions (int):
        rating (float | None | Unset): Average rating of the latest session; `null` unless session ratings are enabled.
        total_ratings (float | None | Unset): Number of ratings; `null` unless session ratings are enabled.
    """

    room_name: str
    created_at: datetime.datetime
    end_at: datetime.datetime
    first_session_started_at: datetime.datetime
    last_session_started_at: datetime.datetime
    total_participant_minutes: int
    total_recorder_minutes: int
    total_streamer_minutes: int
    total_unique_participants: int
    total_unique_recorders: int
    total_unique_streamers: int
    total_sessions: int
    rating: float | None | Unset = UNSET
    total_ratings: float | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        room_name = self.room_name

        if not isinstance(self.created_at, datetime.datetime):
            raise TypeError("createdAt: expected a datetime, not {}".format(type(self.created_at).__name__))
        if self.created_at.utcoffset() is None:
            raise ValueError(
                "createdAt: naive datetime {!r}: Python reads it as local time, the API would read it as UTC; give a timezone, e.g. datetime.now(timezone.utc)".format(
                    self.created_at
                )
            )
        created_at = self.created_at.isoformat()

        if not isinstance(self.end_at, datetime.datetime):
            raise TypeError("endAt: expected a datetime, not {}".format(type(self.end_at).__name__))
        if self.end_at.utcoffset() is None:
            raise ValueError(
                "endAt: naive datetime {!r}: Python reads it as local time, the API would read it as UTC; give a timezone, e.g. datetime.now(timezone.utc)".format(
                    self.end_at
                )
            )
        end_at = self.end_at.isoformat()

        if not isinstance(self.first_session_started_at, datetime.datetime):
            raise TypeError(
                "firstSessionStartedAt: expected a datetime, not {}".format(
                    type(self.first_session_started_at).__name__
                )
            )
        if self.first_session_started_at.utcoffset() is None:
            raise ValueError(
                "firstSessionStartedAt: naive datetime {!r}: Python reads it as local time, the API would read it as UTC; give a timezone, e.g. datetime.now(timezone.utc)".format(
                    self.first_session_started_at
                )
            )
        first_session_started_at = self.first_session_started_at.isoformat()

        if not isinstance(self.last_session_started_at, datetime.datetime):
            raise TypeError(
                "lastSessionStartedAt: expected a datetime, not {}".format(type(self.last_session_started_at).__name__)
            )
        if self.last_session_started_at.utcoffset() is None:
            raise ValueError(
                "lastSessionStartedAt: naive datetime {!r}: Python reads it as local time, the API would read it as UTC; give a timezone, e.g. datetime.now(timezone.utc)".format(
                    self.last_session_started_at
                )
            )
        last_session_started_at = self.last_session_started_at.isoformat()

        total_participant_minutes = self.total_participant_minutes

        total_recorder_minutes = self.total_recorder_minutes

        total_streamer_minutes = self.total_streamer_minutes

        total_unique_participants = self.total_unique_participants

        total_unique_recorders = self.total_unique_recorders

        total_unique_streamers = self.total_unique_streamers

        total_sessions = self.total_sessions

        rating: float | None | Unset
        if isinstance(self.rating, Unset):
            rating = UNSET
        else:
            rating = self.rating

        total_ratings: float | None | Unset
        if isinstance(self.total_ratings, Unset):
            total_ratings = UNSET
        else:
            total_ratings = self.total_ratings

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "roomName": room_name,
                "createdAt": created_at,
                "endAt": end_at,
                "firstSessionStartedAt": first_session_started_at,
                "lastSessionStartedAt": last_session_started_at,
                "totalParticipantMinutes": total_participant_minutes,
                "totalRecorderMinutes": total_recorder_minutes,
                "totalStreamerMinutes": total_streamer_minutes,
                "totalUniqueParticipants": total_unique_participants,
                "totalUniqueRecorders": total_unique_recorders,
                "totalUniqueStreamers": total_unique_streamers,
                "totalSessions": total_sessions,
            }
        )
        if rating is not UNSET:
            field_dict["rating"] = rating
        if total_ratings is not UNSET:
            field_dict["totalRatings"] = total_ratings

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        room_name = d.pop("roomName", UNSET)
        if not isinstance(room_name, str):
            from ..errors import wrong_type  # noqa: PLC0415

            raise wrong_type(cls.__name__, "roomName", "a string", room_name)

        _created_at = d.pop("createdAt", UNSET)
        created_at: datetime.datetime
        if not isinstance(_created_at, str):
            from ..errors import wrong_type  # noqa: PLC0415

            raise wrong_type(cls.__name__, "createdAt", "a date-time string", _created_at)

        try:
            created_at = datetime.datetime.fromisoformat(_created_at)
        except ValueError as exc:
            from ..errors import bad_value  # noqa: PLC0415

            raise bad_value(cls.__name__, "createdAt", exc) from None

        _end_at = d.pop("endAt", UNSET)
        end_at: datetime.datetime
        if not isinstance(_end_at, str):
            from ..errors import wrong_type  # noqa: PLC0415

            raise wrong_type(cls.__name__, "endAt", "a date-time string", _end_at)

        try:
            end_at = datetime.datetime.fromisoformat(_end_at)
        except ValueError as exc:
            from ..errors import bad_value  # noqa: PLC0415

            raise bad_value(cls.__name__, "endAt", exc) from None

        _first_session_started_at = d.pop("firstSessionStartedAt", UNSET)
        first_session_started_at: datetime.datetime
        if not isinstance(_first_session_started_at, str):
            from ..errors import wrong_type  # noqa: PLC0415

            raise wrong_type(cls.__name__, "firstSessionStartedAt", "a date-time string", _first_session_started_at)

        try:
            first_session_started_at = datetime.datetime.fromisoformat(_first_session_started_at)
        except ValueError as exc:
            from ..errors import bad_value  # noqa: PLC0415

            raise bad_value(cls.__name__, "firstSessionStartedAt", exc) from None

        _last_session_started_at = d.pop("lastSessionStartedAt", UNSET)
        last_session_started_at: datetime.datetime
        if not isinstance(_last_session_started_at, str):
            from ..errors import wrong_type  # noqa: PLC0415

            raise wrong_type(cls.__name__, "lastSessionStartedAt", "a date-time string", _last_session_started_at)

        try:
            last_session_started_at = datetime.datetime.fromisoformat(_last_session_started_at)
        except ValueError as exc:
            from ..errors import bad_value  # noqa: PLC0415

            raise bad_value(cls.__name__, "lastSessionStartedAt", exc) from None

        total_participant_minutes = d.pop("totalParticipantMinutes", UNSET)
        if not isinstance(total_participant_minutes, int) or isinstance(total_participant_minutes, bool):
            from ..errors import wrong_type  # noqa: PLC0415

            raise wrong_type(cls.__name__, "totalParticipantMinutes", "an integer", total_participant_minutes)

        total_recorder_minutes = d.pop("totalRecorderMinutes", UNSET)
        if not isinstance(total_recorder_minutes, int) or isinstance(total_recorder_minutes, bool):
            from ..errors import wrong_type  # noqa: PLC0415

            raise wrong_type(cls.__name__, "totalRecorderMinutes", "an integer", total_recorder_minutes)

        total_streamer_minutes = d.pop("totalStreamerMinutes", UNSET)
        if not isinstance(total_streamer_minutes, int) or isinstance(total_streamer_minutes, bool):
            from ..errors import wrong_type  # noqa: PLC0415

            raise wrong_type(cls.__name__, "totalStreamerMinutes", "an integer", total_streamer_minutes)

        total_unique_participants = d.pop("totalUniqueParticipants", UNSET)
        if not isinstance(total_unique_participants, int) or isinstance(total_unique_participants, bool):
            from ..errors import wrong_type  # noqa: PLC0415

            raise wrong_type(cls.__name__, "totalUniqueParticipants", "an integer", total_unique_participants)

        total_unique_recorders = d.pop("totalUniqueRecorders", UNSET)
        if not isinstance(total_unique_recorders, int) or isinstance(total_unique_recorders, bool):
            from ..errors import wrong_type  # noqa: PLC0415

            raise wrong_type(cls.__name__, "totalUniqueRecorders", "an integer", total_unique_recorders)

        total_unique_streamers = d.pop("totalUniqueStreamers", UNSET)
        if not isinstance(total_unique_streamers, int) or isinstance(total_unique_streamers, bool):
            from ..errors import wrong_type  # noqa: PLC0415

            raise wrong_type(cls.__name__, "totalUniqueStreamers", "an integer", total_unique_streamers)

        total_sessions = d.pop("totalSessions", UNSET)
        if not isinstance(total_sessions, int) or isinstance(total_sessions, bool):
            from ..errors import wrong_type  # noqa: PLC0415

            raise wrong_type(cls.__name__, "totalSessions", "an integer", total_sessions)

        _rating = d.pop("rating", UNSET)
        rating: float | None | Unset
        if isinstance(_rating, Unset):
            rating = UNSET
        else:
            if _rating is None:
                rating = None
            else:
                if not isinstance(_rating, (float, int)) or isinstance(_rating, bool):
                    from ..errors import wrong_type  # noqa: PLC0415

                    raise wrong_type(cls.__name__, "rating", "a number", _rating)

                rating = _rating

        _total_ratings = d.pop("totalRatings", UNSET)
        total_ratings: float | None | Unset
        if isinstance(_total_ratings, Unset):
            total_ratings = UNSET
        else:
            if _total_ratings is None:
                total_ratings = None
            else:
                if not isinstance(_total_ratings, (float, int)) or isinstance(_total_ratings, bool):
                    from ..errors import wrong_type  # noqa: PLC0415

                    raise wrong_type(cls.__name__, "totalRatings", "a number", _total_ratings)

                total_ratings = _total_ratings

        room_insight = cls(
            room_name=room_name,
            created_at=created_at,
            end_at=end_at,
            first_session_started_at=first_session_started_at,
            last_session_started_at=last_session_started_at,
            total_participant_minutes=total_participant_minutes,
            total_recorder_minutes=total_recorder_minutes,
            total_streamer_minutes=total_streamer_minutes,
            total_unique_participants=total_unique_participants,
            total_unique_recorders=total_unique_recorders,
            total_unique_streamers=total_unique_streamers,
            total_sessions=total_sessions,
            rating=rating,
            total_ratings=total_ratings,
        )

        room_insight.additional_properties = d
        return room_insight

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
