"""Shared fixtures: a fresh pact per test, and a mock server factory."""

from __future__ import annotations

import json
import urllib.error
import urllib.request
from collections.abc import Iterator
from typing import Any

import pytest

import pact_ffi


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
