"""The same scenarios against our pact_ffi and the reference's (pact-python-ffi,
libpact_ffi 0.5.12): pact files, mismatch reports and return codes must be
equal. Deliberate differences are listed in ALLOWED with their reason."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

HERE = Path(__file__).resolve().parent
TOP = HERE.parent.parent

#: Scenario name -> why our result may differ (none so far).
ALLOWED: dict[str, str] = {}


DATE_DETAIL = re.compile(r"(to match a (?:date|time|timestamp) pattern of '[^']*'): .*")


def normalise(value: Any) -> Any:  # noqa: ANN401
    """Drop what is allowed to differ: the parser's detail after a date
    pattern mismatch (the reference prints its parser's internal error)."""
    if isinstance(value, dict):
        return {k: normalise(v) for k, v in value.items()}
    if isinstance(value, list):
        return [normalise(v) for v in value]
    if isinstance(value, str):
        return DATE_DETAIL.sub(r"\1: <detail>", value)
    return value


def run(python: str, env: dict[str, str], out: Path) -> dict[str, Any]:
    subprocess.run([python, str(HERE / "scenarios.py"), str(out)], check=True, env=env, capture_output=True, timeout=300)
    return normalise(json.loads(out.read_text()))


@pytest.fixture(scope="module")
def results(tmp_path_factory: pytest.TempPathFactory) -> tuple[dict[str, Any], dict[str, Any]]:
    try:
        reference_python = subprocess.run(
            ["bash", str(TOP / "scripts" / "reference-venv.sh")], check=True, capture_output=True, text=True, timeout=600
        ).stdout.strip()
    except (subprocess.CalledProcessError, subprocess.TimeoutExpired) as error:
        pytest.skip(f"the reference library could not be installed: {error}")
    tmp = tmp_path_factory.mktemp("differential")
    ref_env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "LD_PRELOAD")}
    ours = run(sys.executable, dict(os.environ), tmp / "ours.json")
    reference = run(reference_python, ref_env, tmp / "reference.json")
    return ours, reference


SCENARIOS = sorted(
    line.split("def ")[1].split("(")[0]
    for previous, line in zip([""] + (HERE / "scenarios.py").read_text().splitlines(), (HERE / "scenarios.py").read_text().splitlines())
    if previous.strip() == "@scenario"
)


@pytest.mark.parametrize("name", SCENARIOS)
def test_same_as_reference(results: tuple[dict[str, Any], dict[str, Any]], name: str) -> None:
    ours, reference = results
    if name in ALLOWED:
        pytest.xfail(ALLOWED[name])
    assert ours[name] == reference[name]
