"""Load openapi.yaml and report what is wrong with it by file, line and JSON pointer.

Everything that reads the spec for the generator goes through `load_spec`, so a broken
spec always fails the same way: a `SpecError` naming the file, the location and the reason.
This module never writes anything.
"""

from __future__ import annotations

import json
import re
from collections import deque
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.error import MarkedYAMLError, YAMLError

HTTP_METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")
MAX_LINE = 300  # every message a person reads (error, warning, finding) fits one line this long
VERSIONS = ("3.0", "3.1")  # the OpenAPI minor versions the validators and the comparison read


class SpecError(Exception):
    """The spec cannot be used; `str()` is a one-line message for a person."""

    def __init__(
        self,
        file: Path,
        reason: str,
        *,
        line: int | None = None,
        pointer: str | None = None,
        also: tuple[SpecError, ...] = (),
    ) -> None:
        self.file = file
        self.reason = reason
        self.line = line
        self.pointer = pointer
        self.also = also  # further problems found in the same pass, each printed on its own line
        super().__init__(str(self))

    def __str__(self) -> str:
        where = str(self.file)
        if self.line is not None:
            where += f":{self.line}"
        if self.pointer:
            where += f" (at {self.pointer})"
        return one_line(f"{where}: {self.reason}")


def one_line(text: str, limit: int = MAX_LINE) -> str:
    """`text` on one line of at most `limit` characters (whitespace runs folded, the tail cut with an ellipsis)."""
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "\u2026"


@dataclass(frozen=True)
class Spec:
    """A parsed spec: plain data plus the source positions ruamel recorded."""

    path: Path
    data: dict[str, Any]
    _tree: Any

    def line_of(self, pointer: str) -> int | None:
        """1-based line of the node at a JSON pointer, or of its nearest existing parent."""
        node = self._tree
        line: int | None = None
        for token in split_pointer(pointer):
            key: Any = int(token) if isinstance(node, list) and token.isdigit() else token
            try:
                lc = node.lc
                position = lc.item(key) if isinstance(node, list) else lc.key(key)
                line = position[0] + 1
                node = node[key]
            except (AttributeError, KeyError, IndexError, TypeError):
                break
        return line

    def error(self, pointer: str, reason: str) -> SpecError:
        return SpecError(self.path, reason, line=self.line_of(pointer), pointer=pointer or "/")

    def operations(self) -> Iterator[tuple[str, str, dict[str, Any]]]:
        """(path, method, operation) for every operation, in document order."""
        for path, item in (self.data.get("paths") or {}).items():
            for method in HTTP_METHODS:
                if isinstance(item, dict) and isinstance(item.get(method), dict):
                    yield path, method, item[method]

    def resolve(self, node: Any) -> Any:
        """Follow local `$ref`s until a non-reference node."""
        seen: set[str] = set()
        while isinstance(node, dict) and isinstance(node.get("$ref"), str):
            ref = node["$ref"]
            if ref in seen:
                raise SpecError(self.path, f"circular $ref {ref}")
            seen.add(ref)
            node = lookup(self.data, ref)
        return node


def split_pointer(pointer: str) -> list[str]:
    """The unescaped tokens of a JSON pointer (`/a~1b/0` or `#/a~1b/0`)."""
    if pointer in ("", "/", "#", "#/"):
        return []
    return [t.replace("~1", "/").replace("~0", "~") for t in pointer.lstrip("#").lstrip("/").split("/")]


def _escape(token: str) -> str:
    return token.replace("~", "~0").replace("/", "~1")


def pointer_of(*tokens: object) -> str:
    """The JSON pointer to a node, from its keys and indexes."""
    return "/" + "/".join(_escape(str(t)) for t in tokens)


def lookup(data: Any, ref: str) -> Any:
    """The node a local `$ref` (`#/a/b`) points to; KeyError when it points to nothing or elsewhere."""
    if not ref.startswith("#"):
        raise KeyError(ref)
    node = data
    for token in split_pointer(ref):
        if isinstance(node, list) and token.isdigit() and int(token) < len(node):
            node = node[int(token)]
        elif isinstance(node, dict) and token in node:
            node = node[token]
        else:
            raise KeyError(ref)
    return node


def _plain(node: Any) -> Any:
    """ruamel's commented containers as plain dicts and lists (what JSON tools expect)."""
    if isinstance(node, dict):
        return {str(k): _plain(v) for k, v in node.items()}
    if isinstance(node, list):
        return [_plain(v) for v in node]
    # ruamel keeps scalars in subclasses (LiteralScalarString, ScalarFloat ...) that some
    # validators refuse; hand them on as the built-in types.
    for kind in (bool, str, int, float):
        if isinstance(node, kind):
            return kind(node)
    return node


def _refs(node: Any, pointer: tuple[str, ...] = ()) -> Iterator[tuple[tuple[str, ...], str]]:
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "$ref" and isinstance(value, str):
                yield pointer, value
            else:
                yield from _refs(value, (*pointer, str(key)))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from _refs(value, (*pointer, str(index)))


def read_document(path: Path) -> Spec:
    """Parse a JSON or YAML file into a `Spec`, without validating it as OpenAPI.

    JSON is read as JSON (a real file may use tabs, which YAML refuses); anything else as YAML,
    with source lines recorded. Every failure is a one-line `SpecError`.
    """
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise SpecError(path, f"cannot read the file: {exc.strerror or exc}") from None
    except UnicodeDecodeError:
        raise SpecError(path, "cannot read the file: it is not UTF-8 text") from None
    tree: Any
    try:
        if text.lstrip().startswith("{"):
            data = _read_json(path, text)
            tree = _positions(text)
        else:
            data = tree = _read_yaml(path, text)
    except RecursionError:
        raise SpecError(path, "the document is nested too deeply to read") from None
    if not isinstance(data, dict):
        raise SpecError(path, "the document is not a mapping (expected an OpenAPI object)", line=1)
    return Spec(path=path, data=_plain(data), _tree=tree)


def _positions(text: str) -> Any:
    """The JSON text read as YAML, only for its source lines; None when YAML refuses it (tabs)."""
    try:
        return YAML(typ="rt").load(text)
    except YAMLError:
        return None


def _read_json(path: Path, text: str) -> Any:
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise SpecError(path, f"invalid JSON: {exc.msg} (column {exc.colno})", line=exc.lineno) from None


def _read_yaml(path: Path, text: str) -> Any:
    try:
        return YAML(typ="rt").load(text)
    except MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark is not None else None
        reason = " ".join(str(p) for p in (exc.context, exc.problem) if p)
        raise SpecError(path, f"invalid YAML: {reason}", line=line) from None
    except YAMLError as exc:
        raise SpecError(path, f"invalid YAML: {exc}") from None


def openapi_version(spec: Spec) -> str:
    """`3.0` or `3.1`, from the document's `openapi` field; a SpecError for anything else."""
    declared = spec.data.get("openapi")
    if declared is None:
        found = "a Swagger 2.0 document" if "swagger" in spec.data else "no `openapi` field"
        raise spec.error("/openapi", f"not an OpenAPI 3.0 or 3.1 document: {found}")
    match = re.fullmatch(r"(3\.[01])\.\d+(-.+)?", str(declared))
    if match is None:
        raise spec.error("/openapi", f"unsupported OpenAPI version {_short(declared)}: this tool reads 3.0.x and 3.1.x")
    return match.group(1)


def problems(spec: Spec, version: str | None = None) -> list[SpecError]:
    """Everything wrong with the document: `$ref`s that point to nothing, then what the OpenAPI
    validator for its version (3.0 or 3.1; `version` forces one) reports, each as a one-line
    SpecError with a pointer and, where known, a line. Never raises for a defective document."""
    found: list[SpecError] = []
    for location, ref in _refs(spec.data):
        try:
            lookup(spec.data, ref)
        except KeyError:
            found.append(spec.error(pointer_of(*location, "$ref"), f"$ref {_short(ref)} points to nothing"))
    version = version or openapi_version(spec)
    found.extend(_validation_problems(spec, version))
    return found


def _validation_problems(spec: Spec, version: str) -> list[SpecError]:
    from jsonschema.exceptions import ValidationError, best_match
    from openapi_spec_validator import OpenAPIV30SpecValidator, OpenAPIV31SpecValidator

    validator = OpenAPIV30SpecValidator if version == "3.0" else OpenAPIV31SpecValidator
    label = f"not valid OpenAPI {version}"
    errors: list[ValidationError] = []
    try:
        for error in validator(spec.data).iter_errors():
            errors.append(error)
    except Exception as exc:  # the validator itself gave up on a malformed document
        errors_so_far = [_as_problem(spec, e, label) for e in errors]
        return [
            *errors_so_far,
            spec.error("/", f"{label}: the validator stopped {_why_stopped(exc)}; the rest is not checked"),
        ]
    found = []
    for error in errors:
        detail = best_match(error.context) if error.context else None
        found.append(_as_problem(spec, error, label, detail))
    return sorted(found, key=lambda e: (e.pointer or "", e.reason))


_UNRESOLVED = re.compile(r"Path parameter '(?P<name>[^']*)' for '(?P<method>\w+)' operation in '(?P<path>[^']*)'")
# Where a validator message turns from the offending value to what is wrong with it.
_VERDICTS = (" is not ", " does not ", " is a required ", " should ", " has non-unique ", " is too ", " is valid ")


def _as_problem(spec: Spec, error: Any, label: str, detail: Any = None) -> SpecError:
    message = _clip_value(_first_line(error.message))
    if detail is not None and _first_line(detail.message) != _first_line(error.message):
        message += f" ({_clip_value(_first_line(detail.message))})"
    unresolved = _UNRESOLVED.match(str(error.message))
    tokens = [str(t) for t in error.absolute_path]
    if unresolved:
        pointer = pointer_of("paths", unresolved["path"], unresolved["method"], "parameters")
    elif _follow(spec.data, tokens) is not _NOWHERE:
        pointer = pointer_of(*tokens)
    else:
        # Some checks run on a schema on its own and report a path inside it: find that schema.
        pointer = _locate(spec.data, tokens, error.instance) or pointer_of(*tokens)
    try:
        node = lookup(spec.data, "#" + pointer)
    except KeyError:
        node = None
    if isinstance(node, dict) and {"name", "in"} <= set(node) and not {"schema", "content", "$ref"} & set(node):
        # What the validator says here (a failed 'oneOf') names nothing a person can act on.
        message = f"the {_short(node['in'])} parameter {_short(node['name'])} has neither schema nor content"
    return spec.error(pointer, f"{label}: {message}")


def _why_stopped(exc: Exception) -> str:
    ref = getattr(exc, "ref", None)  # a reference the validator could not follow
    if isinstance(ref, str):
        return f"at the $ref {_short(ref)} ({type(exc).__name__})"
    return f"({type(exc).__name__}: {_short(str(exc))})"


def _first_line(message: object) -> str:
    """What is wrong, without the validator's appended report (`Failed validating ... On instance ...`)."""
    return str(message).strip().split("\n", 1)[0]


def refusal(found: list[SpecError]) -> SpecError:
    """One SpecError for a refused document: the first problem, with how many more there are."""
    first = found[0]
    more = f" (and {len(found) - 1} more)" if len(found) > 1 else ""
    return SpecError(first.file, one_line(first.reason, 200) + more, line=first.line, pointer=first.pointer)


def _clip_value(message: str, keep: int = 80) -> str:
    """A validator message with the offending value it quotes (often a whole object) cut short."""
    message = " ".join(message.split())
    cuts = [i for i in (message.find(v) for v in _VERDICTS) if i > keep]
    if not cuts:
        return message
    return message[: keep - 1] + "\u2026" + message[min(cuts) :]


def _short(value: object, keep: int = 80) -> str:
    text = value if isinstance(value, str) else repr(value)
    return one_line(repr(text) if isinstance(value, str) else text, keep)


_NOWHERE = object()


def _follow(data: Any, tokens: list[str]) -> Any:
    """The node `tokens` lead to from `data`, or `_NOWHERE`."""
    node = data
    for token in tokens:
        if isinstance(node, dict) and token in node:
            node = node[token]
        elif isinstance(node, list) and token.isdigit() and int(token) < len(node):
            node = node[int(token)]
        else:
            return _NOWHERE
    return node


def _locate(data: Any, tokens: list[str], instance: Any) -> str | None:
    """The pointer of the first node below which `tokens` lead to `instance`."""
    stack: deque[tuple[tuple[str, ...], Any]] = deque([((), data)])
    while stack:
        location, node = stack.popleft()
        if tokens and _follow(node, tokens) == instance:
            return pointer_of(*location, *tokens)
        if isinstance(node, dict):
            stack.extend(((*location, str(k)), v) for k, v in node.items())
        elif isinstance(node, list):
            stack.extend(((*location, str(i)), v) for i, v in enumerate(node))
    return None


def load_spec(path: Path) -> Spec:
    """The project's own kind of spec: parse it, check every `$ref` resolves, validate against
    OpenAPI 3.1, and refuse it (one SpecError, the first problem, with a count) if anything is wrong."""
    spec = read_document(path)
    found = problems(spec, "3.1")
    if found:
        raise refusal(found)
    return spec
