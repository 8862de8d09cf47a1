"""Value matching: pactffi_matches_*_value and pactffi_check_regex (matching-rules.md §6, §8)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

import pact_ffi
from pact_ffi import ffi, lib

NULL = ffi.NULL
PANIC = "INTERNAL ERROR: function panicked"


@pytest.fixture
def rules() -> Iterator[dict[str, pact_ffi.MatchingRule]]:
    """Rules by name, parsed from expressions (kept alive by their items)."""
    expressions = {
        "regex": "matching(regex, '\\d+', '1')",
        "type": "matching(type, 'x')",
        "equality": "matching(equalTo, 'x')",
        "include": "matching(include, '23')",
        "integer": "matching(integer, 1)",
        "decimal": "matching(decimal, 1.5)",
        "number": "matching(number, 1)",
        "boolean": "matching(boolean, true)",
        "notEmpty": "notEmpty('x')",
        "eachValue": "eachValue(matching(type, 1))",
        "date": "matching(date, 'yyyy-MM-dd', '2000-01-01')",
        "semver": "matching(semver, '1.0.0')",
    }
    out = {}
    for name, expression in expressions.items():
        (item,) = pact_ffi.parse_matcher_definition(expression).rules
        out[name] = item.matching_rule
    yield out


def test_string_values(rules: dict[str, pact_ffi.MatchingRule]) -> None:
    assert pact_ffi.matches_string_value(rules["regex"], "1234", "123456", 0) is None
    assert pact_ffi.matches_string_value(rules["regex"], "1234", "123456abcd", 0) == "Expected '123456abcd' to match '\\d+'"
    assert pact_ffi.matches_string_value(rules["type"], "a", "b", 0) is None
    assert pact_ffi.matches_string_value(rules["equality"], "a", "b", 0)
    assert pact_ffi.matches_string_value(rules["date"], "", "2000-01-02", 0) is None
    assert pact_ffi.matches_string_value(rules["date"], "", "02/01/2000", 0)
    assert pact_ffi.matches_string_value(rules["semver"], "", "1.2.3", 0) is None


def test_u64_values(rules: dict[str, pact_ffi.MatchingRule]) -> None:
    assert pact_ffi.matches_u64_value(rules["regex"], 12, 1234, 0) is None
    assert pact_ffi.matches_u64_value(rules["equality"], 12, 13, 0) == "Expected 13 to be equal to 12"
    assert pact_ffi.matches_u64_value(rules["equality"], 2**64 - 1, 2**64 - 1, 0) is None
    assert pact_ffi.matches_u64_value(rules["include"], 0, 1234, 0) is None
    assert pact_ffi.matches_u64_value(rules["include"], 0, 1000, 0) == "Expected 1000 to include '23'"
    assert pact_ffi.matches_u64_value(rules["integer"], 0, 5, 0) is None
    assert pact_ffi.matches_u64_value(rules["decimal"], 0, 5, 0) == "Expected 5 to match a decimal number"
    assert pact_ffi.matches_u64_value(rules["boolean"], 0, 5, 0) == "Unable to match 5 using Boolean"
    assert pact_ffi.matches_u64_value(rules["eachValue"], 0, 5, 1) is None
    assert pact_ffi.matches_u64_value(rules["eachValue"], 0, 5, 0) == "Unable to match 5 using EachValue"
    with pytest.raises(OverflowError):
        pact_ffi.matches_u64_value(rules["type"], -1, 0, 0)


def test_i64_values(rules: dict[str, pact_ffi.MatchingRule]) -> None:
    assert pact_ffi.matches_i64_value(rules["regex"], 1, -12, 0) == "Expected -12 to match '\\d+'"
    assert pact_ffi.matches_i64_value(rules["equality"], -5, -5, 0) is None
    assert pact_ffi.matches_i64_value(rules["equality"], -5, 5, 0) == "Expected 5 to be equal to -5"
    assert pact_ffi.matches_i64_value(rules["type"], 1, -1, 0) is None
    assert pact_ffi.matches_i64_value(rules["decimal"], 1, 1, 0) == "Expected 1 to match a decimal number"
    assert pact_ffi.matches_i64_value(rules["boolean"], 7, 1, 0) == "Unable to match 7 using Boolean"
    with pytest.raises(OverflowError):
        pact_ffi.matches_i64_value(rules["type"], 2**63, 0, 0)


def test_f64_values(rules: dict[str, pact_ffi.MatchingRule]) -> None:
    assert pact_ffi.matches_f64_value(rules["decimal"], 1.5, 2.5, 0) is None
    assert pact_ffi.matches_f64_value(rules["number"], 1.5, 2.5, 0) is None
    assert pact_ffi.matches_f64_value(rules["integer"], 1.5, 2.5, 0) == "Expected 2.5 to match an integer number"
    assert pact_ffi.matches_f64_value(rules["equality"], 1.5, 1.0, 0) == "Expected 1 to be equal to 1.5"
    assert pact_ffi.matches_f64_value(rules["regex"], 1.0, 100.0, 0) is None
    assert pact_ffi.matches_f64_value(rules["regex"], 1.0, 1.5, 0) == "Expected 1.5 to match '\\d+'"
    assert pact_ffi.matches_f64_value(rules["boolean"], 1.5, 1.0, 0) == "Unable to match 1.5 using Boolean"
    with pytest.raises(TypeError):
        pact_ffi.matches_f64_value(rules["type"], "1", 1.0, 0)  # type: ignore[arg-type]


def test_bool_values(rules: dict[str, pact_ffi.MatchingRule]) -> None:
    assert pact_ffi.matches_bool_value(rules["boolean"], 1, 0, 0) is None
    assert pact_ffi.matches_bool_value(rules["equality"], 1, 1, 0) is None
    assert pact_ffi.matches_bool_value(rules["equality"], 1, 0, 0) == "Expected false (Boolean) to be equal to true (Boolean)"
    assert pact_ffi.matches_bool_value(rules["integer"], 1, 0, 0) == "Boolean: Unable to match true using Integer"
    assert pact_ffi.matches_bool_value(rules["eachValue"], 1, 0, 1) is None
    assert lib.pactffi_matches_bool_value(pact_ffi._models._live(rules["equality"]), 7, 1, 0) == NULL  # noqa: SLF001


def test_binary_values(rules: dict[str, pact_ffi.MatchingRule]) -> None:
    assert pact_ffi.matches_binary_value(rules["equality"], b"abc", 3, b"abc", 3, 0) is None
    assert pact_ffi.matches_binary_value(rules["equality"], b"abc", 3, b"abd", 3, 0)
    assert pact_ffi.matches_binary_value(rules["equality"], b"abc", 2, b"abd", 2, 0) is None
    assert pact_ffi.matches_binary_value(rules["notEmpty"], b"", 0, b"", 0, 0)
    assert pact_ffi.matches_binary_value(rules["type"], b"", 0, b"x", 1, 0) is None
    with pytest.raises(ValueError, match="_len"):
        pact_ffi.matches_binary_value(rules["type"], b"ab", 3, b"x", 1, 0)
    rule = pact_ffi._models._live(rules["notEmpty"])  # noqa: SLF001
    text = lib.pactffi_matches_binary_value(rule, NULL, 0, NULL, 0, 0)
    assert text != NULL
    lib.pactffi_string_delete(text)
    text = lib.pactffi_matches_binary_value(rule, NULL, 4, NULL, 0, 0)
    assert ffi.string(text).decode() == PANIC
    lib.pactffi_string_delete(text)
    assert pact_ffi.get_error_message() == "expected_value is null"


def test_json_values(rules: dict[str, pact_ffi.MatchingRule]) -> None:
    assert pact_ffi.matches_json_value(rules["type"], '{"a": 1}', '{"b": 2}', 0) is None
    assert pact_ffi.matches_json_value(rules["type"], '"a"', "1", 0)
    assert pact_ffi.matches_json_value(rules["integer"], "1", "2", 0) is None
    assert pact_ffi.matches_json_value(rules["integer"], "1", "2.5", 0)
    assert pact_ffi.matches_json_value(rules["type"], "{", "1", 0).startswith("Failed to parse expected JSON: ")
    assert pact_ffi.matches_json_value(rules["type"], "1", "nope", 0).startswith("Failed to parse actual JSON: ")


def test_null_and_invalid_utf8(rules: dict[str, pact_ffi.MatchingRule]) -> None:
    rule = pact_ffi._models._live(rules["type"])  # noqa: SLF001
    cases = [
        (lambda: lib.pactffi_matches_string_value(NULL, b"a", b"a", 0), "matching_rule is null"),
        (lambda: lib.pactffi_matches_string_value(rule, NULL, b"a", 0), "expected_value is null"),
        (lambda: lib.pactffi_matches_string_value(rule, b"a", b"\xff", 0), "error parsing actual_value as UTF-8"),
        (lambda: lib.pactffi_matches_u64_value(NULL, 1, 1, 0), "matching_rule is null"),
        (lambda: lib.pactffi_matches_i64_value(NULL, 1, 1, 0), "matching_rule is null"),
        (lambda: lib.pactffi_matches_f64_value(NULL, 1.0, 1.0, 0), "matching_rule is null"),
        (lambda: lib.pactffi_matches_bool_value(NULL, 1, 1, 0), "matching_rule is null"),
        (lambda: lib.pactffi_matches_binary_value(NULL, b"a", 1, b"a", 1, 0), "matching_rule is null"),
        (lambda: lib.pactffi_matches_json_value(NULL, b"1", b"1", 0), "matching_rule is null"),
        (lambda: lib.pactffi_matches_json_value(rule, b"\xff", b"1", 0), "error parsing expected_value as UTF-8"),
    ]
    for call, error in cases:
        text = call()
        assert ffi.string(text).decode() == PANIC
        lib.pactffi_string_delete(text)
        assert pact_ffi.get_error_message() == error


def test_wrapper_argument_errors(rules: dict[str, pact_ffi.MatchingRule]) -> None:
    with pytest.raises(TypeError):
        pact_ffi.matches_string_value("rule", "a", "a", 0)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        pact_ffi.matches_string_value(rules["type"], None, "a", 0)  # type: ignore[arg-type]
    rule = rules["type"]
    rule.close()
    with pytest.raises(ValueError, match="closed"):
        pact_ffi.matches_u64_value(rule, 1, 1, 0)


def test_check_regex() -> None:
    assert pact_ffi.check_regex("\\d+", "1234")
    assert not pact_ffi.check_regex("\\d+", "1234a")
    assert not pact_ffi.check_regex("a|ab", "ab")  # first alternative must cover the text (§8)
    assert not pact_ffi.check_regex("(", "x")
    assert lib.pactffi_check_regex(NULL, b"x") is False
    assert lib.pactffi_check_regex(b"\xff", b"x") is False
    assert lib.pactffi_check_regex(b"", NULL) is True
    assert lib.pactffi_check_regex(b"x*", b"\xff") is True
    with pytest.raises(TypeError):
        pact_ffi.check_regex(None, "x")  # type: ignore[arg-type]
