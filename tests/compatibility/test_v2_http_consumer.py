"""V2 http_consumer.feature: matching rules applied by the mock server."""

import pytest
from pytest_bdd import scenarios

import pact_ffi
from .steps.common import FEATURES

scenarios(str(FEATURES / "V2" / "http_consumer.feature"))


@pytest.fixture
def spec_version() -> pact_ffi.PactSpecification:
    return pact_ffi.PactSpecification.V2
