from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.live_transcription_start_trigger import LiveTranscriptionStartTrigger
from ..models.transcription_language import TranscriptionLanguage
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.live_transcription_destination import LiveTranscriptionDestination


T = TypeVar("T", bound="LiveTranscriptionSettings")


@_attrs_define
class LiveTranscriptionSettings:
    """
    Attributes:
        destination (LiveTranscriptionDestination | None | Unset): Where session transcripts go; `null` inherits the
            organisation setting.
        start_trigger (LiveTranscriptionStartTrigger | None | Unset): When session transcription starts; `null` inherits
            the organisation setting. Automatic triggers cannot be stopped by the host.
        language (None | TranscriptionLanguage | Unset): Spoken language; `null` inherits the organisation setting.
        live_captions (bool | Unset): Show live captions to every participant.
    """

    destination: LiveTranscriptionDestination | None | Unset = UNSET
    start_trigger: LiveTranscriptionStartTrigger | None | Unset = UNSET
    language: None | TranscriptionLanguage | Unset = UNSET
    live_captions: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.live_transcription_destination import LiveTranscriptionDestination  # noqa: PLC0415

        destination: dict[str, Any] | None | Unset
        if isinstance(self.destination, Unset):
            destination = UNSET
        elif isinstance(self.destination, LiveTranscriptionDestination):
            destination = self.destination.to_dict()
        else:
            destination = self.destination

        start_trigger: None | str | Unset
        if isinstance(self.start_trigger, Unset):
            start_trigger = UNSET
        elif isinstance(self.start_trigger, LiveTranscriptionStartTrigger):
            start_trigger = self.start_trigger.value
        else:
            start_trigger = self.start_trigger

        language: None | str | Unset
        if isinstance(self.language, Unset):
            language = UNSET
        elif isinstance(self.language, TranscriptionLanguage):
            language = self.language.value
        else:
            language = self.language

        live_captions = self.live_captions

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if destination is not UNSET:
            field_dict["destination"] = destination
        if start_trigger is not UNSET:
            field_dict["startTrigger"] = start_trigger
        if language is not UNSET:
            field_dict["language"] = language
        if live_captions is not UNSET:
            field_dict["liveCaptions"] = live_captions

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.live_transcription_destination import LiveTranscriptionDestination  # noqa: PLC0415

        d = dict(src_dict)
        _destination = d.pop("destination", UNSET)
        destination: LiveTranscriptionDestination | None | Unset
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
                    destination = LiveTranscriptionDestination.from_dict(_destination)
                except (KeyError, TypeError, ValueError) as exc:  # KeyError: a required field typed Any, missing
                    from ..errors import bad_value  # noqa: PLC0415

                    raise bad_value(cls.__name__, "destination", exc) from None

        _start_trigger = d.pop("startTrigger", UNSET)
        start_trigger: LiveTranscriptionStartTrigger | None | Unset
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
                    start_trigger = LiveTranscriptionStartTrigger(_start_trigger)
                except ValueError as exc:
                    from ..errors import bad_value  # noqa: PLC0415

                    raise bad_value(cls.__name__, "startTrigger", exc) from None

        _language = d.pop("language", UNSET)
        language: None | TranscriptionLanguage | Unset
        if isinstance(_language, Unset):
            language = UNSET
        else:
            if _language is None:
                language = None
            else:
                if not isinstance(_language, str):
                    from ..errors import wrong_type  # noqa: PLC0415

                    raise wrong_type(cls.__name__, "language", "a string", _language)

                try:
                    language = TranscriptionLanguage(_language)
                except ValueError as exc:
                    from ..errors import bad_value  # noqa: PLC0415

                    raise bad_value(cls.__name__, "language", exc) from None

        live_captions = d.pop("liveCaptions", UNSET)
        if not isinstance(live_captions, (bool, Unset)):
            from ..errors import wrong_type  # noqa: PLC0415

            raise wrong_type(cls.__name__, "liveCaptions", "a boolean", live_captions)

        live_transcription_settings = cls(
            destination=destination,
            start_trigger=start_trigger,
            language=language,
            live_captions=live_captions,
        )

        live_transcription_settings.additional_properties = d
        return live_transcription_settings

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
