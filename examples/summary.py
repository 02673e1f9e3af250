"""Summaries: ask for an AI summary of a transcription and poll until it is ready.

No webhook reports a finished summary, so the only way to know is to poll its `state`; each poll
is a paced read (1 point). Without `--transcription-id` it picks the newest ready Whereby-hosted
transcription that has no summary yet. Against a local sandbox, from the repository root:

    python -m sandbox.run --processing-delay 1 -- python examples/summary.py --template SOAP --poll-every 1

Against the real API: `WHEREBY_API_KEY=... python examples/summary.py --transcription-id ID`
(a summary takes about a minute there).
"""

from __future__ import annotations

import argparse
import sys
import time

# Demo settings (examples/_demo.py): a sandbox's budget under `python -m sandbox.run`, else the plan's.
from _demo import BUDGET

from whereby_v1 import Whereby
from whereby_v1.models import SummaryState, SummaryTemplate, TranscriptionState, TranscriptionStorageType

GIVE_UP_AFTER_SECONDS = 600


def pick_transcription(client: Whereby) -> str | None:
    """The newest ready, Whereby-hosted transcription without a summary."""
    summarised = {s.transcription_id for s in client.summaries.list()}
    for t in client.transcriptions.list(sort_by="startDate:desc"):
        hosted = t.storage_type == TranscriptionStorageType.WHEREBY_HOSTED
        if hosted and t.state == TranscriptionState.READY and t.transcription_id not in summarised:
            return t.transcription_id
    return None


def main() -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").partition("\n")[0])
    parser.add_argument("--transcription-id", help="the transcription to summarise (default: pick one)")
    parser.add_argument("--template", default="General Bulleted", choices=[t.value for t in SummaryTemplate])
    parser.add_argument("--poll-every", type=float, default=5.0, help="seconds between polls (default 5)")
    args = parser.parse_args()

    with Whereby(**BUDGET) as client:
        transcription_id = args.transcription_id or pick_transcription(client)
        if transcription_id is None:
            print("no ready Whereby-hosted transcription without a summary", file=sys.stderr)
            return 1
        template = SummaryTemplate(args.template)  # the member; its string ("SOAP") would do as well
        summary_id = client.summaries.create(transcription_id=transcription_id, template=template).summary_id
        print(f"asked for a {args.template!r} summary of transcription {transcription_id}: summary {summary_id}")

        started = time.monotonic()
        while True:
            summary = client.summaries.get(summary_id)
            if summary.state != SummaryState.IN_PROGRESS:
                break
            if time.monotonic() - started > GIVE_UP_AFTER_SECONDS:
                print(f"summary {summary_id} is still in progress; giving up", file=sys.stderr)
                return 1
            print(f"  {summary.state} after {time.monotonic() - started:.1f}s; asking again in {args.poll_every:g}s")
            time.sleep(args.poll_every)

    if summary.state != SummaryState.READY or summary.summary is None:
        print(f"summary {summary_id} ended as {summary.state}", file=sys.stderr)
        return 1
    print(f"summary {summary_id} is ready ({summary.room_name}, {summary.start_date:%Y-%m-%d %H:%M}):")
    print(f"  {summary.summary.summary}")
    if summary.summary.soap:
        note = summary.summary.soap
        for part in ("subjective", "objective", "assessment", "plan"):
            print(f"  {part:<11} {getattr(note, part)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
