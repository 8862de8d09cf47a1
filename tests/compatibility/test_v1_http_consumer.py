"""V1 http_consumer.feature: basic HTTP consumer interactions against the mock server."""

from pytest_bdd import scenarios

from .steps.common import FEATURES

FEATURE = str(FEATURES / "V1" / "http_consumer.feature")

scenarios(FEATURE)
