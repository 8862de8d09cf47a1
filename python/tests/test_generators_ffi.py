"""Generators run from the C API (generators.md §14)."""

from __future__ import annotations

import datetime
import json
import re

import pytest

import pact_ffi
from pact_ffi import ffi, lib

NULL = ffi.NULL


def generator(expression: str) -> pact_ffi.Generator:
    gen = pact_ffi.parse_matcher_definition(expression).generator
    assert gen is not None
    return gen


def test_generate_string_date_time() -> None:
    value = generator("matching(date, 'yyyy-MM-dd', '2000-01-01')").generate_string()
    assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", value)
    assert pact_ffi.generator_generate_string(generator("matching(time, 'HH:mm', '10:00')"), None)


def test_generate_string_provider_state_uses_context() -> None:
    gen = generator("matching(regex, '\\d+', fromProviderState('${id}', '100'))")
    assert gen.generate_string({"id": 42}) == "42"
    assert pact_ffi.generator_generate_string(gen, '{"id": "abc"}') == "abc"
    # Not an object: ignored, so the value is missing and nothing is generated.
    with pytest.raises(RuntimeError, match="Failed to generate"):
        pact_ffi.generator_generate_string(gen, "[1]")


def test_generate_string_invalid_context() -> None:
    gen = generator("matching(date, 'yyyy', '2000')")
    with pytest.raises(RuntimeError, match="Failed to parse the context value as JSON"):
        pact_ffi.generator_generate_string(gen, "{nope")


def test_generate_integer() -> None:
    gen = generator("matching(integer, fromProviderState('${id}', 100))")
    assert gen.generate_integer({"id": 204}) == 204  # noqa: PLR2004
    assert pact_ffi.generator_generate_integer(gen, "{nope") == 0
    assert pact_ffi.get_error_message().startswith("Failed to parse the context value as JSON")
    # A Date generator cannot produce an integer.
    assert generator("matching(date, 'yyyy', '2000')").generate_integer() == 0


def test_generate_null_and_stale() -> None:
    assert lib.pactffi_generator_generate_string(NULL, NULL) == NULL
    assert pact_ffi.get_error_message() == "generator is null"
    assert lib.pactffi_generator_generate_integer(NULL, NULL) == 0
    assert pact_ffi.get_error_message() == "generator is null"
    gen = generator("matching(date, 'yyyy', '2000')")
    gen.close()
    with pytest.raises(ValueError, match="closed"):
        gen.generate_string()
    with pytest.raises(TypeError):
        pact_ffi.generator_generate_string("gen", None)  # type: ignore[arg-type]


def test_generate_regex_value() -> None:
    result = pact_ffi.generate_regex_value("\\d{3}")
    assert result.is_ok
    assert re.fullmatch(r"\d{3}", result.text)
    failed = pact_ffi.generate_regex_value("(")
    assert failed.is_failed
    assert failed.text.startswith("generate_regex_value: '(' is not a valid regular expression - ")
    anchored = pact_ffi.generate_regex_value("^a$")
    assert anchored.is_failed
    with pytest.raises(RuntimeError):
        anchored.raise_exception()


def _raw(result: object) -> tuple[int, str]:
    text = ffi.string(result.ok).decode()  # type: ignore[attr-defined]
    lib.pactffi_string_delete(result.ok)  # type: ignore[attr-defined]
    return result.tag, text  # type: ignore[attr-defined]


def test_generate_regex_value_null_and_utf8() -> None:
    assert _raw(lib.pactffi_generate_regex_value(NULL)) == (lib.StringResult_Failed, "generate_regex_value: regex is NULL")
    tag, text = _raw(lib.pactffi_generate_regex_value(b"\xff"))
    assert tag == lib.StringResult_Failed
    assert text.startswith("generate_regex_value: regex is not a valid UTF-8 string")


def test_generate_datetime_string() -> None:
    result = pact_ffi.generate_datetime_string("yyyy-MM-dd")
    assert result.is_ok
    assert result.text == datetime.datetime.now().strftime("%Y-%m-%d")  # noqa: DTZ005 - local time, as the library
    failed = pact_ffi.generate_datetime_string("yyyy-MM-dd'T")
    assert failed.is_failed
    assert failed.text.startswith("Error parsing 'yyyy-MM-dd'T': ")
    assert pact_ffi.generate_datetime_string("bbbb").is_failed


def test_generate_datetime_string_null_and_utf8() -> None:
    expected = (lib.StringResult_Failed, "generate_datetime_string: format is NULL")
    assert _raw(lib.pactffi_generate_datetime_string(NULL)) == expected
    tag, text = _raw(lib.pactffi_generate_datetime_string(b"\xff"))
    assert tag == lib.StringResult_Failed
    assert text.startswith("generate_datetime_string: format is not a valid UTF-8 string")
    with pytest.raises(TypeError):
        pact_ffi.generate_datetime_string(None)  # type: ignore[arg-type]


def test_generator_json_round_trip() -> None:
    gen = generator("matching(datetime, 'yyyy', '2000')")
    assert json.loads(json.dumps(gen.json)) == {"type": "DateTime", "format": "yyyy"}
