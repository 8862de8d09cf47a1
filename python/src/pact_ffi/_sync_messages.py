"""Checks a consumer test of a synchronous message can run on its interaction."""

from __future__ import annotations

import json
from typing import Any

from pact_ffi._errors import error_detail
from pact_ffi._handles import InteractionHandle
from pact_ffi._native import NULL, checked_index, encode, encode_optional, handle_ref, lib
from pact_ffi._owned import OwnedString

__all__ = [
    "sync_message_generate_contents",
    "sync_message_match_response_contents",
]


def sync_message_generate_contents(interaction: InteractionHandle) -> dict[str, Any]:
    """Get the generated contents of a synchronous message interaction.

    [Rust `pactffi_sync_message_generate_contents`](https://docs.rs/pact_ffi/0.5.12/pact_ffi/?search=pactffi_sync_message_generate_contents)

    Any generators configured on the request and responses are applied, giving
    the values a consumer would actually see. The matching rules and
    generators are omitted from the result.

    Args:
        interaction: Handle to a synchronous message interaction.

    Returns:
        The interaction in the V4 Pact JSON format, with the request under
        ``request`` and the list of responses under ``response``.

    Raises:
        RuntimeError: If the handle does not refer to a synchronous message
            interaction.
    """
    ptr = lib.pactffi_sync_message_generate_contents(handle_ref(interaction, InteractionHandle, "interaction"))
    text = str(OwnedString(ptr)) if ptr != NULL else ""
    if not text:
        msg = f"{interaction} is not a synchronous message interaction{error_detail()}"
        raise RuntimeError(msg)
    contents: dict[str, Any] = json.loads(text)
    return contents


def sync_message_match_response_contents(
    interaction: InteractionHandle,
    index: int,
    content_type: str | None,
    contents: str,
) -> list[dict[str, Any]]:
    """Match contents against an expected response of a synchronous message.

    [Rust `pactffi_sync_message_match_response_contents`](https://docs.rs/pact_ffi/0.5.12/pact_ffi/?search=pactffi_sync_message_match_response_contents)

    The response's matching rules are applied, as the verifier applies them
    to a provider's response; unexpected keys in the actual contents are
    allowed.

    Args:
        interaction: Handle to a synchronous message interaction.
        index: Index of the expected response, starting at 0.
        content_type: Content type of ``contents``; ``None`` uses the expected
            response's.
        contents: The actual response contents.

    Returns:
        The mismatches as a list of JSON objects; empty when the contents
        matched.

    Raises:
        RuntimeError: If the handle does not refer to a synchronous message
            interaction, or ``index`` is out of range.
    """
    ptr = lib.pactffi_sync_message_match_response_contents(
        handle_ref(interaction, InteractionHandle, "interaction"),
        checked_index(index),
        encode_optional(content_type, "content_type"),
        encode(contents, "contents"),
    )
    if ptr == NULL:
        msg = (
            f"{interaction} is not a synchronous message interaction, "
            f"or it has no response at index {index}{error_detail()}"
        )
        raise RuntimeError(msg)
    responses: list[dict[str, Any]] = json.loads(str(OwnedString(ptr)))
    return responses
