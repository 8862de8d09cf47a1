"""HTTP provider steps (V1-V4 http_provider features).

The interactions come from the Background table, which the consumer steps
already parse into ``consumer_world.definitions`` (numbered from 1 in the
features). "A provider is started" gives some of them (possibly changed) to
the test provider; "a Pact file for interaction N is to be verified" declares
interaction N with pact_ffi's builder functions, writes the pact file with
pactffi_pact_handle_write_file and adds it as a file source — or, "from a
Pact broker", serves it from a broker double built on the suite's fixture.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from pytest_bdd import given, parsers, then

import pact_ffi

from .common import Definition, define_interaction, parse_headers
from .http_consumer import ConsumerWorld
from .provider_support import PROVIDER_NAME, ProviderWorld, add_comments, comment_rows, response_changes

_IDS = r'"?(?P<ids>\d+(?:, *\d+)*)"?'


def _definition(consumer_world: ConsumerWorld, num: int) -> Definition:
    assert 0 < num <= len(consumer_world.definitions), f"no interaction {num} was defined"
    definition = consumer_world.definitions[num - 1].copy()
    definition.description = f"interaction {num}"
    return definition


def _ids(text: str) -> list[int]:
    return [int(i) for i in text.split(",")]


def write_http_pact(  # noqa: PLR0913
    world: ProviderWorld,
    definition: Definition,
    *,
    consumer: str = "c",
    states: list[tuple[str, dict[str, Any] | None]] | None = None,
    pending: bool = False,
    comments: list[tuple[str, str]] | None = None,
) -> tuple[Path, dict[str, Any]]:
    """Declare one interaction with pact_ffi and write its pact file; give its path and JSON."""
    pact = pact_ffi.new_pact(consumer, PROVIDER_NAME)
    try:
        pact_ffi.with_specification(pact, world.spec)
        handle = define_interaction(pact, definition)
        for name, params in states or []:
            if params:
                pact_ffi.given_with_params(handle, name, json.dumps(params))
            else:
                pact_ffi.given(handle, name)
        if pending:
            pact_ffi.set_pending(handle, pending=True)
        add_comments(handle, comments or [])
        directory = world.new_pact_dir()
        pact_ffi.pact_handle_write_file(pact, directory, overwrite=True)
    finally:
        pact_ffi.free_pact_handle(pact)
    path = directory / f"{consumer}-{PROVIDER_NAME}.json"
    return path, json.loads(path.read_text())


# -- Given: the provider -------------------------------------------------------


@given(parsers.re(rf"a provider is started that returns the responses? from interactions? {_IDS}"))
def provider_started(provider_world: ProviderWorld, consumer_world: ConsumerWorld, ids: str) -> None:
    provider_world.server.responses.extend(_definition(consumer_world, n) for n in _ids(ids))


@given(parsers.re(rf"a provider is started that returns the responses? from interactions? {_IDS}, "
                  r"with the following changes:"))
def provider_started_with_changes(
    provider_world: ProviderWorld, consumer_world: ConsumerWorld, ids: str, datatable: list[list[str]]
) -> None:
    for num in _ids(ids):
        definition = _definition(consumer_world, num)
        response_changes(definition.response, datatable)
        provider_world.server.responses.append(definition)


# -- Given: pact files -----------------------------------------------------------


@given(parsers.re(r"a Pact file for interaction (?P<num>\d+) is to be verified(?P<pending>, but is marked pending)?"))
def pact_file_for_interaction(
    provider_world: ProviderWorld, consumer_world: ConsumerWorld, num: str, pending: str | None
) -> None:
    path, _ = write_http_pact(provider_world, _definition(consumer_world, int(num)), pending=bool(pending))
    provider_world.add_file(path)


@given(parsers.re(r'a Pact file for interaction (?P<num>\d+) is to be verified with a provider state "(?P<state>[^"]*)" defined'))
def pact_file_with_state(provider_world: ProviderWorld, consumer_world: ConsumerWorld, num: str, state: str) -> None:
    path, _ = write_http_pact(provider_world, _definition(consumer_world, int(num)), states=[(state, None)])
    provider_world.add_file(path)


@given(parsers.re(r"a Pact file for interaction (?P<num>\d+) is to be verified with the following provider states defined:"))
def pact_file_with_states(
    provider_world: ProviderWorld, consumer_world: ConsumerWorld, num: str, datatable: list[list[str]]
) -> None:
    rows = [dict(zip(datatable[0], row)) for row in datatable[1:]]
    states = [(row["State Name"], json.loads(row["Parameters"]) if row.get("Parameters") else None) for row in rows]
    path, _ = write_http_pact(provider_world, _definition(consumer_world, int(num)), states=states)
    provider_world.add_file(path)


@given(parsers.re(r"a Pact file for interaction (?P<num>\d+) is to be verified with the following comments:"))
def pact_file_with_comments(
    provider_world: ProviderWorld, consumer_world: ConsumerWorld, num: str, datatable: list[list[str]]
) -> None:
    path, _ = write_http_pact(provider_world, _definition(consumer_world, int(num)), comments=comment_rows(datatable))
    provider_world.add_file(path)


@given(parsers.re(r"a Pact file for interaction (?P<num>\d+) is to be verified from a Pact broker"))
def pact_file_from_broker(provider_world: ProviderWorld, consumer_world: ConsumerWorld, num: str) -> None:
    n = int(num)
    # One broker per consumer, as the suite's fixtures are per consumer (c_1, c_2).
    _, pact_json = write_http_pact(provider_world, _definition(consumer_world, n), consumer=f"c_{n}")
    provider_world.add_broker(n, pact_json)


@given("publishing of verification results is enabled")
def publishing_enabled(provider_world: ProviderWorld) -> None:
    provider_world.publish = True


@given("a request filter is configured to make the following changes:")
def request_filter(provider_world: ProviderWorld, datatable: list[list[str]]) -> None:
    # The FFI has no request filter hook (verifier.md §7.6); custom headers
    # are how an FFI client changes the requests.
    for name, value in zip(datatable[0], datatable[1]):
        assert name == "headers", f"unsupported request filter change {name!r}"
        provider_world.custom_headers.extend(parse_headers(value))


# -- Then ------------------------------------------------------------------------


@then(parsers.re(r'the request to the provider will contain the header "(?P<header>[^"]+)"'))
def request_contains_header(provider_world: ProviderWorld, header: str) -> None:
    (name, value), = parse_headers(header)
    requests = provider_world.server.provider_requests()
    assert requests, "the provider received no request"
    for request in requests:
        assert request.header_values(name) == [value], f"{request.method} {request.path} headers: {request.headers}"


def _broker(provider_world: ProviderWorld, num: int) -> Any:  # noqa: ANN401
    assert num in provider_world.brokers, f"interaction {num} was not verified from a broker"
    return provider_world.brokers[num]


def _published_result(provider_world: ProviderWorld, num: int, *, success: bool) -> None:
    published = _broker(provider_world, num).published()
    assert len(published) == 1, f"expected one published result for c_{num}, got {published}"
    result = published[0]
    assert result.get("success") is success, result
    assert result.get("providerApplicationVersion") == provider_world.provider_version, result
    assert result.get("verifiedBy", {}).get("implementation"), result
    entries = [t for t in result.get("testResults", []) if t.get("interactionId") == f"ID{num}"]
    assert entries, f"no test result for interaction ID{num}: {result}"
    assert all(t.get("success") is success for t in entries), result
    if not success:
        assert any(t.get("mismatches") or t.get("exceptions") for t in entries), result


@then(parsers.re(r"a successful verification result will be published back for interaction \{(?P<num>\d+)\}"))
def successful_result_published(provider_world: ProviderWorld, num: str) -> None:
    _published_result(provider_world, int(num), success=True)


@then(parsers.re(r"a failed verification result will be published back for the interaction \{(?P<num>\d+)\}"))
def failed_result_published(provider_world: ProviderWorld, num: str) -> None:
    _published_result(provider_world, int(num), success=False)


@then("a verification result will NOT be published back")
def no_result_published(provider_world: ProviderWorld) -> None:
    assert provider_world.brokers, "no pact came from a broker"
    for num, broker in provider_world.brokers.items():
        assert broker.published() == [], f"results were published to the broker of c_{num}"
        # The pact was fetched, so this is "not published", not "never verified".
        assert broker.calls("GET", broker.pact_path), f"the pact of c_{num} was not fetched"


@then(parsers.re(r'a warning will be displayed that there was no provider state callback configured '
                 r'for provider state "(?P<state>[^"]*)"'))
def no_state_callback_warning(provider_world: ProviderWorld, state: str) -> None:
    # The reference only logs this warning (verifier.md §6), so what is
    # checked is its substance: the state is known and no call was attempted.
    outcome = provider_world.result()
    assert f"Given {state}" in outcome.output, outcome.output
    assert provider_world.server.state_calls() == []
