"""Consumer DSL: messages, other bodies, rules and generators (pact_ffi._dsl)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

import pact_ffi
from pact_ffi import InteractionPart, PactSpecification
from pact_ffi._native import ffi, lib

REQ = InteractionPart.REQUEST
RES = InteractionPart.RESPONSE


def written(pact: pact_ffi.PactHandle, tmp_path: Path) -> dict[str, Any]:
    pact_ffi.pact_handle_write_file(pact, tmp_path, overwrite=True)
    return json.loads((tmp_path / "consumer-provider.json").read_text())


def test_new_message_interaction_and_sync(pact: pact_ffi.PactHandle, tmp_path: Path) -> None:
    pact_ffi.with_specification(pact, PactSpecification.V4)
    a = pact_ffi.new_message_interaction(pact, "an event")
    s = pact_ffi.new_sync_message_interaction(pact, "a call")
    pact_ffi.with_body(a, REQ, "application/json", '{"id": 1}')
    pact_ffi.with_body(s, REQ, "application/json", '{"q": 1}')
    pact_ffi.with_body(s, RES, "application/json", '{"r": 1}')
    doc = written(pact, tmp_path)
    kinds = sorted(i["type"] for i in doc["interactions"])
    assert kinds == ["Asynchronous/Messages", "Synchronous/Messages"]
    sync = next(i for i in doc["interactions"] if i["type"] == "Synchronous/Messages")
    assert len(sync["response"]) == 1


def test_new_message_interaction_errors(pact: pact_ffi.PactHandle) -> None:
    with pytest.raises(TypeError):
        pact_ffi.new_message_interaction(pact, None)  # type: ignore[arg-type]
    assert lib.pactffi_new_message_interaction(pact._ref, ffi.NULL) & 0xFFFF == 0  # noqa: SLF001
    assert lib.pactffi_new_sync_message_interaction(pact._ref, b"\xff") & 0xFFFF == 0  # noqa: SLF001
    stale = pact_ffi.new_pact("x", "y")
    pact_ffi.free_pact_handle(stale)
    with pytest.raises(RuntimeError):
        pact_ffi.new_sync_message_interaction(stale, "gone")


def test_with_metadata(pact: pact_ffi.PactHandle, tmp_path: Path) -> None:
    pact_ffi.with_specification(pact, PactSpecification.V4)
    m = pact_ffi.new_message_interaction(pact, "an event")
    pact_ffi.with_body(m, REQ, "application/json", "{}")
    pact_ffi.with_metadata(m, "queue", "orders", REQ)
    pact_ffi.with_metadata(m, "n", "123", REQ)
    pact_ffi.with_metadata(m, "id", '{"pact:matcher:type": "regex", "regex": "\\\\d+", "value": "7"}', REQ)
    pact_ffi.with_metadata(m, "gone", "x", REQ)
    pact_ffi.with_metadata(m, "gone", None, REQ)
    msg = written(pact, tmp_path)["interactions"][0]
    assert msg["metadata"]["queue"] == "orders"
    assert msg["metadata"]["n"] == 123
    assert msg["metadata"]["id"] == "7"
    assert "gone" not in msg["metadata"]
    # Metadata rules are keyed by the metadata key, as the reference writes them.
    assert msg["matchingRules"]["metadata"]["id"]["matchers"][0]["match"] == "regex"


def test_with_metadata_errors(pact: pact_ffi.PactHandle, interaction: pact_ffi.InteractionHandle) -> None:
    with pytest.raises(RuntimeError):
        pact_ffi.with_metadata(interaction, "k", "v", REQ)  # HTTP interaction
    m = pact_ffi.new_message_interaction(pact, "m")
    assert not lib.pactffi_with_metadata(m._ref, ffi.NULL, b"v", 0)  # noqa: SLF001
    assert not lib.pactffi_with_metadata(m._ref, b"k", b"v", 7)  # noqa: SLF001
    assert not lib.pactffi_with_metadata(0, b"k", b"v", 0)


def test_interaction_contents(pact: pact_ffi.PactHandle, tmp_path: Path) -> None:
    pact_ffi.with_specification(pact, PactSpecification.V4)
    m = pact_ffi.new_message_interaction(pact, "m")
    pact_ffi.interaction_contents(m, REQ, "text/plain", '"hello"')
    msg = written(pact, tmp_path)["interactions"][0]
    assert msg["contents"]["content"] == "hello"
    pact_ffi.interaction_contents(m, REQ, "application/json", '{"contents": {"a": {"pact:matcher:type": "type"}}}')
    msg = written(pact, tmp_path)["interactions"][0]
    assert msg["contents"]["content"] == {"a": {"pact:matcher:type": "type"}}  # stored literally


def test_interaction_contents_error_codes(pact: pact_ffi.PactHandle) -> None:
    m = pact_ffi.new_message_interaction(pact, "m")
    s = pact_ffi.new_sync_message_interaction(pact, "s")
    ref = m._ref  # noqa: SLF001
    assert lib.pactffi_interaction_contents(ref, 0, ffi.NULL, b"{}") == 1
    assert lib.pactffi_interaction_contents(ref, 0, b"not valid", b"{}") == 4
    assert lib.pactffi_interaction_contents(ref, 0, b"application/json", b"not json") == 5
    assert lib.pactffi_interaction_contents(ref & 0xFFFF0000 | 0x7FFF, 0, b"application/json", b"{}") == 3
    assert lib.pactffi_interaction_contents(ref, 0, b"application/protobuf", b'{"pact:proto": "x.proto"}') == 6
    assert lib.pactffi_interaction_contents(s._ref, 1, b"text/plain", b'"x"') == 1  # noqa: SLF001 - no response yet
    with pytest.raises(RuntimeError, match="not valid JSON"):
        pact_ffi.interaction_contents(m, REQ, "application/json", "nope")
    with pytest.raises(RuntimeError, match="plugin"):
        pact_ffi.interaction_contents(m, REQ, "application/grpc", '{"pact:proto": "a"}')


def test_with_binary_body(pact: pact_ffi.PactHandle, interaction: pact_ffi.InteractionHandle, tmp_path: Path) -> None:
    pact_ffi.with_specification(pact, PactSpecification.V4)
    pact_ffi.with_request(interaction, "POST", "/upload")
    pact_ffi.with_binary_body(interaction, REQ, "application/gzip", b"\x1f\x8b\x00\x01")
    req = written(pact, tmp_path)["interactions"][0]["request"]
    assert req["headers"]["Content-Type"] == ["application/gzip"]
    assert req["body"]["encoded"] == "base64"
    assert req["body"]["content"] == "H4sAAQ=="
    m = pact_ffi.new_message_interaction(pact, "m")
    pact_ffi.with_binary_body(m, REQ, None, b"\x00")
    msg = next(i for i in written(pact, tmp_path)["interactions"] if i["description"] == "m")
    assert msg["metadata"]["contentType"] == "application/octet-stream"


def test_with_binary_body_errors(interaction: pact_ffi.InteractionHandle) -> None:
    with pytest.raises(TypeError):
        pact_ffi.with_binary_body(interaction, REQ, None, "text")  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        pact_ffi.with_binary_body(interaction, 0, None, b"x")  # type: ignore[arg-type]
    assert not lib.pactffi_with_binary_body(0, 0, ffi.NULL, b"x", 1)
    assert not lib.pactffi_with_binary_body(interaction._ref, 5, ffi.NULL, b"x", 1)  # noqa: SLF001


def test_with_binary_file(pact: pact_ffi.PactHandle, interaction: pact_ffi.InteractionHandle, tmp_path: Path) -> None:
    pact_ffi.with_binary_file(interaction, RES, "image/png", b"\x89PNG")
    resp = written(pact, tmp_path)["interactions"][0]["response"]
    assert resp["matchingRules"]["body"]["$"]["matchers"][0] == {"match": "contentType", "value": "image/png"}
    with pytest.raises(RuntimeError):
        pact_ffi.with_binary_file(interaction, RES, None, b"x")


def test_with_multipart_file_v2(pact: pact_ffi.PactHandle, interaction: pact_ffi.InteractionHandle, tmp_path: Path) -> None:
    pact_ffi.with_specification(pact, PactSpecification.V4)
    pact_ffi.with_request(interaction, "POST", "/files")
    f = tmp_path / "data.txt"
    f.write_text("hello")
    pact_ffi.with_multipart_file_v2(interaction, REQ, "text/plain", f, "doc", "BOUNDARY")
    out = tmp_path / "out"
    pact_ffi.pact_handle_write_file(pact, out, overwrite=True)
    req = json.loads((out / "consumer-provider.json").read_text())["interactions"][0]["request"]
    assert req["headers"]["Content-Type"] == ["multipart/form-data; boundary=BOUNDARY"]
    import base64  # noqa: PLC0415

    assert b'name="doc"; filename="data.txt"' in base64.b64decode(req["body"]["content"])
    assert req["matchingRules"]["body"]["$.doc"]["matchers"][0]["match"] == "contentType"


def test_with_multipart_file_errors(pact: pact_ffi.PactHandle, interaction: pact_ffi.InteractionHandle, tmp_path: Path) -> None:
    with pytest.raises(RuntimeError):
        pact_ffi.with_multipart_file_v2(interaction, REQ, "text/plain", tmp_path / "missing.txt", "f", None)
    with pytest.raises(RuntimeError):
        pact_ffi.with_multipart_file_v2(interaction, REQ, None, None, "f", None)
    m = pact_ffi.new_message_interaction(pact, "m")
    with pytest.raises(RuntimeError):
        pact_ffi.with_multipart_file_v2(m, REQ, "text/plain", None, "f", None)


def test_with_multipart_file(interaction: pact_ffi.InteractionHandle, tmp_path: Path) -> None:
    f = tmp_path / "a.json"
    f.write_text("{}")
    result = pact_ffi.with_multipart_file(interaction, REQ, "application/json", f, "file")
    assert result.is_ok
    bad = pact_ffi.with_multipart_file(interaction, REQ, "application/json", tmp_path / "nope", "file")
    assert bad.is_failed
    assert "nope" in bad.text


def test_with_matching_rules_and_generators(pact: pact_ffi.PactHandle, interaction: pact_ffi.InteractionHandle, tmp_path: Path) -> None:
    pact_ffi.with_body(interaction, RES, "application/json", '{"id": 1}')
    pact_ffi.with_matching_rules(interaction, RES, '{"body": {"$.id": {"combine": "AND", "matchers": [{"match": "integer"}]}}}')
    pact_ffi.with_matching_rules(interaction, RES, '{"matchingRules": {"$.body.id": {"match": "type"}}}')
    pact_ffi.with_generators(interaction, RES, '{"body": {"$.id": {"type": "RandomInt", "min": 1, "max": 9}}}')
    resp = written(pact, tmp_path)["interactions"][0]["response"]
    assert [m["match"] for m in resp["matchingRules"]["body"]["$.id"]["matchers"]] == ["integer", "type"]
    assert resp["generators"]["body"]["$.id"]["type"] == "RandomInt"
    with pytest.raises(RuntimeError):
        pact_ffi.with_matching_rules(interaction, RES, "[1]")
    with pytest.raises(RuntimeError):
        pact_ffi.with_generators(interaction, RES, "not json")
    assert not lib.pactffi_with_matching_rules(interaction._ref, 0, ffi.NULL)  # noqa: SLF001
    assert pact_ffi.get_error_message() == "rules is null"


def test_with_header_and_query_v1(pact: pact_ffi.PactHandle, interaction: pact_ffi.InteractionHandle, tmp_path: Path) -> None:
    pact_ffi.with_specification(pact, PactSpecification.V4)
    pact_ffi.with_header(interaction, REQ, "X-Id", 1, '{"pact:matcher:type": "regex", "regex": "\\\\d+", "value": "5"}')
    pact_ffi.with_header(interaction, REQ, "Accept", 0, "a, b")
    pact_ffi.with_query_parameter(interaction, "q", 0, "x")
    pact_ffi.with_query_parameter(interaction, "q", 2, None)
    req = written(pact, tmp_path)["interactions"][0]["request"]
    assert req["headers"]["X-Id"] == ["", "5"]
    assert req["headers"]["Accept"] == ["a, b"]  # no comma splitting in v1
    assert req["matchingRules"]["header"]["X-Id"]["matchers"][0]["match"] == "regex"
    assert req["query"]["q"] == ["x", None, ""]
    with pytest.raises(ValueError, match="negative"):
        pact_ffi.with_header(interaction, REQ, "X", -1, "v")
    m = pact_ffi.new_message_interaction(pact, "m")
    with pytest.raises(RuntimeError):
        pact_ffi.with_query_parameter(m, "q", 0, "x")
    assert not lib.pactffi_with_header(interaction._ref, 0, ffi.NULL, 0, b"v")  # noqa: SLF001


def test_add_interaction_reference(pact: pact_ffi.PactHandle, interaction: pact_ffi.InteractionHandle, tmp_path: Path) -> None:
    pact_ffi.with_specification(pact, PactSpecification.V4)
    pact_ffi.add_interaction_reference(interaction, "openapi", "operationId", "getUser")
    pact_ffi.add_interaction_reference(interaction, "openapi", "n", "12")
    doc = written(pact, tmp_path)["interactions"][0]
    assert doc["comments"]["references"] == {"openapi": {"n": 12, "operationId": "getUser"}}
    assert not lib.pactffi_add_interaction_reference(interaction._ref, ffi.NULL, b"a", b"b")  # noqa: SLF001
    assert "group" in pact_ffi.get_error_message()


def test_with_body_xml_and_form(pact: pact_ffi.PactHandle, interaction: pact_ffi.InteractionHandle, tmp_path: Path) -> None:
    xml = {"root": {"name": "a", "attributes": {"n": {"pact:matcher:type": "integer", "value": 3}}, "children": [{"content": "t"}]}}
    pact_ffi.with_body(interaction, REQ, "application/xml", json.dumps(xml))
    pact_ffi.with_body(interaction, RES, "application/x-www-form-urlencoded", '{"b": "x y", "a": 1, "c": true}')
    doc = written(pact, tmp_path)["interactions"][0]
    assert doc["request"]["body"] == "<?xml version='1.0'?><a n='3'>t</a>"
    assert doc["request"]["matchingRules"]["body"]["$.a['@n']"]["matchers"][0]["match"] == "integer"
    assert doc["response"]["body"] == "a=1&b=x+y"
    with pytest.raises(RuntimeError):
        pact_ffi.with_body(interaction, REQ, "application/xml", '{"root": {"name": "a", "children": [1]}}')


def test_locked_pact_policies(pact: pact_ffi.PactHandle, interaction: pact_ffi.InteractionHandle) -> None:
    m = pact_ffi.new_message_interaction(pact, "m")
    pact_ffi.with_request(interaction, "GET", "/")
    port = lib.pactffi_create_mock_server_for_transport(pact._ref, b"127.0.0.1", 0, b"http", ffi.NULL)  # noqa: SLF001
    assert port > 0
    try:
        assert not lib.pactffi_with_metadata(m._ref, b"k", b"v", 0)  # noqa: SLF001 - rejected
        assert lib.pactffi_with_binary_body(m._ref, 0, ffi.NULL, b"x", 1)  # noqa: SLF001 - messages allowed
        assert not lib.pactffi_with_binary_body(interaction._ref, 0, ffi.NULL, b"x", 1)  # noqa: SLF001
        assert lib.pactffi_with_matching_rules(interaction._ref, 0, b"{}")  # noqa: SLF001
        assert lib.pactffi_interaction_contents(m._ref, 0, b"text/plain", b'"x"') == 2  # noqa: SLF001
    finally:
        lib.pactffi_cleanup_mock_server(port)
