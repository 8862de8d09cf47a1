"""match_message and the mismatches API (pactffi_match_message, pactffi_mismatches_*, pactffi_mismatch_*)."""

from __future__ import annotations

import gc
import json
from typing import Any

import pytest

import pact_ffi
from pact_ffi._native import ffi, lib

EXPECTED = {
    "description": "an alligator",
    "contents": {"name": "Mary", "feet": 4},
    "metaData": {"contentType": "application/json", "queue": "alligators"},
    "matchingRules": {"body": {"$.name": {"matchers": [{"match": "type"}]}}},
}


def message(doc: dict[str, Any]) -> pact_ffi.Message:
    return pact_ffi.message_new_from_json(0, json.dumps(doc), pact_ffi.PactSpecification.V3)


def actual(**changes: Any) -> pact_ffi.Message:  # noqa: ANN401
    doc = json.loads(json.dumps(EXPECTED))
    doc.pop("matchingRules")
    doc.update(changes)
    return message(doc)


def mismatch_list(mismatches: pact_ffi.Mismatches) -> list[pact_ffi.Mismatch]:
    return list(mismatches)


def test_matching_pair_gives_no_mismatches() -> None:
    result = pact_ffi.match_message(message(EXPECTED), actual(contents={"name": "Harry", "feet": 4, "tail": True}))
    assert isinstance(result, pact_ffi.Mismatches)
    assert not result
    assert len(result) == 0
    assert mismatch_list(result) == []
    result.close()


def test_mismatching_pair_reports_body_and_metadata() -> None:
    result = pact_ffi.match_message(
        message(EXPECTED),
        actual(contents={"name": "Harry", "feet": 5}, metaData={"contentType": "application/json"}),
    )
    items = mismatch_list(result)
    assert [m.type for m in items] == ["BodyMismatch", "MetadataMismatch"]
    body, metadata = items
    assert body.json == {
        "type": "BodyMismatch",
        "path": "$.feet",
        "expected": "4",
        "actual": "5",
        "mismatch": body.json["mismatch"],
    }
    assert body.summary == "has a matching body"
    assert body.description == "$.feet -> " + body.json["mismatch"]
    assert body.ansi_description == "\x1b[1m$.feet\x1b[0m -> " + body.json["mismatch"]
    assert str(body) == body.description
    assert "BodyMismatch" in repr(body)
    assert metadata.json == {
        "type": "MetadataMismatch",
        "key": "queue",
        "expected": "alligators",
        "actual": "",
        "mismatch": "Expected message metadata 'queue' but was missing",
    }
    assert metadata.summary == "has matching metadata"
    assert metadata.description == "Expected message metadata 'queue' but was missing"
    assert metadata.ansi_description == (
        "Expected message metadata '\x1b[1mqueue\x1b[0m' to have value '\x1b[31malligators\x1b[0m' but was '\x1b[32m\x1b[0m'"
    )


def test_content_type_mismatch() -> None:
    result = pact_ffi.match_message(
        message(EXPECTED),
        actual(contents="plain", metaData={"contentType": "text/plain", "queue": "alligators"}),
    )
    only, content_type = mismatch_list(result)
    assert pact_ffi.mismatch_type(content_type) == "MetadataMismatch"
    assert pact_ffi.mismatch_description(content_type) == (
        "Expected metadata key 'contentType' to have value '\"application/json\"' but was '\"text/plain\"' - "
        "Expected metadata 'contentType' to have value 'application/json' but was 'text/plain'"
    )
    assert pact_ffi.mismatch_type(only) == "BodyTypeMismatch"
    assert json.loads(pact_ffi.mismatch_to_json(only))["mismatch"] == (
        "Expected message with content type application/json but was text/plain"
    )
    assert pact_ffi.mismatch_description(only) == (
        "Expected a body of 'application/json' but the actual content type was 'text/plain'"
    )
    assert pact_ffi.mismatch_summary(only) == "has a matching body"
    assert pact_ffi.mismatch_ansi_description(only).startswith("expected a body of '\x1b[31mapplication/json")


def test_match_message_consumes_both_messages() -> None:
    expected, other = message(EXPECTED), actual()
    pact_ffi.match_message(expected, other)
    for msg in (expected, other):
        with pytest.raises(ValueError, match="closed"):
            _ = msg.description
        msg.close()  # no double free
    del expected, other
    gc.collect()


def test_match_message_argument_errors() -> None:
    with pytest.raises(TypeError, match="expected must be a Message"):
        pact_ffi.match_message(None, actual())  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="actual must be a Message"):
        pact_ffi.match_message(message(EXPECTED), "x")  # type: ignore[arg-type]
    same = message(EXPECTED)
    with pytest.raises(ValueError, match="different"):
        pact_ffi.match_message(same, same)
    closed = actual()
    closed.close()
    with pytest.raises(ValueError, match="closed"):
        pact_ffi.match_message(message(EXPECTED), closed)


def test_match_message_null_pointers_set_the_error() -> None:
    assert lib.pactffi_match_message(ffi.NULL, ffi.NULL) == ffi.NULL
    assert pact_ffi.get_error_message() == "msg_1 is null"
    # An owned first message is consumed even though the call fails.
    first = lib.pactffi_message_new()
    assert lib.pactffi_match_message(first, ffi.NULL) == ffi.NULL
    assert pact_ffi.get_error_message() == "msg_2 is null"


def test_borrowed_messages_are_compared_not_freed() -> None:
    doc = {
        "consumer": {"name": "c"},
        "provider": {"name": "p"},
        "messages": [EXPECTED, {**EXPECTED, "description": "other", "contents": {"name": "Mary", "feet": "four"}}],
        "metadata": {"pactSpecification": {"version": "3.0.0"}},
    }
    mpact = pact_ffi.message_pact_new_from_json("pact.json", json.dumps(doc))
    first, second = list(pact_ffi.message_pact_get_message_iter(mpact))
    result = pact_ffi.match_message(first, second)
    assert [m.json["path"] for m in result] == ["$.feet"]
    # Still readable: the pact owns them.
    assert first.description == "an alligator"
    assert second.description == "other"
    mpact.close()


def test_iterator_functions_and_lifetimes() -> None:
    result = pact_ffi.match_message(message(EXPECTED), actual(contents={"name": "Mary", "feet": 5}))
    it = pact_ffi.mismatches_get_iter(result)
    assert isinstance(it, pact_ffi.MismatchesIterator)
    first = pact_ffi.mismatches_iter_next(it)
    # The iterator shares the list: deleting the collection keeps items valid.
    pact_ffi.mismatches_delete(result)
    pact_ffi.mismatches_delete(result)  # again: nothing
    assert first.type == "BodyMismatch"
    with pytest.raises(StopIteration):
        pact_ffi.mismatches_iter_next(it)
    pact_ffi.mismatches_iter_delete(it)
    pact_ffi.mismatches_iter_delete(it)  # again: nothing
    with pytest.raises(ValueError, match="closed"):
        pact_ffi.mismatches_iter_next(it)
    with pytest.raises(ValueError, match="closed"):
        _ = first.type
    with pytest.raises(ValueError, match="closed"):
        pact_ffi.mismatches_get_iter(result)


def test_type_errors() -> None:
    with pytest.raises(TypeError):
        pact_ffi.mismatches_get_iter(None)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        pact_ffi.mismatches_delete("x")  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        pact_ffi.mismatches_iter_next(None)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        pact_ffi.mismatches_iter_delete(None)  # type: ignore[arg-type]
    for function in (
        pact_ffi.mismatch_to_json,
        pact_ffi.mismatch_type,
        pact_ffi.mismatch_summary,
        pact_ffi.mismatch_description,
        pact_ffi.mismatch_ansi_description,
    ):
        with pytest.raises(TypeError, match="mismatch must be a Mismatch"):
            function(None)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        pact_ffi.Mismatches(ffi.NULL)
    with pytest.raises(TypeError):
        pact_ffi.Mismatch(ffi.new("int *"))


@pytest.mark.parametrize(
    "name",
    [
        "pactffi_mismatch_to_json",
        "pactffi_mismatch_type",
        "pactffi_mismatch_summary",
        "pactffi_mismatch_description",
        "pactffi_mismatch_ansi_description",
    ],
)
def test_null_mismatch_in_c(name: str) -> None:
    assert getattr(lib, name)(ffi.NULL) == ffi.NULL
    assert pact_ffi.get_error_message() == "mismatch is null"


def test_null_collections_in_c() -> None:
    assert lib.pactffi_mismatches_get_iter(ffi.NULL) == ffi.NULL
    assert pact_ffi.get_error_message() == "mismatches is null"
    assert lib.pactffi_mismatches_iter_next(ffi.NULL) == ffi.NULL
    assert pact_ffi.get_error_message() == "iter is null"
    lib.pactffi_mismatches_delete(ffi.NULL)
    lib.pactffi_mismatches_iter_delete(ffi.NULL)


def test_iterating_twice_restarts() -> None:
    result = pact_ffi.match_message(message(EXPECTED), actual(contents={"name": 1, "feet": 5}))
    assert len(result) == 2
    first = sorted(m.json["path"] for m in result)
    second = sorted(m.json["path"] for m in result)
    assert first == second == ["$.feet", "$.name"]
