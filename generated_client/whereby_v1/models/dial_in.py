from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.dial_in_phone_number import DialInPhoneNumber


T = TypeVar("T", bound="DialIn")


@_attrs_define
class DialIn:
    """Closed beta. Phone dial-in details; present when `dialIn` is requested in `fields`.

    Attributes:
        code (str | Unset): Code callers enter after dialling.
        phone_numbers (list[DialInPhoneNumber] | Unset):
    """

    code: str | Unset = UNSET
    phone_numbers: list[DialInPhoneNumber] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        phone_numbers: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.phone_numbers, Unset):
            phone_numbers = []
            for phone_numbers_item_data in self.phone_numbers:
                phone_numbers_item = phone_numbers_item_data.to_dict()
                phone_numbers.append(phone_numbers_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if code is not UNSET:
            field_dict["code"] = code
        if phone_numbers is not UNSET:
            field_dict["phoneNumbers"] = phone_numbers

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.dial_in_phone_number import DialInPhoneNumber  # noqa: PLC0415

        d = dict(src_dict)
        code = d.pop("code", UNSET)
        if not isinstance(code, (str, Unset)):
            from ..errors import wrong_type  # noqa: PLC0415

            raise wrong_type(cls.__name__, "code", "a string", code)

        _phone_numbers = d.pop("phoneNumbers", UNSET)
        phone_numbers: list[DialInPhoneNumber] | Unset
        if isinstance(_phone_numbers, Unset):
            phone_numbers = UNSET
        else:
            if not isinstance(_phone_numbers, list):
                from ..errors import wrong_type  # noqa: PLC0415

                raise wrong_type(cls.__name__, "phoneNumbers", "an array", _phone_numbers)

            phone_numbers = []
            for phone_numbers_item_data in _phone_numbers:
                if not isinstance(phone_numbers_item_data, dict):
                    from ..errors import wrong_type  # noqa: PLC0415

                    raise wrong_type(
                        cls.__name__,
                        "phoneNumbers"
                        + "["
                        + str(next(i for i, x in enumerate(_phone_numbers) if x is phone_numbers_item_data))
                        + "]",
                        "an object",
                        phone_numbers_item_data,
                    )

                try:
                    phone_numbers_item = DialInPhoneNumber.from_dict(phone_numbers_item_data)
                except (KeyError, TypeError, ValueError) as exc:  # KeyError: a required field typed Any, missing
                    from ..errors import bad_value  # noqa: PLC0415

                    raise bad_value(
                        cls.__name__,
                        "phoneNumbers"
                        + "["
                        + str(next(i for i, x in enumerate(_phone_numbers) if x is phone_numbers_item_data))
                        + "]",
                        exc,
                    ) from None

                phone_numbers.append(phone_numbers_item)

        dial_in = cls(
            code=code,
            phone_numbers=phone_numbers,
        )

        dial_in.additional_properties = d
        return dial_in

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
