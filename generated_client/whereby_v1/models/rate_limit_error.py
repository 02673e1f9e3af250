from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET

if TYPE_CHECKING:
    from ..models.rate_limit_error_data import RateLimitErrorData


T = TypeVar("T", bound="RateLimitError")


@_attrs_define
class RateLimitError:
    """Body of a 429 response.

    Attributes:
        error (str): Human-readable message naming the throttle key.
        data (RateLimitErrorData):
    """

    error: str
    data: RateLimitErrorData
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        error = self.error

        data = self.data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "error": error,
                "data": data,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.rate_limit_error_data import RateLimitErrorData  # noqa: PLC0415

        d = dict(src_dict)
        error = d.pop("error", UNSET)
        if not isinstance(error, str):
            from ..errors import wrong_type  # noqa: PLC0415

            raise wrong_type(cls.__name__, "error", "a string", error)

        _data = d.pop("data", UNSET)
        data: RateLimitErrorData
        if not isinstance(_data, dict):
            from ..errors import wrong_type  # noqa: PLC0415

            raise wrong_type(cls.__name__, "data", "an object", _data)

        try:
            data = RateLimitErrorData.from_dict(_data)
        except (KeyError, TypeError, ValueError) as exc:  # KeyError: a required field typed Any, missing
            from ..errors import bad_value  # noqa: PLC0415

            raise bad_value(cls.__name__, "data", exc) from None

        rate_limit_error = cls(
            error=error,
            data=data,
        )

        rate_limit_error.additional_properties = d
        return rate_limit_error

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
