from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="RoomClientPresenceDataNumClientsByRoleName")


@_attrs_define
class RoomClientPresenceDataNumClientsByRoleName:
    """Participants in the room by role."""

    additional_properties: dict[str, int] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        room_client_presence_data_num_clients_by_role_name = cls()

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional_property = prop_dict
            if not isinstance(additional_property, int) or isinstance(additional_property, bool):
                from ..errors import wrong_type  # noqa: PLC0415

                raise wrong_type(cls.__name__, prop_name, "an integer", additional_property)

            additional_properties[prop_name] = additional_property

        room_client_presence_data_num_clients_by_role_name.additional_properties = additional_properties
        return room_client_presence_data_num_clients_by_role_name

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> int:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: int) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
