from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

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
                    "joinedAt: naive datetime {!r}: Python reads it as local time, the API would read it as UTC; give a timezone, e.g. datetime.now(timezone.utc)".format(
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
                    "leftAt: naive datetime {!r}: Python reads it as local time, the API would read it as UTC; give a timezone, e.g. datetime.now(timezone.utc)".format(
                        self.left_at
                    )
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
        room_session_id = d.pop("roomSessionId", UNSET)
        if not isinstance(room_session_id, str):
            from ..errors import wrong_type  # noqa: PLC0415

            raise wrong_type(cls.__name__, "roomSessionId", "a string", room_session_id)

        participant_id = d.pop("participantId", UNSET)
        if not isinstance(participant_id, str):
            from ..errors import wrong_type  # noqa: PLC0415

            raise wrong_type(cls.__name__, "participantId", "a string", participant_id)

        _device_id = d.pop("deviceId", UNSET)
        device_id: None | str | Unset
        if isinstance(_device_id, Unset):
            device_id = UNSET
        else:
            if _device_id is None:
                device_id = None
            else:
                if not isinstance(_device_id, str):
                    from ..errors import wrong_type  # noqa: PLC0415

                    raise wrong_type(cls.__name__, "deviceId", "a string", _device_id)

                device_id = _device_id

        user_id = d.pop("userId", UNSET)
        if not isinstance(user_id, (str, Unset)):
            from ..errors import wrong_type  # noqa: PLC0415

            raise wrong_type(cls.__name__, "userId", "a string", user_id)

        role_name = d.pop("roleName", UNSET)
        if not isinstance(role_name, (str, Unset)):
            from ..errors import wrong_type  # noqa: PLC0415

            raise wrong_type(cls.__name__, "roleName", "a string", role_name)

        display_name = d.pop("displayName", UNSET)
        if not isinstance(display_name, (str, Unset)):
            from ..errors import wrong_type  # noqa: PLC0415

            raise wrong_type(cls.__name__, "displayName", "a string", display_name)

        _joined_at = d.pop("joinedAt", UNSET)
        joined_at: datetime.datetime | Unset
        if isinstance(_joined_at, Unset):
            joined_at = UNSET
        else:
            if not isinstance(_joined_at, str):
                from ..errors import wrong_type  # noqa: PLC0415

                raise wrong_type(cls.__name__, "joinedAt", "a date-time string", _joined_at)

            try:
                joined_at = datetime.datetime.fromisoformat(_joined_at)
            except ValueError as exc:
                from ..errors import bad_value  # noqa: PLC0415

                raise bad_value(cls.__name__, "joinedAt", exc) from None

        _left_at = d.pop("leftAt", UNSET)
        left_at: datetime.datetime | Unset
        if isinstance(_left_at, Unset):
            left_at = UNSET
        else:
            if not isinstance(_left_at, str):
                from ..errors import wrong_type  # noqa: PLC0415

                raise wrong_type(cls.__name__, "leftAt", "a date-time string", _left_at)

            try:
                left_at = datetime.datetime.fromisoformat(_left_at)
            except ValueError as exc:
                from ..errors import bad_value  # noqa: PLC0415

                raise bad_value(cls.__name__, "leftAt", exc) from None

        _external_id = d.pop("externalId", UNSET)
        external_id: None | str | Unset
        if isinstance(_external_id, Unset):
            external_id = UNSET
        else:
            if _external_id is None:
                external_id = None
            else:
                if not isinstance(_external_id, str):
                    from ..errors import wrong_type  # noqa: PLC0415

                    raise wrong_type(cls.__name__, "externalId", "a string", _external_id)

                external_id = _external_id

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

        _tags = d.pop("tags", UNSET)
        tags: list[str] | None | Unset
        if isinstance(_tags, Unset):
            tags = UNSET
        else:
            if _tags is None:
                tags = None
            else:
                if not isinstance(_tags, list):
                    from ..errors import wrong_type  # noqa: PLC0415

                    raise wrong_type(cls.__name__, "tags", "an array", _tags)

                for tags_type_0_item_data in _tags:
                    if not isinstance(tags_type_0_item_data, str):
                        from ..errors import wrong_type  # noqa: PLC0415

                        raise wrong_type(
                            cls.__name__,
                            "tags"
                            + "["
                            + str(next(i for i, x in enumerate(_tags) if x is tags_type_0_item_data))
                            + "]",
                            "a string",
                            tags_type_0_item_data,
                        )

                tags = _tags

        _comment = d.pop("comment", UNSET)
        comment: None | str | Unset
        if isinstance(_comment, Unset):
            comment = UNSET
        else:
            if _comment is None:
                comment = None
            else:
                if not isinstance(_comment, str):
                    from ..errors import wrong_type  # noqa: PLC0415

                    raise wrong_type(cls.__name__, "comment", "a string", _comment)

                comment = _comment

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
