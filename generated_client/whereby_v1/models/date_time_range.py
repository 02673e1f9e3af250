from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DateTimeRange")


@_attrs_define
class DateTimeRange:
    """
    Attributes:
        from_ (datetime.datetime | Unset): Inclusive lower bound.
        to (datetime.datetime | Unset): Upper bound.
    """

    from_: datetime.datetime | Unset = UNSET
    to: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from_: str | Unset = UNSET
        if not isinstance(self.from_, Unset):
            if not isinstance(self.from_, datetime.datetime):
                raise TypeError("from: expected a datetime, not {}".format(type(self.from_).__name__))
            if self.from_.utcoffset() is None:
                raise ValueError(
                    "from: naive datetime {!r}: Python reads it as local time, the API would read it as UTC; give a timezone, e.g. datetime.now(timezone.utc)".format(
                        self.from_
                    )
                )
            from_ = self.from_.isoformat()

        to: str | Unset = UNSET
        if not isinstance(self.to, Unset):
            if not isinstance(self.to, datetime.datetime):
                raise TypeError("to: expected a datetime, not {}".format(type(self.to).__name__))
            if self.to.utcoffset() is None:
                raise ValueError(
                    "to: naive datetime {!r}: Python reads it as local time, the API would read it as UTC; give a timezone, e.g. datetime.now(timezone.utc)".format(
                        self.to
                    )
                )
            to = self.to.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if from_ is not UNSET:
            field_dict["from"] = from_
        if to is not UNSET:
            field_dict["to"] = to

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _from_ = d.pop("from", UNSET)
        from_: datetime.datetime | Unset
        if isinstance(_from_, Unset):
            from_ = UNSET
        else:
            if not isinstance(_from_, str):
                from ..errors import wrong_type  # noqa: PLC0415

                raise wrong_type(cls.__name__, "from", "a date-time string", _from_)

            try:
                from_ = datetime.datetime.fromisoformat(_from_)
            except ValueError as exc:
                from ..errors import bad_value  # noqa: PLC0415

                raise bad_value(cls.__name__, "from", exc) from None

        _to = d.pop("to", UNSET)
        to: datetime.datetime | Unset
        if isinstance(_to, Unset):
            to = UNSET
        else:
            if not isinstance(_to, str):
                from ..errors import wrong_type  # noqa: PLC0415

                raise wrong_type(cls.__name__, "to", "a date-time string", _to)

            try:
                to = datetime.datetime.fromisoformat(_to)
            except ValueError as exc:
                from ..errors import bad_value  # noqa: PLC0415

                raise bad_value(cls.__name__, "to", exc) from None

        date_time_range = cls(
            from_=from_,
            to=to,
        )

        date_time_range.additional_properties = d
        return date_time_range

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
