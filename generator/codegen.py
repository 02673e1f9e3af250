"""Turn a loaded spec into the generated package, in a scratch folder.

`build_package` renders openapi-python-client with our template overrides, adds the
modules the overlay needs (`_operations.py`, `py.typed`) and formats the result with
pinned ruff. It only ever writes below the folder it is given; placing the result in
the repository is `layout.sync`'s job.
"""

from __future__ import annotations

import contextlib
import io
import keyword
import re
import subprocess
import sys
from copy import deepcopy
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from jinja2 import ChoiceLoader, Environment, FileSystemLoader, PackageLoader, PrefixLoader, StrictUndefined

from . import resources
from .spec import HTTP_METHODS, Spec, SpecError, pointer_of

HERE = Path(__file__).resolve().parent
TEMPLATES = HERE / "templates"
CONFIG = HERE / "config.yaml"
SEMVER = re.compile(r"^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?$")
RUFF_SETTINGS = ["--isolated", "--line-length", "120", "--target-version", "py311"]
IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE"})


@dataclass(frozen=True)
class Identity:
    """What the spec's version decides: the package name and the base path."""

    version: str
    major: int
    package: str
    server_url: str
    base_path: str


@dataclass(frozen=True)
class Parameter:
    name: str
    location: str
    required: bool
    python_name: str  # the generated functions' keyword for it


@dataclass(frozen=True)
class Operation:
    operation_id: str
    method: str
    path: str
    tag: str
    points: int
    idempotent: bool
    module: str = ""
    summary: str = ""
    parameters: tuple[Parameter, ...] = ()
    body: str | None = None
    sdk_method: str = ""  # the resource client's method: client.<tag>.<sdk_method>(...)


RESERVED_METHODS = frozenset({"with_raw_response", "with_options", "close", "aclose"})
"""Names a resource method may not take: the resource client's own."""


def _sdk_method(spec: Spec, where: str, op: dict[str, Any], op_id: str) -> str:
    """The operation's method on its resource: `x-sdk-method`, else the operationId in snake_case."""
    name = op.get("x-sdk-method", _snake(op_id))
    if (
        not isinstance(name, str)
        or not name.isidentifier()
        or keyword.iskeyword(name)
        or name.startswith("_")
        or name != name.lower()
        or name in RESERVED_METHODS
    ):
        raise spec.error(
            where + "/x-sdk-method",
            f"{op_id}: x-sdk-method {name!r} must be a lower-case Python identifier, not a keyword, "
            f"not starting with '_' and not one of {sorted(RESERVED_METHODS)}",
        )
    return name


def identity(spec: Spec) -> Identity:
    info = spec.data.get("info") or {}
    version = str(info.get("version", ""))
    match = SEMVER.match(version)
    if not match:
        raise spec.error("/info/version", f"info.version {version!r} is not semver (MAJOR.MINOR.PATCH)")
    major = int(match.group(1))
    if major < 1:
        raise spec.error("/info/version", "info.version must be 1.0.0 or later: the major version names the package")
    servers = spec.data.get("servers") or []
    if not servers or not isinstance(servers[0], dict) or "url" not in servers[0]:
        raise spec.error("/servers", "the spec needs a servers entry with the API's base URL")
    server_url = str(servers[0]["url"]).rstrip("/")
    base_path = urlsplit(server_url).path
    if base_path != f"/v{major}":
        raise spec.error(
            "/servers/0/url",
            f"server path {base_path!r} does not match info.version major {major} (expected '/v{major}')",
        )
    return Identity(version, major, f"whereby_v{major}", server_url, base_path)


def operations(spec: Spec, field_prefix: str) -> list[Operation]:
    """Every operation with the facts the overlay needs; refuses gaps the generator would hide."""
    found: list[Operation] = []
    seen: dict[str, str] = {}
    methods: dict[tuple[str, str], str] = {}
    for path, method, op in spec.operations():
        where = pointer_of("paths", path, method)
        op_id = op.get("operationId")
        if not isinstance(op_id, str) or not op_id:
            raise spec.error(where, f"{method.upper()} {path} has no operationId")
        if op_id in seen:
            raise spec.error(where + "/operationId", f"operationId {op_id!r} is also used at {seen[op_id]}")
        seen[op_id] = f"{method.upper()} {path}"
        tags = op.get("tags") or []
        if len(tags) != 1:
            raise spec.error(where, f"{op_id} must have exactly one tag (has {len(tags)})")
        points = op.get("x-rate-limit-points")
        if not isinstance(points, int) or isinstance(points, bool) or points < 1:
            raise spec.error(where, f"{op_id} needs x-rate-limit-points, a positive integer (has {points!r})")
        idempotent = op.get("x-idempotent", method.upper() in IDEMPOTENT_METHODS)
        sdk_method = _sdk_method(spec, where, op, op_id)
        if (str(tags[0]), sdk_method) in methods:
            raise spec.error(
                where + "/x-sdk-method",
                f"{op_id}: method {tags[0]}.{sdk_method} is also {methods[(str(tags[0]), sdk_method)]}'s",
            )
        methods[(str(tags[0]), sdk_method)] = op_id
        params = tuple(
            Parameter(
                str(p["name"]), str(p["in"]), bool(p.get("required", False)), _python_name(str(p["name"]), field_prefix)
            )
            for p in _parameters(spec, path, op)
        )
        body = spec.resolve(op.get("requestBody") or {})
        media = next(iter(body.get("content") or {}), None)
        found.append(
            Operation(
                op_id,
                method.upper(),
                path,
                str(tags[0]),
                points,
                bool(idempotent),
                module=f"{_snake(str(tags[0]))}.{_snake(op_id)}",
                summary=str(op.get("summary") or ""),
                parameters=params,
                body=media,
                sdk_method=sdk_method,
            )
        )
    if not found:
        raise spec.error("/paths", "the spec has no operations")
    return found


FALLBACK_EVENT_SCHEMA = "WebhookEvent"
"""The component schema an event of a type this version does not know parses into."""


@dataclass(frozen=True)
class WebhookEvent:
    type: str
    model: str  # class name in models/
    module: str  # module name in models/


@dataclass(frozen=True)
class Webhooks:
    events: tuple[WebhookEvent, ...]
    fallback: WebhookEvent | None
    signature_header: str | None


def webhooks(spec: Spec) -> Webhooks:
    """The spec's `webhooks`: each event type (the webhook's name) with the model of its body.

    Refuses a body that is not a component schema, a `type` const that disagrees with the
    webhook's name, and webhooks that disagree on the signature header.
    """
    found: list[WebhookEvent] = []
    headers: set[str] = set()
    for name, item in (spec.data.get("webhooks") or {}).items():
        where = pointer_of("webhooks", name, "post")
        op = (item or {}).get("post")
        if not isinstance(op, dict):
            raise spec.error(pointer_of("webhooks", name), f"webhook {name!r} needs a post operation")
        ref = (((op.get("requestBody") or {}).get("content") or {}).get("application/json") or {}).get("schema") or {}
        target = ref.get("$ref", "") if isinstance(ref, dict) else ""
        if not target.startswith("#/components/schemas/"):
            raise spec.error(
                where + "/requestBody", f"webhook {name!r}: the JSON body must be a $ref to a component schema"
            )
        schema_name = target.rsplit("/", 1)[1]
        const = _const_of_type(spec, spec.resolve(ref))
        if const != name:
            raise spec.error(target.lstrip("#"), f"{schema_name}: `type` must be const {name!r} (is {const!r})")
        headers.update(
            str(p["name"])
            for p in (spec.resolve(raw) for raw in op.get("parameters") or [])
            if p.get("in") == "header" and p.get("required")
        )
        found.append(WebhookEvent(name, _class(schema_name), _snake(schema_name)))
    if len(headers) > 1:
        raise spec.error("/webhooks", f"webhooks disagree on the signature header: {sorted(headers)}")
    fallback = None
    if found:
        if FALLBACK_EVENT_SCHEMA not in ((spec.data.get("components") or {}).get("schemas") or {}):
            raise spec.error("/components/schemas", f"webhooks need a {FALLBACK_EVENT_SCHEMA} schema for unknown types")
        fallback = WebhookEvent("", _class(FALLBACK_EVENT_SCHEMA), _snake(FALLBACK_EVENT_SCHEMA))
    return Webhooks(tuple(found), fallback, next(iter(headers), None))


def _const_of_type(spec: Spec, schema: Any) -> Any:
    """The `const` of a schema's `type` property, looking through `allOf`."""
    schema = spec.resolve(schema)
    prop = spec.resolve(((schema.get("properties") or {}).get("type")) or {})
    if "const" in prop:
        return prop["const"]
    for part in schema.get("allOf") or []:
        const = _const_of_type(spec, part)
        if const is not None:
            return const
    return None


def _class(name: str) -> str:
    from openapi_python_client.strings import ClassName

    return str(ClassName(name, ""))


def _parameters(spec: Spec, path: str, op: dict[str, Any]) -> list[dict[str, Any]]:
    """An operation's parameters, resolved: the path item's, then the operation's own."""
    item = spec.data["paths"][path]
    return [spec.resolve(raw) for raw in [*(item.get("parameters") or []), *(op.get("parameters") or [])]]


def _python_name(name: str, field_prefix: str) -> str:
    from openapi_python_client.strings import PythonIdentifier

    return str(PythonIdentifier(name, field_prefix))


def _snake(name: str) -> str:
    """The module name openapi-python-client gives a tag or an operationId."""
    from openapi_python_client.strings import snake_case

    return str(snake_case(name))


def wire_rules(spec: Spec, field_prefix: str) -> dict[str, dict[str, dict[str, Any]]]:
    """Per operation (keyed by the generated function name), how each parameter goes on the wire:
    facts templates need but openapi-python-client drops (query style/explode, `x-leading-slash`)."""
    rules: dict[str, dict[str, dict[str, Any]]] = {}
    for path, _method, op in spec.operations():
        entry: dict[str, dict[str, Any]] = {"path": {}, "query": {}}
        for param in _parameters(spec, path, op):
            name, where = str(param["name"]), param["in"]
            if where == "path" and param.get("x-leading-slash") == "strip":
                entry["path"][name] = "strip"
            elif where == "query":
                style = param.get("style", "form")
                entry["query"][name] = {"style": style, "explode": param.get("explode", style == "form")}
        rules[_python_name(op["operationId"], field_prefix)] = entry
    return rules


def paged_operations(spec: Spec, field_prefix: str) -> dict[str, str]:
    """The operations that return one page of a list, keyed by generated function name, each with
    the name of its page's item field. A page is a 200 JSON reply with an array `results` and a
    `cursor`, for a request that takes a `cursor` query parameter."""
    paged: dict[str, str] = {}
    for path, _method, op in spec.operations():
        params = _parameters(spec, path, op)
        takes_cursor = any(p.get("in") == "query" and p.get("name") == "cursor" for p in params)
        reply = spec.resolve((op.get("responses") or {}).get("200") or {})
        schema = spec.resolve(((reply.get("content") or {}).get("application/json") or {}).get("schema") or {})
        props = schema.get("properties") or {}
        is_page = spec.resolve(props.get("results") or {}).get("type") == "array" and "cursor" in props
        if takes_cursor and is_page:
            if "results" not in (schema.get("required") or []):
                where = pointer_of("paths", path, _method, "responses", "200")
                raise spec.error(where, f"{op['operationId']}: a page's `results` must be required")
            paged[_python_name(op["operationId"], field_prefix)] = "results"
        elif takes_cursor != is_page:
            where = pointer_of("paths", path, _method)
            half = (
                "takes a cursor but its 200 reply is not a {results, cursor} page"
                if takes_cursor
                else ("replies with a {results, cursor} page but takes no cursor query parameter")
            )
            raise spec.error(where, f"{op['operationId']} {half}")
    return paged


def _raw(value: Any) -> str:
    """The spec's own text of a name (openapi-python-client wraps it in UntrustedString)."""
    getter = getattr(value, "get_untrusted_value", None)
    return str(getter() if getter else value)


def _security_per_operation(data: dict[str, Any]) -> dict[str, Any]:
    """The same document with top-level `security` copied onto each operation that has none.

    OpenAPI applies top-level security to every operation; openapi-python-client only looks
    at the operation, and would type authenticated endpoints as taking an anonymous client.
    """
    default = data.get("security")
    if not default:
        return data
    copy = deepcopy(data)
    for item in copy.get("paths", {}).values():
        for method in HTTP_METHODS:
            if isinstance(item, dict) and isinstance(item.get(method), dict):
                item[method].setdefault("security", deepcopy(default))
    return copy


def build_package(spec: Spec, out_dir: Path) -> Path:
    """Generate the package into `out_dir/<package>` and return that folder."""
    from openapi_python_client import Project
    from openapi_python_client.config import Config, ConfigFile, MetaType
    from openapi_python_client.parser import GeneratorData
    from openapi_python_client.parser.errors import GeneratorError

    ident = identity(spec)
    package_dir = out_dir / ident.package
    config = Config.from_sources(
        ConfigFile.load_from_path(CONFIG),
        MetaType.NONE,
        document_source=spec.path,
        file_encoding="utf-8",
        overwrite=True,
        output_path=package_dir,
    )
    ops = operations(spec, config.field_prefix)
    with contextlib.redirect_stdout(io.StringIO()):
        openapi = GeneratorData.from_dict(_security_per_operation(spec.data), config=config)
    if isinstance(openapi, GeneratorError):
        raise SpecError(spec.path, _describe(openapi))

    _string_template()
    project = Project(openapi=openapi, config=config, custom_template_path=TEMPLATES)
    # Our templates may import the stock ones as "upstream/<name>" to reuse their macros.
    project.env.loader = ChoiceLoader(
        [
            FileSystemLoader(str(TEMPLATES)),
            PrefixLoader({"upstream": PackageLoader("openapi_python_client")}),
            PackageLoader("openapi_python_client"),
        ]
    )
    project.env.filters["raw"] = _raw
    project.env.globals.update(
        wire_rules=wire_rules(spec, config.field_prefix),
        paged=paged_operations(spec, config.field_prefix),
        api_version=ident.version,
        operation_ids={_python_name(op.operation_id, config.field_prefix): op.operation_id for op in ops},
    )
    with contextlib.redirect_stdout(io.StringIO()):
        problems = list(project.build())
    if problems:
        # A warning from openapi-python-client means something was skipped or guessed:
        # for a client that must cover the whole contract, that is an error.
        raise _first_problem(spec, problems)

    (package_dir / "py.typed").write_text("# Marker file for PEP 561\n", encoding="utf-8")
    plan = resources.plan(spec, openapi, ops, paged_operations(spec, config.field_prefix), ident.base_path)
    resources.render(_plain_env(), package_dir, plan, ident.package)
    _render_extra(package_dir, ident, ops, webhooks(spec))
    _format(package_dir)
    return package_dir


STRING_TEMPLATE = "string_property.py.jinja"


def _string_template() -> None:
    """Give string properties a template of their own (ours, in templates/property_templates).

    openapi-python-client renders strings and `Any` with one template, any_property; the type
    check on the way in (`construct`) is for strings only: an `Any` with a `construct` would also
    turn every model's untyped extra fields from one assignment into a copy loop.
    """
    from openapi_python_client.parser.properties.string import StringProperty

    StringProperty.template = STRING_TEMPLATE


def _plain_env(folder: Path = TEMPLATES) -> Environment:
    return Environment(
        loader=FileSystemLoader(str(folder)),
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
        undefined=StrictUndefined,
    )


def _render_extra(package_dir: Path, ident: Identity, ops: list[Operation], hooks: Webhooks) -> None:
    env = _plain_env(TEMPLATES / "extra")
    for name in ("_operations.py", "_wire.py", "_webhooks.py", "_rate_limit.py", "_pagination.py"):
        text = env.get_template(name + ".jinja").render(ident=ident, operations=ops, webhooks=hooks)
        (package_dir / name).write_text(text, encoding="utf-8")


def _format(package_dir: Path) -> None:
    ruff = [sys.executable, "-m", "ruff"]
    steps = [
        [
            *ruff,
            "check",
            *RUFF_SETTINGS,
            "--fix-only",
            "--exit-zero",
            "--select",
            "F401,I",
            "--quiet",
            package_dir.name,
        ],
        [*ruff, "format", *RUFF_SETTINGS, package_dir.name],
    ]
    for step in steps:
        # Run from the parent: inside the package, its types.py would shadow the standard library's.
        result = subprocess.run(step, cwd=package_dir.parent, capture_output=True, text=True, check=False)
        if result.returncode != 0:
            # A template produced invalid Python: name the first file ruff could not parse.
            detail = (result.stderr + result.stdout).strip().splitlines() or [f"exit code {result.returncode}"]
            raise SpecError(package_dir, f"formatting the generated code failed: {detail[0]}")


def _describe(error: Any) -> str:
    parts = [str(error.header).strip()]
    if error.detail:
        parts.append(" ".join(str(error.detail).split()))
    return ": ".join(p for p in parts if p)


_ENDPOINT_HEADER = re.compile(r"parsing (?P<method>[A-Z]+) (?P<path>\S+)")


def _first_problem(spec: Spec, problems: list[Any]) -> SpecError:
    """All of openapi-python-client's complaints as errors, each located where we can."""
    located = []
    for problem in problems:
        reason = "openapi-python-client: " + _describe(problem)
        match = _ENDPOINT_HEADER.search(str(problem.header))
        if match:
            located.append(spec.error(pointer_of("paths", match["path"], match["method"].lower()), reason))
        else:
            located.append(SpecError(spec.path, reason))
    first = located[0]
    return SpecError(first.file, first.reason, line=first.line, pointer=first.pointer, also=tuple(located[1:]))
