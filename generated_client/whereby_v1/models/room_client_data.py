from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

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
        meeting_id = d.pop("meetingId", UNSET)
        if not isinstance(meeting_id, str):
            from ..errors import wrong_type  # noqa: PLC0415

            raise wrong_type(cls.__name__, "meetingId", "a string", meeting_id)

        room_name = d.pop("roomName", UNSET)
        if not isinstance(room_name, str):
            from ..errors import wrong_type  # noqa: PLC0415

            raise wrong_type(cls.__name__, "roomName", "a string", room_name)

        subdomain = d.pop("subdomain", UNSET)
        if not isinstance(subdomain, str):
            from ..errors import wrong_type  # noqa: PLC0415

            raise wrong_type(cls.__name__, "subdomain", "a string", subdomain)

        participant_id = d.pop("participantId", UNSET)
        if not isinstance(participant_id, str):
            from ..errors import wrong_type  # noqa: PLC0415

            raise wrong_type(cls.__name__, "participantId", "a string", participant_id)

        _room_session_id = d.pop("roomSessionId", UNSET)
        room_session_id: None | str | Unset
        if isinstance(_room_session_id, Unset):
            room_session_id = UNSET
        else:
            if _room_session_id is None:
                room_session_id = None
            else:
                if not isinstance(_room_session_id, str):
                    from ..errors import wrong_type  # noqa: PLC0415

                    raise wrong_type(cls.__name__, "roomSessionId", "a string", _room_session_id)

                room_session_id = _room_session_id

        display_name = d.pop("displayName", UNSET)
        if not isinstance(display_name, (str, Unset)):
            from ..errors import wrong_type  # noqa: PLC0415

            raise wrong_type(cls.__name__, "displayName", "a string", display_name)

        _metadata = d.pop("metadata", UNSET)
        metadata: None | str | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            if _metadata is None:
                metadata = None
            else:
                if not isinstance(_metadata, str):
                    from ..errors import wrong_type  # noqa: PLC0415

                    raise wrong_type(cls.__name__, "metadata", "a string", _metadata)

                metadata = _metadata

        _external_id = d.pop("externalId", UNSET)
        external_id: None | str | Unset
        if isinstance(_external_id, Unset):
            external_id = UNSET
        else:
            if _external_id is None:
                external_id = None
            else:
                if not isinstance(_external_id, str):
                    from ..errors import wrong_type  # noqa: PLC0415

                    raise wrong_type(cls.__name__, "externalId", "a string", _external_id)

                external_id = _external_id

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
