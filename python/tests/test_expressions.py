"""Matching-rule definition expressions (integration-json.md §12-§13)."""

from __future__ import annotations

import gc

import pytest

import pact_ffi
from pact_ffi import ExpressionValueType as T
from pact_ffi import ffi, lib

NULL = ffi.NULL


def ids(definition: pact_ffi.MatchingRuleDefinitionResult) -> list[int]:
    return [item.rule_id for item in definition.rules]


# integration-json.md §12.3: expression -> rule ids, example value, type, generator type.
TABLE = [
    ("matching(equalTo, 'x')", [1], "x", T.STRING, None),
    ("matching(type, 'Name')", [3], "Name", T.STRING, None),
    ("matching(type, 100)", [3], "100", T.INTEGER, None),
    ("matching(type, 10.5)", [3], "10.5", T.DECIMAL, None),
    ("matching(type, null)", [3], "", T.STRING, None),
    ("matching(number, 100)", [11], "100", T.NUMBER, None),
    ("matching(number, 100.5)", [11], "100.5", T.NUMBER, None),
    ("matching(integer, 100)", [12], "100", T.INTEGER, None),
    ("matching(decimal, 100.5)", [13], "100.5", T.DECIMAL, None),
    ("matching(decimal, 100)", [13], "100", T.DECIMAL, None),
    ("matching(datetime, 'yyyy-MM-dd HH:mm', '2020-05-21 16:44')", [7], "2020-05-21 16:44", T.STRING, "DateTime"),
    ("matching(date, 'yyyy-MM-dd', '2020-05-21')", [9], "2020-05-21", T.STRING, "Date"),
    ("matching(time, 'HH:mm', '22:04')", [8], "22:04", T.STRING, "Time"),
    ("matching(regex, '\\d+', '123')", [2], "123", T.STRING, None),
    ("matching(include, 'testing')", [10], "testing", T.STRING, None),
    ("matching(boolean, true)", [18], "true", T.BOOLEAN, None),
    ("matching(semver, '1.0.0')", [21], "1.0.0", T.STRING, None),
    ("matching(contentType, 'application/xml', '<a/>')", [15], "<a/>", T.UNKNOWN, None),
    ("matching($'person')", [0], "person", T.UNKNOWN, None),
    ("notEmpty('test')", [20], "test", T.STRING, None),
    ("eachKey(matching(regex, '\\$(\\.\\w+)+', '$.test.one'))", [22], "", T.UNKNOWN, None),
    ("eachValue(matching(type, 100))", [23], "", T.UNKNOWN, None),
    ("atLeast(2)", [4], "", T.UNKNOWN, None),
    ("atMost(10)", [5], "", T.UNKNOWN, None),
    ("arrayContains(matching(equalTo,'A'), matching(type,1))", [16], "A", T.UNKNOWN, None),
    ("matching(integer, fromProviderState('${id}', 100))", [12], "100", T.INTEGER, "ProviderState"),
    ("matching(regex, '\\d+', fromProviderState('${id}', '100'))", [2], "100", T.STRING, "ProviderState"),
    ("matching(decimal, fromProviderState('${p}', 1.5))", [11], "1.5", T.DECIMAL, "ProviderState"),
    ("matching(datetime, 'yyyy', fromProviderState('${y}', '2000'))", [7], "2000", T.STRING, "ProviderState"),
    ("atLeast(1), atMost(10), eachValue(matching(regex, '\\d+', '1234'))", [4, 5, 23], "", T.UNKNOWN, None),
]


@pytest.mark.parametrize(("expression", "rule_ids", "value", "value_type", "generator"), TABLE)
def test_results_table(expression: str, rule_ids: list[int], value: str, value_type: T, generator: str | None) -> None:
    with pact_ffi.parse_matcher_definition(expression) as definition:
        assert definition.error is None
        assert ids(definition) == rule_ids
        assert definition.value == value
        assert definition.value_type is value_type
        gen = definition.generator
        if generator is None:
            assert gen is None
        else:
            assert gen is not None
            assert gen.json["type"] == generator


def test_provider_state_generator_data_type() -> None:
    definition = pact_ffi.parse_matcher_definition("matching(integer, fromProviderState('${id}', 100))")
    assert definition.generator.json == {"type": "ProviderState", "expression": "${id}", "dataType": "INTEGER"}


@pytest.mark.parametrize("text", ["abc", "'abc'", "123"])
def test_plain_text_is_a_string_definition(text: str) -> None:
    definition = pact_ffi.parse_matcher_definition(text)
    assert definition.error is None
    assert definition.value == text
    assert definition.value_type is T.STRING
    assert definition.rules == []
    assert definition.generator is None


def test_empty_expression_is_an_error() -> None:
    definition = pact_ffi.parse_matcher_definition("")
    assert definition.error == "Expected a matching rule definition, but got an empty string"
    assert definition.value is None
    assert definition.value_type is T.UNKNOWN
    assert definition.generator is None
    assert pact_ffi.matcher_definition_iter(definition) is None


@pytest.mark.parametrize(
    "expression",
    ["matching(type,", "matching(foo, 'x')", "matching(regex, 100, '1')", "atLeast(-1)", "matching(type, 'a') x",
     "matching(semver, 'not.a.version')"],
)
def test_invalid_expressions(expression: str) -> None:
    definition = pact_ffi.parse_matcher_definition(expression)
    error = pact_ffi.matcher_definition_error(definition)
    assert error
    assert pact_ffi.matcher_definition_value(definition) is None
    assert pact_ffi.matcher_definition_value_type(definition) is T.UNKNOWN


def test_iterator_items() -> None:
    definition = pact_ffi.parse_matcher_definition(
        "matching(regex, '\\d+', '1'), matching(datetime, 'yyyy', '2000'), matching(include, 'x'), "
        "matching(contentType, 'text/plain', 'x'), matching(equalTo, 'x')"
    )
    iterator = pact_ffi.matcher_definition_iter(definition)
    items = list(iterator)
    assert [pact_ffi.matching_rule_id(i) for i in items] == [2, 7, 10, 15, 1]
    assert [pact_ffi.matching_rule_value(i) for i in items] == ["\\d+", "yyyy", "x", "text/plain", None]
    assert all(pact_ffi.matching_rule_reference_name(i) is None for i in items)
    rule = pact_ffi.matching_rule_pointer(items[0])
    assert rule.json == {"match": "regex", "regex": "\\d+"}
    with pytest.raises(StopIteration):
        pact_ffi.matching_rule_iter_next(iterator)
    pact_ffi.matching_rule_iter_delete(iterator)
    pact_ffi.matching_rule_iter_delete(iterator)  # idempotent


def test_min_max_values() -> None:
    definition = pact_ffi.parse_matcher_definition("atLeast(2), atMost(10)")
    assert [i.value for i in definition.rules] == ["2", "10"]


def test_reference_item() -> None:
    definition = pact_ffi.parse_matcher_definition("matching($'person')")
    (item,) = definition.rules
    assert item.is_reference
    assert item.rule_id == 0
    assert item.reference_name == "person"
    assert item.value is None
    assert item.matching_rule is None


def test_nested_rule_only_in_json() -> None:
    definition = pact_ffi.parse_matcher_definition("eachValue(matching(type, 1))")
    (item,) = definition.rules
    assert item.rule_id == 23
    assert item.value is None
    assert item.matching_rule.json["match"] == "eachValue"


def test_iterator_survives_definition_and_items_keep_iterator() -> None:
    definition = pact_ffi.parse_matcher_definition("matching(regex, 'a+', 'aa')")
    iterator = pact_ffi.matcher_definition_iter(definition)
    definition.close()
    item = next(iterator)
    rule = item.matching_rule
    del iterator
    gc.collect()
    assert item.value == "a+"
    assert rule.json["regex"] == "a+"


def test_generator_keeps_definition_alive() -> None:
    generator = pact_ffi.parse_matcher_definition("matching(date, 'yyyy', '2000')").generator
    gc.collect()
    assert generator.json == {"type": "Date", "format": "yyyy"}


def test_stale_objects() -> None:
    definition = pact_ffi.parse_matcher_definition("matching(type, 1)")
    iterator = pact_ffi.matcher_definition_iter(definition)
    item = next(iterator)
    pact_ffi.matcher_definition_delete(definition)
    pact_ffi.matcher_definition_delete(definition)  # idempotent
    with pytest.raises(ValueError, match="closed"):
        pact_ffi.matcher_definition_value(definition)
    with pytest.raises(ValueError, match="closed"):
        pact_ffi.matcher_definition_iter(definition)
    iterator.close()
    with pytest.raises(ValueError, match="closed"):
        pact_ffi.matching_rule_id(item)
    with pytest.raises(ValueError, match="closed"):
        next(iterator)


def test_wrong_argument_types() -> None:
    with pytest.raises(TypeError):
        pact_ffi.parse_matcher_definition(None)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        pact_ffi.matcher_definition_value("x")  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        pact_ffi.matching_rule_id("x")  # type: ignore[arg-type]


def test_c_null_and_invalid_utf8() -> None:
    assert lib.pactffi_parse_matcher_definition(NULL) == NULL
    assert pact_ffi.get_error_message() == "expression is null"
    assert lib.pactffi_parse_matcher_definition(b"matching(\xff)") == NULL
    assert pact_ffi.get_error_message() == "error parsing expression as UTF-8"
    assert lib.pactffi_matcher_definition_error(NULL) == NULL
    assert lib.pactffi_matcher_definition_value(NULL) == NULL
    assert lib.pactffi_matcher_definition_generator(NULL) == NULL
    assert lib.pactffi_matcher_definition_value_type(NULL) == lib.ExpressionValueType_Unknown
    assert lib.pactffi_matcher_definition_iter(NULL) == NULL
    assert lib.pactffi_matching_rule_iter_next(NULL) == NULL
    assert lib.pactffi_matching_rule_id(NULL) == 0
    assert lib.pactffi_matching_rule_value(NULL) == NULL
    assert lib.pactffi_matching_rule_pointer(NULL) == NULL
    assert lib.pactffi_matching_rule_reference_name(NULL) == NULL
    lib.pactffi_matcher_definition_delete(NULL)
    lib.pactffi_matching_rule_iter_delete(NULL)


@pytest.mark.parametrize(
    ("value", "fmt"),
    [("2020-05-21", "yyyy-MM-dd"), ("2020-05-21 16:44", "yyyy-MM-dd HH:mm"), ("22:04:05", "HH:mm:ss")],
)
def test_validate_datetime_valid(value: str, fmt: str) -> None:
    pact_ffi.validate_datetime(value, fmt)


def test_validate_datetime_invalid() -> None:
    with pytest.raises(ValueError, match="does not match pattern 'yyyy-MM-dd'"):
        pact_ffi.validate_datetime("21/05/2020", "yyyy-MM-dd")
    assert lib.pactffi_validate_datetime(b"", b"yyyy") == 1
    assert pact_ffi.get_error_message() == "Date/Time value string is empty"
    assert lib.pactffi_validate_datetime(b"2000", b"") == 1
    assert pact_ffi.get_error_message() == "Date/Time format string is empty"
    assert lib.pactffi_validate_datetime(b"2000-13-01", b"yyyy-MM-dd") == 1
    assert pact_ffi.get_error_message() == "Date/Time string '2000-13-01' does not match pattern 'yyyy-MM-dd'"


def test_validate_datetime_null_and_utf8() -> None:
    assert lib.pactffi_validate_datetime(NULL, b"yyyy") == 2  # noqa: PLR2004
    assert pact_ffi.get_error_message() == "value is null"
    assert lib.pactffi_validate_datetime(b"2000", NULL) == 2  # noqa: PLR2004
    assert pact_ffi.get_error_message() == "format is null"
    assert lib.pactffi_validate_datetime(b"\xff", b"yyyy") == 2  # noqa: PLR2004
    assert pact_ffi.get_error_message() == "error parsing value as UTF-8"
    with pytest.raises(TypeError):
        pact_ffi.validate_datetime(None, "yyyy")  # type: ignore[arg-type]


def test_expression_value_type_enum() -> None:
    assert [m.value for m in T] == [0, 1, 2, 3, 4, 5]
    assert str(T.DECIMAL) == "DECIMAL"
    assert repr(T.DECIMAL) == "ExpressionValueType.DECIMAL"
