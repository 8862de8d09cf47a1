"""Pact models: parsing, interactions, HTTP parts, provider states, rules and generators."""

from __future__ import annotations

import gc
import json

import pytest

import pact_ffi
from pact_ffi import lib
from pact_ffi._native import NULL, ffi

V4_PACT = {
    "consumer": {"name": "the-consumer"},
    "provider": {"name": "the-provider"},
    "interactions": [
        {
            "type": "Synchronous/HTTP",
            "description": "a request for an item",
            "providerStates": [
                {"name": "an item exists", "params": {"id": 42, "name": "widget"}},
                {"name": "the user is logged in"},
            ],
            "request": {
                "method": "GET",
                "path": "/items/42",
                "matchingRules": {
                    "path": {"combine": "AND", "matchers": [{"match": "regex", "regex": "/items/\\d+"}]},
                    "header": {"X-Id": {"combine": "AND", "matchers": [{"match": "type"}]}},
                },
                "generators": {"path": {"type": "ProviderState", "expression": "/items/${id}"}},
            },
            "response": {
                "status": 200,
                "headers": {"Content-Type": ["application/json"]},
                "body": {"content": {"id": 42}, "contentType": "application/json", "encoded": False},
                "matchingRules": {
                    "body": {
                        "$.id": {"combine": "AND", "matchers": [{"match": "integer"}, {"match": "number"}]},
                        "$.a": {"combine": "AND", "matchers": [{"match": "type"}]},
                    }
                },
                "generators": {"body": {"$.id": {"type": "RandomInt", "min": 1, "max": 10}}},
            },
        },
        {
            "type": "Asynchronous/Messages",
            "description": "an event",
            "contents": {"content": {"a": 1}, "contentType": "application/json", "encoded": False},
        },
        {
            "type": "Synchronous/Messages",
            "description": "a sync message",
            "request": {"contents": {"content": "ping", "contentType": "text/plain", "encoded": False}},
            "response": [{"contents": {"content": "pong", "contentType": "text/plain", "encoded": False}}],
        },
    ],
    "metadata": {"pactSpecification": {"version": "4.0"}},
}

V3_PACT = {
    "consumer": {"name": "c3"},
    "provider": {"name": "p3"},
    "interactions": [
        {"description": "v3 request", "request": {"method": "GET", "path": "/"}, "response": {"status": 204}}
    ],
    "metadata": {"pactSpecification": {"version": "3.0.0"}},
}


@pytest.fixture
def model() -> pact_ffi.Pact:
    """The V4 pact above, parsed."""
    return pact_ffi.parse_pact_json(json.dumps(V4_PACT))


@pytest.fixture
def http(model: pact_ffi.Pact) -> pact_ffi.SynchronousHttp:
    """The HTTP interaction of the V4 pact (an iterator item)."""
    interaction = next(iter(pact_ffi.pact_model_interaction_iterator(model)))
    return pact_ffi.pact_interaction_as_synchronous_http(interaction)


def last_error() -> str | None:
    return pact_ffi.get_error_message()


# ---- Pact models ---------------------------------------------------------------


def test_parse_pact_json_reads_every_version(model: pact_ffi.Pact) -> None:
    assert pact_ffi.pact_spec_version(model) == pact_ffi.PactSpecification.V4
    v3 = pact_ffi.parse_pact_json(json.dumps(V3_PACT))
    assert pact_ffi.pact_spec_version(v3) == pact_ffi.PactSpecification.V3
    assert v3.specification == pact_ffi.PactSpecification.V3


def test_parse_pact_json_errors() -> None:
    with pytest.raises(RuntimeError, match="Failed to parse"):
        pact_ffi.parse_pact_json("{not json")
    with pytest.raises(TypeError):
        pact_ffi.parse_pact_json(None)  # type: ignore[arg-type]
    assert lib.pactffi_parse_pact_json(NULL) == NULL
    assert last_error() == "json is null"
    assert lib.pactffi_parse_pact_json(b"\xff\xfe") == NULL
    assert last_error() == "error parsing json as UTF-8"


def test_pact_model_delete_is_idempotent(model: pact_ffi.Pact) -> None:
    pact_ffi.pact_model_delete(model)
    pact_ffi.pact_model_delete(model)
    with pytest.raises(ValueError, match="closed"):
        pact_ffi.pact_spec_version(model)
    lib.pactffi_pact_model_delete(NULL)


def test_null_pact_arguments() -> None:
    assert lib.pactffi_pact_spec_version(NULL) == lib.PactSpecification_Unknown
    assert last_error() == "pact is null"
    assert lib.pactffi_pact_model_interaction_iterator(NULL) == NULL
    assert lib.pactffi_pact_get_consumer(NULL) == NULL
    assert lib.pactffi_pact_get_provider(NULL) == NULL
    assert lib.pactffi_consumer_get_name(NULL) == NULL
    assert last_error() == "consumer is null"
    assert lib.pactffi_provider_get_name(NULL) == NULL
    lib.pactffi_pact_consumer_delete(NULL)
    lib.pactffi_pact_provider_delete(NULL)


def test_consumer_and_provider(model: pact_ffi.Pact) -> None:
    consumer = pact_ffi.pact_get_consumer(model)
    provider = pact_ffi.pact_get_provider(model)
    pact_ffi.pact_model_delete(model)  # copies outlive the pact
    assert pact_ffi.consumer_get_name(consumer) == "the-consumer"
    assert pact_ffi.provider_get_name(provider) == "the-provider"
    assert str(consumer) == "Consumer('the-consumer')"
    pact_ffi.pact_consumer_delete(consumer)
    pact_ffi.pact_provider_delete(provider)
    pact_ffi.pact_provider_delete(provider)
    with pytest.raises(ValueError, match="closed"):
        pact_ffi.consumer_get_name(consumer)


def test_interaction_iterator_and_casts(model: pact_ffi.Pact) -> None:
    interactions = list(pact_ffi.pact_model_interaction_iterator(model))
    assert len(interactions) == 3
    http, asynchronous, synchronous = interactions
    assert pact_ffi.pact_interaction_as_synchronous_http(http).description == "a request for an item"
    with pytest.raises(TypeError, match="not a SynchronousHttp"):
        pact_ffi.pact_interaction_as_synchronous_http(asynchronous)
    message = pact_ffi.pact_interaction_as_asynchronous_message(asynchronous)
    assert message.description == "an event"
    with pytest.raises(TypeError, match="not a AsynchronousMessage"):
        pact_ffi.pact_interaction_as_asynchronous_message(synchronous)
    assert pact_ffi.pact_interaction_as_synchronous_message(synchronous).description == "a sync message"
    with pytest.raises(TypeError):
        pact_ffi.pact_interaction_as_synchronous_message(http)
    # V3-style message conversion (no Python wrapper in pact-python).
    ptr = lib.pactffi_pact_interaction_as_message(asynchronous._ptr)
    assert ptr != NULL
    lib.pactffi_message_delete(ffi.cast("Message *", ptr))
    assert lib.pactffi_pact_interaction_as_message(http._ptr) == NULL
    assert lib.pactffi_pact_interaction_as_synchronous_http(NULL) == NULL
    assert last_error() == "interaction is null"


def test_iterator_end_and_null() -> None:
    pact = pact_ffi.parse_pact_json(json.dumps(V3_PACT))
    iterator = pact_ffi.pact_model_interaction_iterator(pact)
    assert isinstance(pact_ffi.pact_interaction_iter_next(iterator), pact_ffi.PactInteraction)
    with pytest.raises(StopIteration):
        pact_ffi.pact_interaction_iter_next(iterator)
    with pytest.raises(StopIteration):
        pact_ffi.pact_interaction_iter_next(iterator)
    pact_ffi.pact_interaction_iter_delete(iterator)
    pact_ffi.pact_interaction_iter_delete(iterator)
    with pytest.raises(ValueError, match="closed"):
        pact_ffi.pact_interaction_iter_next(iterator)
    assert lib.pactffi_pact_interaction_iter_next(NULL) == NULL
    assert last_error() == "iter is null"
    lib.pactffi_pact_interaction_iter_delete(NULL)
    assert lib.pactffi_pact_sync_http_iter_next(NULL) == NULL
    lib.pactffi_pact_sync_http_iter_delete(NULL)


def test_deleting_a_borrowed_interaction_is_harmless(model: pact_ffi.Pact) -> None:
    iterator = pact_ffi.pact_model_interaction_iterator(model)
    item = next(iterator)
    lib.pactffi_pact_interaction_delete(item._ptr)  # borrowed: left to the iterator
    assert pact_ffi.pact_interaction_as_synchronous_http(item).description == "a request for an item"
    pact_ffi.pact_interaction_delete(item)
    lib.pactffi_pact_interaction_delete(NULL)


def test_iterator_items_survive_their_pact_and_handle() -> None:
    handle = pact_ffi.new_pact("consumer", "provider")
    interaction = pact_ffi.new_interaction(handle, "survivor")
    pact_ffi.given(interaction, "a state")
    pact_ffi.with_request(interaction, "GET", "/x")
    pact_ffi.with_body(interaction, pact_ffi.InteractionPart.RESPONSE, "application/json", '{"a": 1}')
    model = handle.pointer()
    iterator = pact_ffi.pact_handle_get_sync_http_iter(handle)
    all_iterator = pact_ffi.pact_model_interaction_iterator(model)
    pact_ffi.free_pact_handle(handle)
    pact_ffi.pact_model_delete(model)
    del handle, model
    gc.collect()
    item = next(iterator)
    states = list(item.provider_states())
    del iterator
    gc.collect()
    assert item.description == "survivor"
    assert [s.name for s in states] == ["a state"]
    assert item.response_contents == '{"a":1}'
    generic = next(all_iterator)
    del all_iterator
    gc.collect()
    assert pact_ffi.pact_interaction_as_synchronous_http(generic).description == "survivor"


# ---- Pacts behind handles ---------------------------------------------------------


def test_pact_handle_to_pointer_is_a_copy(pact: pact_ffi.PactHandle) -> None:
    pact_ffi.new_interaction(pact, "first")
    copy = pact_ffi.pact_handle_to_pointer(pact)
    pact_ffi.new_interaction(pact, "second")
    assert [i.as_synchronous_http().description for i in copy.interactions()] == ["first"]
    assert copy.consumer.name == "consumer"
    assert copy.provider.name == "provider"
    assert pact_ffi.pact_spec_version(copy) == pact_ffi.PactSpecification.V3
    assert len(list(pact.pointer().interactions())) == 2


def test_handle_iterators_by_kind(pact: pact_ffi.PactHandle) -> None:
    pact_ffi.new_interaction(pact, "http")
    pact_ffi.new_message_interaction(pact, "async")
    pact_ffi.new_sync_message_interaction(pact, "sync")
    assert [i.description for i in pact_ffi.pact_handle_get_sync_http_iter(pact)] == ["http"]
    assert [m.description for m in pact_ffi.pact_handle_get_async_message_iter(pact)] == ["async"]
    assert [m.description for m in pact_ffi.pact_handle_get_sync_message_iter(pact)] == ["sync"]
    assert [m.description for m in pact_ffi.pact_handle_get_message_iter(pact)] == ["async"]
    iterator = pact_ffi.pact_handle_get_async_message_iter(pact)
    assert pact_ffi.pact_async_message_iter_next(iterator).description == "async"
    with pytest.raises(StopIteration):
        pact_ffi.pact_async_message_iter_next(iterator)
    pact_ffi.pact_async_message_iter_delete(iterator)
    iterator = pact_ffi.pact_handle_get_sync_message_iter(pact)
    assert pact_ffi.pact_sync_message_iter_next(iterator).description == "sync"
    pact_ffi.pact_sync_message_iter_delete(iterator)
    iterator = pact_ffi.pact_handle_get_message_iter(pact)
    assert pact_ffi.pact_message_iter_next(iterator).description == "async"
    pact_ffi.pact_message_iter_delete(iterator)
    iterator = pact_ffi.pact_handle_get_sync_http_iter(pact)
    assert pact_ffi.pact_sync_http_iter_next(iterator).description == "http"
    with pytest.raises(StopIteration):
        pact_ffi.pact_sync_http_iter_next(iterator)
    pact_ffi.pact_sync_http_iter_delete(iterator)


def test_stale_handle() -> None:
    handle = pact_ffi.new_pact("c", "p")
    pact_ffi.free_pact_handle(handle)
    for function in (
        pact_ffi.pact_handle_to_pointer,
        pact_ffi.pact_handle_get_sync_http_iter,
        pact_ffi.pact_handle_get_async_message_iter,
        pact_ffi.pact_handle_get_sync_message_iter,
        pact_ffi.pact_handle_get_message_iter,
    ):
        with pytest.raises(RuntimeError, match="Pact handle is not valid"):
            function(handle)


# ---- Synchronous HTTP --------------------------------------------------------------


def test_sync_http_new_and_bodies() -> None:
    http = pact_ffi.sync_http_new()
    assert pact_ffi.sync_http_get_description(http) == ""
    assert pact_ffi.sync_http_get_request_contents(http) is None
    assert pact_ffi.sync_http_get_request_contents_length(http) == 0
    assert pact_ffi.sync_http_get_request_contents_bin(http) is None
    pact_ffi.sync_http_set_request_contents(http, "héllo", "text/plain")
    assert pact_ffi.sync_http_get_request_contents(http) == "héllo"
    assert pact_ffi.sync_http_get_request_contents_length(http) == len("héllo".encode())
    assert pact_ffi.sync_http_get_request_contents_bin(http) == "héllo".encode()
    pact_ffi.sync_http_set_request_contents(http, None, None)
    assert pact_ffi.sync_http_get_request_contents(http) == ""  # explicit null
    assert pact_ffi.sync_http_get_request_contents_bin(http) is None
    pact_ffi.sync_http_set_response_contents_bin(http, b"\x00\xff\x01", "application/octet-stream")
    assert pact_ffi.sync_http_get_response_contents_length(http) == 3
    assert pact_ffi.sync_http_get_response_contents_bin(http) == b"\x00\xff\x01"
    assert pact_ffi.sync_http_get_response_contents(http) == ""  # not UTF-8
    assert http.response_contents == b"\x00\xff\x01"
    pact_ffi.sync_http_set_response_contents(http, "pong", "not a content type")
    assert pact_ffi.sync_http_get_response_contents(http) == "pong"
    pact_ffi.sync_http_set_request_contents_bin(http, b"", None)
    assert pact_ffi.sync_http_get_request_contents(http) == ""
    assert pact_ffi.sync_http_get_request_contents_length(http) == 0
    pact_ffi.sync_http_set_response_contents_bin(http, None, None)
    assert pact_ffi.sync_http_get_response_contents_length(http) == 0
    with pytest.raises(TypeError):
        pact_ffi.sync_http_set_request_contents(http, b"bytes", None)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        pact_ffi.sync_http_set_request_contents_bin(http, "text", None)  # type: ignore[arg-type]
    pact_ffi.sync_http_delete(http)
    pact_ffi.sync_http_delete(http)
    with pytest.raises(ValueError, match="closed"):
        pact_ffi.sync_http_get_request_contents(http)


def test_sync_http_set_contents_invalid_utf8_is_rejected() -> None:
    http = pact_ffi.sync_http_new()
    pact_ffi.sync_http_set_request_contents(http, "kept", None)
    lib.pactffi_sync_http_set_request_contents(http._ptr, b"\xff", NULL)
    assert last_error() == "error parsing contents as UTF-8"
    assert pact_ffi.sync_http_get_request_contents(http) == "kept"


def test_sync_http_description() -> None:
    http = pact_ffi.sync_http_new()
    assert pact_ffi.sync_http_set_description(http, "new description") == 0
    assert pact_ffi.sync_http_get_description(http) == "new description"
    assert http.description == "new description"
    with pytest.raises(TypeError):
        pact_ffi.sync_http_set_description(http, None)  # type: ignore[arg-type]
    assert lib.pactffi_sync_http_set_description(http._ptr, NULL) == 1
    assert last_error() == "description is null"
    assert lib.pactffi_sync_http_set_description(http._ptr, b"\xc3") == 1
    assert lib.pactffi_sync_http_set_description(NULL, b"x") == 1
    assert lib.pactffi_sync_http_get_description(NULL) == NULL


def test_sync_http_null_arguments() -> None:
    assert lib.pactffi_sync_http_get_request(NULL) == NULL
    assert lib.pactffi_sync_http_get_response(NULL) == NULL
    assert lib.pactffi_sync_http_get_request_contents(NULL) == NULL
    assert lib.pactffi_sync_http_get_response_contents(NULL) == NULL
    assert lib.pactffi_sync_http_get_request_contents_length(NULL) == 0
    assert lib.pactffi_sync_http_get_response_contents_length(NULL) == 0
    assert lib.pactffi_sync_http_get_request_contents_bin(NULL) == NULL
    assert lib.pactffi_sync_http_get_response_contents_bin(NULL) == NULL
    assert lib.pactffi_sync_http_get_provider_state(NULL, 0) == NULL
    assert lib.pactffi_sync_http_get_provider_state_iter(NULL) == NULL
    lib.pactffi_sync_http_set_request_contents(NULL, b"x", NULL)
    assert last_error() == "interaction is null"
    lib.pactffi_sync_http_set_request_contents_bin(NULL, b"x", 1, NULL)
    lib.pactffi_sync_http_set_response_contents(NULL, b"x", NULL)
    lib.pactffi_sync_http_set_response_contents_bin(NULL, b"x", 1, NULL)
    lib.pactffi_sync_http_delete(NULL)


def test_sync_http_parts_are_stable_borrows(http: pact_ffi.SynchronousHttp) -> None:
    request = pact_ffi.sync_http_get_request(http)
    assert request._ptr == pact_ffi.sync_http_get_request(http)._ptr
    response = pact_ffi.sync_http_get_response(http)
    assert isinstance(response, pact_ffi.HttpResponse)
    assert http.request._ptr == request._ptr
    assert http.response_contents == '{"id":42}'
    assert http.request_contents is None


def test_sync_http_copy_does_not_write_through(model: pact_ffi.Pact) -> None:
    items = pact_ffi.pact_model_interaction_iterator(model)
    item = next(items)
    http_copy = item.as_synchronous_http()
    pact_ffi.sync_http_set_description(http_copy, "changed")
    # The copy does not write through to the iterator's interaction.
    assert pact_ffi.pact_interaction_as_synchronous_http(item).description == "a request for an item"


# ---- Provider states ----------------------------------------------------------------


def test_provider_states(http: pact_ffi.SynchronousHttp) -> None:
    states = list(http.provider_states())
    assert [s.name for s in states] == ["an item exists", "the user is logged in"]
    assert dict(states[0].parameters()) == {"id": "42", "name": '"widget"'}
    assert list(states[1].parameters()) == []
    first = pact_ffi.sync_http_get_provider_state(http, 0)
    assert pact_ffi.provider_state_get_name(first) == "an item exists"
    assert pact_ffi.sync_http_get_provider_state(http, 0)._ptr == first._ptr
    assert str(first) == "ProviderState('an item exists')"
    with pytest.raises(IndexError):
        pact_ffi.sync_http_get_provider_state(http, 2)
    with pytest.raises(ValueError, match="non-negative"):
        pact_ffi.sync_http_get_provider_state(http, -1)
    assert lib.pactffi_sync_http_get_provider_state(http._ptr, 7) == NULL
    assert last_error() == "index is out of bounds"


def test_provider_state_iterators(http: pact_ffi.SynchronousHttp) -> None:
    iterator = pact_ffi.sync_http_get_provider_state_iter(http)
    state = pact_ffi.provider_state_iter_next(iterator)
    params = pact_ffi.provider_state_get_param_iter(state)
    pair = pact_ffi.provider_state_param_iter_next(params)
    assert (pair.key, pair.value) == ("id", "42")
    pact_ffi.provider_state_param_pair_delete(pair)
    pact_ffi.provider_state_param_pair_delete(pair)
    with pytest.raises(ValueError, match="closed"):
        _ = pair.key
    assert pact_ffi.provider_state_param_iter_next(params).value == '"widget"'
    with pytest.raises(StopIteration):
        pact_ffi.provider_state_param_iter_next(params)
    pact_ffi.provider_state_param_iter_delete(params)
    pact_ffi.provider_state_param_iter_delete(params)
    pact_ffi.provider_state_iter_next(iterator)
    with pytest.raises(StopIteration):
        pact_ffi.provider_state_iter_next(iterator)
    pact_ffi.provider_state_delete(state)  # borrowed: only detaches the wrapper
    with pytest.raises(ValueError, match="closed"):
        pact_ffi.provider_state_get_name(state)
    pact_ffi.provider_state_iter_delete(iterator)
    pact_ffi.provider_state_iter_delete(iterator)
    with pytest.raises(ValueError, match="closed"):
        pact_ffi.provider_state_iter_next(iterator)


def test_provider_state_param_iterator_outlives_state(http: pact_ffi.SynchronousHttp) -> None:
    iterator = pact_ffi.sync_http_get_provider_state_iter(http)
    state = next(iterator)
    params = pact_ffi.provider_state_get_param_iter(state)
    pact_ffi.provider_state_iter_delete(iterator)
    del state, iterator
    gc.collect()
    assert [(p.key, p.value) for p in params] == [("id", "42"), ("name", '"widget"')]


def test_provider_state_null_arguments() -> None:
    assert lib.pactffi_provider_state_get_name(NULL) == NULL
    assert last_error() == "provider_state is null"
    assert lib.pactffi_provider_state_get_param_iter(NULL) == NULL
    assert lib.pactffi_provider_state_param_iter_next(NULL) == NULL
    assert lib.pactffi_provider_state_iter_next(NULL) == NULL
    lib.pactffi_provider_state_param_iter_delete(NULL)
    lib.pactffi_provider_state_param_pair_delete(NULL)
    lib.pactffi_provider_state_iter_delete(NULL)
    lib.pactffi_provider_state_delete(NULL)


# ---- Matching rules and generators ---------------------------------------------------


def test_request_matching_rules(http: pact_ffi.SynchronousHttp) -> None:
    request = pact_ffi.sync_http_get_request(http)
    pairs = [(p.path, p.matching_rule.json) for p in pact_ffi.request_contents_get_matching_rule_iter(
        request, pact_ffi.MatchingRuleCategory.PATH)]
    assert pairs == [("$", {"match": "regex", "regex": "/items/\\d+"})]
    headers = [(p.path, p.matching_rule.json) for p in request.matching_rules("header")]
    assert headers == [("X-Id", {"match": "type"})]
    assert list(request.matching_rules("BODY")) == []
    with pytest.raises(ValueError, match="category"):
        pact_ffi.request_contents_get_matching_rule_iter(request, "nonsense")  # type: ignore[arg-type]
    assert lib.pactffi_request_contents_get_matching_rule_iter(request._ptr, 8) == NULL
    assert "out-of-range" in (last_error() or "")
    assert lib.pactffi_request_contents_get_matching_rule_iter(NULL, 0) == NULL
    assert last_error() == "request is null"


def test_response_matching_rules_order_and_ownership(http: pact_ffi.SynchronousHttp) -> None:
    response = pact_ffi.sync_http_get_response(http)
    iterator = pact_ffi.response_contents_get_matching_rule_iter(response, pact_ffi.MatchingRuleCategory.BODY)
    first = pact_ffi.matching_rules_iter_next(iterator)
    pact_ffi.matching_rules_iter_delete(iterator)
    pact_ffi.matching_rules_iter_delete(iterator)
    # The pair owns its path and rule: usable after the iterator is gone.
    assert first.path == "$.a"
    rule = first.matching_rule
    del first
    gc.collect()
    assert pact_ffi.matching_rule_to_json(rule) == '{"match":"type"}'
    rest = [(p.path, p.matching_rule.json["match"]) for p in response.matching_rules("body")][1:]
    assert rest == [("$.id", "integer"), ("$.id", "number")]
    pair = next(response.matching_rules(pact_ffi.MatchingRuleCategory.BODY))
    pact_ffi.matching_rules_iter_pair_delete(pair)
    pact_ffi.matching_rules_iter_pair_delete(pair)
    with pytest.raises(ValueError, match="closed"):
        _ = pair.path
    assert lib.pactffi_response_contents_get_matching_rule_iter(NULL, 0) == NULL
    assert lib.pactffi_matching_rules_iter_next(NULL) == NULL
    assert lib.pactffi_matching_rule_to_json(NULL) == NULL
    assert last_error() == "rule is null"
    lib.pactffi_matching_rules_iter_delete(NULL)
    lib.pactffi_matching_rules_iter_pair_delete(NULL)


def test_generators(http: pact_ffi.SynchronousHttp) -> None:
    request = pact_ffi.sync_http_get_request(http)
    response = pact_ffi.sync_http_get_response(http)
    path = [(p.path, p.generator.json) for p in pact_ffi.request_contents_get_generators_iter(
        request, pact_ffi.GeneratorCategory.PATH)]
    assert path == [("$", {"type": "ProviderState", "expression": "/items/${id}"})]
    iterator = pact_ffi.response_contents_get_generators_iter(response, "body")
    pair = pact_ffi.generators_iter_next(iterator)
    pact_ffi.generators_iter_delete(iterator)
    assert pair.path == "$.id"
    assert json.loads(pact_ffi.generator_to_json(pair.generator)) == {"type": "RandomInt", "min": 1, "max": 10}
    with pytest.raises(StopIteration):
        pact_ffi.generators_iter_next(pact_ffi.response_contents_get_generators_iter(response, "METADATA"))
    pact_ffi.generators_iter_pair_delete(pair)
    pact_ffi.generators_iter_pair_delete(pair)
    assert list(request.generators("query")) == []
    with pytest.raises(ValueError, match="category"):
        pact_ffi.request_contents_get_generators_iter(request, "CONTENTS")  # type: ignore[arg-type]
    assert lib.pactffi_request_contents_get_generators_iter(request._ptr, 7) == NULL
    assert lib.pactffi_response_contents_get_generators_iter(response._ptr, 99) == NULL
    assert lib.pactffi_request_contents_get_generators_iter(NULL, 0) == NULL
    assert lib.pactffi_response_contents_get_generators_iter(NULL, 0) == NULL
    assert lib.pactffi_generators_iter_next(NULL) == NULL
    assert lib.pactffi_generator_to_json(NULL) == NULL
    assert last_error() == "generator is null"
    lib.pactffi_generators_iter_delete(NULL)
    lib.pactffi_generators_iter_pair_delete(NULL)


def test_rule_iterator_is_a_copy() -> None:
    http = pact_ffi.sync_http_new()
    request = pact_ffi.sync_http_get_request(http)
    iterator = pact_ffi.request_contents_get_matching_rule_iter(request, "body")
    pact_ffi.sync_http_delete(http)
    del http, request
    gc.collect()
    assert list(iterator) == []


def test_wrappers_check_pointer_types() -> None:
    with pytest.raises(TypeError, match="struct Pact"):
        pact_ffi.Pact(ffi.cast("Consumer *", 0))
    with pytest.raises(TypeError, match="struct SynchronousHttp"):
        pact_ffi.SynchronousHttp(object())
    with pytest.raises(ValueError, match="NULL"):
        pact_ffi.ProviderState(ffi.cast("ProviderState *", 0))
    assert repr(pact_ffi.MatchingRuleCategory.BODY) == "MatchingRuleCategory.BODY"
    assert str(pact_ffi.GeneratorCategory.METADATA) == "METADATA"


@pytest.mark.parametrize(
    "call",
    [
        lambda: pact_ffi.consumer_get_name(None),
        lambda: pact_ffi.provider_get_name(None),
        lambda: pact_ffi.provider_state_get_name(None),
        lambda: pact_ffi.sync_http_get_description("not a model object"),
    ],
)
def test_a_non_model_argument_is_a_type_error(call) -> None:  # noqa: ANN001
    # Was ValueError("NoneType has been closed"): the wrong type, not a closed object.
    with pytest.raises(TypeError, match="expected a pact_ffi object"):
        call()
