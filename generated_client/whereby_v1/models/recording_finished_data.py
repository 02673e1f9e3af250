from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RecordingFinishedData")


@_attrs_define
class RecordingFinishedData:
    """
    Attributes:
        recording_id (str):
        room_name (str | Unset):
        filename (str | Unset):
        status (str | Unset): `completed` is the only value documented so far.
    """

    recording_id: str
    room_name: str | Unset = UNSET
    filename: str | Unset = UNSET
    status: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        recording_id = self.recording_id

        room_name = self.room_name

        filename = self.filename

        status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "recordingId": recording_id,
            }
        )
        if room_name is not UNSET:
            field_dict["roomName"] = room_name
        if filename is not UNSET:
            field_dict["filename"] = filename
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        recording_id = d.pop("recordingId", UNSET)
        if not isinstance(recording_id, str):
            from ..errors import wrong_type  # noqa: PLC0415

            raise wrong_type(cls.__name__, "recordingId", "a string", recording_id)

        room_name = d.pop("roomName", UNSET)
        if not isinstance(room_name, (str, Unset)):
            from ..errors import wrong_type  # noqa: PLC0415

            raise wrong_type(cls.__name__, "roomName", "a string", room_name)

        filename = d.pop("filename", UNSET)
        if not isinstance(filename, (str, Unset)):
            from ..errors import wrong_type  # noqa: PLC0415

            raise wrong_type(cls.__name__, "filename", "a string", filename)

        status = d.pop("status", UNSET)
        if not isinstance(status, (str, Unset)):
            from ..errors import wrong_type  # noqa: PLC0415

            raise wrong_type(cls.__name__, "status", "a string", status)

        recording_finished_data = cls(
            recording_id=recording_id,
            room_name=room_name,
            filename=filename,
            status=status,
        )

        recording_finished_data.additional_properties = d
        return recording_finished_data

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
