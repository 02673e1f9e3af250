"""Recordings, transcriptions and summaries: files made from room sessions."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from ..contract import RequestInvalid
from ..store import Recording, Summary, Transcription, iso
from . import Context, Forbidden, NotFound, Reply, handles, page

T = TypeVar("T")


def _access_link(ctx: Context, filename: str) -> Reply:
    token, expires = ctx.store.new_access_link(filename, ctx.params["validForSeconds"])
    link = f"{ctx.base_url}/_sandbox/files/{token}/{filename}"
    return 200, {"accessLink": link, "expires": int(expires * 1000)}


# -- recordings ----------------------------------------------------------------------------


def recording_json(recording: Recording) -> dict[str, Any]:
    return {
        "recordingId": recording.recording_id,
        "roomSessionId": recording.room_session_id,
        "roomName": recording.room_name,
        "filename": recording.filename,
        "startDate": iso(recording.start),
        "endDate": iso(recording.end),
        "sizeInMegaBytes": recording.size_mb,
    }


def _find(table: Mapping[str, T], key: str, what: str) -> T:
    found = table.get(key)
    if found is None:
        raise NotFound(f"no {what} {key!r}")
    return found


def _recording(ctx: Context) -> Recording:
    return _find(ctx.store.recordings, ctx.params["recordingId"], "recording")


@handles("getRecordings")
def get_recordings(ctx: Context) -> Reply:
    room = ctx.params.get("roomName")
    items = [
        {**recording_json(r), "duration": (r.end - r.start).total_seconds()}
        for r in ctx.store.recordings.values()
        if room is None or r.room_name == room
    ]
    status, listing = page(ctx, "recordings", items, "startDate:desc")
    for item in listing["results"]:
        del item["duration"]  # a sort key only; not part of Recording
    return status, listing


@handles("getRecording")
def get_recording(ctx: Context) -> Reply:
    return 200, recording_json(_recording(ctx))


@handles("deleteRecording")
def delete_recording(ctx: Context) -> Reply:
    ctx.store.recordings.pop(ctx.params["recordingId"], None)
    return 204, None


@handles("getRecordingAccessLink")
def get_recording_access_link(ctx: Context) -> Reply:
    recording = _recording(ctx)
    if not recording.whereby_hosted:
        raise Forbidden("access links exist only for recordings in Whereby-hosted storage")
    return _access_link(ctx, recording.filename)


@handles("bulkDeleteRecordings")
def bulk_delete_recordings(ctx: Context) -> Reply:
    for recording_id in ctx.body["recordingIds"]:
        ctx.store.recordings.pop(recording_id, None)
    return 204, None


# -- transcriptions ------------------------------------------------------------------------


def transcription_json(ctx: Context, t: Transcription, state: str | None = None) -> dict[str, Any]:
    """The REST object; `state` overrides the one the processing delay gives (for webhook data)."""
    state = state or ctx.store.state_of(t.created, t.failed)
    body: dict[str, Any] = {
        "transcriptionId": t.transcription_id,
        "roomSessionId": t.room_session_id,
        "roomName": t.room_name,
        "startDate": iso(t.start),
        "endDate": iso(t.end),
        "createdAt": iso(t.created),
        "state": state,
        "type": t.kind,
        "storageType": "WHEREBY_HOSTED" if t.whereby_hosted else "SELF_HOSTED",
    }
    if state == "ready":
        body["filename"] = f"{t.room_name.lstrip('/')}-{iso(t.start)}.md"
        body["durationInSeconds"] = round((t.end - t.start).total_seconds())
    return body


def _transcription(ctx: Context, transcription_id: str) -> Transcription:
    return _find(ctx.store.transcriptions, transcription_id, "transcription")


@handles("createTranscription")
def create_transcription(ctx: Context) -> Reply:
    recording = _find(ctx.store.recordings, ctx.body["recordingId"], "recording")
    if not recording.whereby_hosted:
        raise RequestInvalid("recordingId", "only recordings in Whereby-hosted storage can be transcribed")
    session = ctx.store.sessions[recording.room_session_id]
    transcription = ctx.store.add_transcription(session, "RECORDING_TRANSCRIPTION", recording_id=recording.recording_id)
    about = {
        "roomName": transcription.room_name,
        "roomSessionId": transcription.room_session_id,
        "transcriptionId": transcription.transcription_id,
        "type": transcription.kind,
    }
    ctx.emit("transcription.started", {**about, "status": "in_progress"})
    done = transcription_json(ctx, transcription, state="ready")
    finished = {key: done[key] for key in ("filename", "storageType", "durationInSeconds")}
    finished["recordingId"] = recording.recording_id
    ctx.emit("transcription.finished", {**about, **finished, "status": "ready"}, delay=ctx.store.processing_delay)
    return 201, {"transcriptionId": transcription.transcription_id}


@handles("getTranscriptions")
def get_transcriptions(ctx: Context) -> Reply:
    room = ctx.params.get("roomName")
    items = [
        transcription_json(ctx, t) for t in ctx.store.transcriptions.values() if room is None or t.room_name == room
    ]
    return page(ctx, "transcriptions", items, "startDate:desc")


@handles("getTranscription")
def get_transcription(ctx: Context) -> Reply:
    return 200, transcription_json(ctx, _transcription(ctx, ctx.params["transcriptionId"]))


@handles("deleteTranscription")
def delete_transcription(ctx: Context) -> Reply:
    ctx.store.transcriptions.pop(ctx.params["transcriptionId"], None)
    return 204, None


@handles("getTranscriptionAccessLink")
def get_transcription_access_link(ctx: Context) -> Reply:
    transcription = _transcription(ctx, ctx.params["transcriptionId"])
    if not transcription.whereby_hosted:
        raise Forbidden("access links exist only for transcripts in Whereby-hosted storage")
    body = transcription_json(ctx, transcription)
    if body["state"] != "ready":
        raise NotFound("the transcript file does not exist until the transcription is ready")
    return _access_link(ctx, body["filename"])


@handles("bulkDeleteTranscriptions")
def bulk_delete_transcriptions(ctx: Context) -> Reply:
    for transcription_id in ctx.body["transcriptionIds"]:
        ctx.store.transcriptions.pop(transcription_id, None)
    return 204, None


# -- summaries -----------------------------------------------------------------------------


def _summary_content(template: str) -> dict[str, Any]:
    content: dict[str, Any] = {"summary": "The group agreed on next steps and owners for each task."}
    if template == "SOAP":
        content["SOAP"] = {
            "subjective": "Reports better sleep.",
            "objective": "Calm, engaged.",
            "assessment": "Improving.",
            "plan": "Follow up in two weeks.",
        }
    elif template == "Extended SOAP":
        content["extended_SOAP"] = {
            "chief_complaint": "Recurring headaches.",
            "subjective": "Worse in the mornings.",
            "medications": "None.",
            "allergies": "None known.",
            "objective": "Alert and oriented.",
            "assessment": "Likely tension-type headache.",
            "plan": "Sleep diary; review in a month.",
        }
    return content


def summary_json(ctx: Context, s: Summary) -> dict[str, Any]:
    transcription = ctx.store.transcriptions.get(s.transcription_id)
    state = ctx.store.state_of(s.created)
    return {
        "summaryId": s.summary_id,
        "transcriptionId": s.transcription_id,
        "summary": _summary_content(s.template) if state == "ready" else None,
        "roomSessionId": transcription.room_session_id if transcription else "",
        "roomName": transcription.room_name if transcription else "",
        "startDate": iso(transcription.start if transcription else s.created),
        "endDate": iso(transcription.end if transcription else s.created),
        "state": state,
        "createdAt": iso(s.created),
        "modifiedAt": iso(s.created),
        "template": s.template,
    }


def _summary(ctx: Context) -> Summary:
    return _find(ctx.store.summaries, ctx.params["summaryId"], "summary")


@handles("createSummary")
def create_summary(ctx: Context) -> Reply:
    transcription = _transcription(ctx, ctx.body["transcriptionId"])
    if not transcription.whereby_hosted:
        raise RequestInvalid("transcriptionId", "only Whereby-hosted transcriptions can be summarised")
    if ctx.store.state_of(transcription.created, transcription.failed) != "ready":
        raise RequestInvalid("transcriptionId", "the transcription is not ready yet")
    if any(s.transcription_id == transcription.transcription_id for s in ctx.store.summaries.values()):
        raise RequestInvalid("transcriptionId", "a summary of this transcription exists; delete it first")
    summary = ctx.store.add_summary(transcription, ctx.body["template"])
    return 201, {"summaryId": summary.summary_id}


@handles("getSummaries")
def get_summaries(ctx: Context) -> Reply:
    items = [summary_json(ctx, s) for s in ctx.store.summaries.values()]
    return page(ctx, "summaries", items, "startDate:desc")


@handles("getSummary")
def get_summary(ctx: Context) -> Reply:
    return 200, summary_json(ctx, _summary(ctx))


@handles("deleteSummary")
def delete_summary(ctx: Context) -> Reply:
    ctx.store.summaries.pop(ctx.params["summaryId"], None)
    return 204, None
