from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.background_palette import BackgroundPalette
from ..models.background_theme import BackgroundTheme
from ..types import UNSET, Unset

T = TypeVar("T", bound="BackgroundPresetRequest")


@_attrs_define
class BackgroundPresetRequest:
    """
    Attributes:
        palette (BackgroundPalette | Unset): Built-in colour palette (`burgund` is the API's spelling).
        theme (BackgroundTheme | Unset): Built-in background artwork.
    """

    palette: BackgroundPalette | Unset = UNSET
    theme: BackgroundTheme | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        palette: str | Unset = UNSET
        if not isinstance(self.palette, Unset):
            palette = self.palette.value

        theme: str | Unset = UNSET
        if not isinstance(self.theme, Unset):
            theme = self.theme.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if palette is not UNSET:
            field_dict["palette"] = palette
        if theme is not UNSET:
            field_dict["theme"] = theme

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _palette = d.pop("palette", UNSET)
        palette: BackgroundPalette | Unset
        if isinstance(_palette, Unset):
            palette = UNSET
        else:
            if not isinstance(_palette, str):
                from ..errors import wrong_type  # noqa: PLC0415

                raise wrong_type(cls.__name__, "palette", "a string", _palette)

            try:
                palette = BackgroundPalette(_palette)
            except ValueError as exc:
                from ..errors import bad_value  # noqa: PLC0415

                raise bad_value(cls.__name__, "palette", exc) from None

        _theme = d.pop("theme", UNSET)
        theme: BackgroundTheme | Unset
        if isinstance(_theme, Unset):
            theme = UNSET
        else:
            if not isinstance(_theme, str):
                from ..errors import wrong_type  # noqa: PLC0415

                raise wrong_type(cls.__name__, "theme", "a string", _theme)

            try:
                theme = BackgroundTheme(_theme)
            except ValueError as exc:
                from ..errors import bad_value  # noqa: PLC0415

                raise bad_value(cls.__name__, "theme", exc) from None

        background_preset_request = cls(
            palette=palette,
            theme=theme,
        )

        background_preset_request.additional_properties = d
        return background_preset_request

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
