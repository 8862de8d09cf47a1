"""Tests of the V3 ``Message`` model (pact_ffi._messages) and ``MessagePact`` (pact_ffi._message_pact)."""

from __future__ import annotations

import gc
import json
from typing import Any

import pytest

import pact_ffi
from pact_ffi import PactSpecification
from pact_ffi._native import ffi, lib

MESSAGE_JSON = {
    "description": "an order event",
    "providerStates": [
        {"name": "an order exists", "params": {"id": 42}},
        {"name": "the shop is open"},
    ],
    "contents": {"id": 42, "status": "NEW"},
    "metaData": {"contentType": "application/json", "topic": "orders", "partition": 3},
}

#: A V3 message pact with two messages and metadata in three namespaces.
MESSAGE_PACT_JSON = {
    "consumer": {"name": "order-consumer"},
    "provider": {"name": "order-provider"},
    "messages": [
        MESSAGE_JSON,
        {"contents": "plain text", "metaData": {"contentType": "text/plain"}},
    ],
    "metadata": {
        "pactSpecification": {"version": "3.0.0"},
        "pactRust": {"ffi": "0.4.0", "models": "1.1.0"},
        "custom": {"tags": ["a", "b"], "owner": "team-x"},
    },
}


def last_error() -> str | None:
    return pact_ffi.get_error_message()


@pytest.fixture
def message() -> Any:  # noqa: ANN401
    msg = pact_ffi.message_new_from_json(0, json.dumps(MESSAGE_JSON), PactSpecification.V3)
    yield msg
    msg.close()


@pytest.fixture
def mpact() -> Any:  # noqa: ANN401
    pact = pact_ffi.message_pact_new_from_json("orders.json", json.dumps(MESSAGE_PACT_JSON))
    yield pact
    pact.close()


# ---- Message: creation ---------------------------------------------------------------


def test_message_new_is_empty() -> None:
    msg = pact_ffi.message_new()
    assert isinstance(msg, pact_ffi.Message)
    assert pact_ffi.message_get_description(msg) == ""
    assert pact_ffi.message_get_contents(msg) is None
    assert pact_ffi.message_get_contents_length(msg) == 0
    assert pact_ffi.message_get_contents_bin(msg) is None
    assert list(msg.provider_states()) == []
    assert list(msg.metadata) == []
    msg.close()


def test_message_new_from_json_reads_every_part(message: Any) -> None:  # noqa: ANN401
    assert message.description == "an order event"
    assert json.loads(pact_ffi.message_get_contents(message)) == {"id": 42, "status": "NEW"}
    assert [s.name for s in message.provider_states()] == ["an order exists", "the shop is open"]
    assert pact_ffi.message_find_metadata(message, "topic") == "orders"
    # Non-string metadata comes back as JSON text.
    assert pact_ffi.message_find_metadata(message, "partition") == "3"


def test_message_new_from_json_names_and_versions() -> None:
    unnamed = pact_ffi.message_new_from_json(7, '{"contents": "x"}', "V4")
    assert unnamed.description == "Message 7"
    by_name = pact_ffi.message_new_from_json(0, "{}", "v3")
    assert by_name.description == "Message 0"


@pytest.mark.parametrize("version", [PactSpecification.V1, PactSpecification.V1_1, PactSpecification.V2, "UNKNOWN"])
def test_message_new_from_json_needs_v3(version: Any) -> None:  # noqa: ANN401
    with pytest.raises(RuntimeError, match="Messages require Pact Specification version 3"):
        pact_ffi.message_new_from_json(0, json.dumps(MESSAGE_JSON), version)


def test_message_new_from_json_errors() -> None:
    with pytest.raises(RuntimeError, match="error parsing json_str as JSON"):
        pact_ffi.message_new_from_json(0, "not json {", PactSpecification.V3)
    with pytest.raises(TypeError, match="json_str must be a str"):
        pact_ffi.message_new_from_json(0, None, PactSpecification.V3)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="non-negative"):
        pact_ffi.message_new_from_json(-1, "{}", PactSpecification.V3)
    with pytest.raises(ValueError, match="at most"):
        pact_ffi.message_new_from_json(2**32, "{}", PactSpecification.V3)
    with pytest.raises(TypeError, match="index must be an int"):
        pact_ffi.message_new_from_json("0", "{}", PactSpecification.V3)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="spec_version"):
        pact_ffi.message_new_from_json(0, "{}", "V9")
    # The C side: NULL, invalid UTF-8 and an out-of-range enum value.
    assert lib.pactffi_message_new_from_json(0, ffi.NULL, lib.PactSpecification_V3) == ffi.NULL
    assert last_error() == "json_str is null"
    assert lib.pactffi_message_new_from_json(0, b'"\xff"', lib.PactSpecification_V3) == ffi.NULL
    assert last_error() == "error parsing json_str as UTF-8"
    assert lib.pactffi_message_new_from_json(0, b"{}", 99) == ffi.NULL
    assert "spec_version" in (last_error() or "")


def test_message_new_from_body() -> None:
    msg = pact_ffi.message_new_from_body('{"a": 1}', "application/json")
    assert pact_ffi.message_get_contents(msg) == '{"a": 1}'
    assert pact_ffi.message_find_metadata(msg, "contentType") == "application/json"
    raw = pact_ffi.message_new_from_body(b"caf\xc3\xa9", "text/plain")
    assert pact_ffi.message_get_contents_bin(raw) == "café".encode()
    assert pact_ffi.message_get_contents_length(raw) == 5


def test_message_new_from_body_errors() -> None:
    with pytest.raises(RuntimeError, match="invalid content type 'not a type'"):
        pact_ffi.message_new_from_body("x", "not a type")
    with pytest.raises(TypeError, match="body must be a str or bytes"):
        pact_ffi.message_new_from_body(None, "text/plain")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="content_type must be a str"):
        pact_ffi.message_new_from_body("x", None)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="NUL"):
        pact_ffi.message_new_from_body("a\x00b", "text/plain")
    assert lib.pactffi_message_new_from_body(ffi.NULL, b"text/plain") == ffi.NULL
    assert last_error() == "body is null"
    assert lib.pactffi_message_new_from_body(b"x", ffi.NULL) == ffi.NULL
    assert last_error() == "content_type is null"
    assert lib.pactffi_message_new_from_body(b"x", b"text/\xff") == ffi.NULL
    assert last_error() == "error parsing content_type as UTF-8"


# ---- Message: contents -------------------------------------------------------------------


def test_message_contents_text_and_bytes() -> None:
    msg = pact_ffi.message_new()
    pact_ffi.message_set_contents(msg, "hello", "text/plain")
    assert pact_ffi.message_get_contents(msg) == "hello"
    assert msg.contents == "hello"
    assert pact_ffi.message_get_contents_length(msg) == 5
    assert pact_ffi.message_get_contents_bin(msg) == b"hello"

    pact_ffi.message_set_contents_bin(msg, b"\x00\xff\x01", "application/octet-stream")
    assert pact_ffi.message_get_contents_bin(msg) == b"\x00\xff\x01"
    assert pact_ffi.message_get_contents_length(msg) == 3
    assert pact_ffi.message_get_contents(msg) == ""  # not text

    pact_ffi.message_set_contents_bin(msg, b"", None)
    assert pact_ffi.message_get_contents_length(msg) == 0
    assert pact_ffi.message_get_contents_bin(msg) is None

    pact_ffi.message_set_contents(msg, None, None)  # the JSON null body
    assert pact_ffi.message_get_contents(msg) == ""
    assert pact_ffi.message_get_contents_bin(msg) is None
    pact_ffi.message_set_contents_bin(msg, None, None)
    assert pact_ffi.message_get_contents(msg) == ""


def test_message_contents_argument_errors() -> None:
    msg = pact_ffi.message_new()
    with pytest.raises(TypeError, match="contents must be a str"):
        pact_ffi.message_set_contents(msg, b"x", None)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="contents must be bytes"):
        pact_ffi.message_set_contents_bin(msg, "x", None)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="message must be a Message"):
        pact_ffi.message_get_contents(None)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="message must be a Message"):
        pact_ffi.message_get_contents_length(pact_ffi.async_message_new())  # type: ignore[arg-type]
    # Invalid UTF-8 at the C level changes nothing and sets the last error.
    pact_ffi.message_set_contents(msg, "kept", None)
    lib.pactffi_message_set_contents(msg._ptr, b"\xff", ffi.NULL)  # noqa: SLF001
    assert last_error() == "error parsing contents as UTF-8"
    assert pact_ffi.message_get_contents(msg) == "kept"
    # NULL messages are failures, not crashes.
    assert lib.pactffi_message_get_contents(ffi.NULL) == ffi.NULL
    assert lib.pactffi_message_get_contents_length(ffi.NULL) == 0
    assert lib.pactffi_message_get_contents_bin(ffi.NULL) == ffi.NULL


def test_message_get_contents_fails_on_nul_byte() -> None:
    msg = pact_ffi.message_new_from_json(0, json.dumps({"contents": "a\u0000b"}), PactSpecification.V3)
    assert pact_ffi.message_get_contents_length(msg) == 3
    with pytest.raises(RuntimeError, match="NUL"):
        pact_ffi.message_get_contents(msg)


# ---- Message: description and provider states -----------------------------------------------


def test_message_description() -> None:
    msg = pact_ffi.message_new()
    pact_ffi.message_set_description(msg, "a new description")
    assert pact_ffi.message_get_description(msg) == "a new description"
    with pytest.raises(TypeError, match="description must be a str"):
        pact_ffi.message_set_description(msg, None)  # type: ignore[arg-type]
    assert lib.pactffi_message_set_description(msg._ptr, ffi.NULL) == 1  # noqa: SLF001
    assert last_error() == "description is null"
    assert lib.pactffi_message_set_description(msg._ptr, b"\xfe") == 1  # noqa: SLF001
    assert last_error() == "error parsing description as UTF-8"
    assert lib.pactffi_message_set_description(ffi.NULL, b"x") == 1
    assert lib.pactffi_message_get_description(ffi.NULL) == ffi.NULL
    assert pact_ffi.message_get_description(msg) == "a new description"


def test_message_provider_states(message: Any) -> None:  # noqa: ANN401
    state = pact_ffi.message_get_provider_state(message, 1)
    assert state.name == "the shop is open"
    first = pact_ffi.message_get_provider_state(message, 0)
    assert first.name == "an order exists"
    assert dict(first.parameters()) == {"id": "42"}
    with pytest.raises(IndexError, match="index 2"):
        pact_ffi.message_get_provider_state(message, 2)
    with pytest.raises(IndexError):
        pact_ffi.message_get_provider_state(message, 2**32)
    with pytest.raises(ValueError, match="non-negative"):
        pact_ffi.message_get_provider_state(message, -1)
    assert lib.pactffi_message_get_provider_state(ffi.NULL, 0) == ffi.NULL

    states = pact_ffi.message_get_provider_state_iter(message)
    assert isinstance(states, pact_ffi.ProviderStateIterator)
    assert [s.name for s in states] == ["an order exists", "the shop is open"]
    assert lib.pactffi_message_get_provider_state_iter(ffi.NULL) == ffi.NULL


def test_borrowed_provider_state_keeps_message_alive() -> None:
    msg = pact_ffi.message_new_from_json(0, json.dumps(MESSAGE_JSON), PactSpecification.V3)
    state = pact_ffi.message_get_provider_state(msg, 0)
    del msg
    gc.collect()
    assert state.name == "an order exists"


# ---- Message: metadata ---------------------------------------------------------------------


def test_message_insert_and_find_metadata() -> None:
    msg = pact_ffi.message_new()
    assert pact_ffi.message_find_metadata(msg, "topic") is None
    assert pact_ffi.message_insert_metadata(msg, "topic", "orders") == 0  # new key
    assert pact_ffi.message_insert_metadata(msg, "topic", "invoices") == -1  # overwritten
    assert pact_ffi.message_insert_metadata(msg, "a-first", "1") == 0
    assert pact_ffi.message_find_metadata(msg, "topic") == "invoices"
    pairs = [(pair.key, pair.value) for pair in pact_ffi.message_get_metadata_iter(msg)]
    assert pairs == [("a-first", "1"), ("topic", "invoices")]
    assert [(p.key, p.value) for p in msg.metadata] == pairs


def test_message_metadata_errors(message: Any) -> None:  # noqa: ANN401
    with pytest.raises(TypeError, match="key must be a str"):
        pact_ffi.message_find_metadata(message, None)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="value must be a str"):
        pact_ffi.message_insert_metadata(message, "k", 1)  # type: ignore[arg-type]
    ptr = message._ptr  # noqa: SLF001
    assert lib.pactffi_message_insert_metadata(ptr, ffi.NULL, b"v") == -2
    assert last_error() == "key is null"
    assert lib.pactffi_message_insert_metadata(ptr, b"k", b"\xff") == -2
    assert last_error() == "error parsing value as UTF-8"
    assert lib.pactffi_message_insert_metadata(ffi.NULL, b"k", b"v") == -2
    assert lib.pactffi_message_find_metadata(ptr, b"\xff") == ffi.NULL
    assert last_error() == "error parsing key as UTF-8"
    assert lib.pactffi_message_find_metadata(ptr, b"missing") == ffi.NULL
    assert last_error() == "invalid metadata key"
    assert lib.pactffi_message_get_metadata_iter(ffi.NULL) == ffi.NULL
    # Nothing was inserted by the failed calls.
    keys = [pair.key for pair in pact_ffi.message_get_metadata_iter(message)]
    assert keys == ["contentType", "partition", "topic"]


# ---- Message: deletion and lifetime ----------------------------------------------------------


def test_message_delete_and_use_after_delete() -> None:
    msg = pact_ffi.message_new()
    pact_ffi.message_delete(msg)
    pact_ffi.message_delete(msg)  # again: nothing
    for call in (
        lambda: pact_ffi.message_get_description(msg),
        lambda: pact_ffi.message_get_contents(msg),
        lambda: pact_ffi.message_set_contents(msg, "x", None),
        lambda: pact_ffi.message_get_contents_bin(msg),
        lambda: pact_ffi.message_insert_metadata(msg, "k", "v"),
        lambda: pact_ffi.message_get_provider_state(msg, 0),
        lambda: pact_ffi.message_get_metadata_iter(msg),
    ):
        with pytest.raises(ValueError, match="closed"):
            call()
    with pytest.raises(TypeError, match="message must be a Message"):
        pact_ffi.message_delete(None)  # type: ignore[arg-type]
    lib.pactffi_message_delete(ffi.NULL)  # a no-op


def test_provider_state_of_deleted_message_is_refused(message: Any) -> None:  # noqa: ANN401
    state = pact_ffi.message_get_provider_state(message, 0)
    pact_ffi.message_delete(message)
    with pytest.raises(ValueError, match="closed"):
        _ = state.name


# ---- pact_interaction_as_message ---------------------------------------------------------------


def test_pact_interaction_as_message() -> None:
    pact = pact_ffi.parse_pact_json(json.dumps(MESSAGE_PACT_JSON))
    interactions = list(pact_ffi.pact_model_interaction_iterator(pact))
    assert len(interactions) == 2
    msg = pact_ffi.pact_interaction_as_message(interactions[0])
    assert isinstance(msg, pact_ffi.Message)
    assert msg.description == "an order event"
    assert pact_ffi.message_find_metadata(msg, "topic") == "orders"
    # A copy: changing it leaves the pact alone, and it outlives the pact.
    pact_ffi.message_set_description(msg, "changed")
    assert pact_ffi.pact_interaction_as_message(interactions[0]).description == "an order event"
    del interactions, pact
    gc.collect()
    assert msg.description == "changed"
    msg.close()


def test_pact_interaction_as_message_refuses_other_kinds() -> None:
    http_pact = {
        "consumer": {"name": "c"},
        "provider": {"name": "p"},
        "interactions": [{"description": "a request", "request": {"method": "GET", "path": "/"}, "response": {"status": 200}}],
        "metadata": {"pactSpecification": {"version": "3.0.0"}},
    }
    pact = pact_ffi.parse_pact_json(json.dumps(http_pact))
    (interaction,) = list(pact_ffi.pact_model_interaction_iterator(pact))
    with pytest.raises(TypeError, match="not a Message"):
        pact_ffi.pact_interaction_as_message(interaction)
    with pytest.raises(TypeError, match="interaction must be a PactInteraction"):
        pact_ffi.pact_interaction_as_message(None)  # type: ignore[arg-type]
    assert lib.pactffi_pact_interaction_as_message(ffi.NULL) == ffi.NULL


# ---- MessagePact ------------------------------------------------------------------------------


def test_message_pact_consumer_and_provider(mpact: Any) -> None:  # noqa: ANN401
    consumer = pact_ffi.message_pact_get_consumer(mpact)
    provider = pact_ffi.message_pact_get_provider(mpact)
    assert isinstance(consumer, pact_ffi.Consumer)
    assert consumer.name == "order-consumer"
    assert provider.name == "order-provider"
    assert mpact.consumer.name == "order-consumer"
    consumer.close()  # borrowed: nothing freed, the pact still answers
    assert mpact.provider.name == "order-provider"
    assert lib.pactffi_message_pact_get_consumer(ffi.NULL) == ffi.NULL
    assert lib.pactffi_message_pact_get_provider(ffi.NULL) == ffi.NULL


def test_message_pact_messages(mpact: Any) -> None:  # noqa: ANN401
    it = pact_ffi.message_pact_get_message_iter(mpact)
    assert isinstance(it, pact_ffi.MessagePactMessageIterator)
    first = pact_ffi.message_pact_message_iter_next(it)
    second = next(it)
    with pytest.raises(StopIteration):
        pact_ffi.message_pact_message_iter_next(it)
    assert first.description == "an order event"
    assert second.description == "Message 1"
    assert pact_ffi.message_get_contents(second) == "plain text"
    # Borrowed from the message pact: changes show through a new iterator.
    pact_ffi.message_set_description(first, "renamed")
    assert [m.description for m in mpact.messages()] == ["renamed", "Message 1"]
    pact_ffi.message_delete(first)  # borrowed: only the wrapper is closed
    assert [m.description for m in mpact.messages()] == ["renamed", "Message 1"]
    pact_ffi.message_pact_message_iter_delete(it)
    pact_ffi.message_pact_message_iter_delete(it)  # again: nothing
    assert second.description == "Message 1"  # messages outlive their iterator
    with pytest.raises(ValueError, match="closed"):
        pact_ffi.message_pact_message_iter_next(it)
    assert lib.pactffi_message_pact_get_message_iter(ffi.NULL) == ffi.NULL
    assert lib.pactffi_message_pact_message_iter_next(ffi.NULL) == ffi.NULL
    lib.pactffi_message_pact_message_iter_delete(ffi.NULL)


def test_borrowed_message_keeps_message_pact_alive() -> None:
    mpact = pact_ffi.message_pact_new_from_json("orders.json", json.dumps(MESSAGE_PACT_JSON))
    it = mpact.messages()
    message = next(it)
    consumer = mpact.consumer
    del mpact, it
    gc.collect()
    assert message.description == "an order event"
    assert consumer.name == "order-consumer"


def test_message_pact_find_metadata(mpact: Any) -> None:  # noqa: ANN401
    assert pact_ffi.message_pact_find_metadata(mpact, "pactSpecification", "version") == "3.0.0"
    assert pact_ffi.message_pact_find_metadata(mpact, "custom", "owner") == "team-x"
    assert json.loads(pact_ffi.message_pact_find_metadata(mpact, "custom", "tags")) == ["a", "b"]
    assert pact_ffi.message_pact_find_metadata(mpact, "custom", "missing") is None
    assert pact_ffi.message_pact_find_metadata(mpact, "missing", "version") is None
    with pytest.raises(TypeError, match="key2 must be a str"):
        pact_ffi.message_pact_find_metadata(mpact, "custom", None)  # type: ignore[arg-type]
    ptr = mpact._ptr  # noqa: SLF001
    assert lib.pactffi_message_pact_find_metadata(ptr, b"missing", b"version") == ffi.NULL
    assert last_error() == "invalid metadata key (key 1)"
    assert lib.pactffi_message_pact_find_metadata(ptr, b"custom", b"missing") == ffi.NULL
    assert last_error() == "invalid metadata key (key 2)"
    assert lib.pactffi_message_pact_find_metadata(ptr, ffi.NULL, b"version") == ffi.NULL
    assert last_error() == "key1 is null"
    assert lib.pactffi_message_pact_find_metadata(ptr, b"custom", b"\xff") == ffi.NULL
    assert last_error() == "error parsing key2 as UTF-8"
    assert lib.pactffi_message_pact_find_metadata(ffi.NULL, b"a", b"b") == ffi.NULL


def test_message_pact_metadata_triples(mpact: Any) -> None:  # noqa: ANN401
    it = pact_ffi.message_pact_get_metadata_iter(mpact)
    assert isinstance(it, pact_ffi.MessagePactMetadataIterator)
    triples = []
    while True:
        try:
            triple = pact_ffi.message_pact_metadata_iter_next(it)
        except StopIteration:
            break
        assert isinstance(triple, pact_ffi.MessagePactMetadataTriple)
        triples.append(triple)
    got = [(t.outer_key, t.inner_key, t.value) for t in triples]
    assert got == [
        ("custom", "owner", "team-x"),
        ("custom", "tags", '["a","b"]'),
        ("pactRust", "ffi", "0.4.0"),
        ("pactRust", "models", "1.1.0"),
        ("pactSpecification", "version", "3.0.0"),
    ]
    assert str(triples[0]) == "MessagePactMetadataTriple('custom', 'owner', 'team-x')"
    # Triples own their strings: they outlive the iterator and the pact.
    pact_ffi.message_pact_metadata_iter_delete(it)
    pact_ffi.message_pact_metadata_iter_delete(it)  # again: nothing
    pact_ffi.message_pact_delete(mpact)
    assert triples[2].value == "0.4.0"
    pact_ffi.message_pact_metadata_triple_delete(triples[2])
    pact_ffi.message_pact_metadata_triple_delete(triples[2])  # again: nothing
    with pytest.raises(ValueError, match="closed"):
        _ = triples[2].value
    with pytest.raises(ValueError, match="closed"):
        pact_ffi.message_pact_metadata_iter_next(it)
    with pytest.raises(TypeError, match="triple must be a MessagePactMetadataTriple"):
        pact_ffi.message_pact_metadata_triple_delete(None)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="iter must be a MessagePactMetadataIterator"):
        pact_ffi.message_pact_metadata_iter_delete(None)  # type: ignore[arg-type]
    assert lib.pactffi_message_pact_get_metadata_iter(ffi.NULL) == ffi.NULL
    assert lib.pactffi_message_pact_metadata_iter_next(ffi.NULL) == ffi.NULL
    lib.pactffi_message_pact_metadata_iter_delete(ffi.NULL)
    lib.pactffi_message_pact_metadata_triple_delete(ffi.NULL)


def test_message_pact_metadata_generator(mpact: Any) -> None:  # noqa: ANN401
    namespaces = {t.outer_key for t in mpact.metadata()}
    assert namespaces == {"custom", "pactRust", "pactSpecification"}


def test_message_pact_only_reads_messages() -> None:
    doc = dict(MESSAGE_PACT_JSON)
    doc["interactions"] = doc.pop("messages")
    mpact = pact_ffi.message_pact_new_from_json("orders.json", json.dumps(doc))
    assert list(mpact.messages()) == []
    assert mpact.consumer.name == "order-consumer"


@pytest.mark.parametrize(
    ("text", "error"),
    [
        ("not json", "error parsing json_str as JSON"),
        ("[1, 2]", "must be a JSON object"),
        ('{"messages": {}}', "Failed to parse message pact 'orders.json': expecting 'messages' field to be Array"),
        (
            json.dumps({**MESSAGE_PACT_JSON, "metadata": {"pactSpecification": {"version": "2.0.0"}}}),
            "Messages require Pact Specification version 3",
        ),
    ],
)
def test_message_pact_new_from_json_errors(text: str, error: str) -> None:
    with pytest.raises(RuntimeError, match=error.replace("(", r"\(").replace("[", r"\[")):
        pact_ffi.message_pact_new_from_json("orders.json", text)


def test_message_pact_new_from_json_argument_errors() -> None:
    with pytest.raises(TypeError, match="file_name must be a str"):
        pact_ffi.message_pact_new_from_json(None, "{}")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="json_str must be a str"):
        pact_ffi.message_pact_new_from_json("f.json", None)  # type: ignore[arg-type]
    assert lib.pactffi_message_pact_new_from_json(ffi.NULL, b"{}") == ffi.NULL
    assert last_error() == "file_name is null"
    assert lib.pactffi_message_pact_new_from_json(b"f.json", ffi.NULL) == ffi.NULL
    assert last_error() == "json_str is null"
    assert lib.pactffi_message_pact_new_from_json(b"f.json", b'{"x": "\xff"}') == ffi.NULL
    assert last_error() == "error parsing json_str as UTF-8"
    assert lib.pactffi_message_pact_new_from_json(b"\xff", b"{}") == ffi.NULL
    assert last_error() == "error parsing file_name as UTF-8"


def test_message_pact_delete_refuses_later_use(mpact: Any) -> None:  # noqa: ANN401
    consumer = pact_ffi.message_pact_get_consumer(mpact)
    it = pact_ffi.message_pact_get_message_iter(mpact)
    message = next(it)
    pact_ffi.message_pact_delete(mpact)
    pact_ffi.message_pact_delete(mpact)  # again: nothing
    for call in (
        lambda: pact_ffi.message_pact_get_consumer(mpact),
        lambda: pact_ffi.message_pact_get_provider(mpact),
        lambda: pact_ffi.message_pact_get_message_iter(mpact),
        lambda: pact_ffi.message_pact_get_metadata_iter(mpact),
        lambda: pact_ffi.message_pact_find_metadata(mpact, "pactSpecification", "version"),
        # Borrowed objects dangle once their owner is gone: refused too.
        lambda: consumer.name,
        lambda: pact_ffi.message_get_description(message),
        lambda: pact_ffi.message_pact_message_iter_next(it),
    ):
        with pytest.raises(ValueError, match="closed"):
            call()
    with pytest.raises(TypeError, match="message_pact must be a MessagePact"):
        pact_ffi.message_pact_delete(None)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="iter must be a MessagePactMessageIterator"):
        pact_ffi.message_pact_message_iter_delete(None)  # type: ignore[arg-type]
    lib.pactffi_message_pact_delete(ffi.NULL)  # a no-op


def test_public_names_exported() -> None:
    for name in (
        "Message",
        "MessagePact",
        "MessagePactMessageIterator",
        "MessagePactMetadataIterator",
        "MessagePactMetadataTriple",
        "message_new",
        "message_pact_new_from_json",
        "message_pact_metadata_triple_delete",
        "pact_interaction_as_message",
    ):
        assert name in pact_ffi.__all__
        assert getattr(pact_ffi, name) is not None
