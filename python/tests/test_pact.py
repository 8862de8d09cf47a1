"""Pact-level functions: new_pact, free_pact_handle, specification, metadata, writing."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import pact_ffi
from pact_ffi import PactSpecification, ffi, lib

from conftest import read_pact


def test_new_pact_defaults_to_v3(pact: pact_ffi.PactHandle) -> None:
    assert pact_ffi.handle_get_pact_spec_version(pact) is PactSpecification.V3
    assert str(pact) == f"PactHandle({pact._ref})"  # noqa: SLF001
    assert repr(pact) == f"PactHandle({pact._ref!r})"  # noqa: SLF001


def test_new_pact_handles_are_unique() -> None:
    handles = [pact_ffi.new_pact("c", "p") for _ in range(50)]
    assert len({h._ref for h in handles}) == 50  # noqa: SLF001


def test_new_pact_none_name_is_type_error() -> None:
    with pytest.raises(TypeError, match="consumer_name must be a str"):
        pact_ffi.new_pact(None, "p")  # type: ignore[arg-type]


def test_new_pact_null_names_default_in_c(tmp_path: Path) -> None:
    ref = lib.pactffi_new_pact(ffi.NULL, b"\xff\xfe")
    assert lib.pactffi_pact_handle_write_file(ref, str(tmp_path).encode(), True) == 0
    assert (tmp_path / "Consumer-Provider.json").exists()
    assert lib.pactffi_free_pact_handle(ref) == 0


def test_new_pact_lone_surrogate_is_unicode_error() -> None:
    with pytest.raises(UnicodeEncodeError):
        pact_ffi.new_pact("\udcff", "p")


def test_free_pact_handle_twice_raises(pact: pact_ffi.PactHandle) -> None:
    pact_ffi.free_pact_handle(pact)
    with pytest.raises(RuntimeError, match="not valid or does not refer to a valid Pact"):
        pact_ffi.free_pact_handle(pact)


def test_unknown_handle_spec_version_is_unknown() -> None:
    stale = pact_ffi.new_pact("c", "p")
    pact_ffi.free_pact_handle(stale)
    assert pact_ffi.handle_get_pact_spec_version(stale) is PactSpecification.UNKNOWN


@pytest.mark.parametrize("version", list(PactSpecification))
def test_with_specification_every_version(pact: pact_ffi.PactHandle, version: PactSpecification) -> None:
    pact_ffi.with_specification(pact, version)
    assert pact_ffi.handle_get_pact_spec_version(pact) is version


def test_with_specification_out_of_range_fails_in_c(pact: pact_ffi.PactHandle) -> None:
    assert not lib.pactffi_with_specification(pact._ref, 99)  # noqa: SLF001
    assert "out-of-range" in (pact_ffi.get_error_message() or "")
    assert pact_ffi.handle_get_pact_spec_version(pact) is PactSpecification.V3


def test_with_specification_wrong_type(pact: pact_ffi.PactHandle) -> None:
    with pytest.raises(TypeError):
        pact_ffi.with_specification(pact, 4)  # type: ignore[arg-type]


def test_with_specification_unknown_handle() -> None:
    stale = pact_ffi.new_pact("c", "p")
    pact_ffi.free_pact_handle(stale)
    with pytest.raises(RuntimeError, match="Failed to set Pact specification"):
        pact_ffi.with_specification(stale, PactSpecification.V4)


def test_specification_from_str() -> None:
    assert PactSpecification.from_str("v4") is PactSpecification.V4
    assert PactSpecification.from_str("1.1") is PactSpecification.V1_1
    assert str(PactSpecification.V2) == "V2"
    assert repr(PactSpecification.V2) == "PactSpecification.V2"


def test_with_pact_metadata_is_written(pact: pact_ffi.PactHandle, tmp_path: Path) -> None:
    pact_ffi.with_pact_metadata(pact, "pact-python", "version", "3.0.0")
    pact_ffi.pact_handle_write_file(pact, tmp_path, overwrite=True)
    metadata = read_pact(tmp_path / "consumer-provider.json")["metadata"]
    assert metadata["pact-python"] == {"version": "3.0.0"}
    assert metadata["pactRust"]["ffi"] == "0.5.12"


@pytest.mark.parametrize("namespace", ["pactRust", "pactSpecification", ""])
def test_with_pact_metadata_rejects_reserved_namespaces(pact: pact_ffi.PactHandle, namespace: str) -> None:
    with pytest.raises(RuntimeError, match="Failed to set Pact metadata"):
        pact_ffi.with_pact_metadata(pact, namespace, "k", "v")


def test_with_pact_metadata_null_namespace_in_c(pact: pact_ffi.PactHandle) -> None:
    assert not lib.pactffi_with_pact_metadata(pact._ref, ffi.NULL, b"k", b"v")  # noqa: SLF001


def test_pact_handle_write_file_is_deterministic(pact: pact_ffi.PactHandle, tmp_path: Path) -> None:
    interaction = pact_ffi.new_interaction(pact, "b")
    pact_ffi.with_request(interaction, "GET", "/b")
    interaction = pact_ffi.new_interaction(pact, "a")
    pact_ffi.with_request(interaction, "GET", "/a")
    pact_ffi.with_specification(pact, PactSpecification.V4)
    pact_ffi.pact_handle_write_file(pact, tmp_path / "one", overwrite=True)
    pact_ffi.pact_handle_write_file(pact, tmp_path / "two", overwrite=True)
    first = (tmp_path / "one" / "consumer-provider.json").read_bytes()
    assert first == (tmp_path / "two" / "consumer-provider.json").read_bytes()
    assert not first.endswith(b"\n")
    # Atomic write and lock leave nothing but the pact behind.
    assert [p.name for p in (tmp_path / "one").iterdir()] == ["consumer-provider.json"]
    descriptions = [i["description"] for i in json.loads(first)["interactions"]]
    assert descriptions == ["a", "b"]


def test_pact_handle_write_file_merges_unless_overwrite(tmp_path: Path) -> None:
    for description in ("first", "second"):
        pact = pact_ffi.new_pact("consumer", "provider")
        pact_ffi.new_interaction(pact, description)
        pact_ffi.pact_handle_write_file(pact, tmp_path, overwrite=False)
    merged = read_pact(tmp_path / "consumer-provider.json")
    assert sorted(i["description"] for i in merged["interactions"]) == ["first", "second"]
    pact = pact_ffi.new_pact("consumer", "provider")
    pact_ffi.new_interaction(pact, "third")
    pact_ffi.pact_handle_write_file(pact, tmp_path, overwrite=True)
    assert [i["description"] for i in read_pact(tmp_path / "consumer-provider.json")["interactions"]] == ["third"]


def test_pact_handle_write_file_unknown_handle(tmp_path: Path) -> None:
    stale = pact_ffi.new_pact("c", "p")
    pact_ffi.free_pact_handle(stale)
    with pytest.raises(RuntimeError, match="was not found"):
        pact_ffi.pact_handle_write_file(stale, tmp_path, overwrite=True)


def test_pact_handle_write_file_unwritable_directory(pact: pact_ffi.PactHandle, tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a directory")
    with pytest.raises(RuntimeError, match="not able to be written"):
        pact_ffi.pact_handle_write_file(pact, blocker / "sub", overwrite=True)


def test_pact_handle_write_file_invalid_existing_file(pact: pact_ffi.PactHandle, tmp_path: Path) -> None:
    (tmp_path / "consumer-provider.json").write_text("{ not json")
    with pytest.raises(RuntimeError, match="not able to be written"):
        pact_ffi.pact_handle_write_file(pact, tmp_path, overwrite=False)
    assert (tmp_path / "consumer-provider.json").read_text() == "{ not json"


def test_pact_handle_write_file_none_directory_is_cwd(pact: pact_ffi.PactHandle, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    pact_ffi.pact_handle_write_file(pact, None, overwrite=True)
    assert (tmp_path / "consumer-provider.json").exists()


def test_pact_handle_is_freed_when_collected() -> None:
    pact = pact_ffi.new_pact("c", "p")
    ref = pact._ref  # noqa: SLF001
    del pact
    assert lib.pactffi_free_pact_handle(ref) == 1
