"""The webhook events the contract describes, for the handwritten overlay (`overlay.webhooks`).

Generated from the `webhooks` section of openapi.yaml by `python -m generator generate`; do not
edit. Each event type maps to the model of its body; any other type parses as the fallback.
"""

from .models.assistant_requested_event import AssistantRequestedEvent
from .models.recording_finished_event import RecordingFinishedEvent
from .models.room_client_joined_event import RoomClientJoinedEvent
from .models.room_client_knock_cancelled_event import RoomClientKnockCancelledEvent
from .models.room_client_knocked_event import RoomClientKnockedEvent
from .models.room_client_left_event import RoomClientLeftEvent
from .models.room_session_ended_event import RoomSessionEndedEvent
from .models.room_session_started_event import RoomSessionStartedEvent
from .models.transcription_failed_event import TranscriptionFailedEvent
from .models.transcription_finished_event import TranscriptionFinishedEvent
from .models.transcription_started_event import TranscriptionStartedEvent
from .models.webhook_event import WebhookEvent

SIGNATURE_HEADER = "Whereby-Signature"

Event = (
    RoomClientJoinedEvent
    | RoomClientLeftEvent
    | RoomClientKnockedEvent
    | RoomClientKnockCancelledEvent
    | RoomSessionStartedEvent
    | RoomSessionEndedEvent
    | TranscriptionStartedEvent
    | TranscriptionFinishedEvent
    | TranscriptionFailedEvent
    | RecordingFinishedEvent
    | AssistantRequestedEvent
    | WebhookEvent
)
"""Any event: one of the known types, or the fallback for a type this version does not know."""

EVENT_TYPES: dict[str, type[Event]] = {
    "room.client.joined": RoomClientJoinedEvent,
    "room.client.left": RoomClientLeftEvent,
    "room.client.knocked": RoomClientKnockedEvent,
    "room.client.knockCancelled": RoomClientKnockCancelledEvent,
    "room.session.started": RoomSessionStartedEvent,
    "room.session.ended": RoomSessionEndedEvent,
    "transcription.started": TranscriptionStartedEvent,
    "transcription.finished": TranscriptionFinishedEvent,
    "transcription.failed": TranscriptionFailedEvent,
    "recording.finished": RecordingFinishedEvent,
    "assistant.requested": AssistantRequestedEvent,
}
FALLBACK_EVENT = WebhookEvent
