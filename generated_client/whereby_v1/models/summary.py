from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.summary_state import SummaryState
from ..models.summary_template import SummaryTemplate

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
                "startDate: naive datetime {!r}; give a timezone, e.g. datetime.now(timezone.utc)".format(
                    self.start_date
                )
            )
        start_date = self.start_date.isoformat()

        if not isinstance(self.end_date, datetime.datetime):
            raise TypeError("endDate: expected a datetime, not {}".format(type(self.end_date).__name__))
        if self.end_date.utcoffset() is None:
            raise ValueError(
                "endDate: naive datetime {!r}; give a timezone, e.g. datetime.now(timezone.utc)".format(self.end_date)
            )
        end_date = self.end_date.isoformat()

        state = self.state.value

        if not isinstance(self.created_at, datetime.datetime):
            raise TypeError("createdAt: expected a datetime, not {}".format(type(self.created_at).__name__))
        if self.created_at.utcoffset() is None:
            raise ValueError(
                "createdAt: naive datetime {!r}; give a timezone, e.g. datetime.now(timezone.utc)".format(
                    self.created_at
                )
            )
        created_at = self.created_at.isoformat()

        if not isinstance(self.modified_at, datetime.datetime):
            raise TypeError("modifiedAt: expected a datetime, not {}".format(type(self.modified_at).__name__))
        if self.modified_at.utcoffset() is None:
            raise ValueError(
                "modifiedAt: naive datetime {!r}; give a timezone, e.g. datetime.now(timezone.utc)".format(
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
        summary_id = d.pop("summaryId")

        transcription_id = d.pop("transcriptionId")

        def _parse_summary(data: object) -> None | SummaryContent:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                summary_type_0 = SummaryContent.from_dict(data)

                return summary_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SummaryContent, data)

        summary = _parse_summary(d.pop("summary"))

        room_session_id = d.pop("roomSessionId")

        room_name = d.pop("roomName")

        start_date = datetime.datetime.fromisoformat(d.pop("startDate"))

        end_date = datetime.datetime.fromisoformat(d.pop("endDate"))

        state = SummaryState(d.pop("state"))

        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        modified_at = datetime.datetime.fromisoformat(d.pop("modifiedAt"))

        template = SummaryTemplate(d.pop("template"))

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
