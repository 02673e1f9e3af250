from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

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
        _type_ = d.pop("type", UNSET)
        type_: RecordingType
        if not isinstance(_type_, str):
            from ..errors import wrong_type  # noqa: PLC0415

            raise wrong_type(cls.__name__, "type", "a string", _type_)

        try:
            type_ = RecordingType(_type_)
        except ValueError as exc:
            from ..errors import bad_value  # noqa: PLC0415

            raise bad_value(cls.__name__, "type", exc) from None

        _destination = d.pop("destination", UNSET)
        destination: None | RecordingDestination | Unset
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
                    destination = RecordingDestination.from_dict(_destination)
                except (KeyError, TypeError, ValueError) as exc:  # KeyError: a required field typed Any, missing
                    from ..errors import bad_value  # noqa: PLC0415

                    raise bad_value(cls.__name__, "destination", exc) from None

        _start_trigger = d.pop("startTrigger", UNSET)
        start_trigger: None | RecordingStartTrigger | Unset
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
                    start_trigger = RecordingStartTrigger(_start_trigger)
                except ValueError as exc:
                    from ..errors import bad_value  # noqa: PLC0415

                    raise bad_value(cls.__name__, "startTrigger", exc) from None

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
