"""`whereby-v1` and `whereby-v2` installed side by side in one environment.

The v2 distribution is made as docs/versioning.md says: the contract's copy at 2.0.0 on `/v2`,
generated into `whereby_v2`, the handwritten overlay and command line copied in with their
`whereby_v1` names changed, and a `pyproject.toml` of its own (this one's, named for v2). Both
wheels go into one fresh virtual environment: each imports with its own client and base path, each
has its own command, and no file of one is a file of the other.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import venv
from pathlib import Path

from generator.__main__ import main
from generator.versioning import set_version

ROOT = Path(__file__).resolve().parents[2]
V1_SERVER = "url: https://api.whereby.dev/v1\n"

PROBE = """
import json, importlib.metadata as md, whereby_v1, whereby_v2
from whereby_v1.overlay import WherebyClient as V1
from whereby_v2.overlay import WherebyClient as V2
from whereby_v1.overlay import _constants as c1
from whereby_v2.overlay import _constants as c2
files = {name: sorted(str(f) for f in md.files(name) or []) for name in ("whereby-v1", "whereby-v2")}
print(json.dumps({
    "versions": [whereby_v1.__version__, whereby_v2.__version__],
    "paths": [V1("k").get_httpx_client().base_url.path, V2("k").get_httpx_client().base_url.path],
    "loggers": [c1.LOGGER_NAME, c2.LOGGER_NAME],
    "resources": [type(whereby_v1.Whereby("k").meetings).__module__, type(whereby_v2.Whereby("k").meetings).__module__],
    "files": files,
}))
"""


def v2_project(where: Path) -> Path:
    """The whereby-v2 distribution's project folder, made from this checkout."""
    text = (ROOT / "openapi.yaml").read_text(encoding="utf-8")
    assert text.count(V1_SERVER) == 1
    project = where / "whereby-v2"
    project.mkdir()
    (project / "openapi.yaml").write_text(
        set_version(text, "2.0.0").replace(V1_SERVER, "url: https://api.whereby.dev/v2\n"), encoding="utf-8"
    )
    out = project / "generated_client"
    assert main(["--spec", str(project / "openapi.yaml"), "--out", str(out), "generate", "-q"]) == 0
    for handwritten in ("overlay", "cli"):
        target = out / "whereby_v2" / handwritten
        shutil.copytree(ROOT / "generated_client" / "whereby_v1" / handwritten, target)
        for source in target.rglob("*.py"):
            source.write_text(source.read_text(encoding="utf-8").replace("whereby_v1", "whereby_v2"), encoding="utf-8")
    pyproject = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    for old, new in (("whereby-v1", "whereby-v2"), ("whereby_v1", "whereby_v2"), ("REST API v1", "REST API v2")):
        pyproject = pyproject.replace(old, new)
    (project / "pyproject.toml").write_text(pyproject, encoding="utf-8")
    shutil.copy(ROOT / "README.md", project / "README.md")
    return project


def test_v1_and_v2_install_side_by_side_and_neither_overwrites_the_other(dist: Path, tmp_path: Path) -> None:
    project = v2_project(tmp_path)
    wheels = tmp_path / "wheels"
    subprocess.run(
        [sys.executable, "-m", "build", "--wheel", "--outdir", str(wheels), str(project)],
        check=True,
        capture_output=True,
    )
    [v1_wheel] = dist.glob("whereby_v1-*.whl")
    [v2_wheel] = wheels.glob("whereby_v2-2.0.0-*.whl")

    venv.create(tmp_path / "venv", with_pip=True)
    python = str(tmp_path / "venv" / "bin" / "python")
    for wheel in (v1_wheel, v2_wheel):  # one after the other: the second must not replace the first
        done = subprocess.run([python, "-m", "pip", "install", "--quiet", str(wheel)], capture_output=True, text=True)
        assert done.returncode == 0, done.stderr[-2000:]
    checked = subprocess.run([python, "-m", "pip", "check"], capture_output=True, text=True)
    assert checked.returncode == 0, checked.stdout

    ran = subprocess.run([python, "-c", PROBE], capture_output=True, text=True, cwd=tmp_path)
    assert ran.returncode == 0, ran.stderr[-2000:]
    facts = json.loads(ran.stdout)
    assert facts["versions"][1] == "2.0.0" and facts["versions"][0] != "2.0.0"
    assert facts["paths"] == ["/v1/", "/v2/"]
    assert facts["loggers"] == ["whereby_v1", "whereby_v2"]
    assert [module.split(".")[0] for module in facts["resources"]] == ["whereby_v1", "whereby_v2"]
    v1_files, v2_files = (set(facts["files"][name]) for name in ("whereby-v1", "whereby-v2"))
    assert v1_files and v2_files and not v1_files & v2_files
    assert any(f.startswith("whereby_v1/") for f in v1_files) and any(f.startswith("whereby_v2/") for f in v2_files)
    assert all(not f.startswith("whereby_v1/") for f in v2_files)
    for command in ("whereby-v1", "whereby-v2"):  # each distribution's own command
        assert (tmp_path / "venv" / "bin" / command).is_file(), command
