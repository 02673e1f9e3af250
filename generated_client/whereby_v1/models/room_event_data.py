from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RoomEventData")


@_attrs_define
class RoomEventData:
    """What every in-room event says about the room.

    Attributes:
        meeting_id (str):
        room_name (str):  Example: /support-6d2b3a1e.
        subdomain (str): The organisation's Whereby subdomain.
        room_session_id (None | str | Unset): The session in progress, if any.
    """

    meeting_id: str
    room_name: str
    subdomain: str
    room_session_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        meeting_id = self.meeting_id

        room_name = self.room_name

        subdomain = self.subdomain

        room_session_id: None | str | Unset
        if isinstance(self.room_session_id, Unset):
            room_session_id = UNSET
        else:
            room_session_id = self.room_session_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "meetingId": meeting_id,
                "roomName": room_name,
                "subdomain": subdomain,
            }
        )
        if room_session_id is not UNSET:
            field_dict["roomSessionId"] = room_session_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        meeting_id = d.pop("meetingId", UNSET)
        if not isinstance(meeting_id, str):
            from ..errors import wrong_type  # noqa: PLC0415

            raise wrong_type(cls.__name__, "meetingId", "a string", meeting_id)

        room_name = d.pop("roomName", UNSET)
        if not isinstance(room_name, str):
            from ..errors import wrong_type  # noqa: PLC0415

            raise wrong_type(cls.__name__, "roomName", "a string", room_name)

        subdomain = d.pop("subdomain", UNSET)
        if not isinstance(subdomain, str):
            from ..errors import wrong_type  # noqa: PLC0415

            raise wrong_type(cls.__name__, "subdomain", "a string", subdomain)

        _room_session_id = d.pop("roomSessionId", UNSET)
        room_session_id: None | str | Unset
        if isinstance(_room_session_id, Unset):
            room_session_id = UNSET
        else:
            if _room_session_id is None:
                room_session_id = None
            else:
                if not isinstance(_room_session_id, str):
                    from ..errors import wrong_type  # noqa: PLC0415

                    raise wrong_type(cls.__name__, "roomSessionId", "a string", _room_session_id)

                room_session_id = _room_session_id

        room_event_data = cls(
            meeting_id=meeting_id,
            room_name=room_name,
            subdomain=subdomain,
            room_session_id=room_session_id,
        )

        room_event_data.additional_properties = d
        return room_event_data

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
