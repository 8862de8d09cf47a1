"""V3 http_generators.feature: generators of request and response parts (see steps/generation.py)."""

import pytest
from pytest_bdd import scenarios

import pact_ffi

from .steps.common import FEATURES

scenarios(str(FEATURES / "V3" / "http_generators.feature"))


@pytest.fixture
def spec_version() -> pact_ffi.PactSpecification:
    return pact_ffi.PactSpecification.V3
