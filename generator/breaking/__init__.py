"""Compare two revisions of the spec and classify every difference: breaking or not, and why.

`diff_specs(old, new)` first resolves every local `$ref` into one inline tree per revision
(a schema that refers to itself keeps a marker where the cycle closes), so a `$ref`-heavy
document and its inline form give the same verdict. It then walks the two trees operation
by operation. Request data (parameters, request bodies) is compared with request
semantics: the server may accept more, never less. Response data (bodies, headers) with
response semantics: the server may send more, never less, and never in another shape.

Breaking changes carry one of the API's own four categories:

- `endpoint-removed`       an operation (or the client function that calls it) is gone;
- `response-data-removed`  a success status, a field or a header a client may read is gone,
                           may now be missing (became optional) or may now be null;
- `format-changed`         a type, format or media type changed, or a request that was valid
                           is not any more (new required input, tighter constraint, removed
                           enum value, removed parameter or field);
- `auth-changed`           a security scheme was removed or changed, or an operation needs
                           credentials it did not need before.

Everything else is listed as non-breaking, with a category that decides the version bump
(see `generator/versioning.py`): `addition`, `relaxation` and `deprecation` need a minor
release, `refinement` and `documentation` a patch; `unclassified` (a keyword this module
does not model) is treated like an addition so that it is at least a minor release.

Rule ids follow oasdiff's kebab-case names where oasdiff has one. Where oasdiff ranks a
change lower than the API's promise (a removed optional response field, auth changes),
the promise wins.

The rules live by area: `paths` (paths and operations), `parameters`, `bodies` (request
bodies and media types), `responses`, `security`, `webhooks`, and `schemas` (with
`schema_model`, the one form both OpenAPI 3.0 and 3.1 spellings are read into). `core`
holds what they share; `refs` inlines; `load` reads files; `cli` is the command.
"""

from __future__ import annotations

from .cli import diff_files, run_diff
from .compare import diff_specs
from .core import (
    ADDITION,
    AUTH_CHANGED,
    BREAKING_CATEGORIES,
    DEPRECATION,
    DOCUMENTATION,
    ENDPOINT_REMOVED,
    FORMAT_CHANGED,
    MINOR_CATEGORIES,
    NON_BREAKING_CATEGORIES,
    REFINEMENT,
    RELAXATION,
    RESPONSE_DATA_REMOVED,
    UNCLASSIFIED,
    Change,
    Direction,
    Level,
    Report,
)
from .load import load
from .refs import inline

__all__ = [
    "ADDITION",
    "AUTH_CHANGED",
    "BREAKING_CATEGORIES",
    "DEPRECATION",
    "DOCUMENTATION",
    "ENDPOINT_REMOVED",
    "FORMAT_CHANGED",
    "MINOR_CATEGORIES",
    "NON_BREAKING_CATEGORIES",
    "REFINEMENT",
    "RELAXATION",
    "RESPONSE_DATA_REMOVED",
    "UNCLASSIFIED",
    "Change",
    "Direction",
    "Level",
    "Report",
    "diff_files",
    "diff_specs",
    "inline",
    "load",
    "run_diff",
]
