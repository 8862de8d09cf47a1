"""V4 http_consumer.feature: interaction details in the generated pact file."""

import pytest
from pytest_bdd import scenarios

import pact_ffi
from .steps.common import FEATURES

scenarios(str(FEATURES / "V4" / "http_consumer.feature"))


@pytest.fixture
def spec_version() -> pact_ffi.PactSpecification:
    return pact_ffi.PactSpecification.V4
