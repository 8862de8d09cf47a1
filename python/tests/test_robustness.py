"""Hostile and malformed input through the ABI: each call fails cleanly or
copes, never crashes, and the next call still works."""

from __future__ import annotations

import json
import socket
from pathlib import Path

import pact_ffi
from pact_ffi import InteractionPart, PactSpecification, ffi, lib

from conftest import http, read_pact


def test_deeply_nested_body_is_bounded(pact: pact_ffi.PactHandle, tmp_path: Path) -> None:
    interaction = pact_ffi.new_interaction(pact, "deep")
    deep = "[" * 100_000 + "]" * 100_000
    # Too deep to be JSON for us: stored verbatim as the reference stores invalid JSON.
    pact_ffi.with_body(interaction, InteractionPart.REQUEST, "application/json", deep)
    pact_ffi.with_specification(pact, PactSpecification.V4)
    pact_ffi.pact_handle_write_file(pact, tmp_path, overwrite=True)
    body = read_pact(tmp_path / "consumer-provider.json")["interactions"][0]["request"]["body"]
    assert body["encoded"] == "base64"


def test_deep_matcher_nesting_is_bounded(pact: pact_ffi.PactHandle, tmp_path: Path) -> None:
    interaction = pact_ffi.new_interaction(pact, "deep matchers")
    value: object = 1
    for _ in range(200):
        value = {"pact:matcher:type": "type", "value": {"a": value}}
    pact_ffi.with_body(interaction, InteractionPart.REQUEST, "application/json", json.dumps(value))
    pact_ffi.pact_handle_write_file(pact, tmp_path, overwrite=True)
    assert read_pact(tmp_path / "consumer-provider.json")["interactions"]


def test_huge_and_invalid_regexes_are_mismatches_not_crashes() -> None:
    pact = pact_ffi.new_pact("c", "p")
    for index, regex in enumerate(["(" * 5000, "a{1000}{1000}{1000}", "x" * 200_000, r"(?<=lookbehind)x"]):
        interaction = pact_ffi.new_interaction(pact, f"regex {index}")
        pact_ffi.with_request(interaction, "GET", json.dumps({"pact:matcher:type": "regex", "regex": regex, "value": f"/r{index}"}))
    server = pact_ffi.create_mock_server_for_transport(pact, "127.0.0.1", 0, "http", None)
    try:
        for index in range(4):
            status, _, _ = http("GET", f"http://127.0.0.1:{server.port}/r{index}")
            assert status == 500
        mismatches = pact_ffi.mock_server_mismatches(server)
        assert mismatches
        assert not pact_ffi.mock_server_matched(server)
    finally:
        pact_ffi.cleanup_mock_server(server)


def test_large_request_body_and_garbage_http() -> None:
    pact = pact_ffi.new_pact("c", "p")
    interaction = pact_ffi.new_interaction(pact, "upload")
    pact_ffi.with_request(interaction, "POST", "/upload")
    pact_ffi.with_body(interaction, InteractionPart.REQUEST, "text/plain", "small")
    server = pact_ffi.create_mock_server_for_transport(pact, "127.0.0.1", 0, "http", None)
    try:
        status, _, _ = http("POST", f"http://127.0.0.1:{server.port}/upload", b"x" * (8 * 1024 * 1024), {"Content-Type": "text/plain"})
        assert status == 500
        with socket.create_connection(("127.0.0.1", server.port), timeout=5) as s:
            s.sendall(b"\x16\x03\x01 this is not HTTP\r\n\r\n")
            s.recv(1024)
        status, _, _ = http("POST", f"http://127.0.0.1:{server.port}/upload", b"small", {"Content-Type": "text/plain"})
        assert status == 200
    finally:
        pact_ffi.cleanup_mock_server(server)


def test_invalid_utf8_everywhere_in_c(pact: pact_ffi.PactHandle) -> None:
    bad = b"\xff\xfe\xfd"
    interaction = pact_ffi.new_interaction(pact, "utf8")
    ref = interaction._ref  # noqa: SLF001
    assert not lib.pactffi_given(ref, bad)
    assert not lib.pactffi_upon_receiving(ref, bad)
    assert not lib.pactffi_with_header_v2(ref, 0, bad, 0, b"v")
    assert not lib.pactffi_with_query_parameter_v2(ref, bad, 0, b"v")
    assert not lib.pactffi_add_text_comment(ref, bad)
    assert lib.pactffi_interaction_test_name(ref, bad) == 1
    assert lib.pactffi_create_mock_server_for_transport(pact._ref, bad, 0, ffi.NULL, ffi.NULL) == -4  # noqa: SLF001
    # Lenient inputs fall back to their defaults, as the reference's do.
    assert lib.pactffi_with_request(ref, bad, bad)
    assert lib.pactffi_with_body(ref, 0, bad, bad)
    pact_ffi.get_error_message()
    # The library is still fully usable.
    pact_ffi.given(interaction, "fine")


def test_many_handles_and_interactions() -> None:
    handles = [pact_ffi.new_pact(f"c{i}", "p") for i in range(2000)]
    assert len({h._ref for h in handles}) == 2000  # noqa: SLF001
    pact = handles[0]
    for i in range(2000):
        pact_ffi.new_interaction(pact, f"interaction {i}")
    for h in handles:
        pact_ffi.free_pact_handle(h)
