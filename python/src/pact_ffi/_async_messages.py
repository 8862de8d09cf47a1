"""V4 asynchronous messages: ``AsynchronousMessage`` and ``async_message_*``.

Wraps the ``pactffi_async_message_*`` functions of the section "Model:
messages and message contents" of pact.h. Borrowed objects (contents of a
message, provider states) keep the message alive.
"""

from __future__ import annotations

from collections.abc import Generator as GeneratorType

from pact_ffi._errors import error_detail
from pact_ffi._message_contents import MessageContents, _borrowed_bytes, _checked, _MessageBase, _owned_text
from pact_ffi._native import NULL, bytes_arg, encode, encode_optional, lib
from pact_ffi._provider_states import ProviderState, ProviderStateIterator, _provider_state_at

__all__ = [
    "AsynchronousMessage",
    "async_message_delete",
    "async_message_generate_contents",
    "async_message_get_contents",
    "async_message_get_contents_bin",
    "async_message_get_contents_length",
    "async_message_get_contents_str",
    "async_message_get_description",
    "async_message_get_provider_state",
    "async_message_get_provider_state_iter",
    "async_message_new",
    "async_message_set_contents_bin",
    "async_message_set_contents_str",
    "async_message_set_description",
]


class AsynchronousMessage(_MessageBase):
    """A V4 asynchronous message."""

    _cname = "AsynchronousMessage"
    _free_name = "pactffi_async_message_delete"

    @property
    def description(self) -> str:
        """Description of this message interaction."""
        return async_message_get_description(self)

    def provider_states(self) -> GeneratorType[ProviderState, None, None]:
        """Provider states of the message."""
        yield from async_message_get_provider_state_iter(self)

    @property
    def contents(self) -> MessageContents | None:
        """The contents of the message, as the consumer receives them (a copy)."""
        return async_message_generate_contents(self)


def async_message_new() -> AsynchronousMessage:
    """Create an empty message (owned, freed on close()).

    Wraps ``pactffi_async_message_new``.

    Raises:
        RuntimeError: If the library reports an error.
    """
    ptr = lib.pactffi_async_message_new()
    if ptr == NULL:
        raise RuntimeError(f"pactffi_async_message_new failed{error_detail()}")
    return AsynchronousMessage(ptr)


def async_message_delete(message: AsynchronousMessage) -> None:
    """Free a message (same as message.close()).

    Wraps ``pactffi_async_message_delete``.

    Raises:
        TypeError: If an argument has the wrong type.
    """
    _checked(message, AsynchronousMessage, "message")
    message.close()


def async_message_get_description(message: AsynchronousMessage) -> str:
    """The message description.

    Wraps ``pactffi_async_message_get_description``.

    Raises:
        RuntimeError: If the library reports an error.
    """
    text = _owned_text(lib.pactffi_async_message_get_description(_checked(message, AsynchronousMessage, "message")))
    if text is None:
        raise RuntimeError(f"pactffi_async_message_get_description failed{error_detail()}")
    return text


def async_message_set_description(message: AsynchronousMessage, description: str) -> None:
    """Set the message description.

    Wraps ``pactffi_async_message_set_description``.

    Raises:
        RuntimeError: If the library reports an error.
    """
    if lib.pactffi_async_message_set_description(_checked(message, AsynchronousMessage, "message"), encode(description, "description")) != 0:
        raise RuntimeError(f"pactffi_async_message_set_description failed{error_detail()}")


def async_message_get_provider_state(message: AsynchronousMessage, index: int) -> ProviderState:
    """The provider state at index, borrowed (keeps the message alive).

    Wraps ``pactffi_async_message_get_provider_state``.

    Raises:
        IndexError: If index is out of range.
    """
    return _provider_state_at("pactffi_async_message_get_provider_state", message, AsynchronousMessage, index)


def async_message_get_provider_state_iter(message: AsynchronousMessage) -> ProviderStateIterator:
    """An iterator over a copy of the provider states.

    Wraps ``pactffi_async_message_get_provider_state_iter``.

    Raises:
        RuntimeError: If the library reports an error.
    """
    ptr = lib.pactffi_async_message_get_provider_state_iter(_checked(message, AsynchronousMessage, "message"))
    if ptr == NULL:
        raise RuntimeError(f"pactffi_async_message_get_provider_state_iter failed{error_detail()}")
    return ProviderStateIterator(ptr)


def async_message_get_contents_str(message: AsynchronousMessage) -> str | None:
    """The body as text; None when missing.

    Wraps ``pactffi_async_message_get_contents_str``.

    Raises:
        TypeError: If an argument has the wrong type.
    """
    return _owned_text(lib.pactffi_async_message_get_contents_str(_checked(message, AsynchronousMessage, "message")))


def async_message_set_contents_str(message: AsynchronousMessage, contents: str | None, content_type: str | None) -> None:
    """Set the body from text (None: the JSON null body).

    Wraps ``pactffi_async_message_set_contents_str``.

    Raises:
        TypeError/RuntimeError: On a wrong argument or a library error.
    """
    lib.pactffi_async_message_set_contents_str(_checked(message, AsynchronousMessage, "message"), encode_optional(contents, "contents"), encode_optional(content_type, "content_type"))


def async_message_get_contents_length(message: AsynchronousMessage) -> int:
    """The byte length of the body (0 when none).

    Wraps ``pactffi_async_message_get_contents_length``.

    Raises:
        TypeError: If an argument has the wrong type.
    """
    return int(lib.pactffi_async_message_get_contents_length(_checked(message, AsynchronousMessage, "message")))


def async_message_get_contents_bin(message: AsynchronousMessage) -> bytes | None:
    """A copy of the body bytes; None when there are none.

    Wraps ``pactffi_async_message_get_contents_bin``.

    Raises:
        TypeError: If an argument has the wrong type.
    """
    ptr = _checked(message, AsynchronousMessage, "message")
    return _borrowed_bytes(lib.pactffi_async_message_get_contents_bin(ptr), lib.pactffi_async_message_get_contents_length(ptr))


def async_message_set_contents_bin(message: AsynchronousMessage, contents: bytes | None, content_type: str | None) -> None:
    """Set the body from bytes (None: the JSON null body).

    Wraps ``pactffi_async_message_set_contents_bin``.

    Raises:
        TypeError: If an argument has the wrong type.
    """
    data, length = bytes_arg(contents, "contents")
    lib.pactffi_async_message_set_contents_bin(_checked(message, AsynchronousMessage, "message"), data, length, encode_optional(content_type, "content_type"))


def async_message_get_contents(message: AsynchronousMessage) -> MessageContents | None:
    """The contents, borrowed (keeps the message alive).

    Wraps ``pactffi_async_message_get_contents``.

    Raises:
        TypeError: If an argument has the wrong type.
    """
    ptr = lib.pactffi_async_message_get_contents(_checked(message, AsynchronousMessage, "message"))
    return None if ptr == NULL else MessageContents(ptr, owned=True, parent=message)


def async_message_generate_contents(message: AsynchronousMessage) -> MessageContents | None:
    """A copy of the contents as the consumer receives them, generators applied.

    Wraps ``pactffi_async_message_generate_contents``.

    Raises:
        TypeError: If an argument has the wrong type.
    """
    ptr = lib.pactffi_async_message_generate_contents(_checked(message, AsynchronousMessage, "message"))
    return None if ptr == NULL else MessageContents(ptr, owned=False)
