"""Matching-rule definition expressions: parsing and reading the result.

Wraps the C section "Expressions: matching-rule definitions"
(``pactffi_parse_matcher_definition`` and its accessors, the rule iterator
and ``pactffi_validate_datetime``). A definition result and an iterator own
their native memory; the items of an iterator are borrowed from it and keep
it alive, and a definition's generator keeps the definition alive.
"""

from __future__ import annotations

from typing import Any

from pact_ffi._enums import ExpressionValueType
from pact_ffi._errors import error_detail, get_error_message
from pact_ffi._native import NULL, decode, encode, ffi, lib
from pact_ffi._native_objects import _Iterator, _live, _Native
from pact_ffi._rules_and_generators import Generator, MatchingRule

__all__ = [
    "MatchingRuleDefinitionResult",
    "MatchingRuleIterator",
    "MatchingRuleResult",
    "matcher_definition_delete",
    "matcher_definition_error",
    "matcher_definition_generator",
    "matcher_definition_iter",
    "matcher_definition_value",
    "matcher_definition_value_type",
    "matching_rule_id",
    "matching_rule_iter_delete",
    "matching_rule_iter_next",
    "matching_rule_pointer",
    "matching_rule_reference_name",
    "matching_rule_value",
    "parse_matcher_definition",
    "validate_datetime",
]


def _take_string(ptr: Any) -> str | None:  # noqa: ANN401
    """Decode and free an owned C string; NULL gives None."""
    if ptr == NULL:
        return None
    try:
        return decode(ptr)
    finally:
        lib.pactffi_string_delete(ptr)


def _check(obj: object, cls: type, name: str) -> None:
    if not isinstance(obj, cls):
        msg = f"{name} must be a {cls.__name__}, not {type(obj).__name__}"
        raise TypeError(msg)


class MatchingRuleDefinitionResult(_Native):
    """The result of parsing a matching-rule definition expression.

    Holds either a definition (example value, value type, rules, generator)
    or the parse error. Freed by ``close()`` or when collected.
    """

    _cname = "MatchingRuleDefinitionResult"
    _free_name = "pactffi_matcher_definition_delete"

    def __init__(self, ptr: Any) -> None:  # noqa: ANN401
        """Wrap an owned ``MatchingRuleDefinitionResult *``.

        Raises:
            TypeError: If ``ptr`` is not a ``struct MatchingRuleDefinitionResult *``.
            ValueError: If ``ptr`` is NULL.
        """
        super().__init__(ptr, free=True)

    @property
    def error(self) -> str | None:
        """The parse error, or None when the expression parsed."""
        return matcher_definition_error(self)

    @property
    def value(self) -> str | None:
        """The example value as text, or None when the expression did not parse."""
        return matcher_definition_value(self)

    @property
    def value_type(self) -> ExpressionValueType:
        """The type of the example value."""
        return matcher_definition_value_type(self)

    @property
    def generator(self) -> Generator | None:
        """The generator of the definition, or None."""
        return matcher_definition_generator(self)

    @property
    def rules(self) -> list[MatchingRuleResult]:
        """The top-level rules and references (empty when the expression did not parse)."""
        iterator = matcher_definition_iter(self)
        return [] if iterator is None else list(iterator)

    def __enter__(self) -> MatchingRuleDefinitionResult:
        """Use the result in a ``with`` statement."""
        return self

    def __exit__(self, *_: object) -> None:
        """Free the result at the end of the ``with`` statement."""
        self.close()


class MatchingRuleIterator(_Iterator):
    """An iterator over the rules and references of a definition (a copy)."""

    _cname = "MatchingRuleIterator"
    _free_name = "pactffi_matching_rule_iter_delete"

    def __init__(self, ptr: Any) -> None:  # noqa: ANN401
        """Wrap an owned ``MatchingRuleIterator *``.

        Raises:
            TypeError: If ``ptr`` is not a ``struct MatchingRuleIterator *``.
            ValueError: If ``ptr`` is NULL.
        """
        super().__init__(ptr, free=True)

    def __next__(self) -> MatchingRuleResult:
        """The next rule or reference.

        Raises:
            StopIteration: At the end.
        """
        return matching_rule_iter_next(self)


class MatchingRuleResult(_Native):
    """One rule or reference of a definition, borrowed from its iterator."""

    _cname = "MatchingRuleResult"

    def __init__(self, ptr: Any, parent: MatchingRuleIterator) -> None:  # noqa: ANN401
        """Wrap a borrowed ``MatchingRuleResult *``; keeps ``parent`` alive.

        Raises:
            TypeError: If ``ptr`` is not a ``struct MatchingRuleResult *``.
            ValueError: If ``ptr`` is NULL.
        """
        super().__init__(ptr, free=False, parent=parent)

    @property
    def rule_id(self) -> int:
        """The rule id (1 Equality .. 23 EachValue); 0 for a reference."""
        return matching_rule_id(self)

    @property
    def value(self) -> str | None:
        """The value associated with the rule (regex, format, min ...), or None."""
        return matching_rule_value(self)

    @property
    def matching_rule(self) -> MatchingRule | None:
        """The rule, or None for a reference."""
        return matching_rule_pointer(self)

    @property
    def reference_name(self) -> str | None:
        """The referenced attribute name, or None for a rule."""
        return matching_rule_reference_name(self)

    @property
    def is_reference(self) -> bool:
        """Whether the item is a reference (``matching($'name')``)."""
        return matching_rule_reference_name(self) is not None


def _definition(definition: MatchingRuleDefinitionResult) -> Any:  # noqa: ANN401
    _check(definition, MatchingRuleDefinitionResult, "definition")
    return _live(definition)


def _rule_result(rule_result: MatchingRuleResult) -> Any:  # noqa: ANN401
    _check(rule_result, MatchingRuleResult, "rule_result")
    parent = rule_result._parent  # noqa: SLF001
    if parent is None or getattr(parent, "_ptr", None) is None:
        msg = "MatchingRuleResult's iterator has been closed"
        raise ValueError(msg)
    return _live(rule_result)


def parse_matcher_definition(expression: str) -> MatchingRuleDefinitionResult:
    """Parse a matcher definition string into a MatchingRuleDefinitionResult.

    An invalid expression still gives a result: read its ``error``. Text
    that does not start with a keyword is a definition whose value is the
    text itself.

    [Rust `pactffi_parse_matcher_definition`](https://docs.rs/pact_ffi/0.5.12/pact_ffi/?search=pactffi_parse_matcher_definition)

    Args:
        expression: The expression, e.g. ``"matching(type, 'Name')"``.

    Returns:
        The result; it frees itself when closed or collected.

    Raises:
        TypeError: If ``expression`` is not a str.
        RuntimeError: If the library could not parse the argument.
    """
    ptr = lib.pactffi_parse_matcher_definition(encode(expression, "expression"))
    if ptr == NULL:
        msg = f"Failed to parse matcher definition{error_detail()}"
        raise RuntimeError(msg)
    return MatchingRuleDefinitionResult(ptr)


def matcher_definition_error(definition: MatchingRuleDefinitionResult) -> str | None:
    """The parse error of a definition, or None when it parsed.

    [Rust `pactffi_matcher_definition_error`](https://docs.rs/pact_ffi/0.5.12/pact_ffi/?search=pactffi_matcher_definition_error)

    Raises:
        TypeError: If ``definition`` is not a MatchingRuleDefinitionResult.
        ValueError: If ``definition`` was closed.
    """
    return _take_string(lib.pactffi_matcher_definition_error(_definition(definition)))


def matcher_definition_value(definition: MatchingRuleDefinitionResult) -> str | None:
    """The example value of a definition as text, or None when it did not parse.

    [Rust `pactffi_matcher_definition_value`](https://docs.rs/pact_ffi/0.5.12/pact_ffi/?search=pactffi_matcher_definition_value)

    Raises:
        TypeError: If ``definition`` is not a MatchingRuleDefinitionResult.
        ValueError: If ``definition`` was closed.
    """
    return _take_string(lib.pactffi_matcher_definition_value(_definition(definition)))


def matcher_definition_delete(definition: MatchingRuleDefinitionResult) -> None:
    """Free a definition result (same as ``definition.close()``; idempotent).

    [Rust `pactffi_matcher_definition_delete`](https://docs.rs/pact_ffi/0.5.12/pact_ffi/?search=pactffi_matcher_definition_delete)

    Raises:
        TypeError: If ``definition`` is not a MatchingRuleDefinitionResult.
    """
    _check(definition, MatchingRuleDefinitionResult, "definition")
    definition.close()


def matcher_definition_generator(definition: MatchingRuleDefinitionResult) -> Generator | None:
    """The generator of a definition, or None.

    The generator is borrowed from the definition and keeps it alive.

    [Rust `pactffi_matcher_definition_generator`](https://docs.rs/pact_ffi/0.5.12/pact_ffi/?search=pactffi_matcher_definition_generator)

    Raises:
        TypeError: If ``definition`` is not a MatchingRuleDefinitionResult.
        ValueError: If ``definition`` was closed.
    """
    ptr = lib.pactffi_matcher_definition_generator(_definition(definition))
    if ptr == NULL:
        return None
    return Generator(ffi.cast("Generator *", ptr), parent=definition)


def matcher_definition_value_type(definition: MatchingRuleDefinitionResult) -> ExpressionValueType:
    """The type of the example value (UNKNOWN when the expression did not parse).

    [Rust `pactffi_matcher_definition_value_type`](https://docs.rs/pact_ffi/0.5.12/pact_ffi/?search=pactffi_matcher_definition_value_type)

    Raises:
        TypeError: If ``definition`` is not a MatchingRuleDefinitionResult.
        ValueError: If ``definition`` was closed.
    """
    return ExpressionValueType(lib.pactffi_matcher_definition_value_type(_definition(definition)))


def matcher_definition_iter(definition: MatchingRuleDefinitionResult) -> MatchingRuleIterator | None:
    """An iterator over the top-level rules and references of a definition.

    [Rust `pactffi_matcher_definition_iter`](https://docs.rs/pact_ffi/0.5.12/pact_ffi/?search=pactffi_matcher_definition_iter)

    Returns:
        The iterator (a copy: it outlives the definition), or None when the
        expression did not parse.

    Raises:
        TypeError: If ``definition`` is not a MatchingRuleDefinitionResult.
        ValueError: If ``definition`` was closed.
    """
    ptr = lib.pactffi_matcher_definition_iter(_definition(definition))
    if ptr == NULL:
        return None
    return MatchingRuleIterator(ptr)


def matching_rule_iter_next(iter: MatchingRuleIterator) -> MatchingRuleResult:  # noqa: A002
    """The next rule or reference of the iterator.

    [Rust `pactffi_matching_rule_iter_next`](https://docs.rs/pact_ffi/0.5.12/pact_ffi/?search=pactffi_matching_rule_iter_next)

    Raises:
        TypeError: If ``iter`` is not a MatchingRuleIterator.
        ValueError: If ``iter`` was closed.
        StopIteration: At the end.
    """
    _check(iter, MatchingRuleIterator, "iter")
    ptr = lib.pactffi_matching_rule_iter_next(_live(iter))
    if ptr == NULL:
        raise StopIteration
    return MatchingRuleResult(ffi.cast("MatchingRuleResult *", ptr), iter)


def matching_rule_iter_delete(iter: MatchingRuleIterator) -> None:  # noqa: A002
    """Free the iterator (same as ``iter.close()``; idempotent).

    [Rust `pactffi_matching_rule_iter_delete`](https://docs.rs/pact_ffi/0.5.12/pact_ffi/?search=pactffi_matching_rule_iter_delete)

    Raises:
        TypeError: If ``iter`` is not a MatchingRuleIterator.
    """
    _check(iter, MatchingRuleIterator, "iter")
    iter.close()


def matching_rule_id(rule_result: MatchingRuleResult) -> int:
    """The id of the rule (Equality 1 ... EachValue 23); 0 for a reference.

    [Rust `pactffi_matching_rule_id`](https://docs.rs/pact_ffi/0.5.12/pact_ffi/?search=pactffi_matching_rule_id)

    Raises:
        TypeError: If ``rule_result`` is not a MatchingRuleResult.
        ValueError: If its iterator was closed.
    """
    return int(lib.pactffi_matching_rule_id(_rule_result(rule_result)))


def matching_rule_value(rule_result: MatchingRuleResult) -> str | None:
    """The value associated with the rule (regex, min, "min:max", format, ...), or None.

    [Rust `pactffi_matching_rule_value`](https://docs.rs/pact_ffi/0.5.12/pact_ffi/?search=pactffi_matching_rule_value)

    Raises:
        TypeError: If ``rule_result`` is not a MatchingRuleResult.
        ValueError: If its iterator was closed.
    """
    ptr = lib.pactffi_matching_rule_value(_rule_result(rule_result))
    return None if ptr == NULL else decode(ptr)


def matching_rule_pointer(rule_result: MatchingRuleResult) -> MatchingRule | None:
    """The rule of the item (borrowed; keeps the item alive), or None for a reference.

    [Rust `pactffi_matching_rule_pointer`](https://docs.rs/pact_ffi/0.5.12/pact_ffi/?search=pactffi_matching_rule_pointer)

    Raises:
        TypeError: If ``rule_result`` is not a MatchingRuleResult.
        ValueError: If its iterator was closed.
    """
    ptr = lib.pactffi_matching_rule_pointer(_rule_result(rule_result))
    if ptr == NULL:
        return None
    return MatchingRule(ffi.cast("MatchingRule *", ptr), parent=rule_result)


def matching_rule_reference_name(rule_result: MatchingRuleResult) -> str | None:
    """The referenced attribute name of a reference item, or None for a rule.

    [Rust `pactffi_matching_rule_reference_name`](https://docs.rs/pact_ffi/0.5.12/pact_ffi/?search=pactffi_matching_rule_reference_name)

    Raises:
        TypeError: If ``rule_result`` is not a MatchingRuleResult.
        ValueError: If its iterator was closed.
    """
    ptr = lib.pactffi_matching_rule_reference_name(_rule_result(rule_result))
    return None if ptr == NULL else decode(ptr)


def validate_datetime(value: str, format: str) -> None:  # noqa: A002 - the published parameter name
    """Validate a date/time value against a Java-style format string.

    [Rust `pactffi_validate_datetime`](https://docs.rs/pact_ffi/0.5.12/pact_ffi/?search=pactffi_validate_datetime)

    Args:
        value: The date/time text.
        format: The format, e.g. ``"yyyy-MM-dd"``.

    Raises:
        TypeError: If an argument is not a str.
        ValueError: If the value is not valid for the format.
        RuntimeError: For any other error.
    """
    ret = lib.pactffi_validate_datetime(encode(value, "value"), encode(format, "format"))
    if ret == 0:
        return
    if ret == 1:
        detail = get_error_message()
        msg = f"Invalid datetime value {value!r}' for format {format!r}"
        if detail:
            msg += f": {detail}"
        raise ValueError(msg)
    if ret == 2:  # noqa: PLR2004
        msg = f"Panic while validating datetime value: {get_error_message()}"
    else:
        msg = f"Unknown error while validating datetime value: {ret}"
    raise RuntimeError(msg)
