"""V3 http_matching.feature: requests compared with an expected request by the mock server."""

import pytest
from pytest_bdd import scenarios

import pact_ffi
from .steps.common import FEATURES

FEATURE = str(FEATURES / "V3" / "http_matching.feature")

scenarios(FEATURE)


@pytest.fixture
def spec_version() -> pact_ffi.PactSpecification:
    return pact_ffi.PactSpecification.V3
