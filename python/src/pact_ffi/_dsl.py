"""Consumer DSL: messages, other bodies, rules and generators; message pacts.

This module only gathers the public names of the modules that implement them,
one concept each:

- ``pact_ffi._dsl_bodies``: message interactions and their metadata,
  interaction contents, binary and multipart bodies, matching rules and
  generators, the V1 header and query parameter functions, and interaction
  references;
- ``pact_ffi._message_pact_dsl``: the older message-pact API
  (``MessagePactHandle``, ``MessageHandle`` and their functions).
"""

from __future__ import annotations

from pact_ffi._dsl_bodies import (
    add_interaction_reference,
    interaction_contents,
    new_message_interaction,
    new_sync_message_interaction,
    with_binary_body,
    with_binary_file,
    with_generators,
    with_header,
    with_matching_rules,
    with_metadata,
    with_multipart_file,
    with_multipart_file_v2,
    with_query_parameter,
)
from pact_ffi._message_pact_dsl import (
    MessageHandle,
    MessagePactHandle,
    free_message_pact_handle,
    message_expects_to_receive,
    message_given,
    message_given_with_param,
    message_reify,
    message_with_contents,
    message_with_metadata,
    message_with_metadata_v2,
    new_async_message,
    new_message,
    new_message_pact,
    with_message_pact_metadata,
    write_message_pact_file,
)

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
