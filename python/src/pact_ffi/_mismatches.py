"""Comparing V3 messages and reading the mismatches of a comparison.

Wraps ``pactffi_match_message`` and the ``pactffi_mismatches_*`` /
``pactffi_mismatch_*`` functions.
"""

from __future__ import annotations

import json
from typing import Any

from pact_ffi._errors import error_detail
from pact_ffi._message_contents import _checked
from pact_ffi._messages import Message
from pact_ffi._native import NULL, ffi, lib
from pact_ffi._native_objects import _Iterator, _Native
from pact_ffi._owned import OwnedString

__all__ = [
    "Mismatch",
    "Mismatches",
    "MismatchesIterator",
    "match_message",
    "mismatch_ansi_description",
    "mismatch_description",
    "mismatch_summary",
    "mismatch_to_json",
    "mismatch_type",
    "mismatches_delete",
    "mismatches_get_iter",
    "mismatches_iter_delete",
    "mismatches_iter_next",
]


class Mismatch(_Native):
    """One mismatch, borrowed from the iterator that returned it.

    It keeps that iterator (and so the mismatch list) alive.
    """

    _cname = "Mismatch"
    _free_name = None

    def __init__(self, ptr: Any, *, parent: object = None) -> None:  # noqa: ANN401
        """Initialise a new Mismatch.

        Args:
            ptr: CFFI pointer to ``struct Mismatch *``.
            parent: The iterator that returned it, kept alive by this object.

        Raises:
            TypeError: If ``ptr`` is not a ``struct Mismatch *``.
        """
        super().__init__(ptr, free=False, parent=parent)

    def __str__(self) -> str:
        """The description of the mismatch."""
        return self.description

    def __repr__(self) -> str:
        """Debugging representation."""
        return f"Mismatch({self.type!r}, {self.description!r})"

    @property
    def type(self) -> str:
        """The kind of mismatch, e.g. ``"BodyMismatch"``."""
        return mismatch_type(self)

    @property
    def summary(self) -> str:
        """A short summary, e.g. ``"has a matching body"``."""
        return mismatch_summary(self)

    @property
    def description(self) -> str:
        """The human-readable description."""
        return mismatch_description(self)

    @property
    def ansi_description(self) -> str:
        """The description with ANSI colour codes."""
        return mismatch_ansi_description(self)

    @property
    def json(self) -> dict[str, Any]:
        """The mismatch as a parsed JSON object."""
        value: dict[str, Any] = json.loads(mismatch_to_json(self))
        return value


class Mismatches(_Native):
    """The mismatches of one comparison, freed by ``close()``."""

    _cname = "Mismatches"
    _free_name = "pactffi_mismatches_delete"

    def __init__(self, ptr: Any) -> None:  # noqa: ANN401
        """Initialise a new Mismatches collection (owned).

        Args:
            ptr: CFFI pointer to ``struct Mismatches *``.

        Raises:
            TypeError: If ``ptr`` is not a ``struct Mismatches *``.
        """
        super().__init__(ptr, free=True)

    def __iter__(self) -> MismatchesIterator:
        """Iterate over the mismatches."""
        return mismatches_get_iter(self)

    def __len__(self) -> int:
        """The number of mismatches."""
        return sum(1 for _ in self)

    def __bool__(self) -> bool:
        """True when there is at least one mismatch."""
        return next(iter(self), None) is not None


class MismatchesIterator(_Iterator):
    """Iterator over a Mismatches collection; it shares the collection's items."""

    _cname = "MismatchesIterator"
    _free_name = "pactffi_mismatches_iter_delete"

    def __init__(self, ptr: Any, *, parent: object = None) -> None:  # noqa: ANN401
        """Initialise a new Mismatches Iterator (owned).

        Args:
            ptr: CFFI pointer to ``struct MismatchesIterator *``.
            parent: The collection it iterates (kept for its lifetime).

        Raises:
            TypeError: If ``ptr`` is not a ``struct MismatchesIterator *``.
        """
        super().__init__(ptr, free=True)
        # The native iterator shares the list, so the collection may be
        # freed first; the reference is kept only so repr/debugging can reach it.
        self._collection = parent

    def __next__(self) -> Mismatch:
        """Get the next mismatch."""
        return mismatches_iter_next(self)


def _owned_text(ptr: Any, function: str) -> str:  # noqa: ANN401
    """An owned C string as Python text (freed at once); RuntimeError for NULL."""
    if ptr == NULL:
        msg = f"{function} failed{error_detail()}"
        raise RuntimeError(msg)
    return str(OwnedString(ptr))


def match_message(expected: Message, actual: Message) -> Mismatches:
    """Compare two V3 messages.

    Wraps ``pactffi_match_message``, which CONSUMES both messages: owned
    messages are freed by the call, and both Python objects are marked closed
    (using them afterwards raises ValueError). Messages borrowed from a
    message pact stay valid (their pact owns them).

    Args:
        expected: The expected message (its rules apply).
        actual: The actual message.

    Returns:
        The mismatches; empty (falsy) when the messages match.

    Raises:
        TypeError: If an argument is not a ``Message``.
        ValueError: If a message (or its owner) was closed, or both arguments
            are the same object (it cannot be consumed twice).
        RuntimeError: If the library reports an error.
    """
    if expected is actual:
        msg = "expected and actual must be different Message objects (both are consumed)"
        raise ValueError(msg)
    ptr_1 = _checked(expected, Message, "expected")
    ptr_2 = _checked(actual, Message, "actual")
    ptr = lib.pactffi_match_message(ptr_1, ptr_2)
    for message in (expected, actual):
        if message._free:  # noqa: SLF001
            # The library freed it: forget the pointer so close()/__del__ do
            # not free it again.
            message._ptr = None  # noqa: SLF001
            message._parent = None  # noqa: SLF001
    if ptr == NULL:
        msg = f"pactffi_match_message failed{error_detail()}"
        raise RuntimeError(msg)
    # The library returns a const pointer; the wrapper owns it all the same.
    return Mismatches(ffi.cast("struct Mismatches *", ptr))


def mismatches_get_iter(mismatches: Mismatches) -> MismatchesIterator:
    """Get an iterator over mismatches.

    Wraps ``pactffi_mismatches_get_iter``.

    Args:
        mismatches: The collection.

    Returns:
        The iterator, freed by ``close()`` / ``mismatches_iter_delete``.

    Raises:
        TypeError: If ``mismatches`` is not a ``Mismatches``.
        ValueError: If the collection was deleted.
        RuntimeError: If the library reports an error.
    """
    ptr = lib.pactffi_mismatches_get_iter(_checked(mismatches, Mismatches, "mismatches"))
    if ptr == NULL:
        msg = f"pactffi_mismatches_get_iter failed{error_detail()}"
        raise RuntimeError(msg)
    return MismatchesIterator(ptr, parent=mismatches)


def mismatches_delete(mismatches: Mismatches) -> None:
    """Delete mismatches (same as ``mismatches.close()``); again does nothing.

    Wraps ``pactffi_mismatches_delete``. Iterators already created stay usable.

    Args:
        mismatches: The collection.

    Raises:
        TypeError: If ``mismatches`` is not a ``Mismatches``.
    """
    if not isinstance(mismatches, Mismatches):
        msg = f"mismatches must be a Mismatches, not {type(mismatches).__name__}"
        raise TypeError(msg)
    mismatches.close()


def mismatches_iter_next(iter: MismatchesIterator) -> Mismatch:  # noqa: A002
    """Get the next mismatch from a mismatches iterator.

    Wraps ``pactffi_mismatches_iter_next``.

    Args:
        iter: The iterator.

    Returns:
        The mismatch, borrowed from (and keeping alive) the iterator.

    Raises:
        StopIteration: If no mismatches remain.
        TypeError: If ``iter`` is not a ``MismatchesIterator``.
        ValueError: If the iterator was deleted.
    """
    ptr = lib.pactffi_mismatches_iter_next(_checked(iter, MismatchesIterator, "iter"))
    if ptr == NULL:
        raise StopIteration
    return Mismatch(ffi.cast("struct Mismatch *", ptr), parent=iter)


def mismatches_iter_delete(iter: MismatchesIterator) -> None:  # noqa: A002
    """Delete a mismatches iterator when you're done with it; again does nothing.

    Wraps ``pactffi_mismatches_iter_delete``.

    Args:
        iter: The iterator.

    Raises:
        TypeError: If ``iter`` is not a ``MismatchesIterator``.
    """
    if not isinstance(iter, MismatchesIterator):
        msg = f"iter must be a MismatchesIterator, not {type(iter).__name__}"
        raise TypeError(msg)
    iter.close()


def _mismatch_ptr(mismatch: Mismatch) -> Any:  # noqa: ANN401
    """The live pointer of a Mismatch argument."""
    return _checked(mismatch, Mismatch, "mismatch")


def mismatch_to_json(mismatch: Mismatch) -> str:
    """Get a JSON representation of the mismatch.

    Wraps ``pactffi_mismatch_to_json``.

    Args:
        mismatch: The mismatch.

    Returns:
        The JSON text (keys sorted).

    Raises:
        TypeError: If ``mismatch`` is not a ``Mismatch``.
        ValueError: If its iterator was deleted.
        RuntimeError: If the library reports an error.
    """
    return _owned_text(lib.pactffi_mismatch_to_json(_mismatch_ptr(mismatch)), "pactffi_mismatch_to_json")


def mismatch_type(mismatch: Mismatch) -> str:
    """Get the type of a mismatch (``"BodyMismatch"``, ``"MetadataMismatch"`` ...).

    Wraps ``pactffi_mismatch_type``.

    Args:
        mismatch: The mismatch.

    Returns:
        The type name.

    Raises:
        TypeError: If ``mismatch`` is not a ``Mismatch``.
        ValueError: If its iterator was deleted.
        RuntimeError: If the library reports an error.
    """
    return _owned_text(lib.pactffi_mismatch_type(_mismatch_ptr(mismatch)), "pactffi_mismatch_type")


def mismatch_summary(mismatch: Mismatch) -> str:
    """Get a summary of a mismatch (``"has a matching body"`` ...).

    Wraps ``pactffi_mismatch_summary``.

    Args:
        mismatch: The mismatch.

    Returns:
        The summary.

    Raises:
        TypeError: If ``mismatch`` is not a ``Mismatch``.
        ValueError: If its iterator was deleted.
        RuntimeError: If the library reports an error.
    """
    return _owned_text(lib.pactffi_mismatch_summary(_mismatch_ptr(mismatch)), "pactffi_mismatch_summary")


def mismatch_description(mismatch: Mismatch) -> str:
    """Get a description of a mismatch.

    Wraps ``pactffi_mismatch_description``.

    Args:
        mismatch: The mismatch.

    Returns:
        The description (a body mismatch reads ``"<path> -> <text>"``).

    Raises:
        TypeError: If ``mismatch`` is not a ``Mismatch``.
        ValueError: If its iterator was deleted.
        RuntimeError: If the library reports an error.
    """
    return _owned_text(lib.pactffi_mismatch_description(_mismatch_ptr(mismatch)), "pactffi_mismatch_description")


def mismatch_ansi_description(mismatch: Mismatch) -> str:
    """Get an ANSI-compatible description of a mismatch.

    Wraps ``pactffi_mismatch_ansi_description``.

    Args:
        mismatch: The mismatch.

    Returns:
        The description with ANSI colour escape codes.

    Raises:
        TypeError: If ``mismatch`` is not a ``Mismatch``.
        ValueError: If its iterator was deleted.
        RuntimeError: If the library reports an error.
    """
    return _owned_text(
        lib.pactffi_mismatch_ansi_description(_mismatch_ptr(mismatch)),
        "pactffi_mismatch_ansi_description",
    )
