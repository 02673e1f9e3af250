from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET

T = TypeVar("T", bound="BulkDeleteRecordingsRequest")


@_attrs_define
class BulkDeleteRecordingsRequest:
    """
    Attributes:
        recording_ids (list[str]):
    """

    recording_ids: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        recording_ids = self.recording_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "recordingIds": recording_ids,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _recording_ids = d.pop("recordingIds", UNSET)
        recording_ids: list[str]
        if not isinstance(_recording_ids, list):
            from ..errors import wrong_type  # noqa: PLC0415

            raise wrong_type(cls.__name__, "recordingIds", "an array", _recording_ids)

        for recording_ids_item_data in _recording_ids:
            if not isinstance(recording_ids_item_data, str):
                from ..errors import wrong_type  # noqa: PLC0415

                raise wrong_type(
                    cls.__name__,
                    "recordingIds"
                    + "["
                    + str(next(i for i, x in enumerate(_recording_ids) if x is recording_ids_item_data))
                    + "]",
                    "a string",
                    recording_ids_item_data,
                )

        recording_ids = _recording_ids

        bulk_delete_recordings_request = cls(
            recording_ids=recording_ids,
        )

        bulk_delete_recordings_request.additional_properties = d
        return bulk_delete_recordings_request

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
