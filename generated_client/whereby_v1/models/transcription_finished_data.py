from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.transcription_state import TranscriptionState
from ..models.transcription_storage_type import TranscriptionStorageType
from ..models.transcription_type import TranscriptionType
from ..types import UNSET, Unset

T = TypeVar("T", bound="TranscriptionFinishedData")


@_attrs_define
class TranscriptionFinishedData:
    """
    Attributes:
        transcription_id (str):
        status (TranscriptionState):
        room_name (str | Unset):
        room_session_id (None | str | Unset):
        type_ (TranscriptionType | Unset): `LIVE_TRANSCRIPTION` is made during a session; `RECORDING_TRANSCRIPTION` from
            a recording.
        filename (str | Unset):
        storage_type (TranscriptionStorageType | Unset):
        duration_in_seconds (float | Unset):
        recording_id (str | Unset): Only for transcriptions made from a recording.
    """

    transcription_id: str
    status: TranscriptionState
    room_name: str | Unset = UNSET
    room_session_id: None | str | Unset = UNSET
    type_: TranscriptionType | Unset = UNSET
    filename: str | Unset = UNSET
    storage_type: TranscriptionStorageType | Unset = UNSET
    duration_in_seconds: float | Unset = UNSET
    recording_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        transcription_id = self.transcription_id

        status = self.status.value

        room_name = self.room_name

        room_session_id: None | str | Unset
        if isinstance(self.room_session_id, Unset):
            room_session_id = UNSET
        else:
            room_session_id = self.room_session_id

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        filename = self.filename

        storage_type: str | Unset = UNSET
        if not isinstance(self.storage_type, Unset):
            storage_type = self.storage_type.value

        duration_in_seconds = self.duration_in_seconds

        recording_id = self.recording_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "transcriptionId": transcription_id,
                "status": status,
            }
        )
        if room_name is not UNSET:
            field_dict["roomName"] = room_name
        if room_session_id is not UNSET:
            field_dict["roomSessionId"] = room_session_id
        if type_ is not UNSET:
            field_dict["type"] = type_
        if filename is not UNSET:
            field_dict["filename"] = filename
        if storage_type is not UNSET:
            field_dict["storageType"] = storage_type
        if duration_in_seconds is not UNSET:
            field_dict["durationInSeconds"] = duration_in_seconds
        if recording_id is not UNSET:
            field_dict["recordingId"] = recording_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        transcription_id = d.pop("transcriptionId", UNSET)
        if not isinstance(transcription_id, str):
            from ..errors import wrong_type  # noqa: PLC0415

            raise wrong_type(cls.__name__, "transcriptionId", "a string", transcription_id)

        _status = d.pop("status", UNSET)
        status: TranscriptionState
        if not isinstance(_status, str):
            from ..errors import wrong_type  # noqa: PLC0415

            raise wrong_type(cls.__name__, "status", "a string", _status)

        try:
            status = TranscriptionState(_status)
        except ValueError as exc:
            from ..errors import bad_value  # noqa: PLC0415

            raise bad_value(cls.__name__, "status", exc) from None

        room_name = d.pop("roomName", UNSET)
        if not isinstance(room_name, (str, Unset)):
            from ..errors import wrong_type  # noqa: PLC0415

            raise wrong_type(cls.__name__, "roomName", "a string", room_name)

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

        _type_ = d.pop("type", UNSET)
        type_: TranscriptionType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
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

        duration_in_seconds = d.pop("durationInSeconds", UNSET)
        if not isinstance(duration_in_seconds, (float, int, Unset)) or isinstance(duration_in_seconds, bool):
            from ..errors import wrong_type  # noqa: PLC0415

            raise wrong_type(cls.__name__, "durationInSeconds", "a number", duration_in_seconds)

        recording_id = d.pop("recordingId", UNSET)
        if not isinstance(recording_id, (str, Unset)):
            from ..errors import wrong_type  # noqa: PLC0415

            raise wrong_type(cls.__name__, "recordingId", "a string", recording_id)

        transcription_finished_data = cls(
            transcription_id=transcription_id,
            status=status,
            room_name=room_name,
            room_session_id=room_session_id,
            type_=type_,
            filename=filename,
            storage_type=storage_type,
            duration_in_seconds=duration_in_seconds,
            recording_id=recording_id,
        )

        transcription_finished_data.additional_properties = d
        return transcription_finished_data

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
