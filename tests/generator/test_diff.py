"""`python -m generator diff`: every rule, in both directions, on small spec pairs.

Each case edits a small `$ref`-heavy spec. Forward (base -> edited) must report exactly
the expected rules; backward (edited -> base) the counterpart (a removal reads as an
addition, a tightening as a relaxation). The same pairs, fully inlined, give the same
verdict, and a spec compared with itself (keys reordered, or refs inlined) is empty.
"""

from __future__ import annotations

import copy
import json
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from ruamel.yaml import YAML

from generator.__main__ import main
from generator.breaking import BREAKING_CATEGORIES, NON_BREAKING_CATEGORIES, Report, diff_specs
from tests.conftest import ROOT

Edit = Callable[[dict[str, Any]], None]
Rules = set[tuple[str, str]]


def base_spec() -> dict[str, Any]:
    ref = "#/components/schemas/"
    return {
        "openapi": "3.1.0",
        "info": {"title": "Meetings", "version": "1.0.0"},
        "servers": [{"url": "https://api.example.com/v1"}],
        "security": [{"Bearer": []}],
        "paths": {
            "/meetings": {
                "get": {
                    "operationId": "getMeetings",
                    "tags": ["meetings"],
                    "summary": "List meetings",
                    "x-rate-limit-points": 1,
                    "parameters": [
                        {"$ref": "#/components/parameters/Limit"},
                        {"name": "cursor", "in": "query", "schema": {"type": "string"}},
                    ],
                    "responses": {
                        "200": {
                            "description": "One page.",
                            "headers": {"X-RateLimit-Limit": {"$ref": "#/components/headers/Limit"}},
                            "content": {"application/json": {"schema": {"$ref": ref + "MeetingPage"}}},
                        },
                        "401": {"$ref": "#/components/responses/Unauthorized"},
                    },
                },
                "post": {
                    "operationId": "createMeeting",
                    "tags": ["meetings"],
                    "requestBody": {
                        "required": True,
                        "content": {"application/json": {"schema": {"$ref": ref + "CreateMeeting"}}},
                    },
                    "responses": {
                        "201": {
                            "description": "Created.",
                            "content": {"application/json": {"schema": {"$ref": ref + "Meeting"}}},
                        },
                    },
                },
            },
            "/meetings/{meetingId}": {
                "parameters": [{"name": "meetingId", "in": "path", "required": True, "schema": {"type": "string"}}],
                "get": {
                    "operationId": "getMeeting",
                    "tags": ["meetings"],
                    "responses": {
                        "200": {
                            "description": "The meeting.",
                            "content": {"application/json": {"schema": {"$ref": ref + "Meeting"}}},
                        },
                    },
                },
                "delete": {
                    "operationId": "deleteMeeting",
                    "tags": ["meetings"],
                    "responses": {"204": {"description": "Deleted."}},
                },
            },
            "/health": {
                "get": {
                    "operationId": "getHealth",
                    "tags": ["meta"],
                    "security": [],
                    "responses": {"200": {"description": "Up."}},
                },
            },
        },
        "components": {
            "securitySchemes": {
                "Bearer": {"type": "http", "scheme": "bearer"},
                "Key": {"type": "apiKey", "name": "X-Api-Key", "in": "header"},
            },
            "parameters": {
                "Limit": {
                    "name": "limit",
                    "in": "query",
                    "required": False,
                    "schema": {"type": "integer", "minimum": 1, "maximum": 100},
                },
            },
            "headers": {"Limit": {"required": True, "schema": {"type": "integer"}}},
            "responses": {
                "Unauthorized": {
                    "description": "No key.",
                    "content": {"application/json": {"schema": {"$ref": ref + "Error"}}},
                },
            },
            "schemas": {
                "Error": {"type": "object", "properties": {"error": {"type": "string"}}},
                "State": {"type": "string", "enum": ["active", "ended"]},
                "Meeting": {
                    "type": "object",
                    "required": ["meetingId", "roomUrl", "endDate"],
                    "properties": {
                        "meetingId": {"type": "string"},
                        "roomName": {"type": "string", "description": "With a leading slash."},
                        "roomUrl": {"type": "string", "format": "uri"},
                        "endDate": {"type": "string", "format": "date-time"},
                        "duration": {"type": "integer"},
                        "state": {"$ref": ref + "State"},
                        "host": {"$ref": ref + "Host"},
                        "location": {
                            "oneOf": [
                                {"type": "string"},
                                {"type": "object", "properties": {"lat": {"type": "number"}}},
                            ]
                        },
                    },
                },
                "Host": {"type": "object", "properties": {"name": {"type": "string"}}},
                "MeetingPage": {
                    "type": "object",
                    "required": ["results"],
                    "properties": {
                        "results": {"type": "array", "items": {"$ref": ref + "Meeting"}},
                        "cursor": {"type": ["string", "null"]},
                    },
                },
                "CreateMeeting": {
                    "type": "object",
                    "required": ["endDate"],
                    "properties": {
                        "endDate": {"type": "string", "format": "date-time"},
                        "roomNamePrefix": {"type": "string", "maxLength": 39, "pattern": "^[a-z0-9-]*$"},
                        "roomMode": {"type": "string", "enum": ["normal", "group"], "default": "normal"},
                        "fields": {"type": "array", "items": {"type": "string"}},
                        "size": {"type": "number"},
                        "host": {"$ref": ref + "Host"},
                        "slot": {"anyOf": [{"type": "string"}, {"type": "integer"}]},
                    },
                },
            },
        },
    }


def inlined(spec: dict[str, Any]) -> dict[str, Any]:
    """The same document with every `$ref` written out (written here, independent of the engine)."""

    def resolve(ref: str) -> Any:
        node: Any = spec
        for token in ref[2:].split("/"):
            node = node[token]
        return node

    def walk(node: Any) -> Any:
        if isinstance(node, dict):
            if "$ref" in node:
                return walk(resolve(node["$ref"]))
            return {k: walk(v) for k, v in node.items()}
        if isinstance(node, list):
            return [walk(v) for v in node]
        return node

    out = {k: walk(v) for k, v in spec.items() if k != "components"}
    out["components"] = {"securitySchemes": walk(spec["components"]["securitySchemes"])}
    return out


def reordered(node: Any) -> Any:
    if isinstance(node, dict):
        return {k: reordered(v) for k, v in reversed(list(node.items()))}
    if isinstance(node, list):
        return [reordered(v) for v in node]
    return node


def schemas(spec: dict[str, Any]) -> dict[str, Any]:
    result: dict[str, Any] = spec["components"]["schemas"]
    return result


def meeting(spec: dict[str, Any]) -> dict[str, Any]:
    result: dict[str, Any] = schemas(spec)["Meeting"]
    return result


def create(spec: dict[str, Any]) -> dict[str, Any]:
    result: dict[str, Any] = schemas(spec)["CreateMeeting"]
    return result


def ops(spec: dict[str, Any], path: str, method: str) -> dict[str, Any]:
    result: dict[str, Any] = spec["paths"][path][method]
    return result


def limit(spec: dict[str, Any]) -> dict[str, Any]:
    result: dict[str, Any] = spec["components"]["parameters"]["Limit"]
    return result


def scheme(spec: dict[str, Any], name: str) -> dict[str, Any]:
    result: dict[str, Any] = spec["components"]["securitySchemes"][name]
    return result


def _set(target: Callable[[dict[str, Any]], dict[str, Any]], **values: Any) -> Edit:
    def edit(spec: dict[str, Any]) -> None:
        target(spec).update(values)

    return edit


def _drop(target: Callable[[dict[str, Any]], Any], key: str) -> Edit:
    def edit(spec: dict[str, Any]) -> None:
        del target(spec)[key]

    return edit


def _prop(name: str, of: Callable[[dict[str, Any]], dict[str, Any]] = meeting) -> Callable[[dict[str, Any]], Any]:
    return lambda spec: of(spec)["properties"][name]


def _add_param(param: dict[str, Any]) -> Edit:
    return lambda spec: ops(spec, "/meetings", "get")["parameters"].append(param)


def _response_media(spec: dict[str, Any]) -> dict[str, Any]:
    result: dict[str, Any] = ops(spec, "/meetings/{meetingId}", "get")["responses"]["200"]["content"]
    return result


def _request_media(spec: dict[str, Any]) -> dict[str, Any]:
    result: dict[str, Any] = ops(spec, "/meetings", "post")["requestBody"]["content"]
    return result


def _both_media(target: Callable[[dict[str, Any]], dict[str, Any]]) -> Edit:
    def edit(spec: dict[str, Any]) -> None:
        media = target(spec)
        media["application/xml"] = copy.deepcopy(media["application/json"])

    return edit


def _compose(*edits: Edit) -> Edit:
    def edit(spec: dict[str, Any]) -> None:
        for one in edits:
            one(spec)

    return edit


F, R, E, A = "format-changed", "response-data-removed", "endpoint-removed", "auth-changed"
ADD, RELAX, REFINE, DOC, DEPR = "addition", "relaxation", "refinement", "documentation", "deprecation"

# (id, edit, rules base -> edited, rules edited -> base)
CASES: list[tuple[str, Edit, Rules, Rules]] = [
    # --- endpoints
    (
        "path-removed",
        _drop(lambda s: s["paths"], "/health"),
        {("api-path-removed", E)},
        {("api-path-added", ADD)},
    ),
    (
        "operation-removed",
        _drop(lambda s: s["paths"]["/meetings/{meetingId}"], "delete"),
        {("api-operation-removed", E)},
        {("api-operation-added", ADD)},
    ),
    (
        "operation-id-changed",
        _set(lambda s: ops(s, "/meetings", "get"), operationId="listMeetings"),
        {("api-operation-id-changed", E)},
        {("api-operation-id-changed", E)},
    ),
    (
        "sdk-method-changed",
        _set(lambda s: ops(s, "/meetings", "get"), **{"x-sdk-method": "everything"}),
        {("api-sdk-method-changed", E)},
        {("api-sdk-method-changed", E)},
    ),
    (
        "tag-changed",
        _set(lambda s: ops(s, "/health", "get"), tags=["status"]),
        {("api-tag-changed", E)},
        {("api-tag-changed", E)},
    ),
    (
        "server-removed",
        lambda s: s.update(servers=[{"url": "https://api.example.com/v2"}]),
        {("api-server-removed", E), ("api-server-added", ADD)},
        {("api-server-removed", E), ("api-server-added", ADD)},
    ),
    # --- responses
    (
        "success-status-removed",
        lambda s: ops(s, "/meetings", "post")["responses"].update(
            {"200": ops(s, "/meetings", "post")["responses"].pop("201")}
        ),
        {("response-success-status-removed", R), ("response-success-status-added", ADD)},
        {("response-success-status-removed", R), ("response-success-status-added", ADD)},
    ),
    (
        "error-status-removed",
        _drop(lambda s: ops(s, "/meetings", "get")["responses"], "401"),
        {("response-non-success-status-removed", REFINE)},
        {("response-non-success-status-added", ADD)},
    ),
    (
        "optional-response-property-removed",
        _drop(lambda s: meeting(s)["properties"], "roomName"),
        {("response-property-removed", R)},
        {("response-property-added", ADD)},
    ),
    (
        "required-response-property-removed",
        _compose(
            _drop(lambda s: meeting(s)["properties"], "meetingId"),
            lambda s: meeting(s)["required"].remove("meetingId"),
        ),
        {("response-property-removed", R)},
        {("response-property-added", ADD)},
    ),
    (
        "nested-response-property-removed",
        _drop(lambda s: schemas(s)["Host"]["properties"], "name"),
        # Host is also a request field: there the removal is a format change.
        {("response-property-removed", R), ("request-property-removed", F)},
        {("response-property-added", ADD), ("new-optional-request-property", ADD)},
    ),
    (
        "response-property-became-nullable",
        _set(_prop("roomName"), type=["string", "null"]),
        {("response-property-became-nullable", R)},
        {("response-property-became-not-nullable", REFINE)},
    ),
    (
        "response-property-became-nullable-anyof",
        lambda s: meeting(s)["properties"].update(
            state={"anyOf": [{"$ref": "#/components/schemas/State"}, {"type": "null"}]}
        ),
        {("response-property-became-nullable", R)},
        {("response-property-became-not-nullable", REFINE)},
    ),
    (
        "response-property-became-optional",
        lambda s: meeting(s)["required"].remove("roomUrl"),
        {("response-property-became-optional", R)},
        {("response-property-became-required", REFINE)},
    ),
    (
        "response-type-changed",
        _set(_prop("meetingId"), type="integer"),
        {("response-property-type-changed", F)},
        {("response-property-type-changed", F)},
    ),
    (
        "response-type-widened",
        _set(_prop("duration"), type="number"),
        {("response-property-type-changed", F)},
        {("response-property-type-specialized", REFINE)},
    ),
    (
        "response-format-changed",
        _set(_prop("endDate"), format="date"),
        {("response-property-format-changed", F)},
        {("response-property-format-changed", F)},
    ),
    (
        "response-media-type-removed",
        _both_media(_response_media),
        {("response-media-type-added", ADD)},
        {("response-media-type-removed", F)},
    ),
    (
        "response-body-removed",
        _drop(lambda s: ops(s, "/meetings/{meetingId}", "get")["responses"]["200"], "content"),
        {("response-body-removed", R)},
        {("response-body-added", ADD)},
    ),
    (
        "response-enum-value-added",
        lambda s: schemas(s)["State"]["enum"].append("cancelled"),
        {("response-property-enum-value-added", ADD)},
        {("response-property-enum-value-removed", REFINE)},
    ),
    (
        "response-property-became-write-only",
        _set(_prop("roomName"), writeOnly=True),
        {("response-property-became-write-only", R)},
        {("response-property-added", ADD)},
    ),
    (
        "response-variant-added",
        lambda s: _prop("location")(s)["oneOf"].append({"type": "integer"}),
        {("response-property-variant-added", F), ("response-property-type-changed", F)},
        {("response-property-variant-removed", REFINE), ("response-property-type-specialized", REFINE)},
    ),
    (
        "response-variant-changed",
        lambda s: _prop("location")(s)["oneOf"][1]["properties"].pop("lat"),
        {("response-property-removed", R)},
        {("response-property-added", ADD)},
    ),
    (
        "response-header-removed",
        _drop(lambda s: ops(s, "/meetings", "get")["responses"]["200"], "headers"),
        {("response-header-removed", R)},
        {("response-header-added", ADD)},
    ),
    (
        "response-header-became-optional",
        _set(lambda s: s["components"]["headers"]["Limit"], required=False),
        {("response-header-became-optional", R)},
        {("response-header-became-required", REFINE)},
    ),
    (
        "response-header-type-changed",
        _set(lambda s: s["components"]["headers"]["Limit"]["schema"], type="string"),
        {("response-header-type-changed", F)},
        {("response-header-type-changed", F)},
    ),
    # --- parameters
    (
        "new-required-parameter",
        _add_param({"name": "org", "in": "query", "required": True, "schema": {"type": "string"}}),
        {("new-required-request-parameter", F)},
        {("request-parameter-removed", F)},
    ),
    (
        "new-optional-parameter",
        _add_param({"name": "org", "in": "query", "schema": {"type": "string"}}),
        {("new-optional-request-parameter", ADD)},
        {("request-parameter-removed", F)},
    ),
    (
        "parameter-became-required",
        _set(limit, required=True),
        {("request-parameter-became-required", F)},
        {("request-parameter-became-optional", RELAX)},
    ),
    (
        "parameter-type-changed",
        _set(lambda s: limit(s)["schema"], type="string"),
        {("request-parameter-type-changed", F)},
        {("request-parameter-type-changed", F)},
    ),
    (
        "parameter-format-changed",
        _set(lambda s: limit(s)["schema"], format="int32"),
        {("request-parameter-format-changed", F)},
        {("request-parameter-format-changed", F)},
    ),
    (
        "parameter-max-decreased",
        _set(lambda s: limit(s)["schema"], maximum=50),
        {("request-parameter-max-decreased", F)},
        {("request-parameter-max-increased", RELAX)},
    ),
    (
        "parameter-min-increased",
        _set(lambda s: limit(s)["schema"], minimum=5),
        {("request-parameter-min-increased", F)},
        {("request-parameter-min-decreased", RELAX)},
    ),
    (
        "parameter-max-unset",
        _drop(lambda s: limit(s)["schema"], "maximum"),
        {("request-parameter-max-unset", RELAX)},
        {("request-parameter-max-set", F)},
    ),
    (
        "parameter-style-changed",
        _set(limit, style="form", explode=False),
        {("request-parameter-style-changed", F)},
        {("request-parameter-style-changed", F)},
    ),
    (
        "path-parameter-renamed",
        lambda s: s["paths"].update(
            {
                "/meetings/{id}": {
                    **s["paths"].pop("/meetings/{meetingId}"),
                    "parameters": [{"name": "id", "in": "path", "required": True, "schema": {"type": "string"}}],
                }
            }
        ),
        {("request-path-parameter-renamed", REFINE)},
        {("request-path-parameter-renamed", REFINE)},
    ),
    # --- request bodies
    (
        "new-required-request-property",
        lambda s: (create(s)["properties"].update(org={"type": "string"}), create(s)["required"].append("org")),
        {("new-required-request-property", F)},
        {("request-property-removed", F)},
    ),
    (
        "new-optional-request-property",
        lambda s: create(s)["properties"].update(org={"type": "string"}),
        {("new-optional-request-property", ADD)},
        {("request-property-removed", F)},
    ),
    (
        "request-property-became-required",
        lambda s: create(s)["required"].append("roomMode"),
        {("request-property-became-required", F)},
        {("request-property-became-optional", RELAX)},
    ),
    (
        "request-type-changed",
        _set(_prop("roomNamePrefix", create), type="integer"),
        {("request-property-type-changed", F)},
        {("request-property-type-changed", F)},
    ),
    (
        "request-type-narrowed",
        _set(_prop("size", create), type="integer"),
        {("request-property-type-changed", F)},
        {("request-property-type-generalized", RELAX)},
    ),
    (
        "request-format-changed",
        _set(_prop("endDate", create), format="date"),
        {("request-property-format-changed", F)},
        {("request-property-format-changed", F)},
    ),
    (
        "request-became-not-nullable",
        _set(_prop("roomNamePrefix", create), type=["string", "null"]),
        {("request-property-became-nullable", RELAX)},
        {("request-property-became-not-nullable", F)},
    ),
    (
        "request-enum-value-removed",
        lambda s: _prop("roomMode", create)(s)["enum"].remove("group"),
        {("request-property-enum-value-removed", F)},
        {("request-property-enum-value-added", ADD)},
    ),
    (
        "request-enum-set",
        _set(_prop("fields", create), items={"type": "string", "enum": ["hostRoomUrl"]}),
        {("request-property-enum-set", F)},
        {("request-property-enum-unset", RELAX)},
    ),
    (
        "request-max-length-decreased",
        _set(_prop("roomNamePrefix", create), maxLength=20),
        {("request-property-max-length-decreased", F)},
        {("request-property-max-length-increased", RELAX)},
    ),
    (
        "request-max-length-unset",
        _drop(_prop("roomNamePrefix", create), "maxLength"),
        {("request-property-max-length-unset", RELAX)},
        {("request-property-max-length-set", F)},
    ),
    (
        "request-min-length-set",
        _set(_prop("roomNamePrefix", create), minLength=3),
        {("request-property-min-length-set", F)},
        {("request-property-min-length-unset", RELAX)},
    ),
    (
        "request-pattern-changed",
        _set(_prop("roomNamePrefix", create), pattern="^[a-z]*$"),
        {("request-property-pattern-changed", F)},
        {("request-property-pattern-changed", F)},
    ),
    (
        "request-pattern-removed",
        _drop(_prop("roomNamePrefix", create), "pattern"),
        {("request-property-pattern-removed", RELAX)},
        {("request-property-pattern-added", F)},
    ),
    (
        "request-min-items-set",
        _set(_prop("fields", create), minItems=1),
        {("request-property-min-items-set", F)},
        {("request-property-min-items-unset", RELAX)},
    ),
    (
        "request-media-type-added",
        _both_media(_request_media),
        {("request-body-media-type-added", ADD)},
        {("request-body-media-type-removed", F)},
    ),
    (
        "request-media-type-changed",
        lambda s: _request_media(s).update({"multipart/form-data": _request_media(s).pop("application/json")}),
        {("request-body-media-type-removed", F), ("request-body-media-type-added", ADD)},
        {("request-body-media-type-removed", F), ("request-body-media-type-added", ADD)},
    ),
    (
        "request-body-became-optional",
        _set(lambda s: ops(s, "/meetings", "post")["requestBody"], required=False),
        {("request-body-became-optional", RELAX)},
        {("request-body-became-required", F)},
    ),
    (
        "request-body-added",
        lambda s: ops(s, "/meetings/{meetingId}", "delete").update(
            requestBody={"required": True, "content": {"application/json": {"schema": {"type": "object"}}}}
        ),
        {("new-required-request-body", F)},
        {("request-body-removed", F)},
    ),
    (
        "request-property-became-read-only",
        _set(_prop("roomNamePrefix", create), readOnly=True),
        {("request-property-became-read-only", F)},
        {("new-optional-request-property", ADD)},
    ),
    (
        "request-additional-properties-disallowed",
        _set(create, additionalProperties=False),
        {("request-body-additional-properties-disallowed", F)},
        {("request-body-additional-properties-allowed", RELAX)},
    ),
    (
        "request-variant-removed",
        lambda s: _prop("slot", create)(s)["anyOf"].pop(),
        {("request-property-variant-removed", F), ("request-property-type-changed", F)},
        {("request-property-variant-added", RELAX), ("request-property-type-generalized", RELAX)},
    ),
    (
        "request-default-changed",
        _set(_prop("roomMode", create), default="group"),
        {("request-property-default-value-changed", REFINE)},
        {("request-property-default-value-changed", REFINE)},
    ),
    # --- security
    (
        "security-scheme-removed",
        _drop(lambda s: s["components"]["securitySchemes"], "Key"),
        {("security-scheme-removed", A)},
        {("security-scheme-added", ADD)},
    ),
    (
        "security-scheme-type-changed",
        lambda s: s["components"]["securitySchemes"].update(Bearer={"type": "apiKey", "name": "key", "in": "query"}),
        {("security-scheme-type-changed", A)},
        {("security-scheme-type-changed", A)},
    ),
    (
        "security-http-scheme-changed",
        _set(lambda s: scheme(s, "Bearer"), scheme="basic"),
        {("security-scheme-http-scheme-changed", A)},
        {("security-scheme-http-scheme-changed", A)},
    ),
    (
        "security-api-key-name-changed",
        _set(lambda s: scheme(s, "Key"), name="X-Key"),
        {("security-scheme-api-key-name-changed", A)},
        {("security-scheme-api-key-name-changed", A)},
    ),
    (
        "security-api-key-location-changed",
        _set(lambda s: scheme(s, "Key"), **{"in": "query"}),
        {("security-scheme-api-key-location-changed", A)},
        {("security-scheme-api-key-location-changed", A)},
    ),
    (
        "security-requirement-added",
        _drop(lambda s: ops(s, "/health", "get"), "security"),
        {("security-requirement-added", A)},
        {("security-requirement-removed", RELAX)},
    ),
    (
        "security-alternative-added",
        lambda s: s.update(security=[{"Bearer": []}, {"Key": []}]),
        {("security-alternative-added", ADD)},
        {("security-requirement-added", A)},
    ),
    (
        "security-scheme-renamed",
        lambda s: (
            s["components"]["securitySchemes"].update(Token=s["components"]["securitySchemes"].pop("Bearer")),
            s.update(security=[{"Token": []}]),
        ),
        {("security-scheme-renamed", REFINE)},
        {("security-scheme-renamed", REFINE)},
    ),
    # --- everything else
    (
        "description-only",
        lambda s: (
            _prop("roomName")(s).update(description="Starts with a slash."),
            ops(s, "/meetings", "get").update(summary="List the meetings"),
        ),
        {("description-changed", DOC), ("summary-changed", DOC)},
        {("description-changed", DOC), ("summary-changed", DOC)},
    ),
    (
        "endpoint-deprecated",
        _set(lambda s: ops(s, "/health", "get"), deprecated=True),
        {("endpoint-deprecated", DEPR)},
        {("endpoint-reactivated", REFINE)},
    ),
    (
        "rate-limit-points-changed",
        _set(lambda s: ops(s, "/meetings", "get"), **{"x-rate-limit-points": 2}),
        {("rate-limit-points-changed", REFINE)},
        {("rate-limit-points-changed", REFINE)},
    ),
    (
        "unmodelled-keyword",
        _set(lambda s: schemas(s)["Host"], minProperties=1, dependentRequired={"name": ["x"]}),
        # Host is in a request and in responses: minProperties follows each direction's rule.
        {
            ("request-property-min-properties-set", F),
            ("response-property-min-properties-set", REFINE),
            ("unclassified-change", "unclassified"),
        },
        {
            ("request-property-min-properties-unset", RELAX),
            ("response-property-min-properties-unset", REFINE),
            ("unclassified-change", "unclassified"),
        },
    ),
]


def _rules(report: Report) -> Rules:
    return {(c.rule, c.category) for c in report.changes}


def _verdict(report: Report) -> list[tuple[str, str, str]]:
    return sorted((c.rule, c.category, c.where) for c in report.changes)


def _edited(edit: Edit) -> dict[str, Any]:
    spec = base_spec()
    edit(spec)
    return spec


@pytest.mark.parametrize(("edit", "forward", "backward"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_rule_in_both_directions(edit: Edit, forward: Rules, backward: Rules) -> None:
    old, new = base_spec(), _edited(edit)
    assert old != new, "the edit changed nothing"
    there, back = diff_specs(old, new), diff_specs(new, old)
    assert _rules(there) == forward
    assert _rules(back) == backward
    for report in (there, back):
        assert all(c.category in BREAKING_CATEGORIES for c in report.breaking)
        assert all(c.category in NON_BREAKING_CATEGORIES for c in report.non_breaking)
        assert all(c.message and c.where for c in report.changes)


@pytest.mark.parametrize("edit", [c[1] for c in CASES], ids=[c[0] for c in CASES])
def test_refs_and_inline_schemas_give_the_same_verdict(edit: Edit) -> None:
    old, new = base_spec(), _edited(edit)
    assert _verdict(diff_specs(inlined(old), inlined(new))) == _verdict(diff_specs(old, new))
    # Mixed: a $ref-heavy revision against an inline one.
    assert _verdict(diff_specs(old, inlined(new))) == _verdict(diff_specs(old, new))


def test_where_names_the_operation_the_response_and_the_field() -> None:
    report = diff_specs(base_spec(), _edited(_drop(lambda s: meeting(s)["properties"], "roomName")))
    assert "GET /meetings responses.200 application/json results[].roomName" in {c.where for c in report.breaking}
    assert {c.where for c in report.breaking} == {
        "GET /meetings responses.200 application/json results[].roomName",
        "POST /meetings responses.201 application/json roomName",
        "GET /meetings/{meetingId} responses.200 application/json roomName",
    }
    (change,) = diff_specs(base_spec(), _edited(_set(limit, required=True))).changes
    assert change.where == "GET /meetings parameters.query.limit"
    assert change.message == "the query parameter limit became required"


def test_unchanged_reordered_and_inlined_specs_are_empty(spec_data: dict[str, Any]) -> None:
    for spec in (base_spec(), spec_data):
        assert diff_specs(spec, copy.deepcopy(spec)).changes == ()
        assert diff_specs(spec, reordered(spec)).changes == ()
        assert diff_specs(reordered(spec), spec).changes == ()
    assert diff_specs(base_spec(), inlined(base_spec())).changes == ()


def test_recursive_schemas_are_compared_without_looping() -> None:
    def tree(spec: dict[str, Any]) -> None:
        schemas(spec)["Node"] = {
            "type": "object",
            "properties": {
                "name": {"type": "string"},
                "children": {"type": "array", "items": {"$ref": "#/components/schemas/Node"}},
            },
        }
        meeting(spec)["properties"]["tree"] = {"$ref": "#/components/schemas/Node"}

    old = _edited(tree)
    assert diff_specs(old, copy.deepcopy(old)).changes == ()
    new = copy.deepcopy(old)
    del schemas(new)["Node"]["properties"]["name"]
    wheres = {c.where for c in diff_specs(old, new).breaking}
    assert "GET /meetings/{meetingId} responses.200 application/json tree.name" in wheres


# --------------------------------------------------------------------------- command line


def _write(path: Path, spec: dict[str, Any]) -> Path:
    YAML(typ="safe", pure=True).dump(spec, path)
    return path


def test_cli_exits_0_when_nothing_breaks(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    old = _write(tmp_path / "old.yaml", base_spec())
    new = _write(tmp_path / "new.yaml", _edited(lambda s: create(s)["properties"].update(org={"type": "string"})))
    assert main(["diff", str(old), str(new)]) == 0
    out = capsys.readouterr().out
    assert "0 breaking, 1 non-breaking" in out and "new-optional-request-property" in out


def test_cli_exits_1_on_breaking_changes_with_the_json_shape(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    old = _write(tmp_path / "old.yaml", base_spec())
    new = _write(
        tmp_path / "new.yaml",
        _edited(_compose(_drop(lambda s: s["paths"], "/health"), _set(_prop("roomName"), description="New."))),
    )
    assert main(["diff", str(old), str(new), "--format", "json"]) == 1
    document = json.loads(capsys.readouterr().out)
    assert set(document) == {"breaking", "non_breaking"}
    assert document["breaking"] == [
        {
            "rule": "api-path-removed",
            "category": "endpoint-removed",
            "where": "GET /health",
            "message": "the path /health was removed",
        }
    ]
    for item in document["non_breaking"]:
        assert set(item) == {"rule", "category", "where", "message"}
    assert {item["rule"] for item in document["non_breaking"]} == {"description-changed"}


# Without --strict a defective but readable revision is compared (with warnings; see
# test_diff_revisions.py), so an invalid document or a dangling $ref is refused only with --strict.
@pytest.mark.parametrize(
    ("name", "content", "reason", "strict"),
    [
        ("missing.yaml", None, "cannot read the file", False),
        ("broken.yaml", "openapi: 3.1.0\ninfo: [unclosed\n", "invalid YAML", False),
        ("broken.json", '{"openapi": "3.0.0",\n "info": }', "invalid JSON", False),
        ("list.yaml", "- just\n- a list\n", "not a mapping", False),
        ("swagger.yaml", "swagger: '2.0'\npaths: {}\n", "not an OpenAPI 3.0 or 3.1 document", False),
        ("future.yaml", "openapi: 4.0.0\npaths: {}\n", "unsupported OpenAPI version", False),
        ("empty.yaml", "openapi: 3.1.0\ninfo: {title: x}\n", "no paths, webhooks or components", False),
        ("paths.yaml", "openapi: 3.0.3\npaths: [a, b]\n", "paths is not a mapping", False),
        ("binary.yaml", b"\xff\xfe\x00\x01", "not UTF-8", False),
        ("notopenapi.yaml", "openapi: 3.1.0\ninfo: {title: x}\n", "not valid OpenAPI 3.1", True),
        ("badref.yaml", "REF", "points to nothing", True),
    ],
)
def test_cli_exits_2_on_unreadable_input_with_one_line(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    name: str,
    content: str | bytes | None,
    reason: str,
    strict: bool,
) -> None:
    good = _write(tmp_path / "good.yaml", base_spec())
    bad = tmp_path / name
    if content == "REF":
        _write(bad, _edited(lambda s: meeting(s)["properties"].update(x={"$ref": "#/components/schemas/Nope"})))
    elif isinstance(content, bytes):
        bad.write_bytes(content)
    elif content is not None:
        bad.write_text(content)
    flags = ["--strict"] if strict else []
    for argv in (["diff", *flags, str(good), str(bad)], ["diff", *flags, str(bad), str(good), "--format", "json"]):
        assert main(argv) == 2
        captured = capsys.readouterr()
        assert captured.out == ""
        lines = captured.err.splitlines()
        assert len(lines) == 1, lines
        assert lines[0].startswith(f"error: {bad}") and reason in lines[0]


def test_cli_process_prints_no_traceback(tmp_path: Path) -> None:
    spec = _write(tmp_path / "good.yaml", base_spec())
    result = subprocess.run(
        [sys.executable, "-m", "generator", "diff", str(spec), str(tmp_path / "missing.yaml"), "--format", "json"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 2
    assert result.stdout == ""
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr


def test_webhooks_are_compared_as_data_the_api_sends(spec_data: dict[str, Any]) -> None:
    removed = copy.deepcopy(spec_data)
    del removed["webhooks"]["recording.finished"]
    assert _rules(diff_specs(spec_data, removed)) == {("webhook-removed", "endpoint-removed")}
    assert _rules(diff_specs(removed, spec_data)) == {("webhook-added", "addition")}

    fewer_fields = copy.deepcopy(spec_data)
    del fewer_fields["components"]["schemas"]["RecordingFinishedData"]["properties"]["filename"]
    report = diff_specs(spec_data, fewer_fields)
    assert {c.category for c in report.breaking} == {"response-data-removed"}
    assert {c.where for c in report.breaking} == {"webhook recording.finished application/json data.filename"}

    renamed = copy.deepcopy(spec_data)
    renamed["components"]["parameters"]["WherebySignature"]["name"] = "X-Signature"
    changes = diff_specs(spec_data, renamed).breaking
    assert {(c.rule, c.category) for c in changes} == {("webhook-signature-changed", "auth-changed")}
    assert len(changes) == len(spec_data["webhooks"])
