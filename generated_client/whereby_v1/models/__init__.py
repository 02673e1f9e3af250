"""The data models of the contract's requests and replies.

Each model's module loads the first time its name is read (`from whereby_v1.models import Meeting`
imports `models/meeting.py` and what it needs, not all of them), so importing the package stays
light.
"""

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .access_link import AccessLink
    from .assistant_requested_event import AssistantRequestedEvent
    from .authentication_type import AuthenticationType
    from .background_palette import BackgroundPalette
    from .background_preset_request import BackgroundPresetRequest
    from .background_theme import BackgroundTheme
    from .bulk_delete_recordings_request import BulkDeleteRecordingsRequest
    from .bulk_delete_transcriptions_request import BulkDeleteTranscriptionsRequest
    from .connection_samples import ConnectionSamples
    from .create_meeting_request import CreateMeetingRequest
    from .create_summary_request import CreateSummaryRequest
    from .create_transcription_request import CreateTranscriptionRequest
    from .date_time_range import DateTimeRange
    from .dial_in import DialIn
    from .dial_in_phone_number import DialInPhoneNumber
    from .error import Error
    from .extended_soap_note import ExtendedSoapNote
    from .live_transcription_destination import LiveTranscriptionDestination
    from .live_transcription_settings import LiveTranscriptionSettings
    from .live_transcription_start_trigger import LiveTranscriptionStartTrigger
    from .meeting import Meeting
    from .meeting_field import MeetingField
    from .meeting_page import MeetingPage
    from .meeting_room_name_filter import MeetingRoomNameFilter
    from .participant_connection import ParticipantConnection
    from .participant_insight import ParticipantInsight
    from .participant_insight_page import ParticipantInsightPage
    from .participant_sort_by import ParticipantSortBy
    from .rate_limit_error import RateLimitError
    from .rate_limit_error_data import RateLimitErrorData
    from .recording import Recording
    from .recording_destination import RecordingDestination
    from .recording_file_format import RecordingFileFormat
    from .recording_finished_data import RecordingFinishedData
    from .recording_finished_event import RecordingFinishedEvent
    from .recording_page import RecordingPage
    from .recording_settings import RecordingSettings
    from .recording_sort_by import RecordingSortBy
    from .recording_start_trigger import RecordingStartTrigger
    from .recording_type import RecordingType
    from .role_name import RoleName
    from .room_client_data import RoomClientData
    from .room_client_joined_event import RoomClientJoinedEvent
    from .room_client_knock_cancelled_event import RoomClientKnockCancelledEvent
    from .room_client_knocked_event import RoomClientKnockedEvent
    from .room_client_left_event import RoomClientLeftEvent
    from .room_client_presence_data import RoomClientPresenceData
    from .room_client_presence_data_num_clients_by_role_name import RoomClientPresenceDataNumClientsByRoleName
    from .room_event_data import RoomEventData
    from .room_insight import RoomInsight
    from .room_insight_page import RoomInsightPage
    from .room_mode import RoomMode
    from .room_name_filter import RoomNameFilter
    from .room_name_pattern import RoomNamePattern
    from .room_preferences import RoomPreferences
    from .room_session_ended_event import RoomSessionEndedEvent
    from .room_session_insight import RoomSessionInsight
    from .room_session_insight_page import RoomSessionInsightPage
    from .room_session_started_event import RoomSessionStartedEvent
    from .set_room_colors_request import SetRoomColorsRequest
    from .soap_note import SoapNote
    from .storage_provider import StorageProvider
    from .streaming_destination import StreamingDestination
    from .streaming_settings import StreamingSettings
    from .streaming_start_trigger import StreamingStartTrigger
    from .summary import Summary
    from .summary_content import SummaryContent
    from .summary_created import SummaryCreated
    from .summary_page import SummaryPage
    from .summary_state import SummaryState
    from .summary_template import SummaryTemplate
    from .template_type import TemplateType
    from .theme_colors import ThemeColors
    from .theme_image_upload import ThemeImageUpload
    from .theme_logo_preset import ThemeLogoPreset
    from .theme_logo_preset_request import ThemeLogoPresetRequest
    from .theme_tokens import ThemeTokens
    from .tokens_preset import TokensPreset
    from .transcription import Transcription
    from .transcription_created import TranscriptionCreated
    from .transcription_event_data import TranscriptionEventData
    from .transcription_failed_data import TranscriptionFailedData
    from .transcription_failed_event import TranscriptionFailedEvent
    from .transcription_finished_data import TranscriptionFinishedData
    from .transcription_finished_event import TranscriptionFinishedEvent
    from .transcription_language import TranscriptionLanguage
    from .transcription_page import TranscriptionPage
    from .transcription_sort_by import TranscriptionSortBy
    from .transcription_started_event import TranscriptionStartedEvent
    from .transcription_state import TranscriptionState
    from .transcription_storage_type import TranscriptionStorageType
    from .transcription_type import TranscriptionType
    from .webhook_envelope import WebhookEnvelope
    from .webhook_event import WebhookEvent
    from .webhook_event_data import WebhookEventData

_LAZY: dict[str, str] = {
    "AccessLink": ".access_link",
    "AssistantRequestedEvent": ".assistant_requested_event",
    "AuthenticationType": ".authentication_type",
    "BackgroundPalette": ".background_palette",
    "BackgroundPresetRequest": ".background_preset_request",
    "BackgroundTheme": ".background_theme",
    "BulkDeleteRecordingsRequest": ".bulk_delete_recordings_request",
    "BulkDeleteTranscriptionsRequest": ".bulk_delete_transcriptions_request",
    "ConnectionSamples": ".connection_samples",
    "CreateMeetingRequest": ".create_meeting_request",
    "CreateSummaryRequest": ".create_summary_request",
    "CreateTranscriptionRequest": ".create_transcription_request",
    "DateTimeRange": ".date_time_range",
    "DialIn": ".dial_in",
    "DialInPhoneNumber": ".dial_in_phone_number",
    "Error": ".error",
    "ExtendedSoapNote": ".extended_soap_note",
    "LiveTranscriptionDestination": ".live_transcription_destination",
    "LiveTranscriptionSettings": ".live_transcription_settings",
    "LiveTranscriptionStartTrigger": ".live_transcription_start_trigger",
    "Meeting": ".meeting",
    "MeetingField": ".meeting_field",
    "MeetingPage": ".meeting_page",
    "MeetingRoomNameFilter": ".meeting_room_name_filter",
    "ParticipantConnection": ".participant_connection",
    "ParticipantInsight": ".participant_insight",
    "ParticipantInsightPage": ".participant_insight_page",
    "ParticipantSortBy": ".participant_sort_by",
    "RateLimitError": ".rate_limit_error",
    "RateLimitErrorData": ".rate_limit_error_data",
    "Recording": ".recording",
    "RecordingDestination": ".recording_destination",
    "RecordingFileFormat": ".recording_file_format",
    "RecordingFinishedData": ".recording_finished_data",
    "RecordingFinishedEvent": ".recording_finished_event",
    "RecordingPage": ".recording_page",
    "RecordingSettings": ".recording_settings",
    "RecordingSortBy": ".recording_sort_by",
    "RecordingStartTrigger": ".recording_start_trigger",
    "RecordingType": ".recording_type",
    "RoleName": ".role_name",
    "RoomClientData": ".room_client_data",
    "RoomClientJoinedEvent": ".room_client_joined_event",
    "RoomClientKnockCancelledEvent": ".room_client_knock_cancelled_event",
    "RoomClientKnockedEvent": ".room_client_knocked_event",
    "RoomClientLeftEvent": ".room_client_left_event",
    "RoomClientPresenceData": ".room_client_presence_data",
    "RoomClientPresenceDataNumClientsByRoleName": ".room_client_presence_data_num_clients_by_role_name",
    "RoomEventData": ".room_event_data",
    "RoomInsight": ".room_insight",
    "RoomInsightPage": ".room_insight_page",
    "RoomMode": ".room_mode",
    "RoomNameFilter": ".room_name_filter",
    "RoomNamePattern": ".room_name_pattern",
    "RoomPreferences": ".room_preferences",
    "RoomSessionEndedEvent": ".room_session_ended_event",
    "RoomSessionInsight": ".room_session_insight",
    "RoomSessionInsightPage": ".room_session_insight_page",
    "RoomSessionStartedEvent": ".room_session_started_event",
    "SetRoomColorsRequest": ".set_room_colors_request",
    "SoapNote": ".soap_note",
    "StorageProvider": ".storage_provider",
    "StreamingDestination": ".streaming_destination",
    "StreamingSettings": ".streaming_settings",
    "StreamingStartTrigger": ".streaming_start_trigger",
    "Summary": ".summary",
    "SummaryContent": ".summary_content",
    "SummaryCreated": ".summary_created",
    "SummaryPage": ".summary_page",
    "SummaryState": ".summary_state",
    "SummaryTemplate": ".summary_template",
    "TemplateType": ".template_type",
    "ThemeColors": ".theme_colors",
    "ThemeImageUpload": ".theme_image_upload",
    "ThemeLogoPreset": ".theme_logo_preset",
    "ThemeLogoPresetRequest": ".theme_logo_preset_request",
    "ThemeTokens": ".theme_tokens",
    "TokensPreset": ".tokens_preset",
    "Transcription": ".transcription",
    "TranscriptionCreated": ".transcription_created",
    "TranscriptionEventData": ".transcription_event_data",
    "TranscriptionFailedData": ".transcription_failed_data",
    "TranscriptionFailedEvent": ".transcription_failed_event",
    "TranscriptionFinishedData": ".transcription_finished_data",
    "TranscriptionFinishedEvent": ".transcription_finished_event",
    "TranscriptionLanguage": ".transcription_language",
    "TranscriptionPage": ".transcription_page",
    "TranscriptionSortBy": ".transcription_sort_by",
    "TranscriptionStartedEvent": ".transcription_started_event",
    "TranscriptionState": ".transcription_state",
    "TranscriptionStorageType": ".transcription_storage_type",
    "TranscriptionType": ".transcription_type",
    "WebhookEnvelope": ".webhook_envelope",
    "WebhookEvent": ".webhook_event",
    "WebhookEventData": ".webhook_event_data",
}


if not TYPE_CHECKING:
    # Under a type checker the names above are the whole module: a typo is an error, not Any.
    def __getattr__(name: str) -> Any:
        module = _LAZY.get(name)
        if module is None:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        import importlib

        value = getattr(importlib.import_module(module, __name__), name)
        globals()[name] = value
        return value


def __dir__() -> list[str]:
    return sorted([*globals(), *_LAZY])


__all__ = (
    "AccessLink",
    "AssistantRequestedEvent",
    "AuthenticationType",
    "BackgroundPalette",
    "BackgroundPresetRequest",
    "BackgroundTheme",
    "BulkDeleteRecordingsRequest",
    "BulkDeleteTranscriptionsRequest",
    "ConnectionSamples",
    "CreateMeetingRequest",
    "CreateSummaryRequest",
    "CreateTranscriptionRequest",
    "DateTimeRange",
    "DialIn",
    "DialInPhoneNumber",
    "Error",
    "ExtendedSoapNote",
    "LiveTranscriptionDestination",
    "LiveTranscriptionSettings",
    "LiveTranscriptionStartTrigger",
    "Meeting",
    "MeetingField",
    "MeetingPage",
    "MeetingRoomNameFilter",
    "ParticipantConnection",
    "ParticipantInsight",
    "ParticipantInsightPage",
    "ParticipantSortBy",
    "RateLimitError",
    "RateLimitErrorData",
    "Recording",
    "RecordingDestination",
    "RecordingFileFormat",
    "RecordingFinishedData",
    "RecordingFinishedEvent",
    "RecordingPage",
    "RecordingSettings",
    "RecordingSortBy",
    "RecordingStartTrigger",
    "RecordingType",
    "RoleName",
    "RoomClientData",
    "RoomClientJoinedEvent",
    "RoomClientKnockCancelledEvent",
    "RoomClientKnockedEvent",
    "RoomClientLeftEvent",
    "RoomClientPresenceData",
    "RoomClientPresenceDataNumClientsByRoleName",
    "RoomEventData",
    "RoomInsight",
    "RoomInsightPage",
    "RoomMode",
    "RoomNameFilter",
    "RoomNamePattern",
    "RoomPreferences",
    "RoomSessionEndedEvent",
    "RoomSessionInsight",
    "RoomSessionInsightPage",
    "RoomSessionStartedEvent",
    "SetRoomColorsRequest",
    "SoapNote",
    "StorageProvider",
    "StreamingDestination",
    "StreamingSettings",
    "StreamingStartTrigger",
    "Summary",
    "SummaryContent",
    "SummaryCreated",
    "SummaryPage",
    "SummaryState",
    "SummaryTemplate",
    "TemplateType",
    "ThemeColors",
    "ThemeImageUpload",
    "ThemeLogoPreset",
    "ThemeLogoPresetRequest",
    "ThemeTokens",
    "TokensPreset",
    "Transcription",
    "TranscriptionCreated",
    "TranscriptionEventData",
    "TranscriptionFailedData",
    "TranscriptionFailedEvent",
    "TranscriptionFinishedData",
    "TranscriptionFinishedEvent",
    "TranscriptionLanguage",
    "TranscriptionPage",
    "TranscriptionSortBy",
    "TranscriptionStartedEvent",
    "TranscriptionState",
    "TranscriptionStorageType",
    "TranscriptionType",
    "WebhookEnvelope",
    "WebhookEvent",
    "WebhookEventData",
)
