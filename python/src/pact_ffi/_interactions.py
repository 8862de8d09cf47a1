"""Interactions of a pact and the iterators over them.

``PactInteraction`` is an interaction of any kind that can be cast (copied) to
a synchronous HTTP interaction or to a message. The iterators walk a ``Pact``
model or a pact handle; their items are borrowed from the iterator and keep it
alive. Message classes live in ``pact_ffi._messages``, which imports this
module, so they are looked up late.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

from pact_ffi._errors import error_detail
from pact_ffi._native import NULL, ffi, lib
from pact_ffi._native_objects import _Iterator, _Native, _live
from pact_ffi._sync_http import SynchronousHttp

if TYPE_CHECKING:
    from pact_ffi._handles import PactHandle

__all__ = [
    "PactAsyncMessageIterator",
    "PactInteraction",
    "PactInteractionIterator",
    "PactMessageIterator",
    "PactSyncHttpIterator",
    "PactSyncMessageIterator",
    "pact_async_message_iter_delete",
    "pact_async_message_iter_next",
    "pact_handle_get_async_message_iter",
    "pact_handle_get_message_iter",
    "pact_handle_get_sync_http_iter",
    "pact_handle_get_sync_message_iter",
    "pact_interaction_as_asynchronous_message",
    "pact_interaction_as_synchronous_http",
    "pact_interaction_as_synchronous_message",
    "pact_interaction_delete",
    "pact_interaction_iter_delete",
    "pact_interaction_iter_next",
    "pact_message_iter_delete",
    "pact_message_iter_next",
    "pact_sync_http_iter_delete",
    "pact_sync_http_iter_next",
    "pact_sync_message_iter_delete",
    "pact_sync_message_iter_next",
]


class PactInteraction(_Native):
    """A Pact Interaction of any kind."""

    _cname = "PactInteraction"
    _free_name = "pactffi_pact_interaction_delete"

    def __init__(self, ptr: Any, *, owned: bool = False, parent: object = None) -> None:  # noqa: ANN401
        """Initialise a new Pact Interaction.

        Args:
            ptr: CFFI data structure.
            owned: Whether the interaction is owned by something else (then it
                is not freed when this object is destroyed).
            parent: The object that owns it, kept alive by this one.

        Raises:
            TypeError: If ``ptr`` is not a ``struct PactInteraction *``.
        """
        super().__init__(ptr, free=not owned, parent=parent)

    def as_synchronous_http(self) -> SynchronousHttp:
        """Cast this interaction as a synchronous HTTP interaction (a copy).

        Raises:
            TypeError: If the interaction is not a synchronous HTTP interaction.
        """
        return pact_interaction_as_synchronous_http(self)

    def as_asynchronous_message(self) -> Any:  # noqa: ANN401
        """Cast this interaction as an asynchronous message interaction (a copy).

        Raises:
            TypeError: If the interaction is not an asynchronous message.
        """
        return pact_interaction_as_asynchronous_message(self)

    def as_synchronous_message(self) -> Any:  # noqa: ANN401
        """Cast this interaction as a synchronous message interaction (a copy).

        Raises:
            TypeError: If the interaction is not a synchronous message.
        """
        return pact_interaction_as_synchronous_message(self)


def _message_class(name: str) -> Any:  # noqa: ANN401
    """The message wrapper class ``name`` (AsynchronousMessage, SynchronousMessage, Message)."""
    # Imported late: the messages module imports this one.
    from pact_ffi import _messages  # noqa: PLC0415

    return getattr(_messages, name)


def _borrowed_message(name: str, ptr: Any, parent: object) -> Any:  # noqa: ANN401
    """A message item borrowed from ``parent`` (an iterator), kept alive by it."""
    return _message_class(name)(ptr, owned=True, parent=parent)


class PactInteractionIterator(_Iterator):
    """Iterator over (a copy of) a Pact's interactions of every kind."""

    _cname = "PactInteractionIterator"
    _free_name = "pactffi_pact_interaction_iter_delete"

    def __init__(self, ptr: Any) -> None:  # noqa: ANN401
        """Initialise a new Pact Interaction Iterator.

        Raises:
            TypeError: If the ``ptr`` is not a ``struct PactInteractionIterator``.
        """
        super().__init__(ptr, free=True)

    def __next__(self) -> PactInteraction:
        """Get the next interaction from the iterator."""
        return pact_interaction_iter_next(self)


class PactSyncHttpIterator(_Iterator):
    """Iterator over (a copy of) a Pact's synchronous HTTP interactions."""

    _cname = "PactSyncHttpIterator"
    _free_name = "pactffi_pact_sync_http_iter_delete"

    def __init__(self, ptr: Any) -> None:  # noqa: ANN401
        """Initialise a new Pact Synchronous HTTP Iterator.

        Raises:
            TypeError: If the ``ptr`` is not a ``struct PactSyncHttpIterator``.
        """
        super().__init__(ptr, free=True)

    def __next__(self) -> SynchronousHttp:
        """Get the next interaction from the iterator."""
        return pact_sync_http_iter_next(self)


class PactAsyncMessageIterator(_Iterator):
    """Iterator over (a copy of) a Pact's asynchronous messages."""

    _cname = "PactAsyncMessageIterator"
    _free_name = "pactffi_pact_async_message_iter_delete"

    def __init__(self, ptr: Any) -> None:  # noqa: ANN401
        """Initialise a new Pact Asynchronous Message Iterator.

        Raises:
            TypeError: If the ``ptr`` is not a ``struct PactAsyncMessageIterator``.
        """
        super().__init__(ptr, free=True)

    def __next__(self) -> Any:  # noqa: ANN401
        """Get the next message (an ``AsynchronousMessage``) from the iterator."""
        ptr = lib.pactffi_pact_async_message_iter_next(_live(self))
        if ptr == NULL:
            raise StopIteration
        return _borrowed_message("AsynchronousMessage", ptr, self)


class PactSyncMessageIterator(_Iterator):
    """Iterator over (a copy of) a Pact's synchronous messages."""

    _cname = "PactSyncMessageIterator"
    _free_name = "pactffi_pact_sync_message_iter_delete"

    def __init__(self, ptr: Any) -> None:  # noqa: ANN401
        """Initialise a new Pact Synchronous Message Iterator.

        Raises:
            TypeError: If the ``ptr`` is not a ``struct PactSyncMessageIterator``.
        """
        super().__init__(ptr, free=True)

    def __next__(self) -> Any:  # noqa: ANN401
        """Get the next message (a ``SynchronousMessage``) from the iterator."""
        ptr = lib.pactffi_pact_sync_message_iter_next(_live(self))
        if ptr == NULL:
            raise StopIteration
        return _borrowed_message("SynchronousMessage", ptr, self)


class PactMessageIterator(_Iterator):
    """Iterator over (a copy of) a Pact's V3-style messages."""

    _cname = "PactMessageIterator"
    _free_name = "pactffi_pact_message_iter_delete"

    def __init__(self, ptr: Any) -> None:  # noqa: ANN401
        """Initialise a new Pact Message Iterator.

        Raises:
            TypeError: If the ``ptr`` is not a ``struct PactMessageIterator``.
        """
        super().__init__(ptr, free=True)

    def __next__(self) -> Any:  # noqa: ANN401
        """Get the next message (a ``Message``) from the iterator."""
        ptr = lib.pactffi_pact_message_iter_next(_live(self))
        if ptr == NULL:
            raise StopIteration
        return _borrowed_message("Message", ptr, self)


_I = TypeVar("_I", bound=_Iterator)


def _handle_iter(function: str, pact: PactHandle, cls: Callable[[Any], _I], what: str) -> _I:
    ptr = getattr(lib, function)(pact._ref)  # noqa: SLF001
    if ptr == NULL:
        msg = f"Failed to iterate the {what} of {pact}{error_detail()}"
        raise RuntimeError(msg)
    return cls(ptr)


# ---- Functions ----------------------------------------------------------------------


def pact_handle_get_sync_http_iter(pact: PactHandle) -> PactSyncHttpIterator:
    """Get an iterator over (a copy of) the HTTP interactions of a pact handle.

    Wraps ``pactffi_pact_handle_get_sync_http_iter``.

    Args:
        pact: The pact handle.

    Returns:
        The iterator.

    Raises:
        RuntimeError: If the handle is not valid.
    """
    return _handle_iter("pactffi_pact_handle_get_sync_http_iter", pact, PactSyncHttpIterator, "HTTP interactions")


def pact_handle_get_async_message_iter(pact: PactHandle) -> PactAsyncMessageIterator:
    """Get an iterator over (a copy of) the asynchronous messages of a pact handle.

    Wraps ``pactffi_pact_handle_get_async_message_iter``.

    Args:
        pact: The pact handle.

    Returns:
        The iterator.

    Raises:
        RuntimeError: If the handle is not valid.
    """
    return _handle_iter(
        "pactffi_pact_handle_get_async_message_iter", pact, PactAsyncMessageIterator, "asynchronous messages"
    )


def pact_handle_get_sync_message_iter(pact: PactHandle) -> PactSyncMessageIterator:
    """Get an iterator over (a copy of) the synchronous messages of a pact handle.

    Wraps ``pactffi_pact_handle_get_sync_message_iter``.

    Args:
        pact: The pact handle.

    Returns:
        The iterator.

    Raises:
        RuntimeError: If the handle is not valid.
    """
    return _handle_iter(
        "pactffi_pact_handle_get_sync_message_iter", pact, PactSyncMessageIterator, "synchronous messages"
    )


def pact_handle_get_message_iter(pact: PactHandle) -> PactMessageIterator:
    """Get an iterator over (a copy of) the V3-style messages of a pact handle.

    Wraps ``pactffi_pact_handle_get_message_iter``.

    Args:
        pact: The pact handle.

    Returns:
        The iterator.

    Raises:
        RuntimeError: If the handle is not valid.
    """
    return _handle_iter("pactffi_pact_handle_get_message_iter", pact, PactMessageIterator, "messages")


def pact_interaction_iter_next(iter: PactInteractionIterator) -> PactInteraction:  # noqa: A002
    """Get the next interaction from the pact (``pactffi_pact_interaction_iter_next``).

    Args:
        iter: The iterator.

    Returns:
        The interaction, borrowed from (and keeping alive) the iterator.

    Raises:
        StopIteration: If the iterator has reached the end.
        ValueError: If the iterator was deleted.
    """
    ptr = lib.pactffi_pact_interaction_iter_next(_live(iter))
    if ptr == NULL:
        raise StopIteration
    return PactInteraction(ffi.cast("PactInteraction *", ptr), owned=True, parent=iter)


def pact_interaction_iter_delete(iter: PactInteractionIterator) -> None:  # noqa: A002
    """Free the iterator (``pactffi_pact_interaction_iter_delete``); again does nothing.

    Args:
        iter: The iterator.
    """
    iter.close()


def pact_sync_http_iter_next(iter: PactSyncHttpIterator) -> SynchronousHttp:  # noqa: A002
    """Get the next synchronous HTTP interaction (``pactffi_pact_sync_http_iter_next``).

    Args:
        iter: The iterator.

    Returns:
        The interaction, borrowed from (and keeping alive) the iterator.

    Raises:
        StopIteration: If the iterator has reached the end.
        ValueError: If the iterator was deleted.
    """
    ptr = lib.pactffi_pact_sync_http_iter_next(_live(iter))
    if ptr == NULL:
        raise StopIteration
    return SynchronousHttp(ptr, owned=True, parent=iter)


def pact_sync_http_iter_delete(iter: PactSyncHttpIterator) -> None:  # noqa: A002
    """Free the iterator (``pactffi_pact_sync_http_iter_delete``); again does nothing.

    Args:
        iter: The iterator.
    """
    iter.close()


def pact_interaction_delete(interaction: PactInteraction) -> None:
    """Frees the Pact interaction model (``pactffi_pact_interaction_delete``).

    An interaction borrowed from an iterator is only released by the iterator.

    Args:
        interaction: The interaction.
    """
    interaction.close()


def _interaction_copy(function: str, interaction: PactInteraction, kind: str) -> Any:  # noqa: ANN401
    ptr = getattr(lib, function)(_live(interaction))
    if ptr == NULL:
        msg = f"Interaction is not a {kind} interaction"
        raise TypeError(msg)
    return ffi.cast(f"{kind} *", ptr)


def pact_interaction_as_synchronous_http(interaction: PactInteraction) -> SynchronousHttp:
    """Cast this interaction to (a copy as) a ``SynchronousHttp`` interaction.

    Wraps ``pactffi_pact_interaction_as_synchronous_http``.

    Args:
        interaction: The interaction to cast.

    Returns:
        The interaction cast as a ``SynchronousHttp`` (a copy, freed with it).

    Raises:
        TypeError: If the interaction cannot be cast to a ``SynchronousHttp``.
        ValueError: If the interaction was deleted.
    """
    ptr = _interaction_copy("pactffi_pact_interaction_as_synchronous_http", interaction, "SynchronousHttp")
    return SynchronousHttp(ptr)


def pact_interaction_as_asynchronous_message(interaction: PactInteraction) -> Any:  # noqa: ANN401
    """Cast this interaction to (a copy as) an ``AsynchronousMessage``.

    Wraps ``pactffi_pact_interaction_as_asynchronous_message``.

    Args:
        interaction: The interaction to cast.

    Returns:
        The message (a copy, freed with it).

    Raises:
        TypeError: If the interaction is not an asynchronous message.
        ValueError: If the interaction was deleted.
    """
    ptr = _interaction_copy(
        "pactffi_pact_interaction_as_asynchronous_message", interaction, "AsynchronousMessage"
    )
    return _message_class("AsynchronousMessage")(ptr, owned=False)


def pact_interaction_as_synchronous_message(interaction: PactInteraction) -> Any:  # noqa: ANN401
    """Cast this interaction to (a copy as) a ``SynchronousMessage``.

    Wraps ``pactffi_pact_interaction_as_synchronous_message``.

    Args:
        interaction: The interaction to cast.

    Returns:
        The message (a copy, freed with it).

    Raises:
        TypeError: If the interaction is not a synchronous message.
        ValueError: If the interaction was deleted.
    """
    ptr = _interaction_copy("pactffi_pact_interaction_as_synchronous_message", interaction, "SynchronousMessage")
    return _message_class("SynchronousMessage")(ptr, owned=False)


def pact_async_message_iter_next(iter: PactAsyncMessageIterator) -> Any:  # noqa: A002, ANN401
    """Get the next asynchronous message (``pactffi_pact_async_message_iter_next``).

    Args:
        iter: The iterator.

    Returns:
        The ``AsynchronousMessage``, borrowed from (and keeping alive) the iterator.

    Raises:
        StopIteration: If the iterator has reached the end.
        ValueError: If the iterator was deleted.
    """
    return next(iter)


def pact_async_message_iter_delete(iter: PactAsyncMessageIterator) -> None:  # noqa: A002
    """Free the iterator (``pactffi_pact_async_message_iter_delete``); again does nothing.

    Args:
        iter: The iterator.
    """
    iter.close()


def pact_sync_message_iter_next(iter: PactSyncMessageIterator) -> Any:  # noqa: A002, ANN401
    """Get the next synchronous message (``pactffi_pact_sync_message_iter_next``).

    Args:
        iter: The iterator.

    Returns:
        The ``SynchronousMessage``, borrowed from (and keeping alive) the iterator.

    Raises:
        StopIteration: If the iterator has reached the end.
        ValueError: If the iterator was deleted.
    """
    return next(iter)


def pact_sync_message_iter_delete(iter: PactSyncMessageIterator) -> None:  # noqa: A002
    """Free the iterator (``pactffi_pact_sync_message_iter_delete``); again does nothing.

    Args:
        iter: The iterator.
    """
    iter.close()


def pact_message_iter_next(iter: PactMessageIterator) -> Any:  # noqa: A002, ANN401
    """Get the next V3-style message (``pactffi_pact_message_iter_next``).

    Args:
        iter: The iterator.

    Returns:
        The ``Message``, borrowed from (and keeping alive) the iterator.

    Raises:
        StopIteration: If the iterator has reached the end.
        ValueError: If the iterator was deleted.
    """
    return next(iter)


def pact_message_iter_delete(iter: PactMessageIterator) -> None:  # noqa: A002
    """Free the iterator (``pactffi_pact_message_iter_delete``); again does nothing.

    Args:
        iter: The iterator.
    """
    iter.close()
