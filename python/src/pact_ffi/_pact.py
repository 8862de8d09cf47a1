"""Consumer DSL: pacts and HTTP interactions."""

from __future__ import annotations

from pathlib import Path

from pact_ffi._enums import InteractionPart, PactSpecification
from pact_ffi._errors import error_detail
from pact_ffi._handles import InteractionHandle, PactHandle
from pact_ffi._native import checked_index, encode, encode_optional, handle_ref, lib

__all__ = [
    "add_text_comment",
    "free_pact_handle",
    "given",
    "given_with_param",
    "given_with_params",
    "handle_get_pact_spec_version",
    "interaction_test_name",
    "new_interaction",
    "new_pact",
    "pact_handle_write_file",
    "response_status",
    "response_status_v2",
    "set_comment",
    "set_header",
    "set_key",
    "set_pending",
    "upon_receiving",
    "with_body",
    "with_header_v2",
    "with_pact_metadata",
    "with_query_parameter_v2",
    "with_request",
    "with_specification",
]

#: Codes of pactffi_given_with_params.
_GIVEN_WITH_PARAMS = {1: "The interaction state could not be updated.", 3: "Invalid C string."}
#: Codes of pactffi_interaction_test_name.
_TEST_NAME = {2: "Invalid handle: {i}.", 3: "Mock server for {i} has already started.", 4: "Interaction {i} is not a V4 interaction."}
#: Codes of pactffi_pact_handle_write_file.
_WRITE_FILE = {1: "The function panicked while writing {p} to {d}", 2: "The pact file was not able to be written for {p}", 3: "The pact for {p} was not found."}


def _interaction_ref(interaction: InteractionHandle) -> int:
    return handle_ref(interaction, InteractionHandle, "interaction")


def _pact_ref(pact: PactHandle) -> int:
    return handle_ref(pact, PactHandle, "pact")


def _part_value(part: InteractionPart) -> int:
    if not isinstance(part, InteractionPart):
        msg = f"part must be an InteractionPart, not {type(part).__name__}"
        raise TypeError(msg)
    value: int = part.value
    return value


def new_pact(consumer_name: str, provider_name: str) -> PactHandle:
    """Creates a new Pact model and returns a handle to it.

    [Rust `pactffi_new_pact`](https://docs.rs/pact_ffi/0.5.12/pact_ffi/?search=pactffi_new_pact)

    Args:
        consumer_name: The name of the consumer for the pact.
        provider_name: The name of the provider for the pact.

    Returns:
        Handle to the new Pact model; it is freed when garbage collected.

    Raises:
        TypeError: If a name is not a ``str``.
    """
    return PactHandle(lib.pactffi_new_pact(encode(consumer_name, "consumer_name"), encode(provider_name, "provider_name")))


def free_pact_handle(pact: PactHandle) -> None:
    """Delete a Pact handle and free up any memory used by it.

    [Rust `pactffi_free_pact_handle`](https://docs.rs/pact_ffi/0.5.12/pact_ffi/?search=pactffi_free_pact_handle)

    Args:
        pact: Handle to a Pact model.

    Raises:
        RuntimeError: If the handle is not valid or does not refer to a valid
            Pact (for example, it was already freed).
    """
    ret: int = lib.pactffi_free_pact_handle(_pact_ref(pact))
    pact._freed = True  # noqa: SLF001
    if ret != 0:
        msg = f"{pact} is not valid or does not refer to a valid Pact."
        raise RuntimeError(msg)


def with_specification(pact: PactHandle, version: PactSpecification) -> None:
    """Sets the specification version for a given Pact model.

    [Rust `pactffi_with_specification`](https://docs.rs/pact_ffi/0.5.12/pact_ffi/?search=pactffi_with_specification)

    Args:
        pact: Handle to a Pact model.
        version: The spec version to use.

    Raises:
        RuntimeError: If the handle is unknown or a mock server was already
            started from the pact.
    """
    if not isinstance(version, PactSpecification):
        msg = f"version must be a PactSpecification, not {type(version).__name__}"
        raise TypeError(msg)
    if not lib.pactffi_with_specification(_pact_ref(pact), version.value):
        msg = f"Failed to set Pact specification for {pact}{error_detail()}"
        raise RuntimeError(msg)


def with_pact_metadata(pact: PactHandle, namespace: str, name: str, value: str) -> None:
    """Sets the additional metadata on the Pact file.

    [Rust `pactffi_with_pact_metadata`](https://docs.rs/pact_ffi/0.5.12/pact_ffi/?search=pactffi_with_pact_metadata)

    Common uses are to add the client library details such as the name and
    version. This function must be called before the mock server starts.

    Args:
        pact: Handle to a Pact model.
        namespace: The top level metadata key to set any key values on.
        name: The key to set.
        value: The value to set.

    Raises:
        RuntimeError: If the metadata could not be set (unknown handle,
            read-only namespace, or a mock server already started).
    """
    ok = lib.pactffi_with_pact_metadata(
        _pact_ref(pact), encode(namespace, "namespace"), encode(name, "name"), encode(value, "value")
    )
    if not ok:
        msg = f"Failed to set Pact metadata for {pact} with {namespace}.{name}={value}{error_detail()}"
        raise RuntimeError(msg)


def handle_get_pact_spec_version(handle: PactHandle) -> PactSpecification:
    """Fetches the Pact specification version for the given Pact model.

    [Rust `pactffi_handle_get_pact_spec_version`](https://docs.rs/pact_ffi/0.5.12/pact_ffi/?search=pactffi_handle_get_pact_spec_version)

    Args:
        handle: Handle to a Pact model.

    Returns:
        The spec version for the Pact model; ``UNKNOWN`` for an unknown handle.
    """
    return PactSpecification(lib.pactffi_handle_get_pact_spec_version(_pact_ref(handle)))


def pact_handle_write_file(pact: PactHandle, directory: Path | str | None, *, overwrite: bool) -> None:
    """External interface to write out the pact file.

    [Rust `pactffi_pact_handle_write_file`](https://docs.rs/pact_ffi/0.5.12/pact_ffi/?search=pactffi_pact_handle_write_file)

    The file is written atomically. Without ``overwrite`` an existing pact
    file is merged with the new interactions.

    Args:
        pact: Handle to a Pact model.
        directory: The directory to write the file to; ``None`` is the
            current directory.
        overwrite: If the file should be overwritten instead of merged.

    Raises:
        RuntimeError: If the file could not be written (the message says why).
    """
    target = encode_optional(None if directory is None else str(directory), "directory")
    ret: int = lib.pactffi_pact_handle_write_file(_pact_ref(pact), target, bool(overwrite))
    if ret != 0:
        template = _WRITE_FILE.get(ret, "Unknown error writing {p} to {d}")
        msg = template.format(p=pact, d=directory) + error_detail()
        raise RuntimeError(msg)


def new_interaction(pact: PactHandle, description: str) -> InteractionHandle:
    """Creates a new HTTP Interaction and returns a handle to it.

    [Rust `pactffi_new_interaction`](https://docs.rs/pact_ffi/0.5.12/pact_ffi/?search=pactffi_new_interaction)

    Calling this function with the same description as an existing
    interaction replaces that interaction.

    Args:
        pact: Handle to the Pact model.
        description: The interaction description. It needs to be unique for
            each interaction.

    Returns:
        Handle to the new Interaction.

    Raises:
        RuntimeError: If the pact handle is unknown.
    """
    ref: int = lib.pactffi_new_interaction(_pact_ref(pact), encode(description, "description"))
    if ref & 0xFFFF == 0:
        msg = f"The interaction '{description}' could not be created for {pact}."
        raise RuntimeError(msg)
    return InteractionHandle(ref)


def upon_receiving(interaction: InteractionHandle, description: str) -> None:
    """Sets the description for the Interaction.

    [Rust `pactffi_upon_receiving`](https://docs.rs/pact_ffi/0.5.12/pact_ffi/?search=pactffi_upon_receiving)

    Args:
        interaction: Handle to the Interaction.
        description: The interaction description. It needs to be unique for
            each interaction.

    Raises:
        RuntimeError: If the description could not be set.
    """
    if not lib.pactffi_upon_receiving(_interaction_ref(interaction), encode(description, "description")):
        msg = "The interaction description could not be set."
        raise RuntimeError(msg)


def given(interaction: InteractionHandle, description: str) -> None:
    """Adds a provider state to the Interaction.

    [Rust `pactffi_given`](https://docs.rs/pact_ffi/0.5.12/pact_ffi/?search=pactffi_given)

    Args:
        interaction: Handle to the Interaction.
        description: The provider state description. It needs to be unique.

    Raises:
        RuntimeError: If the provider state could not be specified.
    """
    if not lib.pactffi_given(_interaction_ref(interaction), encode(description, "description")):
        msg = "The provider state could not be specified."
        raise RuntimeError(msg)


def given_with_param(interaction: InteractionHandle, description: str, name: str, value: str) -> None:
    """Adds a parameter key and value to a provider state to the Interaction.

    [Rust `pactffi_given_with_param`](https://docs.rs/pact_ffi/0.5.12/pact_ffi/?search=pactffi_given_with_param)

    If the provider state does not exist, a new one will be created, otherwise
    the parameter will be merged into the existing one. The parameter value
    will be parsed as JSON (text that is not JSON is kept as a string).

    Args:
        interaction: Handle to the Interaction.
        description: The provider state description.
        name: Parameter name.
        value: Parameter value as JSON.

    Raises:
        RuntimeError: If the interaction state could not be updated.
    """
    ok = lib.pactffi_given_with_param(
        _interaction_ref(interaction), encode(description, "description"), encode(name, "name"), encode(value, "value")
    )
    if not ok:
        msg = "The interaction state could not be updated."
        raise RuntimeError(msg)


def given_with_params(interaction: InteractionHandle, description: str, params: str) -> None:
    """Adds a provider state to the Interaction with a set of parameters.

    [Rust `pactffi_given_with_params`](https://docs.rs/pact_ffi/0.5.12/pact_ffi/?search=pactffi_given_with_params)

    Args:
        interaction: Handle to the Interaction.
        description: The provider state description.
        params: Parameter values as a JSON fragment: an object gives the
            parameters, any other value is stored under the key ``value``.

    Raises:
        RuntimeError: If the interaction state could not be updated, or the
            parameters are not JSON.
    """
    ret: int = lib.pactffi_given_with_params(
        _interaction_ref(interaction), encode(description, "description"), encode(params, "params")
    )
    if ret == 0:
        return
    if ret == 2:  # noqa: PLR2004
        msg = f"Internal error{error_detail()}"
    else:
        msg = _GIVEN_WITH_PARAMS.get(ret, "Unknown error.")
    raise RuntimeError(msg)


def with_request(interaction: InteractionHandle, method: str, path: str) -> None:
    r"""Configures the request for the Interaction.

    [Rust `pactffi_with_request`](https://docs.rs/pact_ffi/0.5.12/pact_ffi/?search=pactffi_with_request)

    Args:
        interaction: Handle to the Interaction.
        method: The request HTTP method.
        path: The request path. This may be a simple string in which case it
            will be used as-is, or it may be a JSON matching rule which allows
            regex patterns, e.g.
            ``{"value": "/path/to/100", "pact:matcher:type": "regex", "regex": "/path/to/\\d+"}``.

    Raises:
        RuntimeError: If the request could not be specified.
    """
    ok = lib.pactffi_with_request(_interaction_ref(interaction), encode(method, "method"), encode(path, "path"))
    if not ok:
        msg = f"The request '{method} {path}' could not be specified for {interaction}{error_detail()}"
        raise RuntimeError(msg)


def with_header_v2(interaction: InteractionHandle, part: InteractionPart, name: str, index: int, value: str) -> None:
    """Configures a header for the Interaction.

    [Rust `pactffi_with_header_v2`](https://docs.rs/pact_ffi/0.5.12/pact_ffi/?search=pactffi_with_header_v2)

    To set up a header with several values, call this function once per
    value with increasing ``index``, or once with a JSON value such as
    ``{"value": ["2", "3"]}``. The value may contain a matcher.

    Args:
        interaction: Handle to the Interaction.
        part: The part of the interaction to add the header to.
        name: The header name. This is case insensitive.
        index: The index of the value (starts at 0).
        value: The header value, or integration JSON.

    Raises:
        RuntimeError: If there was an error setting the header.
    """
    checked_index(index)
    ok = lib.pactffi_with_header_v2(
        _interaction_ref(interaction), _part_value(part), encode(name, "name"), index, encode(value, "value")
    )
    if not ok:
        msg = f"The header {name!r} could not be specified for {interaction}{error_detail()}"
        raise RuntimeError(msg)


def set_header(interaction: InteractionHandle, part: InteractionPart, name: str, value: str) -> None:
    """Sets a header for the Interaction, replacing any existing values.

    [Rust `pactffi_set_header`](https://docs.rs/pact_ffi/0.5.12/pact_ffi/?search=pactffi_set_header)

    The value is used literally: no matching rules are read from it.

    Args:
        interaction: Handle to the Interaction.
        part: The part of the interaction to add the header to.
        name: The header name. This is case insensitive.
        value: The header value.

    Raises:
        RuntimeError: If there was an error setting the header.
    """
    ok = lib.pactffi_set_header(_interaction_ref(interaction), _part_value(part), encode(name, "name"), encode(value, "value"))
    if not ok:
        msg = f"The header {name!r} could not be set for {interaction}{error_detail()}"
        raise RuntimeError(msg)


def with_query_parameter_v2(interaction: InteractionHandle, name: str, index: int, value: str | None) -> None:
    """Configures a query parameter for the Interaction.

    [Rust `pactffi_with_query_parameter_v2`](https://docs.rs/pact_ffi/0.5.12/pact_ffi/?search=pactffi_with_query_parameter_v2)

    For several values, call once per value with increasing ``index`` or once
    with ``{"value": ["2", "3"]}``. ``""`` gives ``?name=`` and ``None`` gives
    a parameter without a value (``?name``).

    Args:
        interaction: Handle to the Interaction.
        name: The query parameter name.
        index: The index of the value (starts at 0).
        value: The query parameter value, integration JSON, or ``None``.

    Raises:
        RuntimeError: If there was an error setting the query parameter.
    """
    checked_index(index)
    ok = lib.pactffi_with_query_parameter_v2(
        _interaction_ref(interaction), encode(name, "name"), index, encode_optional(value, "value")
    )
    if not ok:
        msg = f"Failed to add query parameter {name} to request {interaction}{error_detail()}"
        raise RuntimeError(msg)


def with_body(interaction: InteractionHandle, part: InteractionPart, content_type: str | None, body: str | None) -> None:
    """Adds the body for the interaction.

    [Rust `pactffi_with_body`](https://docs.rs/pact_ffi/0.5.12/pact_ffi/?search=pactffi_with_body)

    For HTTP and async message interactions, this will overwrite the body.
    With a JSON content type the body may contain matchers (integration JSON).

    Args:
        interaction: Handle to the Interaction.
        part: The part of the interaction to add the body to.
        content_type: The content type of the body, or ``None`` to use the
            part's Content-Type header or detect it.
        body: The body contents, or ``None`` for an empty body.

    Raises:
        RuntimeError: If the body could not be specified.
    """
    ok = lib.pactffi_with_body(
        _interaction_ref(interaction),
        _part_value(part),
        encode_optional(content_type, "content_type"),
        encode_optional(body, "body"),
    )
    if not ok:
        msg = f"Unable to set body for {interaction}{error_detail()}"
        raise RuntimeError(msg)


def response_status(interaction: InteractionHandle, status: int) -> None:
    """Configures the response for the Interaction.

    [Rust `pactffi_response_status`](https://docs.rs/pact_ffi/0.5.12/pact_ffi/?search=pactffi_response_status)

    Args:
        interaction: Handle to the Interaction.
        status: The response status (0 to 65535).

    Raises:
        RuntimeError: If the response status could not be set.
        ValueError: If ``status`` does not fit in 16 bits.
    """
    if not isinstance(status, int) or not 0 <= status <= 0xFFFF:  # noqa: PLR2004
        msg = f"status must be an int from 0 to 65535, not {status!r}"
        raise ValueError(msg)
    if not lib.pactffi_response_status(_interaction_ref(interaction), status):
        msg = f"The response status {status} could not be set for {interaction}{error_detail()}"
        raise RuntimeError(msg)


def response_status_v2(interaction: InteractionHandle, status: str) -> None:
    """Configures the response status for the Interaction.

    [Rust `pactffi_response_status_v2`](https://docs.rs/pact_ffi/0.5.12/pact_ffi/?search=pactffi_response_status_v2)

    Args:
        interaction: Handle to the Interaction.
        status: The response status as text: a number, or integration JSON
            with a matcher (e.g. ``statusCode``).

    Raises:
        RuntimeError: If the response status could not be set.
    """
    if not lib.pactffi_response_status_v2(_interaction_ref(interaction), encode(status, "status")):
        msg = f"The response status {status} could not be set for {interaction}{error_detail()}"
        raise RuntimeError(msg)


def set_key(interaction: InteractionHandle, key: str | None) -> None:
    """Sets the key attribute for the interaction.

    [Rust `pactffi_set_key`](https://docs.rs/pact_ffi/0.5.12/pact_ffi/?search=pactffi_set_key)

    Args:
        interaction: Handle to the Interaction.
        key: Key value, or ``None`` to clear it.

    Raises:
        RuntimeError: If the key could not be set.
    """
    if not lib.pactffi_set_key(_interaction_ref(interaction), encode_optional(key, "key")):
        msg = f"Failed to set key for {interaction}{error_detail()}"
        raise RuntimeError(msg)


def set_pending(interaction: InteractionHandle, *, pending: bool) -> None:
    """Mark the interaction as pending.

    [Rust `pactffi_set_pending`](https://docs.rs/pact_ffi/0.5.12/pact_ffi/?search=pactffi_set_pending)

    Args:
        interaction: Handle to the Interaction.
        pending: Boolean value to toggle the pending state of the interaction.

    Raises:
        RuntimeError: If the pending status could not be updated.
    """
    if not lib.pactffi_set_pending(_interaction_ref(interaction), bool(pending)):
        msg = f"Failed to update pending status for {interaction}{error_detail()}"
        raise RuntimeError(msg)


def set_comment(interaction: InteractionHandle, key: str, value: str | None) -> None:
    """Add a comment to the interaction.

    [Rust `pactffi_set_comment`](https://docs.rs/pact_ffi/0.5.12/pact_ffi/?search=pactffi_set_comment)

    Args:
        interaction: Handle to the Interaction.
        key: Key value.
        value: Comment value as JSON (text that is not JSON is kept as a
            string), or ``None`` to remove the comment.

    Raises:
        RuntimeError: If the comment could not be set.
    """
    if not lib.pactffi_set_comment(_interaction_ref(interaction), encode(key, "key"), encode_optional(value, "value")):
        msg = f"Failed to set comment for {interaction}{error_detail()}"
        raise RuntimeError(msg)


def add_text_comment(interaction: InteractionHandle, comment: str) -> None:
    """Add a text comment to the interaction.

    [Rust `pactffi_add_text_comment`](https://docs.rs/pact_ffi/0.5.12/pact_ffi/?search=pactffi_add_text_comment)

    The comment is appended to the list under the ``text`` key.

    Args:
        interaction: Handle to the Interaction.
        comment: Comment value.

    Raises:
        RuntimeError: If the comment could not be added.
    """
    if not lib.pactffi_add_text_comment(_interaction_ref(interaction), encode(comment, "comment")):
        msg = f"Failed to add text comment for {interaction}{error_detail()}"
        raise RuntimeError(msg)


def interaction_test_name(interaction: InteractionHandle, test_name: str) -> None:
    """Sets the test name annotation for the interaction.

    [Rust `pactffi_interaction_test_name`](https://docs.rs/pact_ffi/0.5.12/pact_ffi/?search=pactffi_interaction_test_name)

    This allows capturing the name of the test as metadata. This can only be
    used with V4 interactions.

    Args:
        interaction: Handle to the Interaction.
        test_name: The test name.

    Raises:
        RuntimeError: If the test name could not be set.
    """
    ret: int = lib.pactffi_interaction_test_name(_interaction_ref(interaction), encode(test_name, "test_name"))
    if ret == 0:
        return
    if ret == 1:
        msg = f"Function panicked{error_detail()}"
    else:
        msg = _TEST_NAME.get(ret, "Unknown error setting test name for {i}.").format(i=interaction)
    raise RuntimeError(msg)

