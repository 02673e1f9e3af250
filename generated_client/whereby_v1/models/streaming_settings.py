from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.streaming_start_trigger import StreamingStartTrigger
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.streaming_destination import StreamingDestination


T = TypeVar("T", bound="StreamingSettings")


@_attrs_define
class StreamingSettings:
    """
    Attributes:
        destination (None | StreamingDestination | Unset): RTMP target; `null` inherits the organisation setting.
        start_trigger (None | StreamingStartTrigger | Unset): When streaming starts; `null` inherits the organisation
            setting.
    """

    destination: None | StreamingDestination | Unset = UNSET
    start_trigger: None | StreamingStartTrigger | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.streaming_destination import StreamingDestination  # noqa: PLC0415

        destination: dict[str, Any] | None | Unset
        if isinstance(self.destination, Unset):
            destination = UNSET
        elif isinstance(self.destination, StreamingDestination):
            destination = self.destination.to_dict()
        else:
            destination = self.destination

        start_trigger: None | str | Unset
        if isinstance(self.start_trigger, Unset):
            start_trigger = UNSET
        elif isinstance(self.start_trigger, StreamingStartTrigger):
            start_trigger = self.start_trigger.value
        else:
            start_trigger = self.start_trigger

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if destination is not UNSET:
            field_dict["destination"] = destination
        if start_trigger is not UNSET:
            field_dict["startTrigger"] = start_trigger

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.streaming_destination import StreamingDestination  # noqa: PLC0415

        d = dict(src_dict)
        _destination = d.pop("destination", UNSET)
        destination: None | StreamingDestination | Unset
        if isinstance(_destination, Unset):
            destination = UNSET
        else:
            if _destination is None:
                destination = None
            else:
                if not isinstance(_destination, dict):
                    from ..errors import wrong_type  # noqa: PLC0415

                    raise wrong_type(cls.__name__, "destination", "an object", _destination)

                try:
                    destination = StreamingDestination.from_dict(_destination)
                except (KeyError, TypeError, ValueError) as exc:  # KeyError: a required field typed Any, missing
                    from ..errors import bad_value  # noqa: PLC0415

                    raise bad_value(cls.__name__, "destination", exc) from None

        _start_trigger = d.pop("startTrigger", UNSET)
        start_trigger: None | StreamingStartTrigger | Unset
        if isinstance(_start_trigger, Unset):
            start_trigger = UNSET
        else:
            if _start_trigger is None:
                start_trigger = None
            else:
                if not isinstance(_start_trigger, str):
                    from ..errors import wrong_type  # noqa: PLC0415

                    raise wrong_type(cls.__name__, "startTrigger", "a string", _start_trigger)

                try:
                    start_trigger = StreamingStartTrigger(_start_trigger)
                except ValueError as exc:
                    from ..errors import bad_value  # noqa: PLC0415

                    raise bad_value(cls.__name__, "startTrigger", exc) from None

        streaming_settings = cls(
            destination=destination,
            start_trigger=start_trigger,
        )

        streaming_settings.additional_properties = d
        return streaming_settings

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
