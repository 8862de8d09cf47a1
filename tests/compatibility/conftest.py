"""pytest-bdd wiring for the Pact compatibility suite (consumer side).

The features and fixtures are read from <repo>/../shared/reference
(steps/common.py); the step definitions live in steps/ and are made visible
to every feature module here. A terminal summary groups the outcomes by
feature file, for the closing notes of the conformance issue.
"""

from __future__ import annotations

import collections

import pytest

import pact_ffi

from .steps.generation import *  # noqa: F403
from .steps.http_consumer import *  # noqa: F403
from .steps.http_provider import *  # noqa: F403
from .steps.message_provider import *  # noqa: F403
from .steps.messages import *  # noqa: F403
from .steps.pact_generation import *  # noqa: F403
from .steps.provider_steps import *  # noqa: F403
from .steps.request_matching import *  # noqa: F403


@pytest.fixture
def spec_version() -> pact_ffi.PactSpecification:
    """Pact specification of the pacts built; feature modules override it."""
    return pact_ffi.PactSpecification.V1


def pytest_configure(config: pytest.Config) -> None:
    # The feature files tag scenarios; pytest-bdd turns tags into marks.
    for tag in ("consumer", "provider", "message", "SyncMessage", "SynchronousMessage", "wip"):
        config.addinivalue_line("markers", f"{tag}: Pact compatibility suite tag")


def pytest_terminal_summary(terminalreporter, exitstatus, config) -> None:  # noqa: ANN001, ARG001
    counts: dict[str, collections.Counter] = collections.defaultdict(collections.Counter)
    for outcome in ("passed", "failed", "xfailed", "xpassed", "skipped", "error"):
        for report in terminalreporter.stats.get(outcome, []):
            nodeid = getattr(report, "nodeid", "")
            if "tests/compatibility/" not in nodeid or getattr(report, "when", "call") not in ("call", "setup"):
                continue
            if outcome == "passed" and report.when != "call":
                continue
            counts[nodeid.split("::")[0].rsplit("/", 1)[-1]][outcome] += 1
    if not counts:
        return
    terminalreporter.section("Pact compatibility suite per feature file")
    for module in sorted(counts):
        parts = ", ".join(f"{n} {o}" for o, n in sorted(counts[module].items()))
        terminalreporter.write_line(f"{module}: {parts}")
