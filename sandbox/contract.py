"""openapi.yaml as the sandbox reads it: operations, routing, and request validation.

There is no second copy of the schemas here: parameters and bodies are checked against the
spec's own JSON Schemas, so the sandbox and the generated client cannot disagree silently.
This module never mutates sandbox state.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, unquote

from jsonschema import Draft202012Validator, FormatChecker
from jsonschema.exceptions import ValidationError
from ruamel.yaml import YAML

from . import jsonbody

DEFAULT_SPEC = Path(__file__).resolve().parent.parent / "openapi.yaml"
METHODS = ("get", "put", "post", "delete", "patch")

# A date-time with no offset (`2030-01-01T10:00:00`, what `datetime.now().isoformat()` and n8n's
# date values give) is UTC by the contract (info.description), so it is checked as if it ended in `Z`.
_NO_OFFSET = re.compile(r"^\d{4}-\d\d-\d\d[Tt]\d\d:\d\d:\d\d(\.\d+)?$")
_RFC3339 = FormatChecker(["date-time"])


def _date_time(value: object) -> bool:
    if not isinstance(value, str):
        return True
    return bool(_RFC3339.conforms(value + "Z" if _NO_OFFSET.match(value) else value, "date-time"))


FORMATS = FormatChecker()
FORMATS.checks("date-time")(_date_time)


class RequestInvalid(Exception):
    """The request breaks the contract (or the admin API's rules); `field` names the part (query/path
    parameter, body path, or "body" for a body that cannot be read at all)."""

    def __init__(self, field: str, message: str) -> None:
        self.field = field
        self.message = message
        super().__init__(f"{field}: {message}" if field else message)


@dataclass(frozen=True)
class Param:
    name: str
    location: str
    required: bool
    schema: dict[str, Any]
    style: str
    explode: bool
    leading_slash: str | None


@dataclass
class Operation:
    operation_id: str
    method: str
    path: str
    points: int
    params: list[Param]
    bodies: dict[str, dict[str, Any]]  # media type -> schema
    body_required: bool
    success_status: int
    _pattern: re.Pattern[str] = field(init=False, repr=False)
    _names: list[str] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self._names = re.findall(r"{([^}]+)}", self.path)
        regex = "".join(
            "([^/]+)" if part.startswith("{") else re.escape(part) for part in re.split(r"({[^}]+})", self.path)
        )
        self._pattern = re.compile(f"^{regex}$")

    def match(self, raw_path: str) -> dict[str, str] | None:
        """Path parameters from a raw (still percent-encoded) path below the base path."""
        found = self._pattern.match(raw_path)
        if not found:
            return None
        return {name: unquote(value) for name, value in zip(self._names, found.groups(), strict=True)}


class Contract:
    """The operations of openapi.yaml, with validators built once at start-up."""

    def __init__(self, spec_path: Path = DEFAULT_SPEC) -> None:
        self.spec_path = spec_path
        self.data: dict[str, Any] = YAML(typ="safe").load(spec_path.read_text(encoding="utf-8"))
        self.version: str = str(self.data["info"]["version"])
        self.base_path = "/" + self.data["servers"][0]["url"].rstrip("/").rsplit("/", 1)[1]
        self.operations: list[Operation] = [self._operation(path, m, op) for path, m, op in self._raw_operations()]
        self.by_id = {op.operation_id: op for op in self.operations}
        self._validators: dict[int, Draft202012Validator] = {}

    def _raw_operations(self) -> list[tuple[str, str, dict[str, Any]]]:
        return [
            (path, method, item[method])
            for path, item in self.data["paths"].items()
            for method in METHODS
            if method in item
        ]

    def resolve(self, node: Any) -> Any:
        while isinstance(node, dict) and "$ref" in node:
            target: Any = self.data
            for token in node["$ref"].lstrip("#/").split("/"):
                target = target[token.replace("~1", "/").replace("~0", "~")]
            node = target
        return node

    def _operation(self, path: str, method: str, op: dict[str, Any]) -> Operation:
        item = self.data["paths"][path]
        params = []
        for raw in [*item.get("parameters", []), *op.get("parameters", [])]:
            p = self.resolve(raw)
            style = p.get("style", "simple" if p["in"] == "path" else "form")
            if style not in {"simple", "form", "deepObject"}:
                raise ValueError(f"{op['operationId']}: parameter style {style!r} is not supported by the sandbox")
            params.append(
                Param(
                    name=p["name"],
                    location=p["in"],
                    required=bool(p.get("required", p["in"] == "path")),
                    schema=p.get("schema", {}),
                    style=style,
                    explode=bool(p.get("explode", style == "form")),
                    leading_slash=p.get("x-leading-slash"),
                )
            )
        body = self.resolve(op.get("requestBody")) or {}
        bodies = {media: content.get("schema", {}) for media, content in body.get("content", {}).items()}
        success = next(int(code) for code in op["responses"] if str(code).startswith("2"))
        return Operation(
            operation_id=op["operationId"],
            method=method.upper(),
            path=path,
            points=int(op["x-rate-limit-points"]),
            params=params,
            bodies=bodies,
            body_required=bool(body.get("required")),
            success_status=success,
        )

    def route(self, method: str, raw_path: str) -> tuple[Operation, dict[str, str]] | None:
        """The operation for a method and a raw path that starts with the base path."""
        if not raw_path.startswith(self.base_path + "/"):
            return None
        below = raw_path[len(self.base_path) :]
        for op in self.operations:
            if op.method == method:
                found = op.match(below)
                if found is not None:
                    return op, found
        return None

    def path_exists(self, raw_path: str) -> bool:
        below = raw_path[len(self.base_path) :]
        return any(op.match(below) is not None for op in self.operations)

    # -- validation ------------------------------------------------------------------------

    def _validator(self, schema: dict[str, Any]) -> Draft202012Validator:
        key = id(schema)
        if key not in self._validators:
            rooted = {**schema, "components": self.data.get("components", {})}
            self._validators[key] = Draft202012Validator(rooted, format_checker=FORMATS)
        return self._validators[key]

    def _check(self, schema: dict[str, Any], value: Any, field: str) -> None:
        errors = sorted(self._validator(schema).iter_errors(value), key=lambda e: list(e.absolute_path))
        if errors:
            error = _most_specific(errors[0])
            parts = [field] if field else []
            parts += [str(p) for p in error.absolute_path]
            message = _message(error)
            missing = re.match(r"^'(.+)' is a required property$", error.message)
            if error.validator == "required" and missing:
                parts.append(missing.group(1))
                message = "is required"
            raise RequestInvalid(".".join(parts) or "body", message)

    def parameters(self, op: Operation, path_values: dict[str, str], query_string: str) -> dict[str, Any]:
        """Validated, typed parameters by name (path and query)."""
        pairs = parse_qsl(query_string, keep_blank_values=True)
        values: dict[str, Any] = {}
        for param in op.params:
            if param.location == "path":
                raw: Any = path_values[param.name]
                if param.leading_slash == "strip" and not raw.startswith("/"):
                    raw = "/" + raw
            elif param.location == "query":
                raw = _query_value(param, pairs)
                if raw is None:
                    if param.required:
                        raise RequestInvalid(param.name, "is required")
                    default = self.resolve(param.schema).get("default")
                    if default is not None:
                        values[param.name] = default
                    continue
                raw = _coerce(raw, self.resolve(param.schema), self, param.name)
            else:
                continue
            self._check(param.schema, raw, param.name)
            values[param.name] = raw
        return values

    def body(self, op: Operation, content_type: str, raw: bytes) -> tuple[str, Any] | None:
        """(media type, parsed JSON body) for JSON; (media type, None) for multipart (parsed later)."""
        if not op.bodies:
            return None
        media = content_type.split(";", 1)[0].strip().lower()
        if not raw and not media:
            if op.body_required:
                raise RequestInvalid("body", "a request body is required")
            return None
        if media not in op.bodies:
            allowed = " or ".join(sorted(op.bodies))
            raise RequestInvalid("Content-Type", f"must be {allowed}, not {media or 'missing'!r}")
        if media == "multipart/form-data":
            return media, None
        try:
            parsed = jsonbody.loads(raw)
        except jsonbody.NotJSON as exc:
            raise RequestInvalid(exc.field, exc.message) from None
        self._check(op.bodies[media], parsed, "")
        return media, self._with_defaults(op.bodies[media], parsed)

    def _with_defaults(self, schema: dict[str, Any], body: Any) -> Any:
        """The body with the spec's defaults for top-level properties the client left out."""
        if not isinstance(body, dict):
            return body
        filled = dict(body)
        for name, prop in self.resolve(schema).get("properties", {}).items():
            # A default may sit beside a $ref (roomMode, template) or inside the referenced schema.
            default = prop.get("default", self.resolve(prop).get("default"))
            if name not in filled and default is not None:
                filled[name] = default
        return filled

    def check_form(self, op: Operation, fields: dict[str, Any]) -> None:
        schema = self.resolve(op.bodies["multipart/form-data"])
        for name in schema.get("required", []):
            if name not in fields:
                raise RequestInvalid(name, "multipart part is required")


def _query_value(param: Param, pairs: list[tuple[str, str]]) -> Any:
    if param.style == "deepObject":
        prefix = param.name + "["
        found = {k[len(prefix) : -1]: v for k, v in pairs if k.startswith(prefix) and k.endswith("]")}
        return found or None
    matches = [v for k, v in pairs if k == param.name]
    if not matches:
        return None
    if param.schema.get("type") == "array":
        if not param.explode:
            # `fields=` is an empty list, not a list holding one empty string.
            return [item for value in matches for item in value.split(",") if item != ""]
        return matches
    return matches[-1]


def _coerce(raw: Any, schema: dict[str, Any], contract: Contract, name: str) -> Any:
    """Query strings are text: turn them into the JSON types the schema expects."""
    kind = schema.get("type")
    if kind == "integer":
        try:
            return int(raw)
        except (TypeError, ValueError):
            raise RequestInvalid(name, f"{raw!r} is not an integer") from None
    if kind == "number":
        try:
            number = float(raw)
        except (TypeError, ValueError):
            raise RequestInvalid(name, f"{raw!r} is not a number") from None
        if not math.isfinite(number):
            raise RequestInvalid(name, f"{raw!r} is not a finite number")
        return number
    if kind == "boolean":
        if raw in ("true", "false"):
            return raw == "true"
        raise RequestInvalid(name, f"{raw!r} is not true or false")
    if kind == "array" and isinstance(raw, list):
        items = contract.resolve(schema.get("items", {}))
        return [_coerce(item, items, contract, name) for item in raw]
    if kind == "object" and isinstance(raw, dict):
        props = schema.get("properties", {})
        return {k: _coerce(v, contract.resolve(props.get(k, {})), contract, f"{name}[{k}]") for k, v in raw.items()}
    return raw


def _most_specific(error: ValidationError) -> ValidationError:
    # For anyOf/oneOf failures, the deepest sub-error names the field best.
    while error.context:
        error = max(error.context, key=lambda e: len(e.absolute_path))
    return error


def _message(error: ValidationError) -> str:
    text = str(error.message)
    return text if len(text) < 200 else text[:200] + "..."
