"""Consumer DSL: messages, other bodies, rules and generators; message pacts."""

from __future__ import annotations

import contextlib
from pathlib import Path

from pact_ffi._enums import InteractionPart
from pact_ffi._errors import error_detail, get_error_message
from pact_ffi._handles import InteractionHandle, PactHandle
from pact_ffi._native import NULL, bytes_arg, checked_index, decode, encode, encode_optional, ffi, handle_ref, lib
from pact_ffi._owned import StringResult
from pact_ffi._pact import _interaction_ref, _pact_ref, _part_value

__all__ = [
    "MessageHandle",
    "MessagePactHandle",
    "add_interaction_reference",
    "free_message_pact_handle",
    "interaction_contents",
    "message_expects_to_receive",
    "message_given",
    "message_given_with_param",
    "message_reify",
    "message_with_contents",
    "message_with_metadata",
    "message_with_metadata_v2",
    "new_async_message",
    "new_message",
    "new_message_interaction",
    "new_message_pact",
    "new_sync_message_interaction",
    "with_binary_body",
    "with_binary_file",
    "with_generators",
    "with_header",
    "with_matching_rules",
    "with_message_pact_metadata",
    "with_metadata",
    "with_multipart_file",
    "with_multipart_file_v2",
    "with_query_parameter",
    "write_message_pact_file",
]

#: Codes of pactffi_interaction_contents (0 is success).
_CONTENTS = {
    1: "A general panic was caught: {e}",
    2: "The mock server has already been started.",
    3: "The interaction handle {i} is invalid.",
    4: "The content type {c} is not valid.",
    5: "The content is not valid JSON.",
    6: "The plugin returned an error: {e}",
}
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




def _new_message_kind(fn: object, pact: PactHandle, description: str, kind: str) -> InteractionHandle:
    ref: int = fn(_pact_ref(pact), encode(description, "description"))  # type: ignore[operator]
    if ref & 0xFFFF == 0:
        msg = f"The {kind} '{description}' could not be created for {pact}."
        raise RuntimeError(msg)
    return InteractionHandle(ref)


def new_message_interaction(pact: PactHandle, description: str) -> InteractionHandle:
    """Creates a new asynchronous message interaction and returns a handle to it.

    [Rust `pactffi_new_message_interaction`](https://docs.rs/pact_ffi/0.5.12/pact_ffi/?search=pactffi_new_message_interaction)

    Calling this function with the same description as an existing
    interaction replaces that interaction.

    Args:
        pact: Handle to the Pact model.
        description: The interaction description.

    Returns:
        Handle to the new Interaction.

    Raises:
        TypeError: If an argument has the wrong type.
        RuntimeError: If the pact handle is unknown.
    """
    return _new_message_kind(lib.pactffi_new_message_interaction, pact, description, "message interaction")


def new_sync_message_interaction(pact: PactHandle, description: str) -> InteractionHandle:
    """Creates a new synchronous message interaction and returns a handle to it.

    [Rust `pactffi_new_sync_message_interaction`](https://docs.rs/pact_ffi/0.5.12/pact_ffi/?search=pactffi_new_sync_message_interaction)

    Args:
        pact: Handle to the Pact model.
        description: The interaction description.

    Returns:
        Handle to the new Interaction.

    Raises:
        TypeError: If an argument has the wrong type.
        RuntimeError: If the pact handle is unknown.
    """
    return _new_message_kind(lib.pactffi_new_sync_message_interaction, pact, description, "sync message interaction")


def with_metadata(interaction: InteractionHandle, key: str, value: str | None, part: InteractionPart) -> None:
    """Adds metadata to a message interaction.

    [Rust `pactffi_with_metadata`](https://docs.rs/pact_ffi/0.5.12/pact_ffi/?search=pactffi_with_metadata)

    Args:
        interaction: Handle to the Interaction.
        key: Metadata key.
        value: Metadata value; may be JSON with matchers. ``None`` removes the key.
        part: The part of the interaction (ignored for async messages).

    Raises:
        TypeError: If an argument has the wrong type.
        RuntimeError: If the metadata could not be set (HTTP interaction,
            unknown handle, mock server started).
    """
    ok = lib.pactffi_with_metadata(
        _interaction_ref(interaction), encode(key, "key"), encode_optional(value, "value"), _part_value(part)
    )
    if not ok:
        msg = f"Failed to set metadata for {interaction} with {key}={value}{error_detail()}"
        raise RuntimeError(msg)


def interaction_contents(interaction: InteractionHandle, part: InteractionPart, content_type: str, contents: str) -> None:
    """Setup the interaction part from a content type and JSON contents.

    [Rust `pactffi_interaction_contents`](https://docs.rs/pact_ffi/0.5.12/pact_ffi/?search=pactffi_interaction_contents)

    No plugins can be loaded by this library, so only core content types work.

    Args:
        interaction: Handle to the interaction to configure.
        part: The part of the interaction to configure.
        content_type: The content type of the part.
        contents: JSON contents.

    Raises:
        TypeError: If an argument has the wrong type.
        RuntimeError: If the contents could not be set (codes 1-6 of the C function).
    """
    ret: int = lib.pactffi_interaction_contents(
        _interaction_ref(interaction), _part_value(part), encode(content_type, "content_type"), encode(contents, "contents")
    )
    if ret == 0:
        return
    template = _CONTENTS.get(ret, "There was an unknown error configuring the interaction: {r}")
    error = get_error_message() if ret in (1, 6) else ""
    raise RuntimeError(template.format(e=error, i=interaction, c=content_type, r=ret))


def with_binary_body(interaction: InteractionHandle, part: InteractionPart, content_type: str | None, body: bytes | None) -> None:
    """Adds a binary body to the interaction.

    [Rust `pactffi_with_binary_body`](https://docs.rs/pact_ffi/0.5.12/pact_ffi/?search=pactffi_with_binary_body)

    For synchronous messages the request contents are overwritten, while a
    new response is appended for the response part.

    Args:
        interaction: Handle to the Interaction.
        part: The part of the interaction.
        content_type: The content type (``None``: application/octet-stream).
        body: The bytes, or ``None`` for a null body.

    Raises:
        TypeError: If an argument has the wrong type.
        RuntimeError: If the body could not be set.
    """
    ptr, size = bytes_arg(body, "body")
    ok = lib.pactffi_with_binary_body(
        _interaction_ref(interaction), _part_value(part), encode_optional(content_type, "content_type"), ptr, size
    )
    if not ok:
        msg = f"Unable to set body for {interaction}.{error_detail()}"
        raise RuntimeError(msg)


def with_binary_file(interaction: InteractionHandle, part: InteractionPart, content_type: str | None, body: bytes | None) -> None:
    """Adds a binary file as the body with a content type matcher (deprecated).

    [Rust `pactffi_with_binary_file`](https://docs.rs/pact_ffi/0.5.12/pact_ffi/?search=pactffi_with_binary_file)

    Args:
        interaction: Handle to the Interaction.
        part: The part of the interaction.
        content_type: The expected content type (required by the library).
        body: The bytes, or ``None`` for a null body.

    Raises:
        TypeError: If an argument has the wrong type.
        RuntimeError: If the body could not be set (e.g. ``content_type`` is None).
    """
    ptr, size = bytes_arg(body, "body")
    ok = lib.pactffi_with_binary_file(
        _interaction_ref(interaction), _part_value(part), encode_optional(content_type, "content_type"), ptr, size
    )
    if not ok:
        msg = f"Unable to set body for {interaction}.{error_detail()}"
        raise RuntimeError(msg)


def with_multipart_file_v2(  # noqa: PLR0913
    interaction: InteractionHandle,
    part: InteractionPart,
    content_type: str | None,
    file: Path | str | None,
    part_name: str,
    boundary: str | None,
) -> None:
    """Adds a file as a part of a multipart/form-data body.

    [Rust `pactffi_with_multipart_file_v2`](https://docs.rs/pact_ffi/0.5.12/pact_ffi/?search=pactffi_with_multipart_file_v2)

    Args:
        interaction: Handle to the Interaction.
        part: The part of the interaction.
        content_type: The expected content type of the file (for the rule).
        file: Path to the file, or ``None`` for a body without parts.
        part_name: Name of the multipart part.
        boundary: The boundary, or ``None`` for a random one.

    Raises:
        TypeError: If an argument has the wrong type.
        RuntimeError: If the file could not be added.
    """
    result = StringResult(
        lib.pactffi_with_multipart_file_v2(
            _interaction_ref(interaction),
            _part_value(part),
            encode_optional(content_type, "content_type"),
            encode_optional(None if file is None else str(file), "file"),
            encode(part_name, "part_name"),
            encode_optional(boundary, "boundary"),
        )
    )
    try:
        result.raise_exception()
    finally:
        result.close()


def with_multipart_file(interaction: InteractionHandle, part: InteractionPart, content_type: str, file: Path | str, part_name: str) -> StringResult:
    """Adds a file as a part of a multipart/form-data body (random boundary).

    [Rust `pactffi_with_multipart_file`](https://docs.rs/pact_ffi/0.5.12/pact_ffi/?search=pactffi_with_multipart_file)

    Args:
        interaction: Handle to the Interaction.
        part: The part of the interaction.
        content_type: The expected content type of the file.
        file: Path to the file.
        part_name: Name of the multipart part.

    Returns:
        The library's result; ``is_failed`` tells whether it failed and
        ``text`` holds the error message.

    Raises:
        TypeError: If an argument has the wrong type.
    """
    return StringResult(
        lib.pactffi_with_multipart_file(
            _interaction_ref(interaction),
            _part_value(part),
            encode(content_type, "content_type"),
            encode(str(file), "file"),
            encode(part_name, "part_name"),
        )
    )


def with_generators(interaction: InteractionHandle, part: InteractionPart, generators: str) -> None:
    """Add generators (pact-file JSON) to the interaction.

    [Rust `pactffi_with_generators`](https://docs.rs/pact_ffi/0.5.12/pact_ffi/?search=pactffi_with_generators)

    Args:
        interaction: Handle to the Interaction.
        part: Request or response part (if applicable).
        generators: JSON string of the generators.

    Raises:
        TypeError: If an argument has the wrong type.
        RuntimeError: If the generators could not be added.
    """
    ok = lib.pactffi_with_generators(_interaction_ref(interaction), _part_value(part), encode(generators, "generators"))
    if not ok:
        msg = f"Unable to set generators for {interaction}.{error_detail()}"
        raise RuntimeError(msg)


def with_matching_rules(interaction: InteractionHandle, part: InteractionPart, rules: str) -> None:
    """Add matching rules (pact-file JSON) to the interaction.

    [Rust `pactffi_with_matching_rules`](https://docs.rs/pact_ffi/0.5.12/pact_ffi/?search=pactffi_with_matching_rules)

    Args:
        interaction: Handle to the Interaction.
        part: Request or response part (if applicable).
        rules: JSON string of the matching rules.

    Raises:
        TypeError: If an argument has the wrong type.
        RuntimeError: If the rules could not be added.
    """
    ok = lib.pactffi_with_matching_rules(_interaction_ref(interaction), _part_value(part), encode(rules, "rules"))
    if not ok:
        msg = f"Unable to set matching rules for {interaction}.{error_detail()}"
        raise RuntimeError(msg)


def with_header(interaction: InteractionHandle, part: InteractionPart, name: str, index: int, value: str | None) -> None:
    """Sets one value of a header (deprecated: use ``with_header_v2``).

    [Rust `pactffi_with_header`](https://docs.rs/pact_ffi/0.5.12/pact_ffi/?search=pactffi_with_header)

    Args:
        interaction: Handle to the Interaction.
        part: Request or response part.
        name: Header name (looked up exactly).
        index: Index of the value.
        value: The value (a JSON object may hold matchers); ``None`` is "".

    Raises:
        TypeError: If an argument has the wrong type.
        ValueError: If ``index`` is negative.
        RuntimeError: If the header could not be set.
    """
    checked_index(index)
    ok = lib.pactffi_with_header(
        _interaction_ref(interaction), _part_value(part), encode(name, "name"), index, encode_optional(value, "value")
    )
    if not ok:
        msg = f"Unable to set header for {interaction}.{error_detail()}"
        raise RuntimeError(msg)


def with_query_parameter(interaction: InteractionHandle, name: str, index: int, value: str | None) -> None:
    """Sets one value of a query parameter (deprecated: use ``with_query_parameter_v2``).

    [Rust `pactffi_with_query_parameter`](https://docs.rs/pact_ffi/0.5.12/pact_ffi/?search=pactffi_with_query_parameter)

    Args:
        interaction: Handle to the Interaction.
        name: Parameter name.
        index: Index of the value.
        value: The value (a JSON object may hold matchers); ``None`` is "".

    Raises:
        TypeError: If an argument has the wrong type.
        ValueError: If ``index`` is negative.
        RuntimeError: If the parameter could not be set.
    """
    checked_index(index)
    ok = lib.pactffi_with_query_parameter(_interaction_ref(interaction), encode(name, "name"), index, encode_optional(value, "value"))
    if not ok:
        msg = f"Unable to set query parameter for {interaction}.{error_detail()}"
        raise RuntimeError(msg)


def add_interaction_reference(interaction: InteractionHandle, group: str, name: str, value: str) -> None:
    """Add an external reference to the interaction (comments.references).

    [Rust `pactffi_add_interaction_reference`](https://docs.rs/pact_ffi/0.5.12/pact_ffi/?search=pactffi_add_interaction_reference)

    Args:
        interaction: Handle to the Interaction.
        group: Reference group.
        name: Reference name.
        value: Reference value (JSON, or a plain string).

    Raises:
        TypeError: If an argument has the wrong type.
        RuntimeError: If the reference could not be added.
    """
    ok = lib.pactffi_add_interaction_reference(
        _interaction_ref(interaction), encode(group, "group"), encode(name, "name"), encode(value, "value")
    )
    if not ok:
        msg = f"Failed to add interaction reference for {interaction}.{error_detail()}"
        raise RuntimeError(msg)


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
