"""Pass counts per spec version for the response testcases verified through the verifier."""

from __future__ import annotations

import collections
import re

_MODULE = "test_response_testcases_via_verifier.py"
_VERSION = re.compile(r"\[(v[0-9.]+)/")


def pytest_terminal_summary(terminalreporter, exitstatus, config) -> None:  # noqa: ANN001, ARG001
    counts: dict[str, collections.Counter] = collections.defaultdict(collections.Counter)
    for outcome in ("passed", "failed", "error", "skipped"):
        for report in terminalreporter.stats.get(outcome, []):
            nodeid = getattr(report, "nodeid", "")
            found = _VERSION.search(nodeid)
            if _MODULE not in nodeid or found is None:
                continue
            if report.when != "call" and outcome in ("passed", "skipped"):
                continue
            counts[found.group(1)][outcome] += 1
    if not counts:
        return
    terminalreporter.section("Response spec testcases through the verifier, per version")
    for version in sorted(counts, key=lambda v: [int(x) for x in v[1:].split(".")]):
        total = sum(counts[version].values())
        terminalreporter.write_line(f"{version}: {counts[version]['passed']}/{total} passed")
