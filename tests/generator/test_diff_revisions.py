"""`python -m generator diff` on revisions shaped like the API's published ones.

Whereby publishes its spec as OpenAPI 3.0 JSON with defects a validator refuses (a path
parameter declared on a path without it, a parameter without a schema); openapi.yaml is
OpenAPI 3.1 YAML. Every revision here is built in this file, in both forms, from one
description of a small API, so the two forms say the same thing in each version's spelling.
"""

from __future__ import annotations

import copy
import json
import re
from pathlib import Path
from typing import Any

import pytest
from ruamel.yaml import YAML

from generator.__main__ import main
from generator.breaking import diff_specs, load
from generator.spec import MAX_LINE, SpecError

STRAY = "/paths/~1transcriptions/post/parameters"  # the path parameter its path does not have
NO_SCHEMA = "/paths/~1meetings/get/parameters/1"  # the parameter without a schema


def revision(version: str) -> dict[str, Any]:
    """The same small API in OpenAPI `version` ("3.0" or "3.1") spelling, with both defects."""
    old = version == "3.0"

    def nullable(kind: str) -> dict[str, Any]:
        return {"type": kind, "nullable": True} if old else {"type": [kind, "null"]}

    def example(value: str) -> dict[str, Any]:
        return {"example": value} if old else {"examples": [value]}

    positive = {"minimum": 0, "exclusiveMinimum": True} if old else {"exclusiveMinimum": 0}
    meeting = {
        "type": "object",
        "required": ["meetingId"],
        "properties": {
            "meetingId": {"type": "string"},
            "roomName": {"type": "string", **example("/room-1")},
            "hostRoomUrl": nullable("string"),
        },
    }
    json_body = {"content": {"application/json": {"schema": meeting}}}
    return {
        "openapi": "3.0.0" if old else "3.1.0",
        "info": {"title": "Meetings", "version": "v1"},
        "paths": {
            "/meetings": {
                "get": {
                    "parameters": [
                        {"name": "limit", "in": "query", "schema": {"type": "integer", **positive}},
                        {"name": "fields", "in": "query", "description": "Extra fields."},
                    ],
                    "responses": {
                        "200": {
                            "description": "A page.",
                            "content": {
                                "application/json": {
                                    "schema": {
                                        "type": "object",
                                        "properties": {"results": {"type": "array", "items": meeting}},
                                    }
                                }
                            },
                        }
                    },
                },
                "post": {
                    "requestBody": {
                        "required": True,
                        "content": {
                            "application/json": {
                                "schema": {
                                    "type": "object",
                                    "required": ["endDate"],
                                    "properties": {
                                        "endDate": {"type": "string", "format": "date-time"},
                                        "roomMode": {"type": "string", "enum": ["normal", "group"]},
                                    },
                                }
                            }
                        },
                    },
                    "responses": {"201": {"description": "Created.", **json_body}},
                },
            },
            "/transcriptions": {
                "post": {
                    "parameters": [{"name": "roomName", "in": "path", "required": True, "schema": {"type": "string"}}],
                    "responses": {"201": {"description": "Started."}},
                }
            },
        },
    }


def write_json(path: Path, document: dict[str, Any]) -> Path:
    path.write_text(json.dumps(document, indent="\t"))  # tabs, as YAML would refuse
    return path


def write_yaml(path: Path, document: dict[str, Any]) -> Path:
    YAML(typ="safe", pure=True).dump(document, path)
    return path


def _warnings(err: str) -> list[str]:
    lines = err.splitlines()
    assert all(line.startswith("warning: ") and len(line) <= MAX_LINE for line in lines), lines
    return lines


def test_defective_3_0_json_and_3_1_yaml_of_one_api_compare_equal_with_warnings(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    v30 = write_json(tmp_path / "whereby.json", revision("3.0"))
    v31 = write_yaml(tmp_path / "openapi.yaml", revision("3.1"))
    assert main(["diff", str(v31), str(v30), "--format", "json"]) == 0
    captured = capsys.readouterr()
    document = json.loads(captured.out)
    # nullable / type-with-null, boolean / numeric exclusiveMinimum, example / examples: one model.
    assert document["breaking"] == []
    assert [item["rule"] for item in document["non_breaking"]] == ["openapi-version-changed"]
    warnings = _warnings(captured.err)
    for path, version in ((v30, "3.0"), (v31, "3.1")):
        mine = [line for line in warnings if line.startswith(f"warning: {path}")]
        assert any(f"(at {STRAY})" in line and "'roomName'" in line for line in mine), mine
        assert any(
            f"(at {NO_SCHEMA})" in line and "the 'query' parameter 'fields' has neither schema nor content" in line
            for line in mine
        ), mine
        assert all(f"not valid OpenAPI {version}:" in line for line in mine), mine
    for path in (v30, v31):
        assert re.search(rf"^warning: {re.escape(str(path))}:\d+ \(at {re.escape(STRAY)}\)", captured.err, re.M), (
            "no line"
        )


@pytest.mark.parametrize(("version", "writer"), [("3.0", write_json), ("3.1", write_yaml)])
def test_strict_refuses_a_defective_revision_in_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], version: str, writer: Any
) -> None:
    spec = writer(tmp_path / "rev", revision(version))
    assert main(["diff", "--strict", str(spec), str(spec)]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    (line,) = captured.err.splitlines()
    assert line.startswith(f"error: {spec}") and f"not valid OpenAPI {version}" in line and "more)" in line
    assert len(line) <= MAX_LINE


def test_the_spellings_are_one_model_and_real_changes_still_show() -> None:
    v30, v31 = revision("3.0"), revision("3.1")
    assert [c.rule for c in diff_specs(v30, v31).changes] == ["openapi-version-changed"]

    def host_url(spec: dict[str, Any]) -> dict[str, Any]:
        props: dict[str, Any] = spec["paths"]["/meetings"]["post"]["responses"]["201"]["content"]["application/json"][
            "schema"
        ]["properties"]
        return props

    never_null = copy.deepcopy(v31)
    host_url(never_null)["hostRoomUrl"] = {"type": "string"}
    rules = {(c.rule, c.category) for c in diff_specs(never_null, v30).changes}
    assert ("response-property-became-nullable", "response-data-removed") in rules
    assert ("response-property-became-not-nullable", "refinement") in {
        (c.rule, c.category) for c in diff_specs(v30, never_null).changes
    }

    stricter = copy.deepcopy(v31)
    stricter["paths"]["/meetings"]["get"]["parameters"][0]["schema"]["exclusiveMinimum"] = 1
    changes = [c for c in diff_specs(v30, stricter).changes if c.rule != "openapi-version-changed"]
    assert [(c.rule, c.message) for c in changes] == [
        ("request-parameter-exclusive-min-increased", "the query parameter limit: exclusiveMinimum changed from 0 to 1")
    ]


def test_long_values_are_cut_so_every_line_fits(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bloated = revision("3.0")
    # A response without its description: the validator quotes the whole (here very long) object.
    response = bloated["paths"]["/meetings"]["post"]["responses"]["201"]
    del response["description"]
    response["content"]["application/json"]["schema"]["description"] = "very long text " * 400
    old = write_json(tmp_path / "old.json", revision("3.0"))
    new = write_json(tmp_path / "new.json", bloated)
    assert main(["diff", str(old), str(new)]) == 0
    captured = capsys.readouterr()
    at = "/paths/~1meetings/post/responses/201"
    long_one = [
        line for line in _warnings(captured.err) if line.startswith(f"warning: {new}:") and f"(at {at})" in line
    ]
    assert long_one and all("is not valid under any of the schemas" in line for line in long_one), long_one
    assert all(len(line) <= MAX_LINE for line in captured.out.splitlines())

    limited = revision("3.1")
    params = limited["paths"]["/meetings"]["get"]["parameters"]
    params[0]["schema"]["enum"] = list(range(1, 400))
    (change,) = diff_specs(revision("3.1"), limited).changes
    assert change.rule == "request-parameter-enum-set" and len(change.message) <= MAX_LINE


def test_report_lists_what_each_revision_has_that_the_other_lacks(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    published = revision("3.0")
    paths = published["paths"]
    paths["/summaries"] = {"get": {"responses": {"200": {"description": "Summaries."}}}}
    paths["/meetings"]["get"]["parameters"].append({"name": "roomName", "in": "query", "schema": {"type": "string"}})
    body = paths["/meetings"]["post"]["requestBody"]["content"]["application/json"]["schema"]
    body["properties"]["roomMode"]["enum"].append("webinar")
    meeting = paths["/meetings"]["post"]["responses"]["201"]["content"]["application/json"]["schema"]
    del meeting["properties"]["hostRoomUrl"]  # the same object, so also gone from GET's results[]
    meeting["properties"]["isLocked"] = {"type": "boolean"}
    ours = write_yaml(tmp_path / "openapi.yaml", revision("3.1"))
    theirs = write_json(tmp_path / "published.json", published)

    assert main(["diff", "--report", str(ours), str(theirs)]) == 0  # exit 0 although a field is gone
    out = capsys.readouterr().out.splitlines()
    assert out == [
        f"5 in {theirs} only (+), 2 in {ours} only (-)",
        "+ operation GET /summaries",
        "+ parameter GET /meetings parameters.query.roomName",
        "+ field     GET /meetings responses.200 application/json results[].isLocked",
        "+ field     POST /meetings responses.201 application/json isLocked",
        '+ enum      POST /meetings requestBody application/json roomMode "webinar"',
        "- field     GET /meetings responses.200 application/json results[].hostRoomUrl",
        "- field     POST /meetings responses.201 application/json hostRoomUrl",
    ]

    assert main(["diff", "--report", "--format", "json", str(theirs), str(ours)]) == 0
    document = json.loads(capsys.readouterr().out)
    assert {"kind": "operation", "where": "GET /summaries"} in document["removed"]
    assert {"kind": "enum", "where": "POST /meetings requestBody application/json roomMode", "value": '"webinar"'} in (
        document["removed"]
    )
    assert len(document["added"]) == 2 and len(document["removed"]) == 5

    assert main(["diff", "--report", str(ours), str(tmp_path / "missing.json")]) == 2
    assert capsys.readouterr().err.startswith(f"error: {tmp_path / 'missing.json'}: cannot read the file")


def test_the_project_spec_loader_stays_strict(tmp_path: Path) -> None:
    """check-version and release read openapi.yaml with `load`: 3.1 and valid, or refused."""
    with pytest.raises(SpecError, match=r"not valid OpenAPI 3\.1"):
        load(write_yaml(tmp_path / "defective.yaml", revision("3.1")))
    with pytest.raises(SpecError, match=r"not valid OpenAPI 3\.1"):
        load(write_json(tmp_path / "old.json", revision("3.0")))
    defective = write_yaml(tmp_path / "openapi.yaml", revision("3.1"))
    assert main(["--spec", str(defective), "check-version"]) == 2


def test_a_ref_to_nothing_is_a_warning_and_compares_as_any_schema(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    dangling = revision("3.1")
    props = dangling["paths"]["/meetings"]["post"]["responses"]["201"]["content"]["application/json"]["schema"]
    props["properties"]["roomName"] = {"$ref": "#/components/schemas/Gone"}
    old = write_yaml(tmp_path / "old.yaml", revision("3.1"))
    new = write_yaml(tmp_path / "new.yaml", dangling)
    assert main(["diff", "--format", "json", str(old), str(new)]) == 1
    captured = capsys.readouterr()
    at = "/paths/~1meetings/post/responses/201/content/application~1json/schema/properties/roomName/$ref"
    assert any(
        f"(at {at}): $ref '#/components/schemas/Gone' points to nothing" in line for line in _warnings(captured.err)
    )
    # What it points to is unknown, so it may be anything: for a field the API sends, where a
    # string was, that is a changed format (the cautious verdict), not a crash or a refusal.
    breaking = {(c["rule"], c["where"]) for c in json.loads(captured.out)["breaking"]}
    assert ("response-property-type-changed", "POST /meetings responses.201 application/json roomName") in breaking
