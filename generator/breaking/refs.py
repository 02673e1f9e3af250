"""Every local `$ref` replaced by what it points to: one inline tree per revision.

A `$ref`-heavy document and its inline form must give the same verdict, so the rules only
ever see inline trees. Pointers are read with the spec module's helpers. A reference that
points to nothing is left in place as `{"$ref": ...}` (an unknown schema): reporting it is the
loader's job, which refuses it in strict mode and warns about it otherwise.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ..spec import lookup
from .core import _CYCLE


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
                try:
                    found = lookup(data, ref)
                except KeyError:
                    return {"$ref": ref}, frozenset()
                target, opened = walk(found, (*stack, ref))
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
