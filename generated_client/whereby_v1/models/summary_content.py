from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.extended_soap_note import ExtendedSoapNote
    from ..models.soap_note import SoapNote


T = TypeVar("T", bound="SummaryContent")


@_attrs_define
class SummaryContent:
    """Always carries `summary` once ready; SOAP templates add a structured note.

    Attributes:
        summary (str | Unset): The summary text.
        soap (SoapNote | Unset): Present for the `SOAP` template.
        extended_soap (ExtendedSoapNote | Unset): Present for the `Extended SOAP` template.
    """

    summary: str | Unset = UNSET
    soap: SoapNote | Unset = UNSET
    extended_soap: ExtendedSoapNote | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        summary = self.summary

        soap: dict[str, Any] | Unset = UNSET
        if not isinstance(self.soap, Unset):
            soap = self.soap.to_dict()

        extended_soap: dict[str, Any] | Unset = UNSET
        if not isinstance(self.extended_soap, Unset):
            extended_soap = self.extended_soap.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if summary is not UNSET:
            field_dict["summary"] = summary
        if soap is not UNSET:
            field_dict["SOAP"] = soap
        if extended_soap is not UNSET:
            field_dict["extended_SOAP"] = extended_soap

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.extended_soap_note import ExtendedSoapNote  # noqa: PLC0415
        from ..models.soap_note import SoapNote  # noqa: PLC0415

        d = dict(src_dict)
        summary = d.pop("summary", UNSET)
        if not isinstance(summary, (str, Unset)):
            from ..errors import wrong_type  # noqa: PLC0415

            raise wrong_type(cls.__name__, "summary", "a string", summary)

        _soap = d.pop("SOAP", UNSET)
        soap: SoapNote | Unset
        if isinstance(_soap, Unset):
            soap = UNSET
        else:
            if not isinstance(_soap, dict):
                from ..errors import wrong_type  # noqa: PLC0415

                raise wrong_type(cls.__name__, "SOAP", "an object", _soap)

            try:
                soap = SoapNote.from_dict(_soap)
            except (KeyError, TypeError, ValueError) as exc:  # KeyError: a required field typed Any, missing
                from ..errors import bad_value  # noqa: PLC0415

                raise bad_value(cls.__name__, "SOAP", exc) from None

        _extended_soap = d.pop("extended_SOAP", UNSET)
        extended_soap: ExtendedSoapNote | Unset
        if isinstance(_extended_soap, Unset):
            extended_soap = UNSET
        else:
            if not isinstance(_extended_soap, dict):
                from ..errors import wrong_type  # noqa: PLC0415

                raise wrong_type(cls.__name__, "extended_SOAP", "an object", _extended_soap)

            try:
                extended_soap = ExtendedSoapNote.from_dict(_extended_soap)
            except (KeyError, TypeError, ValueError) as exc:  # KeyError: a required field typed Any, missing
                from ..errors import bad_value  # noqa: PLC0415

                raise bad_value(cls.__name__, "extended_SOAP", exc) from None

        summary_content = cls(
            summary=summary,
            soap=soap,
            extended_soap=extended_soap,
        )

        summary_content.additional_properties = d
        return summary_content

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
