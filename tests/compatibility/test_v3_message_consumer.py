"""V3 message_consumer.feature: messages through pact_ffi's message-pact API."""

import pytest
from pytest_bdd import scenarios

import pact_ffi

from .steps.common import FEATURES

scenarios(str(FEATURES / "V3" / "message_consumer.feature"))


@pytest.fixture
def spec_version() -> pact_ffi.PactSpecification:
    return pact_ffi.PactSpecification.V3
