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
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from .spec import HTTP_METHODS, Spec, SpecError, load_spec

# The API's own breaking categories, exactly as its versioning promise names them.
ENDPOINT_REMOVED = "endpoint-removed"
RESPONSE_DATA_REMOVED = "response-data-removed"
FORMAT_CHANGED = "format-changed"
AUTH_CHANGED = "auth-changed"
BREAKING_CATEGORIES = (ENDPOINT_REMOVED, RESPONSE_DATA_REMOVED, FORMAT_CHANGED, AUTH_CHANGED)

# Non-breaking categories; the first three (and unclassified) call for a minor release.
ADDITION = "addition"
RELAXATION = "relaxation"
DEPRECATION = "deprecation"
REFINEMENT = "refinement"
DOCUMENTATION = "documentation"
UNCLASSIFIED = "unclassified"
NON_BREAKING_CATEGORIES = (ADDITION, RELAXATION, DEPRECATION, REFINEMENT, DOCUMENTATION, UNCLASSIFIED)
MINOR_CATEGORIES = frozenset({ADDITION, RELAXATION, DEPRECATION, UNCLASSIFIED})

Direction = Literal["request", "response"]
Level = Literal["major", "minor", "patch", "none"]

DOC_KEYS = ("summary", "description", "title", "example", "examples", "externalDocs", "$comment")
ALL_TYPES = frozenset({"string", "number", "integer", "boolean", "object", "array"})
# Upper and lower bounds, with the word a rule id uses for each.
UPPER_BOUNDS = {
    "maxLength": "max-length",
    "maximum": "max",
    "exclusiveMaximum": "exclusive-max",
    "maxItems": "max-items",
    "maxProperties": "max-properties",
}
LOWER_BOUNDS = {
    "minLength": "min-length",
    "minimum": "min",
    "exclusiveMinimum": "exclusive-min",
    "minItems": "min-items",
    "minProperties": "min-properties",
}
SCHEMA_KEYS = frozenset(
    {
        "$types",
        "$nullable",
        "$variants",
        "$ref",
        "$cycle",
        "format",
        "enum",
        "properties",
        "required",
        "items",
        "additionalProperties",
        "default",
        "readOnly",
        "writeOnly",
        "deprecated",
        "pattern",
        "multipleOf",
        "uniqueItems",
        *UPPER_BOUNDS,
        *LOWER_BOUNDS,
        *DOC_KEYS,
    }
)
_CYCLE = "$cycle"
_PLACEHOLDER = re.compile(r"\{([^}/]+)\}")


@dataclass(frozen=True)
class Change:
    """One classified difference. `where` names the operation and the place inside it."""

    rule: str
    category: str
    where: str
    message: str

    @property
    def breaking(self) -> bool:
        return self.category in BREAKING_CATEGORIES

    def as_dict(self) -> dict[str, str]:
        return {"rule": self.rule, "category": self.category, "where": self.where, "message": self.message}


@dataclass(frozen=True)
class Report:
    breaking: tuple[Change, ...]
    non_breaking: tuple[Change, ...]

    @property
    def changes(self) -> tuple[Change, ...]:
        return self.breaking + self.non_breaking

    @property
    def level(self) -> Level:
        """The smallest semver bump these changes allow."""
        if self.breaking:
            return "major"
        if any(c.category in MINOR_CATEGORIES for c in self.non_breaking):
            return "minor"
        return "patch" if self.non_breaking else "none"

    def as_json(self) -> dict[str, list[dict[str, str]]]:
        return {
            "breaking": [c.as_dict() for c in self.breaking],
            "non_breaking": [c.as_dict() for c in self.non_breaking],
        }

    def to_text(self) -> str:
        lines = [f"{len(self.breaking)} breaking, {len(self.non_breaking)} non-breaking change(s)"]
        for title, items in (("breaking", self.breaking), ("non-breaking", self.non_breaking)):
            if items:
                lines.append(f"{title}:")
                for c in items:
                    lines.append(f"  [{c.category}] {c.rule}: {c.where}")
                    lines.append(f"      {c.message}")
        return "\n".join(lines) + "\n"


# --------------------------------------------------------------------------- loading


def load(path: Path) -> Spec:
    """`load_spec`, with the few failures it leaves as exceptions turned into SpecError."""
    try:
        return load_spec(path)
    except SpecError as exc:
        if "\n" not in exc.reason:
            raise
        # Some validator messages span lines; the contract is one line per problem.
        flat = " ".join(exc.reason.split())
        raise SpecError(exc.file, flat, line=exc.line, pointer=exc.pointer, also=exc.also) from None
    except UnicodeDecodeError:
        raise SpecError(path, "cannot read the file: it is not UTF-8 text") from None
    except RecursionError:
        raise SpecError(path, "the document is nested too deeply to read") from None


def diff_files(old: Path, new: Path) -> Report:
    return diff_specs(load(old).data, load(new).data)


def diff_specs(old: Mapping[str, Any], new: Mapping[str, Any]) -> Report:
    """Every difference between two OpenAPI documents (plain data), classified."""
    differ = _Differ(inline(old), inline(new))
    differ.run()
    changes = differ.changes
    return Report(
        breaking=tuple(c for c in changes if c.breaking),
        non_breaking=tuple(c for c in changes if not c.breaking),
    )


def run_diff(old: Path, new: Path, output: str = "text") -> int:
    """`python -m generator diff`: 0 when nothing is breaking, 1 when something is."""
    report = diff_files(old, new)
    if output == "json":
        print(json.dumps(report.as_json(), indent=2))
    else:
        print(report.to_text(), end="")
    return 1 if report.breaking else 0


def _split_pointer(ref: str) -> list[str]:
    body = ref[1:].lstrip("/")
    if not body:
        return []
    return [t.replace("~1", "/").replace("~0", "~") for t in body.split("/")]


def _lookup(data: Any, ref: str) -> Any:
    if not ref.startswith("#"):
        raise ValueError(f"$ref {ref!r} is not a local reference")
    node = data
    for token in _split_pointer(ref):
        if isinstance(node, list) and token.isdigit() and int(token) < len(node):
            node = node[int(token)]
        elif isinstance(node, dict) and token in node:
            node = node[token]
        else:
            raise ValueError(f"$ref {ref!r} points to nothing")
    return node


def inline(data: Mapping[str, Any]) -> dict[str, Any]:
    """The document with every local `$ref` replaced by what it points to.

    Siblings of a `$ref` (OpenAPI 3.1 allows e.g. a description next to it) override the
    target's keys. Where a reference would expand inside its own expansion, the node is
    left as `{"$ref": ..., "$cycle": True}`; the comparison stops there, having already
    compared the outer occurrence. Expansions without such an open cycle are shared.
    """
    cache: dict[str, Any] = {}

    def walk(node: Any, stack: tuple[str, ...]) -> tuple[Any, frozenset[str]]:
        if isinstance(node, list):
            items: list[Any] = []
            opened: frozenset[str] = frozenset()
            for value in node:
                item, more = walk(value, stack)
                items.append(item)
                opened |= more
            return items, opened
        if not isinstance(node, dict):
            return node, frozenset()
        ref = node.get("$ref")
        if isinstance(ref, str):
            if ref in stack:
                target: Any = {"$ref": ref, _CYCLE: True}
                opened = frozenset({ref})
            elif ref in cache:
                target, opened = cache[ref], frozenset()
            else:
                target, opened = walk(_lookup(data, ref), (*stack, ref))
                opened -= {ref}
                if not opened:
                    cache[ref] = target
            siblings = {k: v for k, v in node.items() if k != "$ref"}
            if siblings and isinstance(target, dict) and not target.get(_CYCLE):
                extra, more = walk(siblings, stack)
                target = {**target, **extra}
                opened |= more
            return target, opened
        out: dict[str, Any] = {}
        opened = frozenset()
        for key, value in node.items():
            out[str(key)], more = walk(value, stack)
            opened |= more
        return out, opened

    tree, _ = walk(dict(data), ())
    result: dict[str, Any] = tree
    return result


# --------------------------------------------------------------------------- schemas


def _is_cycle(node: Any) -> bool:
    return isinstance(node, dict) and bool(node.get(_CYCLE))


def _json_type(value: Any) -> str:
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "number"
    if isinstance(value, str):
        return "string"
    if isinstance(value, list):
        return "array"
    return "object"


def _canon(value: Any) -> str:
    return json.dumps(value, sort_keys=True, default=lambda v: sorted(v) if isinstance(v, frozenset | set) else str(v))


def _branch(schema: dict[str, Any]) -> dict[str, Any]:
    """A schema as one branch of a union: what it accepts, without its documentation or nullability."""
    return {k: v for k, v in schema.items() if k not in DOC_KEYS and k not in ("$nullable", "default", "deprecated")}


def _norm(raw: Any) -> dict[str, Any]:
    """A schema with its type facts made explicit: `$types` (non-null JSON types it allows),
    `$nullable`, `$variants` (the non-null branches of a real union), `allOf` merged,
    `const` as a one-value `enum`, and `anyOf: [X, {type: 'null'}]` folded into X."""
    if raw is False:
        return {"$types": frozenset(), "$nullable": False}
    if not isinstance(raw, dict) or _is_cycle(raw):
        return {"$types": ALL_TYPES, "$nullable": True}
    schema = dict(raw)
    parts = schema.pop("allOf", None)
    base = _norm_single(schema)
    if isinstance(parts, list):
        for part in parts:
            base = _conjoin(base, _norm(part))
    return base


def _norm_single(raw: dict[str, Any]) -> dict[str, Any]:
    schema = dict(raw)
    nullable = bool(schema.pop("nullable", False))
    variants: list[dict[str, Any]] = []
    for key in ("anyOf", "oneOf"):
        branches = schema.pop(key, None)
        if isinstance(branches, list):
            normed = [_norm(b) for b in branches]
            rest = [b for b in normed if not (b["$nullable"] and not b["$types"])]
            nullable = nullable or len(rest) < len(normed)
            variants.extend(rest)
    if len(variants) == 1:
        # `anyOf: [X, {type: 'null'}]` is X, nullable; the wrapper's own keys win.
        inner = variants[0]
        nullable = nullable or bool(inner["$nullable"])
        schema = {**{k: v for k, v in inner.items() if not k.startswith("$")}, **schema}
        types: set[str] | None = set(inner["$types"])
        variants = []
    else:
        types = None
    declared = schema.pop("type", None)
    if isinstance(declared, str):
        types = {declared}
    elif isinstance(declared, list):
        types = {str(t) for t in declared}
    if types is not None and "null" in types:
        nullable = True
        types.discard("null")
    if "const" in schema:
        schema["enum"] = [schema.pop("const")]
    if isinstance(schema.get("enum"), list):
        values = schema["enum"]
        if None in values:
            nullable = True
            schema["enum"] = [v for v in values if v is not None]
    if types is None:
        if variants:
            types = set().union(*(v["$types"] for v in variants))
            nullable = nullable or any(v["$nullable"] for v in variants)
        elif any(k in schema for k in ("properties", "required", "additionalProperties")):
            types = {"object"}
        elif "items" in schema:
            types = {"array"}
        elif isinstance(schema.get("enum"), list) and schema["enum"]:
            types = {_json_type(v) for v in schema["enum"]}
        else:
            types = set(ALL_TYPES)
            nullable = True
    schema["$types"] = frozenset(types)
    schema["$nullable"] = nullable
    if variants:
        schema["$variants"] = variants
    return schema


def _conjoin(a: dict[str, Any], b: dict[str, Any]) -> dict[str, Any]:
    """Both schemas at once (one `allOf` member at a time); `a`'s own keys win."""
    out = {**b, **a}
    at, bt = a["$types"], b["$types"]
    types = at & bt
    if "integer" in at | bt and "number" in at | bt and not types & {"integer", "number"}:
        types |= {"integer"}
    out["$types"] = frozenset(types)
    out["$nullable"] = a["$nullable"] and b["$nullable"]
    if "properties" in a or "properties" in b:
        out["properties"] = {**(b.get("properties") or {}), **(a.get("properties") or {})}
    if "required" in a or "required" in b:
        out["required"] = sorted({*(a.get("required") or []), *(b.get("required") or [])})
    return out


def _covers(wide: frozenset[str], narrow: frozenset[str]) -> bool:
    """Every value of the `narrow` types is a value of the `wide` types."""
    return all(t in wide or (t == "integer" and "number" in wide) for t in narrow)


def _types_text(types: frozenset[str]) -> str:
    if types == ALL_TYPES:
        return "any type"
    if not types:
        return "null only"
    return " or ".join(sorted(types))


def _join(sub: str, name: str) -> str:
    return f"{sub}.{name}" if sub else name


_NAMED_ROOTS = ("request-parameter", "response-header")


def _at(base: str, sub: str, root: str) -> str:
    """`where` for a place inside a schema: `base field.path`, or `base[]` right after a
    parameter's or header's name."""
    if not sub:
        return base
    if sub[0] in "[{(" and root in _NAMED_ROOTS:
        return base + sub
    return f"{base} {sub}"


def _what(sub: str, root: str, label: str) -> str:
    """How a message names the place: the field path, or the parameter, header or body itself."""
    name = label or root.replace("-", " ")
    if not sub:
        return name
    if sub[0] in "[{(":
        return f"{name}{sub}" if root in _NAMED_ROOTS else f"{name} {sub}"
    return sub


def _kebab(key: str) -> str:
    return re.sub(r"(?<!^)(?=[A-Z])", "-", key.lstrip("$")).lower()


def _number(value: Any) -> float | None:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    return float(value)


def _show(value: Any) -> str:
    return "none" if value is None else json.dumps(value, default=str)


def _flag(node: Any, key: str) -> bool:
    return isinstance(node, dict) and node.get(key) is True


# --------------------------------------------------------------------------- the walk


class _Differ:
    def __init__(self, old: dict[str, Any], new: dict[str, Any]) -> None:
        self.old = old
        self.new = new
        self.changes: list[Change] = []
        self.renamed_schemes: dict[str, str] = {}

    def add(self, rule: str, category: str, where: str, message: str) -> None:
        self.changes.append(Change(rule, category, where, message))

    def run(self) -> None:
        old, new = self.old, self.new
        if old.get("openapi") != new.get("openapi"):
            self.add(
                "openapi-version-changed",
                REFINEMENT,
                "openapi",
                f"the document's OpenAPI version changed from {old.get('openapi')} to {new.get('openapi')}",
            )
        self.info(_dict(old.get("info")), _dict(new.get("info")))
        self.servers(old.get("servers"), new.get("servers"), "servers")
        self.security_schemes()
        self.requirements(old.get("security"), new.get("security"), "security")
        self.paths()
        self.webhooks()
        if old.get("tags") != new.get("tags"):
            self.add("tags-changed", DOCUMENTATION, "tags", "the list of tags or their descriptions changed")
        handled = {"openapi", "info", "servers", "security", "paths", "webhooks", "components", "tags"}
        self.leftovers(old, new, handled, "document")

    # ---- generic keys

    def docs(self, old: Mapping[str, Any], new: Mapping[str, Any], where: str) -> None:
        for key in DOC_KEYS:
            if old.get(key) != new.get(key):
                self.add(f"{_kebab(key)}-changed", DOCUMENTATION, where, f"the {key} changed")

    def leftovers(self, old: Mapping[str, Any], new: Mapping[str, Any], handled: Iterable[str], where: str) -> None:
        """Keys no rule looks at: extensions, documentation, and keywords this module does not model."""
        skip = {*handled, *DOC_KEYS}
        for key in sorted({*old, *new} - skip):
            if old.get(key) == new.get(key):
                continue
            if key == "x-rate-limit-points":
                self.add(
                    "rate-limit-points-changed",
                    REFINEMENT,
                    where,
                    f"the operation's point cost changed from {_show(old.get(key))} to {_show(new.get(key))}",
                )
            elif key.startswith("x-"):
                self.add("extension-changed", REFINEMENT, where, f"the extension {key} changed")
            else:
                self.add(
                    "unclassified-change",
                    UNCLASSIFIED,
                    where,
                    f"{key} changed; no rule classifies it, so review it by hand",
                )
        self.docs(old, new, where)

    def info(self, old: dict[str, Any], new: dict[str, Any]) -> None:
        for key in sorted({*old, *new} - {"version", *DOC_KEYS}):
            if old.get(key) != new.get(key):
                category = REFINEMENT if key.startswith("x-") else DOCUMENTATION
                self.add(f"info-{_kebab(key)}-changed", category, "info", f"info.{key} changed")
        self.docs(old, new, "info")

    def servers(self, old: Any, new: Any, where: str) -> None:
        old_urls = {str(s.get("url")).rstrip("/"): s for s in _list(old) if isinstance(s, dict)}
        new_urls = {str(s.get("url")).rstrip("/"): s for s in _list(new) if isinstance(s, dict)}
        for url in old_urls:
            if url not in new_urls:
                self.add(
                    "api-server-removed",
                    ENDPOINT_REMOVED,
                    where,
                    f"the server {url} was removed: every endpoint under it is gone",
                )
            else:
                self.leftovers(old_urls[url], new_urls[url], {"url"}, f"{where} {url}")
        for url in new_urls:
            if url not in old_urls:
                self.add("api-server-added", ADDITION, where, f"the server {url} was added")

    # ---- security

    def security_schemes(self) -> None:
        old = _dict(_dict(self.old.get("components")).get("securitySchemes"))
        new = _dict(_dict(self.new.get("components")).get("securitySchemes"))
        added = [name for name in new if name not in old]
        for name, scheme in old.items():
            where = f"components.securitySchemes.{name}"
            if name in new:
                self.security_scheme(_dict(scheme), _dict(new[name]), where)
                continue
            twins = [n for n in added if _scheme_identity(scheme) == _scheme_identity(new[n])]
            if twins:
                self.renamed_schemes[name] = twins[0]
                added.remove(twins[0])
                self.add(
                    "security-scheme-renamed",
                    REFINEMENT,
                    where,
                    f"the security scheme {name} was renamed to {twins[0]} with the same definition",
                )
            else:
                self.add(
                    "security-scheme-removed",
                    AUTH_CHANGED,
                    where,
                    f"the security scheme {name} was removed",
                )
        for name in added:
            self.add(
                "security-scheme-added",
                ADDITION,
                f"components.securitySchemes.{name}",
                f"the security scheme {name} was added",
            )

    def security_scheme(self, old: dict[str, Any], new: dict[str, Any], where: str) -> None:
        handled = {"type", "scheme", "bearerFormat", "name", "in", "flows", "openIdConnectUrl"}
        if old.get("type") != new.get("type"):
            self.add(
                "security-scheme-type-changed",
                AUTH_CHANGED,
                where,
                f"the security scheme's type changed from {_show(old.get('type'))} to {_show(new.get('type'))}",
            )
            self.docs(old, new, where)
            return
        kind = old.get("type")
        if kind == "http":
            if str(old.get("scheme", "")).lower() != str(new.get("scheme", "")).lower():
                self.add(
                    "security-scheme-http-scheme-changed",
                    AUTH_CHANGED,
                    where,
                    f"the HTTP auth scheme changed from {_show(old.get('scheme'))} to {_show(new.get('scheme'))}",
                )
            if old.get("bearerFormat") != new.get("bearerFormat"):
                self.add(
                    "security-scheme-bearer-format-changed",
                    REFINEMENT,
                    where,
                    f"the bearer format hint changed from {_show(old.get('bearerFormat'))} "
                    f"to {_show(new.get('bearerFormat'))}",
                )
        elif kind == "apiKey":
            if old.get("in") != new.get("in"):
                self.add(
                    "security-scheme-api-key-location-changed",
                    AUTH_CHANGED,
                    where,
                    f"the API key moved from the {old.get('in')} to the {new.get('in')}",
                )
            old_name, new_name = str(old.get("name")), str(new.get("name"))
            if new.get("in") == "header":
                old_name, new_name = old_name.lower(), new_name.lower()
            if old_name != new_name:
                self.add(
                    "security-scheme-api-key-name-changed",
                    AUTH_CHANGED,
                    where,
                    f"the API key's name changed from {_show(old.get('name'))} to {_show(new.get('name'))}",
                )
        elif kind == "oauth2":
            self.oauth_flows(_dict(old.get("flows")), _dict(new.get("flows")), where)
        elif kind == "openIdConnect" and old.get("openIdConnectUrl") != new.get("openIdConnectUrl"):
            self.add(
                "security-scheme-openid-url-changed",
                AUTH_CHANGED,
                where,
                f"the OpenID Connect URL changed to {_show(new.get('openIdConnectUrl'))}",
            )
        self.leftovers(old, new, handled, where)

    def oauth_flows(self, old: dict[str, Any], new: dict[str, Any], where: str) -> None:
        for flow, spec in old.items():
            if flow not in new:
                self.add(
                    "security-scheme-oauth-flow-removed", AUTH_CHANGED, where, f"the OAuth {flow} flow was removed"
                )
                continue
            o, n = _dict(spec), _dict(new[flow])
            for url in ("authorizationUrl", "tokenUrl", "refreshUrl"):
                if o.get(url) != n.get(url):
                    self.add(
                        "security-scheme-oauth-url-changed",
                        AUTH_CHANGED,
                        where,
                        f"the OAuth {flow} flow's {url} changed to {_show(n.get(url))}",
                    )
            old_scopes, new_scopes = _dict(o.get("scopes")), _dict(n.get("scopes"))
            for scope in old_scopes:
                if scope not in new_scopes:
                    self.add(
                        "security-scheme-oauth-scope-removed",
                        AUTH_CHANGED,
                        where,
                        f"the OAuth scope {scope} ({flow} flow) was removed",
                    )
            for scope in new_scopes:
                if scope not in old_scopes:
                    self.add(
                        "security-scheme-oauth-scope-added",
                        ADDITION,
                        where,
                        f"the OAuth scope {scope} ({flow} flow) was added",
                    )
        for flow in new:
            if flow not in old:
                self.add("security-scheme-oauth-flow-added", ADDITION, where, f"the OAuth {flow} flow was added")

    def _alternatives(self, requirement: Any, rename: bool) -> set[frozenset[tuple[str, frozenset[str]]]]:
        if requirement is None or requirement == []:
            return {frozenset()}
        found: set[frozenset[tuple[str, frozenset[str]]]] = set()
        for alternative in _list(requirement):
            entries = []
            for name, scopes in _dict(alternative).items():
                name = self.renamed_schemes.get(name, name) if rename else name
                entries.append((name, frozenset(str(s) for s in _list(scopes))))
            found.add(frozenset(entries))
        return found

    def requirements(self, old: Any, new: Any, where: str) -> None:
        """Security requirements: every request the old contract authorised must still be authorised."""
        before = self._alternatives(old, rename=True)
        after = self._alternatives(new, rename=False)
        if before == after:
            return

        def accepts(alternative: frozenset[tuple[str, frozenset[str]]]) -> bool:
            held = dict(alternative)
            return any(all(n in held and s <= held[n] for n, s in option) for option in after)

        refused = [a for a in before if not accepts(a)]
        if refused:
            self.add(
                "security-requirement-added",
                AUTH_CHANGED,
                where,
                f"requests {_describe(refused, refused=True)} are no longer accepted; now required: {_describe(after)}",
            )
        elif before <= after:
            self.add(
                "security-alternative-added",
                ADDITION,
                where,
                f"also accepted now: {_describe(after - before)}",
            )
        else:
            self.add(
                "security-requirement-removed",
                RELAXATION,
                where,
                f"the requirement changed from {_describe(before)} to {_describe(after)}; every old request is still accepted",
            )

    # ---- paths and operations

    def paths(self) -> None:
        old_ops, new_ops = _operations(self.old), _operations(self.new)
        old_paths = {key[1] for key in old_ops}
        new_paths = {key[1] for key in new_ops}
        for key, (path, item, op) in old_ops.items():
            method = key[0]
            if key not in new_ops:
                if key[1] not in new_paths:
                    rule, what = "api-path-removed", f"the path {path} was removed"
                else:
                    rule, what = "api-operation-removed", f"the operation {method} {path} was removed"
                self.add(rule, ENDPOINT_REMOVED, f"{method} {path}", what)
                continue
            new_path, new_item, new_op = new_ops[key]
            self.operation(method, (path, item, op), (new_path, new_item, new_op))
        for key, (path, _item, _op) in new_ops.items():
            if key not in old_ops:
                if key[1] not in old_paths:
                    rule, what = "api-path-added", f"the path {path} was added"
                else:
                    rule, what = "api-operation-added", f"the operation {key[0]} {path} was added"
                self.add(rule, ADDITION, f"{key[0]} {path}", what)
        # Path items' own documentation.
        old_items = {_template(p): _dict(i) for p, i in _dict(self.old.get("paths")).items()}
        for path, item in _dict(self.new.get("paths")).items():
            before = old_items.get(_template(path))
            if before is not None:
                handled = {"parameters", "$ref", *HTTP_METHODS}
                self.leftovers(before, _dict(item), handled, path)

    # ---- webhooks: what the API sends to a receiver, so their bodies are compared as responses

    def webhooks(self) -> None:
        old, new = _dict(self.old.get("webhooks")), _dict(self.new.get("webhooks"))
        for name, old_item in old.items():
            where = f"webhook {name}"
            if name not in new:
                self.add("webhook-removed", ENDPOINT_REMOVED, where, f"the event {name} is no longer sent")
                continue
            o, n = _dict(_dict(old_item).get("post")), _dict(_dict(new[name]).get("post"))
            old_headers = _signature_headers(o)
            new_headers = _signature_headers(n)
            if old_headers != new_headers:
                self.add(
                    "webhook-signature-changed",
                    AUTH_CHANGED,
                    where,
                    f"the event is signed in {sorted(new_headers) or 'no header'}, not {sorted(old_headers)}",
                )
            old_content, new_content = _content(_dict(o.get("requestBody"))), _content(_dict(n.get("requestBody")))
            for media, body in old_content.items():
                if media not in new_content:
                    self.add("webhook-media-type-removed", FORMAT_CHANGED, f"{where} {media}", f"not sent as {media}")
                    continue
                self.media(body, new_content[media], "response", f"{where} {media}", "webhook-body", "the event")
            self.leftovers(o, n, {"parameters", "requestBody", "responses", "operationId", "tags"}, where)
        for name in new:
            if name not in old:
                self.add("webhook-added", ADDITION, f"webhook {name}", f"the event {name} was added")

    def operation(
        self,
        method: str,
        old: tuple[str, dict[str, Any], dict[str, Any]],
        new: tuple[str, dict[str, Any], dict[str, Any]],
    ) -> None:
        old_path, old_item, o = old
        new_path, new_item, n = new
        where = f"{method} {new_path}"
        if o.get("operationId") != n.get("operationId") and o.get("operationId") is not None:
            self.add(
                "api-operation-id-changed",
                ENDPOINT_REMOVED,
                where,
                f"the operationId changed from {o.get('operationId')} to {n.get('operationId')}: "
                "the generated function for this endpoint is renamed",
            )
        old_method, new_method = _sdk_method(o), _sdk_method(n)
        named = "x-sdk-method" in o or "x-sdk-method" in n  # else a renamed operationId says it already
        if named and old_method and new_method and old_method != new_method:
            self.add(
                "api-sdk-method-changed",
                ENDPOINT_REMOVED,
                where,
                f"the resource client's method changed from {old_method} to {new_method} (x-sdk-method): "
                "code that calls the old name breaks",
            )
        old_tags, new_tags = _list(o.get("tags")), _list(n.get("tags"))
        if old_tags[:1] != new_tags[:1]:
            # The generator files each function under its operation's first tag.
            self.add(
                "api-tag-changed",
                ENDPOINT_REMOVED,
                where,
                f"the tag changed from {(old_tags or [None])[0]} to {(new_tags or [None])[0]}: "
                "the generated function moves to another module",
            )
        elif set(map(str, old_tags)) != set(map(str, new_tags)):
            self.add("api-tags-changed", DOCUMENTATION, where, "the secondary tags changed")
        if _flag(o, "deprecated") != _flag(n, "deprecated"):
            if _flag(n, "deprecated"):
                self.add("endpoint-deprecated", DEPRECATION, where, f"{where} is deprecated")
            else:
                self.add("endpoint-reactivated", REFINEMENT, where, f"{where} is no longer deprecated")
        self.parameters(
            _parameters(old_path, old_item, o),
            _parameters(new_path, new_item, n),
            where,
        )
        self.request_body(o.get("requestBody"), n.get("requestBody"), f"{where} requestBody")
        self.responses(_dict(o.get("responses")), _dict(n.get("responses")), where)
        if "security" in o or "security" in n:
            self.requirements(
                o.get("security", self.old.get("security")),
                n.get("security", self.new.get("security")),
                f"{where} security",
            )
        handled = {"operationId", "tags", "deprecated", "parameters", "requestBody", "responses", "security"}
        handled.add("x-sdk-method")  # judged above, through the name it gives
        self.leftovers(o, n, handled, where)

    # ---- parameters

    def parameters(
        self,
        old: dict[tuple[str, str], dict[str, Any]],
        new: dict[tuple[str, str], dict[str, Any]],
        op_where: str,
    ) -> None:
        for key, param in old.items():
            label = f"the {param.get('in')} parameter {param.get('name')}"
            where = f"{op_where} parameters.{param.get('in')}.{param.get('name')}"
            if key not in new:
                self.add("request-parameter-removed", FORMAT_CHANGED, where, f"{label} was removed")
                continue
            self.parameter(param, new[key], f"{op_where} parameters.{new[key].get('in')}.{new[key].get('name')}")
        for key, param in new.items():
            if key in old:
                continue
            where = f"{op_where} parameters.{param.get('in')}.{param.get('name')}"
            label = f"{param.get('in')} parameter {param.get('name')}"
            if param.get("required") is True:
                self.add("new-required-request-parameter", FORMAT_CHANGED, where, f"the required {label} was added")
            else:
                self.add("new-optional-request-parameter", ADDITION, where, f"the optional {label} was added")

    def parameter(self, old: dict[str, Any], new: dict[str, Any], where: str) -> None:
        label = f"the {new.get('in')} parameter {new.get('name')}"
        if old.get("name") != new.get("name") and old.get("in") == "path":
            self.add(
                "request-path-parameter-renamed",
                REFINEMENT,
                where,
                f"the path parameter {old.get('name')} was renamed to {new.get('name')}",
            )
        if old.get("required") is not True and new.get("required") is True:
            self.add("request-parameter-became-required", FORMAT_CHANGED, where, f"{label} became required")
        elif old.get("required") is True and new.get("required") is not True:
            self.add("request-parameter-became-optional", RELAXATION, where, f"{label} became optional")
        if _style(old) != _style(new):
            self.add(
                "request-parameter-style-changed",
                FORMAT_CHANGED,
                where,
                f"{label} is serialised differently: style/explode changed from {_show(list(_style(old)))} "
                f"to {_show(list(_style(new)))}",
            )
        if _flag(old, "deprecated") != _flag(new, "deprecated"):
            if _flag(new, "deprecated"):
                self.add("request-parameter-deprecated", DEPRECATION, where, f"{label} is deprecated")
            else:
                self.add("request-parameter-reactivated", REFINEMENT, where, f"{label} is no longer deprecated")
        old_schema, old_media = _parameter_schema(old)
        new_schema, new_media = _parameter_schema(new)
        if old_media != new_media:
            self.add(
                "request-parameter-media-type-changed",
                FORMAT_CHANGED,
                where,
                f"{label} is encoded as {_show(new_media)} instead of {_show(old_media)}",
            )
        self.schema(old_schema, new_schema, "request", where, "", "request-parameter", label)
        handled = {"name", "in", "required", "style", "explode", "deprecated", "schema", "content"}
        self.leftovers(old, new, handled, where)

    # ---- request bodies

    def request_body(self, old: Any, new: Any, where: str) -> None:
        if old is None and new is None:
            return
        if new is None:
            self.add("request-body-removed", FORMAT_CHANGED, where, "the request body was removed")
            return
        o, n = _dict(old), _dict(new)
        if old is None:
            if n.get("required") is True:
                self.add("new-required-request-body", FORMAT_CHANGED, where, "a required request body was added")
            else:
                self.add("new-optional-request-body", ADDITION, where, "an optional request body was added")
            return
        if o.get("required") is not True and n.get("required") is True:
            self.add("request-body-became-required", FORMAT_CHANGED, where, "the request body became required")
        elif o.get("required") is True and n.get("required") is not True:
            self.add("request-body-became-optional", RELAXATION, where, "the request body became optional")
        old_content, new_content = _content(o), _content(n)
        for media, body in old_content.items():
            if media not in new_content:
                self.add(
                    "request-body-media-type-removed",
                    FORMAT_CHANGED,
                    f"{where} {media}",
                    f"the request body is no longer accepted as {media}",
                )
                continue
            self.media(body, new_content[media], "request", f"{where} {media}", "request-body", "the request body")
        for media in new_content:
            if media not in old_content:
                self.add(
                    "request-body-media-type-added",
                    ADDITION,
                    f"{where} {media}",
                    f"the request body is also accepted as {media}",
                )
        self.leftovers(o, n, {"required", "content"}, where)

    def media(self, old: Any, new: Any, direction: Direction, where: str, subject: str, label: str) -> None:
        o, n = _dict(old), _dict(new)
        self.schema(o.get("schema"), n.get("schema"), direction, where, "", subject, label)
        self.leftovers(o, n, {"schema"}, where)

    # ---- responses

    def responses(self, old: dict[str, Any], new: dict[str, Any], op_where: str) -> None:
        for status, response in old.items():
            where = f"{op_where} responses.{status}"
            if status not in new:
                if _success(status):
                    self.add(
                        "response-success-status-removed",
                        RESPONSE_DATA_REMOVED,
                        where,
                        f"the success response {status} was removed",
                    )
                else:
                    self.add(
                        "response-non-success-status-removed",
                        REFINEMENT,
                        where,
                        f"the response {status} is no longer documented",
                    )
                continue
            self.response(_dict(response), _dict(new[status]), where)
        for status in new:
            if status not in old:
                rule = "response-success-status-added" if _success(status) else "response-non-success-status-added"
                self.add(rule, ADDITION, f"{op_where} responses.{status}", f"the response {status} was added")

    def response(self, old: dict[str, Any], new: dict[str, Any], where: str) -> None:
        old_content, new_content = _content(old), _content(new)
        if old_content and not new_content:
            self.add("response-body-removed", RESPONSE_DATA_REMOVED, where, "the response no longer has a body")
        else:
            for media, body in old_content.items():
                if media not in new_content:
                    self.add(
                        "response-media-type-removed",
                        FORMAT_CHANGED,
                        f"{where} {media}",
                        f"the response is no longer sent as {media}",
                    )
                    continue
                self.media(
                    body, new_content[media], "response", f"{where} {media}", "response-body", "the response body"
                )
            for media in new_content:
                if media not in old_content:
                    rule = "response-media-type-added" if old_content else "response-body-added"
                    self.add(rule, ADDITION, f"{where} {media}", f"the response can be sent as {media}")
        self.headers(_dict(old.get("headers")), _dict(new.get("headers")), where)
        self.leftovers(old, new, {"content", "headers"}, where)

    def headers(self, old: dict[str, Any], new: dict[str, Any], where: str) -> None:
        new_by_name = {name.lower(): (name, header) for name, header in new.items()}
        old_names = {name.lower() for name in old}
        for name, header in old.items():
            at = f"{where} headers.{name}"
            if name.lower() not in new_by_name:
                self.add(
                    "response-header-removed", RESPONSE_DATA_REMOVED, at, f"the response header {name} was removed"
                )
                continue
            new_name, new_header = new_by_name[name.lower()]
            o, n = _dict(header), _dict(new_header)
            at = f"{where} headers.{new_name}"
            if o.get("required") is True and n.get("required") is not True:
                self.add(
                    "response-header-became-optional",
                    RESPONSE_DATA_REMOVED,
                    at,
                    f"the response header {new_name} may now be missing",
                )
            elif o.get("required") is not True and n.get("required") is True:
                self.add(
                    "response-header-became-required",
                    REFINEMENT,
                    at,
                    f"the response header {new_name} is now always sent",
                )
            old_schema, _ = _parameter_schema(o)
            new_schema, _ = _parameter_schema(n)
            self.schema(
                old_schema, new_schema, "response", at, "", "response-header", f"the response header {new_name}"
            )
            self.leftovers(o, n, {"required", "schema", "content", "style", "explode"}, at)
        for name in new:
            if name.lower() not in old_names:
                self.add(
                    "response-header-added",
                    ADDITION,
                    f"{where} headers.{name}",
                    f"the response header {name} was added",
                )

    # ---- schemas

    def schema(
        self, old_raw: Any, new_raw: Any, direction: Direction, base: str, sub: str, root: str, label: str = ""
    ) -> None:
        """Compare two schemas with request or response semantics.

        `root` is the rule prefix at the top (`request-body`, `request-parameter`,
        `response-body`, `response-header`); below it, `request-property` / `response-property`.
        """
        if old_raw is None and new_raw is None:
            return
        if _is_cycle(old_raw) or _is_cycle(new_raw):
            return  # compared already, one level out
        o, n = _norm(old_raw), _norm(new_raw)
        where = _at(base, sub, root)
        subject = f"{direction}-property" if sub else root
        request = direction == "request"
        what = _what(sub, root, label)

        ot, nt = o["$types"], n["$types"]
        if ot != nt:
            message = f"{what}: type changed from {_types_text(ot)} to {_types_text(nt)}"
            if request and _covers(nt, ot):
                self.add(f"{subject}-type-generalized", RELAXATION, where, message)
            elif not request and _covers(ot, nt):
                self.add(f"{subject}-type-specialized", REFINEMENT, where, message)
            else:
                self.add(f"{subject}-type-changed", FORMAT_CHANGED, where, message)
        if o["$nullable"] != n["$nullable"]:
            if n["$nullable"]:
                category = RELAXATION if request else RESPONSE_DATA_REMOVED
                self.add(f"{subject}-became-nullable", category, where, f"{what} may now be null")
            else:
                category = FORMAT_CHANGED if request else REFINEMENT
                self.add(f"{subject}-became-not-nullable", category, where, f"{what} may no longer be null")
        if o.get("format") != n.get("format"):
            self.add(
                f"{subject}-format-changed",
                FORMAT_CHANGED,
                where,
                f"{what}: format changed from {_show(o.get('format'))} to {_show(n.get('format'))}",
            )
        self.enum(o, n, request, where, subject, what)
        self.constraints(o, n, request, where, subject, what)
        if ("default" in o or "default" in n) and o.get("default") != n.get("default"):
            self.add(
                f"{subject}-default-value-changed",
                REFINEMENT,
                where,
                f"{what}: default changed from {_show(o.get('default'))} to {_show(n.get('default'))}",
            )
        if _flag(o, "deprecated") != _flag(n, "deprecated"):
            if _flag(n, "deprecated"):
                self.add(f"{subject}-deprecated", DEPRECATION, where, f"{what} is deprecated")
            else:
                self.add(f"{subject}-reactivated", REFINEMENT, where, f"{what} is no longer deprecated")
        if "object" in ot and "object" in nt:
            self.properties(o, n, direction, base, sub, root, label)
            self.additional_properties(o, n, direction, base, sub, root, label)
        if "array" in ot and "array" in nt:
            self.schema(o.get("items"), n.get("items"), direction, base, f"{sub}[]", root, label)
        self.variants(o, n, direction, base, sub, root, label)
        handled = {*SCHEMA_KEYS, "readOnly", "writeOnly"}
        self.leftovers(o, n, handled, where)

    def enum(self, o: dict[str, Any], n: dict[str, Any], request: bool, where: str, subject: str, what: str) -> None:
        old_enum, new_enum = o.get("enum"), n.get("enum")
        if not isinstance(old_enum, list) and not isinstance(new_enum, list):
            return
        if not isinstance(old_enum, list):
            category = FORMAT_CHANGED if request else REFINEMENT
            self.add(f"{subject}-enum-set", category, where, f"{what} is now limited to {_show(new_enum)}")
            return
        if not isinstance(new_enum, list):
            category = RELAXATION if request else REFINEMENT
            self.add(f"{subject}-enum-unset", category, where, f"{what} is no longer limited to listed values")
            return
        old_values = {_canon(v): v for v in old_enum}
        new_values = {_canon(v): v for v in new_enum}
        for key, value in old_values.items():
            if key not in new_values:
                category = FORMAT_CHANGED if request else REFINEMENT
                self.add(
                    f"{subject}-enum-value-removed",
                    category,
                    where,
                    f"{what}: the value {_show(value)} was removed",
                )
        for key, value in new_values.items():
            if key not in old_values:
                self.add(
                    f"{subject}-enum-value-added",
                    ADDITION,
                    where,
                    f"{what}: the value {_show(value)} was added",
                )

    def constraints(
        self, o: dict[str, Any], n: dict[str, Any], request: bool, where: str, subject: str, what: str
    ) -> None:
        """Bounds, pattern, multipleOf, uniqueItems: tighter is breaking in a request only.

        A response constraint is documentation for a tolerant reader (the client never
        validates responses against it), so its changes are refinements.
        """

        def report(rule: str, tighter: bool, message: str) -> None:
            if request:
                self.add(f"{subject}-{rule}", FORMAT_CHANGED if tighter else RELAXATION, where, f"{what}: {message}")
            else:
                self.add(f"{subject}-{rule}", REFINEMENT, where, f"{what}: {message}")

        for bounds, upper in ((UPPER_BOUNDS, True), (LOWER_BOUNDS, False)):
            for key, word in bounds.items():
                before, after = o.get(key), n.get(key)
                if before == after:
                    continue
                b, a = _number(before), _number(after)
                change = f"{key} changed from {_show(before)} to {_show(after)}"
                if b is None and a is None:
                    report(f"{word}-changed", True, change)
                elif b is None:
                    report(f"{word}-set", True, change)
                elif a is None:
                    report(f"{word}-unset", False, change)
                elif (a < b) == upper:
                    report(f"{word}-{'decreased' if upper else 'increased'}", True, change)
                else:
                    report(f"{word}-{'increased' if upper else 'decreased'}", False, change)
        if o.get("pattern") != n.get("pattern"):
            change = f"pattern changed from {_show(o.get('pattern'))} to {_show(n.get('pattern'))}"
            if o.get("pattern") is None:
                report("pattern-added", True, change)
            elif n.get("pattern") is None:
                report("pattern-removed", False, change)
            else:
                report("pattern-changed", True, change)
        if o.get("multipleOf") != n.get("multipleOf"):
            b, a = _number(o.get("multipleOf")), _number(n.get("multipleOf"))
            change = f"multipleOf changed from {_show(o.get('multipleOf'))} to {_show(n.get('multipleOf'))}"
            if a is None:
                report("multiple-of-unset", False, change)
            elif b is None:
                report("multiple-of-set", True, change)
            else:
                report("multiple-of-changed", (b / a) % 1 != 0, change)
        if _flag(o, "uniqueItems") != _flag(n, "uniqueItems"):
            if _flag(n, "uniqueItems"):
                report("unique-items-set", True, "items must now be unique")
            else:
                report("unique-items-unset", False, "items no longer need to be unique")

    def properties(
        self, o: dict[str, Any], n: dict[str, Any], direction: Direction, base: str, sub: str, root: str, label: str
    ) -> None:
        request = direction == "request"
        old_props, new_props = _dict(o.get("properties")), _dict(n.get("properties"))
        old_required, new_required = set(_list(o.get("required"))), set(_list(n.get("required")))
        # A readOnly property never travels in a request, a writeOnly one never in a response.
        hidden = "readOnly" if request else "writeOnly"
        for name, old_schema in old_props.items():
            path = _join(sub, name)
            where = _at(base, path, root)
            kind = "required" if name in old_required else "optional"
            if _flag(old_schema, hidden):
                continue  # not part of this direction; a newly visible one is reported as added below
            if name not in new_props:
                if request:
                    self.add(
                        "request-property-removed",
                        FORMAT_CHANGED,
                        where,
                        f"the {kind} request field {path} was removed",
                    )
                else:
                    self.add(
                        "response-property-removed",
                        RESPONSE_DATA_REMOVED,
                        where,
                        f"the {kind} response field {path} was removed",
                    )
                continue
            new_schema = new_props[name]
            if _flag(new_schema, hidden):
                if request:
                    self.add(
                        "request-property-became-read-only",
                        FORMAT_CHANGED,
                        where,
                        f"the request field {path} became read-only and can no longer be sent",
                    )
                else:
                    self.add(
                        "response-property-became-write-only",
                        RESPONSE_DATA_REMOVED,
                        where,
                        f"the response field {path} became write-only and is no longer returned",
                    )
                continue
            was, now = name in old_required, name in new_required
            if request and not was and now:
                self.add(
                    "request-property-became-required",
                    FORMAT_CHANGED,
                    where,
                    f"the request field {path} became required",
                )
            elif request and was and not now:
                self.add(
                    "request-property-became-optional", RELAXATION, where, f"the request field {path} became optional"
                )
            elif not request and was and not now:
                self.add(
                    "response-property-became-optional",
                    RESPONSE_DATA_REMOVED,
                    where,
                    f"the response field {path} may now be missing",
                )
            elif not request and not was and now:
                self.add(
                    "response-property-became-required",
                    REFINEMENT,
                    where,
                    f"the response field {path} is now always present",
                )
            self.schema(old_schema, new_schema, direction, base, path, root, label)
        for name, new_schema in new_props.items():
            if _flag(new_schema, hidden):
                continue
            if name in old_props and not _flag(old_props[name], hidden):
                continue
            path = _join(sub, name)
            where = _at(base, path, root)
            if not request:
                self.add("response-property-added", ADDITION, where, f"the response field {path} was added")
            elif name in new_required:
                self.add(
                    "new-required-request-property",
                    FORMAT_CHANGED,
                    where,
                    f"the required request field {path} was added",
                )
            else:
                self.add(
                    "new-optional-request-property", ADDITION, where, f"the optional request field {path} was added"
                )

    def additional_properties(
        self, o: dict[str, Any], n: dict[str, Any], direction: Direction, base: str, sub: str, root: str, label: str
    ) -> None:
        before, after = o.get("additionalProperties", True), n.get("additionalProperties", True)
        if isinstance(before, dict) and isinstance(after, dict):
            self.schema(before, after, direction, base, f"{sub}{{}}", root, label)
            return
        closed_before, closed_after = before is False, after is False
        if closed_before == closed_after:
            return
        where = _at(base, sub, root)
        subject = f"{direction}-property" if sub else root
        if closed_after:
            category = FORMAT_CHANGED if direction == "request" else REFINEMENT
            self.add(
                f"{subject}-additional-properties-disallowed",
                category,
                where,
                "fields other than the listed ones are no longer allowed",
            )
        else:
            category = RELAXATION if direction == "request" else ADDITION
            self.add(
                f"{subject}-additional-properties-allowed",
                category,
                where,
                "fields other than the listed ones are now allowed",
            )

    def variants(
        self, o: dict[str, Any], n: dict[str, Any], direction: Direction, base: str, sub: str, root: str, label: str
    ) -> None:
        """`anyOf`/`oneOf` branches: matched by equality, then in order.

        When only one side is a union, the other side counts as a union of itself: its
        differences were compared one level up, so only added or removed branches are reported.
        """
        old_v, new_v = list(_list(o.get("$variants"))), list(_list(n.get("$variants")))
        if not old_v and not new_v:
            return
        both = bool(old_v and new_v)
        if not both:
            old_v = [_branch(v) for v in old_v or [o]]
            new_v = [_branch(v) for v in new_v or [n]]
        unmatched_new = list(new_v)
        unmatched_old = []
        for branch in old_v:
            key = _canon(branch)
            twin = next((b for b in unmatched_new if _canon(b) == key), None)
            if twin is None:
                unmatched_old.append(branch)
            else:
                unmatched_new.remove(twin)
        for a, b in zip(unmatched_old, unmatched_new, strict=False):
            if both:
                self.schema(a, b, direction, base, f"{sub}(variant {new_v.index(b) + 1})", root, label)
        where = _at(base, sub, root)
        subject = f"{direction}-property" if sub else root
        request = direction == "request"
        pairs = min(len(unmatched_old), len(unmatched_new))
        for _ in unmatched_old[pairs:]:
            category = FORMAT_CHANGED if request else REFINEMENT
            self.add(f"{subject}-variant-removed", category, where, "one of the alternative schemas was removed")
        for _ in unmatched_new[pairs:]:
            category = RELAXATION if request else FORMAT_CHANGED
            self.add(f"{subject}-variant-added", category, where, "an alternative schema was added")


# --------------------------------------------------------------------------- helpers


def _dict(value: Any) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


def _list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else []


def _template(path: str) -> str:
    """The path with parameter names blanked: renaming `{id}` keeps the same endpoint."""
    return _PLACEHOLDER.sub("{}", str(path))


def _operations(doc: dict[str, Any]) -> dict[tuple[str, str], tuple[str, dict[str, Any], dict[str, Any]]]:
    found: dict[tuple[str, str], tuple[str, dict[str, Any], dict[str, Any]]] = {}
    for path, item in _dict(doc.get("paths")).items():
        if not isinstance(item, dict):
            continue
        for method in HTTP_METHODS:
            op = item.get(method)
            if isinstance(op, dict):
                found[(method.upper(), _template(path))] = (str(path), item, op)
    return found


def _parameters(path: str, item: dict[str, Any], op: dict[str, Any]) -> dict[tuple[str, str], dict[str, Any]]:
    """The operation's parameters (path-level ones included, overridden by the operation's own),
    keyed by location and name; path parameters by position, so renaming one is not a removal."""
    placeholders = _PLACEHOLDER.findall(path)
    merged: dict[tuple[str, str], dict[str, Any]] = {}
    for param in [*_list(item.get("parameters")), *_list(op.get("parameters"))]:
        if not isinstance(param, dict):
            continue
        where, name = str(param.get("in")), str(param.get("name"))
        merged[(where, name.lower() if where == "header" else name)] = param
    keyed: dict[tuple[str, str], dict[str, Any]] = {}
    for (where, name), param in merged.items():
        if where == "path" and name in placeholders:
            keyed[("path", f"#{placeholders.index(name)}")] = param
        else:
            keyed[(where, name)] = param
    return keyed


def _style(param: dict[str, Any]) -> tuple[str, bool]:
    where = param.get("in")
    style = str(param.get("style") or ("form" if where in ("query", "cookie") else "simple"))
    explode = param.get("explode")
    return style, bool(explode) if explode is not None else style == "form"


def _parameter_schema(param: dict[str, Any]) -> tuple[Any, str | None]:
    """A parameter's (or header's) schema and, for the `content` form, its media type."""
    if "schema" in param:
        return param["schema"], None
    content = _dict(param.get("content"))
    for media, body in content.items():
        return _dict(body).get("schema"), media
    return None, None


def _signature_headers(op: dict[str, Any]) -> set[str]:
    return {
        str(p.get("name", "")).lower()
        for p in (_dict(raw) for raw in _list(op.get("parameters")))
        if p.get("in") == "header" and p.get("required")
    }


def _content(node: dict[str, Any]) -> dict[str, Any]:
    return {str(k).lower(): v for k, v in _dict(node.get("content")).items()}


def _success(status: str) -> bool:
    return str(status).startswith("2")


def _scheme_identity(scheme: Any) -> str:
    return _canon({k: v for k, v in _dict(scheme).items() if k not in DOC_KEYS and not k.startswith("x-")})


def _describe(alternatives: Iterable[frozenset[tuple[str, frozenset[str]]]], refused: bool = False) -> str:
    texts = []
    for alternative in sorted(alternatives, key=lambda a: sorted((n, sorted(s)) for n, s in a)):
        if not alternative:
            texts.append("without credentials" if refused else "no credentials")
            continue
        if refused:
            texts.append("authenticated with " + _describe([alternative]))
            continue
        parts = []
        for name, scopes in sorted(alternative, key=lambda e: e[0]):
            parts.append(f"{name} (scopes: {', '.join(sorted(scopes))})" if scopes else name)
        texts.append(" and ".join(parts))
    return " or ".join(texts) if texts else "nothing"


def _sdk_method(operation: Mapping[str, Any]) -> str | None:
    """The operation's method on the resource client, as the generator names it (None without an operationId)."""
    explicit = operation.get("x-sdk-method")
    if isinstance(explicit, str):
        return explicit
    op_id = operation.get("operationId")
    if not isinstance(op_id, str):
        return None
    from .codegen import _snake

    return _snake(op_id)
