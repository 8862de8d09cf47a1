"""Steps shared by the HTTP and message provider features.

Running the verifier, its overall outcome, the errors of its JSON report
(verifier.md §12.2), pending errors, console output (V4 comments), and the
provider-state callback, which is the test provider's ``/_pact/state``
endpoint (verifier.md §6): what it received, and in which order relative to
the requests for the interactions.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from pytest_bdd import given, parsers, then, when

import pact_ffi

from .provider_support import ERROR_MESSAGE_FOR_ERROR, MISMATCH_FOR_ERROR, ProviderWorld


@pytest.fixture
def provider_world(spec_version: pact_ffi.PactSpecification, tmp_path: Path):
    world = ProviderWorld(spec_version, tmp_path / "provider")
    yield world
    world.close()


# -- Given -----------------------------------------------------------------


@given(parsers.re(r"a provider state callback is configured(?P<failing>, but will return a failure)?"))
def state_callback_configured(provider_world: ProviderWorld, failing: str | None) -> None:
    provider_world.state_callback = True
    provider_world.server.state_change_fails = bool(failing)


# -- When ------------------------------------------------------------------


@when("the verification is run")
def verification_is_run(provider_world: ProviderWorld) -> None:
    provider_world.run()


# -- Then: outcome -----------------------------------------------------------


@then("the verification will be successful")
def verification_successful(provider_world: ProviderWorld) -> None:
    outcome = provider_world.result()
    assert outcome.success, f"the verification failed\n{outcome.describe()}"
    assert outcome.report.get("result") is True, outcome.describe()


@then("the verification will NOT be successful")
def verification_not_successful(provider_world: ProviderWorld) -> None:
    outcome = provider_world.result()
    assert not outcome.success, f"the verification passed\n{outcome.describe()}"
    # A failed verification, not a run that could not execute (exit code 2).
    assert "Verification execution failed" not in outcome.output, outcome.describe()
    assert outcome.report.get("result") is False, outcome.describe()
    assert outcome.report.get("errors"), f"no errors reported\n{outcome.describe()}"


@then(parsers.re(r'the verification results will contain a "(?P<error>[^"]+)" error'))
def results_contain_error(provider_world: ProviderWorld, error: str) -> None:
    outcome = provider_world.result()
    if error in MISMATCH_FOR_ERROR:
        kind = MISMATCH_FOR_ERROR[error]
        assert kind in outcome.mismatch_types(), f"no {kind} in the errors\n{outcome.describe()}"
    elif error in ERROR_MESSAGE_FOR_ERROR:
        message = ERROR_MESSAGE_FOR_ERROR[error]
        assert message in outcome.error_messages(), f"no error {message!r}\n{outcome.describe()}"
    else:
        msg = f"unknown error phrase {error!r}"
        raise ValueError(msg)


@then(parsers.re(r'there will be a pending "(?P<error>[^"]+)" error'))
def pending_error(provider_world: ProviderWorld, error: str) -> None:
    outcome = provider_world.result()
    kind = MISMATCH_FOR_ERROR[error]
    assert kind in outcome.mismatch_types("pendingErrors"), f"no pending {kind}\n{outcome.describe()}"
    assert kind not in outcome.mismatch_types("errors"), outcome.describe()


@then(parsers.re(r'the comment "(?P<comment>[^"]+)" will have been printed to the console'))
def comment_printed(provider_world: ProviderWorld, comment: str) -> None:
    outcome = provider_world.result()
    lines = [line.strip() for line in outcome.output.splitlines()]
    assert comment in lines, f"comment not printed\n{outcome.output}"
    assert "Comments:" in lines, outcome.output


@then(parsers.re(r'the "(?P<name>[^"]+)" will displayed as the original test name'))
def test_name_printed(provider_world: ProviderWorld, name: str) -> None:
    outcome = provider_world.result()
    assert f"Test Name: {name}" in outcome.output, f"test name not printed\n{outcome.output}"


# -- Then: provider state callback --------------------------------------------


def _first(events: list[tuple[str, str]], kind: str) -> int | None:
    return next((i for i, (k, _) in enumerate(events) if k == kind), None)


def _last(events: list[tuple[str, str]], kind: str) -> int | None:
    found = [i for i, (k, _) in enumerate(events) if k == kind]
    return found[-1] if found else None


@then("the provider state callback will be called before the verification is run")
def state_called_before(provider_world: ProviderWorld) -> None:
    events = provider_world.server.events()
    setup, request = _first(events, "setup"), _first(events, "request")
    assert setup is not None, f"no setup call; received {events}"
    assert request is None or setup < request, f"setup came after a provider request: {events}"


@then("the provider state callback will be called after the verification is run")
def state_called_after(provider_world: ProviderWorld) -> None:
    events = provider_world.server.events()
    teardown, request = _last(events, "teardown"), _last(events, "request")
    assert teardown is not None, f"no teardown call; received {events}"
    assert request is not None and teardown > request, f"no teardown after the provider requests: {events}"


@then(parsers.re(r'the provider state callback will receive a (?P<action>setup|teardown) call '
                 r'(with )?"(?P<state>[^"]*)" as the provider state parameter'))
def state_call_received(provider_world: ProviderWorld, action: str, state: str) -> None:
    calls = provider_world.server.state_calls()
    matching = [c for c in calls if c.get("action") == action and c.get("state") == state]
    assert matching, f"no {action} call for {state!r}; received {calls}"
    # Body mode always sends params (verifier.md §6).
    assert all("params" in c for c in matching), calls


@then(parsers.re(r'the provider state callback will receive a (?P<action>setup|teardown) call '
                 r'(with )?"(?P<state>[^"]*)" and the following parameters:'))
def state_call_with_params(provider_world: ProviderWorld, action: str, state: str, datatable: list[list[str]]) -> None:
    params = {name: json.loads(cell) for name, cell in zip(datatable[0], datatable[1])}
    calls = provider_world.server.state_calls()
    matching = [c for c in calls if c.get("action") == action and c.get("state") == state]
    assert matching, f"no {action} call for {state!r}; received {calls}"
    assert any(c.get("params") == params for c in matching), f"expected params {params}; received {calls}"


@then(parsers.re(r"the provider state callback will NOT receive a (?P<action>setup|teardown) call"))
def state_call_not_received(provider_world: ProviderWorld, action: str) -> None:
    calls = provider_world.server.state_calls()
    assert not [c for c in calls if c.get("action") == action], f"unexpected {action} call: {calls}"
