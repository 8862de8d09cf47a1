"""Scenarios run the same way against two pact_ffi packages: ours and the
reference (pact-python-ffi, libpact_ffi 0.5.12). Each scenario drives the
consumer DSL and the mock server through pact_ffi's public functions and
returns what a user can observe: pact files and mismatch reports.

Usage: python scenarios.py <output.json>
(run with the interpreter whose pact_ffi is to be tested)
"""

from __future__ import annotations

import json
import sys
import tempfile
import urllib.error
import urllib.request
from pathlib import Path
from typing import Any, Callable

import pact_ffi
from pact_ffi import InteractionPart, PactSpecification

REQ = InteractionPart.REQUEST
RES = InteractionPart.RESPONSE
SCENARIOS: dict[str, Callable[[], Any]] = {}


def scenario(fn: Callable[[], Any]) -> Callable[[], Any]:
    SCENARIOS[fn.__name__] = fn
    return fn


def written(pact: pact_ffi.PactHandle, version: PactSpecification) -> Any:
    pact_ffi.with_specification(pact, version)
    with tempfile.TemporaryDirectory() as directory:
        pact_ffi.pact_handle_write_file(pact, directory, overwrite=True)
        (path,) = Path(directory).glob("*.json")
        document = json.loads(path.read_text())
    document["metadata"].pop("pactRust", None)
    return document


def all_versions(build: Callable[[pact_ffi.PactHandle], None]) -> dict[str, Any]:
    out = {}
    for version in (PactSpecification.V2, PactSpecification.V3, PactSpecification.V4):
        pact = pact_ffi.new_pact("consumer", "provider")
        build(pact)
        out[version.name] = written(pact, version)
    return out


def send(port: int, method: str, path: str, body: bytes | None = None, headers: dict[str, str] | None = None) -> int:
    request = urllib.request.Request(f"http://127.0.0.1:{port}{path}", data=body, method=method, headers=headers or {})
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.status
    except urllib.error.HTTPError as error:
        return error.code


def lib() -> Any:
    """The C functions (both packages expose pact_ffi.lib)."""
    return pact_ffi.lib


def ffi() -> Any:
    """The cffi FFI object."""
    return pact_ffi.ffi


def normalise_mismatches(mismatches: list[dict[str, Any]]) -> list[dict[str, Any]]:
    # The reference orders mismatches within a request by hash-map iteration
    # (it varies from run to run); compare them as sets.
    for entry in mismatches:
        if "mismatches" in entry:
            entry["mismatches"].sort(key=lambda m: json.dumps(m, sort_keys=True))
    # Headers the HTTP client adds vary with the host and port.
    for entry in mismatches:
        headers = entry.get("request", {}).get("headers")
        if headers:
            for name in ("host", "user-agent", "connection", "accept-encoding", "content-length"):
                headers.pop(name, None)
    return mismatches


@scenario
def basic_http() -> Any:
    def build(pact: pact_ffi.PactHandle) -> None:
        i = pact_ffi.new_interaction(pact, "a request for user 1")
        pact_ffi.given(i, "user 1 exists")
        pact_ffi.with_request(i, "GET", "/users/1")
        pact_ffi.with_header_v2(i, REQ, "Accept", 0, "application/json, text/plain")
        pact_ffi.with_query_parameter_v2(i, "full", 0, "true")
        pact_ffi.with_query_parameter_v2(i, "tag", 0, json.dumps({"value": ["a b", "c.d"]}))
        pact_ffi.response_status(i, 200)
        pact_ffi.with_header_v2(i, RES, "X-Trace", 0, "abc, def")
        pact_ffi.with_body(i, RES, "application/json", json.dumps({"id": 1, "name": "Mary", "tags": ["x"], "score": 1.5}))
    return all_versions(build)


@scenario
def provider_states_and_params() -> Any:
    def build(pact: pact_ffi.PactHandle) -> None:
        i = pact_ffi.new_interaction(pact, "states")
        pact_ffi.given_with_param(i, "user exists", "id", "42")
        pact_ffi.given_with_param(i, "user exists", "name", "Mary")
        pact_ffi.given_with_param(i, "user exists", "json", '{"a": [1, 2]}')
        pact_ffi.given_with_params(i, "other", json.dumps({"x": None, "y": True}))
        pact_ffi.given_with_params(i, "scalar", "17")
        pact_ffi.given(i, "plain")
        pact_ffi.with_request(i, "POST", "/s")
    return all_versions(build)


@scenario
def body_matchers() -> Any:
    body = {
        "id": {"pact:matcher:type": "integer", "value": 1},
        "price": {"pact:matcher:type": "decimal", "value": 1.5},
        "n": {"pact:matcher:type": "number", "value": 3},
        "flag": {"pact:matcher:type": "boolean", "value": True},
        "none": {"pact:matcher:type": "null"},
        "eq": {"pact:matcher:type": "equality", "value": "exact"},
        "inc": {"pact:matcher:type": "include", "value": "needle"},
        "re": {"pact:matcher:type": "regex", "regex": "\\d+-\\d+", "value": "1-2"},
        "day": {"pact:matcher:type": "date", "format": "yyyy-MM-dd", "value": "2024-01-02"},
        "at": {"pact:matcher:type": "time", "format": "HH:mm", "value": "10:30"},
        "ts": {"pact:matcher:type": "timestamp", "format": "yyyy-MM-dd'T'HH:mm:ss", "value": "2024-01-02T10:30:00"},
        "items": {"pact:matcher:type": "type", "min": 1, "value": [{"n": {"pact:matcher:type": "type", "value": "a"}}]},
        "most": {"pact:matcher:type": "type", "max": 3, "value": [1]},
        "both": {"pact:matcher:type": "type", "min": 1, "max": 3, "value": ["x", "y"]},
        "nested": {"deep": [1, {"pact:matcher:type": "regex", "regex": "[a-z]+", "value": "abc"}]},
        "dash-key": {"pact:matcher:type": "type", "value": "v"},
        "combined": {"pact:matcher:type": [{"pact:matcher:type": "regex", "regex": "\\d+"}, {"pact:matcher:type": "include", "value": "1"}], "value": "123"},
        "gen": {"pact:matcher:type": "integer", "pact:generator:type": "RandomInt", "min": 1, "max": 9},
        "values": {"pact:matcher:type": "values", "value": {"k": {"pact:matcher:type": "integer", "value": 1}}},
        "eachKey": {"pact:matcher:type": "each-key", "value": {"123": "x"}, "rules": [{"pact:matcher:type": "regex", "regex": "\\d+"}]},
        "contains": {"pact:matcher:type": "arrayContains", "variants": [{"a": {"pact:matcher:type": "integer", "value": 1}}, "plain"]},
    }

    def build(pact: pact_ffi.PactHandle) -> None:
        i = pact_ffi.new_interaction(pact, "matchers")
        pact_ffi.with_request(i, "PUT", json.dumps({"pact:matcher:type": "regex", "regex": "^/m/\\d+$", "value": "/m/1"}))
        pact_ffi.with_header_v2(i, REQ, "Content-Type", 0, json.dumps({"pact:matcher:type": "regex", "regex": "application/json.*", "value": "application/json"}))
        pact_ffi.with_query_parameter_v2(i, "q", 0, json.dumps({"pact:matcher:type": "regex", "regex": "\\d+", "value": "7"}))
        pact_ffi.with_body(i, REQ, "application/json", json.dumps(body))
        pact_ffi.response_status_v2(i, json.dumps({"pact:matcher:type": "statusCode", "status": "success", "value": 201}))
    return all_versions(build)


@scenario
def bodies_and_content_types() -> Any:
    def build(pact: pact_ffi.PactHandle) -> None:
        for n, (ct, text) in enumerate([
            ("text/plain", "hello"),
            (None, '{"detected": true}'),
            (None, "<?xml version='1.0'?><a/>"),
            ("application/json; charset=UTF-8", '{"b": 1, "a": 2}'),
            ("application/json", "not json"),
            ("application/vnd.api+json", '[1, 2]'),
        ]):
            i = pact_ffi.new_interaction(pact, f"body {n}")
            pact_ffi.with_request(i, "POST", f"/b{n}")
            pact_ffi.with_body(i, REQ, ct, text)
        # An empty body, through the C function (the reference's wrapper
        # cannot pass one).
        i = pact_ffi.new_interaction(pact, "body empty")
        pact_ffi.with_request(i, "POST", "/empty")
        lib().pactffi_with_body(i._ref, REQ.value, b"text/plain", b"")
    return all_versions(build)


@scenario
def v4_attributes() -> Any:
    pact = pact_ffi.new_pact("consumer", "provider")
    i = pact_ffi.new_interaction(pact, "v4")
    pact_ffi.with_request(i, "GET", "/v4")
    pact_ffi.set_key(i, "key-1")
    pact_ffi.set_pending(i, pending=True)
    pact_ffi.set_comment(i, "ticket", '{"id": 7}')
    pact_ffi.set_comment(i, "note", "words")
    pact_ffi.add_text_comment(i, "first")
    pact_ffi.add_text_comment(i, "second")
    pact_ffi.interaction_test_name(i, "test_v4")
    pact_ffi.with_pact_metadata(pact, "client", "name", "demo")
    return written(pact, PactSpecification.V4)


@scenario
def headers_and_query_indexes() -> Any:
    def build(pact: pact_ffi.PactHandle) -> None:
        i = pact_ffi.new_interaction(pact, "indexes")
        pact_ffi.with_request(i, "GET", "/i")
        pact_ffi.with_header_v2(i, REQ, "X-A", 0, "1")
        pact_ffi.with_header_v2(i, REQ, "x-a", 2, json.dumps({"pact:matcher:type": "regex", "regex": "\\d", "value": "3"}))
        pact_ffi.with_query_parameter_v2(i, "p", 0, "1")
        pact_ffi.with_query_parameter_v2(i, "p", 1, json.dumps({"pact:matcher:type": "regex", "regex": "\\d+", "value": "2"}))
        lib().pactffi_with_query_parameter_v2(i._ref, b"flag", 0, ffi().NULL)
        pact_ffi.with_query_parameter_v2(i, "empty", 0, "")
        pact_ffi.set_header(i, RES, "X-Set", "literal, value")
    return all_versions(build)


@scenario
def mock_server_outcomes() -> Any:
    pact = pact_ffi.new_pact("consumer", "provider")
    a = pact_ffi.new_interaction(pact, "a request for foo")
    pact_ffi.with_request(a, "POST", json.dumps({"pact:matcher:type": "regex", "regex": "\\/foo\\/\\d+", "value": "/foo/1"}))
    pact_ffi.with_body(a, REQ, "application/json", json.dumps({"a": 1, "b": {"pact:matcher:type": "type", "value": "s"}}))
    b = pact_ffi.new_interaction(pact, "a request for bar")
    pact_ffi.with_request(b, "GET", "/bar")
    c = pact_ffi.new_interaction(pact, "a query")
    pact_ffi.with_request(c, "PUT", "/x")
    pact_ffi.with_query_parameter_v2(c, "a", 0, "1")
    pact_ffi.with_query_parameter_v2(c, "b", 0, "2")
    pact_ffi.with_header_v2(c, REQ, "X-Test", 0, "yes")
    pact_ffi.with_body(c, REQ, "application/json", json.dumps({"one": "a"}))
    server = pact_ffi.create_mock_server_for_transport(pact, "127.0.0.1", 0, "http", None)
    try:
        before = pact_ffi.mock_server_mismatches(server)
        statuses = [
            send(server.port, "POST", "/foo/78", json.dumps({"a": 2, "b": 3}).encode(), {"Content-Type": "application/json"}),
            send(server.port, "DELETE", "/nope?x=1&x=2&y"),
            send(server.port, "OPTIONS", "/foo/1"),
            send(server.port, "PUT", "/x?a=1&c=3", b"<a/>", {"X-Test": "no", "Content-Type": "application/xml"}),
        ]
        after = pact_ffi.mock_server_mismatches(server)
        matched = pact_ffi.mock_server_matched(server)
    finally:
        pact_ffi.cleanup_mock_server(server)
    return {"before": before, "statuses": statuses, "after": normalise_mismatches(after), "matched": matched}


@scenario
def error_codes() -> Any:
    pact = pact_ffi.new_pact("consumer", "provider")
    lib, ffi = globals()["lib"](), globals()["ffi"]()
    ref = pact._ref
    out = {
        "null_addr": lib.pactffi_create_mock_server_for_transport(ref, ffi.NULL, 0, ffi.NULL, ffi.NULL),
        "empty_addr": lib.pactffi_create_mock_server_for_transport(ref, b"", 0, ffi.NULL, ffi.NULL),
        "bracket_addr": lib.pactffi_create_mock_server_for_transport(ref, b"[::1]", 0, ffi.NULL, ffi.NULL),
        "bad_config": lib.pactffi_create_mock_server_for_transport(ref, b"127.0.0.1", 0, ffi.NULL, b"{nope"),
        "bad_transport": lib.pactffi_create_mock_server_for_transport(ref, b"127.0.0.1", 0, b"bogus", ffi.NULL),
        "unknown_port_write": lib.pactffi_write_pact_file(1, ffi.NULL, True),
        "unknown_port_cleanup": bool(lib.pactffi_cleanup_mock_server(1)),
        "unknown_port_matched": bool(lib.pactffi_mock_server_matched(1)),
        "null_description_low_bits": lib.pactffi_new_interaction(ref, ffi.NULL) & 0xFFFF,
        "given_with_params_bad_json": lib.pactffi_given_with_params(lib.pactffi_new_interaction(ref, b"x"), b"s", b"{nope"),
        "given_with_params_null": lib.pactffi_given_with_params(lib.pactffi_new_interaction(ref, b"x"), ffi.NULL, b"{}"),
        "test_name_null": lib.pactffi_interaction_test_name(lib.pactffi_new_interaction(ref, b"x"), ffi.NULL),
        "free_twice": [lib.pactffi_free_pact_handle(ref), lib.pactffi_free_pact_handle(ref)],
        "spec_of_freed": lib.pactffi_handle_get_pact_spec_version(ref),
    }
    buffer = ffi.new("char[]", 256)
    out["error_null_buffer"] = lib.pactffi_get_error_message(ffi.NULL, 0)
    out["error_after_success"] = lib.pactffi_get_error_message(buffer, 256)
    return out


@scenario
def mismatch_texts() -> Any:
    """One interaction per kind of mismatch; every request sent once."""
    cases = [
        # (path, expected body (integration JSON), actual body)
        ("/type", {"a": {"pact:matcher:type": "type", "value": 1}}, {"a": "x"}),
        ("/int", {"a": {"pact:matcher:type": "integer", "value": 1}}, {"a": 1.5}),
        ("/dec", {"a": {"pact:matcher:type": "decimal", "value": 1.5}}, {"a": 1}),
        ("/regex", {"a": {"pact:matcher:type": "regex", "regex": "^\\d+$", "value": "1"}}, {"a": "x1"}),
        ("/missing", {"a": 1, "b": 2}, {"a": 1}),
        ("/unexpected", {"a": 1}, {"a": 1, "z": 2}),
        ("/min", {"a": {"pact:matcher:type": "type", "min": 2, "value": [1, 2]}}, {"a": [1]}),
        ("/max", {"a": {"pact:matcher:type": "type", "max": 1, "value": [1]}}, {"a": [1, 2]}),
        ("/list", {"a": [1, 2, 3]}, {"a": [1, 2]}),
        ("/nested", {"a": {"b": [{"c": "x"}]}}, {"a": {"b": [{"c": "y"}]}}),
        ("/null", {"a": {"pact:matcher:type": "null"}}, {"a": 0}),
        ("/bool", {"a": {"pact:matcher:type": "boolean", "value": True}}, {"a": "true"}),
        ("/include", {"a": {"pact:matcher:type": "include", "value": "needle"}}, {"a": "hay"}),
        ("/date", {"a": {"pact:matcher:type": "date", "format": "yyyy-MM-dd", "value": "2024-01-01"}}, {"a": "01/01/2024"}),
        ("/eachlike", {"a": {"pact:matcher:type": "type", "min": 1, "value": [{"id": {"pact:matcher:type": "integer", "value": 1}}]}}, {"a": [{"id": 1}, {"id": "2"}]}),
        ("/root-type", [1, 2], {"a": 1}),
    ]
    pact = pact_ffi.new_pact("consumer", "provider")
    for path, expected, _ in cases:
        i = pact_ffi.new_interaction(pact, f"body {path}")
        pact_ffi.with_request(i, "POST", path)
        pact_ffi.with_body(i, REQ, "application/json", json.dumps(expected))
    h = pact_ffi.new_interaction(pact, "headers and query")
    pact_ffi.with_request(h, "GET", "/hq")
    pact_ffi.with_header_v2(h, REQ, "X-Num", 0, json.dumps({"pact:matcher:type": "regex", "regex": "\\d+", "value": "1"}))
    pact_ffi.with_header_v2(h, REQ, "Accept", 0, "application/json")
    pact_ffi.with_query_parameter_v2(h, "n", 0, json.dumps({"pact:matcher:type": "integer", "value": "1"}))
    pact_ffi.with_query_parameter_v2(h, "list", 0, json.dumps({"value": ["a", "b"]}))
    t = pact_ffi.new_interaction(pact, "text body")
    pact_ffi.with_request(t, "PUT", "/text")
    pact_ffi.with_body(t, REQ, "text/plain", "hello")
    server = pact_ffi.create_mock_server_for_transport(pact, "127.0.0.1", 0, "http", None)
    try:
        statuses = [
            send(server.port, "POST", path, json.dumps(actual).encode(), {"Content-Type": "application/json"})
            for path, _, actual in cases
        ]
        statuses.append(send(server.port, "GET", "/hq?n=x&list=a&list=c&extra=1", None, {"X-Num": "abc", "Accept": "text/html"}))
        statuses.append(send(server.port, "PUT", "/text", b"goodbye", {"Content-Type": "text/plain"}))
        statuses.append(send(server.port, "PUT", "/text", None, {}))
        report = normalise_mismatches(pact_ffi.mock_server_mismatches(server))
    finally:
        pact_ffi.cleanup_mock_server(server)
    return {"statuses": statuses, "report": report}


@scenario
def matched_responses() -> Any:
    """What a client receives for matched requests, and CORS pre-flight."""
    pact = pact_ffi.new_pact("consumer", "provider")
    i = pact_ffi.new_interaction(pact, "get thing")
    pact_ffi.with_request(i, "GET", "/thing")
    pact_ffi.response_status(i, 203)
    pact_ffi.with_header_v2(i, RES, "X-Multi", 0, json.dumps({"value": ["a", "b"]}))
    pact_ffi.with_header_v2(i, RES, "Access-Control-Allow-Origin", 0, "http://mine")
    pact_ffi.with_body(i, RES, "application/json", json.dumps({"b": [1, 2.5, None], "a": "x"}))
    e = pact_ffi.new_interaction(pact, "empty")
    pact_ffi.with_request(e, "DELETE", "/thing")
    pact_ffi.response_status(e, 204)
    server = pact_ffi.create_mock_server_for_transport(pact, "127.0.0.1", 0, "http", json.dumps({"corsPreflight": True}))
    out: dict[str, Any] = {}
    try:
        for method, extra in (("GET", {"Origin": "http://a"}), ("DELETE", {}), ("OPTIONS", {"Origin": "http://b", "Access-Control-Request-Headers": "x-a, x-b"})):
            request = urllib.request.Request(f"http://127.0.0.1:{server.port}/thing", method=method, headers=extra)
            try:
                response = urllib.request.urlopen(request, timeout=10)
            except urllib.error.HTTPError as error:
                response = error
            with response:
                headers = [(k.lower(), v) for k, v in response.headers.items() if k.lower() not in ("date", "content-length", "connection", "server")]
                out[method] = {"status": response.status, "headers": sorted(headers), "body": response.read().decode()}
        out["matched"] = pact_ffi.mock_server_matched(server)
        out["report"] = pact_ffi.mock_server_mismatches(server)
    finally:
        pact_ffi.cleanup_mock_server(server)
    return out


@scenario
def sync_message_checks() -> Any:
    """What a synchronous-message consumer test sees and can check."""
    pact = pact_ffi.new_pact("consumer", "provider")
    pact_ffi.with_specification(pact, PactSpecification.V4)
    i = pact_ffi.new_sync_message_interaction(pact, "sync")
    pact_ffi.given(i, "st")
    pact_ffi.with_body(i, REQ, "application/json", json.dumps({"q": {"pact:matcher:type": "type", "value": "x"}}))
    response = {
        "id": {"pact:matcher:type": "integer", "pact:generator:type": "RandomInt", "min": 3, "max": 3},
        "name": {"pact:matcher:type": "type", "value": "n"},
    }
    pact_ffi.with_body(i, RES, "application/json", json.dumps(response))
    pact_ffi.with_metadata(i, "k", "v", RES)
    out: dict[str, Any] = {"generated": pact_ffi.sync_message_generate_contents(i), "matches": []}
    for content_type, contents in [
        (None, '{"id": 1, "name": "x", "extra": true}'),
        (None, '{"id": "1", "name": 2}'),
        ("text/plain", "hello"),
        (None, "[1]"),
        (None, "{}"),
    ]:
        found = pact_ffi.sync_message_match_response_contents(i, 0, content_type, contents)
        out["matches"].append(sorted(found, key=lambda m: json.dumps(m, sort_keys=True)))
    for bad_index in (1, 100):
        try:
            pact_ffi.sync_message_match_response_contents(i, bad_index, None, "{}")
            out[f"index {bad_index}"] = "no error"
        except RuntimeError:
            out[f"index {bad_index}"] = "RuntimeError"
    return out


def main(output: Path) -> None:
    results = {}
    for name, fn in SCENARIOS.items():
        try:
            results[name] = fn()
        except Exception as error:  # noqa: BLE001 - recorded, compared like any result
            results[name] = {"raised": type(error).__name__, "message": str(error)}
    output.write_text(json.dumps(results, indent=2, sort_keys=True))


if __name__ == "__main__":
    main(Path(sys.argv[1]))
