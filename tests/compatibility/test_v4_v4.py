"""V4 v4.feature: general V4 features (mixed interaction types in one pact)."""

import pytest
from pytest_bdd import scenarios

import pact_ffi

from .steps.common import FEATURES

scenarios(str(FEATURES / "V4" / "v4.feature"))


@pytest.fixture
def spec_version() -> pact_ffi.PactSpecification:
    return pact_ffi.PactSpecification.V4
