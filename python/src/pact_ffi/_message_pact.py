"""The V3 message pact model: a message pact read from JSON, its messages and metadata.

Wraps the ``pactffi_message_pact_*`` functions of the pact.h section "Model:
messages and message contents". The consumer, the provider and the messages of
a message pact are borrowed from it: they keep it alive, and they refuse to be
used once it was closed. The metadata iterator works on a copy, and each of its
triples owns its strings.
"""

from __future__ import annotations

from collections.abc import Generator as GeneratorType
from typing import Any, TypeVar

from pact_ffi._errors import error_detail, get_error_message
from pact_ffi._message_contents import _checked
from pact_ffi._messages import Message
from pact_ffi._native import NULL, decode, encode, lib
from pact_ffi._native_objects import _Iterator, _live, _Native
from pact_ffi._owned import OwnedString
from pact_ffi._pact_model import Consumer, Provider

__all__ = [
    "MessagePact",
    "MessagePactMessageIterator",
    "MessagePactMetadataIterator",
    "MessagePactMetadataTriple",
    "message_pact_delete",
    "message_pact_find_metadata",
    "message_pact_get_consumer",
    "message_pact_get_message_iter",
    "message_pact_get_metadata_iter",
    "message_pact_get_provider",
    "message_pact_message_iter_delete",
    "message_pact_message_iter_next",
    "message_pact_metadata_iter_delete",
    "message_pact_metadata_iter_next",
    "message_pact_metadata_triple_delete",
    "message_pact_new_from_json",
]

_T = TypeVar("_T", bound=_Native)


def _borrowed(cls: type[_T], ptr: Any, parent: _Native) -> _T:  # noqa: ANN401
    """A ``cls`` wrapper of memory owned by ``parent``: never freed, keeps ``parent`` alive.

    Consumer and Provider are otherwise always copies that Python frees;
    the message pact lends its own instead.
    """
    obj = cls.__new__(cls)
    _Native.__init__(obj, ptr, free=False, parent=parent)
    return obj


class MessagePact(_Native):
    """A V3 message pact model, read from its JSON."""

    _cname = "MessagePact"
    _free_name = "pactffi_message_pact_delete"

    def __init__(self, ptr: Any) -> None:  # noqa: ANN401
        """Wrap a message pact that Python owns.

        Args:
            ptr: A ``struct MessagePact *`` from ``pactffi_message_pact_new_from_json``.

        Raises:
            TypeError: If ``ptr`` is not a ``struct MessagePact *``.
            ValueError: If ``ptr`` is NULL.
        """
        super().__init__(ptr, free=True)

    @property
    def consumer(self) -> Consumer:
        """The consumer (borrowed from this message pact)."""
        return message_pact_get_consumer(self)

    @property
    def provider(self) -> Provider:
        """The provider (borrowed from this message pact)."""
        return message_pact_get_provider(self)

    def messages(self) -> MessagePactMessageIterator:
        """An iterator over the messages (borrowed from this message pact)."""
        return message_pact_get_message_iter(self)

    def metadata(self) -> GeneratorType[MessagePactMetadataTriple, None, None]:
        """The metadata entries, ordered by namespace then key."""
        yield from message_pact_get_metadata_iter(self)


class MessagePactMessageIterator(_Iterator):
    """Iterator over the messages of a message pact (not a copy)."""

    _cname = "MessagePactMessageIterator"
    _free_name = "pactffi_message_pact_message_iter_delete"

    def __init__(self, ptr: Any, parent: MessagePact) -> None:  # noqa: ANN401
        """Wrap a message iterator.

        Args:
            ptr: A ``struct MessagePactMessageIterator *``.
            parent: The message pact iterated, kept alive by the iterator.

        Raises:
            TypeError: If ``ptr`` is not a ``struct MessagePactMessageIterator *``.
            ValueError: If ``ptr`` is NULL.
        """
        super().__init__(ptr, free=True, parent=parent)

    def __next__(self) -> Message:
        """The next message (borrowed from the message pact)."""
        return message_pact_message_iter_next(self)


class MessagePactMetadataIterator(_Iterator):
    """Iterator over a copy of the (namespace, key, value) metadata of a message pact."""

    _cname = "MessagePactMetadataIterator"
    _free_name = "pactffi_message_pact_metadata_iter_delete"

    def __init__(self, ptr: Any) -> None:  # noqa: ANN401
        """Wrap a metadata iterator.

        Args:
            ptr: A ``struct MessagePactMetadataIterator *``.

        Raises:
            TypeError: If ``ptr`` is not a ``struct MessagePactMetadataIterator *``.
            ValueError: If ``ptr`` is NULL.
        """
        super().__init__(ptr, free=True)

    def __next__(self) -> MessagePactMetadataTriple:
        """The next metadata triple."""
        return message_pact_metadata_iter_next(self)


class MessagePactMetadataTriple(_Native):
    """One metadata entry of a message pact; owns its three strings."""

    _cname = "MessagePactMetadataTriple"
    _free_name = "pactffi_message_pact_metadata_triple_delete"

    def __init__(self, ptr: Any) -> None:  # noqa: ANN401
        """Wrap a metadata triple.

        Args:
            ptr: A ``struct MessagePactMetadataTriple *``.

        Raises:
            TypeError: If ``ptr`` is not a ``struct MessagePactMetadataTriple *``.
            ValueError: If ``ptr`` is NULL.
        """
        super().__init__(ptr, free=True)

    @property
    def outer_key(self) -> str:
        """The namespace, for example ``"pactSpecification"``."""
        return decode(_live(self).outer_key)

    @property
    def inner_key(self) -> str:
        """The key inside the namespace, for example ``"version"``."""
        return decode(_live(self).inner_key)

    @property
    def value(self) -> str:
        """The value: strings as they are, other JSON as JSON text."""
        return decode(_live(self).value)

    def __str__(self) -> str:
        """Nice string representation."""
        return f"MessagePactMetadataTriple({self.outer_key!r}, {self.inner_key!r}, {self.value!r})"


def _pact_ptr(message_pact: MessagePact) -> Any:  # noqa: ANN401
    """The live pointer of a message pact argument."""
    return _checked(message_pact, MessagePact, "message_pact")


def message_pact_new_from_json(file_name: str, json_str: str) -> MessagePact:
    """Read a V3 message pact from its JSON.

    Wraps ``pactffi_message_pact_new_from_json``. Only the ``messages``
    attribute of the document holds messages.

    Args:
        file_name: The name of the file the JSON came from, used in error messages.
        json_str: The message pact as JSON text.

    Returns:
        The message pact, freed by ``close()`` / ``message_pact_delete``.

    Raises:
        TypeError: If an argument is not a ``str``.
        RuntimeError: If the JSON cannot be parsed or read as a message pact
            (the library's error message says why).
    """
    ptr = lib.pactffi_message_pact_new_from_json(encode(file_name, "file_name"), encode(json_str, "json_str"))
    if ptr == NULL:
        msg = f"pactffi_message_pact_new_from_json failed{error_detail()}"
        raise RuntimeError(msg)
    return MessagePact(ptr)


def message_pact_delete(message_pact: MessagePact) -> None:
    """Free a message pact (same as ``message_pact.close()``); again does nothing.

    Wraps ``pactffi_message_pact_delete``. Objects borrowed from it can no
    longer be used afterwards.

    Args:
        message_pact: The message pact.

    Raises:
        TypeError: If ``message_pact`` is not a ``MessagePact``.
    """
    if not isinstance(message_pact, MessagePact):
        msg = f"message_pact must be a MessagePact, not {type(message_pact).__name__}"
        raise TypeError(msg)
    message_pact.close()


def message_pact_get_consumer(message_pact: MessagePact) -> Consumer:
    """The consumer of the message pact.

    Wraps ``pactffi_message_pact_get_consumer``.

    Args:
        message_pact: The message pact.

    Returns:
        The consumer, borrowed from (and keeping alive) the message pact.

    Raises:
        TypeError: If ``message_pact`` is not a ``MessagePact``.
        ValueError: If the message pact was closed.
        RuntimeError: If the library reports an error.
    """
    ptr = lib.pactffi_message_pact_get_consumer(_pact_ptr(message_pact))
    if ptr == NULL:
        msg = f"pactffi_message_pact_get_consumer failed{error_detail()}"
        raise RuntimeError(msg)
    return _borrowed(Consumer, ptr, message_pact)


def message_pact_get_provider(message_pact: MessagePact) -> Provider:
    """The provider of the message pact.

    Wraps ``pactffi_message_pact_get_provider``.

    Args:
        message_pact: The message pact.

    Returns:
        The provider, borrowed from (and keeping alive) the message pact.

    Raises:
        TypeError: If ``message_pact`` is not a ``MessagePact``.
        ValueError: If the message pact was closed.
        RuntimeError: If the library reports an error.
    """
    ptr = lib.pactffi_message_pact_get_provider(_pact_ptr(message_pact))
    if ptr == NULL:
        msg = f"pactffi_message_pact_get_provider failed{error_detail()}"
        raise RuntimeError(msg)
    return _borrowed(Provider, ptr, message_pact)


def message_pact_get_message_iter(message_pact: MessagePact) -> MessagePactMessageIterator:
    """An iterator over the messages of the message pact.

    Wraps ``pactffi_message_pact_get_message_iter``. The iterator is not a
    copy: it keeps the message pact alive and stops working once it is closed.

    Args:
        message_pact: The message pact.

    Returns:
        The iterator, freed by ``close()`` / ``message_pact_message_iter_delete``.

    Raises:
        TypeError: If ``message_pact`` is not a ``MessagePact``.
        ValueError: If the message pact was closed.
        RuntimeError: If the library reports an error.
    """
    ptr = lib.pactffi_message_pact_get_message_iter(_pact_ptr(message_pact))
    if ptr == NULL:
        msg = f"pactffi_message_pact_get_message_iter failed{error_detail()}"
        raise RuntimeError(msg)
    return MessagePactMessageIterator(ptr, message_pact)


def message_pact_message_iter_next(iter: MessagePactMessageIterator) -> Message:  # noqa: A002
    """The next message of the message pact.

    Wraps ``pactffi_message_pact_message_iter_next``.

    Args:
        iter: The iterator.

    Returns:
        The message, borrowed from (and keeping alive) the message pact; it
        stays usable after the iterator is closed.

    Raises:
        TypeError: If ``iter`` is not a ``MessagePactMessageIterator``.
        ValueError: If the iterator or its message pact was closed.
        StopIteration: At the end.
    """
    ptr = _checked(iter, MessagePactMessageIterator, "iter")
    message_pact = iter._parent  # noqa: SLF001 - the owner of the messages
    item = lib.pactffi_message_pact_message_iter_next(ptr)
    if item == NULL:
        raise StopIteration
    return Message(item, owned=True, parent=message_pact)


def message_pact_message_iter_delete(iter: MessagePactMessageIterator) -> None:  # noqa: A002
    """Free a message iterator (same as ``iter.close()``); again does nothing.

    Wraps ``pactffi_message_pact_message_iter_delete``. Messages already
    returned belong to the message pact and stay usable.

    Args:
        iter: The iterator.

    Raises:
        TypeError: If ``iter`` is not a ``MessagePactMessageIterator``.
    """
    if not isinstance(iter, MessagePactMessageIterator):
        msg = f"iter must be a MessagePactMessageIterator, not {type(iter).__name__}"
        raise TypeError(msg)
    iter.close()


def message_pact_find_metadata(message_pact: MessagePact, key1: str, key2: str) -> str | None:
    """The metadata value at ``[key1][key2]``, for example ``("pactSpecification", "version")``.

    Wraps ``pactffi_message_pact_find_metadata``. Once the arguments are
    checked, the C function fails only for an absent key, which is a lookup
    result here (like ``dict.get``) rather than an error.

    Args:
        message_pact: The message pact.
        key1: The namespace.
        key2: The key inside the namespace.

    Returns:
        The value (strings as they are, other JSON as JSON text), or ``None``
        when either key is absent.

    Raises:
        TypeError: If an argument has the wrong type.
        ValueError: If the message pact was closed.
    """
    ptr = lib.pactffi_message_pact_find_metadata(_pact_ptr(message_pact), encode(key1, "key1"), encode(key2, "key2"))
    if ptr == NULL:
        get_error_message()  # "invalid metadata key (key N)": consumed, not an error here
        return None
    return str(OwnedString(ptr))


def message_pact_get_metadata_iter(message_pact: MessagePact) -> MessagePactMetadataIterator:
    """An iterator over a copy of the metadata, ordered by namespace then key.

    Wraps ``pactffi_message_pact_get_metadata_iter``.

    Args:
        message_pact: The message pact.

    Returns:
        The iterator, freed by ``close()`` / ``message_pact_metadata_iter_delete``.

    Raises:
        TypeError: If ``message_pact`` is not a ``MessagePact``.
        ValueError: If the message pact was closed.
        RuntimeError: If the library reports an error.
    """
    ptr = lib.pactffi_message_pact_get_metadata_iter(_pact_ptr(message_pact))
    if ptr == NULL:
        msg = f"pactffi_message_pact_get_metadata_iter failed{error_detail()}"
        raise RuntimeError(msg)
    return MessagePactMetadataIterator(ptr)


def message_pact_metadata_iter_next(iter: MessagePactMetadataIterator) -> MessagePactMetadataTriple:  # noqa: A002
    """The next metadata triple.

    Wraps ``pactffi_message_pact_metadata_iter_next``.

    Args:
        iter: The iterator.

    Returns:
        The triple, which owns its strings (freed by ``close()``).

    Raises:
        TypeError: If ``iter`` is not a ``MessagePactMetadataIterator``.
        ValueError: If the iterator was closed.
        StopIteration: At the end.
        RuntimeError: If an entry cannot be given as C strings (a NUL byte).
    """
    ptr = _checked(iter, MessagePactMetadataIterator, "iter")
    get_error_message()  # NULL is the end (no error) or a failure (error set)
    triple = lib.pactffi_message_pact_metadata_iter_next(ptr)
    if triple == NULL:
        error = get_error_message()
        if error:
            msg = f"pactffi_message_pact_metadata_iter_next failed: {error}"
            raise RuntimeError(msg)
        raise StopIteration
    return MessagePactMetadataTriple(triple)


def message_pact_metadata_iter_delete(iter: MessagePactMetadataIterator) -> None:  # noqa: A002
    """Free a metadata iterator (same as ``iter.close()``); again does nothing.

    Wraps ``pactffi_message_pact_metadata_iter_delete``. Triples already
    returned own their strings and stay usable.

    Args:
        iter: The iterator.

    Raises:
        TypeError: If ``iter`` is not a ``MessagePactMetadataIterator``.
    """
    if not isinstance(iter, MessagePactMetadataIterator):
        msg = f"iter must be a MessagePactMetadataIterator, not {type(iter).__name__}"
        raise TypeError(msg)
    iter.close()


def message_pact_metadata_triple_delete(triple: MessagePactMetadataTriple) -> None:
    """Free a metadata triple and its strings (same as ``triple.close()``); again does nothing.

    Wraps ``pactffi_message_pact_metadata_triple_delete``.

    Args:
        triple: The triple.

    Raises:
        TypeError: If ``triple`` is not a ``MessagePactMetadataTriple``.
    """
    if not isinstance(triple, MessagePactMetadataTriple):
        msg = f"triple must be a MessagePactMetadataTriple, not {type(triple).__name__}"
        raise TypeError(msg)
    triple.close()
