"""Provider states of an interaction and their parameters.

A ``ProviderState`` is borrowed from the interaction (or iterator) it came
from. ``_provider_state_at`` is the one implementation behind every
``*_get_provider_state`` wrapper, HTTP and message alike.
"""

from __future__ import annotations

from collections.abc import Generator as GeneratorType
from typing import Any

from pact_ffi._errors import error_detail
from pact_ffi._native import NULL, checked_index, decode, ffi, lib
from pact_ffi._native_objects import _UINT_MAX, _Iterator, _Native, _live
from pact_ffi._owned import OwnedString

__all__ = [
    "ProviderState",
    "ProviderStateIterator",
    "ProviderStateParamIterator",
    "ProviderStateParamPair",
    "provider_state_delete",
    "provider_state_get_name",
    "provider_state_get_param_iter",
    "provider_state_iter_delete",
    "provider_state_iter_next",
    "provider_state_param_iter_delete",
    "provider_state_param_iter_next",
    "provider_state_param_pair_delete",
]


class ProviderState(_Native):
    """A provider state, borrowed from its interaction or iterator."""

    _cname = "ProviderState"
    _free_name = "pactffi_provider_state_delete"

    def __init__(self, ptr: Any, parent: object = None) -> None:  # noqa: ANN401
        """Initialise a new ProviderState.

        Args:
            ptr: CFFI data structure.
            parent: The interaction or iterator that owns it.

        Raises:
            TypeError: If the ``ptr`` is not a ``struct ProviderState``.
        """
        super().__init__(ptr, free=False, parent=parent)

    def __str__(self) -> str:
        """Nice string representation."""
        return f"ProviderState({self.name!r})"

    @property
    def name(self) -> str:
        """Provider State name."""
        return provider_state_get_name(self) or ""

    def parameters(self) -> GeneratorType[tuple[str, str], None, None]:
        """Provider State parameters: (key, value as JSON text) pairs."""
        for pair in provider_state_get_param_iter(self):
            yield pair.key, pair.value


class ProviderStateIterator(_Iterator):
    """Iterator over (a copy of) an interaction's provider states."""

    _cname = "ProviderStateIterator"
    _free_name = "pactffi_provider_state_iter_delete"

    def __init__(self, ptr: Any) -> None:  # noqa: ANN401
        """Initialise a new Provider State Iterator.

        Raises:
            TypeError: If the ``ptr`` is not a ``struct ProviderStateIterator``.
        """
        super().__init__(ptr, free=True)

    def __next__(self) -> ProviderState:
        """Get the next provider state from the iterator."""
        return provider_state_iter_next(self)


class ProviderStateParamIterator(_Iterator):
    """Iterator over (a copy of) a provider state's parameters."""

    _cname = "ProviderStateParamIterator"
    _free_name = "pactffi_provider_state_param_iter_delete"

    def __init__(self, ptr: Any) -> None:  # noqa: ANN401
        """Initialise a new Provider State Param Iterator.

        Raises:
            TypeError: If the ``ptr`` is not a ``struct ProviderStateParamIterator``.
        """
        super().__init__(ptr, free=True)

    def __next__(self) -> ProviderStateParamPair:
        """Get the next parameter from the iterator."""
        return provider_state_param_iter_next(self)


class ProviderStateParamPair(_Native):
    """A (key, value) provider-state parameter; the value is JSON text."""

    _cname = "ProviderStateParamPair"
    _free_name = "pactffi_provider_state_param_pair_delete"

    def __init__(self, ptr: Any) -> None:  # noqa: ANN401
        """Initialise a new ProviderStateParamPair.

        Raises:
            TypeError: If the ``ptr`` is not a ``struct ProviderStateParamPair``.
        """
        super().__init__(ptr, free=True)

    @property
    def key(self) -> str:
        """Provider State Param key."""
        return decode(_live(self).key)

    @property
    def value(self) -> str:
        """Provider State Param value (JSON text)."""
        return decode(_live(self).value)


def _provider_state_at(function: str, owner: object, cls: type[_Native], index: int) -> ProviderState:  # noqa: ANN401
    """The provider state at ``index`` of an interaction object, borrowed from it.

    One implementation for every ``*_get_provider_state`` wrapper.

    Args:
        function: The C getter, e.g. ``pactffi_sync_http_get_provider_state``.
        owner: The interaction object; the state keeps it alive.
        cls: The class ``owner`` must be.
        index: The position of the provider state.

    Returns:
        The provider state, valid while the owner is open and unchanged.

    Raises:
        TypeError: If ``owner`` or ``index`` has the wrong type.
        ValueError: If ``index`` is negative or the owner was closed.
        IndexError: If ``index`` is out of range.
    """
    if not isinstance(owner, cls):
        msg = f"{cls.__name__.lower()} must be a {cls.__name__}, not {type(owner).__name__}"
        raise TypeError(msg)
    ptr = _live(owner)
    if checked_index(index) > _UINT_MAX:
        msg = f"no provider state at index {index}"
        raise IndexError(msg)
    state = getattr(lib, function)(ptr, index)
    if state == NULL:
        msg = f"no provider state at index {index}{error_detail()}"
        raise IndexError(msg)
    return ProviderState(ffi.cast("ProviderState *", state), parent=owner)


# ---- Functions ----------------------------------------------------------------------


def provider_state_get_name(provider_state: ProviderState) -> str | None:
    """Get the name of the provider state (``pactffi_provider_state_get_name``).

    Args:
        provider_state: The provider state.

    Returns:
        The name.

    Raises:
        ValueError: If the provider state was released.
        RuntimeError: If the name could not be retrieved.
    """
    ptr = lib.pactffi_provider_state_get_name(_live(provider_state))
    if ptr == NULL:
        msg = f"Failed to get the provider state name{error_detail()}"
        raise RuntimeError(msg)
    return str(OwnedString(ptr))


def provider_state_get_param_iter(provider_state: ProviderState) -> ProviderStateParamIterator:
    """Get an iterator over (a copy of) the parameters of a provider state.

    Wraps ``pactffi_provider_state_get_param_iter``.

    Args:
        provider_state: The provider state.

    Returns:
        The iterator.

    Raises:
        ValueError: If the provider state was released.
        RuntimeError: If the iterator could not be created.
    """
    ptr = lib.pactffi_provider_state_get_param_iter(_live(provider_state))
    if ptr == NULL:
        msg = f"Failed to get the provider state parameters{error_detail()}"
        raise RuntimeError(msg)
    return ProviderStateParamIterator(ptr)


def provider_state_param_iter_next(iter: ProviderStateParamIterator) -> ProviderStateParamPair:  # noqa: A002
    """Get the next parameter (``pactffi_provider_state_param_iter_next``).

    Args:
        iter: The iterator.

    Returns:
        The (key, value) pair; the value is JSON text.

    Raises:
        StopIteration: If the iterator has reached the end.
        ValueError: If the iterator was deleted.
    """
    ptr = lib.pactffi_provider_state_param_iter_next(_live(iter))
    if ptr == NULL:
        raise StopIteration
    return ProviderStateParamPair(ptr)


def provider_state_param_iter_delete(iter: ProviderStateParamIterator) -> None:  # noqa: A002
    """Free the iterator (``pactffi_provider_state_param_iter_delete``); again does nothing.

    Args:
        iter: The iterator.
    """
    iter.close()


def provider_state_param_pair_delete(pair: ProviderStateParamPair) -> None:
    """Free a parameter pair (``pactffi_provider_state_param_pair_delete``); again does nothing.

    Args:
        pair: The pair.
    """
    pair.close()


def provider_state_delete(provider_state: ProviderState) -> None:
    """Release a provider state (``pactffi_provider_state_delete``).

    Provider states from getters and iterators are borrowed: the library
    frees them with their parent, so this only detaches the wrapper.

    Args:
        provider_state: The provider state.
    """
    ptr = getattr(provider_state, "_ptr", None)
    if ptr is not None:
        lib.pactffi_provider_state_delete(ptr)
    provider_state.close()


def provider_state_iter_next(iter: ProviderStateIterator) -> ProviderState:  # noqa: A002
    """Get the next provider state (``pactffi_provider_state_iter_next``).

    Args:
        iter: The iterator.

    Returns:
        The provider state, borrowed from (and keeping alive) the iterator.

    Raises:
        StopIteration: If the iterator has reached the end.
        ValueError: If the iterator was deleted.
    """
    ptr = lib.pactffi_provider_state_iter_next(_live(iter))
    if ptr == NULL:
        raise StopIteration
    return ProviderState(ptr, parent=iter)


def provider_state_iter_delete(iter: ProviderStateIterator) -> None:  # noqa: A002
    """Delete the iterator (``pactffi_provider_state_iter_delete``); again does nothing.

    Args:
        iter: The iterator.
    """
    iter.close()
