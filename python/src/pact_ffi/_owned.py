"""Native memory owned by Python objects: strings and string results."""

from __future__ import annotations

from typing import Any

from pact_ffi._native import NULL, decode, ffi, lib

__all__ = [
    "OwnedString",
    "StringResult",
]


class OwnedString(str):
    """A string that owns memory allocated by the library.

    It behaves as a ``str``; the native copy is released by :meth:`close`,
    by ``string_delete``, or when the object is garbage collected.
    """

    __slots__ = ("_ptr", "_string")

    def __new__(cls, ptr: Any) -> OwnedString:  # noqa: ANN401
        """Create the string from a ``char *`` owned by the library."""
        return super().__new__(cls, decode(ptr))

    def __init__(self, ptr: Any) -> None:  # noqa: ANN401
        """Initialise a new Owned String.

        Args:
            ptr: A ``char *`` that the library handed over (not borrowed).
        """
        self._ptr = ptr
        self._string = str.__str__(self)

    def close(self) -> None:
        """Release the native memory; calling it again does nothing."""
        ptr = getattr(self, "_ptr", None)
        if ptr is not None and ptr != NULL:
            lib.pactffi_string_delete(ptr)
        self._ptr = None

    def __str__(self) -> str:
        """String representation of the Owned String."""
        return self._string

    def __repr__(self) -> str:
        """Debugging string representation of the Owned String."""
        return f"<OwnedString: {self._string!r}, ptr={self._ptr!r}>"

    def __del__(self) -> None:
        """Release the native memory when garbage collected."""
        self.close()

    def __eq__(self, other: object) -> bool:
        """Equality with another OwnedString (same pointer) or a str (same text)."""
        if isinstance(other, OwnedString):
            return self._ptr == other._ptr and self._string == other._string
        if isinstance(other, str):
            return self._string == other
        return NotImplemented

    def __hash__(self) -> int:
        """Hash of the text."""
        return hash(self._string)


class StringResult:
    """The result of a function that gives a string or an error text.

    Wraps the C ``struct StringResult``; either arm owns its string, which is
    released when this object is closed or garbage collected.
    """

    def __init__(self, cdata: Any) -> None:  # noqa: ANN401
        """Initialise a new String Result.

        Args:
            cdata: A ``struct StringResult`` returned by the library.

        Raises:
            TypeError: If ``cdata`` is not a ``struct StringResult``.
        """
        if ffi.typeof(cdata).cname != "struct StringResult":
            msg = f"cdata must be a struct StringResult, got {ffi.typeof(cdata).cname}"
            raise TypeError(msg)
        self._cdata = cdata
        ptr = cdata.ok
        self._text = decode(ptr) if ptr != NULL else ""

    def __str__(self) -> str:
        """String representation of the String Result."""
        return self.text

    def __repr__(self) -> str:
        """Debugging string representation of the String Result."""
        return f"<StringResult: {'OK' if self.is_ok else 'FAILED'}, {self.text!r}>"

    @property
    def is_failed(self) -> bool:
        """Whether the result is an error."""
        failed: bool = self._cdata.tag == lib.StringResult_Failed
        return failed

    @property
    def is_ok(self) -> bool:
        """Whether the result is ok."""
        ok: bool = self._cdata.tag == lib.StringResult_Ok
        return ok

    @property
    def text(self) -> str:
        """The text of the result."""
        return self._text

    def raise_exception(self) -> None:
        """Raise an exception with the text of the result.

        Raises:
            RuntimeError: If the result is an error.
        """
        if self.is_failed:
            raise RuntimeError(self.text)

    def close(self) -> None:
        """Release the native string; calling it again does nothing."""
        cdata = getattr(self, "_cdata", None)
        if cdata is not None and cdata.ok != NULL:
            lib.pactffi_string_delete(cdata.ok)
            cdata.ok = NULL

    def __del__(self) -> None:
        """Release the native string when garbage collected."""
        self.close()
