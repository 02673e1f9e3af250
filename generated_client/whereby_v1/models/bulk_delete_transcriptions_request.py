from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET

T = TypeVar("T", bound="BulkDeleteTranscriptionsRequest")


@_attrs_define
class BulkDeleteTranscriptionsRequest:
    """
    Attributes:
        transcription_ids (list[str]):
    """

    transcription_ids: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        transcription_ids = self.transcription_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "transcriptionIds": transcription_ids,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _transcription_ids = d.pop("transcriptionIds", UNSET)
        transcription_ids: list[str]
        if not isinstance(_transcription_ids, list):
            from ..errors import wrong_type  # noqa: PLC0415

            raise wrong_type(cls.__name__, "transcriptionIds", "an array", _transcription_ids)

        for transcription_ids_item_data in _transcription_ids:
            if not isinstance(transcription_ids_item_data, str):
                from ..errors import wrong_type  # noqa: PLC0415

                raise wrong_type(
                    cls.__name__,
                    "transcriptionIds"
                    + "["
                    + str(next(i for i, x in enumerate(_transcription_ids) if x is transcription_ids_item_data))
                    + "]",
                    "a string",
                    transcription_ids_item_data,
                )

        transcription_ids = _transcription_ids

        bulk_delete_transcriptions_request = cls(
            transcription_ids=transcription_ids,
        )

        bulk_delete_transcriptions_request.additional_properties = d
        return bulk_delete_transcriptions_request

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
