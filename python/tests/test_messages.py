"""Tests of the messages API (pact_ffi._messages)."""

from __future__ import annotations

import gc
import json

import pytest

import pact_ffi
from pact_ffi import _messages as m
from pact_ffi._native import ffi, lib


def test_async_message_round_trip() -> None:
    msg = m.async_message_new()
    assert m.async_message_get_description(msg) == ""
    m.async_message_set_description(msg, "an event")
    assert msg.description == "an event"
    assert m.async_message_get_contents_str(msg) is None
    m.async_message_set_contents_str(msg, '{"a": 1}', "application/json")
    assert m.async_message_get_contents_str(msg) == '{"a": 1}'
    assert m.async_message_get_contents_length(msg) == 8
    assert m.async_message_get_contents_bin(msg) == b'{"a": 1}'
    m.async_message_set_contents_bin(msg, b"\x00\xff", "application/octet-stream")
    assert m.async_message_get_contents_bin(msg) == b"\x00\xff"
    assert m.async_message_get_contents_str(msg) == ""
    m.async_message_set_contents_str(msg, None, None)
    assert m.async_message_get_contents_str(msg) == ""
    assert m.async_message_get_contents_length(msg) == 0
    assert m.async_message_get_contents_bin(msg) is None
    assert list(msg.provider_states()) == []
    with pytest.raises(IndexError):
        m.async_message_get_provider_state(msg, 0)
    with pytest.raises(ValueError, match="non-negative"):
        m.async_message_get_provider_state(msg, -1)
    m.async_message_delete(msg)
    with pytest.raises(ValueError, match="closed"):
        m.async_message_get_description(msg)


def test_borrowed_contents_keep_parent_alive() -> None:
    msg = m.async_message_new()
    m.async_message_set_contents_str(msg, "hello", "text/plain")
    contents = m.async_message_get_contents(msg)
    assert contents is not None
    del msg
    gc.collect()
    assert m.message_contents_get_contents_str(contents) == "hello"
    m.message_contents_set_contents_str(contents, "bye", None)
    assert contents.contents == "bye"
    assert m.message_contents_get_contents_length(contents) == 3
    assert m.message_contents_get_contents_bin(contents) == b"bye"
    m.message_contents_set_contents_bin(contents, b"\x01", None)
    assert m.message_contents_get_contents_bin(contents) == b"\x01"
    assert list(contents.metadata) == []
    assert list(contents.matching_rules("body")) == []
    assert list(contents.generators(pact_ffi.GeneratorCategory.BODY)) == []
    contents.close()  # borrowed: nothing freed
    contents.close()


def test_generated_contents_are_owned_copies() -> None:
    msg = m.async_message_new()
    m.async_message_set_contents_str(msg, "x", "text/plain")
    copy = m.async_message_generate_contents(msg)
    assert copy is not None
    m.message_contents_set_contents_str(copy, "changed", None)
    assert m.async_message_get_contents_str(msg) == "x"
    m.message_contents_delete(copy)
    assert msg.contents is not None


def test_sync_message_responses() -> None:
    msg = m.sync_message_new()
    m.sync_message_set_description(msg, "rpc")
    assert m.sync_message_get_description(msg) == "rpc"
    assert m.sync_message_get_number_responses(msg) == 0
    assert m.sync_message_get_response_contents_str(msg, 0) is None
    assert m.sync_message_get_response_contents(msg, 0) is None
    assert m.sync_message_generate_response_contents(msg, 0) is None
    m.sync_message_set_request_contents_str(msg, "req", "text/plain")
    assert m.sync_message_get_request_contents_str(msg) == "req"
    assert m.sync_message_get_request_contents_length(msg) == 3
    assert m.sync_message_get_request_contents_bin(msg) == b"req"
    m.sync_message_set_request_contents_bin(msg, b"\x02", None)
    assert m.sync_message_get_request_contents_bin(msg) == b"\x02"
    m.sync_message_set_response_contents_str(msg, 2, "third", "text/plain")
    assert m.sync_message_get_number_responses(msg) == 3
    assert m.sync_message_get_response_contents_str(msg, 0) is None
    assert m.sync_message_get_response_contents_str(msg, 2) == "third"
    m.sync_message_set_response_contents_bin(msg, 3, b"\x03\x04", None)
    assert m.sync_message_get_response_contents_length(msg, 3) == 2
    assert m.sync_message_get_response_contents_bin(msg, 3) == b"\x03\x04"
    req = m.sync_message_get_request_contents(msg)
    assert req is not None and m.message_contents_get_contents_bin(req) == b"\x02"
    resp = m.sync_message_get_response_contents(msg, 2)
    assert resp is not None and resp.contents == "third"
    assert len(list(msg.response_contents)) == 4
    assert msg.request_contents.contents == b"\x02"
    assert m.sync_message_generate_request_contents(msg) is not None
    assert list(msg.provider_states()) == []
    with pytest.raises(IndexError):
        m.sync_message_get_provider_state(msg, 5)
    it = m.sync_message_get_provider_state_iter(msg)
    assert list(it) == []
    m.sync_message_delete(msg)


def test_null_and_invalid_arguments_at_the_c_level() -> None:
    assert lib.pactffi_async_message_get_description(ffi.NULL) == ffi.NULL
    assert "message is null" in (pact_ffi.get_error_message() or "")
    msg = lib.pactffi_async_message_new()
    assert lib.pactffi_async_message_set_description(msg, b"\xff\xfe") == 1
    assert "UTF-8" in (pact_ffi.get_error_message() or "")
    assert lib.pactffi_async_message_set_description(msg, ffi.NULL) == 1
    lib.pactffi_async_message_set_contents_str(msg, b"\xff", ffi.NULL)
    assert "error parsing contents as UTF-8" in (pact_ffi.get_error_message() or "")
    assert lib.pactffi_async_message_get_contents_length(ffi.NULL) == 0
    assert lib.pactffi_message_contents_get_matching_rule_iter(ffi.NULL, 4) == ffi.NULL
    contents = lib.pactffi_async_message_get_contents(msg)
    assert lib.pactffi_message_contents_get_matching_rule_iter(contents, 99) == ffi.NULL
    assert "out-of-range" in (pact_ffi.get_error_message() or "")
    # A borrowed view is not freed by its delete function.
    lib.pactffi_message_contents_delete(contents)
    assert "borrowed" in (pact_ffi.get_error_message() or "")
    assert lib.pactffi_async_message_get_contents(msg) == contents
    lib.pactffi_async_message_delete(msg)
    lib.pactffi_async_message_delete(ffi.NULL)
    lib.pactffi_message_metadata_iter_delete(ffi.NULL)
    lib.pactffi_message_metadata_pair_delete(ffi.NULL)
    assert lib.pactffi_message_metadata_iter_next(ffi.NULL) == ffi.NULL


def test_v3_message_and_metadata() -> None:
    msg = lib.pactffi_message_new_from_json(
        7, b'{"contents": {"a": 1}, "metadata": {"contentType": "application/json", "n": 2},'
        b' "providerStates": [{"name": "s"}]}', 4
    )
    assert msg != ffi.NULL
    desc = lib.pactffi_message_get_description(msg)
    assert ffi.string(desc) == b"Message 7"
    lib.pactffi_string_delete(desc)
    assert lib.pactffi_message_get_provider_state(msg, 0) != ffi.NULL
    assert lib.pactffi_message_get_provider_state(msg, 1) == ffi.NULL
    value = lib.pactffi_message_find_metadata(msg, b"n")
    assert ffi.string(value) == b"2"
    lib.pactffi_string_delete(value)
    assert lib.pactffi_message_find_metadata(msg, b"missing") == ffi.NULL
    assert lib.pactffi_message_insert_metadata(msg, b"k", b"v") == 0
    assert lib.pactffi_message_insert_metadata(msg, b"k", b"w") == -1
    assert lib.pactffi_message_insert_metadata(msg, ffi.NULL, b"w") == -2
    it = lib.pactffi_message_get_metadata_iter(msg)
    keys = []
    while (pair := lib.pactffi_message_metadata_iter_next(it)) != ffi.NULL:
        keys.append((ffi.string(pair.key), ffi.string(pair.value)))
        lib.pactffi_message_metadata_pair_delete(pair)
    lib.pactffi_message_metadata_iter_delete(it)
    assert keys == [(b"contentType", b"application/json"), (b"k", b"w"), (b"n", b"2")]
    lib.pactffi_message_delete(msg)
    assert lib.pactffi_message_new_from_json(0, b"{", 4) == ffi.NULL
    assert lib.pactffi_message_new_from_json(0, b"{}", 3) == ffi.NULL
    assert "version 3" in (pact_ffi.get_error_message() or "")
    body = lib.pactffi_message_new_from_body(b"hi", b"text/plain")
    text = lib.pactffi_message_get_contents(body)
    assert ffi.string(text) == b"hi"
    lib.pactffi_string_delete(text)
    assert lib.pactffi_message_new_from_body(b"hi", b"not a type") == ffi.NULL
    lib.pactffi_message_delete(body)


def test_message_pact() -> None:
    doc = (
        b'{"consumer": {"name": "C"}, "provider": {"name": "P"}, "messages": [{"description": "d",'
        b' "contents": "x"}], "metadata": {"pactSpecification": {"version": "3.0.0"}, "ns": {"k": "v"}}}'
    )
    pact = lib.pactffi_message_pact_new_from_json(b"f.json", doc)
    assert pact != ffi.NULL
    assert lib.pactffi_message_pact_get_consumer(pact) == lib.pactffi_message_pact_get_consumer(pact)
    assert lib.pactffi_message_pact_get_provider(pact) != ffi.NULL
    it = lib.pactffi_message_pact_get_message_iter(pact)
    first = lib.pactffi_message_pact_message_iter_next(it)
    assert first != ffi.NULL
    assert lib.pactffi_message_pact_message_iter_next(it) == ffi.NULL
    lib.pactffi_message_pact_message_iter_delete(it)
    value = lib.pactffi_message_pact_find_metadata(pact, b"ns", b"k")
    assert ffi.string(value) == b"v"
    lib.pactffi_string_delete(value)
    assert lib.pactffi_message_pact_find_metadata(pact, b"ns", b"nope") == ffi.NULL
    mit = lib.pactffi_message_pact_get_metadata_iter(pact)
    triples = []
    while (t := lib.pactffi_message_pact_metadata_iter_next(mit)) != ffi.NULL:
        triples.append((ffi.string(t.outer_key), ffi.string(t.inner_key), ffi.string(t.value)))
        lib.pactffi_message_pact_metadata_triple_delete(t)
    lib.pactffi_message_pact_metadata_iter_delete(mit)
    assert triples == [(b"ns", b"k", b"v"), (b"pactSpecification", b"version", b"3.0.0")]
    lib.pactffi_message_pact_delete(pact)
    assert lib.pactffi_message_pact_new_from_json(ffi.NULL, doc) == ffi.NULL
    assert lib.pactffi_message_pact_new_from_json(b"f", b"nope") == ffi.NULL


def test_wrong_types() -> None:
    with pytest.raises(TypeError):
        m.async_message_get_description("nope")  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        m.sync_message_get_number_responses(m.async_message_new())  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        m.AsynchronousMessage(lib.pactffi_sync_message_new())


def test_async_message_iterators_from_a_built_pact() -> None:
    pact = pact_ffi.new_pact("c", "p")
    pact_ffi.with_specification(pact, pact_ffi.PactSpecification.V4)
    interaction = pact_ffi.new_message_interaction(pact, "event")
    pact_ffi.given_with_param(interaction, "a state", "id", "1")
    body = {"n": {"pact:matcher:type": "integer", "pact:generator:type": "RandomInt", "min": 1, "max": 2}}
    pact_ffi.with_body(interaction, pact_ffi.InteractionPart.REQUEST, "application/json", json.dumps(body))
    pact_ffi.with_metadata(interaction, "topic", "users", pact_ffi.InteractionPart.REQUEST)
    (message,) = list(pact_ffi.pact_handle_get_async_message_iter(pact))

    states = list(pact_ffi.async_message_get_provider_state_iter(message))
    assert [s.name for s in states] == ["a state"]

    contents = pact_ffi.async_message_get_contents(message)
    metadata = {pair.key: pair.value for pair in pact_ffi.message_contents_get_metadata_iter(contents)}
    assert metadata["topic"] == "users"
    generators = [(pair.path, pair.generator.json) for pair in pact_ffi.message_contents_get_generators_iter(contents, "BODY")]
    assert generators == [("$.n", {"type": "RandomInt", "min": 1, "max": 2})]
    rules = [pair.path for pair in pact_ffi.message_contents_get_matching_rule_iter(contents, "BODY")]
    assert rules == ["$.n"]
    with pytest.raises(ValueError):
        pact_ffi.message_contents_get_generators_iter(contents, "NOPE")
