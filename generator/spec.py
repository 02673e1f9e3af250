"""Load openapi.yaml and report what is wrong with it by file, line and JSON pointer.

Everything that reads the spec for the generator goes through `load_spec`, so a broken
spec always fails the same way: a `SpecError` naming the file, the location and the reason.
This module never writes anything.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.error import MarkedYAMLError, YAMLError

HTTP_METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")


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
        return f"{where}: {self.reason}"


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


def load_spec(path: Path) -> Spec:
    """Parse the YAML, check every `$ref` resolves, and validate against OpenAPI 3.1."""
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise SpecError(path, f"cannot read the file: {exc.strerror or exc}") from None
    yaml = YAML(typ="rt")
    try:
        tree = yaml.load(text)
    except MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark is not None else None
        reason = " ".join(str(p) for p in (exc.context, exc.problem) if p)
        raise SpecError(path, f"invalid YAML: {reason}", line=line) from None
    except YAMLError as exc:
        raise SpecError(path, f"invalid YAML: {exc}") from None
    if not isinstance(tree, dict):
        raise SpecError(path, "the document is not a mapping (expected an OpenAPI object)", line=1)
    spec = Spec(path=path, data=_plain(tree), _tree=tree)

    for location, ref in _refs(spec.data):
        try:
            lookup(spec.data, ref)
        except KeyError:
            pointer = pointer_of(*location, "$ref")
            raise spec.error(pointer, f"$ref {ref!r} points to nothing") from None

    _validate(spec)
    return spec


def _validate(spec: Spec) -> None:
    from openapi_spec_validator import OpenAPIV31SpecValidator

    validator = OpenAPIV31SpecValidator(spec.data)
    errors = sorted(validator.iter_errors(), key=lambda e: [str(p) for p in e.path])
    if errors:
        first = errors[0]
        pointer = pointer_of(*first.path)
        more = f" (and {len(errors) - 1} more)" if len(errors) > 1 else ""
        message = " ".join(str(first.message).split())  # one line, whatever the validator wrote
        raise spec.error(pointer, f"not valid OpenAPI 3.1: {message}{more}")
