"""`python -m generator publish`: upload the built wheel and sdist to a package index with twine.

The index comes from the environment, never from the command line (where a shell's history would
keep it): `WHEREBY_PUBLISH_URL` is the upload URL (twine's `--repository-url`; PyPI's is
https://upload.pypi.org/legacy/), `WHEREBY_PUBLISH_INDEX_URL` the index's simple API, by default
`<upload URL>/simple/` as a pypiserver serves it (PyPI's is https://pypi.org/simple/), and
`WHEREBY_PUBLISH_USERNAME` / `WHEREBY_PUBLISH_PASSWORD` the credentials (or twine's own
`TWINE_USERNAME` / `TWINE_PASSWORD`; with PyPI, `__token__` and a token). Nothing it prints shows
the password.

It refuses, before anything is uploaded:
- a contract whose `info.version` `check-version` refuses (the same check, not a copy of it);
- a `dist/` that does not hold exactly this version's wheel and sdist (run `make build`);
- a version the index already has: an index keeps a version's files for ever, so a second upload
  of it is a mistake, not a retry.
"""

from __future__ import annotations

import base64
import os
import re
import subprocess
import sys
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from . import versioning

URL_VARIABLE = "WHEREBY_PUBLISH_URL"
INDEX_VARIABLE = "WHEREBY_PUBLISH_INDEX_URL"
USERNAME_VARIABLE = "WHEREBY_PUBLISH_USERNAME"
PASSWORD_VARIABLE = "WHEREBY_PUBLISH_PASSWORD"
TIMEOUT_SECONDS = 30.0


class PublishError(Exception):
    """The upload cannot be made; `str()` is one line for a person."""


@dataclass(frozen=True)
class Target:
    upload_url: str
    index_url: str
    username: str | None
    password: str | None

    @classmethod
    def from_environment(cls, environ: Mapping[str, str]) -> Target:
        upload = environ.get(URL_VARIABLE, "").strip()
        if not upload:
            raise PublishError(f"{URL_VARIABLE} is not set: the upload URL of the package index")
        parts = urllib.parse.urlsplit(upload)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise PublishError(f"{URL_VARIABLE} must be an http(s) URL, not {_shown(upload)!r}")
        if parts.username or parts.password:
            raise PublishError(
                f"{URL_VARIABLE} must not hold credentials: use {USERNAME_VARIABLE} and {PASSWORD_VARIABLE}"
            )
        index = environ.get(INDEX_VARIABLE, "").strip() or urllib.parse.urljoin(upload.rstrip("/") + "/", "simple/")
        return cls(
            upload_url=upload,
            index_url=index.rstrip("/") + "/",
            username=environ.get(USERNAME_VARIABLE) or environ.get("TWINE_USERNAME"),
            password=environ.get(PASSWORD_VARIABLE) or environ.get("TWINE_PASSWORD"),
        )


def _shown(url: str) -> str:
    return url if len(url) <= 120 else url[:117] + "..."


def distribution_files(dist: Path, distribution: str, version: str) -> list[Path]:
    """This version's wheel and sdist in `dist`; PublishError unless both are there."""
    stem = re.sub(r"[-_.]+", "_", distribution).lower()
    wheels = sorted(dist.glob(f"{stem}-{version}-*.whl"))
    sdists = sorted(dist.glob(f"{stem}-{version}.tar.gz"))
    if len(wheels) != 1 or len(sdists) != 1:
        raise PublishError(
            f"{dist}/ must hold one wheel and one sdist of {distribution} {version} "
            f"(found {len(wheels)} and {len(sdists)}): run `make build`"
        )
    return [wheels[0], sdists[0]]


def on_index(target: Target, distribution: str, version: str) -> bool:
    """Whether the index already has files of this version (its simple API page of the project)."""
    name = re.sub(r"[-_.]+", "-", distribution).lower()
    url = urllib.parse.urljoin(target.index_url, f"{name}/")
    request = urllib.request.Request(url, headers={"Accept": "text/html"})
    if target.username and target.password:
        pair = base64.b64encode(f"{target.username}:{target.password}".encode()).decode()
        request.add_header("Authorization", f"Basic {pair}")
    try:
        with _no_redirects().open(request, timeout=TIMEOUT_SECONDS) as reply:
            page = reply.read().decode("utf-8", "replace")
    except urllib.error.HTTPError as error:
        if error.code in (301, 302, 303, 307, 308, 404):  # not there (pypiserver sends it on to PyPI)
            return False
        raise PublishError(f"the index at {_shown(target.index_url)} answered {error.code} for {name}") from None
    except (urllib.error.URLError, OSError) as error:
        reason = getattr(error, "reason", error)
        raise PublishError(f"the index at {_shown(target.index_url)} cannot be read: {reason}") from None
    stem = re.sub(r"[-_.]+", "_", distribution).lower()
    return (
        re.search(rf"(?i)\b({re.escape(stem)}|{re.escape(name)})-{re.escape(version)}(-|\.tar\.gz)", page) is not None
    )


class _Refuse(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args: object, **kwargs: object) -> None:
        return None  # a redirect is an answer here ("not on this index"), not a page to follow


def _no_redirects() -> urllib.request.OpenerDirector:
    return urllib.request.build_opener(_Refuse)


def publish(spec_path: Path, baseline_dir: Path, dist: Path, target: Target) -> list[Path]:
    """Check, then upload; returns the files uploaded. PublishError says why not."""
    verdict = versioning.check(spec_path, baseline_dir)
    if not verdict.ok:
        raise PublishError(f"check-version refuses this contract, so it is not published: {verdict.problem}")
    distribution = f"whereby-v{verdict.major}"
    files = distribution_files(dist, distribution, verdict.version)
    if on_index(target, distribution, verdict.version):
        raise PublishError(f"{distribution} {verdict.version} is already on the index at {_shown(target.index_url)}")
    environ = {key: value for key, value in os.environ.items() if not key.startswith("TWINE_")}
    if target.username is not None:
        environ["TWINE_USERNAME"] = target.username
    if target.password is not None:
        environ["TWINE_PASSWORD"] = target.password
    command = [sys.executable, "-m", "twine", "upload", "--non-interactive", "--disable-progress-bar"]
    command += ["--repository-url", target.upload_url, *map(str, files)]
    done = subprocess.run(command, env=environ, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        lines = [line for line in (done.stderr + done.stdout).splitlines() if line.strip()]
        last = _scrub(lines[-1] if lines else "no output", target)
        raise PublishError(f"twine could not upload to {_shown(target.upload_url)}: {last[:200]}")
    return files


def _scrub(text: str, target: Target) -> str:
    return text.replace(target.password, "***") if target.password else text


def run_publish(spec_path: Path, baseline_dir: Path, dist: Path) -> int:
    try:
        target = Target.from_environment(os.environ)
        files = publish(spec_path, baseline_dir, dist, target)
    except PublishError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    print(f"published {', '.join(f.name for f in files)} to {_shown(target.upload_url)}")
    return 0
