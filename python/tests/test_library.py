"""version, get_error_message, string_delete, free_string, OwnedString, StringResult."""

from __future__ import annotations

import pytest

import pact_ffi
from pact_ffi import ffi, lib


def test_version_is_the_reference_abi() -> None:
    assert pact_ffi.version() == "0.5.12"


def test_import_loads_our_library_only() -> None:
    # The extension sits beside libpact_ffi.so and finds it through $ORIGIN.
    import pathlib  # noqa: PLC0415

    maps = pathlib.Path("/proc/self/maps").read_text()
    loaded = {line.split()[-1] for line in maps.splitlines() if "libpact_ffi" in line}
    assert len(loaded) == 1
    assert pathlib.Path(next(iter(loaded))).parent == pathlib.Path(pact_ffi.__file__).resolve().parent or "build" in next(iter(loaded))


def test_get_error_message_none_when_no_error() -> None:
    pact_ffi.get_error_message()  # drain whatever an earlier test left
    assert pact_ffi.get_error_message() is None


def test_get_error_message_reports_and_clears() -> None:
    pact = pact_ffi.new_pact("c", "p")
    assert lib.pactffi_create_mock_server_for_transport(pact._ref, ffi.NULL, 0, ffi.NULL, ffi.NULL) == -4  # noqa: SLF001
    assert pact_ffi.get_error_message() == "addr is null"
    assert pact_ffi.get_error_message() is None


def test_get_error_message_small_buffer_loses_message() -> None:
    pact = pact_ffi.new_pact("c", "p")
    lib.pactffi_create_mock_server_for_transport(pact._ref, ffi.NULL, 0, ffi.NULL, ffi.NULL)  # noqa: SLF001
    with pytest.raises(RuntimeError, match="did not fit"):
        pact_ffi.get_error_message(4)
    assert pact_ffi.get_error_message() is None


def test_get_error_message_rejects_non_positive_length() -> None:
    with pytest.raises(ValueError, match="positive"):
        pact_ffi.get_error_message(0)


def test_get_error_message_c_contract() -> None:
    buffer = ffi.new("char[]", 8)
    assert lib.pactffi_get_error_message(ffi.NULL, 8) == -1
    assert lib.pactffi_get_error_message(buffer, 8) == 1
    assert ffi.string(buffer) == b""


def test_string_delete_is_null_safe_and_idempotent() -> None:
    lib.pactffi_string_delete(ffi.NULL)
    lib.pactffi_free_string(ffi.NULL)


def test_owned_string_behaves_as_str() -> None:
    buffer = ffi.new("char[]", b"hello")
    s = pact_ffi.OwnedString(buffer)
    assert s == "hello"
    assert s.upper() == "HELLO"
    assert hash(s) == hash("hello")
    assert repr(s).startswith("<OwnedString: 'hello', ptr=")
    s._ptr = None  # noqa: SLF001 - Python allocated this buffer, the library must not free it


def test_string_delete_rejects_plain_str() -> None:
    with pytest.raises(TypeError, match="OwnedString"):
        pact_ffi.string_delete("not owned")  # type: ignore[arg-type]


def test_free_string_is_deprecated() -> None:
    with pytest.warns(DeprecationWarning), pytest.raises(TypeError):
        pact_ffi.free_string("x")  # type: ignore[arg-type]


def test_string_result_rejects_other_cdata() -> None:
    with pytest.raises(TypeError, match="struct StringResult"):
        pact_ffi.StringResult(ffi.new("char[]", b"x"))


def test_string_result_reports_tag_and_text() -> None:
    cdata = ffi.new("struct StringResult *")
    cdata.tag = lib.StringResult_Failed
    keep = ffi.new("char[]", b"boom")
    cdata.failed = keep
    result = pact_ffi.StringResult(cdata[0])
    assert result.is_failed and not result.is_ok
    assert result.text == "boom"
    assert repr(result) == "<StringResult: FAILED, 'boom'>"
    with pytest.raises(RuntimeError, match="boom"):
        result.raise_exception()
    result._cdata = None  # noqa: SLF001 - the text is Python-owned here, nothing to release
