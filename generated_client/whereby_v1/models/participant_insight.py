from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ParticipantInsight")


@_attrs_define
class ParticipantInsight:
    """
    Attributes:
        room_session_id (str):
        participant_id (str):
        device_id (None | str | Unset):
        user_id (str | Unset):
        role_name (str | Unset): Role in the room, e.g. `host` or `visitor`; parse leniently (the published example has
            `granted_visited`).
        display_name (str | Unset):
        joined_at (datetime.datetime | Unset):
        left_at (datetime.datetime | Unset):
        external_id (None | str | Unset): Id passed in the room URL or embed attribute, if any.
        rating (float | None | Unset): The participant's session rating; `null` unless given.
        tags (list[str] | None | Unset): Rating tags such as `audio-quality` or `video-quality`.
        comment (None | str | Unset): Free-text rating comment.
    """

    room_session_id: str
    participant_id: str
    device_id: None | str | Unset = UNSET
    user_id: str | Unset = UNSET
    role_name: str | Unset = UNSET
    display_name: str | Unset = UNSET
    joined_at: datetime.datetime | Unset = UNSET
    left_at: datetime.datetime | Unset = UNSET
    external_id: None | str | Unset = UNSET
    rating: float | None | Unset = UNSET
    tags: list[str] | None | Unset = UNSET
    comment: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        room_session_id = self.room_session_id

        participant_id = self.participant_id

        device_id: None | str | Unset
        if isinstance(self.device_id, Unset):
            device_id = UNSET
        else:
            device_id = self.device_id

        user_id = self.user_id

        role_name = self.role_name

        display_name = self.display_name

        joined_at: str | Unset = UNSET
        if not isinstance(self.joined_at, Unset):
            if not isinstance(self.joined_at, datetime.datetime):
                raise TypeError("joinedAt: expected a datetime, not {}".format(type(self.joined_at).__name__))
            if self.joined_at.utcoffset() is None:
                raise ValueError(
                    "joinedAt: naive datetime {!r}; give a timezone, e.g. datetime.now(timezone.utc)".format(
                        self.joined_at
                    )
                )
            joined_at = self.joined_at.isoformat()

        left_at: str | Unset = UNSET
        if not isinstance(self.left_at, Unset):
            if not isinstance(self.left_at, datetime.datetime):
                raise TypeError("leftAt: expected a datetime, not {}".format(type(self.left_at).__name__))
            if self.left_at.utcoffset() is None:
                raise ValueError(
                    "leftAt: naive datetime {!r}; give a timezone, e.g. datetime.now(timezone.utc)".format(self.left_at)
                )
            left_at = self.left_at.isoformat()

        external_id: None | str | Unset
        if isinstance(self.external_id, Unset):
            external_id = UNSET
        else:
            external_id = self.external_id

        rating: float | None | Unset
        if isinstance(self.rating, Unset):
            rating = UNSET
        else:
            rating = self.rating

        tags: list[str] | None | Unset
        if isinstance(self.tags, Unset):
            tags = UNSET
        elif isinstance(self.tags, list):
            tags = self.tags

        else:
            tags = self.tags

        comment: None | str | Unset
        if isinstance(self.comment, Unset):
            comment = UNSET
        else:
            comment = self.comment

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "roomSessionId": room_session_id,
                "participantId": participant_id,
            }
        )
        if device_id is not UNSET:
            field_dict["deviceId"] = device_id
        if user_id is not UNSET:
            field_dict["userId"] = user_id
        if role_name is not UNSET:
            field_dict["roleName"] = role_name
        if display_name is not UNSET:
            field_dict["displayName"] = display_name
        if joined_at is not UNSET:
            field_dict["joinedAt"] = joined_at
        if left_at is not UNSET:
            field_dict["leftAt"] = left_at
        if external_id is not UNSET:
            field_dict["externalId"] = external_id
        if rating is not UNSET:
            field_dict["rating"] = rating
        if tags is not UNSET:
            field_dict["tags"] = tags
        if comment is not UNSET:
            field_dict["comment"] = comment

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        room_session_id = d.pop("roomSessionId")

        participant_id = d.pop("participantId")

        def _parse_device_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        device_id = _parse_device_id(d.pop("deviceId", UNSET))

        user_id = d.pop("userId", UNSET)

        role_name = d.pop("roleName", UNSET)

        display_name = d.pop("displayName", UNSET)

        _joined_at = d.pop("joinedAt", UNSET)
        joined_at: datetime.datetime | Unset
        if isinstance(_joined_at, Unset):
            joined_at = UNSET
        else:
            joined_at = datetime.datetime.fromisoformat(_joined_at)

        _left_at = d.pop("leftAt", UNSET)
        left_at: datetime.datetime | Unset
        if isinstance(_left_at, Unset):
            left_at = UNSET
        else:
            left_at = datetime.datetime.fromisoformat(_left_at)

        def _parse_external_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        external_id = _parse_external_id(d.pop("externalId", UNSET))

        def _parse_rating(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        rating = _parse_rating(d.pop("rating", UNSET))

        def _parse_tags(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                tags_type_0 = cast(list[str], data)

                return tags_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        tags = _parse_tags(d.pop("tags", UNSET))

        def _parse_comment(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        comment = _parse_comment(d.pop("comment", UNSET))

        participant_insight = cls(
            room_session_id=room_session_id,
            participant_id=participant_id,
            device_id=device_id,
            user_id=user_id,
            role_name=role_name,
            display_name=display_name,
            joined_at=joined_at,
            left_at=left_at,
            external_id=external_id,
            rating=rating,
            tags=tags,
            comment=comment,
        )

        participant_insight.additional_properties = d
        return participant_insight

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
