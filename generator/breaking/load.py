"""Reading the revisions to compare: every failure is a one-line `SpecError`, never a traceback.

Two ways to read a file:

- `load(path)`: the project's own contract (and its recorded baselines), strictly: valid
  OpenAPI 3.1 or refused. `check-version` and `release` use it.
- `read_revision(path, strict=...)`: any revision of the API's spec, JSON or YAML, OpenAPI
  3.0.x or 3.1.x, validated with the validator for its version. Strict refuses on the first
  problem; otherwise problems come back as warnings and the revision is compared as long as it
  can be read into the comparison model (a mapping with paths, webhooks or components).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ..spec import Spec, SpecError, load_spec, openapi_version, problems, read_document, refusal


@dataclass(frozen=True)
class Revision:
    """A readable revision and what is wrong with it (empty when it is valid)."""

    spec: Spec
    version: str  # "3.0" or "3.1"
    warnings: tuple[SpecError, ...]


def load(path: Path) -> Spec:
    """The project's own spec, strictly (`load_spec`), whatever fails as a SpecError."""
    try:
        return load_spec(path)
    except RecursionError:
        raise SpecError(path, "the document is nested too deeply to read") from None


def read_revision(path: Path, *, strict: bool = False) -> Revision:
    """A revision of the spec to compare, with its problems as warnings (or, `strict`, refused)."""
    try:
        spec = read_document(path)
        version = openapi_version(spec)
        found = problems(spec, version)
    except RecursionError:
        raise SpecError(path, "the document is nested too deeply to read") from None
    if strict and found:
        raise refusal(found)
    _check_comparable(spec)
    return Revision(spec, version, tuple(found))


def _check_comparable(spec: Spec) -> None:
    """What the comparison needs, however defective the rest: its top-level containers are mappings."""
    for key in ("paths", "webhooks", "components"):
        if key in spec.data and not isinstance(spec.data[key], dict):
            raise spec.error(f"/{key}", f"cannot compare: {key} is not a mapping")
    if not any(key in spec.data for key in ("paths", "webhooks", "components")):
        raise spec.error("/", "cannot compare: the document has no paths, webhooks or components")
