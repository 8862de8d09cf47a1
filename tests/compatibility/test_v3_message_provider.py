"""V3 message_provider.feature: verifying V3 message pacts through pact_ffi's verifier."""

import pytest
from pytest_bdd import scenario, scenarios

import pact_ffi

from .steps.common import FEATURES

FEATURE = str(FEATURES / "V3" / "message_provider.feature")


# Tagged @wip in the suite (the reference runners skip it): the provider sends
# a Kafka schema-registry envelope (5-byte header + JSON) and the pact expects
# the bare JSON, which needs schema-registry support in the body matchers.
@pytest.mark.xfail(reason="@wip scenario of the suite: schema-registry bodies are not supported", strict=False)
@scenario(FEATURE, "Supports messages with body formatted for the Kafka schema registry")
def test_supports_messages_with_body_formatted_for_the_kafka_schema_registry() -> None:
    pass


scenarios(FEATURE)


@pytest.fixture
def spec_version() -> pact_ffi.PactSpecification:
    return pact_ffi.PactSpecification.V3
