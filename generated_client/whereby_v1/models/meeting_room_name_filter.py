from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="MeetingRoomNameFilter")


@_attrs_define
class MeetingRoomNameFilter:
    """Documented only in the room-name-prefix guide.

    Attributes:
        starts_with (str | Unset): Room names beginning with this text (including the leading slash).
    """

    starts_with: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        starts_with = self.starts_with

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if starts_with is not UNSET:
            field_dict["startsWith"] = starts_with

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        starts_with = d.pop("startsWith", UNSET)
        if not isinstance(starts_with, (str, Unset)):
            from ..errors import wrong_type  # noqa: PLC0415

            raise wrong_type(cls.__name__, "startsWith", "a string", starts_with)

        meeting_room_name_filter = cls(
            starts_with=starts_with,
        )

        meeting_room_name_filter.additional_properties = d
        return meeting_room_name_filter

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
