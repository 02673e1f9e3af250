from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.theme_logo_preset import ThemeLogoPreset
from ..types import UNSET

T = TypeVar("T", bound="ThemeLogoPresetRequest")


@_attrs_define
class ThemeLogoPresetRequest:
    """
    Attributes:
        theme (ThemeLogoPreset):
    """

    theme: ThemeLogoPreset
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        theme = self.theme.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "theme": theme,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _theme = d.pop("theme", UNSET)
        theme: ThemeLogoPreset
        if not isinstance(_theme, str):
            from ..errors import wrong_type  # noqa: PLC0415

            raise wrong_type(cls.__name__, "theme", "a string", _theme)

        try:
            theme = ThemeLogoPreset(_theme)
        except ValueError as exc:
            from ..errors import bad_value  # noqa: PLC0415

            raise bad_value(cls.__name__, "theme", exc) from None

        theme_logo_preset_request = cls(
            theme=theme,
        )

        theme_logo_preset_request.additional_properties = d
        return theme_logo_preset_request

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
