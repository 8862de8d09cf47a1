"""Messages and message contents: the V4 asynchronous and synchronous message
models, the V3 ``Message`` model, message contents and their metadata.

Wraps the section "Model: messages and message contents" of pact.h. Borrowed
objects (contents of a message, provider states, iterator items) keep the
object that owns their memory alive.
"""

from __future__ import annotations

from collections.abc import Generator as GeneratorType
from typing import Any

from pact_ffi._enums import GeneratorCategory, MatchingRuleCategory, PactSpecification
from pact_ffi._errors import error_detail, get_error_message
from pact_ffi._interactions import PactInteraction, _interaction_copy
from pact_ffi._native import NULL, bytes_arg, checked_index, encode, encode_optional, ffi, lib
from pact_ffi._native_objects import _UINT_MAX, _category, _Iterator, _live, _Native
from pact_ffi._owned import OwnedString
from pact_ffi._provider_states import ProviderState, ProviderStateIterator, _provider_state_at
from pact_ffi._rules_and_generators import (
    GeneratorCategoryIterator,
    GeneratorKeyValuePair,
    MatchingRuleCategoryIterator,
    MatchingRuleKeyValuePair,
)

__all__ = [
    "AsynchronousMessage",
    "Message",
    "MessageContents",
    "MessageMetadataIterator",
    "MessageMetadataPair",
    "SynchronousMessage",
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
    "message_contents_delete",
    "message_contents_get_contents_bin",
    "message_contents_get_contents_length",
    "message_contents_get_contents_str",
    "message_contents_get_generators_iter",
    "message_contents_get_matching_rule_iter",
    "message_contents_get_metadata_iter",
    "message_contents_set_contents_bin",
    "message_contents_set_contents_str",
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
    "message_metadata_iter_delete",
    "message_metadata_iter_next",
    "message_metadata_pair_delete",
    "message_new",
    "message_new_from_body",
    "message_new_from_json",
    "message_set_contents",
    "message_set_contents_bin",
    "message_set_description",
    "pact_interaction_as_message",
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


def _owned_text(ptr: Any) -> str | None:  # noqa: ANN401
    """An owned C string as Python text (freed at once), or None for NULL."""
    if ptr == NULL:
        return None
    return str(OwnedString(ptr))


def _borrowed_bytes(ptr: Any, length: int) -> bytes | None:  # noqa: ANN401
    """A copy of ``length`` borrowed bytes, or None for NULL."""
    if ptr == NULL:
        return None
    return bytes(ffi.buffer(ptr, length))


def _checked(obj: Any, cls: type, name: str) -> Any:  # noqa: ANN401
    """The live pointer of ``obj`` after checking its type."""
    if not isinstance(obj, cls):
        msg = f"{name} must be a {cls.__name__}, not {type(obj).__name__}"
        raise TypeError(msg)
    return _live(obj)




class _MessageBase(_Native):
    """A message object; ``owned=True`` means something else owns it (pact-python)."""

    def __init__(self, ptr: Any, *, owned: bool = False, parent: object = None) -> None:  # noqa: ANN401
        """Initialise the message.

        Args:
            ptr: CFFI data structure.
            owned: Whether the message is owned by something else (then it is
                not freed when this object is closed).
            parent: The object that owns it, kept alive by this one.

        Raises:
            TypeError: If ``ptr`` is not of this class's C struct type.
        """
        super().__init__(ptr, free=not owned, parent=parent)


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


class MessageContents(_Native):
    """The contents of a message: body, metadata, matching rules, generators."""

    _cname = "MessageContents"
    _free_name = "pactffi_message_contents_delete"

    def __init__(self, ptr: Any, *, owned: bool = True, parent: object = None) -> None:  # noqa: ANN401
        """Initialise a Message Contents.

        Args:
            ptr: CFFI data structure.
            owned: Whether the contents are owned by something else (a
                message); then they are not freed by this object.
            parent: The message that owns them, kept alive by this object.

        Raises:
            TypeError: If ``ptr`` is not a ``struct MessageContents``.
        """
        super().__init__(ptr, free=not owned, parent=parent)

    @property
    def contents(self) -> str | bytes | None:
        """The body: text, else bytes, else None."""
        return message_contents_get_contents_str(self) or message_contents_get_contents_bin(self)

    @property
    def metadata(self) -> GeneratorType[MessageMetadataPair, None, None]:
        """The metadata pairs."""
        yield from message_contents_get_metadata_iter(self)

    def matching_rules(
        self,
        category: MatchingRuleCategory | str,
    ) -> GeneratorType[MatchingRuleKeyValuePair, None, None]:
        """The matching rules of one category."""
        yield from message_contents_get_matching_rule_iter(self, category)

    def generators(
        self,
        category: GeneratorCategory | str,
    ) -> GeneratorType[GeneratorKeyValuePair, None, None]:
        """The generators of one category."""
        yield from message_contents_get_generators_iter(self, category)


class MessageMetadataIterator(_Iterator):
    """Iterator over (a copy of) a message's metadata."""

    _cname = "MessageMetadataIterator"
    _free_name = "pactffi_message_metadata_iter_delete"

    def __init__(self, ptr: Any) -> None:  # noqa: ANN401
        """Initialise a new Message Metadata Iterator.

        Raises:
            TypeError: If ``ptr`` is not a ``struct MessageMetadataIterator``.
        """
        super().__init__(ptr, free=True)

    def __next__(self) -> MessageMetadataPair:
        """Get the next metadata pair from the iterator."""
        return message_metadata_iter_next(self)


class MessageMetadataPair(_Native):
    """A metadata key-value pair; owns both strings."""

    _cname = "MessageMetadataPair"
    _free_name = "pactffi_message_metadata_pair_delete"

    def __init__(self, ptr: Any) -> None:  # noqa: ANN401
        """Initialise a new Message Metadata Pair.

        Raises:
            TypeError: If ``ptr`` is not a ``struct MessageMetadataPair``.
        """
        super().__init__(ptr, free=True)

    @property
    def key(self) -> str:
        """Metadata key."""
        return ffi.string(_live(self).key).decode("utf-8")

    @property
    def value(self) -> str:
        """Metadata value (strings as they are, other JSON as JSON text)."""
        return ffi.string(_live(self).value).decode("utf-8")


# ---- V3 Message ------------------------------------------------------------------

#: The largest ``unsigned int`` index the C functions accept.


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


def message_contents_get_contents_str(contents: MessageContents) -> str | None:
    """The body as text; None when missing.

    Wraps ``pactffi_message_contents_get_contents_str``.

    Raises:
        TypeError: If an argument has the wrong type.
    """
    return _owned_text(lib.pactffi_message_contents_get_contents_str(_checked(contents, MessageContents, "contents")))


def message_contents_set_contents_str(contents: MessageContents, contents_str: str | None, content_type: str | None) -> None:
    """Set the body from text (None: the JSON null body).

    Wraps ``pactffi_message_contents_set_contents_str``.

    Raises:
        TypeError/RuntimeError: On a wrong argument or a library error.
    """
    lib.pactffi_message_contents_set_contents_str(_checked(contents, MessageContents, "contents"), encode_optional(contents_str, "contents_str"), encode_optional(content_type, "content_type"))


def message_contents_get_contents_length(contents: MessageContents) -> int:
    """The byte length of the body (0 when none).

    Wraps ``pactffi_message_contents_get_contents_length``.

    Raises:
        TypeError: If an argument has the wrong type.
    """
    return int(lib.pactffi_message_contents_get_contents_length(_checked(contents, MessageContents, "contents")))


def message_contents_get_contents_bin(contents: MessageContents) -> bytes | None:
    """A copy of the body bytes; None when there are none.

    Wraps ``pactffi_message_contents_get_contents_bin``.

    Raises:
        TypeError: If an argument has the wrong type.
    """
    ptr = _checked(contents, MessageContents, "contents")
    return _borrowed_bytes(lib.pactffi_message_contents_get_contents_bin(ptr), lib.pactffi_message_contents_get_contents_length(ptr))


def message_contents_set_contents_bin(contents: MessageContents, contents_bin: bytes | None, content_type: str | None) -> None:
    """Set the body from bytes (None: the JSON null body).

    Wraps ``pactffi_message_contents_set_contents_bin``.

    Raises:
        TypeError: If an argument has the wrong type.
    """
    data, length = bytes_arg(contents_bin, "contents")
    lib.pactffi_message_contents_set_contents_bin(_checked(contents, MessageContents, "contents"), data, length, encode_optional(content_type, "content_type"))


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


def message_contents_delete(contents: MessageContents) -> None:
    """Free message contents you own (same as contents.close()).

    Wraps ``pactffi_message_contents_delete``.

    Raises:
        TypeError: If an argument has the wrong type.
    """
    _checked(contents, MessageContents, "contents")
    contents.close()


def message_contents_get_matching_rule_iter(contents: MessageContents, category: MatchingRuleCategory | str) -> MatchingRuleCategoryIterator:
    """An iterator over a copy of one category.

    Wraps ``pactffi_message_contents_get_matching_rule_iter``.

    Raises:
        RuntimeError: If the library reports an error.
    """
    ptr = lib.pactffi_message_contents_get_matching_rule_iter(_checked(contents, MessageContents, "contents"), _category(category, MatchingRuleCategory, "category"))
    if ptr == NULL:
        raise RuntimeError(f"pactffi_message_contents_get_matching_rule_iter failed{error_detail()}")
    return MatchingRuleCategoryIterator(ptr)


def message_contents_get_generators_iter(contents: MessageContents, category: GeneratorCategory | str) -> GeneratorCategoryIterator:
    """An iterator over a copy of one category.

    Wraps ``pactffi_message_contents_get_generators_iter``.

    Raises:
        RuntimeError: If the library reports an error.
    """
    ptr = lib.pactffi_message_contents_get_generators_iter(_checked(contents, MessageContents, "contents"), _category(category, GeneratorCategory, "category"))
    if ptr == NULL:
        raise RuntimeError(f"pactffi_message_contents_get_generators_iter failed{error_detail()}")
    return GeneratorCategoryIterator(ptr)


def message_contents_get_metadata_iter(contents: MessageContents) -> MessageMetadataIterator:
    """An iterator over a copy of the metadata.

    Wraps ``pactffi_message_contents_get_metadata_iter``.

    Raises:
        RuntimeError: If the library reports an error.
    """
    ptr = lib.pactffi_message_contents_get_metadata_iter(_checked(contents, MessageContents, "contents"))
    if ptr == NULL:
        raise RuntimeError(f"pactffi_message_contents_get_metadata_iter failed{error_detail()}")
    return MessageMetadataIterator(ptr)


def message_metadata_iter_next(iter: MessageMetadataIterator) -> MessageMetadataPair:
    """The next metadata pair.

    Wraps ``pactffi_message_metadata_iter_next``.

    Raises:
        StopIteration: At the end.
    """
    ptr = lib.pactffi_message_metadata_iter_next(_checked(iter, MessageMetadataIterator, "iter"))
    if ptr == NULL:
        raise StopIteration
    return MessageMetadataPair(ptr)


def message_metadata_iter_delete(iter: MessageMetadataIterator) -> None:
    """Free a metadata iterator (same as iter.close()).

    Wraps ``pactffi_message_metadata_iter_delete``.

    Raises:
        TypeError: If an argument has the wrong type.
    """
    _checked(iter, MessageMetadataIterator, "iter")
    iter.close()


def message_metadata_pair_delete(pair: MessageMetadataPair) -> None:
    """Free a metadata pair (same as pair.close()).

    Wraps ``pactffi_message_metadata_pair_delete``.

    Raises:
        TypeError: If an argument has the wrong type.
    """
    _checked(pair, MessageMetadataPair, "pair")
    pair.close()
