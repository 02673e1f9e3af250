"""MkDocs hook: pages made at build time from the code, so that no hand-kept list goes stale.

- One API reference page per resource of the client (`whereby_v1/resources/<tag>.py`: `client.<tag>`
  and its async twin), filled by mkdocstrings and put in the nav under "API reference".
- One page per tag of the lower layer's generated operations (`whereby_v1/api/<tag>/`, one module
  per operation), under "Operations (lower layer)".
- `examples.md`: every script in examples/ (and every folder of them) with its docstring, how to
  run it, and its source; then the helpers the scripts import (`_*.py`), which are not examples.

It only adds pages in memory: it never writes into docs/.
"""

from __future__ import annotations

import ast
from pathlib import Path
from typing import Any

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import File, Files

ROOT = Path(__file__).resolve().parents[2]
API = ROOT / "generated_client" / "whereby_v1" / "api"
RESOURCES = ROOT / "generated_client" / "whereby_v1" / "resources"
EXAMPLES = ROOT / "examples"
SECTION = "API reference"
OPERATION_MEMBERS = ["sync", "sync_detailed", "asyncio", "asyncio_detailed", "iterate", "aiterate"]


def tags() -> list[str]:
    return sorted(p.name for p in API.iterdir() if (p / "__init__.py").is_file())


def operations(tag: str) -> list[str]:
    return sorted(p.stem for p in (API / tag).glob("*.py") if not p.stem.startswith("_"))


def page(tag: str) -> str:
    lines = [
        f"# {tag.capitalize()}",
        "",
        f"The operations tagged `{tag}` in the contract, one module each: `from whereby_v1.api.{tag} import ...`.",
        "Each has `sync`, `sync_detailed`, `asyncio` and `asyncio_detailed`; paged lists also have",
        "`iterate` and `aiterate`. Pass a [`WherebyClient`](../client.md) as `client=`. This is the layer",
        "below the [resource client](../resource-client.md), kept for code written against it.",
        "",
    ]
    for operation in operations(tag):
        lines += [
            f"::: whereby_v1.api.{tag}.{operation}",
            "    options:",
            "      show_root_full_path: true",
            f"      members: {OPERATION_MEMBERS}",
            "",
        ]
    return "\n".join(lines)


def resources() -> list[str]:
    return sorted(p.stem for p in RESOURCES.glob("*.py") if not p.stem.startswith("_"))


def resource_page(tag: str) -> str:
    module = f"whereby_v1.resources.{tag}"
    text = (RESOURCES / f"{tag}.py").read_text(encoding="utf-8")
    names = [line.split("(")[0].removeprefix("class ") for line in text.splitlines() if line.startswith("class ")]
    sync, async_ = names[0], names[1]
    lines = [
        f"# `client.{tag}`",
        "",
        f"`Whereby().{tag}` is a [`{sync}`](#{module}.{sync}); `AsyncWhereby().{tag}` an",
        f"[`{async_}`](#{module}.{async_}) with the same methods, awaited (lists: `async for`).",
        "Each method gives its `METHOD /path` and its point cost, returns its model (None for a 204) and",
        "raises an [`APIStatusError`](../errors.md) for any error reply. `client.with_raw_response."
        f"{tag}.<method>(...)` returns a [`RawResponse`](../resource-client.md) instead.",
        "",
    ]
    for name in (sync, async_):
        lines += [f"::: {module}.{name}", "    options:", "      show_root_full_path: false", ""]
    return "\n".join(lines)


def examples_page() -> str:
    lines = [
        "# Examples",
        "",
        "Runnable scripts in `examples/`, each tested against the sandbox by `make test`",
        "(`tests/examples/`). Run them from the repository root, after `make install`, as each one says;",
        "`python -m sandbox.run` starts a throwaway [sandbox](sandbox.md) for the command after `--`.",
        "",
    ]
    scripts = sorted(p for p in EXAMPLES.glob("*.py") if not p.name.startswith("_"))
    helpers = sorted(p for p in EXAMPLES.glob("*.py") if p.name.startswith("_"))
    folders = sorted(p for p in EXAMPLES.iterdir() if p.is_dir() and any(p.glob("*.py")))
    for entry in [*scripts, *folders]:
        files = [entry] if entry.is_file() else sorted(entry.glob("*.py"), key=lambda f: f.name != "conftest.py")
        doc = ast.get_docstring(ast.parse(files[0].read_text())) or ""
        title, _, rest = doc.partition("\n")
        lines += [f"## `{entry.relative_to(ROOT).as_posix()}`", "", title, "", rest.strip(), ""]
        for file in files:
            name = file.relative_to(ROOT).as_posix()
            lines += source(name)
    if helpers:
        lines += ["## Helpers", "", "Not examples: what the scripts above import.", ""]
        for helper in helpers:
            name = helper.relative_to(ROOT).as_posix()
            title = (ast.get_docstring(ast.parse(helper.read_text())) or "").partition("\n")[0]
            lines += [f"- `{name}`: {title}", "", *source(name)]
    return "\n".join(lines)


def source(name: str) -> list[str]:
    """A file of examples/, shown folded."""
    return [f'??? example "{name}"', "", "    ```python", f'    --8<-- "{name}"', "    ```", ""]


def on_config(config: MkDocsConfig) -> MkDocsConfig:
    entries = [{tag.capitalize(): f"reference/api/{tag}.md"} for tag in tags()]
    faces = [{f"client.{tag}": f"reference/resources/{tag}.md"} for tag in resources()]
    for item in config.nav or []:
        if isinstance(item, dict) and SECTION in item:
            section: list[Any] = item[SECTION]
            section.insert(2, {"Resources": faces})  # right after the resource client itself
            section.insert(len(section) - 2, {"Operations (lower layer)": entries})  # before the models
            break
    else:
        raise ValueError(f"mkdocs.yml has no nav section {SECTION!r} for the operation pages")
    return config


def on_files(files: Files, config: MkDocsConfig) -> Files:
    for tag in tags():
        files.append(File.generated(config, f"reference/api/{tag}.md", content=page(tag)))
    for tag in resources():
        files.append(File.generated(config, f"reference/resources/{tag}.md", content=resource_page(tag)))
    files.append(File.generated(config, "examples.md", content=examples_page()))
    return files
