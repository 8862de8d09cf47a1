"""Steps that define an interaction with pact_ffi and inspect the generated pact file.

Used by the V3 and V4 http_consumer features: the interaction is declared with
pact_ffi's builder functions and "the Pact file for the test is generated" is
pactffi_pact_handle_write_file into a scratch directory, read back as JSON.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from pytest_bdd import given, parsers, then, when

import pact_ffi


class PactWorld:
    """A pact handle under construction, its current interaction, and the written file."""

    def __init__(self, spec: pact_ffi.PactSpecification, pact_dir: Path) -> None:
        self.spec = spec
        self.pact_dir = pact_dir
        self.pact: pact_ffi.PactHandle | None = None
        self.interaction: pact_ffi.InteractionHandle | None = None
        self.consumer = ""
        self.provider = ""
        self.pact_json: dict[str, Any] | None = None

    def begin_pact(self, consumer: str, provider: str) -> None:
        if self.pact is None:
            self.consumer, self.provider = consumer, provider
            self.pact = pact_ffi.new_pact(consumer, provider)
            pact_ffi.with_specification(self.pact, self.spec)

    def begin(self, consumer: str, provider: str, description: str) -> None:
        self.begin_pact(consumer, provider)
        self.interaction = pact_ffi.new_interaction(self.pact, description)

    def generate(self) -> None:
        assert self.pact is not None, "no pact is being defined"
        pact_ffi.pact_handle_write_file(self.pact, self.pact_dir, overwrite=True)
        path = self.pact_dir / f"{self.consumer}-{self.provider}.json"
        self.pact_json = json.loads(path.read_text())

    def first_interaction(self) -> dict[str, Any]:
        assert self.pact_json is not None, "the pact file was not generated"
        interactions = self.pact_json["interactions"]
        assert interactions, "the pact file has no interactions"
        return interactions[0]

    def provider_states(self) -> list[dict[str, Any]]:
        states = self.first_interaction().get("providerStates")
        assert isinstance(states, list), "no providerStates in the interaction"
        return states

    def close(self) -> None:
        if self.pact is not None and not self.pact._freed:  # noqa: SLF001
            pact_ffi.free_pact_handle(self.pact)


@pytest.fixture
def pact_world(spec_version: pact_ffi.PactSpecification, tmp_path: Path):
    world = PactWorld(spec_version, tmp_path / "pacts")
    yield world
    world.close()


@given("an integration is being defined for a consumer test")
def integration_defined(pact_world: PactWorld) -> None:
    pact_world.begin("V3 consumer", "V3 provider", "interaction for a consumer test")


@given("an HTTP interaction is being defined for a consumer test")
def http_interaction_defined(pact_world: PactWorld) -> None:
    pact_world.begin("V4 consumer", "V4 provider", "interaction for a consumer test")


@given("a message interaction is being defined for a consumer test")
def message_interaction_defined(pact_world: PactWorld) -> None:
    pact_world.begin_pact("V4 consumer", "V4 provider")
    pact_world.interaction = pact_ffi.new_message_interaction(pact_world.pact, "a message")


@given(parsers.re(r'a provider state "(?P<state>[^"]+)" is specified$'))
def provider_state(pact_world: PactWorld, state: str) -> None:
    pact_ffi.given(pact_world.interaction, state)


@given(parsers.re(r'a provider state "(?P<state>[^"]+)" is specified with the following data:'))
def provider_state_with_data(pact_world: PactWorld, state: str, datatable: list[list[str]]) -> None:
    # Each cell is a JSON value (the suite quotes strings: "Test").
    params = {name: json.loads(cell) for name, cell in zip(datatable[0], datatable[1])}
    pact_ffi.given_with_params(pact_world.interaction, state, json.dumps(params))


@given(parsers.parse('a key of "{key}" is specified for the HTTP interaction'))
def interaction_key(pact_world: PactWorld, key: str) -> None:
    pact_ffi.set_key(pact_world.interaction, key)


@given("the HTTP interaction is marked as pending")
def interaction_pending(pact_world: PactWorld) -> None:
    pact_ffi.set_pending(pact_world.interaction, pending=True)


@given(parsers.parse('a comment "{comment}" is added to the HTTP interaction'))
def interaction_comment(pact_world: PactWorld, comment: str) -> None:
    pact_ffi.add_text_comment(pact_world.interaction, comment)


@when("the Pact file for the test is generated")
def pact_file_generated(pact_world: PactWorld) -> None:
    pact_world.generate()


@then(parsers.re(r"the interaction in the Pact file will contain (?P<num>\d+) provider states?"))
def provider_state_count(pact_world: PactWorld, num: str) -> None:
    assert len(pact_world.provider_states()) == int(num)


@then(parsers.re(r'the interaction in the Pact file will contain provider state "(?P<state>[^"]+)"'))
def has_provider_state(pact_world: PactWorld, state: str) -> None:
    assert any(s.get("name") == state for s in pact_world.provider_states()), pact_world.provider_states()


@then(parsers.re(r'the provider state "(?P<state>[^"]+)" in the Pact file will contain the following parameters:'))
def provider_state_params(pact_world: PactWorld, state: str, datatable: list[list[str]]) -> None:
    expected = json.loads(datatable[1][0])
    matches = [s for s in pact_world.provider_states() if s.get("name") == state]
    assert matches, f"no provider state {state!r}"
    assert matches[0].get("params") == expected


@then(parsers.parse('the first interaction in the Pact file will have a type of "{kind}"'))
def first_interaction_type(pact_world: PactWorld, kind: str) -> None:
    assert pact_world.first_interaction().get("type") == kind


@then(parsers.re(r"""the first interaction in the Pact file will have "(?P<name>[^"]+)" = '(?P<value>.*)'$"""))
def first_interaction_attribute(pact_world: PactWorld, name: str, value: str) -> None:
    interaction = pact_world.first_interaction()
    assert name in interaction, f"no {name!r} in {interaction}"
    assert interaction[name] == json.loads(value)


@then(parsers.parse('there will be an interaction in the Pact file with a type of "{kind}"'))
def some_interaction_has_type(pact_world: PactWorld, kind: str) -> None:
    assert pact_world.pact_json is not None, "the pact file was not generated"
    kinds = [i.get("type") for i in pact_world.pact_json["interactions"]]
    assert kind in kinds, kinds
