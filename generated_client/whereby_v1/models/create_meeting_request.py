from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.meeting_field import MeetingField
from ..models.room_mode import RoomMode
from ..models.room_name_pattern import RoomNamePattern
from ..models.template_type import TemplateType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.live_transcription_settings import LiveTranscriptionSettings
    from ..models.recording_settings import RecordingSettings
    from ..models.room_preferences import RoomPreferences
    from ..models.streaming_settings import StreamingSettings


T = TypeVar("T", bound="CreateMeetingRequest")


@_attrs_define
class CreateMeetingRequest:
    """
    Attributes:
        end_date (datetime.datetime): When the meeting is scheduled to end; now or later. UTC unless an
            offset is given. The room stays usable until one hour after this.
            The Python client wants an aware datetime: a naive one is local
            time to Python, but the API would read it as UTC.
        start_date (datetime.datetime | Unset): Ignored; a meeting always starts when it is created.
        is_locked (bool | Unset): Start locked, so that only hosts can let people in.
        room_mode (RoomMode | Unset): `normal`: up to 4 people, peer to peer. `group`: up to 200 people, routed through
            a server.
        room_name_prefix (str | Unset): Prefix for the generated room name, used as given after lowercasing
            and removing whitespace; end it with `-` to set it apart
            (`acme-` gives `/acme-793e9ec1-...`).
        room_name_pattern (RoomNamePattern | Unset): `uuid`: 8-4-4-4-12 hex groups. `human-short`: six easily told apart
            characters.
        template_type (TemplateType | Unset): `viewerMode` locks the room, uses group mode and adds host and viewer URLs
            to the response.
        recording (RecordingSettings | Unset):
        live_transcription (LiveTranscriptionSettings | Unset):
        streaming (StreamingSettings | Unset):
        fields (list[MeetingField] | Unset): Optional fields to include in the response.
        is_dial_in_enabled (bool | Unset): Closed beta. Enables phone dial-in; request `fields` `dialIn` to get the
            numbers.
        room_preferences (RoomPreferences | Unset): Room features switched on or off at creation; the meeting reports
            them
            back. A HIPAA-compliant room turns off `streaming` and `roomIntegrations`.
    """

    end_date: datetime.datetime
    start_date: datetime.datetime | Unset = UNSET
    is_locked: bool | Unset = UNSET
    room_mode: RoomMode | Unset = UNSET
    room_name_prefix: str | Unset = UNSET
    room_name_pattern: RoomNamePattern | Unset = UNSET
    template_type: TemplateType | Unset = UNSET
    recording: RecordingSettings | Unset = UNSET
    live_transcription: LiveTranscriptionSettings | Unset = UNSET
    streaming: StreamingSettings | Unset = UNSET
    fields: list[MeetingField] | Unset = UNSET
    is_dial_in_enabled: bool | Unset = UNSET
    room_preferences: RoomPreferences | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not isinstance(self.end_date, datetime.datetime):
            raise TypeError("endDate: expected a datetime, not {}".format(type(self.end_date).__name__))
        if self.end_date.utcoffset() is None:
            raise ValueError(
                "endDate: naive datetime {!r}: Python reads it as local time, the API would read it as UTC; give a timezone, e.g. datetime.now(timezone.utc)".format(
                    self.end_date
                )
            )
        end_date = self.end_date.isoformat()

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

        is_locked = self.is_locked

        room_mode: str | Unset = UNSET
        if not isinstance(self.room_mode, Unset):
            room_mode = self.room_mode.value

        room_name_prefix: str | Unset
        if isinstance(self.room_name_prefix, Unset):
            room_name_prefix = UNSET
        else:
            room_name_prefix = self.room_name_prefix

        room_name_pattern: str | Unset = UNSET
        if not isinstance(self.room_name_pattern, Unset):
            room_name_pattern = self.room_name_pattern.value

        template_type: str | Unset = UNSET
        if not isinstance(self.template_type, Unset):
            template_type = self.template_type.value

        recording: dict[str, Any] | Unset = UNSET
        if not isinstance(self.recording, Unset):
            recording = self.recording.to_dict()

        live_transcription: dict[str, Any] | Unset = UNSET
        if not isinstance(self.live_transcription, Unset):
            live_transcription = self.live_transcription.to_dict()

        streaming: dict[str, Any] | Unset = UNSET
        if not isinstance(self.streaming, Unset):
            streaming = self.streaming.to_dict()

        fields: list[str] | Unset = UNSET
        if not isinstance(self.fields, Unset):
            fields = []
            for fields_item_data in self.fields:
                fields_item = fields_item_data.value
                fields.append(fields_item)

        is_dial_in_enabled = self.is_dial_in_enabled

        room_preferences: dict[str, Any] | Unset = UNSET
        if not isinstance(self.room_preferences, Unset):
            room_preferences = self.room_preferences.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "endDate": end_date,
            }
        )
        if start_date is not UNSET:
            field_dict["startDate"] = start_date
        if is_locked is not UNSET:
            field_dict["isLocked"] = is_locked
        if room_mode is not UNSET:
            field_dict["roomMode"] = room_mode
        if room_name_prefix is not UNSET:
            field_dict["roomNamePrefix"] = room_name_prefix
        if room_name_pattern is not UNSET:
            field_dict["roomNamePattern"] = room_name_pattern
        if template_type is not UNSET:
            field_dict["templateType"] = template_type
        if recording is not UNSET:
            field_dict["recording"] = recording
        if live_transcription is not UNSET:
            field_dict["liveTranscription"] = live_transcription
        if streaming is not UNSET:
            field_dict["streaming"] = streaming
        if fields is not UNSET:
            field_dict["fields"] = fields
        if is_dial_in_enabled is not UNSET:
            field_dict["isDialInEnabled"] = is_dial_in_enabled
        if room_preferences is not UNSET:
            field_dict["roomPreferences"] = room_preferences

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.live_transcription_settings import LiveTranscriptionSettings  # noqa: PLC0415
        from ..models.recording_settings import RecordingSettings  # noqa: PLC0415
        from ..models.room_preferences import RoomPreferences  # noqa: PLC0415
        from ..models.streaming_settings import StreamingSettings  # noqa: PLC0415

        d = dict(src_dict)
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

        is_locked = d.pop("isLocked", UNSET)
        if not isinstance(is_locked, (bool, Unset)):
            from ..errors import wrong_type  # noqa: PLC0415

            raise wrong_type(cls.__name__, "isLocked", "a boolean", is_locked)

        _room_mode = d.pop("roomMode", UNSET)
        room_mode: RoomMode | Unset
        if isinstance(_room_mode, Unset):
            room_mode = UNSET
        else:
            if not isinstance(_room_mode, str):
                from ..errors import wrong_type  # noqa: PLC0415

                raise wrong_type(cls.__name__, "roomMode", "a string", _room_mode)

            try:
                room_mode = RoomMode(_room_mode)
            except ValueError as exc:
                from ..errors import bad_value  # noqa: PLC0415

                raise bad_value(cls.__name__, "roomMode", exc) from None

        room_name_prefix = d.pop("roomNamePrefix", UNSET)
        if not isinstance(room_name_prefix, (str, Unset)):
            from ..errors import wrong_type  # noqa: PLC0415

            raise wrong_type(cls.__name__, "roomNamePrefix", "a string", room_name_prefix)

        _room_name_pattern = d.pop("roomNamePattern", UNSET)
        room_name_pattern: RoomNamePattern | Unset
        if isinstance(_room_name_pattern, Unset):
            room_name_pattern = UNSET
        else:
            if not isinstance(_room_name_pattern, str):
                from ..errors import wrong_type  # noqa: PLC0415

                raise wrong_type(cls.__name__, "roomNamePattern", "a string", _room_name_pattern)

            try:
                room_name_pattern = RoomNamePattern(_room_name_pattern)
            except ValueError as exc:
                from ..errors import bad_value  # noqa: PLC0415

                raise bad_value(cls.__name__, "roomNamePattern", exc) from None

        _template_type = d.pop("templateType", UNSET)
        template_type: TemplateType | Unset
        if isinstance(_template_type, Unset):
            template_type = UNSET
        else:
            if not isinstance(_template_type, str):
                from ..errors import wrong_type  # noqa: PLC0415

                raise wrong_type(cls.__name__, "templateType", "a string", _template_type)

            try:
                template_type = TemplateType(_template_type)
            except ValueError as exc:
                from ..errors import bad_value  # noqa: PLC0415

                raise bad_value(cls.__name__, "templateType", exc) from None

        _recording = d.pop("recording", UNSET)
        recording: RecordingSettings | Unset
        if isinstance(_recording, Unset):
            recording = UNSET
        else:
            if not isinstance(_recording, dict):
                from ..errors import wrong_type  # noqa: PLC0415

                raise wrong_type(cls.__name__, "recording", "an object", _recording)

            try:
                recording = RecordingSettings.from_dict(_recording)
            except (KeyError, TypeError, ValueError) as exc:  # KeyError: a required field typed Any, missing
                from ..errors import bad_value  # noqa: PLC0415

                raise bad_value(cls.__name__, "recording", exc) from None

        _live_transcription = d.pop("liveTranscription", UNSET)
        live_transcription: LiveTranscriptionSettings | Unset
        if isinstance(_live_transcription, Unset):
            live_transcription = UNSET
        else:
            if not isinstance(_live_transcription, dict):
                from ..errors import wrong_type  # noqa: PLC0415

                raise wrong_type(cls.__name__, "liveTranscription", "an object", _live_transcription)

            try:
                live_transcription = LiveTranscriptionSettings.from_dict(_live_transcription)
            except (KeyError, TypeError, ValueError) as exc:  # KeyError: a required field typed Any, missing
                from ..errors import bad_value  # noqa: PLC0415

                raise bad_value(cls.__name__, "liveTranscription", exc) from None

        _streaming = d.pop("streaming", UNSET)
        streaming: StreamingSettings | Unset
        if isinstance(_streaming, Unset):
            streaming = UNSET
        else:
            if not isinstance(_streaming, dict):
                from ..errors import wrong_type  # noqa: PLC0415

                raise wrong_type(cls.__name__, "streaming", "an object", _streaming)

            try:
                streaming = StreamingSettings.from_dict(_streaming)
            except (KeyError, TypeError, ValueError) as exc:  # KeyError: a required field typed Any, missing
                from ..errors import bad_value  # noqa: PLC0415

                raise bad_value(cls.__name__, "streaming", exc) from None

        _fields = d.pop("fields", UNSET)
        fields: list[MeetingField] | Unset
        if isinstance(_fields, Unset):
            fields = UNSET
        else:
            if not isinstance(_fields, list):
                from ..errors import wrong_type  # noqa: PLC0415

                raise wrong_type(cls.__name__, "fields", "an array", _fields)

            fields = []
            for fields_item_data in _fields:
                if not isinstance(fields_item_data, str):
                    from ..errors import wrong_type  # noqa: PLC0415

                    raise wrong_type(
                        cls.__name__,
                        "fields" + "[" + str(next(i for i, x in enumerate(_fields) if x is fields_item_data)) + "]",
                        "a string",
                        fields_item_data,
                    )

                try:
                    fields_item = MeetingField(fields_item_data)
                except ValueError as exc:
                    from ..errors import bad_value  # noqa: PLC0415

                    raise bad_value(
                        cls.__name__,
                        "fields" + "[" + str(next(i for i, x in enumerate(_fields) if x is fields_item_data)) + "]",
                        exc,
                    ) from None

                fields.append(fields_item)

        is_dial_in_enabled = d.pop("isDialInEnabled", UNSET)
        if not isinstance(is_dial_in_enabled, (bool, Unset)):
            from ..errors import wrong_type  # noqa: PLC0415

            raise wrong_type(cls.__name__, "isDialInEnabled", "a boolean", is_dial_in_enabled)

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

        create_meeting_request = cls(
            end_date=end_date,
            start_date=start_date,
            is_locked=is_locked,
            room_mode=room_mode,
            room_name_prefix=room_name_prefix,
            room_name_pattern=room_name_pattern,
            template_type=template_type,
            recording=recording,
            live_transcription=live_transcription,
            streaming=streaming,
            fields=fields,
            is_dial_in_enabled=is_dial_in_enabled,
            room_preferences=room_preferences,
        )

        create_meeting_request.additional_properties = d
        return create_meeting_request

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
