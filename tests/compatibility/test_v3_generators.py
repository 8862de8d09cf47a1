"""V3 generators.feature: body generators of a request (see steps/generation.py for how)."""

import pytest
from pytest_bdd import scenarios

import pact_ffi

from .steps.common import FEATURES

scenarios(str(FEATURES / "V3" / "generators.feature"))


@pytest.fixture
def spec_version() -> pact_ffi.PactSpecification:
    return pact_ffi.PactSpecification.V3
