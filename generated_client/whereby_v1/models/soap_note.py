from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SoapNote")


@_attrs_define
class SoapNote:
    """Present for the `SOAP` template.

    Attributes:
        subjective (str | Unset):
        objective (str | Unset):
        assessment (str | Unset):
        plan (str | Unset):
    """

    subjective: str | Unset = UNSET
    objective: str | Unset = UNSET
    assessment: str | Unset = UNSET
    plan: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        subjective = self.subjective

        objective = self.objective

        assessment = self.assessment

        plan = self.plan

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if subjective is not UNSET:
            field_dict["subjective"] = subjective
        if objective is not UNSET:
            field_dict["objective"] = objective
        if assessment is not UNSET:
            field_dict["assessment"] = assessment
        if plan is not UNSET:
            field_dict["plan"] = plan

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        subjective = d.pop("subjective", UNSET)
        if not isinstance(subjective, (str, Unset)):
            from ..errors import wrong_type  # noqa: PLC0415

            raise wrong_type(cls.__name__, "subjective", "a string", subjective)

        objective = d.pop("objective", UNSET)
        if not isinstance(objective, (str, Unset)):
            from ..errors import wrong_type  # noqa: PLC0415

            raise wrong_type(cls.__name__, "objective", "a string", objective)

        assessment = d.pop("assessment", UNSET)
        if not isinstance(assessment, (str, Unset)):
            from ..errors import wrong_type  # noqa: PLC0415

            raise wrong_type(cls.__name__, "assessment", "a string", assessment)

        plan = d.pop("plan", UNSET)
        if not isinstance(plan, (str, Unset)):
            from ..errors import wrong_type  # noqa: PLC0415

            raise wrong_type(cls.__name__, "plan", "a string", plan)

        soap_note = cls(
            subjective=subjective,
            objective=objective,
            assessment=assessment,
            plan=plan,
        )

        soap_note.additional_properties = d
        return soap_note

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
