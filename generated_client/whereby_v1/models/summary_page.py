from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET

if TYPE_CHECKING:
    from ..models.summary import Summary


T = TypeVar("T", bound="SummaryPage")


@_attrs_define
class SummaryPage:
    """
    Attributes:
        results (list[Summary]):
        cursor (None | str): Token for the next page; `null` on the last page.
    """

    results: list[Summary]
    cursor: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        results = []
        for results_item_data in self.results:
            results_item = results_item_data.to_dict()
            results.append(results_item)

        cursor: None | str
        cursor = self.cursor

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "results": results,
                "cursor": cursor,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.summary import Summary  # noqa: PLC0415

        d = dict(src_dict)
        _results = d.pop("results", UNSET)
        results: list[Summary]
        if not isinstance(_results, list):
            from ..errors import wrong_type  # noqa: PLC0415

            raise wrong_type(cls.__name__, "results", "an array", _results)

        results = []
        for results_item_data in _results:
            if not isinstance(results_item_data, dict):
                from ..errors import wrong_type  # noqa: PLC0415

                raise wrong_type(
                    cls.__name__,
                    "results" + "[" + str(next(i for i, x in enumerate(_results) if x is results_item_data)) + "]",
                    "an object",
                    results_item_data,
                )

            try:
                results_item = Summary.from_dict(results_item_data)
            except (KeyError, TypeError, ValueError) as exc:  # KeyError: a required field typed Any, missing
                from ..errors import bad_value  # noqa: PLC0415

                raise bad_value(
                    cls.__name__,
                    "results" + "[" + str(next(i for i, x in enumerate(_results) if x is results_item_data)) + "]",
                    exc,
                ) from None

            results.append(results_item)

        _cursor = d.pop("cursor", UNSET)
        cursor: None | str
        if _cursor is None:
            cursor = None
        else:
            if not isinstance(_cursor, str):
                from ..errors import wrong_type  # noqa: PLC0415

                raise wrong_type(cls.__name__, "cursor", "a string", _cursor)

            cursor = _cursor

        summary_page = cls(
            results=results,
            cursor=cursor,
        )

        summary_page.additional_properties = d
        return summary_page

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
