"""Housekeeping: find recordings and transcriptions older than N days and delete them in bulk.

Lists every recording and transcription by iterating `list()` (one paced request per page), picks those
whose session ended more than `--older-than-days` ago, and deletes each kind with one bulk request.
`--dry-run` only prints what would go. Against a local sandbox, whose made-up sessions took place
over the last week, from the repository root:

    python -m sandbox.run -- python examples/housekeeping.py --older-than-days 5

Against the real API: `WHEREBY_API_KEY=... python examples/housekeeping.py --dry-run` first.
"""

from __future__ import annotations

import argparse
from datetime import UTC, datetime, timedelta

# Demo settings (examples/_demo.py): a sandbox's budget under `python -m sandbox.run`, else the plan's.
from _demo import BUDGET

from whereby_v1 import Whereby


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").partition("\n")[0])
    parser.add_argument("--older-than-days", type=float, default=30, help="age of what is deleted (default 30)")
    parser.add_argument("--dry-run", action="store_true", help="only print what would be deleted")
    args = parser.parse_args()
    cutoff = datetime.now(UTC) - timedelta(days=args.older_than_days)
    print(f"recordings and transcriptions of sessions that ended before {cutoff:%Y-%m-%d %H:%M} UTC:")

    with Whereby(**BUDGET) as client:
        recordings = list(client.recordings.list())
        old_recordings = [r for r in recordings if r.end_date < cutoff]
        for r in old_recordings:
            print(
                f"  recording     {r.recording_id}  {r.end_date:%Y-%m-%d}  {r.size_in_mega_bytes:8.1f} MB  {r.filename}"
            )

        transcriptions = list(client.transcriptions.list())
        old_transcriptions = [t for t in transcriptions if t.end_date < cutoff]
        for t in old_transcriptions:
            print(f"  transcription {t.transcription_id}  {t.end_date:%Y-%m-%d}  {t.room_name}")

        if args.dry_run:
            print("dry run: nothing deleted")
        else:
            # Bulk deletes take effect asynchronously on the real API: a list may show them for a while.
            if old_recordings:
                client.recordings.bulk_delete(recording_ids=[r.recording_id for r in old_recordings])
            if old_transcriptions:
                client.transcriptions.bulk_delete(transcription_ids=[t.transcription_id for t in old_transcriptions])

    done = "would delete" if args.dry_run else "deleted"
    print(
        f"{done} {len(old_recordings)} of {len(recordings)} recordings "
        f"({sum(r.size_in_mega_bytes for r in old_recordings):.1f} MB) "
        f"and {len(old_transcriptions)} of {len(transcriptions)} transcriptions"
    )


if __name__ == "__main__":
    main()
