from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

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

        def _parse_destination(data: object) -> LiveTranscriptionDestination | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                destination_type_0 = LiveTranscriptionDestination.from_dict(data)

                return destination_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(LiveTranscriptionDestination | None | Unset, data)

        destination = _parse_destination(d.pop("destination", UNSET))

        def _parse_start_trigger(data: object) -> LiveTranscriptionStartTrigger | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                start_trigger_type_0 = LiveTranscriptionStartTrigger(data)

                return start_trigger_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(LiveTranscriptionStartTrigger | None | Unset, data)

        start_trigger = _parse_start_trigger(d.pop("startTrigger", UNSET))

        def _parse_language(data: object) -> None | TranscriptionLanguage | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                language_type_0 = TranscriptionLanguage(data)

                return language_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TranscriptionLanguage | Unset, data)

        language = _parse_language(d.pop("language", UNSET))

        live_captions = d.pop("liveCaptions", UNSET)

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
