"""What the contract says about each operation, for the handwritten overlay.

Generated from openapi.yaml by `python -m generator generate`; do not edit. The point
costs come from each operation's `x-rate-limit-points`, the version from `info.version`.
"""

from typing import NamedTuple

API_VERSION = "1.0.0"
API_MAJOR = 1
SERVER_URL = "https://api.whereby.dev/v1"
BASE_PATH = "/v1"


class Operation(NamedTuple):
    operation_id: str
    method: str
    path: str
    tag: str
    points: int
    idempotent: bool


OPERATIONS: tuple[Operation, ...] = (
    Operation("getMeetings", "GET", "/meetings", "meetings", 1, True),
    Operation("createMeeting", "POST", "/meetings", "meetings", 3, False),
    Operation("getMeeting", "GET", "/meetings/{meetingId}", "meetings", 1, True),
    Operation("deleteMeeting", "DELETE", "/meetings/{meetingId}", "meetings", 2, True),
    Operation("getRecordings", "GET", "/recordings", "recordings", 1, True),
    Operation("getRecording", "GET", "/recordings/{recordingId}", "recordings", 1, True),
    Operation("deleteRecording", "DELETE", "/recordings/{recordingId}", "recordings", 2, True),
    Operation("getRecordingAccessLink", "GET", "/recordings/{recordingId}/access-link", "recordings", 1, True),
    Operation("bulkDeleteRecordings", "POST", "/recordings/bulk-delete", "recordings", 3, True),
    Operation("getTranscriptions", "GET", "/transcriptions", "transcriptions", 1, True),
    Operation("createTranscription", "POST", "/transcriptions", "transcriptions", 3, False),
    Operation("getTranscription", "GET", "/transcriptions/{transcriptionId}", "transcriptions", 1, True),
    Operation("deleteTranscription", "DELETE", "/transcriptions/{transcriptionId}", "transcriptions", 2, True),
    Operation(
        "getTranscriptionAccessLink", "GET", "/transcriptions/{transcriptionId}/access-link", "transcriptions", 1, True
    ),
    Operation("bulkDeleteTranscriptions", "POST", "/transcriptions/bulk-delete", "transcriptions", 3, True),
    Operation("getSummaries", "GET", "/summaries", "summaries", 1, True),
    Operation("createSummary", "POST", "/summaries", "summaries", 3, False),
    Operation("getSummary", "GET", "/summaries/{summaryId}", "summaries", 1, True),
    Operation("deleteSummary", "DELETE", "/summaries/{summaryId}", "summaries", 2, True),
    Operation("setRoomColors", "PUT", "/rooms/{roomName}/theme/tokens", "rooms", 3, True),
    Operation("setRoomLogo", "PUT", "/rooms/{roomName}/theme/logo", "rooms", 3, True),
    Operation("setRoomBackground", "PUT", "/rooms/{roomName}/theme/room-background", "rooms", 3, True),
    Operation(
        "setRoomKnockPageBackground", "PUT", "/rooms/{roomName}/theme/room-knock-page-background", "rooms", 3, True
    ),
    Operation("getRoomInsights", "GET", "/insights/rooms", "insights", 1, True),
    Operation("getRoomSessionInsights", "GET", "/insights/room-sessions", "insights", 1, True),
    Operation("getParticipants", "GET", "/insights/participants", "insights", 1, True),
    Operation("getParticipantDetails", "GET", "/insights/participant", "insights", 1, True),
)

POINTS: dict[str, int] = {op.operation_id: op.points for op in OPERATIONS}
