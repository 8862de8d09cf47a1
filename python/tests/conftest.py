"""Shared fixtures: a fresh pact per test, and a mock server factory."""

from __future__ import annotations

import json
import sys
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import pact_ffi

# The HTTP doubles shared with tests/compatibility and tests/conformance live
# in <repo>/tests/doubles. pytest puts <repo>/tests on sys.path only when it
# collects one of those packages; this makes ``import doubles`` work when
# python/tests runs alone too (and in every xdist worker, which loads this
# conftest).
_SHARED_TESTS = str(Path(__file__).resolve().parents[2] / "tests")
if _SHARED_TESTS not in sys.path:
    sys.path.insert(0, _SHARED_TESTS)


@pytest.fixture
def pact() -> Iterator[pact_ffi.PactHandle]:
    """A new pact between "consumer" and "provider", freed afterwards."""
    handle = pact_ffi.new_pact("consumer", "provider")
    yield handle
    if not handle._freed:  # noqa: SLF001
        pact_ffi.free_pact_handle(handle)


@pytest.fixture
def interaction(pact: pact_ffi.PactHandle) -> pact_ffi.InteractionHandle:
    """An HTTP interaction of ``pact``."""
    return pact_ffi.new_interaction(pact, "a request")


def http(method: str, url: str, body: bytes | None = None, headers: dict[str, str] | None = None) -> tuple[int, dict[str, str], bytes]:
    """Send one request; return status, headers and body (errors included)."""
    request = urllib.request.Request(url, data=body, method=method, headers=headers or {})  # noqa: S310
    try:
        with urllib.request.urlopen(request, timeout=10) as response:  # noqa: S310
            return response.status, dict(response.headers), response.read()
    except urllib.error.HTTPError as error:
        return error.code, dict(error.headers), error.read()


def read_pact(path: Any) -> dict[str, Any]:  # noqa: ANN401
    """Load a pact file."""
    with open(path, encoding="utf-8") as f:
        return json.load(f)
