"""`whereby-v1 recordings|transcriptions|summaries ...`: list, read, bulk-delete, and summaries made and awaited.

Each command is a thin choice of arguments for a method of the resource client
(`client.recordings`, ...); the library validates and serialises. Bulk deletions are split into
requests of --batch-size ids so that long work shows progress; the contract sets no maximum (no
`maxItems`), so the split is for people, not for the API. Polling never outruns the budget: each
poll is a paced request like any other.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from enum import StrEnum
from typing import TYPE_CHECKING, Any

import click

from ..models.recording_sort_by import RecordingSortBy
from ..models.summary_state import SummaryState
from ..models.summary_template import SummaryTemplate
from ..models.transcription_sort_by import TranscriptionSortBy
from ._common import (
    F,
    choice_of,
    common_options,
    cost,
    delete_ids,
    finite,
    given,
    list_options,
    priced,
    read_ids,
    show_list,
    state,
)

if TYPE_CHECKING:
    from .._client import Whereby
    from ..resources.recordings import Recordings
    from ..resources.transcriptions import Transcriptions

DEFAULT_BATCH = 100
MAX_WAIT_SECONDS = 86_400.0  # a day: longer waits are typos, and too long for time.sleep()


FINISHED = {SummaryState.READY, SummaryState.FAILED}


def batch_option(operation_id: str) -> Callable[[F], F]:
    """--batch-size of a bulk deletion through `operation_id`."""
    return click.option(
        "--batch-size",
        type=click.IntRange(min=1),
        default=DEFAULT_BATCH,
        show_default=True,
        help=f"Ids per bulk-delete request ({cost(operation_id)} each).",
    )


valid_for_option = click.option(
    "--valid-for", type=click.IntRange(min=1), metavar="SECONDS", help="How long the link works [API default 3600]."
)


# -- recordings and transcriptions: the same four commands -----------------------------------------


def add_stored_commands(
    group: click.Group,
    *,
    one: str,
    many: str,
    sorting: type[StrEnum],
    columns: tuple[str, ...],
    resource: Callable[[Whereby], Recordings | Transcriptions],
    bulk_delete: Callable[[Whereby, list[str]], object],
    list_op: str,
    get_op: str,
    link_op: str,
    delete_op: str,
    link_to: str,
) -> None:
    """Add `list`, `get`, `link` and `delete` (in bulk) for stored media that the API serves alike.

    `one`/`many` name the media in help, messages and the id arguments (RECORDING_ID); `link_to` says
    what the link downloads; `resource` picks the media's resource from the client, `bulk_delete`
    deletes a batch of ids through it. The `*_op` operationIds are what the commands send, for the
    costs their help states.
    """
    id_name = f"{one.upper()}_ID"
    # Help is given as help= with cost(), not as a docstring for @priced: a docstring cannot be an f-string.

    @group.command(name="list", help=f"List {many} ({cost(list_op)} a page).")
    @click.option("--room-name", help=f"Only this room's {many}.")
    @click.option("--sort-by", type=choice_of(sorting))
    @list_options
    @common_options
    def list_command(room_name: str | None, sort_by: str | None, page_all: bool, **paging: Any) -> None:
        filters = given(room_name=room_name, sort_by=None if sort_by is None else sorting(sort_by))
        show_list(
            many,
            columns,
            resource(state().client()).list,
            page_all=page_all,
            max_items=paging.pop("max_items"),
            **filters,
            **given(**paging),
        )

    @group.command(name="get", help=f"Show one {one} ({cost(get_op)}).")
    @click.argument("item_id", metavar=id_name)
    @common_options
    def get_command(item_id: str) -> None:
        run = state()
        run.output.item(resource(run.client()).get(item_id))

    @group.command(name="link", help=f"A time-limited download link for {link_to} ({cost(link_op)}).")
    @click.argument("item_id", metavar=id_name)
    @valid_for_option
    @common_options
    def link_command(item_id: str, valid_for: int | None) -> None:
        run = state()
        run.output.item(resource(run.client()).get_access_link(item_id, **given(valid_for_seconds=valid_for)))

    @group.command(
        name="delete",
        help=f"Delete {many} by id, in bulk requests ({cost(delete_op)} each); '-' reads ids from stdin.\n\n"
        "Unknown ids are ignored by the API. Stops at the first error, saying how many were deleted.",
    )
    @click.argument("item_ids", metavar=f"{id_name}S...", nargs=-1, required=True)
    @batch_option(delete_op)
    @common_options
    def delete_command(item_ids: tuple[str, ...], batch_size: int) -> None:
        client = state().client()
        delete_ids(many, read_ids(item_ids, one), batch_size, lambda batch: bulk_delete(client, batch))


# -- recordings ------------------------------------------------------------------------------------


@click.group()
def recordings() -> None:
    """List, show, link and bulk-delete recordings."""


add_stored_commands(
    recordings,
    one="recording",
    many="recordings",
    sorting=RecordingSortBy,
    columns=("recordingId", "roomSessionId", "filename", "startDate", "endDate", "sizeInMegaBytes"),
    resource=lambda client: client.recordings,
    bulk_delete=lambda client, ids: client.recordings.bulk_delete(recording_ids=ids),
    list_op="getRecordings",
    get_op="getRecording",
    link_op="getRecordingAccessLink",
    delete_op="bulkDeleteRecordings",
    link_to="a recording",
)


# -- transcriptions --------------------------------------------------------------------------------


@click.group()
def transcriptions() -> None:
    """Create, list, show, link and bulk-delete transcriptions."""


@transcriptions.command(name="create")
@click.option("--recording-id", required=True, help="The recording to transcribe.")
@common_options
@priced
def transcriptions_create(recording_id: str) -> None:
    """Transcribe a recording ({createTranscription})."""
    run = state()
    run.output.item(run.client().transcriptions.create(recording_id=recording_id))


add_stored_commands(
    transcriptions,
    one="transcription",
    many="transcriptions",
    sorting=TranscriptionSortBy,
    columns=("transcriptionId", "roomName", "state", "type", "startDate", "createdAt"),
    resource=lambda client: client.transcriptions,
    bulk_delete=lambda client, ids: client.transcriptions.bulk_delete(transcription_ids=ids),
    list_op="getTranscriptions",
    get_op="getTranscription",
    link_op="getTranscriptionAccessLink",
    delete_op="bulkDeleteTranscriptions",
    link_to="a ready transcript",
)


# -- summaries -------------------------------------------------------------------------------------


@click.group()
def summaries() -> None:
    """Request a summary of a transcription and wait for it; list, show and delete summaries."""


@summaries.command(name="create")
@click.option("--transcription-id", required=True, help="A ready, Whereby-hosted transcription.")
@click.option("--template", type=choice_of(SummaryTemplate), help="Summary style [API default: General Bulleted].")
@click.option("--wait", is_flag=True, help="Poll until the summary is ready or failed, then show it.")
@click.option(
    "--timeout",
    type=click.FloatRange(min=0, max=MAX_WAIT_SECONDS),
    callback=finite,
    default=600,
    show_default=True,
    metavar="SECONDS",
    help="With --wait: give up after this long.",
)
@click.option(
    "--poll-interval",
    type=click.FloatRange(min=0, max=MAX_WAIT_SECONDS),
    callback=finite,
    default=5,
    show_default=True,
    metavar="SECONDS",
    help=f"With --wait: pause between polls (each costs {cost('getSummary')}).",
)
@common_options
@priced
def summaries_create(
    transcription_id: str, template: str | None, wait: bool, timeout: float, poll_interval: float
) -> None:
    """Request a summary ({createSummary}); with --wait, poll it ({getSummary} a poll) until it is done.

    Exits 1 when the summary failed or was still not done after --timeout.
    """
    run = state()
    summaries = run.client().summaries
    created = summaries.create(
        transcription_id=transcription_id, **given(template=None if template is None else SummaryTemplate(template))
    )
    if not wait:
        run.output.item(created)
        return
    summary_id, deadline = created.summary_id, time.monotonic() + timeout
    with run.output.waiting(f"summary {summary_id}: requested") as update:
        while True:
            summary = summaries.get(summary_id)
            # Unseen states (the API may add some) count as still working, until the timeout.
            if summary.state in FINISHED or time.monotonic() + poll_interval > deadline:
                break
            update(f"summary {summary_id}: {summary.state}")
            time.sleep(poll_interval)
    if summary.state == SummaryState.FAILED:
        raise click.ClickException(f"summary {summary_id} failed")
    if summary.state != SummaryState.READY:
        raise click.ClickException(
            f"summary {summary_id} is still {summary.state} after {timeout:g}s; "
            f"see later with: whereby-v1 summaries get {summary_id}"
        )
    run.output.item(summary)


@summaries.command(name="list")
@click.option("--sort-by", help="Sort field and direction, e.g. startDate:desc.")
@list_options
@common_options
@priced
def summaries_list(sort_by: str | None, page_all: bool, **paging: Any) -> None:
    """List summaries ({getSummaries} a page)."""
    show_list(
        "summaries",
        ("summaryId", "transcriptionId", "roomName", "state", "template", "createdAt"),
        state().client().summaries.list,
        page_all=page_all,
        max_items=paging.pop("max_items"),
        **given(sort_by=sort_by, **paging),
    )


@summaries.command(name="get")
@click.argument("summary_id")
@common_options
@priced
def summaries_get(summary_id: str) -> None:
    """Show one summary with its content ({getSummary})."""
    run = state()
    run.output.item(run.client().summaries.get(summary_id))


@summaries.command(name="delete")
@click.argument("summary_ids", nargs=-1, required=True)
@common_options
@priced
def summaries_delete(summary_ids: tuple[str, ...]) -> None:
    """Delete summaries by id ({deleteSummary} each); '-' reads ids from stdin."""
    client = state().client()
    delete_ids(
        "summaries",
        read_ids(summary_ids, "summary"),
        1,
        lambda batch: client.summaries.delete(batch[0]),
    )
