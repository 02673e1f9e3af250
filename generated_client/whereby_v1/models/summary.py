from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.summary_state import SummaryState
from ..models.summary_template import SummaryTemplate
from ..types import UNSET

if TYPE_CHECKING:
    from ..models.summary_content import SummaryContent


T = TypeVar("T", bound="Summary")


@_attrs_define
class Summary:
    """
    Attributes:
        summary_id (str):
        transcription_id (str):
        summary (None | SummaryContent): Generated content; empty (or `null`) while `state` is `in_progress`.
        room_session_id (str):
        room_name (str):
        start_date (datetime.datetime):
        end_date (datetime.datetime):
        state (SummaryState):
        created_at (datetime.datetime):
        modified_at (datetime.datetime):
        template (SummaryTemplate): Summary style; `General Bulleted` when omitted.
    """

    summary_id: str
    transcription_id: str
    summary: None | SummaryContent
    room_session_id: str
    room_name: str
    start_date: datetime.datetime
    end_date: datetime.datetime
    state: SummaryState
    created_at: datetime.datetime
    modified_at: datetime.datetime
    template: SummaryTemplate
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.summary_content import SummaryContent  # noqa: PLC0415

        summary_id = self.summary_id

        transcription_id = self.transcription_id

        summary: dict[str, Any] | None
        if isinstance(self.summary, SummaryContent):
            summary = self.summary.to_dict()
        else:
            summary = self.summary

        room_session_id = self.room_session_id

        room_name = self.room_name

        if not isinstance(self.start_date, datetime.datetime):
            raise TypeError("startDate: expected a datetime, not {}".format(type(self.start_date).__name__))
        if self.start_date.utcoffset() is None:
            raise ValueError(
                "startDate: naive datetime {!r}: Python reads it as local time, the API would read it as UTC; give a timezone, e.g. datetime.now(timezone.utc)".format(
                    self.start_date
                )
            )
        start_date = self.start_date.isoformat()

        if not isinstance(self.end_date, datetime.datetime):
            raise TypeError("endDate: expected a datetime, not {}".format(type(self.end_date).__name__))
        if self.end_date.utcoffset() is None:
            raise ValueError(
                "endDate: naive datetime {!r}: Python reads it as local time, the API would read it as UTC; give a timezone, e.g. datetime.now(timezone.utc)".format(
                    self.end_date
                )
            )
        end_date = self.end_date.isoformat()

        state = self.state.value

        if not isinstance(self.created_at, datetime.datetime):
            raise TypeError("createdAt: expected a datetime, not {}".format(type(self.created_at).__name__))
        if self.created_at.utcoffset() is None:
            raise ValueError(
                "createdAt: naive datetime {!r}: Python reads it as local time, the API would read it as UTC; give a timezone, e.g. datetime.now(timezone.utc)".format(
                    self.created_at
                )
            )
        created_at = self.created_at.isoformat()

        if not isinstance(self.modified_at, datetime.datetime):
            raise TypeError("modifiedAt: expected a datetime, not {}".format(type(self.modified_at).__name__))
        if self.modified_at.utcoffset() is None:
            raise ValueError(
                "modifiedAt: naive datetime {!r}: Python reads it as local time, the API would read it as UTC; give a timezone, e.g. datetime.now(timezone.utc)".format(
                    self.modified_at
                )
            )
        modified_at = self.modified_at.isoformat()

        template = self.template.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "summaryId": summary_id,
                "transcriptionId": transcription_id,
                "summary": summary,
                "roomSessionId": room_session_id,
                "roomName": room_name,
                "startDate": start_date,
                "endDate": end_date,
                "state": state,
                "createdAt": created_at,
                "modifiedAt": modified_at,
                "template": template,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.summary_content import SummaryContent  # noqa: PLC0415

        d = dict(src_dict)
        summary_id = d.pop("summaryId", UNSET)
        if not isinstance(summary_id, str):
            from ..errors import wrong_type  # noqa: PLC0415

            raise wrong_type(cls.__name__, "summaryId", "a string", summary_id)

        transcription_id = d.pop("transcriptionId", UNSET)
        if not isinstance(transcription_id, str):
            from ..errors import wrong_type  # noqa: PLC0415

            raise wrong_type(cls.__name__, "transcriptionId", "a string", transcription_id)

        _summary = d.pop("summary", UNSET)
        summary: None | SummaryContent
        if _summary is None:
            summary = None
        else:
            if not isinstance(_summary, dict):
                from ..errors import wrong_type  # noqa: PLC0415

                raise wrong_type(cls.__name__, "summary", "an object", _summary)

            try:
                summary = SummaryContent.from_dict(_summary)
            except (KeyError, TypeError, ValueError) as exc:  # KeyError: a required field typed Any, missing
                from ..errors import bad_value  # noqa: PLC0415

                raise bad_value(cls.__name__, "summary", exc) from None

        room_session_id = d.pop("roomSessionId", UNSET)
        if not isinstance(room_session_id, str):
            from ..errors import wrong_type  # noqa: PLC0415

            raise wrong_type(cls.__name__, "roomSessionId", "a string", room_session_id)

        room_name = d.pop("roomName", UNSET)
        if not isinstance(room_name, str):
            from ..errors import wrong_type  # noqa: PLC0415

            raise wrong_type(cls.__name__, "roomName", "a string", room_name)

        _start_date = d.pop("startDate", UNSET)
        start_date: datetime.datetime
        if not isinstance(_start_date, str):
            from ..errors import wrong_type  # noqa: PLC0415

            raise wrong_type(cls.__name__, "startDate", "a date-time string", _start_date)

        try:
            start_date = datetime.datetime.fromisoformat(_start_date)
        except ValueError as exc:
            from ..errors import bad_value  # noqa: PLC0415

            raise bad_value(cls.__name__, "startDate", exc) from None

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

        _state = d.pop("state", UNSET)
        state: SummaryState
        if not isinstance(_state, str):
            from ..errors import wrong_type  # noqa: PLC0415

            raise wrong_type(cls.__name__, "state", "a string", _state)

        try:
            state = SummaryState(_state)
        except ValueError as exc:
            from ..errors import bad_value  # noqa: PLC0415

            raise bad_value(cls.__name__, "state", exc) from None

        _created_at = d.pop("createdAt", UNSET)
        created_at: datetime.datetime
        if not isinstance(_created_at, str):
            from ..errors import wrong_type  # noqa: PLC0415

            raise wrong_type(cls.__name__, "createdAt", "a date-time string", _created_at)

        try:
            created_at = datetime.datetime.fromisoformat(_created_at)
        except ValueError as exc:
            from ..errors import bad_value  # noqa: PLC0415

            raise bad_value(cls.__name__, "createdAt", exc) from None

        _modified_at = d.pop("modifiedAt", UNSET)
        modified_at: datetime.datetime
        if not isinstance(_modified_at, str):
            from ..errors import wrong_type  # noqa: PLC0415

            raise wrong_type(cls.__name__, "modifiedAt", "a date-time string", _modified_at)

        try:
            modified_at = datetime.datetime.fromisoformat(_modified_at)
        except ValueError as exc:
            from ..errors import bad_value  # noqa: PLC0415

            raise bad_value(cls.__name__, "modifiedAt", exc) from None

        _template = d.pop("template", UNSET)
        template: SummaryTemplate
        if not isinstance(_template, str):
            from ..errors import wrong_type  # noqa: PLC0415

            raise wrong_type(cls.__name__, "template", "a string", _template)

        try:
            template = SummaryTemplate(_template)
        except ValueError as exc:
            from ..errors import bad_value  # noqa: PLC0415

            raise bad_value(cls.__name__, "template", exc) from None

        summary = cls(
            summary_id=summary_id,
            transcription_id=transcription_id,
            summary=summary,
            room_session_id=room_session_id,
            room_name=room_name,
            start_date=start_date,
            end_date=end_date,
            state=state,
            created_at=created_at,
            modified_at=modified_at,
            template=template,
        )

        summary.additional_properties = d
        return summary

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
