"""Prism (npm `@stoplight/prism-cli`, pinned in package.json) as a real process on a free loopback port.

Prism is started as `node <prism-cli's own entry file>`, never through `npx` or a shell shim, so
the PID we hold is Prism itself and stopping it by that PID leaves nothing behind. It is told
`--port 0`, and the port it really bound is read from its own "Prism is listening on" line.

How Prism 5 reports contract violations (checked against 5.16.0):

* every response it validated with a problem carries an `sl-violations` header, a JSON list of
  `{location, severity, code, message}`;
* with `--errors`, a request that breaks the contract is not forwarded: Prism answers 422
  `application/problem+json` (type `.../errors#UNPROCESSABLE_ENTITY`);
* with `--errors`, an upstream response that breaks the contract is replaced by 500
  `application/problem+json` (type `.../errors#VIOLATIONS`), with the violations in
  `validation` and in `sl-violations`.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

import httpx
import pytest

from tests.conftest import ROOT, SPEC_PATH
from tests.processes import stop as stop_process

PRISM_PACKAGE = ROOT / "node_modules" / "@stoplight" / "prism-cli"
START_TIMEOUT = 30.0
PROBLEM_JSON = "application/problem+json"
VIOLATIONS_HEADER = "sl-violations"

_LISTENING = re.compile(r"Prism is listening on (http://127\.0\.0\.1:(\d+))")
_ANSI = re.compile(r"\x1b\[[0-9;]*m")


def prism_entry() -> Path:
    """The JS file prism-cli's package.json names as its `prism` binary.

    Missing package: skip on a developer's machine, but fail in CI (CI is set there), where
    `make test` must have run `npm ci` first.
    """
    if not (PRISM_PACKAGE / "package.json").is_file():
        reason = f"{PRISM_PACKAGE.relative_to(ROOT)} is not installed (run `npm ci`, or `make test`)"
        if os.environ.get("CI"):
            pytest.fail(f"{reason}; CI is set, so this is an error, not a skip", pytrace=False)
        pytest.skip(reason)
    manifest = json.loads((PRISM_PACKAGE / "package.json").read_text())
    binary: str = manifest["bin"]["prism"] if isinstance(manifest["bin"], dict) else manifest["bin"]
    entry = (PRISM_PACKAGE / binary).resolve()
    assert entry.is_file(), f"prism-cli names {binary} as its binary, but {entry} does not exist"
    return entry


@dataclass
class RunningPrism:
    process: subprocess.Popen[bytes]
    url: str  # the spec's server base path (/v1) is not part of Prism's paths
    log_path: Path
    _log: IO[str]

    def log(self) -> str:
        return _ANSI.sub("", self.log_path.read_text(errors="replace"))

    def stop(self) -> None:
        try:
            stop_process(self.process)
        finally:
            self._log.close()


def start_prism(*args: str, log_path: Path) -> RunningPrism:
    """Run `node <entry> ARGS --host 127.0.0.1 --port 0`; return once it answers HTTP."""
    entry = prism_entry()
    node = shutil.which("node")
    if node is None:
        pytest.fail("node is not on PATH, but node_modules holds prism-cli", pytrace=False)
    # Prism's output goes to a file, not a pipe: it logs every request, and nobody drains a pipe.
    log = log_path.open("w")
    env = {**os.environ, "NO_COLOR": "1", "FORCE_COLOR": "0", "SCARF_ANALYTICS": "false"}
    command = [node, str(entry), *args, "--host", "127.0.0.1", "--port", "0"]
    process = subprocess.Popen(
        command, cwd=ROOT, stdin=subprocess.DEVNULL, stdout=log, stderr=subprocess.STDOUT, env=env
    )
    prism = RunningPrism(process, "", log_path, log)
    deadline = time.monotonic() + START_TIMEOUT
    try:
        while True:
            if not prism.url and (found := _LISTENING.search(prism.log())):
                prism.url = found.group(1)
            if prism.url and _answers(prism.url):
                return prism
            if process.poll() is not None:
                raise RuntimeError(f"Prism exited with {process.returncode}: {command}\n{prism.log()}")
            if time.monotonic() > deadline:
                raise RuntimeError(f"Prism did not answer within {START_TIMEOUT:.0f} s: {command}\n{prism.log()}")
            time.sleep(0.1)
    except BaseException:
        prism.stop()
        raise


def _answers(url: str) -> bool:
    try:
        httpx.get(f"{url}/", timeout=2)  # any HTTP reply will do; Prism gives 404 for "/"
    except httpx.TransportError:
        return False
    return True


def proxy_args(upstream: str) -> list[str]:
    """`prism proxy` in front of `upstream` (the sandbox's base URL, with /v1), failing on violations."""
    return ["proxy", str(SPEC_PATH), upstream, "--errors"]


def mock_args() -> list[str]:
    """`prism mock -d`: a random schema-valid body for every call.

    No `--seed`: Prism 5.16 re-seeds its faker before every response, so a seed makes every call
    of an operation return the same body. Tests print the exact body of any failure instead.
    """
    return ["mock", str(SPEC_PATH), "--dynamic"]


def violations(response: httpx.Response | Any) -> list[dict[str, Any]]:
    """The violations Prism attached to a response (the `sl-violations` header), or []."""
    raw = response.headers.get(VIOLATIONS_HEADER)
    return json.loads(raw) if raw else []
