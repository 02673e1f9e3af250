"""Security schemes and requirements: every request the old contract authorised must still be."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from .core import ADDITION, AUTH_CHANGED, DOC_KEYS, REFINEMENT, RELAXATION, Differ, _canon, _dict, _list, _show


def security_schemes(d: Differ) -> None:
    old = _dict(_dict(d.old.get("components")).get("securitySchemes"))
    new = _dict(_dict(d.new.get("components")).get("securitySchemes"))
    added = [name for name in new if name not in old]
    for name, scheme in old.items():
        where = f"components.securitySchemes.{name}"
        if name in new:
            security_scheme(d, _dict(scheme), _dict(new[name]), where)
            continue
        twins = [n for n in added if _scheme_identity(scheme) == _scheme_identity(new[n])]
        if twins:
            d.renamed_schemes[name] = twins[0]
            added.remove(twins[0])
            d.add(
                "security-scheme-renamed",
                REFINEMENT,
                where,
                f"the security scheme {name} was renamed to {twins[0]} with the same definition",
            )
        else:
            d.add(
                "security-scheme-removed",
                AUTH_CHANGED,
                where,
                f"the security scheme {name} was removed",
            )
    for name in added:
        d.add(
            "security-scheme-added",
            ADDITION,
            f"components.securitySchemes.{name}",
            f"the security scheme {name} was added",
        )


def security_scheme(d: Differ, old: dict[str, Any], new: dict[str, Any], where: str) -> None:
    handled = {"type", "scheme", "bearerFormat", "name", "in", "flows", "openIdConnectUrl"}
    if old.get("type") != new.get("type"):
        d.add(
            "security-scheme-type-changed",
            AUTH_CHANGED,
            where,
            f"the security scheme's type changed from {_show(old.get('type'))} to {_show(new.get('type'))}",
        )
        d.docs(old, new, where)
        return
    kind = old.get("type")
    if kind == "http":
        if str(old.get("scheme", "")).lower() != str(new.get("scheme", "")).lower():
            d.add(
                "security-scheme-http-scheme-changed",
                AUTH_CHANGED,
                where,
                f"the HTTP auth scheme changed from {_show(old.get('scheme'))} to {_show(new.get('scheme'))}",
            )
        if old.get("bearerFormat") != new.get("bearerFormat"):
            d.add(
                "security-scheme-bearer-format-changed",
                REFINEMENT,
                where,
                f"the bearer format hint changed from {_show(old.get('bearerFormat'))} "
                f"to {_show(new.get('bearerFormat'))}",
            )
    elif kind == "apiKey":
        if old.get("in") != new.get("in"):
            d.add(
                "security-scheme-api-key-location-changed",
                AUTH_CHANGED,
                where,
                f"the API key moved from the {old.get('in')} to the {new.get('in')}",
            )
        old_name, new_name = str(old.get("name")), str(new.get("name"))
        if new.get("in") == "header":
            old_name, new_name = old_name.lower(), new_name.lower()
        if old_name != new_name:
            d.add(
                "security-scheme-api-key-name-changed",
                AUTH_CHANGED,
                where,
                f"the API key's name changed from {_show(old.get('name'))} to {_show(new.get('name'))}",
            )
    elif kind == "oauth2":
        oauth_flows(d, _dict(old.get("flows")), _dict(new.get("flows")), where)
    elif kind == "openIdConnect" and old.get("openIdConnectUrl") != new.get("openIdConnectUrl"):
        d.add(
            "security-scheme-openid-url-changed",
            AUTH_CHANGED,
            where,
            f"the OpenID Connect URL changed to {_show(new.get('openIdConnectUrl'))}",
        )
    d.leftovers(old, new, handled, where)


def oauth_flows(d: Differ, old: dict[str, Any], new: dict[str, Any], where: str) -> None:
    for flow, spec in old.items():
        if flow not in new:
            d.add("security-scheme-oauth-flow-removed", AUTH_CHANGED, where, f"the OAuth {flow} flow was removed")
            continue
        o, n = _dict(spec), _dict(new[flow])
        for url in ("authorizationUrl", "tokenUrl", "refreshUrl"):
            if o.get(url) != n.get(url):
                d.add(
                    "security-scheme-oauth-url-changed",
                    AUTH_CHANGED,
                    where,
                    f"the OAuth {flow} flow's {url} changed to {_show(n.get(url))}",
                )
        old_scopes, new_scopes = _dict(o.get("scopes")), _dict(n.get("scopes"))
        for scope in old_scopes:
            if scope not in new_scopes:
                d.add(
                    "security-scheme-oauth-scope-removed",
                    AUTH_CHANGED,
                    where,
                    f"the OAuth scope {scope} ({flow} flow) was removed",
                )
        for scope in new_scopes:
            if scope not in old_scopes:
                d.add(
                    "security-scheme-oauth-scope-added",
                    ADDITION,
                    where,
                    f"the OAuth scope {scope} ({flow} flow) was added",
                )
    for flow in new:
        if flow not in old:
            d.add("security-scheme-oauth-flow-added", ADDITION, where, f"the OAuth {flow} flow was added")


def _alternatives(d: Differ, requirement: Any, rename: bool) -> set[frozenset[tuple[str, frozenset[str]]]]:
    if requirement is None or requirement == []:
        return {frozenset()}
    found: set[frozenset[tuple[str, frozenset[str]]]] = set()
    for alternative in _list(requirement):
        entries = []
        for name, scopes in _dict(alternative).items():
            name = d.renamed_schemes.get(name, name) if rename else name
            entries.append((name, frozenset(str(s) for s in _list(scopes))))
        found.add(frozenset(entries))
    return found


def requirements(d: Differ, old: Any, new: Any, where: str) -> None:
    """Security requirements: every request the old contract authorised must still be authorised."""
    before = _alternatives(d, old, rename=True)
    after = _alternatives(d, new, rename=False)
    if before == after:
        return

    def accepts(alternative: frozenset[tuple[str, frozenset[str]]]) -> bool:
        held = dict(alternative)
        return any(all(n in held and s <= held[n] for n, s in option) for option in after)

    refused = [a for a in before if not accepts(a)]
    if refused:
        d.add(
            "security-requirement-added",
            AUTH_CHANGED,
            where,
            f"requests {_describe(refused, refused=True)} are no longer accepted; now required: {_describe(after)}",
        )
    elif before <= after:
        d.add(
            "security-alternative-added",
            ADDITION,
            where,
            f"also accepted now: {_describe(after - before)}",
        )
    else:
        d.add(
            "security-requirement-removed",
            RELAXATION,
            where,
            f"the requirement changed from {_describe(before)} to {_describe(after)}; every old request is still accepted",
        )


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
