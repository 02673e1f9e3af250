from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.connection_samples import ConnectionSamples


T = TypeVar("T", bound="ParticipantConnection")


@_attrs_define
class ParticipantConnection:
    """One connection of a participant, with quality samples.

    Attributes:
        events (Any): Connection events; shape not published.
        display_name (str | Unset):
        user_role (str | Unset): Role, e.g. `host`.
        user_agent (str | Unset):
        time_stamp (datetime.datetime | Unset): When the connection joined.
        sample_rate_ms (float | Unset): Interval between samples in milliseconds.
        samples (ConnectionSamples | Unset): Quality samples, one value per sample interval.
    """

    events: Any
    display_name: str | Unset = UNSET
    user_role: str | Unset = UNSET
    user_agent: str | Unset = UNSET
    time_stamp: datetime.datetime | Unset = UNSET
    sample_rate_ms: float | Unset = UNSET
    samples: ConnectionSamples | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        events = self.events

        display_name = self.display_name

        user_role = self.user_role

        user_agent = self.user_agent

        time_stamp: str | Unset = UNSET
        if not isinstance(self.time_stamp, Unset):
            if not isinstance(self.time_stamp, datetime.datetime):
                raise TypeError("timeStamp: expected a datetime, not {}".format(type(self.time_stamp).__name__))
            if self.time_stamp.utcoffset() is None:
                raise ValueError(
                    "timeStamp: naive datetime {!r}: Python reads it as local time, the API would read it as UTC; give a timezone, e.g. datetime.now(timezone.utc)".format(
                        self.time_stamp
                    )
                )
            time_stamp = self.time_stamp.isoformat()

        sample_rate_ms = self.sample_rate_ms

        samples: dict[str, Any] | Unset = UNSET
        if not isinstance(self.samples, Unset):
            samples = self.samples.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "events": events,
            }
        )
        if display_name is not UNSET:
            field_dict["displayName"] = display_name
        if user_role is not UNSET:
            field_dict["userRole"] = user_role
        if user_agent is not UNSET:
            field_dict["userAgent"] = user_agent
        if time_stamp is not UNSET:
            field_dict["timeStamp"] = time_stamp
        if sample_rate_ms is not UNSET:
            field_dict["sampleRateMs"] = sample_rate_ms
        if samples is not UNSET:
            field_dict["samples"] = samples

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.connection_samples import ConnectionSamples  # noqa: PLC0415

        d = dict(src_dict)
        events = d.pop("events")

        display_name = d.pop("displayName", UNSET)
        if not isinstance(display_name, (str, Unset)):
            from ..errors import wrong_type  # noqa: PLC0415

            raise wrong_type(cls.__name__, "displayName", "a string", display_name)

        user_role = d.pop("userRole", UNSET)
        if not isinstance(user_role, (str, Unset)):
            from ..errors import wrong_type  # noqa: PLC0415

            raise wrong_type(cls.__name__, "userRole", "a string", user_role)

        user_agent = d.pop("userAgent", UNSET)
        if not isinstance(user_agent, (str, Unset)):
            from ..errors import wrong_type  # noqa: PLC0415

            raise wrong_type(cls.__name__, "userAgent", "a string", user_agent)

        _time_stamp = d.pop("timeStamp", UNSET)
        time_stamp: datetime.datetime | Unset
        if isinstance(_time_stamp, Unset):
            time_stamp = UNSET
        else:
            if not isinstance(_time_stamp, str):
                from ..errors import wrong_type  # noqa: PLC0415

                raise wrong_type(cls.__name__, "timeStamp", "a date-time string", _time_stamp)

            try:
                time_stamp = datetime.datetime.fromisoformat(_time_stamp)
            except ValueError as exc:
                from ..errors import bad_value  # noqa: PLC0415

                raise bad_value(cls.__name__, "timeStamp", exc) from None

        sample_rate_ms = d.pop("sampleRateMs", UNSET)
        if not isinstance(sample_rate_ms, (float, int, Unset)) or isinstance(sample_rate_ms, bool):
            from ..errors import wrong_type  # noqa: PLC0415

            raise wrong_type(cls.__name__, "sampleRateMs", "a number", sample_rate_ms)

        _samples = d.pop("samples", UNSET)
        samples: ConnectionSamples | Unset
        if isinstance(_samples, Unset):
            samples = UNSET
        else:
            if not isinstance(_samples, dict):
                from ..errors import wrong_type  # noqa: PLC0415

                raise wrong_type(cls.__name__, "samples", "an object", _samples)

            try:
                samples = ConnectionSamples.from_dict(_samples)
            except (KeyError, TypeError, ValueError) as exc:  # KeyError: a required field typed Any, missing
                from ..errors import bad_value  # noqa: PLC0415

                raise bad_value(cls.__name__, "samples", exc) from None

        participant_connection = cls(
            events=events,
            display_name=display_name,
            user_role=user_role,
            user_agent=user_agent,
            time_stamp=time_stamp,
            sample_rate_ms=sample_rate_ms,
            samples=samples,
        )

        participant_connection.additional_properties = d
        return participant_connection

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
