from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.recording_start_trigger import RecordingStartTrigger
from ..models.recording_type import RecordingType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.recording_destination import RecordingDestination


T = TypeVar("T", bound="RecordingSettings")


@_attrs_define
class RecordingSettings:
    """
    Attributes:
        type_ (RecordingType): `none`, `local` (in the browser) or `cloud`.
        destination (None | RecordingDestination | Unset): Where cloud recordings go; `null` inherits the organisation
            setting.
        start_trigger (None | RecordingStartTrigger | Unset): When cloud recording starts; `null` inherits the
            organisation setting.
    """

    type_: RecordingType
    destination: None | RecordingDestination | Unset = UNSET
    start_trigger: None | RecordingStartTrigger | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.recording_destination import RecordingDestination  # noqa: PLC0415

        type_ = self.type_.value

        destination: dict[str, Any] | None | Unset
        if isinstance(self.destination, Unset):
            destination = UNSET
        elif isinstance(self.destination, RecordingDestination):
            destination = self.destination.to_dict()
        else:
            destination = self.destination

        start_trigger: None | str | Unset
        if isinstance(self.start_trigger, Unset):
            start_trigger = UNSET
        elif isinstance(self.start_trigger, RecordingStartTrigger):
            start_trigger = self.start_trigger.value
        else:
            start_trigger = self.start_trigger

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if destination is not UNSET:
            field_dict["destination"] = destination
        if start_trigger is not UNSET:
            field_dict["startTrigger"] = start_trigger

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.recording_destination import RecordingDestination  # noqa: PLC0415

        d = dict(src_dict)
        type_ = RecordingType(d.pop("type"))

        def _parse_destination(data: object) -> None | RecordingDestination | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                destination_type_0 = RecordingDestination.from_dict(data)

                return destination_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | RecordingDestination | Unset, data)

        destination = _parse_destination(d.pop("destination", UNSET))

        def _parse_start_trigger(data: object) -> None | RecordingStartTrigger | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                start_trigger_type_0 = RecordingStartTrigger(data)

                return start_trigger_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | RecordingStartTrigger | Unset, data)

        start_trigger = _parse_start_trigger(d.pop("startTrigger", UNSET))

        recording_settings = cls(
            type_=type_,
            destination=destination,
            start_trigger=start_trigger,
        )

        recording_settings.additional_properties = d
        return recording_settings

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
