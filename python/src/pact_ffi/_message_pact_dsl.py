"""Consumer DSL: the older message-pact API.

Message pacts (``MessagePactHandle``) and their messages (``MessageHandle``):
creating them, setting a message's description, provider states, contents and
metadata, reifying a message, setting the pact's metadata and writing the
pact file. ``new_async_message`` adds such a message to a V4 pact
(``PactHandle``).
"""

from __future__ import annotations

import contextlib
from pathlib import Path

from pact_ffi._errors import error_detail, get_error_message
from pact_ffi._handles import PactHandle
from pact_ffi._native import NULL, decode, encode, encode_optional, ffi, handle_ref, lib
from pact_ffi._pact import _pact_ref

__all__ = [
    "MessageHandle",
    "MessagePactHandle",
    "free_message_pact_handle",
    "message_expects_to_receive",
    "message_given",
    "message_given_with_param",
    "message_reify",
    "message_with_contents",
    "message_with_metadata",
    "message_with_metadata_v2",
    "new_async_message",
    "new_message",
    "new_message_pact",
    "with_message_pact_metadata",
    "write_message_pact_file",
]

#: Codes of pactffi_write_message_pact_file.
_WRITE_MESSAGE_PACT = {1: "The message pact file was not able to be written for {p}", 2: "The message pact for {p} was not found."}


class MessagePactHandle:
    """Handle to a message pact (the older message-pact API).

    The pact is freed when the handle is garbage collected, unless it was
    freed explicitly with ``free_message_pact_handle``.
    """

    def __init__(self, ref: int) -> None:
        """Initialise a new Message Pact Handle.

        Args:
            ref: Library reference to the message pact.
        """
        self._ref: int = ref
        self._freed = False

    def __del__(self) -> None:
        """Free the message pact when the handle is garbage collected."""
        if not getattr(self, "_freed", True):
            with contextlib.suppress(Exception):
                free_message_pact_handle(self)

    def __str__(self) -> str:
        """String representation of the Message Pact Handle."""
        return f"MessagePactHandle({self._ref})"

    def __repr__(self) -> str:
        """String representation of the Message Pact Handle."""
        return f"MessagePactHandle({self._ref!r})"


class MessageHandle:
    """Handle to a message of a message pact."""

    def __init__(self, ref: int) -> None:
        """Initialise a new Message Handle.

        Args:
            ref: Library reference to the message.
        """
        self._ref: int = ref

    def __str__(self) -> str:
        """String representation of the Message Handle."""
        return f"MessageHandle({self._ref})"

    def __repr__(self) -> str:
        """String representation of the Message Handle."""
        return f"MessageHandle({self._ref!r})"


def _message_pact_ref(pact: MessagePactHandle) -> int:
    return handle_ref(pact, MessagePactHandle, "pact")


def _message_ref(message: MessageHandle) -> int:
    return handle_ref(message, MessageHandle, "message")


def new_message_pact(consumer_name: str, provider_name: str) -> MessagePactHandle:
    """Creates a new message pact and returns a handle to it.

    [Rust `pactffi_new_message_pact`](https://docs.rs/pact_ffi/0.5.12/pact_ffi/?search=pactffi_new_message_pact)

    Args:
        consumer_name: The consumer name.
        provider_name: The provider name.

    Returns:
        Handle to the message pact; freed when garbage collected.

    Raises:
        TypeError: If a name is not a ``str``.
    """
    return MessagePactHandle(
        lib.pactffi_new_message_pact(encode(consumer_name, "consumer_name"), encode(provider_name, "provider_name"))
    )


def free_message_pact_handle(pact: MessagePactHandle) -> None:
    """Delete a message pact handle and free its memory.

    [Rust `pactffi_free_message_pact_handle`](https://docs.rs/pact_ffi/0.5.12/pact_ffi/?search=pactffi_free_message_pact_handle)

    Args:
        pact: Handle to the message pact.

    Raises:
        TypeError: If ``pact`` is not a MessagePactHandle.
        RuntimeError: If the handle is unknown or already freed.
    """
    ret: int = lib.pactffi_free_message_pact_handle(_message_pact_ref(pact))
    pact._freed = True  # noqa: SLF001
    if ret != 0:
        msg = f"The message pact {pact} is not valid (already freed?)."
        raise RuntimeError(msg)


def _check_message(ref: int, description: str, pact: object) -> MessageHandle:
    if ref & 0xFFFF == 0:
        msg = f"The message '{description}' could not be created for {pact}."
        raise RuntimeError(msg)
    return MessageHandle(ref)


def new_message(pact: MessagePactHandle, description: str) -> MessageHandle:
    """Adds a new message to a message pact.

    [Rust `pactffi_new_message`](https://docs.rs/pact_ffi/0.5.12/pact_ffi/?search=pactffi_new_message)

    Args:
        pact: Handle to the message pact.
        description: The message description.

    Returns:
        Handle to the message.

    Raises:
        TypeError: If an argument has the wrong type.
        RuntimeError: If the pact handle is unknown.
    """
    return _check_message(lib.pactffi_new_message(_message_pact_ref(pact), encode(description, "description")), description, pact)


def new_async_message(pact: PactHandle, description: str) -> MessageHandle:
    """Adds an asynchronous message to a pact (deprecated: use ``new_message_interaction``).

    [Rust `pactffi_new_async_message`](https://docs.rs/pact_ffi/0.5.12/pact_ffi/?search=pactffi_new_async_message)

    Args:
        pact: Handle to the Pact model.
        description: The message description.

    Returns:
        Handle to the message.

    Raises:
        TypeError: If an argument has the wrong type.
        RuntimeError: If the pact handle is unknown.
    """
    return _check_message(lib.pactffi_new_async_message(_pact_ref(pact), encode(description, "description")), description, pact)


def message_expects_to_receive(message: MessageHandle, description: str) -> None:
    """Sets the description of a message.

    [Rust `pactffi_message_expects_to_receive`](https://docs.rs/pact_ffi/0.5.12/pact_ffi/?search=pactffi_message_expects_to_receive)

    Args:
        message: Handle to the message.
        description: The new description.

    Raises:
        TypeError: If an argument has the wrong type.
    """
    lib.pactffi_message_expects_to_receive(_message_ref(message), encode(description, "description"))


def message_given(message: MessageHandle, description: str) -> None:
    """Adds a provider state to a message.

    [Rust `pactffi_message_given`](https://docs.rs/pact_ffi/0.5.12/pact_ffi/?search=pactffi_message_given)

    Args:
        message: Handle to the message.
        description: The provider state.

    Raises:
        TypeError: If an argument has the wrong type.
    """
    lib.pactffi_message_given(_message_ref(message), encode(description, "description"))


def message_given_with_param(message: MessageHandle, description: str, name: str, value: str) -> None:
    """Adds a provider state parameter to a message.

    [Rust `pactffi_message_given_with_param`](https://docs.rs/pact_ffi/0.5.12/pact_ffi/?search=pactffi_message_given_with_param)

    Args:
        message: Handle to the message.
        description: The provider state.
        name: Parameter name.
        value: Parameter value (JSON, or a plain string).

    Raises:
        TypeError: If an argument has the wrong type.
    """
    lib.pactffi_message_given_with_param(
        _message_ref(message), encode(description, "description"), encode(name, "name"), encode(value, "value")
    )


def message_with_contents(message: MessageHandle, content_type: str | None, body: bytes | str | None) -> None:
    """Sets the contents of a message.

    [Rust `pactffi_message_with_contents`](https://docs.rs/pact_ffi/0.5.12/pact_ffi/?search=pactffi_message_with_contents)

    For JSON, text and XML content types the library reads the body up to
    its first NUL byte; other content types use all bytes.

    Args:
        message: Handle to the message.
        content_type: The content type (``None``: text/plain).
        body: The contents (``str`` is encoded as UTF-8), or ``None``.

    Raises:
        TypeError: If an argument has the wrong type.
        RuntimeError: If the contents are a malformed XML description.
    """
    data = body.encode("utf-8") if isinstance(body, str) else body
    if data is not None and not isinstance(data, (bytes, bytearray, memoryview)):
        msg = f"body must be bytes, str or None, not {type(body).__name__}"
        raise TypeError(msg)
    ref = _message_ref(message)
    if data is None:
        lib.pactffi_message_with_contents(ref, encode_optional(content_type, "content_type"), NULL, 0)
    else:
        # A NUL-terminated copy, since text content types are read as C strings.
        buffer = ffi.new("uint8_t[]", bytes(data) + b"\0")
        get_error_message()
        lib.pactffi_message_with_contents(ref, encode_optional(content_type, "content_type"), buffer, len(data))
    error = get_error_message()
    if error:
        raise RuntimeError(f"Unable to set the contents of {message}: {error}")


def message_with_metadata(message: MessageHandle, key: str, value: str) -> None:
    """Adds a literal metadata entry to a message (deprecated).

    [Rust `pactffi_message_with_metadata`](https://docs.rs/pact_ffi/0.5.12/pact_ffi/?search=pactffi_message_with_metadata)

    Args:
        message: Handle to the message.
        key: Metadata key.
        value: Metadata value, stored as a string.

    Raises:
        TypeError: If an argument has the wrong type.
    """
    lib.pactffi_message_with_metadata(_message_ref(message), encode(key, "key"), encode(value, "value"))


def message_with_metadata_v2(message: MessageHandle, key: str, value: str) -> None:
    """Adds a metadata entry that may hold matchers to a message (deprecated).

    [Rust `pactffi_message_with_metadata_v2`](https://docs.rs/pact_ffi/0.5.12/pact_ffi/?search=pactffi_message_with_metadata_v2)

    Args:
        message: Handle to the message.
        key: Metadata key.
        value: Metadata value (integration JSON, or a plain string).

    Raises:
        TypeError: If an argument has the wrong type.
    """
    lib.pactffi_message_with_metadata_v2(_message_ref(message), encode(key, "key"), encode(value, "value"))


def message_reify(message: MessageHandle) -> str:
    """The message as JSON, with generated values.

    [Rust `pactffi_message_reify`](https://docs.rs/pact_ffi/0.5.12/pact_ffi/?search=pactffi_message_reify)

    For pacts of specification V3 or older the body and metadata generators
    are applied; a V4 message is returned as stored, as the reference does.

    Args:
        message: Handle to the message.

    Returns:
        JSON text; "" when the handle names no message with contents.

    Raises:
        TypeError: If ``message`` is not a MessageHandle.
        RuntimeError: If the message could not be serialised.
    """
    ptr = lib.pactffi_message_reify(_message_ref(message))
    if ptr == NULL:
        msg = f"Unable to reify {message}{error_detail()}"
        raise RuntimeError(msg)
    try:
        return decode(ptr)
    finally:
        lib.pactffi_string_delete(ffi.cast("char *", ptr))


def write_message_pact_file(pact: MessagePactHandle, directory: Path | str | None, *, overwrite: bool) -> None:
    """Writes the message pact to ``<directory>/<consumer>-<provider>.json``.

    [Rust `pactffi_write_message_pact_file`](https://docs.rs/pact_ffi/0.5.12/pact_ffi/?search=pactffi_write_message_pact_file)

    Args:
        pact: Handle to the message pact.
        directory: Target directory (``None``: current directory).
        overwrite: Overwrite instead of merging with an existing file.

    Raises:
        TypeError: If an argument has the wrong type.
        RuntimeError: If the file could not be written or the handle is unknown.
    """
    ret: int = lib.pactffi_write_message_pact_file(
        _message_pact_ref(pact), encode_optional(None if directory is None else str(directory), "directory"), bool(overwrite)
    )
    if ret != 0:
        template = _WRITE_MESSAGE_PACT.get(ret, "Unknown error writing {p}")
        msg = template.format(p=pact) + error_detail()
        raise RuntimeError(msg)


def with_message_pact_metadata(pact: MessagePactHandle, namespace: str, name: str, value: str) -> None:
    """Sets metadata namespace ``namespace`` of the message pact to ``{name: value}``.

    [Rust `pactffi_with_message_pact_metadata`](https://docs.rs/pact_ffi/0.5.12/pact_ffi/?search=pactffi_with_message_pact_metadata)

    Args:
        pact: Handle to the message pact.
        namespace: Metadata namespace (an empty one is ignored).
        name: Key.
        value: Value.

    Raises:
        TypeError: If an argument has the wrong type.
    """
    lib.pactffi_with_message_pact_metadata(
        _message_pact_ref(pact), encode(namespace, "namespace"), encode(name, "name"), encode(value, "value")
    )
