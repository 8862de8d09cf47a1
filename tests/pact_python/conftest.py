"""pact-python 4.2 (the `pact` package from PyPI) running on our `pact_ffi`.

These tests use pact-python's own high-level API, unchanged, and run only in
the virtual environment that scripts/pact-python-venv.sh prepares (pact-python
installed without its reference FFI dependency). scripts/run-tests.sh runs
them there and sets PACT_PYTHON_REQUIRED=1, so a missing pact-python is an
error, never a silent pass. Collected by an interpreter without pact-python
(the main pytest run lists its directories and does not include this one),
the directory is left out with a printed reason.
"""

from __future__ import annotations

import importlib.util
import os
import sys
from pathlib import Path

import pytest

_HERE = Path(__file__).resolve().parent
if str(_HERE) not in sys.path:
    sys.path.insert(0, str(_HERE))

_MISSING = importlib.util.find_spec("pact") is None
_REASON = (
    "tests/pact_python needs pact-python 4.2 next to our pact_ffi: "
    "run them with the interpreter printed by `bash scripts/pact-python-venv.sh` "
    "(make test does)"
)

if _MISSING:
    if os.environ.get("PACT_PYTHON_REQUIRED") == "1":
        pytest.exit(_REASON, returncode=4)
    collect_ignore_glob = ["*.py"]


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    """Say why the directory was left out (shown with -q too)."""
    if _MISSING:
        terminalreporter.write_line(f"pact_python: NOT RUN: {_REASON}")


def pytest_report_header(config: pytest.Config) -> list[str]:  # noqa: ARG001
    """Say which pact-python and which pact_ffi this run uses."""
    if _MISSING:
        return [f"pact_python: NOT RUN: {_REASON}"]
    import importlib.metadata  # noqa: PLC0415

    import pact_ffi  # noqa: PLC0415

    return [
        f"pact_python: pact-python {importlib.metadata.version('pact-python')} "
        f"on pact_ffi from {Path(pact_ffi.__file__).parent.resolve()}",
    ]
