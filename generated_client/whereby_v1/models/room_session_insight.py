from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RoomSessionInsight")


@_attrs_define
class RoomSessionInsight:
    """
    Attributes:
        room_session_id (str):
        room_name (str):
        started_at (datetime.datetime):
        ended_at (datetime.datetime):
        total_participant_minutes (int):
        total_recorder_minutes (int):
        total_streamer_minutes (int):
        total_unique_participants (int):
        total_unique_recorders (int):
        total_unique_streamers (int):
        rating (float | None | Unset): Average rating of the session; `null` unless session ratings are enabled.
        total_ratings (float | None | Unset): Number of ratings; `null` unless session ratings are enabled.
    """

    room_session_id: str
    room_name: str
    started_at: datetime.datetime
    ended_at: datetime.datetime
    total_participant_minutes: int
    total_recorder_minutes: int
    total_streamer_minutes: int
    total_unique_participants: int
    total_unique_recorders: int
    total_unique_streamers: int
    rating: float | None | Unset = UNSET
    total_ratings: float | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        room_session_id = self.room_session_id

        room_name = self.room_name

        if not isinstance(self.started_at, datetime.datetime):
            raise TypeError("startedAt: expected a datetime, not {}".format(type(self.started_at).__name__))
        if self.started_at.utcoffset() is None:
            raise ValueError(
                "startedAt: naive datetime {!r}: Python reads it as local time, the API would read it as UTC; give a timezone, e.g. datetime.now(timezone.utc)".format(
                    self.started_at
                )
            )
        started_at = self.started_at.isoformat()

        if not isinstance(self.ended_at, datetime.datetime):
            raise TypeError("endedAt: expected a datetime, not {}".format(type(self.ended_at).__name__))
        if self.ended_at.utcoffset() is None:
            raise ValueError(
                "endedAt: naive datetime {!r}: Python reads it as local time, the API would read it as UTC; give a timezone, e.g. datetime.now(timezone.utc)".format(
                    self.ended_at
                )
            )
        ended_at = self.ended_at.isoformat()

        total_participant_minutes = self.total_participant_minutes

        total_recorder_minutes = self.total_recorder_minutes

        total_streamer_minutes = self.total_streamer_minutes

        total_unique_participants = self.total_unique_participants

        total_unique_recorders = self.total_unique_recorders

        total_unique_streamers = self.total_unique_streamers

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
                "roomSessionId": room_session_id,
                "roomName": room_name,
                "startedAt": started_at,
                "endedAt": ended_at,
                "totalParticipantMinutes": total_participant_minutes,
                "totalRecorderMinutes": total_recorder_minutes,
                "totalStreamerMinutes": total_streamer_minutes,
                "totalUniqueParticipants": total_unique_participants,
                "totalUniqueRecorders": total_unique_recorders,
                "totalUniqueStreamers": total_unique_streamers,
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
        room_session_id = d.pop("roomSessionId", UNSET)
        if not isinstance(room_session_id, str):
            from ..errors import wrong_type  # noqa: PLC0415

            raise wrong_type(cls.__name__, "roomSessionId", "a string", room_session_id)

        room_name = d.pop("roomName", UNSET)
        if not isinstance(room_name, str):
            from ..errors import wrong_type  # noqa: PLC0415

            raise wrong_type(cls.__name__, "roomName", "a string", room_name)

        _started_at = d.pop("startedAt", UNSET)
        started_at: datetime.datetime
        if not isinstance(_started_at, str):
            from ..errors import wrong_type  # noqa: PLC0415

            raise wrong_type(cls.__name__, "startedAt", "a date-time string", _started_at)

        try:
            started_at = datetime.datetime.fromisoformat(_started_at)
        except ValueError as exc:
            from ..errors import bad_value  # noqa: PLC0415

            raise bad_value(cls.__name__, "startedAt", exc) from None

        _ended_at = d.pop("endedAt", UNSET)
        ended_at: datetime.datetime
        if not isinstance(_ended_at, str):
            from ..errors import wrong_type  # noqa: PLC0415

            raise wrong_type(cls.__name__, "endedAt", "a date-time string", _ended_at)

        try:
            ended_at = datetime.datetime.fromisoformat(_ended_at)
        except ValueError as exc:
            from ..errors import bad_value  # noqa: PLC0415

            raise bad_value(cls.__name__, "endedAt", exc) from None

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

        room_session_insight = cls(
            room_session_id=room_session_id,
            room_name=room_name,
            started_at=started_at,
            ended_at=ended_at,
            total_participant_minutes=total_participant_minutes,
            total_recorder_minutes=total_recorder_minutes,
            total_streamer_minutes=total_streamer_minutes,
            total_unique_participants=total_unique_participants,
            total_unique_recorders=total_unique_recorders,
            total_unique_streamers=total_unique_streamers,
            rating=rating,
            total_ratings=total_ratings,
        )

        room_session_insight.additional_properties = d
        return room_session_insight

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
