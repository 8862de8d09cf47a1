"""V3 http_provider.feature: verifying an HTTP provider through pact_ffi's verifier."""

import pytest
from pytest_bdd import scenarios

import pact_ffi

from .steps.common import FEATURES

scenarios(str(FEATURES / "V3" / "http_provider.feature"))


@pytest.fixture
def spec_version() -> pact_ffi.PactSpecification:
    return pact_ffi.PactSpecification.V3
