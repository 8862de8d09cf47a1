"""Every response spec testcase, verified through the provider verifier.

The C++ conformance runner (spec_testcases_test.cpp) compares each testcase's
``expected`` and ``actual`` responses with the matcher directly. Here the same
files go the long way round, as a user's provider verification does: the
``expected`` response is the response of the single interaction of a pact
file (V1, V1.1, V2, V3 or V4 layout, as the testcase's folder says), a stub
provider answers with the ``actual`` response (status, headers, body bytes),
and pact_ffi's verifier checks one against the other. The verifier's outcome
(``verifier_execute`` succeeding) must be the testcase's ``match``.

As in the C++ runner, where pact-reference deliberately runs its own copy of
a testcase (spec-testcases-differences.tsv, ``rust_runs_it`` = yes), that
copy and its result are used; where it ignores its copy, the spec file's
result stands.

One stub server (the shared ``doubles.http_double``, tests/doubles) serves
the whole module: testcase *i* is requested at ``GET /case/<i>``, so the runs
never share state. It sends only the testcase's headers and Content-Length.
"""

from __future__ import annotations

import base64
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

import pact_ffi
from doubles.http_double import HttpDouble, Recorded, Reply

REFERENCE = Path(__file__).resolve().parents[2].parent / "shared" / "reference"
SPEC = REFERENCE / "spec-testcases"
VARIANTS = REFERENCE / "spec-testcases-pact-reference-variants"
DIFFERENCES = REFERENCE / "spec-testcases-differences.tsv"

VERSIONS = ("v1", "v1.1", "v2", "v3", "v4")
PACT_VERSION = {"v1": "1.0.0", "v1.1": "1.1.0", "v2": "2.0.0", "v3": "3.0.0", "v4": "4.0"}


@dataclass(frozen=True)
class SpecCase:
    index: int
    version: str
    relative: str  #: path under spec-testcases, e.g. "v3/response/body/matches.json"
    source: Path  #: the file run: the spec file or pact-reference's variant of it
    match: bool
    deviation: str = ""


def _read_json(path: Path) -> Any:  # noqa: ANN401
    # Some v1 files start with a UTF-8 BOM.
    return json.loads(path.read_text(encoding="utf-8-sig"))


def _differences() -> dict[str, tuple[bool, bool, str]]:
    """"<version>/<path>" -> (pact-reference's result, whether it runs its copy, what changed)."""
    out = {}
    lines = DIFFERENCES.read_text(encoding="utf-8").splitlines()[1:]
    for line in lines:
        cols = line.split("\t")
        if len(cols) >= 6:
            out[f"{cols[0]}/{cols[1]}"] = (cols[3] == "true", cols[5].startswith("yes"), cols[4])
    return out


def discover() -> list[SpecCase]:
    differences = _differences()
    found = []
    for version in VERSIONS:
        for path in sorted((SPEC / version / "response").rglob("*.json")):
            inner = path.relative_to(SPEC / version).as_posix()
            found.append((version, inner, path))
    cases = []
    for index, (version, inner, path) in enumerate(found):
        match = bool(_read_json(path).get("match"))
        source, deviation = path, ""
        if f"{version}/{inner}" in differences:
            reference_match, runs_it, changed = differences[f"{version}/{inner}"]
            if runs_it:
                source, match = VARIANTS / version / inner, reference_match
                deviation = f"pact-reference's copy, which changes: {changed}"
            else:
                deviation = "pact-reference ignores its copy; the spec's result stands"
        cases.append(SpecCase(index, version, f"{version}/{inner}", source, match, deviation))
    return cases


TESTCASES = discover()


# -- the stub provider ---------------------------------------------------------------


class StubProvider(HttpDouble):
    """Answers ``GET <path>`` with the reply ``serve`` gave for it."""

    def __init__(self) -> None:
        super().__init__()
        self.replies: dict[str, Reply] = {}

    def serve(self, path: str, reply: Reply) -> None:
        with self._lock:
            self.replies[path] = reply

    def answer(self, request: Recorded) -> Reply:
        with self._lock:
            reply = self.replies.get(request.path)
        return reply if reply is not None else Reply(599, "unknown testcase path", "text/plain")


@pytest.fixture(scope="module")
def stub() -> Iterator[StubProvider]:
    with StubProvider() as server:
        yield server


# -- turning a testcase into a pact file and a provider reply --------------------------


def _v4_wrapper(body: Any) -> bool:  # noqa: ANN401
    return isinstance(body, dict) and "content" in body and set(body) <= {"content", "contentType", "encoded", "contentTypeHint"}


def wire_body(version: str, response: dict[str, Any]) -> tuple[bytes, str | None]:
    """The bytes a provider sends for the testcase's body, and a content type the body itself names."""
    if "body" not in response:
        return b"", None
    body = response["body"]
    if version == "v4" and _v4_wrapper(body):
        content, encoded = body["content"], body.get("encoded", False)
        if content is None:
            return b"", body.get("contentType")
        if encoded not in (False, None):
            return base64.b64decode(content), body.get("contentType")
        if isinstance(content, str):
            return content.encode(), body.get("contentType")
        return json.dumps(content).encode(), body.get("contentType")
    if body is None:
        return b"", None  # a JSON null body: nothing on the wire
    if isinstance(body, str):
        return body.encode(), None
    return json.dumps(body).encode(), None


def provider_reply(version: str, actual: dict[str, Any]) -> Reply:
    headers: list[tuple[str, str]] = []
    for name, value in (actual.get("headers") or {}).items():
        for item in value if isinstance(value, list) else [value]:
            # A value folded over lines (obs-fold) goes on the wire unfolded,
            # as RFC 9112 §5.2 tells recipients to read it.
            headers.append((name, re.sub(r"\r?\n[ \t]*", " ", str(item))))
    body, body_type = wire_body(version, actual)
    if body_type and not any(name.lower() == "content-type" for name, _ in headers):
        headers.append(("Content-Type", body_type))
    return Reply(int(actual.get("status", 200)), body, headers=headers)


def pact_document(case: SpecCase, expected: dict[str, Any], path: str) -> dict[str, Any]:
    interaction: dict[str, Any] = {
        "description": f"testcase {case.relative}",
        "request": {"method": "GET", "path": path},
        "response": expected,
    }
    if case.version == "v4":
        interaction["type"] = "Synchronous/HTTP"
    return {
        "consumer": {"name": "c"},
        "provider": {"name": "p"},
        "interactions": [interaction],
        "metadata": {"pactSpecification": {"version": PACT_VERSION[case.version]}},
    }


def verify(pact_file: Path, port: int) -> tuple[bool, dict[str, Any]]:
    handle = pact_ffi.verifier_new_for_application()
    try:
        pact_ffi.verifier_set_provider_info(handle, "p", "http", "127.0.0.1", port, "/")
        pact_ffi.verifier_add_file_source(handle, str(pact_file))
        try:
            pact_ffi.verifier_execute(handle)
            passed = True
        except RuntimeError:
            passed = False
        report = json.loads(str(pact_ffi.verifier_json(handle)))
    finally:
        pact_ffi.verifier_shutdown(handle)
    return passed, report


@pytest.mark.parametrize("case", TESTCASES, ids=[c.relative for c in TESTCASES])
def test_response_testcase(case: SpecCase, stub: StubProvider, tmp_path: Path) -> None:
    document = _read_json(case.source)
    path = f"/case/{case.index}"
    stub.serve(path, provider_reply(case.version, document.get("actual") or {}))
    pact_file = tmp_path / "pact.json"
    pact_file.write_text(json.dumps(pact_document(case, document.get("expected") or {}, path)), encoding="utf-8")

    passed, report = verify(pact_file, stub.port)

    # A verification that errored (load failure, request error) is not a
    # mismatch: only mismatches may account for a "no match".
    errors = [e for e in report.get("errors", []) if e.get("mismatch", {}).get("type") != "mismatches"]
    assert not errors, f"the verification did not compare the response: {json.dumps(errors)}"
    note = f" ({case.deviation})" if case.deviation else ""
    assert passed == case.match, (
        f"{document.get('comment', '')}{note}: expected {'match' if case.match else 'mismatch'}, "
        f"the verifier reported {json.dumps(report.get('errors'), indent=1)}"
    )
