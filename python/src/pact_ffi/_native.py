"""The compiled cffi module and the small conversions every wrapper shares."""

from __future__ import annotations

from typing import Any

from pact_ffi.ffi import ffi, lib  # type: ignore[import-not-found]

__all__ = ["ffi", "lib", "encode", "encode_optional", "decode", "NULL"]

NULL = ffi.NULL


def encode(value: str, name: str) -> bytes:
    """Encode a required string argument as UTF-8.

    Args:
        value: The string.
        name: The parameter name, for the error message.

    Returns:
        The UTF-8 bytes.

    Raises:
        TypeError: If ``value`` is not a ``str``.
        UnicodeEncodeError: If ``value`` cannot be encoded (lone surrogates).
    """
    if not isinstance(value, str):
        msg = f"{name} must be a str, not {type(value).__name__}"
        raise TypeError(msg)
    return value.encode("utf-8")


def encode_optional(value: str | None, name: str) -> Any:  # noqa: ANN401
    """Encode an optional string argument; ``None`` becomes a NULL pointer.

    Args:
        value: The string, or ``None``.
        name: The parameter name, for the error message.

    Returns:
        The UTF-8 bytes, or ``ffi.NULL``.

    Raises:
        TypeError: If ``value`` is neither ``str`` nor ``None``.
    """
    if value is None:
        return NULL
    return encode(value, name)


def decode(ptr: Any) -> str:  # noqa: ANN401
    """Decode a NUL-terminated UTF-8 C string (not freed here).

    Args:
        ptr: A ``char *`` that is not NULL.

    Returns:
        The text.
    """
    return ffi.string(ptr).decode("utf-8")
