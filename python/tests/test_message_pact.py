"""The older message-pact API (pact_ffi._dsl): message pacts and messages."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

import pact_ffi
from pact_ffi import PactSpecification
from pact_ffi._native import ffi, lib


@pytest.fixture
def mpact() -> Any:  # noqa: ANN401
    handle = pact_ffi.new_message_pact("mconsumer", "mprovider")
    yield handle
    if not handle._freed:  # noqa: SLF001
        pact_ffi.free_message_pact_handle(handle)


def read(tmp_path: Path) -> dict[str, Any]:
    return json.loads((tmp_path / "mconsumer-mprovider.json").read_text())


def test_v3_message_pact_layout(mpact: Any, tmp_path: Path) -> None:  # noqa: ANN401
    m = pact_ffi.new_message(mpact, "an order event")
    pact_ffi.message_given(m, "an order exists")
    pact_ffi.message_given_with_param(m, "an order exists", "id", "42")
    pact_ffi.message_with_contents(m, "application/json", '{"id": {"pact:matcher:type": "integer", "value": 42}}')
    pact_ffi.message_with_metadata(m, "queue", "orders")
    pact_ffi.message_with_metadata_v2(m, "n", '{"pact:matcher:type": "type", "value": 1}')
    pact_ffi.with_message_pact_metadata(mpact, "ns", "k", "v")
    pact_ffi.write_message_pact_file(mpact, tmp_path, overwrite=True)
    doc = read(tmp_path)
    assert doc["metadata"]["pactSpecification"]["version"] == "3.0.0"
    assert doc["metadata"]["ns"] == {"k": "v"}
    assert "interactions" not in doc
    (msg,) = doc["messages"]
    assert msg["description"] == "an order event"
    assert msg["providerStates"] == [{"name": "an order exists", "params": {"id": 42}}]
    assert msg["contents"] == {"id": 42}
    assert msg["metadata"]["queue"] == "orders"
    assert msg["metadata"]["n"] == 1
    assert msg["matchingRules"]["body"]["$.id"]["matchers"][0]["match"] == "integer"
    assert msg["matchingRules"]["metadata"]["n"]["matchers"][0]["match"] == "type"


def test_v4_message_pact_and_new_message_appends(mpact: Any, tmp_path: Path) -> None:  # noqa: ANN401
    a = pact_ffi.new_message(mpact, "same")
    b = pact_ffi.new_message(mpact, "same")
    assert a._ref != b._ref  # noqa: SLF001 - no replacement by description
    pact_ffi.message_expects_to_receive(b, "renamed")
    pact_ffi.message_with_contents(a, "text/plain", "hi")
    pact_ffi.message_with_contents(b, "application/octet-stream", b"\x00\x01\x02")
    lib.pactffi_with_specification(mpact._ref, lib.PactSpecification_V4)  # noqa: SLF001 - same registry
    pact_ffi.write_message_pact_file(mpact, tmp_path, overwrite=True)
    doc = read(tmp_path)
    assert doc["metadata"]["pactSpecification"]["version"] == "4.0"
    descriptions = sorted(i["description"] for i in doc["interactions"])
    assert descriptions == ["renamed", "same"]
    assert all(i["type"] == "Asynchronous/Messages" for i in doc["interactions"])
    binary = next(i for i in doc["interactions"] if i["description"] == "renamed")
    assert binary["contents"]["encoded"] == "base64"
    assert binary["contents"]["content"] == "AAEC"


def test_message_with_contents_text_ignores_size(mpact: Any) -> None:  # noqa: ANN401
    m = pact_ffi.new_message(mpact, "m")
    body = ffi.new("uint8_t[]", b"abc\0def")
    lib.pactffi_message_with_contents(m._ref, b"text/plain", body, 7)  # noqa: SLF001
    reified = json.loads(pact_ffi.message_reify(m))
    assert reified["contents"] == "abc"


def test_message_reify(mpact: Any) -> None:  # noqa: ANN401
    m = pact_ffi.new_message(mpact, "m")
    assert pact_ffi.message_reify(m) == ""
    pact_ffi.message_with_contents(m, "application/json", '{"a": {"pact:matcher:type": "type", "value": "x"}}')
    reified = json.loads(pact_ffi.message_reify(m))
    assert reified["description"] == "m"
    assert reified["contents"] == {"a": "x"}
    lib.pactffi_with_specification(mpact._ref, lib.PactSpecification_V4)  # noqa: SLF001
    assert json.loads(pact_ffi.message_reify(m))["type"] == "Asynchronous/Messages"
    assert pact_ffi.message_reify(pact_ffi.MessageHandle(0)) == ""
    with pytest.raises(TypeError):
        pact_ffi.message_reify(1)  # type: ignore[arg-type]


def test_message_with_contents_errors(mpact: Any) -> None:  # noqa: ANN401
    m = pact_ffi.new_message(mpact, "m")
    with pytest.raises(RuntimeError, match="XML"):
        pact_ffi.message_with_contents(m, "application/xml", '{"root": {"name": "a", "children": [1]}}')
    pact_ffi.message_with_contents(m, "application/xml", '{"root": {"name": "a"}}')
    assert json.loads(pact_ffi.message_reify(m))["contents"] == "<?xml version='1.0'?><a/>"
    with pytest.raises(TypeError):
        pact_ffi.message_with_contents(m, "text/plain", 12)  # type: ignore[arg-type]
    lib.pactffi_message_with_contents(0, ffi.NULL, ffi.NULL, 0)  # unknown handle: no crash


def test_null_and_invalid_arguments(mpact: Any) -> None:  # noqa: ANN401
    assert lib.pactffi_new_message(mpact._ref, ffi.NULL) & 0xFFFF == 0  # noqa: SLF001
    assert lib.pactffi_new_message(mpact._ref, b"\xff") & 0xFFFF == 0  # noqa: SLF001
    m = pact_ffi.new_message(mpact, "m")
    lib.pactffi_message_given(m._ref, ffi.NULL)  # noqa: SLF001
    lib.pactffi_message_expects_to_receive(m._ref, ffi.NULL)  # noqa: SLF001
    lib.pactffi_message_given_with_param(m._ref, b"s", ffi.NULL, b"v")  # noqa: SLF001
    lib.pactffi_message_with_metadata(m._ref, ffi.NULL, b"v")  # noqa: SLF001
    lib.pactffi_message_with_metadata_v2(m._ref, ffi.NULL, b"v")  # noqa: SLF001
    lib.pactffi_with_message_pact_metadata(mpact._ref, ffi.NULL, b"a", b"b")  # noqa: SLF001
    reified = json.loads(pact_ffi.message_reify(m)) if pact_ffi.message_reify(m) else {}
    assert reified == {}
    with pytest.raises(TypeError):
        pact_ffi.new_message(mpact, None)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        pact_ffi.new_message(pact_ffi.new_pact("a", "b"), "x")  # type: ignore[arg-type]


def test_write_and_free_errors(tmp_path: Path) -> None:
    handle = pact_ffi.new_message_pact("c", "p")
    pact_ffi.free_message_pact_handle(handle)
    with pytest.raises(RuntimeError, match="not found"):
        pact_ffi.write_message_pact_file(handle, tmp_path, overwrite=True)
    with pytest.raises(RuntimeError):
        pact_ffi.free_message_pact_handle(handle)
    assert lib.pactffi_free_message_pact_handle(handle._ref) == 1  # noqa: SLF001
    other = pact_ffi.new_message_pact("c", "p")
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(RuntimeError, match="not able"):
        pact_ffi.write_message_pact_file(other, blocker, overwrite=True)
    with pytest.raises(RuntimeError):
        pact_ffi.new_message(other.__class__(other._ref ^ 0x5A5A), "x")  # noqa: SLF001 - unknown pact
    pact_ffi.free_message_pact_handle(other)


def test_new_async_message_on_pact(tmp_path: Path) -> None:
    pact = pact_ffi.new_pact("consumer", "provider")
    pact_ffi.with_specification(pact, PactSpecification.V4)
    m = pact_ffi.new_async_message(pact, "event")
    pact_ffi.message_with_contents(m, "application/json", '{"a": 1}')
    pact_ffi.pact_handle_write_file(pact, tmp_path, overwrite=True)
    doc = json.loads((tmp_path / "consumer-provider.json").read_text())
    assert doc["interactions"][0]["contents"]["content"] == {"a": 1}
    pact_ffi.free_pact_handle(pact)
