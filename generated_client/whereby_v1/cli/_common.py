"""What every command shares: the global options, the one client, input parsing, and list paging.

The API key is read from WHEREBY_API_KEY only, never from an option (it would end up in shell
history and in `ps`), and this module never prints it. Commands get their client from `State`,
so every request, whichever command sends it, is paced against the same budget and shares one
connection pool: the task commands call the resource client (`client.meetings.list(...)`), `call`
sends through its `api_client`. What a request costs is never written here by hand: `cost()`
reads it from the operations table (openapi.yaml).
"""

from __future__ import annotations

import logging
import math
import os
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Any, TypeVar

import click

from .._client import Whereby
from .._operations import POINTS, SERVER_URL
from .._wire import MAX_SEGMENT
from ..overlay import _constants as C
from ..overlay.errors import ConfigurationError
from ._input import MAX_IDS, base_url_problem, decode, read_limited
from ._output import Output

if TYPE_CHECKING:
    from ..overlay.resource import SyncPager

F = TypeVar("F", bound=Callable[..., Any])


@dataclass
class Settings:
    json: bool = False
    base_url: str | None = None
    plan: str | None = None
    points_per_minute: int | None = None
    window: float | None = None
    verbose: bool = False


@dataclass
class State:
    """One run of the command line: its settings and, once a command needs it, its client."""

    settings: Settings = field(default_factory=Settings)
    _client: Whereby | None = None

    @property
    def output(self) -> Output:
        return Output(self.settings.json)

    def client(self) -> Whereby:
        """The run's one client (built on first use): the key from WHEREBY_API_KEY, the rest from the options."""
        if self._client is None:
            if not os.environ.get(C.API_KEY_ENV):
                raise ConfigurationError(f"no API key: set the {C.API_KEY_ENV} environment variable")
            s = self.settings
            from_environment = os.environ.get(C.BASE_URL_ENV)
            problem = None if s.base_url or not from_environment else base_url_problem(from_environment)
            if problem:
                # As the option is refused: at once, before the library would retry an impossible port.
                raise ConfigurationError(f"Invalid value for {C.BASE_URL_ENV}: {problem}")
            logger = logging.getLogger(C.LOGGER_NAME)
            if s.verbose:
                logger.setLevel(logging.DEBUG)
            # The command line owns the library's log (its handler, -v for debug), so WHEREBY_LOG
            # adds nothing here: the client leaves a logger that has a handler alone.
            extra: dict[str, Any] = {} if s.window is None else {"window": s.window}
            self._client = Whereby(
                plan=s.plan,
                points_per_minute=s.points_per_minute,
                base_url=s.base_url,  # None: the client reads WHEREBY_BASE_URL, then uses the API's URL
                **extra,
            )
        return self._client

    def close(self) -> None:
        if self._client is not None:
            self._client.close()


def state() -> State:
    return click.get_current_context().find_object(State) or State()


# -- options every command takes -------------------------------------------------------------------
#
# They are accepted before and after the command's name (`whereby-v1 --json meetings list` and
# `whereby-v1 meetings list --json`): each one, where given, writes into the run's Settings.


def _setting(*decls: str, into: str, check: Check | None = None, **attrs: Any) -> Callable[[F], F]:
    """An option that, where given, writes into the run's Settings (field `into`), not into the command's arguments.

    `check`, an option callback, refuses a bad value (click.BadParameter) before it is stored.
    """

    def store(ctx: click.Context, param: click.Parameter, value: Any) -> None:
        if value is not None and value is not False:
            setattr(ctx.ensure_object(State).settings, into, check(ctx, param, value) if check else value)

    return click.option(*decls, expose_value=False, callback=store, **attrs)


Check = Callable[[click.Context, click.Parameter, Any], Any]


def finite(ctx: click.Context, param: click.Parameter, value: float | None) -> float | None:
    """Option callback: FloatRange lets nan through (it is neither below a minimum nor above a
    maximum), and inf where there is no maximum; neither is a number of seconds."""
    if value is not None and not math.isfinite(value):
        raise click.BadParameter(f"must be a finite number of seconds, not {value}", ctx=ctx, param=param)
    return value


def _base_url(ctx: click.Context, param: click.Parameter, value: str) -> str:
    problem = base_url_problem(value)
    if problem:
        raise click.BadParameter(problem, ctx=ctx, param=param)
    return value


def common_options(command: F) -> F:
    options = [
        _setting(
            "--json",
            "json_",
            into="json",
            is_flag=True,
            default=False,
            help="Print JSON (lists as one array) instead of a table.",
        ),
        _setting(
            "--base-url",
            into="base_url",
            check=_base_url,
            metavar="URL",
            help=f"API base URL, e.g. a sandbox's http://127.0.0.1:PORT/v1 [env {C.BASE_URL_ENV}; default {SERVER_URL}].",
        ),
        _setting(
            "--plan",
            into="plan",
            type=click.Choice(sorted(C.PLANS), case_sensitive=False),
            help=f"Your plan, for the points budget [default {C.DEFAULT_PLAN}].",
        ),
        _setting(
            "--points-per-minute",
            into="points_per_minute",
            type=click.IntRange(min=1),
            metavar="N",
            help="The points budget, instead of --plan.",
        ),
        _setting(
            "--window",
            into="window",
            type=click.FloatRange(min=0, min_open=True),
            check=finite,
            metavar="SECONDS",
            help=f"Length of the budget window [default {C.WINDOW_SECONDS:g}; for sandboxes run with a shorter one].",
        ),
        _setting(
            "-v",
            "--verbose",
            into="verbose",
            is_flag=True,
            default=False,
            help="Log pacing waits and retries to stderr.",
        ),
    ]
    for option in reversed(options):
        command = option(command)
    return command


# -- help ------------------------------------------------------------------------------------------


def cost(operation_id: str) -> str:
    """What one request of the operation costs, as help text says it ("1 point", "3 points")."""
    points = POINTS[operation_id]
    return f"{points} point" if points == 1 else f"{points} points"


def priced(command: F) -> F:
    """Fill the `{operationId}` fields of a command's docstring with their `cost()`.

    Apply it below the `@group.command()` decorator, which reads the docstring as the help. An
    unknown operationId fails at import, so a renamed operation cannot leave a stale help behind.
    """
    command.__doc__ = (command.__doc__ or "").format_map({op: cost(op) for op in POINTS})
    return command


# -- input -----------------------------------------------------------------------------------------


def read_ids(values: Iterable[str], what: str) -> list[str]:
    """Ids from the arguments; `-` reads more from stdin (whitespace-separated). Duplicates go once."""
    ids: list[str] = []
    for value in values:
        if value == "-":
            data = read_limited("-", MAX_IDS, option="'-'", where="stdin", what=f"{what} ids read from stdin")
            ids.extend(decode("'-'", "stdin", data).split())
        else:
            ids.append(value)
    unique = list(dict.fromkeys(i for i in ids if i))
    if not unique:
        raise click.UsageError(f"no {what} ids given (pass them as arguments, or '-' to read them from stdin)")
    return unique


_RELATIVE = re.compile(r"^\+(?:(?P<d>\d+)d)?(?:(?P<h>\d+)h)?(?:(?P<m>\d+)m)?(?:(?P<s>\d+)s)?$")


def when(ctx: click.Context, param: click.Parameter, value: str | None) -> datetime | None:
    """Option callback for a moment: ISO 8601 with a UTC offset (`2030-01-01T10:00:00Z`) or from now (`+1h`, `+2d12h`)."""
    if value is None:
        return None
    text = value.strip()
    relative = _RELATIVE.match(text)
    if relative and text != "+":
        try:
            parts = {k: int(v) for k, v in relative.groupdict(default="0").items()}
            delta = timedelta(days=parts["d"], hours=parts["h"], minutes=parts["m"], seconds=parts["s"])
            return datetime.now(UTC) + delta
        except (OverflowError, ValueError):  # past year 9999, or more digits than int() takes
            raise click.BadParameter(f"{text!r} is too far in the future", ctx, param) from None
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        raise click.BadParameter(
            f"{text!r} is neither an ISO 8601 time (2030-01-01T10:00:00Z) nor a relative one (+1h)", ctx, param
        ) from None
    if moment.utcoffset() is None:
        # Guessing a zone (local? UTC?) would silently move the meeting by hours.
        raise click.BadParameter(
            f"{text!r} has no UTC offset; add one (Z, +02:00) or give a relative time such as +1h", ctx, param
        )
    return moment


def choice_of(enum: Iterable[Any]) -> click.Choice[str]:
    """A choice of an API enum's values (the generated enums accept unseen values; a writer should not)."""
    return click.Choice([str(member.value) for member in enum])


def given(**values: Any) -> dict[str, Any]:
    """The keyword arguments the person gave: the client methods' own defaults apply to the rest."""
    return {k: v for k, v in values.items() if v is not None and v != ()}


def delete_ids(what: str, ids: list[str], batch_size: int, send: Callable[[list[str]], object]) -> None:
    """Delete `ids` in requests of `batch_size`, with progress; stops at the first error, saying how far it got."""
    run = state()
    out = run.output
    deleted: list[str] = []
    with out.progress(f"deleting {what}", len(ids), run.client().pacer) as advance:
        for start in range(0, len(ids), batch_size):
            batch = ids[start : start + batch_size]
            try:
                send(batch)
            except Exception as exc:
                if deleted:
                    exc.add_note(f"{len(deleted)} of {len(ids)} {what} were deleted before this")
                raise
            deleted.extend(batch)
            advance(len(batch))
    out.done(f"Deleted {len(deleted)} {what}.", {"deleted": deleted})


# -- lists -----------------------------------------------------------------------------------------


MAX_CURSOR = MAX_SEGMENT
"""A cursor is a short token the API gave out (the sandbox's are 32 characters); the library
refuses longer URL values than this, and past 64 KB httpx cannot build the URL at all. Checked
here too, so that the message names the option."""


def _cursor(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    if value is not None and len(value) > MAX_CURSOR:
        raise click.BadParameter(
            f"is {len(value)} characters long; a cursor is a short token from an earlier listing, and at most "
            f"{MAX_CURSOR} characters are accepted",
            ctx=ctx,
            param=param,
        )
    return value


def list_options(command: F) -> F:
    options = [
        click.option("--all", "page_all", is_flag=True, help="Follow the cursor through every page."),
        click.option(
            "--max-items",
            type=click.IntRange(min=0),
            metavar="N",
            help="Stop after N items, across pages (implies paging).",
        ),
        click.option("--limit", type=click.IntRange(min=1), metavar="N", help="Items per page (per request)."),
        click.option(
            "--cursor",
            callback=_cursor,
            metavar="CURSOR",
            help="Start from this page (a cursor from an earlier listing).",
        ),
    ]
    for option in reversed(options):
        command = option(command)
    return command


def show_list(
    what: str,
    columns: Sequence[str],
    list_items: Callable[..., SyncPager[Any]],
    *,
    page_all: bool,
    max_items: int | None,
    **filters: Any,
) -> None:
    """One page (the cursor of the next goes to stderr), or with --all/--max-items every item.

    `list_items` is a resource's list method (`client.meetings.list`); its pager fetches each page
    when it is reached, so --max-items never fetches a page it does not need.
    """
    run = state()
    client, out = run.client(), run.output
    if page_all or max_items is not None:
        items = []
        with out.progress(f"listing {what}", None, client.pacer) as advance:
            for item in list_items(max_items=max_items, **filters):
                items.append(item)
                advance(1)
        out.items(items, columns)
        return
    page = next(list_items(**filters).iter_pages())
    out.items(page.results, columns)
    if page.cursor:
        out.note(f"more {what}: add --all, or --cursor {page.cursor}")
