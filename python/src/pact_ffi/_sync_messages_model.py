"""V4 synchronous messages of the model API: ``SynchronousMessage`` and ``sync_message_*``.

Wraps the ``pactffi_sync_message_*`` model functions of the section "Model:
messages and message contents" of pact.h (the consumer-DSL functions for
synchronous messages live in ``pact_ffi._sync_messages``). Borrowed objects
(request and response contents, provider states) keep the message alive.
"""

from __future__ import annotations

from collections.abc import Generator as GeneratorType

from pact_ffi._errors import error_detail
from pact_ffi._message_contents import MessageContents, _borrowed_bytes, _checked, _MessageBase, _owned_text
from pact_ffi._native import NULL, bytes_arg, checked_index, encode, encode_optional, lib
from pact_ffi._provider_states import ProviderState, ProviderStateIterator, _provider_state_at

__all__ = [
    "SynchronousMessage",
    "sync_message_delete",
    "sync_message_generate_request_contents",
    "sync_message_generate_response_contents",
    "sync_message_get_description",
    "sync_message_get_number_responses",
    "sync_message_get_provider_state",
    "sync_message_get_provider_state_iter",
    "sync_message_get_request_contents",
    "sync_message_get_request_contents_bin",
    "sync_message_get_request_contents_length",
    "sync_message_get_request_contents_str",
    "sync_message_get_response_contents",
    "sync_message_get_response_contents_bin",
    "sync_message_get_response_contents_length",
    "sync_message_get_response_contents_str",
    "sync_message_new",
    "sync_message_set_description",
    "sync_message_set_request_contents_bin",
    "sync_message_set_request_contents_str",
    "sync_message_set_response_contents_bin",
    "sync_message_set_response_contents_str",
]


class SynchronousMessage(_MessageBase):
    """A V4 synchronous message: a request and zero or more responses."""

    _cname = "SynchronousMessage"
    _free_name = "pactffi_sync_message_delete"

    @property
    def description(self) -> str:
        """Description of this message interaction."""
        return sync_message_get_description(self)

    def provider_states(self) -> GeneratorType[ProviderState, None, None]:
        """Provider states of the message."""
        yield from sync_message_get_provider_state_iter(self)

    @property
    def request_contents(self) -> MessageContents:
        """The request contents (a copy, as the consumer sends them)."""
        contents = sync_message_generate_request_contents(self)
        if contents is None:
            raise RuntimeError(f"pactffi_sync_message_generate_request_contents failed{error_detail()}")
        return contents

    @property
    def response_contents(self) -> GeneratorType[MessageContents, None, None]:
        """The response contents (copies, as the consumer receives them)."""
        for index in range(sync_message_get_number_responses(self)):
            contents = sync_message_generate_response_contents(self, index)
            if contents is not None:
                yield contents


def sync_message_new() -> SynchronousMessage:
    """Create an empty message (owned, freed on close()).

    Wraps ``pactffi_sync_message_new``.

    Raises:
        RuntimeError: If the library reports an error.
    """
    ptr = lib.pactffi_sync_message_new()
    if ptr == NULL:
        raise RuntimeError(f"pactffi_sync_message_new failed{error_detail()}")
    return SynchronousMessage(ptr)


def sync_message_delete(message: SynchronousMessage) -> None:
    """Free a message (same as message.close()).

    Wraps ``pactffi_sync_message_delete``.

    Raises:
        TypeError: If an argument has the wrong type.
    """
    _checked(message, SynchronousMessage, "message")
    message.close()


def sync_message_get_description(message: SynchronousMessage) -> str:
    """The message description.

    Wraps ``pactffi_sync_message_get_description``.

    Raises:
        RuntimeError: If the library reports an error.
    """
    text = _owned_text(lib.pactffi_sync_message_get_description(_checked(message, SynchronousMessage, "message")))
    if text is None:
        raise RuntimeError(f"pactffi_sync_message_get_description failed{error_detail()}")
    return text


def sync_message_set_description(message: SynchronousMessage, description: str) -> None:
    """Set the message description.

    Wraps ``pactffi_sync_message_set_description``.

    Raises:
        RuntimeError: If the library reports an error.
    """
    if lib.pactffi_sync_message_set_description(_checked(message, SynchronousMessage, "message"), encode(description, "description")) != 0:
        raise RuntimeError(f"pactffi_sync_message_set_description failed{error_detail()}")


def sync_message_get_provider_state(message: SynchronousMessage, index: int) -> ProviderState:
    """The provider state at index, borrowed (keeps the message alive).

    Wraps ``pactffi_sync_message_get_provider_state``.

    Raises:
        IndexError: If index is out of range.
    """
    return _provider_state_at("pactffi_sync_message_get_provider_state", message, SynchronousMessage, index)


def sync_message_get_provider_state_iter(message: SynchronousMessage) -> ProviderStateIterator:
    """An iterator over a copy of the provider states.

    Wraps ``pactffi_sync_message_get_provider_state_iter``.

    Raises:
        RuntimeError: If the library reports an error.
    """
    ptr = lib.pactffi_sync_message_get_provider_state_iter(_checked(message, SynchronousMessage, "message"))
    if ptr == NULL:
        raise RuntimeError(f"pactffi_sync_message_get_provider_state_iter failed{error_detail()}")
    return ProviderStateIterator(ptr)


def sync_message_get_request_contents_str(message: SynchronousMessage) -> str | None:
    """The body as text; None when missing.

    Wraps ``pactffi_sync_message_get_request_contents_str``.

    Raises:
        TypeError: If an argument has the wrong type.
    """
    return _owned_text(lib.pactffi_sync_message_get_request_contents_str(_checked(message, SynchronousMessage, "message")))


def sync_message_set_request_contents_str(message: SynchronousMessage, contents: str | None, content_type: str | None) -> None:
    """Set the body from text (None: the JSON null body).

    Wraps ``pactffi_sync_message_set_request_contents_str``.

    Raises:
        TypeError/RuntimeError: On a wrong argument or a library error.
    """
    lib.pactffi_sync_message_set_request_contents_str(_checked(message, SynchronousMessage, "message"), encode_optional(contents, "contents"), encode_optional(content_type, "content_type"))


def sync_message_get_request_contents_length(message: SynchronousMessage) -> int:
    """The byte length of the body (0 when none).

    Wraps ``pactffi_sync_message_get_request_contents_length``.

    Raises:
        TypeError: If an argument has the wrong type.
    """
    return int(lib.pactffi_sync_message_get_request_contents_length(_checked(message, SynchronousMessage, "message")))


def sync_message_get_request_contents_bin(message: SynchronousMessage) -> bytes | None:
    """A copy of the body bytes; None when there are none.

    Wraps ``pactffi_sync_message_get_request_contents_bin``.

    Raises:
        TypeError: If an argument has the wrong type.
    """
    ptr = _checked(message, SynchronousMessage, "message")
    return _borrowed_bytes(lib.pactffi_sync_message_get_request_contents_bin(ptr), lib.pactffi_sync_message_get_request_contents_length(ptr))


def sync_message_set_request_contents_bin(message: SynchronousMessage, contents: bytes | None, content_type: str | None) -> None:
    """Set the body from bytes (None: the JSON null body).

    Wraps ``pactffi_sync_message_set_request_contents_bin``.

    Raises:
        TypeError: If an argument has the wrong type.
    """
    data, length = bytes_arg(contents, "contents")
    lib.pactffi_sync_message_set_request_contents_bin(_checked(message, SynchronousMessage, "message"), data, length, encode_optional(content_type, "content_type"))


def sync_message_get_response_contents_str(message: SynchronousMessage, index: int) -> str | None:
    """The body as text; None when missing.

    Wraps ``pactffi_sync_message_get_response_contents_str``.

    Raises:
        TypeError: If an argument has the wrong type.
    """
    return _owned_text(lib.pactffi_sync_message_get_response_contents_str(_checked(message, SynchronousMessage, "message"), checked_index(index)))


def sync_message_set_response_contents_str(message: SynchronousMessage, index: int, contents: str | None, content_type: str | None) -> None:
    """Set the body from text (None: the JSON null body).

    Wraps ``pactffi_sync_message_set_response_contents_str``.

    Raises:
        TypeError/RuntimeError: On a wrong argument or a library error.
    """
    lib.pactffi_sync_message_set_response_contents_str(_checked(message, SynchronousMessage, "message"), checked_index(index), encode_optional(contents, "contents"), encode_optional(content_type, "content_type"))


def sync_message_get_response_contents_length(message: SynchronousMessage, index: int) -> int:
    """The byte length of the body (0 when none).

    Wraps ``pactffi_sync_message_get_response_contents_length``.

    Raises:
        TypeError: If an argument has the wrong type.
    """
    return int(lib.pactffi_sync_message_get_response_contents_length(_checked(message, SynchronousMessage, "message"), checked_index(index)))


def sync_message_get_response_contents_bin(message: SynchronousMessage, index: int) -> bytes | None:
    """A copy of the body bytes; None when there are none.

    Wraps ``pactffi_sync_message_get_response_contents_bin``.

    Raises:
        TypeError: If an argument has the wrong type.
    """
    ptr = _checked(message, SynchronousMessage, "message")
    return _borrowed_bytes(lib.pactffi_sync_message_get_response_contents_bin(ptr, checked_index(index)), lib.pactffi_sync_message_get_response_contents_length(ptr, checked_index(index)))


def sync_message_set_response_contents_bin(message: SynchronousMessage, index: int, contents: bytes | None, content_type: str | None) -> None:
    """Set the body from bytes (None: the JSON null body).

    Wraps ``pactffi_sync_message_set_response_contents_bin``.

    Raises:
        TypeError: If an argument has the wrong type.
    """
    data, length = bytes_arg(contents, "contents")
    lib.pactffi_sync_message_set_response_contents_bin(_checked(message, SynchronousMessage, "message"), checked_index(index), data, length, encode_optional(content_type, "content_type"))


def sync_message_get_request_contents(message: SynchronousMessage) -> MessageContents | None:
    """The request contents, borrowed (keeps the message alive).

    Wraps ``pactffi_sync_message_get_request_contents``.

    Raises:
        TypeError: If an argument has the wrong type.
    """
    ptr = lib.pactffi_sync_message_get_request_contents(_checked(message, SynchronousMessage, "message"))
    return None if ptr == NULL else MessageContents(ptr, owned=True, parent=message)


def sync_message_generate_request_contents(message: SynchronousMessage) -> MessageContents | None:
    """A copy of the request contents, generators applied.

    Wraps ``pactffi_sync_message_generate_request_contents``.

    Raises:
        TypeError: If an argument has the wrong type.
    """
    ptr = lib.pactffi_sync_message_generate_request_contents(_checked(message, SynchronousMessage, "message"))
    return None if ptr == NULL else MessageContents(ptr, owned=False)


def sync_message_get_response_contents(message: SynchronousMessage, index: int) -> MessageContents | None:
    """The contents of response index, borrowed (keeps the message alive); None when out of range.

    Wraps ``pactffi_sync_message_get_response_contents``.

    Raises:
        TypeError: If an argument has the wrong type.
    """
    ptr = lib.pactffi_sync_message_get_response_contents(_checked(message, SynchronousMessage, "message"), checked_index(index))
    return None if ptr == NULL else MessageContents(ptr, owned=True, parent=message)


def sync_message_generate_response_contents(message: SynchronousMessage, index: int) -> MessageContents | None:
    """A copy of response index, generators applied; None when out of range.

    Wraps ``pactffi_sync_message_generate_response_contents``.

    Raises:
        TypeError: If an argument has the wrong type.
    """
    ptr = lib.pactffi_sync_message_generate_response_contents(_checked(message, SynchronousMessage, "message"), checked_index(index))
    return None if ptr == NULL else MessageContents(ptr, owned=False)


def sync_message_get_number_responses(message: SynchronousMessage) -> int:
    """How many responses the message has.

    Wraps ``pactffi_sync_message_get_number_responses``.

    Raises:
        TypeError: If an argument has the wrong type.
    """
    return int(lib.pactffi_sync_message_get_number_responses(_checked(message, SynchronousMessage, "message")))
