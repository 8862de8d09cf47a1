"""Generators run directly: values from a Generator, regex and date/time values.

Wraps the C section "Generators" (``pactffi_generator_generate_string``,
``pactffi_generator_generate_integer``, ``pactffi_generate_regex_value``,
``pactffi_generate_datetime_string``).
"""

from __future__ import annotations

from pact_ffi._errors import error_detail
from pact_ffi._native import NULL, decode, encode, encode_optional, lib
from pact_ffi._native_objects import _live
from pact_ffi._owned import StringResult
from pact_ffi._rules_and_generators import Generator

__all__ = [
    "generate_datetime_string",
    "generate_regex_value",
    "generator_generate_integer",
    "generator_generate_string",
]


def _generator(generator: Generator) -> object:
    if not isinstance(generator, Generator):
        msg = f"generator must be a Generator, not {type(generator).__name__}"
        raise TypeError(msg)
    return _live(generator)


def generator_generate_string(generator: Generator, context_json: str | None) -> str:
    """Generate a string value using the provided generator.

    The optional JSON context gives the values of MockServerURL (mock server
    details) and ProviderState (provider-state values) generators.

    [Rust `pactffi_generator_generate_string`](https://docs.rs/pact_ffi/0.5.12/pact_ffi/?search=pactffi_generator_generate_string)

    Args:
        generator: The generator.
        context_json: A JSON object as text, or None.

    Returns:
        The generated string.

    Raises:
        TypeError: If an argument has the wrong type.
        ValueError: If ``generator`` was closed.
        RuntimeError: If no value could be generated (or the context is not JSON).
    """
    ptr = lib.pactffi_generator_generate_string(_generator(generator), encode_optional(context_json, "context_json"))
    if ptr == NULL:
        msg = f"Failed to generate a string value{error_detail()}"
        raise RuntimeError(msg)
    try:
        return decode(ptr)
    finally:
        lib.pactffi_string_delete(ptr)


def generator_generate_integer(generator: Generator, context_json: str | None) -> int:
    """Generate an integer value using the provided generator.

    Only RandomInt and ProviderState generators produce one; anything that
    goes wrong gives 0, as the library reports it.

    [Rust `pactffi_generator_generate_integer`](https://docs.rs/pact_ffi/0.5.12/pact_ffi/?search=pactffi_generator_generate_integer)

    Args:
        generator: The generator.
        context_json: A JSON object as text, or None.

    Returns:
        The generated value (0 to 65535), or 0 on failure.

    Raises:
        TypeError: If an argument has the wrong type.
        ValueError: If ``generator`` was closed.
    """
    return int(
        lib.pactffi_generator_generate_integer(_generator(generator), encode_optional(context_json, "context_json"))
    )


def generate_regex_value(regex: str) -> StringResult:
    """Generate an example string that the regex matches.

    [Rust `pactffi_generate_regex_value`](https://docs.rs/pact_ffi/0.5.12/pact_ffi/?search=pactffi_generate_regex_value)

    Args:
        regex: The regular expression (anchors are not supported).

    Returns:
        The result: ``is_ok`` with the value in ``text``, or ``is_failed``
        with the error text.

    Raises:
        TypeError: If ``regex`` is not a str.
    """
    return StringResult(lib.pactffi_generate_regex_value(encode(regex, "regex")))


def generate_datetime_string(format: str) -> StringResult:  # noqa: A002 - the published parameter name
    """Format the current date and time with a Java-style pattern.

    [Rust `pactffi_generate_datetime_string`](https://docs.rs/pact_ffi/0.5.12/pact_ffi/?search=pactffi_generate_datetime_string)

    Args:
        format: The pattern, e.g. ``"yyyy-MM-dd"``.

    Returns:
        The result: ``is_ok`` with the text, or ``is_failed`` with the error.

    Raises:
        TypeError: If ``format`` is not a str.
    """
    return StringResult(lib.pactffi_generate_datetime_string(encode(format, "format")))
