"""The same verifier scenarios against our pact_ffi and the reference's
(pact-python-ffi, libpact_ffi 0.5.12): return codes, JSON reports, output
text, and what the provider, its state-change endpoint, the message relay and
the broker received must be equal. What may differ is normalised away below
(each with its reason) or listed in ALLOWED."""

from __future__ import annotations

import difflib
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
SCRIPT = HERE / "verifier_scenarios.py"

#: Scenario name -> why our result differs on purpose (docs/decisions.md, "Verifier").
ALLOWED: dict[str, str] = {
    "invalid_filter_regex": (
        "an invalid filter regex ends our run with 2 and a report saying why; the reference "
        "panics inside the run, returns 1 and reports an empty, passing result"
    ),
}

# -- normalisation --------------------------------------------------------------

#: Our transport errors name the cause after the reference's text
#: ("error sending request for url (…): Connection refused"); deliberate.
TRANSPORT_CAUSE = re.compile(r"(error sending request for url \([^)\s]*\)): [^\n\x1b\"]*")
#: A mismatch detail line of the failure sections (11 spaces), and a header or
#: metadata line of a result block (8 spaces and a quoted name).
DETAIL = re.compile(r"^ {11}\S")
RESULT_ITEM = re.compile(r'^ {8}"')
#: The summary of a run of mismatches names its first one.
SUMMARY = re.compile(r"^( {4}\d+\.\d+\) includes (?:header|parameter)) '.*' with value '.*'$")


def _sorted_runs(lines: list[str]) -> list[str]:
    """Lines with each run of detail lines sorted, and the summary of a run of
    several details made anonymous: the reference lists header, query, metadata
    and body mismatches in hash-map order, which changes from run to run."""
    out: list[str] = []
    i = 0
    while i < len(lines):
        for pattern in (DETAIL, RESULT_ITEM):
            j = i
            while j < len(lines) and pattern.match(lines[j]):
                j += 1
            if j > i:
                break
        if j > i:
            run = sorted(lines[i:j])
            if j - i > 1 and out and SUMMARY.match(out[-1]):
                out[-1] = SUMMARY.sub(r"\1 <first of several>", out[-1])
            out.extend(run)
            i = j
        else:
            out.append(lines[i])
            i += 1
    return out


def normalise(value: Any, key: str = "") -> Any:  # noqa: ANN401, PLR0911
    """Drop what is allowed to differ."""
    if isinstance(value, dict):
        value = {k: normalise(v, k) for k, v in value.items()}
        if key == "verifiedBy":
            # Published results name the wrapper's package version (the reference's
            # is 0.5.12.1, ours 0.5.12) and the embedded pact_verifier's (1.4.7 in
            # the reference, 1.4.8 in ours): versions of two different builds.
            value["version"] = "<version>"
            value.get("clientLanguage", {})["version"] = "<version>"
        return value
    if isinstance(value, list):
        items = [normalise(v) for v in value]
        if key == "mismatches" and all(isinstance(v, dict) for v in items):
            # The reference orders them by hash-map iteration.
            return sorted(items, key=lambda m: json.dumps(m, sort_keys=True))
        if items and all(isinstance(v, str) for v in items):
            return _sorted_runs(items)
        return items
    if isinstance(value, str):
        return TRANSPORT_CAUSE.sub(r"\1", value)
    return value


# -- running ----------------------------------------------------------------------


@pytest.fixture(scope="module")
def results(tmp_path_factory: pytest.TempPathFactory) -> tuple[dict[str, Any], dict[str, Any]]:
    try:
        reference_python = subprocess.run(
            ["bash", str(TOP / "scripts" / "reference-venv.sh")], check=True, capture_output=True, text=True, timeout=600
        ).stdout.strip()
    except (subprocess.CalledProcessError, subprocess.TimeoutExpired) as error:
        pytest.skip(f"the reference library could not be installed: {error}")
    tmp = tmp_path_factory.mktemp("verifier-differential")
    ref_env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "LD_PRELOAD")}
    runs = {
        "ours": subprocess.Popen([sys.executable, str(SCRIPT), str(tmp / "ours.json")], env=dict(os.environ), stdout=subprocess.PIPE, stderr=subprocess.PIPE),
        "reference": subprocess.Popen([reference_python, str(SCRIPT), str(tmp / "reference.json")], env=ref_env, stdout=subprocess.PIPE, stderr=subprocess.PIPE),
    }
    out = {}
    for name, process in runs.items():
        _, stderr = process.communicate(timeout=300)
        assert process.returncode == 0, f"{name}: {stderr.decode(errors='replace')[-2000:]}"
        out[name] = normalise(json.loads((tmp / f"{name}.json").read_text()))
    return out["ours"], out["reference"]


SCENARIOS = sorted(
    line.split("def ")[1].split("(")[0]
    for previous, line in zip([""] + SCRIPT.read_text().splitlines(), SCRIPT.read_text().splitlines())
    if previous.strip() == "@scenario"
)


def test_scenarios_found() -> None:
    assert len(SCENARIOS) >= 20


def differences(reference: Any, ours: Any, path: str = "") -> list[str]:  # noqa: ANN401
    """Where ``ours`` differs from ``reference``: one line per differing leaf."""
    if isinstance(reference, dict) and isinstance(ours, dict):
        return [d for k in sorted(set(reference) | set(ours)) for d in differences(reference.get(k, "<absent>"), ours.get(k, "<absent>"), f"{path}.{k}")]
    if isinstance(reference, list) and isinstance(ours, list) and len(reference) == len(ours):
        return [d for i, (r, o) in enumerate(zip(reference, ours)) for d in differences(r, o, f"{path}[{i}]")]
    if reference == ours:
        return []
    if isinstance(reference, list) and isinstance(ours, list) and all(isinstance(v, str) for v in reference + ours):
        diff = difflib.unified_diff([json.dumps(v) for v in reference], [json.dumps(v) for v in ours], "reference", "ours", n=1, lineterm="")
        return [f"{path}:\n    " + "\n    ".join(list(diff)[2:])]
    return [f"{path}:\n    reference: {json.dumps(reference)[:600]}\n    ours:      {json.dumps(ours)[:600]}"]


@pytest.mark.parametrize("name", SCENARIOS)
def test_same_as_reference(results: tuple[dict[str, Any], dict[str, Any]], name: str) -> None:
    ours, reference = results
    assert "raised" not in reference[name], reference[name]
    if name in ALLOWED:
        pytest.xfail(ALLOWED[name])
    found = differences(reference[name], ours[name])
    assert not found, f"{len(found)} difference(s) from the reference:\n" + "\n".join(found[:25])
