from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RoomPreferences")


@_attrs_define
class RoomPreferences:
    """Room features switched on or off at creation; the meeting reports them
    back. A HIPAA-compliant room turns off `streaming` and `roomIntegrations`.

        Attributes:
            streaming (bool | Unset): Allow RTMP streaming from the room.
            room_integrations (bool | Unset): Allow third-party integrations inside the room.
            dial_in (bool | Unset): Closed beta. Phone dial-in is on (set by `isDialInEnabled`).
    """

    streaming: bool | Unset = UNSET
    room_integrations: bool | Unset = UNSET
    dial_in: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        streaming = self.streaming

        room_integrations = self.room_integrations

        dial_in = self.dial_in

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if streaming is not UNSET:
            field_dict["streaming"] = streaming
        if room_integrations is not UNSET:
            field_dict["roomIntegrations"] = room_integrations
        if dial_in is not UNSET:
            field_dict["dialIn"] = dial_in

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        streaming = d.pop("streaming", UNSET)
        if not isinstance(streaming, (bool, Unset)):
            from ..errors import wrong_type  # noqa: PLC0415

            raise wrong_type(cls.__name__, "streaming", "a boolean", streaming)

        room_integrations = d.pop("roomIntegrations", UNSET)
        if not isinstance(room_integrations, (bool, Unset)):
            from ..errors import wrong_type  # noqa: PLC0415

            raise wrong_type(cls.__name__, "roomIntegrations", "a boolean", room_integrations)

        dial_in = d.pop("dialIn", UNSET)
        if not isinstance(dial_in, (bool, Unset)):
            from ..errors import wrong_type  # noqa: PLC0415

            raise wrong_type(cls.__name__, "dialIn", "a boolean", dial_in)

        room_preferences = cls(
            streaming=streaming,
            room_integrations=room_integrations,
            dial_in=dial_in,
        )

        room_preferences.additional_properties = d
        return room_preferences

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
