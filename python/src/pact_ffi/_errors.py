"""The one error path: the library's last error message and sentinels to exceptions."""

from __future__ import annotations

from pact_ffi._native import decode, ffi, lib

__all__ = [
    "get_error_message",
]

#: Return codes of ``pactffi_get_error_message`` (pact.h, section Errors).
_ERROR_MESSAGE_CODES = {
    -1: "The provided buffer is a null pointer.",
    -3: "The write failed for some other reason.",
    -4: "The error message had an interior NULL.",
}
_BUFFER_TOO_SMALL = -2


def get_error_message(length: int = 1024) -> str | None:
    """Provide the error message from `LAST_ERROR` to the calling C code.

    [Rust `pactffi_get_error_message`](https://docs.rs/pact_ffi/0.5.12/pact_ffi/?search=pactffi_get_error_message)

    The read is destructive: the message is cleared once returned. A buffer
    that turns out too small loses the message in the library, so the buffer
    is sized generously.

    Args:
        length: The length of the buffer to allocate for the error message.

    Returns:
        The error message of the last failed call on this thread, or ``None``.

    Raises:
        RuntimeError: If the library could not write the message.
    """
    if length <= 0:
        msg = f"length must be positive, not {length}"
        raise ValueError(msg)
    buffer = ffi.new("char[]", length)
    ret: int = lib.pactffi_get_error_message(buffer, length)
    if ret >= 0:
        text = decode(buffer)
        return text or None
    if ret == _BUFFER_TOO_SMALL:
        msg = f"The error message did not fit in {length} bytes and was lost."
        raise RuntimeError(msg)
    raise RuntimeError(_ERROR_MESSAGE_CODES.get(ret, "An unknown error occurred."))


def error_detail() -> str:
    """The last error message as a suffix for exception texts ("" if none)."""
    message = get_error_message()
    return f": {message}" if message else ""
