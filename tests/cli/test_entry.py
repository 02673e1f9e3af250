"""The in-process runs of `whereby()` give what the installed script gives, for each kind of outcome."""

from __future__ import annotations

import pytest

from tests.cli.conftest import KEY, NOWHERE, environment, run_in_process, run_script
from tests.sandbox.conftest import RunningSandbox

CASES = [
    pytest.param(("--help",), None, "", id="help"),
    pytest.param(("meetings", "list", "--json", "--limit", "2"), "sandbox", "", id="a listing as JSON"),
    pytest.param(("meetings", "list"), "sandbox", "", id="a listing as a table"),
    pytest.param(("meetings", "create", "--end-date", "2099-01-01T10:00"), NOWHERE, "", id="bad input: exit 2"),
    pytest.param(("meetings", "get", "1"), NOWHERE, "", id="no server: exit 1"),
    pytest.param(("meetings", "delete", "-"), NOWHERE, "\n \n", id="no ids on stdin: exit 2"),
    pytest.param(("no-such-command",), None, "", id="an unknown command"),
]


@pytest.mark.parametrize(("args", "where", "stdin"), CASES)
def test_in_process_and_the_installed_script_agree(
    sandbox: RunningSandbox, args: tuple[str, ...], where: str | None, stdin: str
) -> None:
    env = environment(sandbox.base_url if where == "sandbox" else where, KEY)
    script = run_script(list(args), env, stdin)
    here = run_in_process(list(args), env, stdin)
    assert (here.code, here.stdout, here.stderr) == (script.code, script.stdout, script.stderr)
    assert script.stdout or script.stderr  # each case says something


def test_an_exception_that_escapes_in_process_is_a_traceback_the_checks_see(monkeypatch: pytest.MonkeyPatch) -> None:
    from whereby_v1.cli import _app

    def escape(argv: list[str] | None = None) -> int:
        raise SystemError("escaped")

    monkeypatch.setattr(_app, "run", escape)
    result = run_in_process(["meetings", "list"], environment(NOWHERE), "")
    assert result.code == 1 and "Traceback" in result.stderr and "SystemError: escaped" in result.stderr
