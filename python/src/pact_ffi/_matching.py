"""Matching values: one matching rule applied to a pair of values.

Wraps the C section "Matching values" (``pactffi_matches_*_value`` and
``pactffi_check_regex``). A ``matches_*`` function returns None when the
actual value matches, otherwise the mismatch text as an OwnedString.
"""

from __future__ import annotations

from typing import Any

from pact_ffi._native import NULL, bytes_arg, encode, lib
from pact_ffi._native_objects import _live
from pact_ffi._owned import OwnedString
from pact_ffi._rules_and_generators import MatchingRule

__all__ = [
    "check_regex",
    "matches_binary_value",
    "matches_bool_value",
    "matches_f64_value",
    "matches_i64_value",
    "matches_json_value",
    "matches_string_value",
    "matches_u64_value",
]

_INTERNAL_ERROR = "INTERNAL ERROR: function panicked"


def _rule(matching_rule: MatchingRule) -> Any:  # noqa: ANN401
    if not isinstance(matching_rule, MatchingRule):
        msg = f"matching_rule must be a MatchingRule, not {type(matching_rule).__name__}"
        raise TypeError(msg)
    return _live(matching_rule)


def _flag(value: int | bool, name: str) -> int:  # noqa: FBT001
    if not isinstance(value, int):
        msg = f"{name} must be an int or bool, not {type(value).__name__}"
        raise TypeError(msg)
    return 1 if value else 0


def _int(value: int, name: str, lo: int, hi: int) -> int:
    if not isinstance(value, int) or isinstance(value, bool):
        msg = f"{name} must be an int, not {type(value).__name__}"
        raise TypeError(msg)
    if not lo <= value <= hi:
        msg = f"{name} must be in [{lo}, {hi}], not {value!r}"
        raise OverflowError(msg)
    return value


def _result(ptr: Any) -> OwnedString | None:  # noqa: ANN401
    """None for NULL (matched); otherwise the owned mismatch text.

    Raises:
        RuntimeError: If the library reported an internal failure.
    """
    if ptr == NULL:
        return None
    text = OwnedString(ptr)
    if text == _INTERNAL_ERROR:
        raise RuntimeError(text)
    return text


def matches_string_value(
    matching_rule: MatchingRule,
    expected_value: str,
    actual_value: str,
    cascaded: int,
) -> OwnedString | None:
    """Determine if a string value matches a matching rule.

    [Rust `pactffi_matches_string_value`](https://docs.rs/pact_ffi/0.5.12/pact_ffi/?search=pactffi_matches_string_value)

    Args:
        matching_rule: The rule.
        expected_value: The expected value.
        actual_value: The value to match.
        cascaded: Non-zero when the rule was inherited from a parent.

    Returns:
        None when the value matches, otherwise the mismatch text.

    Raises:
        TypeError: If an argument has the wrong type.
        ValueError: If ``matching_rule`` was closed.
        RuntimeError: If the library reported an internal failure.
    """
    return _result(
        lib.pactffi_matches_string_value(
            _rule(matching_rule),
            encode(expected_value, "expected_value"),
            encode(actual_value, "actual_value"),
            _flag(cascaded, "cascaded"),
        )
    )


def matches_u64_value(
    matching_rule: MatchingRule,
    expected_value: int,
    actual_value: int,
    cascaded: int,
) -> OwnedString | None:
    """Determine if an unsigned 64-bit integer value matches a matching rule.

    [Rust `pactffi_matches_u64_value`](https://docs.rs/pact_ffi/0.5.12/pact_ffi/?search=pactffi_matches_u64_value)

    Returns:
        None when the value matches, otherwise the mismatch text.

    Raises:
        TypeError: If an argument has the wrong type.
        OverflowError: If a value is out of the unsigned 64-bit range.
        ValueError: If ``matching_rule`` was closed.
        RuntimeError: If the library reported an internal failure.
    """
    return _result(
        lib.pactffi_matches_u64_value(
            _rule(matching_rule),
            _int(expected_value, "expected_value", 0, 2**64 - 1),
            _int(actual_value, "actual_value", 0, 2**64 - 1),
            _flag(cascaded, "cascaded"),
        )
    )


def matches_i64_value(
    matching_rule: MatchingRule,
    expected_value: int,
    actual_value: int,
    cascaded: int,
) -> OwnedString | None:
    """Determine if a signed 64-bit integer value matches a matching rule.

    [Rust `pactffi_matches_i64_value`](https://docs.rs/pact_ffi/0.5.12/pact_ffi/?search=pactffi_matches_i64_value)

    Returns:
        None when the value matches, otherwise the mismatch text.

    Raises:
        TypeError: If an argument has the wrong type.
        OverflowError: If a value is out of the signed 64-bit range.
        ValueError: If ``matching_rule`` was closed.
        RuntimeError: If the library reported an internal failure.
    """
    return _result(
        lib.pactffi_matches_i64_value(
            _rule(matching_rule),
            _int(expected_value, "expected_value", -(2**63), 2**63 - 1),
            _int(actual_value, "actual_value", -(2**63), 2**63 - 1),
            _flag(cascaded, "cascaded"),
        )
    )


def matches_f64_value(
    matching_rule: MatchingRule,
    expected_value: float,
    actual_value: float,
    cascaded: int,
) -> OwnedString | None:
    """Determine if a floating point value matches a matching rule.

    [Rust `pactffi_matches_f64_value`](https://docs.rs/pact_ffi/0.5.12/pact_ffi/?search=pactffi_matches_f64_value)

    Returns:
        None when the value matches, otherwise the mismatch text.

    Raises:
        TypeError: If an argument has the wrong type.
        ValueError: If ``matching_rule`` was closed.
        RuntimeError: If the library reported an internal failure.
    """
    for name, value in (("expected_value", expected_value), ("actual_value", actual_value)):
        if not isinstance(value, (int, float)) or isinstance(value, bool):
            msg = f"{name} must be a float, not {type(value).__name__}"
            raise TypeError(msg)
    return _result(
        lib.pactffi_matches_f64_value(
            _rule(matching_rule), float(expected_value), float(actual_value), _flag(cascaded, "cascaded")
        )
    )


def matches_bool_value(
    matching_rule: MatchingRule,
    expected_value: int,
    actual_value: int,
    cascaded: int,
) -> OwnedString | None:
    """Determine if a boolean value matches a matching rule (0 false, else true).

    [Rust `pactffi_matches_bool_value`](https://docs.rs/pact_ffi/0.5.12/pact_ffi/?search=pactffi_matches_bool_value)

    Returns:
        None when the value matches, otherwise the mismatch text.

    Raises:
        TypeError: If an argument has the wrong type.
        ValueError: If ``matching_rule`` was closed.
        RuntimeError: If the library reported an internal failure.
    """
    return _result(
        lib.pactffi_matches_bool_value(
            _rule(matching_rule),
            _flag(expected_value, "expected_value"),
            _flag(actual_value, "actual_value"),
            _flag(cascaded, "cascaded"),
        )
    )


def matches_binary_value(  # noqa: PLR0913
    matching_rule: MatchingRule,
    expected_value: bytes,
    expected_value_len: int,
    actual_value: bytes,
    actual_value_len: int,
    cascaded: int,
) -> OwnedString | None:
    """Determine if a binary value matches a matching rule.

    [Rust `pactffi_matches_binary_value`](https://docs.rs/pact_ffi/0.5.12/pact_ffi/?search=pactffi_matches_binary_value)

    Args:
        matching_rule: The rule.
        expected_value: The expected bytes.
        expected_value_len: How many of them to use (at most their length).
        actual_value: The bytes to match.
        actual_value_len: How many of them to use (at most their length).
        cascaded: Non-zero when the rule was inherited from a parent.

    Returns:
        None when the value matches, otherwise the mismatch text.

    Raises:
        TypeError: If an argument has the wrong type.
        ValueError: If a length is negative or longer than its bytes, or
            ``matching_rule`` was closed.
        RuntimeError: If the library reported an internal failure.
    """
    pointers = []
    for name, data, length in (
        ("expected_value", expected_value, expected_value_len),
        ("actual_value", actual_value, actual_value_len),
    ):
        if isinstance(data, str):
            data = data.encode("utf-8")  # noqa: PLW2901 - pact-python passes str
        ptr, size = bytes_arg(data, name)
        if not isinstance(length, int) or isinstance(length, bool) or not 0 <= length <= size:
            msg = f"{name}_len must be an int in [0, {size}], not {length!r}"
            raise ValueError(msg)
        pointers.append((data, ptr, length))
    return _result(
        lib.pactffi_matches_binary_value(
            _rule(matching_rule),
            pointers[0][1],
            pointers[0][2],
            pointers[1][1],
            pointers[1][2],
            _flag(cascaded, "cascaded"),
        )
    )


def matches_json_value(
    matching_rule: MatchingRule,
    expected_value: str,
    actual_value: str,
    cascaded: int,
) -> OwnedString | None:
    """Determine if a JSON value (given as JSON text) matches a matching rule.

    Text that is not JSON gives the mismatch "Failed to parse expected JSON: ..."
    (or "actual").

    [Rust `pactffi_matches_json_value`](https://docs.rs/pact_ffi/0.5.12/pact_ffi/?search=pactffi_matches_json_value)

    Returns:
        None when the value matches, otherwise the mismatch text.

    Raises:
        TypeError: If an argument has the wrong type.
        ValueError: If ``matching_rule`` was closed.
        RuntimeError: If the library reported an internal failure.
    """
    return _result(
        lib.pactffi_matches_json_value(
            _rule(matching_rule),
            encode(expected_value, "expected_value"),
            encode(actual_value, "actual_value"),
            _flag(cascaded, "cascaded"),
        )
    )


def check_regex(regex: str, example: str) -> bool:
    """Check that the example string matches the given regex (the whole of it).

    [Rust `pactffi_check_regex`](https://docs.rs/pact_ffi/0.5.12/pact_ffi/?search=pactffi_check_regex)

    Args:
        regex: The regular expression.
        example: The example.

    Returns:
        True when the regex matches the whole example; False otherwise,
        including for an invalid regex.

    Raises:
        TypeError: If an argument is not a str.
    """
    return bool(lib.pactffi_check_regex(encode(regex, "regex"), encode(example, "example")))
