"""`make publish` (`python -m generator publish`) against a real PyPI-compatible index on loopback.

A pypiserver with a login for uploads runs on a free port; the wheel and sdist are built from this
checkout; they are published, installed from that index into a fresh virtual environment with
`pip install --index-url`, imported there and used against the sandbox. A second upload of the
version, a contract that check-version refuses and a wrong password are refused.
"""

from __future__ import annotations

import contextlib
import os
import subprocess
import sys
import time
import urllib.request
import venv
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from passlib.apache import HtpasswdFile

from sandbox.launcher import SandboxProcess
from tests.overlay.redis_server import free_port

ROOT = Path(__file__).resolve().parents[2]
USER, PASSWORD = "uploader", "pw-5f3a9c-never-shown"
VERSION_LINE = "  version: "


@dataclass
class Index:
    url: str  # the upload URL; its simple API is url + "simple/"
    packages: Path


@contextlib.contextmanager
def running_index(root: Path) -> Iterator[Index]:
    """A pypiserver on a free loopback port, serving `root`/packages, uploads only with a login."""
    packages = root / "packages"
    packages.mkdir()
    logins = HtpasswdFile(str(root / "htpasswd"), new=True)
    logins.set_password(USER, PASSWORD)
    logins.save()
    port = free_port()
    command = [sys.executable, "-m", "pypiserver", "run", "-i", "127.0.0.1", "-p", str(port)]
    command += ["-P", str(root / "htpasswd"), "-a", "update", str(packages)]
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}/"
    try:
        deadline = time.monotonic() + 20
        while True:
            try:
                with urllib.request.urlopen(url + "simple/", timeout=1):
                    break
            except OSError:
                if process.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError("pypiserver did not start") from None
                time.sleep(0.1)
        yield Index(url, packages)
    finally:
        process.terminate()  # our own child, by its PID
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Index]:
    with running_index(tmp_path_factory.mktemp("index")) as running:
        yield running


def version() -> str:
    line = next(line for line in (ROOT / "openapi.yaml").read_text().splitlines() if line.startswith(VERSION_LINE))
    return line.removeprefix(VERSION_LINE).strip().strip('"')


def publish(
    index: Index, dist: Path, *, password: str = PASSWORD, spec: Path | None = None
) -> subprocess.CompletedProcess[str]:
    environ = {k: v for k, v in os.environ.items() if not k.startswith(("TWINE_", "WHEREBY_PUBLISH_"))}
    environ |= {
        "WHEREBY_PUBLISH_URL": index.url,
        "WHEREBY_PUBLISH_USERNAME": USER,
        "WHEREBY_PUBLISH_PASSWORD": password,
    }
    command = [sys.executable, "-m", "generator"]
    if spec is not None:
        command += ["--spec", str(spec)]
    command += ["publish", "--dist", str(dist), "--baseline-dir", str(ROOT / "generator" / "baseline")]
    return subprocess.run(command, cwd=ROOT, env=environ, capture_output=True, text=True, check=False)


def test_a_release_is_published_installed_from_the_index_and_works(index: Index, dist: Path, tmp_path: Path) -> None:
    done = publish(index, dist)
    assert done.returncode == 0, done.stderr
    assert PASSWORD not in done.stdout + done.stderr
    assert sorted(p.name for p in index.packages.iterdir()) == sorted(p.name for p in dist.iterdir())

    # A fresh environment, whereby-v1 from that index (its dependencies come through the index's
    # fallback to PyPI, as they would from any index).
    venv.create(tmp_path / "venv", with_pip=True)
    python = tmp_path / "venv" / "bin" / "python"
    pip = [str(python), "-m", "pip", "install", "--quiet", "--index-url", index.url + "simple/"]
    installed = subprocess.run([*pip, f"whereby-v1=={version()}"], capture_output=True, text=True, check=False)
    assert installed.returncode == 0, installed.stderr[-2000:]
    with SandboxProcess.start("--token", "publish-key") as sandbox:
        program = (
            "import datetime, whereby_v1\n"
            "from whereby_v1 import Whereby\n"
            f"client = Whereby('publish-key', base_url={sandbox.base_url!r})\n"
            "end = datetime.datetime.now(datetime.UTC) + datetime.timedelta(hours=1)\n"
            "meeting = client.meetings.create(end_date=end)\n"
            "print(whereby_v1.__version__, whereby_v1.__file__, meeting.meeting_id)\n"
        )
        ran = subprocess.run([str(python), "-c", program], capture_output=True, text=True, check=False, cwd=tmp_path)
    assert ran.returncode == 0, ran.stderr[-2000:]
    installed_version, where, meeting_id = ran.stdout.split()
    assert installed_version == version()
    assert str(tmp_path / "venv") in where  # the index's copy, not this checkout
    assert meeting_id


def test_a_version_already_on_the_index_is_refused(index: Index, dist: Path) -> None:
    if not any(index.packages.iterdir()):
        assert publish(index, dist).returncode == 0
    before = sorted(index.packages.iterdir())
    done = publish(index, dist)
    assert done.returncode == 1
    assert f"whereby-v1 {version()} is already on the index" in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1
    assert sorted(index.packages.iterdir()) == before


def test_a_contract_check_version_refuses_is_not_published(index: Index, dist: Path, tmp_path: Path) -> None:
    text = (ROOT / "openapi.yaml").read_text()
    spec = tmp_path / "openapi.yaml"
    spec.write_text(text.replace(f"{VERSION_LINE}{version()}", f"{VERSION_LINE}1.9.9", 1))
    before = sorted(index.packages.iterdir())
    done = publish(index, dist, spec=spec)
    assert done.returncode == 1
    assert done.stderr.startswith("error: check-version refuses this contract")
    assert sorted(index.packages.iterdir()) == before


def test_a_wrong_password_is_refused_and_never_shown(tmp_path: Path, dist: Path) -> None:
    wrong = "wrong-pw-31d7e2"
    with running_index(tmp_path) as empty:
        done = publish(empty, dist, password=wrong)
        assert not any(empty.packages.iterdir())
    assert done.returncode == 1
    assert "twine could not upload" in done.stderr
    assert wrong not in done.stdout + done.stderr and PASSWORD not in done.stdout + done.stderr
