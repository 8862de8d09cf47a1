"""Message consumer steps (V3 message_consumer, V4 synchronous_message_consumer).

V3: the message is declared with pact_ffi's message-pact API
(pactffi_new_message_pact, _new_message, _message_given(_with_param),
_message_with_contents, _message_with_metadata_v2). A message handle is an
interaction handle of the same registry (ffi-conventions.md §3.1), so body
and metadata generators are added with pactffi_with_generators on it. "The
message is processed" reifies it (pactffi_message_reify: the message as the
consumer receives it, generators applied) and hands it to the consumer's
handler; the pact file is written (pactffi_write_message_pact_file) only when
the handler succeeded, as the reference's message iterator does.

V4: a synchronous message interaction (pactffi_new_sync_message_interaction)
is built with pactffi_with_body/_with_metadata/_with_generators on its
REQUEST and RESPONSE parts; the received messages are
pactffi_sync_message_generate_contents and the pact file is written with
pactffi_pact_handle_write_file.

Both features share step texts ("the message is successfully processed",
"a Pact file for the message interaction will have been written", ...); one
MessageWorld serves both, dispatching on the kind of message being defined.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Callable

import pytest
from pytest_bdd import given, parsers, then, when

import pact_ffi
from pact_ffi import InteractionPart

from .common import Part, fixture_bytes, fixture_json, ordinal, setup_body
from .generation import assert_value_type, load_generators, value_at
from .pact_generation import PactWorld

V3_CONSUMER = "V3-message-consumer"
V3_PROVIDER = "V3-message-provider"


def metadata_value(cell: str) -> Any:  # noqa: ANN401
    """A metadata cell: ``JSON: ...`` (the suite escapes its quotes in step texts) or a string."""
    if cell.startswith("JSON:"):
        return json.loads(cell[len("JSON:"):].strip().replace('\\"', '"'))
    return cell


def metadata_text(value: Any) -> str:  # noqa: ANN401
    """The JSON text given to the metadata functions (a plain string stays a string)."""
    return json.dumps(value)


def _lookup(mapping: dict[str, Any] | None, key: str) -> Any:  # noqa: ANN401
    for name, value in (mapping or {}).items():
        if name.lower() == key.lower():
            return value
    return None


def _contents_text(contents: Any) -> str | None:  # noqa: ANN401
    """Text of a V4 message contents object ({"content", "contentType", "encoded"})."""
    if not isinstance(contents, dict) or "content" not in contents:
        return None
    content = contents["content"]
    return content if isinstance(content, str) else json.dumps(content)


def _same_document(actual: Any, expected: Part) -> bool:  # noqa: ANN401
    """Whether a stored body (JSON value or text) is the document ``expected`` describes."""
    ct = expected.content_type or ""
    if "json" in ct:
        value = json.loads(actual) if isinstance(actual, str) else actual
        return value == json.loads(expected.body or b"null")
    text = actual if isinstance(actual, str) else json.dumps(actual)
    return text.encode() == (expected.body or b"")


def _fixture_part(cell: str) -> Part:
    part = Part()
    setup_body(cell if ":" in cell else f"file: {cell}", part)
    return part


class MessageWorld:
    """A message being defined (V3 async or V4 sync), what was received, the pact file."""

    def __init__(self, pact_world: PactWorld, pact_dir: Path) -> None:
        self.pact_world = pact_world
        self.pact_dir = pact_dir
        self.kind = ""
        self.message_pact: pact_ffi.MessagePactHandle | None = None
        self.message: pact_ffi.MessageHandle | None = None
        self.received: dict[str, Any] | None = None
        self.error: str | None = None
        self.pact_json: dict[str, Any] | None = None

    # -- V3 --------------------------------------------------------------
    def begin_v3(self) -> None:
        self.kind = "v3"
        self.message_pact = pact_ffi.new_message_pact(V3_CONSUMER, V3_PROVIDER)
        self.message = pact_ffi.new_message(self.message_pact, "a message")

    @property
    def v3_interaction(self) -> pact_ffi.InteractionHandle:
        """The message as the interaction handle it is (ffi-conventions.md §3.1)."""
        assert self.message is not None, "no message is being defined"
        return pact_ffi.InteractionHandle(self.message._ref)  # noqa: SLF001

    def v3_metadata(self, key: str, value: Any) -> None:  # noqa: ANN401
        pact_ffi.message_with_metadata_v2(self.message, key, metadata_text(value))

    def generated_from_model(self) -> dict[str, Any]:
        """The message as pactffi_async_message_generate_contents gives it (metadata only)."""
        # A non-owning PactHandle view of the message pact (same registry,
        # ffi-conventions.md §3.1): marked freed so that collecting it leaves
        # the pact alone; the MessagePactHandle still owns it.
        view = pact_ffi.PactHandle(self.message_pact._ref)  # noqa: SLF001
        view._freed = True  # noqa: SLF001
        messages = list(pact_ffi.pact_handle_get_async_message_iter(view))
        assert len(messages) == 1, f"expected one message, got {len(messages)}"
        contents = pact_ffi.async_message_generate_contents(messages[0])
        assert contents is not None, "the message has no contents to generate"
        metadata = {}
        for pair in pact_ffi.message_contents_get_metadata_iter(contents):
            # Strings come as they are, other JSON values as JSON text.
            try:
                metadata[pair.key] = json.loads(pair.value)
            except ValueError:
                metadata[pair.key] = pair.value
        return {"contents": pact_ffi.message_contents_get_contents_str(contents), "metadata": metadata}

    def process_v3(self, handler: Callable[[dict[str, Any] | None], None]) -> None:
        text = pact_ffi.message_reify(self.message)
        # A message without contents reifies to "" (as the reference's does);
        # its generated metadata then comes from the model API.
        self.received = json.loads(text) if text else self.generated_from_model()
        try:
            handler(self.received)
        except Exception as exc:  # noqa: BLE001 - the consumer's failure is the outcome
            self.error = str(exc)
            return
        self.error = None
        pact_ffi.write_message_pact_file(self.message_pact, self.pact_dir, overwrite=True)

    # -- V4 synchronous --------------------------------------------------
    def begin_sync(self) -> None:
        self.kind = "sync"
        self.pact_world.begin_pact("V4 consumer", "V4 provider")
        self.pact_world.interaction = pact_ffi.new_sync_message_interaction(
            self.pact_world.pact, "synchronous message interaction"
        )

    @property
    def sync_interaction(self) -> pact_ffi.InteractionHandle:
        assert self.pact_world.interaction is not None, "no synchronous message is being defined"
        return self.pact_world.interaction

    def process_sync(self) -> None:
        self.received = pact_ffi.sync_message_generate_contents(self.sync_interaction)
        self.error = None
        self.pact_world.generate()

    # -- both ----------------------------------------------------------------
    @property
    def pact_file(self) -> Path:
        if self.kind == "v3":
            return self.pact_dir / f"{V3_CONSUMER}-{V3_PROVIDER}.json"
        return self.pact_world.pact_dir / f"{self.pact_world.consumer}-{self.pact_world.provider}.json"

    def first_message(self) -> dict[str, Any]:
        # A V4 pact may also have been read by "the Pact file for the test is generated".
        document = self.pact_json if self.pact_json is not None or self.kind == "v3" else self.pact_world.pact_json
        assert document is not None, "no pact file was read"
        items = document["messages" if self.kind == "v3" else "interactions"]
        assert items, "the pact file has no messages"
        return items[0]

    def stored_message(self) -> dict[str, Any]:
        """The first message of the pact file (the stored examples), reading it if needed."""
        if self.pact_json is None:
            self.pact_json = json.loads(self.pact_file.read_text())
        return self.first_message()

    def close(self) -> None:
        if self.message_pact is not None and not self.message_pact._freed:  # noqa: SLF001
            pact_ffi.free_message_pact_handle(self.message_pact)


@pytest.fixture
def message_world(pact_world: PactWorld, tmp_path: Path):
    world = MessageWorld(pact_world, tmp_path / "message-pacts")
    yield world
    world.close()


def _metadata_table(datatable: list[list[str]]) -> list[tuple[str, Any]]:
    heads = datatable[0]
    rows = [dict(zip(heads, row)) for row in datatable[1:]]
    return [(row["key"], metadata_value(row["value"])) for row in rows]


def _state_params(datatable: list[list[str]]) -> dict[str, Any]:
    # Each cell is a JSON value (the suite quotes strings: "Test").
    return {name: json.loads(cell) for name, cell in zip(datatable[0], datatable[1])}


# -- Given: V3 messages -------------------------------------------------------


@given("a message integration is being defined for a consumer test")
def v3_message_defined(message_world: MessageWorld) -> None:
    message_world.begin_v3()


@given(parsers.parse('the message payload contains the "{name}" JSON document'))
def v3_payload_json(message_world: MessageWorld, name: str) -> None:
    pact_ffi.message_with_contents(message_world.message, "application/json", fixture_bytes(f"{name}.json"))


@given("the message contains the following metadata:")
def v3_metadata(message_world: MessageWorld, datatable: list[list[str]]) -> None:
    for key, value in _metadata_table(datatable):
        message_world.v3_metadata(key, value)


@given(parsers.re(r'a provider state "(?P<state>[^"]+)" for the message is specified$'))
def v3_provider_state(message_world: MessageWorld, state: str) -> None:
    pact_ffi.message_given(message_world.message, state)


@given(parsers.re(r'a provider state "(?P<state>[^"]+)" for the message is specified with the following data:'))
def v3_provider_state_with_data(message_world: MessageWorld, state: str, datatable: list[list[str]]) -> None:
    for name, value in _state_params(datatable).items():
        pact_ffi.message_given_with_param(message_world.message, state, name, json.dumps(value))


@given("a message is defined")
def v3_message_is_defined(message_world: MessageWorld) -> None:
    # The message (with its provider states) exists since the integration
    # began; it has no contents, as in the reference.
    assert message_world.message is not None


@given("the message is configured with the following:")
def v3_message_configured(message_world: MessageWorld, datatable: list[list[str]]) -> None:
    for name, cell in zip(datatable[0], datatable[1]):
        if name == "body":
            part = Part()
            setup_body(cell, part)
            pact_ffi.message_with_contents(message_world.message, part.content_type, part.body)
        elif name == "generators":
            pact_ffi.with_generators(message_world.v3_interaction, InteractionPart.REQUEST,
                                     json.dumps(load_generators(cell)))
        elif name == "metadata":
            for key, value in json.loads(cell).items():
                message_world.v3_metadata(key, value)


# -- Given: V4 synchronous messages -------------------------------------------


@given("a synchronous message interaction is being defined for a consumer test")
def sync_message_defined(message_world: MessageWorld) -> None:
    message_world.begin_sync()


@given(parsers.parse('a key of "{key}" is specified for the synchronous message interaction'))
def sync_key(message_world: MessageWorld, key: str) -> None:
    pact_ffi.set_key(message_world.sync_interaction, key)


@given("the synchronous message interaction is marked as pending")
def sync_pending(message_world: MessageWorld) -> None:
    pact_ffi.set_pending(message_world.sync_interaction, pending=True)


@given(parsers.parse('a comment "{comment}" is added to the synchronous message interaction'))
def sync_comment(message_world: MessageWorld, comment: str) -> None:
    pact_ffi.add_text_comment(message_world.sync_interaction, comment)


@given(parsers.parse('the message request payload contains the "{name}" JSON document'))
def sync_request_json(message_world: MessageWorld, name: str) -> None:
    text = fixture_bytes(f"{name}.json").decode()
    pact_ffi.with_body(message_world.sync_interaction, InteractionPart.REQUEST, "application/json", text)


@given(parsers.parse('the message response payload contains the "{cell}" document'))
def sync_response_document(message_world: MessageWorld, cell: str) -> None:
    # Every RESPONSE body call adds a response message (integration-json.md trap 13).
    part = _fixture_part(cell)
    pact_ffi.with_body(message_world.sync_interaction, InteractionPart.RESPONSE, part.content_type, part.body.decode())


@given("the message request contains the following metadata:")
def sync_request_metadata(message_world: MessageWorld, datatable: list[list[str]]) -> None:
    for key, value in _metadata_table(datatable):
        pact_ffi.with_metadata(message_world.sync_interaction, key, metadata_text(value), InteractionPart.REQUEST)


@given(parsers.re(r'a provider state "(?P<state>[^"]+)" for the synchronous message is specified$'))
def sync_provider_state(message_world: MessageWorld, state: str) -> None:
    pact_ffi.given(message_world.sync_interaction, state)


@given(parsers.re(
    r'a provider state "(?P<state>[^"]+)" for the synchronous message is specified with the following data:'
))
def sync_provider_state_with_data(message_world: MessageWorld, state: str, datatable: list[list[str]]) -> None:
    pact_ffi.given_with_params(message_world.sync_interaction, state, json.dumps(_state_params(datatable)))


def _configure_sync_part(message_world: MessageWorld, which: InteractionPart, datatable: list[list[str]]) -> None:
    cells = dict(zip(datatable[0], datatable[1]))
    handle = message_world.sync_interaction
    if "body" in cells:
        part = Part()
        setup_body(cells["body"], part)
        pact_ffi.with_body(handle, which, part.content_type, part.body.decode())
    elif which == InteractionPart.RESPONSE:
        # The response message must exist before its generators and metadata
        # can be set: a body call without contents adds it.
        pact_ffi.with_body(handle, which, None, None)
    if "generators" in cells:
        pact_ffi.with_generators(handle, which, json.dumps(load_generators(cells["generators"])))
    if "metadata" in cells:
        for key, value in json.loads(cells["metadata"]).items():
            pact_ffi.with_metadata(handle, key, metadata_text(value), which)


@given("the message request is configured with the following:")
def sync_request_configured(message_world: MessageWorld, datatable: list[list[str]]) -> None:
    _configure_sync_part(message_world, InteractionPart.REQUEST, datatable)


@given("the message response is configured with the following:")
def sync_response_configured(message_world: MessageWorld, datatable: list[list[str]]) -> None:
    _configure_sync_part(message_world, InteractionPart.RESPONSE, datatable)


# -- When ---------------------------------------------------------------------


@when("the message is successfully processed")
def message_processed(message_world: MessageWorld) -> None:
    if message_world.kind == "v3":
        message_world.process_v3(lambda _message: None)
    else:
        message_world.process_sync()


@when(parsers.parse('the message is NOT successfully processed with a "{error}" exception'))
def message_not_processed(message_world: MessageWorld, error: str) -> None:
    def failing_handler(_message: dict[str, Any] | None) -> None:
        raise RuntimeError(error)

    message_world.process_v3(failing_handler)


# -- Then: the consumer test ----------------------------------------------------


@then("the consumer test will have passed")
def consumer_test_passed(message_world: MessageWorld) -> None:
    assert message_world.error is None, message_world.error


@then("the consumer test will have failed")
def consumer_test_failed(message_world: MessageWorld) -> None:
    assert message_world.error is not None, "expected the consumer test to fail"


@then(parsers.parse('the consumer test error will be "{error}"'))
def consumer_test_error(message_world: MessageWorld, error: str) -> None:
    assert message_world.error == error


# -- Then: the received messages --------------------------------------------------


def _received_sync_part(message_world: MessageWorld, which: str) -> dict[str, Any]:
    assert message_world.received is not None, "no message was received"
    if which == "request":
        return message_world.received["request"]
    responses = message_world.received.get("response") or []
    assert responses, "the received message has no response"
    return responses[0]


@then(parsers.parse('the received message payload will contain the "{name}" JSON document'))
def v3_received_payload(message_world: MessageWorld, name: str) -> None:
    assert message_world.received is not None, "no message was received"
    assert message_world.received.get("contents") == fixture_json(f"{name}.json")


@then(parsers.parse('the received message payload will contain the "{cell}" document'))
def sync_received_payload(message_world: MessageWorld, cell: str) -> None:
    response = _received_sync_part(message_world, "response")
    assert _same_document(_contents_text(response.get("contents")), _fixture_part(cell)), response


@then(parsers.parse('the received message content type will be "{content_type}"'))
def received_content_type(message_world: MessageWorld, content_type: str) -> None:
    if message_world.kind == "v3":
        assert message_world.received is not None, "no message was received"
        actual = _lookup(message_world.received.get("metadata"), "contentType")
    else:
        actual = _received_sync_part(message_world, "response").get("contents", {}).get("contentType")
    assert actual == content_type


@then(parsers.re(r'the received message metadata will contain "(?P<key>[^"]+)" == "(?P<value>.*)"$'))
def v3_received_metadata(message_world: MessageWorld, key: str, value: str) -> None:
    assert message_world.received is not None, "no message was received"
    metadata = message_world.received.get("metadata") or {}
    assert key in metadata, f"no metadata {key!r} in {metadata}"
    assert metadata[key] == metadata_value(value)


@then(parsers.re(r'the received message metadata will contain "(?P<key>[^"]+)" replaced with an? "(?P<value_type>[^"]+)"'))
def v3_received_metadata_generated(message_world: MessageWorld, key: str, value_type: str) -> None:
    assert message_world.received is not None, "no message was received"
    original = (message_world.stored_message().get("metadata") or {}).get(key)
    generated = (message_world.received.get("metadata") or {}).get(key)
    assert generated is not None, f"no metadata {key!r} received"
    assert generated != original, f"expected {key} ({original!r}) to have been replaced"
    assert_value_type(value_type, generated)


@then(parsers.re(
    r'the received message (?P<which>request|response) metadata will contain "(?P<key>[^"]+)" == "(?P<value>.*)"$'
))
def sync_received_metadata(message_world: MessageWorld, which: str, key: str, value: str) -> None:
    metadata = _received_sync_part(message_world, which).get("metadata") or {}
    assert key in metadata, f"no metadata {key!r} in {metadata}"
    assert metadata[key] == metadata_value(value)


def _stored_sync_part(message_world: MessageWorld, which: str) -> dict[str, Any]:
    interaction = message_world.stored_message()
    if which == "request":
        return interaction["request"]
    return interaction["response"][0]


@then(parsers.re(
    r'the received message (?P<which>request|response) metadata will contain "(?P<key>[^"]+)" '
    r'replaced with an? "(?P<value_type>[^"]+)"'
))
def sync_received_metadata_generated(message_world: MessageWorld, which: str, key: str, value_type: str) -> None:
    original = (_stored_sync_part(message_world, which).get("metadata") or {}).get(key)
    generated = (_received_sync_part(message_world, which).get("metadata") or {}).get(key)
    assert generated is not None, f"no {which} metadata {key!r} received"
    assert generated != original, f"expected {key} ({original!r}) to have been replaced"
    assert_value_type(value_type, generated)


@then(parsers.re(r'the message contents for "(?P<path>[^"]+)" will have been replaced with an? "(?P<value_type>[^"]+)"'))
def v3_contents_generated(message_world: MessageWorld, path: str, value_type: str) -> None:
    assert message_world.received is not None, "no message was received"
    original = value_at(message_world.stored_message().get("contents"), path)
    generated = value_at(message_world.received.get("contents"), path)
    assert generated != original, f"expected {path} ({original!r}) to have been replaced"
    assert_value_type(value_type, generated)


@then(parsers.re(
    r'the message (?P<which>request|response) contents for "(?P<path>[^"]+)" will have been replaced with an? '
    r'"(?P<value_type>[^"]+)"'
))
def sync_contents_generated(message_world: MessageWorld, which: str, path: str, value_type: str) -> None:
    def document(part: dict[str, Any]) -> Any:  # noqa: ANN401
        text = _contents_text(part.get("contents"))
        assert text is not None, f"no contents in {part}"
        return json.loads(text)

    original = value_at(document(_stored_sync_part(message_world, which)), path)
    generated = value_at(document(_received_sync_part(message_world, which)), path)
    assert generated != original, f"expected {path} ({original!r}) to have been replaced"
    assert_value_type(value_type, generated)


# -- Then: the pact file ----------------------------------------------------------


@then("a Pact file for the message interaction will have been written")
def message_pact_written(message_world: MessageWorld) -> None:
    path = message_world.pact_file
    assert path.exists(), f"no pact file found: {path}"
    message_world.pact_json = json.loads(path.read_text())
    version = message_world.pact_json["metadata"]["pactSpecification"]["version"]
    expected = "3." if message_world.kind == "v3" else "4."
    assert version.startswith(expected), f"expected a V{expected}x pact, got {version}"


@then("a Pact file for the message interaction will NOT have been written")
def message_pact_not_written(message_world: MessageWorld) -> None:
    assert not message_world.pact_file.exists(), f"unexpected pact file {message_world.pact_file}"


@then(parsers.re(r"the pact file will contain (?P<num>\d+) message interactions?"))
def v3_message_count(message_world: MessageWorld, num: str) -> None:
    assert message_world.pact_json is not None, "no pact file was read"
    assert len(message_world.pact_json["messages"]) == int(num)


@then(parsers.re(r"the pact file will contain (?P<num>\d+) interactions?"))
def sync_interaction_count(message_world: MessageWorld, num: str) -> None:
    assert message_world.pact_json is not None, "no pact file was read"
    assert len(message_world.pact_json["interactions"]) == int(num)


@then(parsers.re(r'the (?P<nth>first|second|third) message in the pact file will contain the "(?P<fixture>[^"]+)" document'))
def v3_message_document(message_world: MessageWorld, nth: str, fixture: str) -> None:
    assert message_world.pact_json is not None, "no pact file was read"
    message = message_world.pact_json["messages"][ordinal(nth)]
    assert _same_document(message.get("contents"), _fixture_part(fixture)), message.get("contents")


@then(parsers.re(r'the (?P<nth>first|second|third) message in the pact file content type will be "(?P<ct>[^"]+)"'))
def v3_message_content_type(message_world: MessageWorld, nth: str, ct: str) -> None:
    assert message_world.pact_json is not None, "no pact file was read"
    message = message_world.pact_json["messages"][ordinal(nth)]
    assert _lookup(message.get("metadata"), "contentType") == ct


@then(parsers.re(
    r'the (?P<nth>first|second|third) message in the pact file will contain the message metadata '
    r'"(?P<key>[^"]+)" == "(?P<value>.*)"$'
))
def v3_message_metadata(message_world: MessageWorld, nth: str, key: str, value: str) -> None:
    assert message_world.pact_json is not None, "no pact file was read"
    metadata = message_world.pact_json["messages"][ordinal(nth)].get("metadata") or {}
    assert key in metadata, f"no metadata {key!r} in {metadata}"
    assert metadata[key] == metadata_value(value)


@then(parsers.re(
    r'the first message in the pact file will contain the request message metadata "(?P<key>[^"]+)" == "(?P<value>.*)"$'
))
def sync_request_message_metadata(message_world: MessageWorld, key: str, value: str) -> None:
    metadata = message_world.first_message()["request"].get("metadata") or {}
    assert key in metadata, f"no metadata {key!r} in {metadata}"
    assert metadata[key] == metadata_value(value)


def _message_states(message_world: MessageWorld) -> list[dict[str, Any]]:
    states = message_world.first_message().get("providerStates")
    assert isinstance(states, list), "no providerStates in the message"
    return states


@then(parsers.re(r"the first message in the pact file will contain (?P<num>\d+) provider states?"))
def message_state_count(message_world: MessageWorld, num: str) -> None:
    assert len(_message_states(message_world)) == int(num)


@then(parsers.re(r'the first message in the Pact file will contain provider state "(?P<state>[^"]+)"'))
def message_has_state(message_world: MessageWorld, state: str) -> None:
    states = _message_states(message_world)
    assert any(s.get("name") == state for s in states), states


@then(parsers.re(r'the provider state "(?P<state>[^"]+)" for the message will contain the following parameters:'))
def message_state_params(message_world: MessageWorld, state: str, datatable: list[list[str]]) -> None:
    expected = json.loads(datatable[1][0])
    matches = [s for s in _message_states(message_world) if s.get("name") == state]
    assert matches, f"no provider state {state!r}"
    assert matches[0].get("params") == expected


# -- Then: V4 interaction documents ------------------------------------------------


def _stored_document_check(message_world: MessageWorld, part: dict[str, Any], cell: str) -> None:
    assert _same_document(_contents_text(part.get("contents")), _fixture_part(cell)), part.get("contents")


@then(parsers.parse('the first interaction in the pact file will contain the "{cell}" document as the request'))
def sync_request_document(message_world: MessageWorld, cell: str) -> None:
    _stored_document_check(message_world, message_world.first_message()["request"], cell)


@then(parsers.parse('the first interaction in the pact file will contain the "{cell}" document as a response'))
def sync_response_document_stored(message_world: MessageWorld, cell: str) -> None:
    responses = message_world.first_message().get("response") or []
    assert responses, "the interaction has no response"
    _stored_document_check(message_world, responses[0], cell)


@then(parsers.re(
    r'the first interaction in the pact file will contain the "(?P<cell>[^"]+)" document as the '
    r"(?P<nth>first|second|third) response message"
))
def sync_nth_response_document(message_world: MessageWorld, cell: str, nth: str) -> None:
    responses = message_world.first_message().get("response") or []
    assert len(responses) > ordinal(nth), f"the interaction has no {nth} response: {responses}"
    _stored_document_check(message_world, responses[ordinal(nth)], cell)


@then(parsers.re(r"the first interaction in the pact file will contain (?P<num>\d+) response messages?"))
def sync_response_count(message_world: MessageWorld, num: str) -> None:
    assert len(message_world.first_message().get("response") or []) == int(num)


@then(parsers.re(r'the first interaction in the pact file (?P<which>request|response) content type will be "(?P<ct>[^"]+)"'))
def sync_stored_content_type(message_world: MessageWorld, which: str, ct: str) -> None:
    interaction = message_world.first_message()
    part = interaction["request"] if which == "request" else (interaction.get("response") or [{}])[0]
    assert (part.get("contents") or {}).get("contentType") == ct, part
