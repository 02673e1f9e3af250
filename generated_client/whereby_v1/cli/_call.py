"""`whereby-v1 call OPERATION_ID` and `whereby-v1 operations`: every operation of the contract, by its id.

Everything comes from the generated operations table and the generated modules: which
operations exist, their parameters, which are required, the Python keyword each is passed as, the
body's media type, and the Python types the strings typed by a person must become. The request then goes through the generated
function itself, so it is validated and serialised exactly as the library does. This module must
never name an endpoint: a new operation in openapi.yaml is callable after regeneration.
"""

from __future__ import annotations

import datetime
import difflib
import enum
import importlib
import inspect
import math
import mimetypes
import re
import types
import typing
from collections.abc import Callable
from pathlib import Path
from typing import Any

import attrs
import click

from .._operations import OPERATIONS, Operation, Parameter
from ..errors import ModelValidationError
from ..types import File, Unset
from ._common import common_options, state
from ._input import MAX_JSON_BODY, MAX_UPLOAD, decode, parse_json, read_limited, size_text

_BY_ID = {op.operation_id: op for op in OPERATIONS}
_DEEP = re.compile(r"^(?P<name>[^\[\]=]+)\[(?P<key>[^\[\]]+)\]$")  # roomName[startsWith]


def find_operation(operation_id: str) -> Operation:
    if operation_id in _BY_ID:
        return _BY_ID[operation_id]
    close = difflib.get_close_matches(operation_id, list(_BY_ID), n=3)
    hint = f"; did you mean {' or '.join(close)}?" if close else ""
    raise click.UsageError(
        f"unknown operation {operation_id!r}{hint} ('whereby-v1 operations' lists all {len(_BY_ID)})"
    )


def _keyword(parameter: Parameter, signature: inspect.Signature) -> str:
    """The generated function's keyword for a parameter, as the operations table names it."""
    if parameter.python_name not in signature.parameters:
        raise click.ClickException(
            f"the generated function takes no argument {parameter.python_name!r} for {parameter.name!r} "
            "(regenerate the client?)"
        )
    return parameter.python_name


def _kinds(hint: Any) -> list[Any]:
    """The types a hint allows, without `Unset` and `None` (those mean: leave it out)."""
    if typing.get_origin(hint) in (typing.Union, types.UnionType):
        return [k for k in typing.get_args(hint) if k is not Unset and k is not type(None)]
    return [hint]


def _scalar(name: str, text: str, kind: Any) -> Any:
    if kind is str or kind is Any:
        return text
    if isinstance(kind, type) and issubclass(kind, enum.Enum):
        known = [str(member.value) for member in kind]
        if text not in known:
            raise click.UsageError(f"{name}: {text!r} is not one of: {', '.join(known)}")
        return kind(text)
    if kind is bool:
        if text.lower() not in {"true", "false", "1", "0", "yes", "no"}:
            raise click.UsageError(f"{name}: {text!r} is not true or false")
        return text.lower() in {"true", "1", "yes"}
    try:
        if kind is int:
            return int(text)
        if kind is float:
            number = float(text)
            if not math.isfinite(number):  # the API speaks JSON, which has no nan or infinity
                raise click.UsageError(f"{name}: {text!r} is not a finite number")
            return number
        if kind is datetime.datetime:
            return datetime.datetime.fromisoformat(text)
        if kind is datetime.date:
            return datetime.date.fromisoformat(text)
    except ValueError:
        raise click.UsageError(f"{name}: {text!r} is not a valid {kind.__name__}") from None
    raise click.UsageError(
        f"{name}: values of type {kind!r} cannot be given on the command line; use call's Python API"
    )


def _convert(name: str, values: list[str], nested: dict[str, str], hint: Any) -> Any:
    """The strings given for one parameter, as the Python value its generated function takes."""
    errors: list[str] = []
    for kind in _kinds(hint):
        try:
            if typing.get_origin(kind) is list:
                (item,) = typing.get_args(kind)
                return [
                    _scalar(name, part.strip(), item) for value in values for part in value.split(",") if part.strip()
                ]
            if attrs.has(kind) and hasattr(kind, "from_dict"):
                # A deepObject parameter: roomName[startsWith]=x, or roomName='{"startsWith": "x"}'.
                data: dict[str, Any] = dict(nested)
                for value in values:
                    loaded = parse_json(value)
                    if not isinstance(loaded, dict):
                        raise click.UsageError(f"{name}: give a JSON object or {name}[key]=value")
                    data.update(loaded)
                return kind.from_dict(data)
            if nested:
                raise click.UsageError(f"{name} takes a single value, not {name}[key]=value")
            if len(values) > 1:
                raise click.UsageError(f"{name} was given {len(values)} times; it takes one value")
            return _scalar(name, values[0], kind)
        except click.UsageError as exc:
            errors.append(exc.format_message())
        except (ValueError, TypeError, KeyError) as exc:
            errors.append(f"{name}: {exc}")
    raise click.UsageError("; ".join(errors) or f"{name}: no usable type")


def _parse_params(op: Operation, pairs: tuple[str, ...]) -> tuple[dict[str, list[str]], dict[str, dict[str, str]]]:
    known = [p.name for p in op.parameters]
    listing = f"{op.operation_id}'s parameters are: {', '.join(known)}" if known else f"{op.operation_id} takes none"
    values: dict[str, list[str]] = {}
    nested: dict[str, dict[str, str]] = {}
    unknown: list[str] = []
    for pair in pairs:
        if "=" not in pair:
            raise click.UsageError(f"--param {pair!r}: write NAME=VALUE; {listing}")
        key, value = pair.split("=", 1)
        deep = _DEEP.match(key)
        base = deep.group("name") if deep else key
        if base not in known:
            unknown.append(base)
        elif deep:
            nested.setdefault(base, {})[deep.group("key")] = value
        else:
            values.setdefault(base, []).append(value)
    if unknown:
        raise click.UsageError(f"unknown parameter(s) {', '.join(dict.fromkeys(unknown))}; {listing}")
    missing = [p.name for p in op.parameters if p.required and p.name not in values and p.name not in nested]
    if missing:
        raise click.UsageError(f"missing required parameter(s) {', '.join(missing)} (--param NAME=VALUE); {listing}")
    return values, nested


def load_json(source: str) -> Any:
    """--body: inline JSON, @file.json, or - for stdin; errors name where the text came from."""
    if source == "-" or source.startswith("@"):
        path = source[1:] if source.startswith("@") else "-"
        where = "the body from stdin" if path == "-" else f"body file {path!r}"
        data = read_limited(path, MAX_JSON_BODY, option="--body", where=where, what="a JSON body")
        text = decode("--body", where, data)
    else:  # an argument: the system bounds its length (128 KiB on Linux)
        text, where = source, "--body"
    try:
        return parse_json(text)
    except ValueError as exc:
        raise click.UsageError(f"{where} {exc}") from None


def _form(pairs: tuple[str, ...]) -> tuple[dict[str, Any], dict[str, Path]]:
    """--form NAME=@path (a file) or NAME=text: the parts, and which were files."""
    parts: dict[str, Any] = {}
    files: dict[str, Path] = {}
    for pair in pairs:
        if "=" not in pair:
            raise click.UsageError(f"--form {pair!r}: write NAME=@path for a file or NAME=text")
        key, value = pair.split("=", 1)
        if value.startswith("@"):
            path = value[1:]
            where = f"form file {path!r}"
            parts[key] = read_limited(path, MAX_UPLOAD, option=f"--form {key}", where=where, what="an uploaded file")
            files[key] = Path(path)
        else:
            parts[key] = value
    return parts, files


def _body(op: Operation, hint: Any, body: str | None, form: tuple[str, ...]) -> Any:
    if op.body is None:
        if body is not None or form:
            raise click.UsageError(f"{op.operation_id} takes no body")
        return None
    if body is not None and form:
        raise click.UsageError("give --body (JSON) or --form (multipart), not both")
    if body is None and not form:
        example = "--form NAME=@path" if op.body == "multipart/form-data" else "--body @file.json"
        raise click.UsageError(f"{op.operation_id} needs a body ({op.body}): {example}")
    kinds = [k for k in _kinds(hint) if hasattr(k, "from_dict")]
    multipart = [k for k in kinds if hasattr(k, "to_multipart")]
    json_kinds = [k for k in kinds if k not in multipart]
    files: dict[str, Path] = {}
    if form:
        data, files = _form(form)
        candidates = multipart
    else:
        data, candidates = load_json(body or ""), json_kinds
    if not candidates:
        raise click.UsageError(f"{op.operation_id} takes no {'multipart' if form else 'JSON'} body")
    if not isinstance(data, dict):
        raise click.UsageError(f"the body must be a JSON object, not {type(data).__name__}")
    errors: list[str] = []
    for kind in candidates:
        try:
            value = kind.from_dict(data)
        except ModelValidationError as exc:
            if exc.reason == "missing":
                errors.append(f"{kind.__name__} needs the field {exc.field!r}")
            else:
                errors.append(str(exc))
            continue
        except KeyError as exc:
            errors.append(f"{kind.__name__} needs the field {exc.args[0]!r}")
            continue
        except (ValueError, TypeError, AttributeError) as exc:
            errors.append(f"{kind.__name__}: {exc}")
            continue
        _name_files(value, files)
        return value
    raise click.UsageError("the body does not fit: " + "; ".join(errors))


def _name_files(value: Any, files: dict[str, Path]) -> None:
    # from_dict wraps bytes without a name; the server deserves the file's name and type. Which
    # attribute holds which part is the model's own knowledge: to_multipart() pairs each part's
    # name with the very payload object of its File.
    if not files:
        return
    parts = {id(part[1]): name for name, part in value.to_multipart()}
    for attribute in attrs.fields(type(value)):
        file = getattr(value, attribute.name)
        if not isinstance(file, File):
            continue
        path = files.get(parts.get(id(file.payload), ""))
        if path is not None:
            file.file_name = path.name
            file.mime_type = mimetypes.guess_type(path.name)[0] or "application/octet-stream"


def prepare(
    op: Operation, params: tuple[str, ...], body: str | None, form: tuple[str, ...]
) -> tuple[Callable[..., Any], dict[str, Any]]:
    """The generated `sync_detailed` of the operation and the keyword arguments for it."""
    module = importlib.import_module(f"{__package__.rsplit('.', 1)[0]}.api.{op.module}")
    function: Callable[..., Any] = module.sync_detailed
    signature = inspect.signature(function)
    hints = typing.get_type_hints(function)
    values, nested = _parse_params(op, params)
    by_name = {p.name: p for p in op.parameters}
    kwargs: dict[str, Any] = {}
    for name in dict.fromkeys([*values, *nested]):
        keyword = _keyword(by_name[name], signature)
        kwargs[keyword] = _convert(name, values.get(name, []), nested.get(name, {}), hints[keyword])
    value = _body(op, hints.get("body"), body, form)
    if value is not None:
        kwargs["body"] = value
    return function, kwargs


@click.command(context_settings={"show_default": False})
@click.argument("operation_id")
@click.option(
    "-p",
    "--param",
    "params",
    multiple=True,
    metavar="NAME=VALUE",
    help="A path or query parameter by its name in the spec; repeat for more. Lists: a,b or repeat. "
    "Objects: NAME[key]=VALUE or NAME='{\"key\": ...}'.",
)
@click.option(
    "-b",
    "--body",
    metavar="JSON|@FILE|-",
    help=f"A JSON body: inline, @file.json, or - for stdin (at most {size_text(MAX_JSON_BODY)}).",
)
@click.option(
    "-F",
    "--form",
    multiple=True,
    metavar="NAME=@PATH|NAME=TEXT",
    help=f"A multipart body part, a file at most {size_text(MAX_UPLOAD)}; repeat.",
)
@common_options
def call(operation_id: str, params: tuple[str, ...], body: str | None, form: tuple[str, ...]) -> None:
    """Call any operation by its operationId and print the reply's JSON ('whereby-v1 operations' lists them).

    \b
      whereby-v1 call getMeeting -p meetingId=123
      whereby-v1 call getMeetings -p limit=5 -p 'roomName[startsWith]=team'
      whereby-v1 call createMeeting --body @meeting.json
      whereby-v1 call setRoomLogo -p roomName=/my-room --form image=@logo.png
    """
    op = find_operation(operation_id)
    function, kwargs = prepare(op, params, body, form)
    run = state()
    # The lower layer's function, through the run's one client: the same budget and connection pool.
    response = function(client=run.client().api_client, **kwargs)
    run.output.raw(response.content)


@click.command()
@click.argument("operation_id", required=False)
@click.option("--tag", help="Only operations with this tag (meetings, recordings, ...).")
@common_options
def operations(operation_id: str | None, tag: str | None) -> None:
    """The operations `call` reaches: method, path, points, parameters (* required), body."""
    chosen = [find_operation(operation_id)] if operation_id else [op for op in OPERATIONS if tag in (None, op.tag)]
    out = state().output
    rows = [
        {
            "operationId": op.operation_id,
            "method": op.method,
            "path": op.path,
            "points": op.points,
            "parameters": [{"name": p.name, "in": p.location, "required": p.required} for p in op.parameters]
            if out.json_mode
            else ", ".join(p.name + ("*" if p.required else "") for p in op.parameters),
            "body": op.body,
            "tag": op.tag,
            "summary": op.summary,
        }
        for op in chosen
    ]
    out.items(rows, ("operationId", "method", "path", "points", "parameters", "body", "summary"))
