"""The `whereby-v1` command tree and what a run ends with: output, one line of error, an exit status.

Every failure becomes one line on stderr and a documented exit status; a traceback is never shown
(it would bury the one line that matters). The API key is scrubbed from every message as a last
line of defence, although nothing in the library puts it into one.
"""

from __future__ import annotations

import logging
import os
import re
import sys
import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import click
import httpx

from ..overlay import _constants as C
from ..overlay.errors import (
    APIDeprecationWarning,
    APIStatusError,
    ConfigurationError,
    WherebyError,
)
from ._call import call, operations
from ._common import State, common_options
from ._insights import insights
from ._media import recordings, summaries, transcriptions
from ._meetings import meetings

PROG = "whereby-v1"
OK, API_ERROR, USAGE, INTERRUPTED = 0, 1, 2, 130
READER_GONE = 141
"""128 + SIGPIPE: what a shell reports for a program whose output pipe closed (`| head`), so that
`set -o pipefail` scripts see the same as with any other tool, and never "API error"."""
_MAX_MESSAGE = 600

EPILOG = f"""\b
Environment:
  {C.API_KEY_ENV}    the API key (required; never accepted as an option)
  {C.BASE_URL_ENV}   the API base URL, e.g. a sandbox's http://127.0.0.1:8080/v1

\b
Exit status:
  0    success
  1    the API refused the request or could not be reached (4xx, 5xx, connection)
  2    bad usage or input (unknown option, bad date or JSON, input past a limit, bad base URL, missing key)
  130  interrupted (Ctrl-C)
  141  stdout was closed early (e.g. piped into head); the output stops quietly

Every request is paced to your plan's points budget. --json prints lists as one JSON array.
"""


class _StdoutClosed(Exception):
    """stdout's reader went away; raised in place of BrokenPipeError, which click turns into exit 1."""


@contextmanager
def _stdout_may_close() -> Iterator[None]:
    try:
        yield
    except BrokenPipeError:
        raise _StdoutClosed from None


class _Group(click.Group):
    """The top group: a closed stdout, whether while parsing (--help) or running, is reported as such."""

    def make_context(
        self, info_name: str | None, args: list[str], parent: click.Context | None = None, **extra: Any
    ) -> click.Context:
        with _stdout_may_close():
            return super().make_context(info_name, args, parent, **extra)

    def invoke(self, ctx: click.Context) -> Any:
        with _stdout_may_close():
            return super().invoke(ctx)


@click.group(
    cls=_Group,
    context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100},
    epilog=EPILOG,
)
@click.version_option(package_name="whereby-v1", prog_name=PROG, message="%(prog)s %(version)s")
@common_options
def cli() -> None:
    """Whereby Embedded REST API v1 from the command line: meetings, recordings, transcriptions,
    summaries, insights, and any operation by its id."""


for command in (meetings, recordings, transcriptions, summaries, insights, call, operations):
    cli.add_command(command)


def _one_line(exc: BaseException, lead: str = "") -> str:
    message = exc.format_message() if isinstance(exc, click.ClickException) else str(exc)
    if isinstance(exc, APIStatusError):
        body = exc.body
        detail = body.get("error") if isinstance(body, dict) else body
        # The library's message already ends with the server's reason (cut at 200 characters).
        if detail and " ".join(str(detail).split())[:150] not in " ".join(message.split()):
            message += f": {detail}"
        if isinstance(body, dict) and body.get("field"):
            message += f" (field {body['field']})"
    message = lead + "; ".join([message or type(exc).__name__, *getattr(exc, "__notes__", [])])
    message = " ".join(message.split())
    key = os.environ.get(C.API_KEY_ENV)
    if key:
        # Only where the key itself stands, not inside other words (a key "k" is not in "unknown").
        message = re.sub(rf"(?<![A-Za-z0-9_-]){re.escape(key)}(?![A-Za-z0-9_-])", "***", message)
    return message if len(message) <= _MAX_MESSAGE else message[: _MAX_MESSAGE - 3] + "..."


def _fail(exc: BaseException, status: int, hint: str = "", lead: str = "") -> int:
    click.echo(f"{PROG}: error: {_one_line(exc, lead)}{hint}", err=True)
    return status


def _setup_logging() -> None:
    # The library logs deprecations and (at debug) pacing; show them as our own lines on stderr.
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter(f"{PROG}: %(levelname)s: %(message)s"))
    logger = logging.getLogger(C.LOGGER_NAME)
    logger.addHandler(handler)
    logger.setLevel(logging.WARNING)
    logger.propagate = False
    # The same deprecation also comes as a warning; the log line above already says it once.
    warnings.simplefilter("ignore", APIDeprecationWarning)


def run(argv: list[str] | None = None) -> int:
    """Run the command line; the exit status (see EPILOG)."""
    _setup_logging()
    state = State()
    try:
        try:
            result = cli.main(args=argv, prog_name=PROG, standalone_mode=False, obj=state)
            with _stdout_may_close():
                sys.stdout.flush()
        finally:
            state.close()
        return result if isinstance(result, int) else OK
    except click.exceptions.Exit as exc:
        return exc.exit_code
    except click.exceptions.NoArgsIsHelpError as exc:  # a group named without a command: its help
        click.echo(exc.ctx.get_help() if exc.ctx else exc.format_message(), err=True)
        return USAGE
    except click.UsageError as exc:
        where = exc.ctx.command_path if exc.ctx else PROG
        return _fail(exc, USAGE, f" (see '{where} --help')")
    except click.ClickException as exc:
        return _fail(exc, exc.exit_code)
    except (click.Abort, KeyboardInterrupt):
        click.echo(f"{PROG}: interrupted", err=True)
        return INTERRUPTED
    except ConfigurationError as exc:
        return _fail(exc, USAGE)
    except WherebyError as exc:  # a connection error's message names the host, the port and the cause
        return _fail(exc, API_ERROR)
    except httpx.InvalidURL as exc:
        # The URL is built from what was typed (a value too long for a URL, say): bad input.
        return _fail(exc, USAGE, lead="the request's URL cannot be built: ")
    except (ValueError, TypeError) as exc:
        # The generated functions refuse bad input before it is sent (naive datetimes, empty path
        # segments, ...), with messages that name the field.
        return _fail(exc, USAGE)
    except (_StdoutClosed, BrokenPipeError):
        # The reader went away (`| head`): stop quietly, and keep Python from complaining at exit
        # when it flushes what is left for stdout.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return READER_GONE
    except Exception as exc:
        return _fail(exc, API_ERROR, f" (unexpected {type(exc).__name__}; please report it)")
