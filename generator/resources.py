"""Plan and render the resource client: `Whereby().meetings.create(...)`, one method per operation.

openapi-python-client has already parsed every operation into typed properties; this module turns
each into a method signature (path parameters positional; query parameters and the JSON body's
fields keyword-only, enums as the member or its string value) and the code that builds the request
with the operation's own generated `_get_kwargs`. The templates in `templates/resources/` render
the plan. Nothing here is shipped; the rendered modules are.
"""

from __future__ import annotations

import keyword
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .spec import Spec, SpecError, pointer_of

RESERVED_ARGUMENTS = frozenset({"extra_headers", "timeout", "max_items", "self"})
"""Keywords every method takes itself; no parameter or body field may be called so."""

CLIENT_ATTRIBUTES = frozenset(
    {"with_raw_response", "with_options", "close", "pacer", "budget", "base_url", "api_client"}
)
"""What `Whereby` has itself (overlay/resource_client.py); no tag may name a resource so."""


@dataclass
class Argument:
    name: str
    annotation: str
    required: bool
    convert: str  # an expression turning the argument into what the generated model takes
    description: str = ""


@dataclass
class Method:
    name: str
    operation_id: str
    function: str  # the generated module's name below api/<tag>/
    http_method: str
    path: str
    points: int
    summary: str
    description: str
    positional: list[Argument]
    keywords: list[Argument]
    build: list[str]  # the body of the request builder, which returns the `_get_kwargs` dict
    returns: str  # the method's return type ("None" for a 204)
    parse: str  # "module._parse_ok", or "" for no body
    item: str = ""  # for a paged list, the type of its items
    page_parse: str = ""


@dataclass
class Resource:
    tag: str
    class_name: str
    description: str
    methods: list[Method]
    imports: set[str] = field(default_factory=set)


def _text(value: Any) -> str:
    getter = getattr(value, "get_untrusted_value", None)
    return str(getter() if getter else (value or ""))


def _code(value: Any) -> str:
    as_code = getattr(value, "as_unembedded_code", None)
    return str(as_code() if as_code else value)


def _builtin_list(annotation: str) -> str:
    # Inside a resource class `list` is a method; annotations must name the builtin.
    return re.sub(r"(?<![\w.])list\[", "builtins.list[", annotation)


def _imports(prop: Any) -> set[str]:
    lines = set(prop.get_imports(prefix="..")) | set(prop.get_lazy_imports(prefix="..") or ())
    return {line for line in lines if "from ..types import" not in line}


_RUNTIME = {
    "StringProperty": ("str", "a str"),
    "IntProperty": ("int", "an int"),
    "FloatProperty": ("(int, float)", "a number"),
    "BooleanProperty": ("bool", "a bool"),
    "DateProperty": ("datetime.date", "a date"),
}
"""Property kinds whose values the resource client checks at the call: (runtime types, what to expect).
Datetimes are checked by the models' writer; enums, lists and files by their own conversions."""


def _runtime(prop: Any) -> tuple[str, str] | None:
    """How to check a value of `prop` at run time, or None where no check is made."""
    kind = type(prop).__name__
    if kind == "ModelProperty":
        return prop.class_info.name, f"a {prop.class_info.name}"
    if kind == "UnionProperty":
        found = [_runtime(p) for p in prop.inner_properties if type(p).__name__ != "NoneProperty"]
        parts = [p for p in found if p is not None]
        if not parts or len(parts) < len(found):
            return None
        kinds = ", ".join(t.strip("()") for t, _ in parts)
        return f"({kinds})", " or ".join(e for _, e in parts)
    return _RUNTIME.get(kind)


def _input(prop: Any, name: str) -> tuple[str, str]:
    """(annotation, conversion of `{v}`) for one parameter or body field, without Unset; `name` is
    the argument's, for the messages of the checks."""
    kind = type(prop).__name__
    if kind == "EnumProperty":
        cls = prop.class_info.name
        literals = ", ".join(repr(v) for v in prop.values.values())
        return f"{cls} | Literal[{literals}]", f'enum_value({cls}, {{v}}, "{name}")'
    if kind == "ListProperty":
        inner = prop.inner_property
        if type(inner).__name__ == "EnumProperty":
            annotation, _ = _input(inner, name)
            return f"Sequence[{annotation}]", f'enum_values({inner.class_info.name}, {{v}}, "{name}")'
        check = _runtime(inner)
        items = f", {check[0]}, {check[1]!r}" if check else ""
        return f"Sequence[{_code(inner.get_type_string())}]", f'sequence({{v}}, "{name}"{items})'
    if kind == "FileProperty":
        return "FileInput", f'file_input({{v}}, "{name}")'
    annotation = _code(prop.get_type_string(no_optional=True))
    if kind == "UnionProperty":
        parts = [_input(p, name)[0] if type(p).__name__ != "NoneProperty" else "None" for p in prop.inner_properties]
        annotation = " | ".join(dict.fromkeys(parts))
    check = _runtime(prop)
    return annotation, f'typed({{v}}, "{name}", {check[0]}, {check[1]!r})' if check else "{v}"


def _argument(prop: Any, *, required: bool | None = None, fallback: str = "", path: bool = False) -> Argument:
    """One argument of a method; a path parameter is checked by `_wire.path_segment` instead."""
    needed = prop.required if required is None else required
    name = str(prop.python_name)
    annotation, convert = _input(prop, name)
    if path:
        convert = "{v}"
    value = convert.format(v=name)
    if not needed:
        annotation += " | Unset"
        if value != name:
            value = f"UNSET if isinstance({name}, Unset) else {value}"
    description = " ".join((_text(prop.description) or fallback).split())
    return Argument(name, _builtin_list(annotation), needed, value, description)


def _fields(model: Any) -> list[Any]:
    return [*(model.required_properties or []), *(model.optional_properties or [])]


def _model_call(model: Any, arguments: dict[str, Argument]) -> str:
    args = ", ".join(f"{f.python_name}={arguments[str(f.python_name)].convert}" for f in _fields(model))
    return f"{model.class_info.name}({args})"


def _plan_method(
    spec: Spec, endpoint: Any, op: Any, paged: dict[str, str], imports: set[str], base_path: str
) -> Method:
    where = pointer_of("paths", op.path, op.method.lower())
    function = str(endpoint.name)
    item = spec.data["paths"][op.path]
    docs = {
        str(p.get("name")): str(p.get("description") or "")
        for p in (
            spec.resolve(raw)
            for raw in [*(item.get("parameters") or []), *(item[op.method.lower()].get("parameters") or [])]
        )
    }
    positional = [_argument(p, fallback=docs.get(_text(p.name), ""), path=True) for p in endpoint.path_parameters]
    keywords = [_argument(p, fallback=docs.get(_text(p.name), "")) for p in endpoint.query_parameters]
    for prop in [*endpoint.path_parameters, *endpoint.query_parameters]:
        imports |= _imports(prop)
    build: list[str] = []
    call_args = [a.name for a in positional] + [f"{a.name}={a.convert}" for a in keywords]
    bodies = list(endpoint.bodies)
    if len(bodies) == 1 and type(bodies[0].prop).__name__ == "ModelProperty":
        model = bodies[0].prop
        imports |= _imports(model)
        fields = [_argument(f) for f in _fields(model)]
        for f in _fields(model):
            imports |= _imports(f)
        keywords += fields
        call_args.append(f"body={_model_call(model, {a.name: a for a in fields})}")
    elif len(bodies) > 1:
        # Several media types (an image upload or a JSON preset): one keyword set, one form chosen.
        forms = []
        for body in bodies:
            model = body.prop
            imports |= _imports(model)
            fields = [_argument(f, required=False) for f in _fields(model)]
            for f in _fields(model):
                imports |= _imports(f)
            forms.append((model, fields))
        seen: dict[str, Argument] = {}
        for _model, fields in forms:
            for a in fields:
                seen.setdefault(a.name, a)
        keywords += list(seen.values())
        build += _choose_form(op.operation_id, forms)
        call_args.append("body=body")
    elif bodies:
        raise spec.error(where + "/requestBody", f"{op.operation_id}: a body that is not an object cannot be keywords")
    names = [a.name for a in positional + keywords]
    clashes = sorted({n for n in names if names.count(n) > 1} | (set(names) & RESERVED_ARGUMENTS))
    if clashes:
        raise spec.error(where, f"{op.operation_id}: argument name(s) {clashes} clash in the resource method")
    build.append(f"return {function}._get_kwargs({', '.join(call_args)})")

    success = [r for r in endpoint.responses.patterns if 200 <= r.status_code.range[0] < 300]
    if not success:
        raise spec.error(where + "/responses", f"{op.operation_id} documents no 2xx reply")
    prop = success[0].prop
    if success[0].source["attribute"] == "None":
        returns, parse = "None", ""
    else:
        returns, parse = _code(prop.get_type_string(no_optional=True)), f"{function}._parse_ok"
        imports |= _imports(prop)
    method = Method(
        name=op.sdk_method,
        operation_id=op.operation_id,
        function=function,
        http_method=op.method,
        path=base_path + op.path,
        points=op.points,
        summary=" ".join(_text(endpoint.summary).split()) or op.operation_id,
        description=_text(endpoint.description).strip(),
        positional=positional,
        keywords=keywords,
        build=build,
        returns=_builtin_list(returns),
        parse=parse,
    )
    if function in paged:
        page = prop
        items = next(p for p in page.required_properties if _text(p.name) == paged[function])
        method.item = _code(items.inner_property.get_type_string(no_optional=True))
        method.returns = f"SyncPager[{method.item}]"
        method.page_parse = f"{function}._page"
        imports |= _imports(items.inner_property)
    return method


def _choose_form(operation_id: str, forms: list[tuple[Any, list[Argument]]]) -> list[str]:
    """Code that picks the body form from the keywords given: the first whose keywords are set."""
    lines: list[str] = []
    every = sorted({a.name for _m, fields in forms for a in fields})
    for model, fields in forms:
        own = {a.name for a in fields}
        others = [n for n in every if n not in own]
        required = [str(f.python_name) for f in model.required_properties or []]
        given = " or ".join(f"not isinstance({n}, Unset)" for n in sorted(own)) or "False"
        lines.append(f"if {given}:")
        if others:
            clash = " or ".join(f"not isinstance({n}, Unset)" for n in others)
            lines.append(f"    if {clash}:")
            lines.append(
                f'        raise TypeError("{operation_id}: {", ".join(sorted(own))} cannot be combined with '
                f'{", ".join(others)}; give one form of the body")'
            )
        for name in required:
            lines.append(f"    if isinstance({name}, Unset):")
            lines.append(f'        raise TypeError("{operation_id}: {name} is required with {", ".join(sorted(own))}")')
        arguments = {a.name: a for a in fields}
        lines.append(f"    body = {_model_call(model, arguments)}")
    forms_text = " or ".join("(" + ", ".join(a.name for a in fields) + ")" for _m, fields in forms)
    lines.append("if body is None:")
    lines.append(f'    raise TypeError("{operation_id}: give {forms_text}")')
    # One declaration of `body` for the type checker; each branch assigns it.
    return ["body: Any = None", *lines]


def plan(spec: Spec, openapi: Any, operations: Iterable[Any], paged: dict[str, str], base_path: str) -> list[Resource]:
    """One resource per tag, each method in document order; `base_path` is the server's (`/v1`)."""
    by_function = {op.module.split(".", 1)[1]: op for op in operations}
    endpoints = {str(ep.name): ep for coll in openapi.endpoint_collections_by_tag.values() for ep in coll.endpoints}
    tag_text = {str(t.get("name")): str(t.get("description") or "") for t in spec.data.get("tags") or []}
    resources: dict[str, Resource] = {}
    for function, op in by_function.items():
        endpoint = endpoints.get(function)
        if endpoint is None:
            raise SpecError(spec.path, f"{op.operation_id}: openapi-python-client made no function {function}")
        resource = resources.get(op.tag)
        if resource is None:
            resource = resources[op.tag] = Resource(op.tag, _class_name(op.tag), tag_text.get(op.tag, ""), [])
        resource.methods.append(_plan_method(spec, endpoint, op, paged, resource.imports, base_path))
    for tag in resources:
        if not tag.isidentifier() or tag != tag.lower() or keyword.iskeyword(tag) or tag in CLIENT_ATTRIBUTES:
            raise spec.error(
                "/tags",
                f"tag {tag!r} cannot name a resource (client.{tag}): use a lower-case identifier that is not one "
                f"of the client's own attributes {sorted(CLIENT_ATTRIBUTES)}",
            )
    return list(resources.values())


def _class_name(tag: str) -> str:
    return "".join(part.capitalize() for part in re.split(r"[_\W]+", tag) if part)


def render(env: Any, package_dir: Path, resources: list[Resource], package: str) -> None:
    """Write resources/<tag>.py for each resource and _client.py with `Whereby` and `AsyncWhereby`."""
    folder = package_dir / "resources"
    folder.mkdir(exist_ok=True)
    module = env.get_template("resources/resource.py.jinja")
    for resource in resources:
        text = module.render(resource=resource, package=package)
        (folder / f"{resource.tag}.py").write_text(text, encoding="utf-8")
    init = env.get_template("resources/init.py.jinja").render(resources=resources, package=package)
    (folder / "__init__.py").write_text(init, encoding="utf-8")
    client = env.get_template("resources/client.py.jinja").render(resources=resources, package=package)
    (package_dir / "_client.py").write_text(client, encoding="utf-8")
