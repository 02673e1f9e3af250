"""One package per API version: a 2.0.0 spec on `/v2` generates `whereby_v2`, unchanged generator.

The package name and base path come from the spec's major version (`codegen.identity`),
so the v1 -> v2 path in docs/versioning.md needs no generator change: this test takes a
copy of the contract, bumps it to 2.0.0 with a `/v2` server and generates it beside
nothing else in a temporary folder.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

from generator.__main__ import main
from generator.spec import Spec
from generator.versioning import check, set_version
from tests.conftest import SPEC_PATH

V1_SERVER = "url: https://api.whereby.dev/v1\n"

PROBE = """
import json, pathlib, whereby_v2
from whereby_v2 import _operations
from whereby_v2.api.meetings import create_meeting, get_meetings
from whereby_v2.models import CreateMeetingRequest
from whereby_v2.overlay import WherebyClient
assert WherebyClient("k").get_httpx_client().base_url.path == "/v2/"
print(json.dumps({
    "file": str(pathlib.Path(whereby_v2.__file__).resolve()),
    "version": whereby_v2.__version__,
    "major": _operations.API_MAJOR,
    "base_path": _operations.BASE_PATH,
    "server": _operations.SERVER_URL,
    "operations": len(_operations.OPERATIONS),
}))
"""


def test_a_v2_spec_generates_a_whereby_v2_package_beside_v1(tmp_path: Path, spec: Spec) -> None:
    text = SPEC_PATH.read_text(encoding="utf-8")
    assert text.count(V1_SERVER) == 1
    v2_text = set_version(text, "2.0.0").replace(V1_SERVER, "url: https://api.whereby.dev/v2\n")
    v2_spec = tmp_path / "v2" / "openapi.yaml"
    v2_spec.parent.mkdir()
    v2_spec.write_text(v2_text, encoding="utf-8")
    out = tmp_path / "generated"

    assert main(["--spec", str(v2_spec), "--out", str(out), "generate", "-q"]) == 0

    assert sorted(p.name for p in out.iterdir()) == ["whereby_v2"]
    operations = (out / "whereby_v2" / "_operations.py").read_text(encoding="utf-8")
    assert "API_MAJOR = 2\n" in operations and 'BASE_PATH = "/v2"\n' in operations

    # With the overlay copied in as docs/versioning.md says, importable on its own from the
    # temporary folder, in a fresh interpreter.
    shutil.copytree(SPEC_PATH.parent / "generated_client" / "whereby_v1" / "overlay", out / "whereby_v2" / "overlay")
    env = {**os.environ, "PYTHONPATH": str(out)}
    result = subprocess.run(
        [sys.executable, "-c", PROBE], cwd=tmp_path, env=env, capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr
    facts = json.loads(result.stdout)
    assert Path(facts["file"]).is_relative_to(out.resolve())
    assert facts["version"] == "2.0.0"
    assert facts["major"] == 2 and facts["base_path"] == "/v2"
    assert facts["server"] == "https://api.whereby.dev/v2"
    assert facts["operations"] == len(list(spec.operations()))

    # The version policy sees the first release of a new major: no v2 baseline yet, 2.0.0 is right.
    verdict = check(v2_spec, tmp_path / "baseline")
    assert verdict.ok and verdict.baseline_version is None and verdict.major == 2
