from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.dial_in import DialIn
    from ..models.room_preferences import RoomPreferences


T = TypeVar("T", bound="Meeting")


@_attrs_define
class Meeting:
    """
    Attributes:
        meeting_id (str):
        room_url (str): Participant URL.
        end_date (datetime.datetime):
        room_name (str | Unset): Room name with a leading slash, e.g. `/acme-793e9ec1-...`.
        start_date (datetime.datetime | Unset): Creation time, in UTC.
        host_room_url (str | Unset): Host URL carrying a `roomKey`; present only when requested in `fields`.
        viewer_room_url (str | Unset): Watch-only URL; present only when requested in `fields`.
        dial_in (DialIn | Unset): Closed beta. Phone dial-in details; present when `dialIn` is requested in `fields`.
        room_preferences (RoomPreferences | Unset): Room features switched on or off at creation; the meeting reports
            them
            back. A HIPAA-compliant room turns off `streaming` and `roomIntegrations`.
    """

    meeting_id: str
    room_url: str
    end_date: datetime.datetime
    room_name: str | Unset = UNSET
    start_date: datetime.datetime | Unset = UNSET
    host_room_url: str | Unset = UNSET
    viewer_room_url: str | Unset = UNSET
    dial_in: DialIn | Unset = UNSET
    room_preferences: RoomPreferences | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        meeting_id = self.meeting_id

        room_url = self.room_url

        if not isinstance(self.end_date, datetime.datetime):
            raise TypeError("endDate: expected a datetime, not {}".format(type(self.end_date).__name__))
        if self.end_date.utcoffset() is None:
            raise ValueError(
                "endDate: naive datetime {!r}: Python reads it as local time, the API would read it as UTC; give a timezone, e.g. datetime.now(timezone.utc)".format(
                    self.end_date
                )
            )
        end_date = self.end_date.isoformat()

        room_name = self.room_name

        start_date: str | Unset = UNSET
        if not isinstance(self.start_date, Unset):
            if not isinstance(self.start_date, datetime.datetime):
                raise TypeError("startDate: expected a datetime, not {}".format(type(self.start_date).__name__))
            if self.start_date.utcoffset() is None:
                raise ValueError(
                    "startDate: naive datetime {!r}: Python reads it as local time, the API would read it as UTC; give a timezone, e.g. datetime.now(timezone.utc)".format(
                        self.start_date
                    )
                )
            start_date = self.start_date.isoformat()

        host_room_url = self.host_room_url

        viewer_room_url = self.viewer_room_url

        dial_in: dict[str, Any] | Unset = UNSET
        if not isinstance(self.dial_in, Unset):
            dial_in = self.dial_in.to_dict()

        room_preferences: dict[str, Any] | Unset = UNSET
        if not isinstance(self.room_preferences, Unset):
            room_preferences = self.room_preferences.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "meetingId": meeting_id,
                "roomUrl": room_url,
                "endDate": end_date,
            }
        )
        if room_name is not UNSET:
            field_dict["roomName"] = room_name
        if start_date is not UNSET:
            field_dict["startDate"] = start_date
        if host_room_url is not UNSET:
            field_dict["hostRoomUrl"] = host_room_url
        if viewer_room_url is not UNSET:
            field_dict["viewerRoomUrl"] = viewer_room_url
        if dial_in is not UNSET:
            field_dict["dialIn"] = dial_in
        if room_preferences is not UNSET:
            field_dict["roomPreferences"] = room_preferences

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.dial_in import DialIn  # noqa: PLC0415
        from ..models.room_preferences import RoomPreferences  # noqa: PLC0415

        d = dict(src_dict)
        meeting_id = d.pop("meetingId", UNSET)
        if not isinstance(meeting_id, str):
            from ..errors import wrong_type  # noqa: PLC0415

            raise wrong_type(cls.__name__, "meetingId", "a string", meeting_id)

        room_url = d.pop("roomUrl", UNSET)
        if not isinstance(room_url, str):
            from ..errors import wrong_type  # noqa: PLC0415

            raise wrong_type(cls.__name__, "roomUrl", "a string", room_url)

        _end_date = d.pop("endDate", UNSET)
        end_date: datetime.datetime
        if not isinstance(_end_date, str):
            from ..errors import wrong_type  # noqa: PLC0415

            raise wrong_type(cls.__name__, "endDate", "a date-time string", _end_date)

        try:
            end_date = datetime.datetime.fromisoformat(_end_date)
        except ValueError as exc:
            from ..errors import bad_value  # noqa: PLC0415

            raise bad_value(cls.__name__, "endDate", exc) from None

        room_name = d.pop("roomName", UNSET)
        if not isinstance(room_name, (str, Unset)):
            from ..errors import wrong_type  # noqa: PLC0415

            raise wrong_type(cls.__name__, "roomName", "a string", room_name)

        _start_date = d.pop("startDate", UNSET)
        start_date: datetime.datetime | Unset
        if isinstance(_start_date, Unset):
            start_date = UNSET
        else:
            if not isinstance(_start_date, str):
                from ..errors import wrong_type  # noqa: PLC0415

                raise wrong_type(cls.__name__, "startDate", "a date-time string", _start_date)

            try:
                start_date = datetime.datetime.fromisoformat(_start_date)
            except ValueError as exc:
                from ..errors import bad_value  # noqa: PLC0415

                raise bad_value(cls.__name__, "startDate", exc) from None

        host_room_url = d.pop("hostRoomUrl", UNSET)
        if not isinstance(host_room_url, (str, Unset)):
            from ..errors import wrong_type  # noqa: PLC0415

            raise wrong_type(cls.__name__, "hostRoomUrl", "a string", host_room_url)

        viewer_room_url = d.pop("viewerRoomUrl", UNSET)
        if not isinstance(viewer_room_url, (str, Unset)):
            from ..errors import wrong_type  # noqa: PLC0415

            raise wrong_type(cls.__name__, "viewerRoomUrl", "a string", viewer_room_url)

        _dial_in = d.pop("dialIn", UNSET)
        dial_in: DialIn | Unset
        if isinstance(_dial_in, Unset):
            dial_in = UNSET
        else:
            if not isinstance(_dial_in, dict):
                from ..errors import wrong_type  # noqa: PLC0415

                raise wrong_type(cls.__name__, "dialIn", "an object", _dial_in)

            try:
                dial_in = DialIn.from_dict(_dial_in)
            except (KeyError, TypeError, ValueError) as exc:  # KeyError: a required field typed Any, missing
                from ..errors import bad_value  # noqa: PLC0415

                raise bad_value(cls.__name__, "dialIn", exc) from None

        _room_preferences = d.pop("roomPreferences", UNSET)
        room_preferences: RoomPreferences | Unset
        if isinstance(_room_preferences, Unset):
            room_preferences = UNSET
        else:
            if not isinstance(_room_preferences, dict):
                from ..errors import wrong_type  # noqa: PLC0415

                raise wrong_type(cls.__name__, "roomPreferences", "an object", _room_preferences)

            try:
                room_preferences = RoomPreferences.from_dict(_room_preferences)
            except (KeyError, TypeError, ValueError) as exc:  # KeyError: a required field typed Any, missing
                from ..errors import bad_value  # noqa: PLC0415

                raise bad_value(cls.__name__, "roomPreferences", exc) from None

        meeting = cls(
            meeting_id=meeting_id,
            room_url=room_url,
            end_date=end_date,
            room_name=room_name,
            start_date=start_date,
            host_room_url=host_room_url,
            viewer_room_url=viewer_room_url,
            dial_in=dial_in,
            room_preferences=room_preferences,
        )

        meeting.additional_properties = d
        return meeting

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
