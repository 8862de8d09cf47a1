"""Python bindings for the Pact FFI, over pact-ffi-cpp's libpact_ffi.

This module provides a Python interface to the Pact FFI. It is a thin wrapper
around the C API: it converts Python types to C types and back, turns failure
values into exceptions, and frees native memory automatically. It offers the
same names, classes and behaviour as pact-python's ``pact_ffi`` module.
"""

from __future__ import annotations

from pact_ffi._dsl import (
    MessageHandle,
    MessagePactHandle,
    add_interaction_reference,
    free_message_pact_handle,
    interaction_contents,
    message_expects_to_receive,
    message_given,
    message_given_with_param,
    message_reify,
    message_with_contents,
    message_with_metadata,
    message_with_metadata_v2,
    new_async_message,
    new_message,
    new_message_interaction,
    new_message_pact,
    new_sync_message_interaction,
    with_binary_body,
    with_binary_file,
    with_generators,
    with_header,
    with_matching_rules,
    with_message_pact_metadata,
    with_metadata,
    with_multipart_file,
    with_multipart_file_v2,
    with_query_parameter,
    write_message_pact_file,
)
from pact_ffi._enums import InteractionPart, PactSpecification
from pact_ffi._errors import get_error_message
from pact_ffi._handles import InteractionHandle, PactHandle, PactServerHandle
from pact_ffi._library import free_string, string_delete, version
from pact_ffi._mock_server import (
    cleanup_mock_server,
    create_mock_server_for_transport,
    mock_server_logs,
    mock_server_matched,
    mock_server_mismatches,
    write_pact_file,
)
from pact_ffi._models import *  # noqa: F403 - the model API (its __all__)
from pact_ffi._models import __all__ as _models_all
from pact_ffi._messages import *  # noqa: F403 - the messages API (its __all__)
from pact_ffi._messages import __all__ as _messages_all
from pact_ffi._native import ffi, lib
from pact_ffi._owned import OwnedString, StringResult
from pact_ffi._pact import (
    add_text_comment,
    free_pact_handle,
    given,
    given_with_param,
    given_with_params,
    handle_get_pact_spec_version,
    interaction_test_name,
    new_interaction,
    new_pact,
    pact_handle_write_file,
    response_status,
    response_status_v2,
    set_comment,
    set_header,
    set_key,
    set_pending,
    upon_receiving,
    with_body,
    with_header_v2,
    with_pact_metadata,
    with_query_parameter_v2,
    with_request,
    with_specification,
)

__version__ = "0.5.12"

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
    "InteractionHandle",
    "InteractionPart",
    "OwnedString",
    "PactHandle",
    "PactServerHandle",
    "PactSpecification",
    "StringResult",
    "add_text_comment",
    "cleanup_mock_server",
    "create_mock_server_for_transport",
    "ffi",
    "free_pact_handle",
    "free_string",
    "get_error_message",
    "given",
    "given_with_param",
    "given_with_params",
    "handle_get_pact_spec_version",
    "interaction_test_name",
    "lib",
    "mock_server_logs",
    "mock_server_matched",
    "mock_server_mismatches",
    "new_interaction",
    "new_pact",
    "pact_handle_write_file",
    "response_status",
    "response_status_v2",
    "set_comment",
    "set_header",
    "set_key",
    "set_pending",
    "string_delete",
    "upon_receiving",
    "version",
    "with_body",
    "with_header_v2",
    "with_pact_metadata",
    "with_query_parameter_v2",
    "with_request",
    "with_specification",
]
__all__ += _messages_all  # noqa: PLE0605 - the messages API names
__all__ += _models_all  # noqa: PLE0605 - the model API names
