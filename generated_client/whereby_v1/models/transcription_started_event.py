from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.transcription_event_data import TranscriptionEventData


T = TypeVar("T", bound="TranscriptionStartedEvent")


@_attrs_define
class TranscriptionStartedEvent:
    """`transcription.started`: A transcription started.

    Attributes:
        id (str): Unique per event; a redelivered event keeps its id, so use it to drop duplicates.
        api_version (str): Version of the event format (`"1.0"`). Example: 1.0.
        created_at (datetime.datetime): When the event happened.
        type_ (Literal['transcription.started']):
        data (TranscriptionEventData): What every transcription event says. Webhooks name the state `status`; the REST
            Transcription object calls the same thing `state`.
    """

    id: str
    api_version: str
    created_at: datetime.datetime
    type_: Literal["transcription.started"]
    data: TranscriptionEventData
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        api_version = self.api_version

        if not isinstance(self.created_at, datetime.datetime):
            raise TypeError("createdAt: expected a datetime, not {}".format(type(self.created_at).__name__))
        if self.created_at.utcoffset() is None:
            raise ValueError(
                "createdAt: naive datetime {!r}; give a timezone, e.g. datetime.now(timezone.utc)".format(
                    self.created_at
                )
            )
        created_at = self.created_at.isoformat()

        type_ = self.type_

        data = self.data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "apiVersion": api_version,
                "createdAt": created_at,
                "type": type_,
                "data": data,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.transcription_event_data import TranscriptionEventData  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        api_version = d.pop("apiVersion")

        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        type_ = cast(Literal["transcription.started"], d.pop("type"))
        if type_ != "transcription.started":
            raise ValueError(f"type must match const 'transcription.started', got '{type_}'")

        data = TranscriptionEventData.from_dict(d.pop("data"))

        transcription_started_event = cls(
            id=id,
            api_version=api_version,
            created_at=created_at,
            type_=type_,
            data=data,
        )

        transcription_started_event.additional_properties = d
        return transcription_started_event

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
