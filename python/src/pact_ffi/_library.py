"""Library-level functions: version and string release."""

from __future__ import annotations

import warnings
from typing import TYPE_CHECKING

from pact_ffi._native import decode, lib

__all__ = [
    "free_string",
    "string_delete",
    "version",
]

if TYPE_CHECKING:
    from pact_ffi._owned import OwnedString


def version() -> str:
    """Return the version of the pact_ffi library.

    [Rust `pactffi_version`](https://docs.rs/pact_ffi/0.5.12/pact_ffi/?search=pactffi_version)

    Returns:
        The version of the reference ABI the library matches (e.g. "0.5.12").
    """
    return decode(lib.pactffi_version())


def string_delete(string: OwnedString) -> None:
    """Delete a string previously returned by this FFI.

    [Rust `pactffi_string_delete`](https://docs.rs/pact_ffi/0.5.12/pact_ffi/?search=pactffi_string_delete)

    Releasing twice is harmless: the second call does nothing.

    Args:
        string: The string to release.

    Raises:
        TypeError: If ``string`` is not an ``OwnedString``.
    """
    from pact_ffi._owned import OwnedString  # noqa: PLC0415

    if not isinstance(string, OwnedString):
        msg = f"string must be an OwnedString, not {type(string).__name__}"
        raise TypeError(msg)
    string.close()


def free_string(s: OwnedString) -> None:
    """Delete a string previously returned by this FFI.

    [Rust `pactffi_free_string`](https://docs.rs/pact_ffi/0.5.12/pact_ffi/?search=pactffi_free_string)

    Deprecated alias of :func:`string_delete`.

    Args:
        s: The string to release.

    Raises:
        TypeError: If ``s`` is not an ``OwnedString``.
    """
    warnings.warn(
        "This function is deprecated, use string_delete instead",
        DeprecationWarning,
        stacklevel=2,
    )
    string_delete(s)
