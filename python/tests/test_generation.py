"""Generators applied where the reference applies them (generators.md §12):
mock-server responses, message generation functions and message_reify."""

from __future__ import annotations

import json
import re

import pact_ffi
from pact_ffi import InteractionPart, PactSpecification

from conftest import http


def test_mock_server_fills_generated_response_values() -> None:
    pact = pact_ffi.new_pact("c", "p")
    interaction = pact_ffi.new_interaction(pact, "generated")
    pact_ffi.with_request(interaction, "GET", "/g")
    body = {
        "id": {"pact:matcher:type": "integer", "pact:generator:type": "RandomInt", "min": 5, "max": 9},
        "uuid": {"pact:matcher:type": "regex", "regex": "^[0-9a-f-]{36}$", "pact:generator:type": "Uuid", "value": "x"},
        "link": {
            "pact:matcher:type": "regex",
            "regex": ".*(/items/\\d+)$",
            "value": "http://example.com/items/1",
            "pact:generator:type": "MockServerURL",
            "example": "http://example.com/items/1",
        },
    }
    pact_ffi.with_body(interaction, InteractionPart.RESPONSE, "application/json", json.dumps(body))
    server = pact_ffi.create_mock_server_for_transport(pact, "127.0.0.1", 0, "http", None)
    try:
        status, _, raw = http("GET", f"http://127.0.0.1:{server.port}/g")
    finally:
        pact_ffi.cleanup_mock_server(server)
    assert status == 200
    received = json.loads(raw)
    assert isinstance(received["id"], int) and 5 <= received["id"] <= 9
    assert re.fullmatch(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", received["uuid"])
    assert received["link"] == f"http://127.0.0.1:{server.port}/items/1"


def _message_with_generator(version: PactSpecification) -> tuple[pact_ffi.PactHandle, pact_ffi.InteractionHandle]:
    pact = pact_ffi.new_pact("c", "p")
    pact_ffi.with_specification(pact, version)
    message = pact_ffi.new_message_interaction(pact, "an event")
    contents = {"n": {"pact:matcher:type": "integer", "pact:generator:type": "RandomInt", "min": 100, "max": 100}}
    pact_ffi.with_body(message, InteractionPart.REQUEST, "application/json", json.dumps(contents))
    return pact, message


def test_async_message_generate_contents_applies_generators() -> None:
    pact, _ = _message_with_generator(PactSpecification.V4)
    (message,) = list(pact_ffi.pact_handle_get_async_message_iter(pact))
    generated = pact_ffi.async_message_generate_contents(message)
    assert json.loads(pact_ffi.message_contents_get_contents_str(generated)) == {"n": 100}
    # The stored example is untouched.
    assert json.loads(pact_ffi.async_message_get_contents_str(message)) == {"n": None}


def test_message_reify_generates_for_v3_only() -> None:
    contents = json.dumps({"n": {"pact:matcher:type": "integer", "pact:generator:type": "RandomInt", "min": 7, "max": 7}})
    results = {}
    for version in (PactSpecification.V3, PactSpecification.V4):
        pact = pact_ffi.new_message_pact("c", "p")
        pact_ffi.lib.pactffi_with_specification(pact._ref, version.value)  # noqa: SLF001
        message = pact_ffi.new_message(pact, f"event {version}")
        pact_ffi.message_with_contents(message, "application/json", contents)
        reified = json.loads(pact_ffi.message_reify(message))
        results[version] = reified["contents"]["content"] if version is PactSpecification.V4 else reified["contents"]
    assert results[PactSpecification.V3] == {"n": 7}
    assert results[PactSpecification.V4] == {"n": None}
