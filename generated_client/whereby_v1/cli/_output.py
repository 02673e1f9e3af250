"""How results reach people and scripts: JSON or a table on stdout; notes, progress and spinners on stderr.

stdout carries results only, so `--json` output can always be piped into another program.
Progress bars and spinners appear only when stderr is a terminal and --json was not given; they
never write to stdout. Nothing here knows an endpoint: a result is anything with `to_dict()`.
API data never reaches rich as markup (a room named `[/x]` would vanish or crash the table): it
goes in as `Text`.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

import click

from ..overlay.pacing import Pacer

if TYPE_CHECKING:
    from rich.progress import Task
    from rich.table import Table
    from rich.text import Text

# Piped tables keep their natural width instead of being squeezed into 80 columns.
_PIPE_WIDTH = 10_000


def to_data(value: Any) -> Any:
    """A model as the JSON the API speaks (camelCase names, ISO dates), anything else as it is."""
    if hasattr(value, "to_dict"):
        return value.to_dict()
    return value


def _cell(value: Any) -> Text:
    """A value as table text, taken literally: brackets in API data are not rich markup."""
    from rich.text import Text

    if value is None:
        return Text("")
    if isinstance(value, dict | list):
        return Text(json.dumps(value, separators=(",", ":"), default=str))
    return Text(str(value))


def budget_text(pacer: Pacer | None) -> str:
    if pacer is None:
        return ""
    if pacer.remaining is None:
        return f"budget {pacer.limit} points/window"
    return f"budget left {pacer.remaining}/{pacer.limit} points"


class Output:
    """Writes one command's results in the form the person asked for."""

    def __init__(self, json_mode: bool) -> None:
        self.json_mode = json_mode

    # -- results (stdout) ------------------------------------------------------------------------

    def items(self, items: Sequence[Any], columns: Sequence[str]) -> None:
        """A list: a JSON array of the items, or a table of the given (API-named) columns."""
        rows = [to_data(item) for item in items]
        if self.json_mode:
            self._json(rows)
            return
        if not rows:
            click.echo("No results.")
            return
        from rich.table import Table

        table = Table(*columns, highlight=False)
        for row in rows:
            table.add_row(*(_cell(row.get(column)) for column in columns))
        self._print(table)

    def item(self, item: Any) -> None:
        """One object: JSON, or a two-column table of its fields."""
        data = to_data(item)
        if self.json_mode:
            self._json(data)
            return
        from rich.table import Table

        table = Table("field", "value", show_header=False, highlight=False)
        for key, value in data.items():
            table.add_row(_cell(key), _cell(value))
        self._print(table)

    def done(self, text: str, data: Any) -> None:
        """The outcome of an action without a reply body (a deletion): `data` as JSON, or `text`."""
        if self.json_mode:
            self._json(data)
        else:
            click.echo(text)

    def raw(self, content: bytes) -> None:
        """A reply body as the server sent it: indented when it is JSON."""
        if not content:
            return
        try:
            self._json(json.loads(content))
        except ValueError:
            click.echo(content.decode("utf-8", errors="replace"))

    def _json(self, data: Any) -> None:
        click.echo(json.dumps(data, indent=2, default=str))

    def _print(self, table: Table) -> None:
        # Rendered, then written like every other result: a reader that went away (`| head`)
        # raises BrokenPipeError here for the caller to handle, where rich would exit 1 itself.
        from rich.console import Console

        width = None if sys.stdout.isatty() else _PIPE_WIDTH
        console = Console(highlight=False, width=width)
        with console.capture() as captured:
            console.print(table)
        click.echo(captured.get(), nl=False)

    # -- for people watching (stderr) -------------------------------------------------------------

    def note(self, text: str) -> None:
        click.echo(text, err=True)

    def _live(self) -> bool:
        return not self.json_mode and sys.stderr.isatty()

    @contextmanager
    def progress(self, what: str, total: int | None, pacer: Pacer | None) -> Iterator[Callable[[int], None]]:
        """A bar of items done and budget left; yields `advance(n)`. Silent unless someone watches."""
        if not self._live():
            yield _ignore
            return
        from rich.console import Console
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, ProgressColumn, TextColumn, TimeElapsedColumn
        from rich.text import Text

        class BudgetColumn(ProgressColumn):
            # Read at every refresh, so the figure moves while the pacer holds a request back.
            def render(self, task: Task) -> Text:
                return Text(budget_text(pacer))

        count = MofNCompleteColumn() if total is not None else TextColumn("{task.completed}")
        bar = Progress(
            TextColumn("{task.description}", markup=False),
            BarColumn(),
            count,
            BudgetColumn(),
            TimeElapsedColumn(),
            console=Console(stderr=True),
            transient=True,
        )
        with bar:
            task = bar.add_task(what, total=total)

            def advance(n: int) -> None:
                bar.update(task, advance=n)

            yield advance

    @contextmanager
    def waiting(self, text: str) -> Iterator[Callable[[str], None]]:
        """A spinner while polling; yields `update(text)`. Silent unless someone watches."""
        if not self._live():
            yield _ignore_text
            return
        from rich.console import Console
        from rich.text import Text

        # The texts name API objects (ids, states): literal, never markup.
        with Console(stderr=True).status(Text(text)) as status:
            yield lambda new: status.update(Text(new))


def _ignore(n: int) -> None:
    return None


def _ignore_text(text: str) -> None:
    return None
