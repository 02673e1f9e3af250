from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.transcription_state import TranscriptionState
from ..models.transcription_storage_type import TranscriptionStorageType
from ..models.transcription_type import TranscriptionType
from ..types import UNSET, Unset

T = TypeVar("T", bound="Transcription")


@_attrs_define
class Transcription:
    """
    Attributes:
        transcription_id (str):
        room_session_id (str):
        room_name (str):
        start_date (datetime.datetime):
        end_date (datetime.datetime):
        created_at (datetime.datetime):
        state (TranscriptionState):
        type_ (TranscriptionType): `LIVE_TRANSCRIPTION` is made during a session; `RECORDING_TRANSCRIPTION` from a
            recording.
        filename (str | Unset): Name of the Markdown transcript file.
        duration_in_seconds (float | Unset): Billable length of the transcript.
        storage_type (TranscriptionStorageType | Unset):
    """

    transcription_id: str
    room_session_id: str
    room_name: str
    start_date: datetime.datetime
    end_date: datetime.datetime
    created_at: datetime.datetime
    state: TranscriptionState
    type_: TranscriptionType
    filename: str | Unset = UNSET
    duration_in_seconds: float | Unset = UNSET
    storage_type: TranscriptionStorageType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        transcription_id = self.transcription_id

        room_session_id = self.room_session_id

        room_name = self.room_name

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

        if not isinstance(self.created_at, datetime.datetime):
            raise TypeError("createdAt: expected a datetime, not {}".format(type(self.created_at).__name__))
        if self.created_at.utcoffset() is None:
            raise ValueError(
                "createdAt: naive datetime {!r}: Python reads it as local time, the API would read it as UTC; give a timezone, e.g. datetime.now(timezone.utc)".format(
                    self.created_at
                )
            )
        created_at = self.created_at.isoformat()

        state = self.state.value

        type_ = self.type_.value

        filename = self.filename

        duration_in_seconds = self.duration_in_seconds

        storage_type: str | Unset = UNSET
        if not isinstance(self.storage_type, Unset):
            storage_type = self.storage_type.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "transcriptionId": transcription_id,
                "roomSessionId": room_session_id,
                "roomName": room_name,
                "startDate": start_date,
                "endDate": end_date,
                "createdAt": created_at,
                "state": state,
                "type": type_,
            }
        )
        if filename is not UNSET:
            field_dict["filename"] = filename
        if duration_in_seconds is not UNSET:
            field_dict["durationInSeconds"] = duration_in_seconds
        if storage_type is not UNSET:
            field_dict["storageType"] = storage_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        transcription_id = d.pop("transcriptionId", UNSET)
        if not isinstance(transcription_id, str):
            from ..errors import wrong_type  # noqa: PLC0415

            raise wrong_type(cls.__name__, "transcriptionId", "a string", transcription_id)

        room_session_id = d.pop("roomSessionId", UNSET)
        if not isinstance(room_session_id, str):
            from ..errors import wrong_type  # noqa: PLC0415

            raise wrong_type(cls.__name__, "roomSessionId", "a string", room_session_id)

        room_name = d.pop("roomName", UNSET)
        if not isinstance(room_name, str):
            from ..errors import wrong_type  # noqa: PLC0415

            raise wrong_type(cls.__name__, "roomName", "a string", room_name)

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

        _state = d.pop("state", UNSET)
        state: TranscriptionState
        if not isinstance(_state, str):
            from ..errors import wrong_type  # noqa: PLC0415

            raise wrong_type(cls.__name__, "state", "a string", _state)

        try:
            state = TranscriptionState(_state)
        except ValueError as exc:
            from ..errors import bad_value  # noqa: PLC0415

            raise bad_value(cls.__name__, "state", exc) from None

        _type_ = d.pop("type", UNSET)
        type_: TranscriptionType
        if not isinstance(_type_, str):
            from ..errors import wrong_type  # noqa: PLC0415

            raise wrong_type(cls.__name__, "type", "a string", _type_)

        try:
            type_ = TranscriptionType(_type_)
        except ValueError as exc:
            from ..errors import bad_value  # noqa: PLC0415

            raise bad_value(cls.__name__, "type", exc) from None

        filename = d.pop("filename", UNSET)
        if not isinstance(filename, (str, Unset)):
            from ..errors import wrong_type  # noqa: PLC0415

            raise wrong_type(cls.__name__, "filename", "a string", filename)

        duration_in_seconds = d.pop("durationInSeconds", UNSET)
        if not isinstance(duration_in_seconds, (float, int, Unset)) or isinstance(duration_in_seconds, bool):
            from ..errors import wrong_type  # noqa: PLC0415

            raise wrong_type(cls.__name__, "durationInSeconds", "a number", duration_in_seconds)

        _storage_type = d.pop("storageType", UNSET)
        storage_type: TranscriptionStorageType | Unset
        if isinstance(_storage_type, Unset):
            storage_type = UNSET
        else:
            if not isinstance(_storage_type, str):
                from ..errors import wrong_type  # noqa: PLC0415

                raise wrong_type(cls.__name__, "storageType", "a string", _storage_type)

            try:
                storage_type = TranscriptionStorageType(_storage_type)
            except ValueError as exc:
                from ..errors import bad_value  # noqa: PLC0415

                raise bad_value(cls.__name__, "storageType", exc) from None

        transcription = cls(
            transcription_id=transcription_id,
            room_session_id=room_session_id,
            room_name=room_name,
            start_date=start_date,
            end_date=end_date,
            created_at=created_at,
            state=state,
            type_=type_,
            filename=filename,
            duration_in_seconds=duration_in_seconds,
            storage_type=storage_type,
        )

        transcription.additional_properties = d
        return transcription

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
