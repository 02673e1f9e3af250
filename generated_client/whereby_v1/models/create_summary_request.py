from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.summary_template import SummaryTemplate
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateSummaryRequest")


@_attrs_define
class CreateSummaryRequest:
    """
    Attributes:
        transcription_id (str): The Whereby-hosted transcription to summarise.
        template (SummaryTemplate | Unset): Summary style; `General Bulleted` when omitted.
    """

    transcription_id: str
    template: SummaryTemplate | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        transcription_id = self.transcription_id

        template: str | Unset = UNSET
        if not isinstance(self.template, Unset):
            template = self.template.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "transcriptionId": transcription_id,
            }
        )
        if template is not UNSET:
            field_dict["template"] = template

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        transcription_id = d.pop("transcriptionId", UNSET)
        if not isinstance(transcription_id, str):
            from ..errors import wrong_type  # noqa: PLC0415

            raise wrong_type(cls.__name__, "transcriptionId", "a string", transcription_id)

        _template = d.pop("template", UNSET)
        template: SummaryTemplate | Unset
        if isinstance(_template, Unset):
            template = UNSET
        else:
            if not isinstance(_template, str):
                from ..errors import wrong_type  # noqa: PLC0415

                raise wrong_type(cls.__name__, "template", "a string", _template)

            try:
                template = SummaryTemplate(_template)
            except ValueError as exc:
                from ..errors import bad_value  # noqa: PLC0415

                raise bad_value(cls.__name__, "template", exc) from None

        create_summary_request = cls(
            transcription_id=transcription_id,
            template=template,
        )

        create_summary_request.additional_properties = d
        return create_summary_request

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
