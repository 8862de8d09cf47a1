"""Consumer DSL: message interactions, other bodies, rules and generators.

New asynchronous and synchronous message interactions and their metadata,
contents from a content type, binary and multipart bodies, matching rules and
generators as pact-file JSON, the deprecated V1 header and query parameter
functions, and interaction references.
"""

from __future__ import annotations

from pathlib import Path

from pact_ffi._enums import InteractionPart
from pact_ffi._errors import error_detail, get_error_message
from pact_ffi._handles import InteractionHandle, PactHandle
from pact_ffi._native import bytes_arg, checked_index, encode, encode_optional, lib
from pact_ffi._owned import StringResult
from pact_ffi._pact import _interaction_ref, _pact_ref, _part_value

__all__ = [
    "add_interaction_reference",
    "interaction_contents",
    "new_message_interaction",
    "new_sync_message_interaction",
    "with_binary_body",
    "with_binary_file",
    "with_generators",
    "with_header",
    "with_matching_rules",
    "with_metadata",
    "with_multipart_file",
    "with_multipart_file_v2",
    "with_query_parameter",
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
