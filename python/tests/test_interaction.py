"""Interaction builders, checked through the pact file they produce."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

import pact_ffi
from pact_ffi import InteractionPart, PactSpecification, ffi, lib

from conftest import read_pact


def written(pact: pact_ffi.PactHandle, tmp_path: Path, version: PactSpecification = PactSpecification.V4) -> dict[str, Any]:
    pact_ffi.with_specification(pact, version)
    pact_ffi.pact_handle_write_file(pact, tmp_path, overwrite=True)
    return read_pact(tmp_path / "consumer-provider.json")["interactions"][0]


def stale_interaction() -> pact_ffi.InteractionHandle:
    pact = pact_ffi.new_pact("c", "p")
    interaction = pact_ffi.new_interaction(pact, "x")
    pact_ffi.free_pact_handle(pact)
    return interaction


def test_new_interaction_same_description_replaces(pact: pact_ffi.PactHandle) -> None:
    first = pact_ffi.new_interaction(pact, "same")
    second = pact_ffi.new_interaction(pact, "same")
    assert first._ref == second._ref  # noqa: SLF001
    assert repr(first) == f"InteractionHandle({first._ref!r})"  # noqa: SLF001


def test_new_interaction_unknown_pact_raises() -> None:
    pact = pact_ffi.new_pact("c", "p")
    pact_ffi.free_pact_handle(pact)
    with pytest.raises(RuntimeError, match="could not be created"):
        pact_ffi.new_interaction(pact, "x")


def test_new_interaction_null_description_in_c(pact: pact_ffi.PactHandle) -> None:
    ref = lib.pactffi_new_interaction(pact._ref, ffi.NULL)  # noqa: SLF001
    assert ref & 0xFFFF == 0
    assert lib.pactffi_new_interaction(pact._ref, b"\xc3\x28") & 0xFFFF == 0  # noqa: SLF001


def test_upon_receiving_renames(pact: pact_ffi.PactHandle, interaction: pact_ffi.InteractionHandle, tmp_path: Path) -> None:
    pact_ffi.upon_receiving(interaction, "renamed")
    assert written(pact, tmp_path)["description"] == "renamed"


def test_given_and_params(pact: pact_ffi.PactHandle, interaction: pact_ffi.InteractionHandle, tmp_path: Path) -> None:
    pact_ffi.given(interaction, "plain state")
    pact_ffi.given_with_param(interaction, "user exists", "id", "42")
    pact_ffi.given_with_param(interaction, "user exists", "name", "Mary")
    pact_ffi.given_with_params(interaction, "many", json.dumps({"a": [1, 2], "b": None}))
    pact_ffi.given_with_params(interaction, "scalar", "17")
    states = written(pact, tmp_path)["providerStates"]
    assert states == [
        {"name": "plain state"},
        {"name": "user exists", "params": {"id": 42, "name": "Mary"}},
        {"name": "many", "params": {"a": [1, 2], "b": None}},
        {"name": "scalar", "params": {"value": 17}},
    ]


def test_given_with_params_invalid_json(interaction: pact_ffi.InteractionHandle) -> None:
    with pytest.raises(RuntimeError, match="Internal error: invalid JSON"):
        pact_ffi.given_with_params(interaction, "s", "{not json")


def test_given_with_params_null_strings_in_c(interaction: pact_ffi.InteractionHandle) -> None:
    assert lib.pactffi_given_with_params(interaction._ref, ffi.NULL, b"{}") == 3  # noqa: SLF001
    assert lib.pactffi_given_with_params(interaction._ref, b"s", b"\xff") == 3  # noqa: SLF001


@pytest.mark.parametrize(
    ("call", "args"),
    [
        (pact_ffi.upon_receiving, ("d",)),
        (pact_ffi.given, ("s",)),
        (pact_ffi.given_with_param, ("s", "k", "v")),
        (pact_ffi.given_with_params, ("s", "{}")),
        (pact_ffi.with_request, ("GET", "/")),
        (pact_ffi.with_header_v2, (InteractionPart.REQUEST, "X", 0, "v")),
        (pact_ffi.set_header, (InteractionPart.REQUEST, "X", "v")),
        (pact_ffi.with_query_parameter_v2, ("q", 0, "v")),
        (pact_ffi.with_body, (InteractionPart.REQUEST, "text/plain", "b")),
        (pact_ffi.response_status, (200,)),
        (pact_ffi.response_status_v2, ("200",)),
        (pact_ffi.set_key, ("k",)),
        (pact_ffi.set_comment, ("k", "v")),
        (pact_ffi.add_text_comment, ("c",)),
        (pact_ffi.interaction_test_name, ("t",)),
    ],
)
def test_every_builder_rejects_a_stale_handle(call: Any, args: tuple[Any, ...]) -> None:  # noqa: ANN401
    with pytest.raises(RuntimeError):
        call(stale_interaction(), *args)


def test_set_pending_stale_handle() -> None:
    with pytest.raises(RuntimeError, match="pending"):
        pact_ffi.set_pending(stale_interaction(), pending=True)


@pytest.mark.parametrize("call", [pact_ffi.given, pact_ffi.upon_receiving, pact_ffi.add_text_comment])
def test_none_where_a_string_is_required(interaction: pact_ffi.InteractionHandle, call: Any) -> None:  # noqa: ANN401
    with pytest.raises(TypeError, match="must be a str, not NoneType"):
        call(interaction, None)


def test_with_request_plain_and_matcher(pact: pact_ffi.PactHandle, interaction: pact_ffi.InteractionHandle, tmp_path: Path) -> None:
    pact_ffi.with_request(interaction, "POST", json.dumps({"pact:matcher:type": "regex", "regex": r"^/users/\d+$", "value": "/users/7"}))
    request = written(pact, tmp_path)["request"]
    assert request["method"] == "POST"
    assert request["path"] == "/users/7"
    assert request["matchingRules"]["path"] == {"combine": "AND", "matchers": [{"match": "regex", "regex": r"^/users/\d+$"}]}


def test_with_request_null_defaults_in_c(pact: pact_ffi.PactHandle, interaction: pact_ffi.InteractionHandle, tmp_path: Path) -> None:
    assert lib.pactffi_with_request(interaction._ref, ffi.NULL, ffi.NULL)  # noqa: SLF001
    request = written(pact, tmp_path)["request"]
    assert (request["method"], request["path"]) == ("GET", "/")


def test_headers_multi_values_and_matchers(pact: pact_ffi.PactHandle, interaction: pact_ffi.InteractionHandle, tmp_path: Path) -> None:
    pact_ffi.with_header_v2(interaction, InteractionPart.REQUEST, "X-Version", 0, "1")
    pact_ffi.with_header_v2(interaction, InteractionPart.REQUEST, "x-version", 1, "2")
    pact_ffi.with_header_v2(interaction, InteractionPart.REQUEST, "Accept", 0, "application/json, text/plain")
    pact_ffi.with_header_v2(
        interaction, InteractionPart.RESPONSE, "Content-Type", 0,
        json.dumps({"pact:matcher:type": "regex", "regex": "application/json.*", "value": "application/json"}),
    )
    pact_ffi.with_header_v2(interaction, InteractionPart.RESPONSE, "X-List", 0, json.dumps({"value": ["a", "b"]}))
    result = written(pact, tmp_path)
    assert result["request"]["headers"] == {"Accept": ["application/json", "text/plain"], "X-Version": ["1", "2"]}
    assert result["response"]["headers"] == {"Content-Type": ["application/json"], "X-List": ["a", "b"]}
    assert result["response"]["matchingRules"]["header"]["Content-Type"]["matchers"] == [{"match": "regex", "regex": "application/json.*"}]


def test_header_bad_part_and_index(interaction: pact_ffi.InteractionHandle) -> None:
    assert not lib.pactffi_with_header_v2(interaction._ref, 7, b"X", 0, b"v")  # noqa: SLF001
    assert "out-of-range" in (pact_ffi.get_error_message() or "")
    with pytest.raises(TypeError, match="InteractionPart"):
        pact_ffi.with_header_v2(interaction, 0, "X", 0, "v")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="index"):
        pact_ffi.with_header_v2(interaction, InteractionPart.REQUEST, "X", -1, "v")


def test_set_header_replaces_literally(pact: pact_ffi.PactHandle, interaction: pact_ffi.InteractionHandle, tmp_path: Path) -> None:
    pact_ffi.with_header_v2(interaction, InteractionPart.REQUEST, "X-A", 0, "1")
    pact_ffi.set_header(interaction, InteractionPart.REQUEST, "x-a", '{"pact:matcher:type":"type","value":"z"}')
    headers = written(pact, tmp_path)["request"]["headers"]
    assert headers == {"X-A": ['{"pact:matcher:type":"type","value":"z"}']}


def test_query_parameters(pact: pact_ffi.PactHandle, interaction: pact_ffi.InteractionHandle, tmp_path: Path) -> None:
    pact_ffi.with_query_parameter_v2(interaction, "id", 0, json.dumps({"value": ["2", "3"]}))
    pact_ffi.with_query_parameter_v2(interaction, "flag", 0, None)
    pact_ffi.with_query_parameter_v2(interaction, "empty", 0, "")
    pact_ffi.with_query_parameter_v2(
        interaction, "n", 0, json.dumps({"pact:matcher:type": "regex", "regex": r"\d+", "value": "10"})
    )
    request = written(pact, tmp_path)["request"]
    assert request["query"] == {"empty": [""], "flag": [None], "id": ["2", "3"], "n": ["10"]}
    assert request["matchingRules"]["query"]["n"]["matchers"] == [{"match": "regex", "regex": r"\d+"}]


def test_query_parameters_v2_string_form(pact: pact_ffi.PactHandle, interaction: pact_ffi.InteractionHandle, tmp_path: Path) -> None:
    pact_ffi.with_query_parameter_v2(interaction, "a", 0, "x y")
    pact_ffi.with_query_parameter_v2(interaction, "a", 1, "z")
    assert written(pact, tmp_path, PactSpecification.V2)["request"]["query"] == "a=x+y&a=z"


def test_json_body_with_matchers(pact: pact_ffi.PactHandle, interaction: pact_ffi.InteractionHandle, tmp_path: Path) -> None:
    body = {
        "id": {"pact:matcher:type": "integer", "value": 1},
        "price": {"pact:matcher:type": "decimal", "value": 1.5},
        "any": {"pact:matcher:type": "number", "value": 3},
        "flag": {"pact:matcher:type": "boolean", "value": True},
        "none": {"pact:matcher:type": "null"},
        "word": {"pact:matcher:type": "equality", "value": "exact"},
        "text": {"pact:matcher:type": "include", "value": "needle"},
        "day": {"pact:matcher:type": "date", "format": "yyyy-MM-dd", "value": "2024-01-02"},
        "at": {"pact:matcher:type": "time", "format": "HH:mm", "value": "10:30"},
        "ts": {"pact:matcher:type": "timestamp", "format": "yyyy-MM-dd'T'HH:mm:ss", "value": "2024-01-02T10:30:00"},
        "items": {"pact:matcher:type": "type", "min": 1, "max": 5, "value": [{"n": {"pact:matcher:type": "type", "value": "a"}}]},
        "nested": {"deep": [1, {"pact:matcher:type": "regex", "regex": "[a-z]+", "value": "abc"}]},
    }
    pact_ffi.with_body(interaction, InteractionPart.RESPONSE, "application/json", json.dumps(body))
    response = written(pact, tmp_path)["response"]
    assert response["body"]["content"]["items"] == [{"n": "a"}]
    assert response["body"]["content"]["none"] is None
    assert response["body"]["contentType"] == "application/json"
    rules = response["matchingRules"]["body"]
    first = {path: entry["matchers"][0] for path, entry in rules.items()}
    assert first["$.id"] == {"match": "integer"}
    assert first["$.price"] == {"match": "decimal"}
    assert first["$.any"] == {"match": "number"}
    assert first["$.flag"] == {"match": "boolean"}
    assert first["$.none"] == {"match": "null"}
    assert first["$.word"] == {"match": "equality"}
    assert first["$.text"] == {"match": "include", "value": "needle"}
    assert first["$.day"] == {"match": "date", "format": "yyyy-MM-dd"}
    assert first["$.at"] == {"match": "time", "format": "HH:mm"}
    assert first["$.ts"] == {"match": "datetime", "format": "yyyy-MM-dd'T'HH:mm:ss"}
    assert first["$.items"] == {"match": "type", "min": 1, "max": 5}
    assert first["$.items[*].n"] == {"match": "type"}
    assert first["$.nested.deep[1]"] == {"match": "regex", "regex": "[a-z]+"}
    assert response["headers"]["Content-Type"] == ["application/json"]


def test_invalid_json_body_is_kept_verbatim(pact: pact_ffi.PactHandle, interaction: pact_ffi.InteractionHandle, tmp_path: Path) -> None:
    pact_ffi.with_body(interaction, InteractionPart.REQUEST, "text/plain", "{not json")
    assert written(pact, tmp_path)["request"]["body"] == {"content": "{not json", "contentType": "text/plain", "encoded": False}


def test_body_content_type_detected(pact: pact_ffi.PactHandle, interaction: pact_ffi.InteractionHandle, tmp_path: Path) -> None:
    pact_ffi.with_body(interaction, InteractionPart.REQUEST, None, '{"a": 1}')
    body = written(pact, tmp_path)["request"]["body"]
    assert body["contentType"] == "application/json"
    assert body["content"] == {"a": 1}


def test_body_none_is_empty(pact: pact_ffi.PactHandle, interaction: pact_ffi.InteractionHandle, tmp_path: Path) -> None:
    pact_ffi.with_body(interaction, InteractionPart.REQUEST, "text/plain", None)
    assert written(pact, tmp_path)["request"]["body"] == {"content": ""}


def test_response_status_variants(pact: pact_ffi.PactHandle, interaction: pact_ffi.InteractionHandle, tmp_path: Path) -> None:
    pact_ffi.response_status(interaction, 201)
    assert written(pact, tmp_path)["response"]["status"] == 201
    pact_ffi.response_status_v2(interaction, json.dumps({"pact:matcher:type": "statusCode", "status": "clientError", "value": 404}))
    response = written(pact, tmp_path)["response"]
    assert response["status"] == 404
    assert response["matchingRules"]["status"]["$"]["matchers"] == [{"match": "statusCode", "status": "clientError"}]
    pact_ffi.response_status_v2(interaction, '"200"')
    assert written(pact, tmp_path)["response"]["status"] == 0


def test_response_status_out_of_range(interaction: pact_ffi.InteractionHandle) -> None:
    with pytest.raises(ValueError, match="65535"):
        pact_ffi.response_status(interaction, 70000)


def test_key_pending_comments_test_name(pact: pact_ffi.PactHandle, interaction: pact_ffi.InteractionHandle, tmp_path: Path) -> None:
    pact_ffi.set_key(interaction, "k1")
    pact_ffi.set_pending(interaction, pending=True)
    pact_ffi.set_comment(interaction, "ticket", '{"id": 7}')
    pact_ffi.set_comment(interaction, "note", "plain words")
    pact_ffi.set_comment(interaction, "gone", "x")
    pact_ffi.set_comment(interaction, "gone", None)
    pact_ffi.add_text_comment(interaction, "first")
    pact_ffi.add_text_comment(interaction, "second")
    pact_ffi.interaction_test_name(interaction, "test_something")
    result = written(pact, tmp_path)
    assert result["key"] == "k1"
    assert result["pending"] is True
    assert result["comments"] == {
        "note": "plain words",
        "testname": "test_something",
        "text": ["first", "second"],
        "ticket": {"id": 7},
    }
    pact_ffi.set_key(interaction, None)
    assert "key" not in written(pact, tmp_path)


def test_set_comment_null_key_in_c(interaction: pact_ffi.InteractionHandle) -> None:
    assert not lib.pactffi_set_comment(interaction._ref, ffi.NULL, b"v")  # noqa: SLF001
    assert pact_ffi.get_error_message() == "key is null"
    assert not lib.pactffi_set_comment(interaction._ref, b"k", b"\xff")  # noqa: SLF001
    assert pact_ffi.get_error_message() == "error parsing value as UTF-8"


def test_interaction_test_name_null_in_c(interaction: pact_ffi.InteractionHandle) -> None:
    assert lib.pactffi_interaction_test_name(interaction._ref, ffi.NULL) == 1  # noqa: SLF001
    assert pact_ffi.get_error_message() == "test_name is null"


def test_locked_pact_reports_failure_but_applies(pact: pact_ffi.PactHandle, interaction: pact_ffi.InteractionHandle, tmp_path: Path) -> None:
    pact_ffi.with_request(interaction, "GET", "/")
    server = pact_ffi.create_mock_server_for_transport(pact, "127.0.0.1", 0, "http", None)
    try:
        with pytest.raises(RuntimeError):
            pact_ffi.with_request(interaction, "GET", "/changed")
        with pytest.raises(RuntimeError, match="already started"):
            pact_ffi.interaction_test_name(interaction, "t")
        pact_ffi.set_key(interaction, "still allowed")
        pact_ffi.set_pending(interaction, pending=True)
    finally:
        pact_ffi.cleanup_mock_server(server)
    result = written_no_spec(pact, tmp_path)
    assert result["request"]["path"] == "/changed"
    assert "testname" not in result.get("comments", {})
    assert result["key"] == "still allowed"


def written_no_spec(pact: pact_ffi.PactHandle, tmp_path: Path) -> dict[str, Any]:
    lib.pactffi_with_specification(pact._ref, PactSpecification.V4.value)  # noqa: SLF001 - locked: returns false, still applies
    pact_ffi.pact_handle_write_file(pact, tmp_path, overwrite=True)
    return read_pact(tmp_path / "consumer-provider.json")["interactions"][0]


def test_interaction_part_repr() -> None:
    assert repr(InteractionPart.REQUEST) == "InteractionPath.REQUEST"
    assert str(InteractionPart.RESPONSE) == "RESPONSE"
