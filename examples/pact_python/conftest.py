"""Where the example's contract lives: $PACT_DIR, or ./pacts beside this file."""

from __future__ import annotations

import os
from pathlib import Path

import pytest


@pytest.fixture(scope="session")
def pact_dir() -> Path:
    """The directory the consumer test writes the pact to and the provider test reads."""
    return Path(os.environ.get("PACT_DIR", Path(__file__).parent / "pacts")).resolve()
