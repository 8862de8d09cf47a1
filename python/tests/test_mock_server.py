"""The mock server through pact_ffi: serving, matching, reporting, writing, stopping."""

from __future__ import annotations

import concurrent.futures
import json
import socket
from pathlib import Path

import pytest

import pact_ffi
from pact_ffi import InteractionPart, PactSpecification, ffi, lib

from conftest import http, read_pact


def user_pact() -> pact_ffi.PactHandle:
    pact = pact_ffi.new_pact("web", "users")
    interaction = pact_ffi.new_interaction(pact, "a request for a user")
    pact_ffi.given(interaction, "a user exists")
    pact_ffi.with_request(interaction, "GET", json.dumps({"pact:matcher:type": "regex", "regex": r"^/users/\d+$", "value": "/users/1"}))
    pact_ffi.with_query_parameter_v2(interaction, "full", 0, "true")
    pact_ffi.with_header_v2(interaction, InteractionPart.REQUEST, "Accept", 0, "application/json")
    pact_ffi.response_status(interaction, 200)
    pact_ffi.with_body(
        interaction,
        InteractionPart.RESPONSE,
        "application/json",
        json.dumps({"id": {"pact:matcher:type": "integer", "value": 1}, "name": "Mary"}),
    )
    created = pact_ffi.new_interaction(pact, "a new user")
    pact_ffi.with_request(created, "POST", "/users")
    pact_ffi.with_body(created, InteractionPart.REQUEST, "application/json", json.dumps({"name": {"pact:matcher:type": "type", "value": "x"}}))
    pact_ffi.response_status(created, 201)
    return pact


@pytest.fixture
def server() -> pact_ffi.PactServerHandle:
    pact = user_pact()
    handle = pact_ffi.create_mock_server_for_transport(pact, "127.0.0.1", 0, "http", None)
    yield handle
    if not handle._cleaned_up:  # noqa: SLF001
        pact_ffi.cleanup_mock_server(handle)


def url(server: pact_ffi.PactServerHandle, path: str) -> str:
    return f"http://127.0.0.1:{server.port}{path}"


def test_fresh_server_reports_missing_requests(server: pact_ffi.PactServerHandle) -> None:
    assert not pact_ffi.mock_server_matched(server)
    mismatches = pact_ffi.mock_server_mismatches(server)
    assert [m["type"] for m in mismatches] == ["missing-request", "missing-request"]
    assert mismatches[0]["request"]["path"] == "/users/1"
    assert repr(server) == f"PactServerHandle({server.port!r})"


def test_matching_requests_make_it_matched(server: pact_ffi.PactServerHandle) -> None:
    status, headers, body = http("GET", url(server, "/users/77?full=true"), headers={"Accept": "application/json"})
    assert status == 200
    assert json.loads(body) == {"id": 1, "name": "Mary"}
    assert headers["Content-Type"] == "application/json"
    assert headers["Access-Control-Allow-Origin"] == "*"
    status, _, _ = http("POST", url(server, "/users"), json.dumps({"name": "Bob"}).encode(), {"Content-Type": "application/json"})
    assert status == 201
    assert pact_ffi.mock_server_matched(server)
    assert pact_ffi.mock_server_mismatches(server) == []


def test_mismatched_body_is_reported(server: pact_ffi.PactServerHandle) -> None:
    status, headers, body = http("POST", url(server, "/users"), json.dumps({"name": 5}).encode(), {"Content-Type": "application/json"})
    assert status == 500
    assert headers["X-Pact"] == "Request-Mismatch"
    assert json.loads(body)["error"].startswith("Request-Mismatch : ")
    entry = next(m for m in pact_ffi.mock_server_mismatches(server) if m["type"] == "request-mismatch")
    assert (entry["method"], entry["path"]) == ("POST", "/users")
    assert entry["mismatches"][0]["type"] == "BodyMismatch"
    assert entry["mismatches"][0]["path"] == "$.name"
    assert not pact_ffi.mock_server_matched(server)


def test_unexpected_request_is_reported(server: pact_ffi.PactServerHandle) -> None:
    status, headers, _ = http("DELETE", url(server, "/nope?x=1&x=2&y"))
    assert status == 500
    assert headers["X-Pact"] == "Unexpected-Request"
    entry = pact_ffi.mock_server_mismatches(server)[0]
    assert entry["type"] == "request-not-found"
    assert entry["request"]["query"] == {"x": ["1", "2"], "y": [None]}


def test_matched_is_never_behind_the_client() -> None:
    pact = pact_ffi.new_pact("c", "p")
    pact_ffi.with_request(pact_ffi.new_interaction(pact, "ping"), "GET", "/ping")
    for _ in range(30):
        server = pact_ffi.create_mock_server_for_transport(pact, "127.0.0.1", 0, "http", None)
        assert http("GET", f"http://127.0.0.1:{server.port}/ping")[0] == 200
        assert pact_ffi.mock_server_matched(server)
        pact_ffi.cleanup_mock_server(server)


def test_concurrent_clients() -> None:
    pact = pact_ffi.new_pact("c", "p")
    pact_ffi.with_request(pact_ffi.new_interaction(pact, "ping"), "GET", "/ping")
    server = pact_ffi.create_mock_server_for_transport(pact, "127.0.0.1", 0, "http", None)
    try:
        with concurrent.futures.ThreadPoolExecutor(16) as pool:
            statuses = list(pool.map(lambda _: http("GET", f"http://127.0.0.1:{server.port}/ping")[0], range(200)))
        assert statuses == [200] * 200
        assert pact_ffi.mock_server_matched(server)
    finally:
        pact_ffi.cleanup_mock_server(server)


def test_logs_are_drained(server: pact_ffi.PactServerHandle) -> None:
    # Logging is process-wide and other tests configure it: ask for the
    # buffer explicitly (logging-and-errors.md §8).
    pact_ffi.log_to_buffer(pact_ffi.LevelFilter.INFO)
    http("GET", url(server, "/users/1?full=true"), headers={"Accept": "application/json"})
    first = pact_ffi.mock_server_logs(server)
    assert "/users/1" in first
    assert "/users/1" not in pact_ffi.mock_server_logs(server)


def test_write_pact_file_adds_transport(server: pact_ffi.PactServerHandle, tmp_path: Path) -> None:
    pact_ffi.write_pact_file(server, tmp_path, overwrite=True)
    document = read_pact(tmp_path / "web-users.json")
    assert document["metadata"]["pactSpecification"]["version"] == "3.0.0"
    assert document["metadata"]["pactRust"]["mockserver"]
    assert [i["description"] for i in document["interactions"]] == ["a request for a user", "a new user"]


def test_write_pact_file_v4_has_transport(tmp_path: Path) -> None:
    pact = user_pact()
    pact_ffi.with_specification(pact, PactSpecification.V4)
    server = pact_ffi.create_mock_server_for_transport(pact, "127.0.0.1", 0, "http", None)
    try:
        pact_ffi.write_pact_file(server, tmp_path, overwrite=False)
    finally:
        pact_ffi.cleanup_mock_server(server)
    interactions = read_pact(tmp_path / "web-users.json")["interactions"]
    assert {i["transport"] for i in interactions} == {"http"}


def test_write_pact_file_conflicting_names(server: pact_ffi.PactServerHandle, tmp_path: Path) -> None:
    (tmp_path / "web-users.json").write_text(json.dumps({"consumer": {"name": "other"}, "provider": {"name": "users"}, "interactions": []}))
    with pytest.raises(RuntimeError, match="could not be written"):
        pact_ffi.write_pact_file(server, tmp_path, overwrite=False)


def test_cleanup_twice_raises(server: pact_ffi.PactServerHandle) -> None:
    port = server.port
    pact_ffi.cleanup_mock_server(server)
    with pytest.raises(RuntimeError, match=f"Could not cleanup mock server with port {port}"):
        pact_ffi.cleanup_mock_server(server)
    assert not pact_ffi.mock_server_matched(server)
    with pytest.raises(RuntimeError, match="No mock server found"):
        pact_ffi.mock_server_mismatches(server)
    with pytest.raises(RuntimeError, match="Unable to obtain logs"):
        pact_ffi.mock_server_logs(server)
    with pytest.raises(RuntimeError, match="was not found"):
        pact_ffi.write_pact_file(server, "/tmp", overwrite=True)
    with socket.socket() as s, pytest.raises(ConnectionRefusedError):
        s.connect(("127.0.0.1", port))


def test_create_errors() -> None:
    pact = user_pact()
    with pytest.raises(RuntimeError, match="Invalid transport_config JSON"):
        pact_ffi.create_mock_server_for_transport(pact, "127.0.0.1", 0, "http", "{nope")
    with pytest.raises(RuntimeError, match="Address is invalid"):
        pact_ffi.create_mock_server_for_transport(pact, "[::1]", 0, "http", None)
    with pytest.raises(RuntimeError, match="Address is invalid"):
        pact_ffi.create_mock_server_for_transport(pact, "", 0, "http", None)
    with pytest.raises(RuntimeError, match="could not be started"):
        pact_ffi.create_mock_server_for_transport(pact, "127.0.0.1", 0, "carrier-pigeon", None)
    with pytest.raises(TypeError, match="addr must be a str"):
        pact_ffi.create_mock_server_for_transport(pact, None, 0, "http", None)  # type: ignore[arg-type]
    stale = pact_ffi.new_pact("c", "p")
    pact_ffi.free_pact_handle(stale)
    with pytest.raises(RuntimeError, match="invalid Pact handle"):
        pact_ffi.create_mock_server_for_transport(stale, "127.0.0.1", 0, "http", None)
    assert lib.pactffi_create_mock_server_for_transport(pact._ref, ffi.NULL, 0, ffi.NULL, ffi.NULL) == -4  # noqa: SLF001
    assert pact_ffi.get_error_message() == "addr is null"
    assert lib.pactffi_create_mock_server_for_transport(pact._ref, b"\xff", 0, ffi.NULL, ffi.NULL) == -4  # noqa: SLF001
    assert pact_ffi.get_error_message() == "error parsing addr as UTF-8"


def test_port_in_use() -> None:
    pact = user_pact()
    first = pact_ffi.create_mock_server_for_transport(pact, "127.0.0.1", 0, "http", None)
    try:
        with pytest.raises(RuntimeError, match="could not be started"):
            pact_ffi.create_mock_server_for_transport(pact, "127.0.0.1", first.port, "http", None)
    finally:
        pact_ffi.cleanup_mock_server(first)


@pytest.mark.parametrize("address", ["localhost", "::1"])
def test_other_addresses(address: str) -> None:
    if address == "::1" and not socket.has_ipv6:
        pytest.skip("no IPv6 on this machine")
    pact = pact_ffi.new_pact("c", "p")
    pact_ffi.with_request(pact_ffi.new_interaction(pact, "ping"), "GET", "/ping")
    try:
        server = pact_ffi.create_mock_server_for_transport(pact, address, 0, "http", None)
    except RuntimeError as error:
        if address == "::1":
            pytest.skip(f"IPv6 loopback unavailable: {error}")
        raise
    try:
        host = "[::1]" if address == "::1" else address
        assert http("GET", f"http://{host}:{server.port}/ping")[0] == 200
        assert pact_ffi.mock_server_matched(server)
    finally:
        pact_ffi.cleanup_mock_server(server)


def test_cors_preflight() -> None:
    pact = user_pact()
    server = pact_ffi.create_mock_server_for_transport(pact, "127.0.0.1", 0, "http", json.dumps({"corsPreflight": True}))
    try:
        status, headers, _ = http("OPTIONS", f"http://127.0.0.1:{server.port}/users", headers={"Origin": "http://x", "Access-Control-Request-Headers": "x-a"})
        assert status == 204
        assert headers["Access-Control-Allow-Origin"] == "http://x"
        assert headers["Access-Control-Allow-Headers"] == "x-a, *"
        assert all(m["type"] == "missing-request" for m in pact_ffi.mock_server_mismatches(server))
    finally:
        pact_ffi.cleanup_mock_server(server)


def test_server_handle_cleanup_on_collection() -> None:
    pact = user_pact()
    server = pact_ffi.create_mock_server_for_transport(pact, "127.0.0.1", 0, "http", None)
    port = server.port
    del server
    assert not lib.pactffi_cleanup_mock_server(port)


def test_unknown_port_queries() -> None:
    unknown = pact_ffi.PactServerHandle(1)
    unknown._cleaned_up = True  # noqa: SLF001
    assert not pact_ffi.mock_server_matched(unknown)
    assert lib.pactffi_mock_server_mismatches(-1) == ffi.NULL
    assert lib.pactffi_write_pact_file(1, ffi.NULL, True) == 3
