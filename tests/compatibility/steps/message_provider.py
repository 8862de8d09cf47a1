"""Message provider steps (V3/V4 message_provider features).

"A provider is started that can generate the X message" registers a message
with the test provider's relay (``POST /_pact/message``, see
provider_support). "A Pact file for X is to be verified" declares the
expected message with pact_ffi — a V3 message pact (pactffi_new_message_pact
and friends, written with pactffi_write_message_pact_file) or a V4
asynchronous message (pactffi_new_message_interaction, written with
pactffi_pact_handle_write_file) — and adds the file as a source.
"""

from __future__ import annotations

import base64
import json
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

from pytest_bdd import given, parsers

import pact_ffi
from pact_ffi import InteractionPart

from .common import Part, fixture_bytes, load_rules, setup_body
from .messages import metadata_text, metadata_value
from .provider_support import PROVIDER_NAME, Message, ProviderWorld, add_comments, comment_rows

#: A quoted step argument in which the suite escapes quotes as \".
_QUOTED = r'"(?P<{}>(?:[^"\\]|\\.)*)"'
_NAME = _QUOTED.format("name")
_BODY = _QUOTED.format("body")


def _unescape(text: str) -> str:
    return text.replace('\\"', '"')


def message_part(cell: str) -> Part:
    """The body a cell describes; ``*-body.xml`` contents may be base64 (encoding="base64")."""
    cell = _unescape(cell)
    part = Part()
    name = cell[len("file:"):].strip() if cell.startswith("file:") else ""
    if name.endswith("-body.xml"):
        root = ET.fromstring(fixture_bytes(name))
        contents = root.find("contents")
        if contents is not None and contents.get("encoding") == "base64":
            part.set_header("content-type", (root.findtext("contentType") or "application/octet-stream").strip())
            part.body = base64.b64decode("".join(contents.itertext()).strip())
            return part
    setup_body(cell, part)
    return part


def _is_text(data: bytes) -> bool:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def _set_body(handle: pact_ffi.InteractionHandle, part: Part | None) -> None:
    if part is None or part.body is None:
        return
    if _is_text(part.body):
        pact_ffi.with_body(handle, InteractionPart.REQUEST, part.content_type, part.body.decode())
    else:
        pact_ffi.with_binary_body(handle, InteractionPart.REQUEST, part.content_type, part.body)


def _metadata_rows(datatable: list[list[str]]) -> dict[str, Any]:
    rows = [dict(zip(datatable[0], row)) for row in datatable[1:]]
    return {row["key"]: metadata_value(row["value"]) for row in rows}


def write_message_pact(  # noqa: PLR0913
    world: ProviderWorld,
    description: str,
    part: Part | None,
    *,
    metadata: dict[str, Any] | None = None,
    matching_rules: dict[str, Any] | None = None,
    state: str | None = None,
    pending: bool = False,
    comments: list[tuple[str, str]] | None = None,
) -> Path:
    """Declare one message with pact_ffi and write its pact file (V3 message pact or V4)."""
    directory = world.new_pact_dir()
    if world.spec == pact_ffi.PactSpecification.V4:
        pact = pact_ffi.new_pact("c", PROVIDER_NAME)
        try:
            pact_ffi.with_specification(pact, world.spec)
            handle = pact_ffi.new_message_interaction(pact, description)
            if state is not None:
                pact_ffi.given(handle, state)
            _set_body(handle, part)
            for key, value in (metadata or {}).items():
                pact_ffi.with_metadata(handle, key, metadata_text(value), InteractionPart.REQUEST)
            if matching_rules is not None:
                pact_ffi.with_matching_rules(handle, InteractionPart.REQUEST, json.dumps(matching_rules))
            if pending:
                pact_ffi.set_pending(handle, pending=True)
            add_comments(handle, comments or [])
            pact_ffi.pact_handle_write_file(pact, directory, overwrite=True)
        finally:
            pact_ffi.free_pact_handle(pact)
    else:
        assert not pending and not comments, "pending and comments need a V4 pact"
        message_pact = pact_ffi.new_message_pact("c", PROVIDER_NAME)
        try:
            message = pact_ffi.new_message(message_pact, description)
            if state is not None:
                pact_ffi.message_given(message, state)
            # A message handle is an interaction handle of the same registry.
            view = pact_ffi.InteractionHandle(message._ref)  # noqa: SLF001
            # pactffi_with_body, not pactffi_message_with_contents: like the
            # reference, the latter reads an XML body as the JSON form of the
            # XML builder, so raw XML would be stored as an empty body.
            _set_body(view, part)
            for key, value in (metadata or {}).items():
                pact_ffi.message_with_metadata_v2(message, key, metadata_text(value))
            if matching_rules is not None:
                pact_ffi.with_matching_rules(view, InteractionPart.REQUEST, json.dumps(matching_rules))
            pact_ffi.write_message_pact_file(message_pact, directory, overwrite=True)
        finally:
            pact_ffi.free_message_pact_handle(message_pact)
    return directory / f"c-{PROVIDER_NAME}.json"


# -- Given: the provider -------------------------------------------------------


def _register(world: ProviderWorld, name: str, body: str, metadata: dict[str, Any] | None = None) -> None:
    part = message_part(body)
    world.server.messages[_unescape(name)] = Message(part.body or b"", part.content_type, metadata or {})


@given(parsers.re(rf"a provider is started that can generate the {_NAME} message with {_BODY}"))
def provider_generates(provider_world: ProviderWorld, name: str, body: str) -> None:
    _register(provider_world, name, body)


@given(parsers.re(rf"a provider is started that can generate the {_NAME} message with {_BODY} "
                  r"and the following metadata:"))
def provider_generates_with_metadata(
    provider_world: ProviderWorld, name: str, body: str, datatable: list[list[str]]
) -> None:
    _register(provider_world, name, body, _metadata_rows(datatable))


# -- Given: pact files -------------------------------------------------------------


def _verify_message(world: ProviderWorld, name: str, body: str, **options: Any) -> None:  # noqa: ANN401
    """Write the pact file for message ``name`` with ``body`` (and ``write_message_pact`` options); verify it."""
    world.add_file(write_message_pact(world, _unescape(name), message_part(body), **options))


@given(parsers.re(rf"a Pact file for {_NAME}:{_BODY} is to be verified(?P<pending>, but is marked pending)?"))
def message_pact_file(provider_world: ProviderWorld, name: str, body: str, pending: str | None) -> None:
    _verify_message(provider_world, name, body, pending=bool(pending))


@given(parsers.re(rf'a Pact file for {_NAME}:{_BODY} is to be verified with provider state "(?P<state>[^"]*)"'))
def message_pact_file_with_state(provider_world: ProviderWorld, name: str, body: str, state: str) -> None:
    _verify_message(provider_world, name, body, state=state)


@given(parsers.re(rf"a Pact file for {_NAME}:{_BODY} is to be verified with the following (?P<table>metadata|comments):"))
def message_pact_file_with_table(
    provider_world: ProviderWorld, name: str, body: str, table: str, datatable: list[list[str]]
) -> None:
    if table == "metadata":
        _verify_message(provider_world, name, body, metadata=_metadata_rows(datatable))
    else:
        _verify_message(provider_world, name, body, comments=comment_rows(datatable))


@given(parsers.re(rf"a Pact file for {_NAME} is to be verified with the following:"))
def message_pact_file_with_the_following(provider_world: ProviderWorld, name: str, datatable: list[list[str]]) -> None:
    # A vertical table: | body | ... |, | matching rules | ... |, | metadata | k=v; k=JSON: ... |
    table = {row[0]: row[1] for row in datatable}
    part = message_part(table["body"]) if "body" in table else None
    rules = load_rules(table["matching rules"]) if "matching rules" in table else None
    metadata = None
    if "metadata" in table:
        metadata = {}
        for item in table["metadata"].split(";"):
            key, _, value = item.strip().partition("=")
            metadata[key.strip()] = metadata_value(value.strip())
    path = write_message_pact(provider_world, _unescape(name), part, metadata=metadata, matching_rules=rules)
    provider_world.add_file(path)
