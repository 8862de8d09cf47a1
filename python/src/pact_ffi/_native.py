"""The compiled cffi module and the small conversions every wrapper shares."""

from __future__ import annotations

from typing import Any, Protocol, TypeVar

from pact_ffi.ffi import ffi, lib

__all__ = ["NULL", "bytes_arg", "checked_index", "decode", "encode", "encode_optional", "ffi", "handle_ref", "lib"]

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
    text = ffi.string(ptr)
    # A char * always gives bytes (str only comes from wchar_t data).
    if not isinstance(text, bytes):
        msg = f"expected a char *, got {ffi.typeof(ptr).cname}"
        raise TypeError(msg)
    return text.decode("utf-8")


class _Handle(Protocol):
    """What every handle class has: the integer the library knows it by."""

    _ref: int


_H = TypeVar("_H", bound=_Handle)


def handle_ref(value: object, cls: type[_H], name: str) -> int:
    """The integer a handle object wraps, after checking its type.

    Args:
        value: The handle (PactHandle, InteractionHandle, ...).
        cls: The handle class expected.
        name: The parameter name, for the error message.

    Returns:
        The handle's integer reference.

    Raises:
        TypeError: If ``value`` is not a ``cls``.
    """
    if not isinstance(value, cls):
        msg = f"{name} must be a {cls.__name__}, not {type(value).__name__}"
        raise TypeError(msg)
    return value._ref  # noqa: SLF001


def checked_index(index: int, name: str = "index") -> int:
    """A non-negative integer argument (an index or a count).

    Args:
        index: The value.
        name: The parameter name, for the error message.

    Returns:
        ``index``.

    Raises:
        TypeError: If ``index`` is not an int (bool is refused).
        ValueError: If ``index`` is negative.
    """
    if not isinstance(index, int) or isinstance(index, bool):
        msg = f"{name} must be an int, not {type(index).__name__}"
        raise TypeError(msg)
    if index < 0:
        msg = f"{name} must be a non-negative int, not {index!r}"
        raise ValueError(msg)
    return index


def bytes_arg(data: bytes | bytearray | memoryview | None, name: str) -> tuple[Any, int]:
    """Pointer and length of an optional bytes argument (None: NULL and 0).

    The pointer keeps a copy of the data alive for as long as it is used.

    Args:
        data: The bytes, or ``None``.
        name: The parameter name, for the error message.

    Returns:
        A ``const uint8_t *`` compatible pointer and the length.

    Raises:
        TypeError: If ``data`` is not bytes-like or ``None``.
    """
    if data is None:
        return NULL, 0
    if not isinstance(data, (bytes, bytearray, memoryview)):
        msg = f"{name} must be bytes or None, not {type(data).__name__}"
        raise TypeError(msg)
    copy = bytes(data)
    return ffi.from_buffer(copy), len(copy)
