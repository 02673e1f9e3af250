from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Recording")


@_attrs_define
class Recording:
    """
    Attributes:
        recording_id (str):
        room_session_id (str):
        filename (str): Cloud recordings are named `<room name>-<ISO start time>.mkv|mp4`.
        start_date (datetime.datetime):
        end_date (datetime.datetime):
        size_in_mega_bytes (float):
        room_name (str | Unset): The room the recording was made in, with its leading slash.
    """

    recording_id: str
    room_session_id: str
    filename: str
    start_date: datetime.datetime
    end_date: datetime.datetime
    size_in_mega_bytes: float
    room_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        recording_id = self.recording_id

        room_session_id = self.room_session_id

        filename = self.filename

        if not isinstance(self.start_date, datetime.datetime):
            raise TypeError("startDate: expected a datetime, not {}".format(type(self.start_date).__name__))
        if self.start_date.utcoffset() is None:
            raise ValueError(
                "startDate: naive datetime {!r}: Python reads it as local time, the API would read it as UTC; give a timezone, e.g. datetime.now(timezone.utc)".format(
                    self.start_date
                )
            )
        start_date = self.start_date.isoformat()

        if not isinstance(self.end_date, datetime.datetime):
            raise TypeError("endDate: expected a datetime, not {}".format(type(self.end_date).__name__))
        if self.end_date.utcoffset() is None:
            raise ValueError(
                "endDate: naive datetime {!r}: Python reads it as local time, the API would read it as UTC; give a timezone, e.g. datetime.now(timezone.utc)".format(
                    self.end_date
                )
            )
        end_date = self.end_date.isoformat()

        size_in_mega_bytes = self.size_in_mega_bytes

        room_name = self.room_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "recordingId": recording_id,
                "roomSessionId": room_session_id,
                "filename": filename,
                "startDate": start_date,
                "endDate": end_date,
                "sizeInMegaBytes": size_in_mega_bytes,
            }
        )
        if room_name is not UNSET:
            field_dict["roomName"] = room_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        recording_id = d.pop("recordingId", UNSET)
        if not isinstance(recording_id, str):
            from ..errors import wrong_type  # noqa: PLC0415

            raise wrong_type(cls.__name__, "recordingId", "a string", recording_id)

        room_session_id = d.pop("roomSessionId", UNSET)
        if not isinstance(room_session_id, str):
            from ..errors import wrong_type  # noqa: PLC0415

            raise wrong_type(cls.__name__, "roomSessionId", "a string", room_session_id)

        filename = d.pop("filename", UNSET)
        if not isinstance(filename, str):
            from ..errors import wrong_type  # noqa: PLC0415

            raise wrong_type(cls.__name__, "filename", "a string", filename)

        _start_date = d.pop("startDate", UNSET)
        start_date: datetime.datetime
        if not isinstance(_start_date, str):
            from ..errors import wrong_type  # noqa: PLC0415

            raise wrong_type(cls.__name__, "startDate", "a date-time string", _start_date)

        try:
            start_date = datetime.datetime.fromisoformat(_start_date)
        except ValueError as exc:
            from ..errors import bad_value  # noqa: PLC0415

            raise bad_value(cls.__name__, "startDate", exc) from None

        _end_date = d.pop("endDate", UNSET)
        end_date: datetime.datetime
        if not isinstance(_end_date, str):
            from ..errors import wrong_type  # noqa: PLC0415

            raise wrong_type(cls.__name__, "endDate", "a date-time string", _end_date)

        try:
            end_date = datetime.datetime.fromisoformat(_end_date)
        except ValueError as exc:
            from ..errors import bad_value  # noqa: PLC0415

            raise bad_value(cls.__name__, "endDate", exc) from None

        size_in_mega_bytes = d.pop("sizeInMegaBytes", UNSET)
        if not isinstance(size_in_mega_bytes, (float, int)) or isinstance(size_in_mega_bytes, bool):
            from ..errors import wrong_type  # noqa: PLC0415

            raise wrong_type(cls.__name__, "sizeInMegaBytes", "a number", size_in_mega_bytes)

        room_name = d.pop("roomName", UNSET)
        if not isinstance(room_name, (str, Unset)):
            from ..errors import wrong_type  # noqa: PLC0415

            raise wrong_type(cls.__name__, "roomName", "a string", room_name)

        recording = cls(
            recording_id=recording_id,
            room_session_id=room_session_id,
            filename=filename,
            start_date=start_date,
            end_date=end_date,
            size_in_mega_bytes=size_in_mega_bytes,
            room_name=room_name,
        )

        recording.additional_properties = d
        return recording

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
