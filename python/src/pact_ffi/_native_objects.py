"""Shared base of the model wrappers: native pointers with explicit ownership.

A ``_Native`` wraps one pointer of the C section "Model: pacts, interactions,
HTTP parts, provider states, iterators". Following pact-python, the ``owned``
argument of the interaction classes means "owned by something else": such an
object is borrowed (an iterator item) and is never freed by Python; it keeps
its parent alive instead. Everything else that the library handed over is
freed by ``close()`` (idempotent) or, as a backstop, when collected.

The private helpers here (``_live``, ``_check_cdata``, ``_category``) are used
by every model module and by the message, matching and generator modules.
"""

from __future__ import annotations

from enum import Enum
from typing import TYPE_CHECKING, Any

from pact_ffi._native import NULL, ffi, lib

if TYPE_CHECKING:
    from typing_extensions import Self

__all__: list[str] = []  # only private helpers, imported by name


def _check_cdata(ptr: Any, cname: str) -> None:  # noqa: ANN401
    """Raise TypeError unless ``ptr`` is a ``struct <cname> *``."""
    if not isinstance(ptr, ffi.CData) or ffi.typeof(ptr).cname != f"struct {cname} *":
        got = ffi.typeof(ptr).cname if isinstance(ptr, ffi.CData) else type(ptr).__name__
        msg = f"ptr must be a struct {cname}, got {got}"
        raise TypeError(msg)


def _live(obj: _Native) -> Any:  # noqa: ANN401
    """The pointer of a wrapper that was not closed.

    Raises:
        TypeError: If ``obj`` is not a pact_ffi object (``None``, say).
        ValueError: If ``obj`` was closed (its native memory is gone).
    """
    if not isinstance(obj, _Native):
        msg = f"expected a pact_ffi object, got {type(obj).__name__}"
        raise TypeError(msg)
    ptr = getattr(obj, "_ptr", None)
    if ptr is None:
        msg = f"{type(obj).__name__} has been closed"
        raise ValueError(msg)
    # A borrowed object's memory belongs to its parent (and so on up the
    # chain): once an owner was closed, the pointer dangles.
    parent = getattr(obj, "_parent", None)
    while isinstance(parent, _Native):
        if getattr(parent, "_ptr", None) is None:
            msg = f"{type(obj).__name__} belongs to a {type(parent).__name__} that has been closed"
            raise ValueError(msg)
        parent = getattr(parent, "_parent", None)
    return ptr


class _Native:
    """A wrapper of one native object: freed by ``close()`` when it owns it."""

    _cname = ""
    _free_name: str | None = None

    def __init__(self, ptr: Any, *, free: bool, parent: object = None) -> None:  # noqa: ANN401
        _check_cdata(ptr, self._cname)
        if ptr == NULL:
            msg = f"ptr must not be a NULL struct {self._cname}"
            raise ValueError(msg)
        self._ptr: Any = ptr
        self._free = free
        # A borrowed object keeps the object that owns its memory alive.
        self._parent = parent

    def close(self) -> None:
        """Release the native memory (if owned); calling it again does nothing."""
        ptr = getattr(self, "_ptr", None)
        if ptr is not None and getattr(self, "_free", False) and self._free_name:
            getattr(lib, self._free_name)(ptr)
        self._ptr = None
        self._parent = None

    def __del__(self) -> None:
        """Release the native memory when garbage collected."""
        self.close()

    def __str__(self) -> str:
        """Nice string representation."""
        return type(self).__name__

    def __repr__(self) -> str:
        """Debugging representation."""
        return f"{type(self).__name__}({self._ptr!r})"


class _Iterator(_Native):
    """A native iterator; items keep the iterator alive."""

    def __iter__(self) -> Self:
        """Return the iterator itself."""
        return self


def _category(value: Any, enum: type[Enum], name: str) -> int:  # noqa: ANN401
    """The C value of a category given as an enum member or its name (any case)."""
    c_value: int
    if isinstance(value, enum):
        c_value = value.value
        return c_value
    if isinstance(value, str):
        try:
            c_value = enum[value.upper()].value
            return c_value
        except KeyError:
            pass
    msg = f"{name} must be a {enum.__name__} or one of its names, not {value!r}"
    raise ValueError(msg)


_UINT_MAX = 0xFFFFFFFF
