from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

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

        def _parse_destination(data: object) -> None | StreamingDestination | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                destination_type_0 = StreamingDestination.from_dict(data)

                return destination_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | StreamingDestination | Unset, data)

        destination = _parse_destination(d.pop("destination", UNSET))

        def _parse_start_trigger(data: object) -> None | StreamingStartTrigger | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                start_trigger_type_0 = StreamingStartTrigger(data)

                return start_trigger_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | StreamingStartTrigger | Unset, data)

        start_trigger = _parse_start_trigger(d.pop("startTrigger", UNSET))

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
