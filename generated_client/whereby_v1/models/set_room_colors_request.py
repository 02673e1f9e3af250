from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.tokens_preset import TokensPreset
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.theme_tokens import ThemeTokens


T = TypeVar("T", bound="SetRoomColorsRequest")


@_attrs_define
class SetRoomColorsRequest:
    """
    Attributes:
        tokens (ThemeTokens | Unset):
        tokens_preset (TokensPreset | Unset): `custom` applies the given colours; `default` (or leaving it out) uses the
            organisation colours.
    """

    tokens: ThemeTokens | Unset = UNSET
    tokens_preset: TokensPreset | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        tokens: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tokens, Unset):
            tokens = self.tokens.to_dict()

        tokens_preset: str | Unset = UNSET
        if not isinstance(self.tokens_preset, Unset):
            tokens_preset = self.tokens_preset.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if tokens is not UNSET:
            field_dict["tokens"] = tokens
        if tokens_preset is not UNSET:
            field_dict["tokensPreset"] = tokens_preset

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.theme_tokens import ThemeTokens  # noqa: PLC0415

        d = dict(src_dict)
        _tokens = d.pop("tokens", UNSET)
        tokens: ThemeTokens | Unset
        if isinstance(_tokens, Unset):
            tokens = UNSET
        else:
            if not isinstance(_tokens, dict):
                from ..errors import wrong_type  # noqa: PLC0415

                raise wrong_type(cls.__name__, "tokens", "an object", _tokens)

            try:
                tokens = ThemeTokens.from_dict(_tokens)
            except (KeyError, TypeError, ValueError) as exc:  # KeyError: a required field typed Any, missing
                from ..errors import bad_value  # noqa: PLC0415

                raise bad_value(cls.__name__, "tokens", exc) from None

        _tokens_preset = d.pop("tokensPreset", UNSET)
        tokens_preset: TokensPreset | Unset
        if isinstance(_tokens_preset, Unset):
            tokens_preset = UNSET
        else:
            if not isinstance(_tokens_preset, str):
                from ..errors import wrong_type  # noqa: PLC0415

                raise wrong_type(cls.__name__, "tokensPreset", "a string", _tokens_preset)

            try:
                tokens_preset = TokensPreset(_tokens_preset)
            except ValueError as exc:
                from ..errors import bad_value  # noqa: PLC0415

                raise bad_value(cls.__name__, "tokensPreset", exc) from None

        set_room_colors_request = cls(
            tokens=tokens,
            tokens_preset=tokens_preset,
        )

        set_room_colors_request.additional_properties = d
        return set_room_colors_request

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
