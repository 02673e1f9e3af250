from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET

if TYPE_CHECKING:
    from ..models.room_client_data import RoomClientData


T = TypeVar("T", bound="RoomClientKnockedEvent")


@_attrs_define
class RoomClientKnockedEvent:
    """`room.client.knocked`: A visitor knocked on a locked room.

    Attributes:
        id (str): Unique per event; a redelivered event keeps its id, so use it to drop duplicates.
        api_version (str): Version of the event format (`"1.0"`). Example: 1.0.
        created_at (datetime.datetime): When the event happened.
        type_ (Literal['room.client.knocked']):
        data (RoomClientData): A participant's event (knocked, knockCancelled), with who they are.
    """

    id: str
    api_version: str
    created_at: datetime.datetime
    type_: Literal["room.client.knocked"]
    data: RoomClientData
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        api_version = self.api_version

        if not isinstance(self.created_at, datetime.datetime):
            raise TypeError("createdAt: expected a datetime, not {}".format(type(self.created_at).__name__))
        if self.created_at.utcoffset() is None:
            raise ValueError(
                "createdAt: naive datetime {!r}: Python reads it as local time, the API would read it as UTC; give a timezone, e.g. datetime.now(timezone.utc)".format(
                    self.created_at
                )
            )
        created_at = self.created_at.isoformat()

        type_ = self.type_

        data = self.data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "apiVersion": api_version,
                "createdAt": created_at,
                "type": type_,
                "data": data,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.room_client_data import RoomClientData  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id", UNSET)
        if not isinstance(id, str):
            from ..errors import wrong_type  # noqa: PLC0415

            raise wrong_type(cls.__name__, "id", "a string", id)

        api_version = d.pop("apiVersion", UNSET)
        if not isinstance(api_version, str):
            from ..errors import wrong_type  # noqa: PLC0415

            raise wrong_type(cls.__name__, "apiVersion", "a string", api_version)

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

        _type_ = d.pop("type", UNSET)
        type_: Literal["room.client.knocked"]
        if _type_ != "room.client.knocked":
            from ..errors import wrong_type  # noqa: PLC0415

            raise wrong_type(cls.__name__, "type", "'room.client.knocked'", _type_)

        type_ = cast(Literal["room.client.knocked"], _type_)

        _data = d.pop("data", UNSET)
        data: RoomClientData
        if not isinstance(_data, dict):
            from ..errors import wrong_type  # noqa: PLC0415

            raise wrong_type(cls.__name__, "data", "an object", _data)

        try:
            data = RoomClientData.from_dict(_data)
        except (KeyError, TypeError, ValueError) as exc:  # KeyError: a required field typed Any, missing
            from ..errors import bad_value  # noqa: PLC0415

            raise bad_value(cls.__name__, "data", exc) from None

        room_client_knocked_event = cls(
            id=id,
            api_version=api_version,
            created_at=created_at,
            type_=type_,
            data=data,
        )

        room_client_knocked_event.additional_properties = d
        return room_client_knocked_event

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
