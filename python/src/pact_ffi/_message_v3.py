"""V3 messages: the ``Message`` model and the ``message_*`` functions.

Wraps the ``pactffi_message_*`` functions (and
``pactffi_pact_interaction_as_message``) of the section "Model: messages and
message contents" of pact.h. Provider states borrowed from a message keep it
alive.
"""

from __future__ import annotations

from collections.abc import Generator as GeneratorType
from typing import Any

from pact_ffi._enums import PactSpecification
from pact_ffi._errors import error_detail, get_error_message
from pact_ffi._interactions import PactInteraction, _interaction_copy
from pact_ffi._message_contents import (
    MessageMetadataIterator,
    MessageMetadataPair,
    _borrowed_bytes,
    _checked,
    _MessageBase,
    _owned_text,
)
from pact_ffi._native import NULL, bytes_arg, checked_index, encode, encode_optional, lib
from pact_ffi._native_objects import _UINT_MAX, _category
from pact_ffi._owned import OwnedString
from pact_ffi._provider_states import ProviderState, ProviderStateIterator, _provider_state_at

__all__ = [
    "Message",
    "message_delete",
    "message_find_metadata",
    "message_get_contents",
    "message_get_contents_bin",
    "message_get_contents_length",
    "message_get_description",
    "message_get_metadata_iter",
    "message_get_provider_state",
    "message_get_provider_state_iter",
    "message_insert_metadata",
    "message_new",
    "message_new_from_body",
    "message_new_from_json",
    "message_set_contents",
    "message_set_contents_bin",
    "message_set_description",
    "pact_interaction_as_message",
]


class Message(_MessageBase):
    """A V3 message (the older message API's model)."""

    _cname = "Message"
    _free_name = "pactffi_message_delete"

    @property
    def description(self) -> str:
        """Description of this message."""
        return message_get_description(self)

    def provider_states(self) -> GeneratorType[ProviderState, None, None]:
        """Provider states of the message (a copy)."""
        yield from message_get_provider_state_iter(self)

    @property
    def contents(self) -> str | None:
        """The message body as text (None when missing)."""
        return message_get_contents(self)

    @property
    def metadata(self) -> GeneratorType[MessageMetadataPair, None, None]:
        """The message metadata pairs (a copy, keys in ascending order)."""
        yield from message_get_metadata_iter(self)


def _message_ptr(message: Message) -> Any:  # noqa: ANN401
    """The live pointer of a V3 message argument."""
    return _checked(message, Message, "message")


def _owned_message(ptr: Any, function: str) -> Message:  # noqa: ANN401
    """A new owned ``Message`` from ``function``'s result (RuntimeError for NULL)."""
    if ptr == NULL:
        msg = f"{function} failed{error_detail()}"
        raise RuntimeError(msg)
    return Message(ptr)


def _no_nul(value: bytes, name: str) -> bytes:
    """``value`` unless it holds a NUL byte, which would cut a C string short."""
    if b"\x00" in value:
        msg = f"{name} must not contain a NUL character"
        raise ValueError(msg)
    return value


def pact_interaction_as_message(interaction: PactInteraction) -> Message:
    """Cast a generic interaction to (a copy as) a V3 ``Message``.

    Wraps ``pactffi_pact_interaction_as_message``. Asynchronous messages (V3
    messages and V4 asynchronous messages) convert; other kinds do not.

    Args:
        interaction: The interaction to cast.

    Returns:
        The message, a copy owned by the returned object.

    Raises:
        TypeError: If ``interaction`` is not a ``PactInteraction``, or the
            interaction is not an asynchronous message.
        ValueError: If the interaction (or the iterator it came from) was closed.
    """
    _checked(interaction, PactInteraction, "interaction")
    return Message(_interaction_copy("pactffi_pact_interaction_as_message", interaction, "Message"))


def message_new() -> Message:
    """Create a new, empty V3 message.

    Wraps ``pactffi_message_new``.

    Returns:
        The message, freed by ``close()`` / ``message_delete``.

    Raises:
        RuntimeError: If the library could not create it.
    """
    return _owned_message(lib.pactffi_message_new(), "pactffi_message_new")


def message_new_from_json(
    index: int,
    json_str: str,
    spec_version: PactSpecification | str,
) -> Message:
    """Read a V3 message from its pact-file JSON.

    Wraps ``pactffi_message_new_from_json``.

    Args:
        index: The position of the message in its pact; a message without a
            description is named ``"Message <index>"``.
        json_str: The message as JSON text.
        spec_version: The specification version (a ``PactSpecification`` or
            its name); messages need V3 or V4.

    Returns:
        The message, freed by ``close()`` / ``message_delete``.

    Raises:
        TypeError: If an argument has the wrong type.
        ValueError: If ``index`` is negative or above the C ``unsigned int``
            range, or ``spec_version`` names no version.
        RuntimeError: If the JSON cannot be parsed or read as a message, or
            the version is before V3 (the library's error message says why).
    """
    checked_index(index)
    if index > _UINT_MAX:
        msg = f"index must be at most {_UINT_MAX}, not {index}"
        raise ValueError(msg)
    ptr = lib.pactffi_message_new_from_json(
        index, encode(json_str, "json_str"), _category(spec_version, PactSpecification, "spec_version")
    )
    return _owned_message(ptr, "pactffi_message_new_from_json")


def message_new_from_body(body: str | bytes, content_type: str) -> Message:
    """Create a V3 message with a body and its content type.

    Wraps ``pactffi_message_new_from_body``. The content type is also stored
    as the metadata entry ``contentType``.

    Args:
        body: The body, text or bytes (bytes are taken as they are).
        content_type: The MIME type of the body.

    Returns:
        The message, freed by ``close()`` / ``message_delete``.

    Raises:
        TypeError: If an argument has the wrong type.
        ValueError: If ``body`` holds a NUL character (a C string ends there).
        RuntimeError: If ``content_type`` is not a MIME type.
    """
    if isinstance(body, (bytes, bytearray)):
        data = bytes(body)
    elif isinstance(body, str):
        data = body.encode("utf-8")
    else:
        msg = f"body must be a str or bytes, not {type(body).__name__}"
        raise TypeError(msg)
    ptr = lib.pactffi_message_new_from_body(_no_nul(data, "body"), encode(content_type, "content_type"))
    return _owned_message(ptr, "pactffi_message_new_from_body")


def message_delete(message: Message) -> None:
    """Free a V3 message (same as ``message.close()``); again does nothing.

    Wraps ``pactffi_message_delete``. A message borrowed from a message pact
    or an iterator belongs to it and is not freed.

    Args:
        message: The message.

    Raises:
        TypeError: If ``message`` is not a ``Message``.
    """
    if not isinstance(message, Message):
        msg = f"message must be a Message, not {type(message).__name__}"
        raise TypeError(msg)
    message.close()


def message_get_contents(message: Message) -> str | None:
    """The message body as text, generators applied.

    Wraps ``pactffi_message_get_contents``. An empty or null body, and a
    body that is not text, give ``""``.

    Args:
        message: The message.

    Returns:
        The body text, or ``None`` when the message has no body.

    Raises:
        TypeError: If ``message`` is not a ``Message``.
        ValueError: If the message (or its owner) was closed.
        RuntimeError: If the body cannot be given as a C string (a NUL byte).
    """
    ptr = _message_ptr(message)
    # NULL means "no body" (no error) or a failure (error set): start clean.
    get_error_message()
    text = _owned_text(lib.pactffi_message_get_contents(ptr))
    if text is None:
        error = get_error_message()
        if error:
            msg = f"pactffi_message_get_contents failed: {error}"
            raise RuntimeError(msg)
    return text


def message_set_contents(message: Message, contents: str | None, content_type: str | None) -> None:
    """Set the message body from text.

    Wraps ``pactffi_message_set_contents``.

    Args:
        message: The message.
        contents: The body text; ``None`` makes the body the JSON null body.
        content_type: The MIME type of the body, or ``None``.

    Raises:
        TypeError: If an argument has the wrong type.
        ValueError: If the message (or its owner) was closed.
    """
    lib.pactffi_message_set_contents(
        _message_ptr(message), encode_optional(contents, "contents"), encode_optional(content_type, "content_type")
    )


def message_get_contents_length(message: Message) -> int:
    """The byte length of the message body.

    Wraps ``pactffi_message_get_contents_length``.

    Args:
        message: The message.

    Returns:
        The length; 0 when there is no body.

    Raises:
        TypeError: If ``message`` is not a ``Message``.
        ValueError: If the message (or its owner) was closed.
    """
    return int(lib.pactffi_message_get_contents_length(_message_ptr(message)))


def message_get_contents_bin(message: Message) -> bytes | None:
    """A copy of the message body bytes.

    Wraps ``pactffi_message_get_contents_bin`` (and
    ``pactffi_message_get_contents_length`` for the length).

    Args:
        message: The message.

    Returns:
        The bytes, or ``None`` when the body is missing, empty or null.

    Raises:
        TypeError: If ``message`` is not a ``Message``.
        ValueError: If the message (or its owner) was closed.
    """
    ptr = _message_ptr(message)
    return _borrowed_bytes(lib.pactffi_message_get_contents_bin(ptr), lib.pactffi_message_get_contents_length(ptr))


def message_set_contents_bin(message: Message, contents: bytes | None, content_type: str | None) -> None:
    """Set the message body from bytes.

    Wraps ``pactffi_message_set_contents_bin``.

    Args:
        message: The message.
        contents: The body bytes; ``None`` makes the body the JSON null body.
        content_type: The MIME type of the body, or ``None``.

    Raises:
        TypeError: If an argument has the wrong type.
        ValueError: If the message (or its owner) was closed.
    """
    data, length = bytes_arg(contents, "contents")
    lib.pactffi_message_set_contents_bin(_message_ptr(message), data, length, encode_optional(content_type, "content_type"))


def message_get_description(message: Message) -> str:
    """The message description.

    Wraps ``pactffi_message_get_description``.

    Args:
        message: The message.

    Returns:
        The description.

    Raises:
        TypeError: If ``message`` is not a ``Message``.
        ValueError: If the message (or its owner) was closed.
        RuntimeError: If the library reports an error.
    """
    text = _owned_text(lib.pactffi_message_get_description(_message_ptr(message)))
    if text is None:
        msg = f"pactffi_message_get_description failed{error_detail()}"
        raise RuntimeError(msg)
    return text


def message_set_description(message: Message, description: str) -> None:
    """Set the message description.

    Wraps ``pactffi_message_set_description``.

    Args:
        message: The message.
        description: The new description.

    Raises:
        TypeError: If an argument has the wrong type.
        ValueError: If the message (or its owner) was closed.
        RuntimeError: If the library reports an error.
    """
    if lib.pactffi_message_set_description(_message_ptr(message), encode(description, "description")) != 0:
        msg = f"pactffi_message_set_description failed{error_detail()}"
        raise RuntimeError(msg)


def message_get_provider_state(message: Message, index: int) -> ProviderState:
    """The provider state at ``index``, borrowed from (and keeping alive) the message.

    Wraps ``pactffi_message_get_provider_state``.

    Args:
        message: The message.
        index: The position of the provider state.

    Returns:
        The provider state, valid while the message is open and unchanged.

    Raises:
        TypeError: If an argument has the wrong type.
        ValueError: If ``index`` is negative, or the message was closed.
        IndexError: If ``index`` is out of range.
    """
    return _provider_state_at("pactffi_message_get_provider_state", message, Message, index)


def message_get_provider_state_iter(message: Message) -> ProviderStateIterator:
    """An iterator over a copy of the message's provider states.

    Wraps ``pactffi_message_get_provider_state_iter``.

    Args:
        message: The message.

    Returns:
        The iterator, freed by ``close()``.

    Raises:
        TypeError: If ``message`` is not a ``Message``.
        ValueError: If the message (or its owner) was closed.
        RuntimeError: If the library reports an error.
    """
    ptr = lib.pactffi_message_get_provider_state_iter(_message_ptr(message))
    if ptr == NULL:
        msg = f"pactffi_message_get_provider_state_iter failed{error_detail()}"
        raise RuntimeError(msg)
    return ProviderStateIterator(ptr)


def message_find_metadata(message: Message, key: str) -> str | None:
    """The metadata value of ``key``: strings as they are, other JSON as JSON text.

    Wraps ``pactffi_message_find_metadata``. Once the arguments are checked,
    the C function fails only for an absent key, which is a lookup result
    here (like ``dict.get``) rather than an error.

    Args:
        message: The message.
        key: The metadata key.

    Returns:
        The value, or ``None`` when the message has no such key.

    Raises:
        TypeError: If an argument has the wrong type.
        ValueError: If the message (or its owner) was closed.
    """
    ptr = lib.pactffi_message_find_metadata(_message_ptr(message), encode(key, "key"))
    if ptr == NULL:
        get_error_message()  # "invalid metadata key": consumed, it is not an error here
        return None
    return str(OwnedString(ptr))


def message_insert_metadata(message: Message, key: str, value: str) -> int:
    """Set the metadata ``key`` to the string ``value``.

    Wraps ``pactffi_message_insert_metadata``.

    Args:
        message: The message.
        key: The metadata key.
        value: The value.

    Returns:
        The C ``HashMapInsertStatus``: 0 when the key is new, -1 when an
        existing value was replaced.

    Raises:
        TypeError: If an argument has the wrong type.
        ValueError: If the message (or its owner) was closed.
        RuntimeError: If the library reports an error (-2).
    """
    status = int(lib.pactffi_message_insert_metadata(_message_ptr(message), encode(key, "key"), encode(value, "value")))
    if status not in (0, -1):
        msg = f"pactffi_message_insert_metadata failed with {status}{error_detail()}"
        raise RuntimeError(msg)
    return status


def message_get_metadata_iter(message: Message) -> MessageMetadataIterator:
    """An iterator over a copy of the message metadata, keys in ascending order.

    Wraps ``pactffi_message_get_metadata_iter``.

    Args:
        message: The message.

    Returns:
        The iterator, freed by ``close()``; its pairs own their strings.

    Raises:
        TypeError: If ``message`` is not a ``Message``.
        ValueError: If the message (or its owner) was closed.
        RuntimeError: If the library reports an error.
    """
    ptr = lib.pactffi_message_get_metadata_iter(_message_ptr(message))
    if ptr == NULL:
        msg = f"pactffi_message_get_metadata_iter failed{error_detail()}"
        raise RuntimeError(msg)
    return MessageMetadataIterator(ptr)
