"""sync_message_generate_contents and sync_message_match_response_contents."""

from __future__ import annotations

import json

import pytest

import pact_ffi
from pact_ffi import InteractionPart, ffi, lib


@pytest.fixture
def sync_message() -> pact_ffi.InteractionHandle:
    pact = pact_ffi.new_pact("c", "p")
    interaction = pact_ffi.new_sync_message_interaction(pact, "sync")
    pact_ffi.with_body(interaction, InteractionPart.REQUEST, "application/json", json.dumps({"q": 1}))
    response = {
        "id": {"pact:matcher:type": "integer", "pact:generator:type": "RandomInt", "min": 4, "max": 4},
        "name": {"pact:matcher:type": "type", "value": "n"},
    }
    pact_ffi.with_body(interaction, InteractionPart.RESPONSE, "application/json", json.dumps(response))
    interaction._pact = pact  # keep the pact alive with the handle  # noqa: SLF001
    return interaction


def test_generate_contents_applies_generators_and_drops_rules(sync_message: pact_ffi.InteractionHandle) -> None:
    generated = pact_ffi.sync_message_generate_contents(sync_message)
    assert generated["type"] == "Synchronous/Messages"
    assert generated["response"][0]["contents"]["content"] == {"id": 4, "name": "n"}
    assert "matchingRules" not in generated["response"][0]
    assert "generators" not in generated["response"][0]


def test_generate_contents_of_other_kinds(sync_message: pact_ffi.InteractionHandle) -> None:
    http = pact_ffi.new_interaction(sync_message._pact, "http")  # noqa: SLF001
    with pytest.raises(RuntimeError, match="not a synchronous message"):
        pact_ffi.sync_message_generate_contents(http)
    stale = pact_ffi.InteractionHandle(0x7FFF0001)
    with pytest.raises(RuntimeError, match="not a synchronous message"):
        pact_ffi.sync_message_generate_contents(stale)
    assert lib.pactffi_sync_message_generate_contents(0) == ffi.NULL


def test_match_response_contents(sync_message: pact_ffi.InteractionHandle) -> None:
    assert pact_ffi.sync_message_match_response_contents(sync_message, 0, None, '{"id": 9, "name": "x", "more": 1}') == []
    found = pact_ffi.sync_message_match_response_contents(sync_message, 0, None, '{"id": "9", "name": 2}')
    assert sorted(m["path"] for m in found) == ["$.id", "$.name"]
    (wrong_type,) = pact_ffi.sync_message_match_response_contents(sync_message, 0, "text/plain", "hello")
    assert wrong_type["type"] == "BodyTypeMismatch"
    assert wrong_type["mismatch"] == "Expected message with content type application/json but was text/plain"


def test_match_response_contents_errors(sync_message: pact_ffi.InteractionHandle) -> None:
    with pytest.raises(RuntimeError, match="no response at index 1"):
        pact_ffi.sync_message_match_response_contents(sync_message, 1, None, "{}")
    with pytest.raises(ValueError, match="non-negative"):
        pact_ffi.sync_message_match_response_contents(sync_message, -1, None, "{}")
    with pytest.raises(TypeError):
        pact_ffi.sync_message_match_response_contents(sync_message, 0, None, None)  # type: ignore[arg-type]
    assert lib.pactffi_sync_message_match_response_contents(sync_message._ref, 0, ffi.NULL, ffi.NULL) == ffi.NULL  # noqa: SLF001
    assert pact_ffi.get_error_message() == "contents is NULL or not valid UTF-8"
    assert lib.pactffi_sync_message_match_response_contents(sync_message._ref, 0, ffi.NULL, b"\xff") == ffi.NULL  # noqa: SLF001
