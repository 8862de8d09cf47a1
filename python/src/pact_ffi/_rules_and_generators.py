"""Matching rules and generators of one category, as (path, value) pairs.

The category iterators come from the request or response of an interaction
(``pact_ffi._sync_http``) or from message contents (``pact_ffi._messages``);
each pair owns its rule or generator, which keeps the pair alive.
"""

from __future__ import annotations

import json
from typing import Any, Literal

from pact_ffi._errors import error_detail
from pact_ffi._native import NULL, decode, ffi, lib
from pact_ffi._native_objects import _Iterator, _Native, _live
from pact_ffi._owned import OwnedString

__all__ = [
    "Generator",
    "GeneratorCategoryIterator",
    "GeneratorCategoryOptions",
    "GeneratorKeyValuePair",
    "MatchingRule",
    "MatchingRuleCategoryIterator",
    "MatchingRuleCategoryOptions",
    "MatchingRuleKeyValuePair",
    "generator_to_json",
    "generators_iter_delete",
    "generators_iter_next",
    "generators_iter_pair_delete",
    "matching_rule_to_json",
    "matching_rules_iter_delete",
    "matching_rules_iter_next",
    "matching_rules_iter_pair_delete",
]


MatchingRuleCategoryOptions = Literal[
    "METHOD", "method", "PATH", "path", "HEADER", "header", "QUERY", "query", "BODY", "body",
    "STATUS", "status", "CONTENTS", "contents", "METADATA", "metadata",
]


GeneratorCategoryOptions = Literal[
    "METHOD", "method", "PATH", "path", "HEADER", "header", "QUERY", "query", "BODY", "body",
    "STATUS", "status", "METADATA", "metadata",
]


class MatchingRule(_Native):
    """A matching rule, owned by the pair it came from."""

    _cname = "MatchingRule"

    def __init__(self, ptr: Any, parent: object = None) -> None:  # noqa: ANN401
        """Initialise a new matching rule.

        Raises:
            TypeError: If the ``ptr`` is not a ``struct MatchingRule``.
        """
        super().__init__(ptr, free=False, parent=parent)

    @property
    def json(self) -> dict[str, Any]:
        """Dictionary representation of the matching rule."""
        value: dict[str, Any] = json.loads(matching_rule_to_json(self))
        return value


class Generator(_Native):
    """A generator, owned by the pair it came from."""

    _cname = "Generator"

    def __init__(self, ptr: Any, parent: object = None) -> None:  # noqa: ANN401
        """Initialise a generator value.

        Raises:
            TypeError: If the ``ptr`` is not a ``struct Generator``.
        """
        super().__init__(ptr, free=False, parent=parent)

    @property
    def json(self) -> dict[str, Any]:
        """Dictionary representation of the generator."""
        value: dict[str, Any] = json.loads(generator_to_json(self))
        return value

    def generate_string(self, context: dict[str, Any] | None = None) -> str:
        """Generate a string from the generator.

        Args:
            context: JSON-serialisable generator context (mock server
                details for MockServerURL, provider-state values for
                ProviderState); ``None`` is an empty context.

        Returns:
            The generated string.

        Raises:
            RuntimeError: If the generator cannot produce a string
                (``pactffi_generator_generate_string`` returned NULL).
        """
        from pact_ffi._generators import generator_generate_string  # noqa: PLC0415

        return generator_generate_string(self, json.dumps(context or {}))

    def generate_integer(self, context: dict[str, Any] | None = None) -> int:
        """Generate an integer from the generator.

        Args:
            context: JSON-serialisable generator context (provider-state
                values for ProviderState); ``None`` is an empty context.

        Returns:
            The generated integer (0 when the generator cannot produce one,
            as ``pactffi_generator_generate_integer`` reports it).
        """
        from pact_ffi._generators import generator_generate_integer  # noqa: PLC0415

        return generator_generate_integer(self, json.dumps(context or {}))


class MatchingRuleKeyValuePair(_Native):
    """A (path, matching rule) pair; owns both."""

    _cname = "MatchingRuleKeyValuePair"
    _free_name = "pactffi_matching_rules_iter_pair_delete"

    def __init__(self, ptr: Any) -> None:  # noqa: ANN401
        """Initialise a new key-value matching rule pair.

        Raises:
            TypeError: If the ``ptr`` is not a ``struct MatchingRuleKeyValuePair``.
        """
        super().__init__(ptr, free=True)

    @property
    def path(self) -> str:
        """Matching Rule path."""
        return decode(_live(self).path)

    @property
    def matching_rule(self) -> MatchingRule:
        """Matching Rule value (keeps this pair alive)."""
        return MatchingRule(_live(self).rule, parent=self)


class GeneratorKeyValuePair(_Native):
    """A (path, generator) pair; owns both."""

    _cname = "GeneratorKeyValuePair"
    _free_name = "pactffi_generators_iter_pair_delete"

    def __init__(self, ptr: Any) -> None:  # noqa: ANN401
        """Initialise a new key-value generator pair.

        Raises:
            TypeError: If the ``ptr`` is not a ``struct GeneratorKeyValuePair``.
        """
        super().__init__(ptr, free=True)

    @property
    def path(self) -> str:
        """Generator path."""
        return decode(_live(self).path)

    @property
    def generator(self) -> Generator:
        """Generator value (keeps this pair alive)."""
        return Generator(_live(self).generator, parent=self)


class MatchingRuleCategoryIterator(_Iterator):
    """Iterator over (a copy of) the matching rules of one category."""

    _cname = "MatchingRuleCategoryIterator"
    _free_name = "pactffi_matching_rules_iter_delete"

    def __init__(self, ptr: Any) -> None:  # noqa: ANN401
        """Initialise a new matching rule category iterator.

        Raises:
            TypeError: If the ``ptr`` is not a ``struct MatchingRuleCategoryIterator``.
        """
        super().__init__(ptr, free=True)

    def __next__(self) -> MatchingRuleKeyValuePair:
        """Get the next (path, rule) pair from the iterator."""
        return matching_rules_iter_next(self)


class GeneratorCategoryIterator(_Iterator):
    """Iterator over (a copy of) the generators of one category."""

    _cname = "GeneratorCategoryIterator"
    _free_name = "pactffi_generators_iter_delete"

    def __init__(self, ptr: Any) -> None:  # noqa: ANN401
        """Initialise a new generator category iterator.

        Raises:
            TypeError: If the ``ptr`` is not a ``struct GeneratorCategoryIterator``.
        """
        super().__init__(ptr, free=True)

    def __next__(self) -> GeneratorKeyValuePair:
        """Get the next (path, generator) pair from the iterator."""
        return generators_iter_next(self)


# ---- Functions ----------------------------------------------------------------------


def matching_rules_iter_next(iter: MatchingRuleCategoryIterator) -> MatchingRuleKeyValuePair:  # noqa: A002
    """Get the next path and matching rule (``pactffi_matching_rules_iter_next``).

    Args:
        iter: The iterator.

    Returns:
        The pair, which owns its path and rule.

    Raises:
        StopIteration: If the iterator has reached the end.
        ValueError: If the iterator was deleted.
    """
    ptr = lib.pactffi_matching_rules_iter_next(_live(iter))
    if ptr == NULL:
        raise StopIteration
    return MatchingRuleKeyValuePair(ffi.cast("MatchingRuleKeyValuePair *", ptr))


def matching_rules_iter_delete(iter: MatchingRuleCategoryIterator) -> None:  # noqa: A002
    """Free the iterator (``pactffi_matching_rules_iter_delete``); again does nothing.

    Args:
        iter: The iterator.
    """
    iter.close()


def matching_rules_iter_pair_delete(pair: MatchingRuleKeyValuePair) -> None:
    """Free a (path, rule) pair (``pactffi_matching_rules_iter_pair_delete``); again does nothing.

    Args:
        pair: The pair.
    """
    pair.close()


def matching_rule_to_json(rule: MatchingRule) -> str:
    """Get the JSON form of the matching rule (``pactffi_matching_rule_to_json``).

    Args:
        rule: The matching rule.

    Returns:
        The rule as pact-file JSON text.

    Raises:
        ValueError: If the rule was released.
        RuntimeError: If the JSON could not be produced.
    """
    ptr = lib.pactffi_matching_rule_to_json(_live(rule))
    if ptr == NULL:
        msg = f"Failed to render the matching rule{error_detail()}"
        raise RuntimeError(msg)
    return str(OwnedString(ptr))


def generators_iter_next(iter: GeneratorCategoryIterator) -> GeneratorKeyValuePair:  # noqa: A002
    """Get the next path and generator (``pactffi_generators_iter_next``).

    Args:
        iter: The iterator.

    Returns:
        The pair, which owns its path and generator.

    Raises:
        StopIteration: If the iterator has reached the end.
        ValueError: If the iterator was deleted.
    """
    ptr = lib.pactffi_generators_iter_next(_live(iter))
    if ptr == NULL:
        raise StopIteration
    return GeneratorKeyValuePair(ffi.cast("GeneratorKeyValuePair *", ptr))


def generators_iter_delete(iter: GeneratorCategoryIterator) -> None:  # noqa: A002
    """Free the iterator (``pactffi_generators_iter_delete``); again does nothing.

    Args:
        iter: The iterator.
    """
    iter.close()


def generators_iter_pair_delete(pair: GeneratorKeyValuePair) -> None:
    """Free a (path, generator) pair (``pactffi_generators_iter_pair_delete``); again does nothing.

    Args:
        pair: The pair.
    """
    pair.close()


def generator_to_json(generator: Generator) -> str:
    """Get the JSON form of the generator (``pactffi_generator_to_json``).

    Args:
        generator: The generator.

    Returns:
        The generator as pact-file JSON text.

    Raises:
        ValueError: If the generator was released.
        RuntimeError: If the JSON could not be produced.
    """
    ptr = lib.pactffi_generator_to_json(_live(generator))
    if ptr == NULL:
        msg = f"Failed to render the generator{error_detail()}"
        raise RuntimeError(msg)
    return str(OwnedString(ptr))
