from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RoomClientData")


@_attrs_define
class RoomClientData:
    """A participant's event (knocked, knockCancelled), with who they are.

    Attributes:
        meeting_id (str):
        room_name (str):  Example: /support-6d2b3a1e.
        subdomain (str): The organisation's Whereby subdomain.
        participant_id (str):
        room_session_id (None | str | Unset): The session in progress, if any.
        display_name (str | Unset):
        metadata (None | str | Unset): The `metadata` given in the room URL, if any.
        external_id (None | str | Unset): The `externalId` given in the room URL, if any.
    """

    meeting_id: str
    room_name: str
    subdomain: str
    participant_id: str
    room_session_id: None | str | Unset = UNSET
    display_name: str | Unset = UNSET
    metadata: None | str | Unset = UNSET
    external_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        meeting_id = self.meeting_id

        room_name = self.room_name

        subdomain = self.subdomain

        participant_id = self.participant_id

        room_session_id: None | str | Unset
        if isinstance(self.room_session_id, Unset):
            room_session_id = UNSET
        else:
            room_session_id = self.room_session_id

        display_name = self.display_name

        metadata: None | str | Unset
        if isinstance(self.metadata, Unset):
            metadata = UNSET
        else:
            metadata = self.metadata

        external_id: None | str | Unset
        if isinstance(self.external_id, Unset):
            external_id = UNSET
        else:
            external_id = self.external_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "meetingId": meeting_id,
                "roomName": room_name,
                "subdomain": subdomain,
                "participantId": participant_id,
            }
        )
        if room_session_id is not UNSET:
            field_dict["roomSessionId"] = room_session_id
        if display_name is not UNSET:
            field_dict["displayName"] = display_name
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if external_id is not UNSET:
            field_dict["externalId"] = external_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        meeting_id = d.pop("meetingId")

        room_name = d.pop("roomName")

        subdomain = d.pop("subdomain")

        participant_id = d.pop("participantId")

        def _parse_room_session_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        room_session_id = _parse_room_session_id(d.pop("roomSessionId", UNSET))

        display_name = d.pop("displayName", UNSET)

        def _parse_metadata(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        metadata = _parse_metadata(d.pop("metadata", UNSET))

        def _parse_external_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        external_id = _parse_external_id(d.pop("externalId", UNSET))

        room_client_data = cls(
            meeting_id=meeting_id,
            room_name=room_name,
            subdomain=subdomain,
            participant_id=participant_id,
            room_session_id=room_session_id,
            display_name=display_name,
            metadata=metadata,
            external_id=external_id,
        )

        room_client_data.additional_properties = d
        return room_client_data

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
