"""pact-python's logging integration on our library.

pact-python 4.2 (`pact.logging`) applies the core's logger with its in-memory
buffer at OFF, registers `pactffi_register_log_callback` and re-emits every
event on the `pact.ffi.<target>` loggers with `log_id` and `test_run_id`
attributes: the mock server's id while it handles a request,
`verify:<provider>` while verifying, and the thread's test run id (which its
pytest plugin sets to the test's node id). The level is fixed once per
process, so each level is checked in a fresh pytest process running
logging_probe.py.
"""

from __future__ import annotations

import json
import logging
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from support import http

from pact import Pact, match

_PROBE = Path(__file__).with_name("logging_probe.py")


def _probe(tmp_path: Path, level: str) -> dict[str, Any]:
    out = tmp_path / "records.json"
    env = {**os.environ, "PACT_LOG_PROBE_LEVEL": level, "PACT_LOG_PROBE_OUT": str(out)}
    run = subprocess.run(  # noqa: S603
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", str(_PROBE)],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert run.returncode == 0, run.stdout[-4000:] + run.stderr[-4000:]
    return json.loads(out.read_text(encoding="utf-8"))


def _core(records: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [r for r in records if r["name"] == "pact.ffi" or r["name"].startswith("pact.ffi.")]


def _with_message(records: list[dict[str, Any]], text: str) -> list[dict[str, Any]]:
    return [r for r in records if text in r["message"]]


@pytest.fixture(scope="module")
def info_probe(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """One probe process with the `pact.ffi` logger at its default (INFO)."""
    return _probe(tmp_path_factory.mktemp("info"), "INFO")


def test_info_events_reach_logging_with_log_ids(info_probe: dict[str, Any]) -> None:
    result = info_probe
    assert result["status"] == 200
    core = _core(result["records"])
    assert core, "no event of the core reached the pact.ffi loggers"
    # Targets become logger names: "pact_mock_server::x" -> "pact.ffi.pact_mock_server.x".
    assert all("::" not in r["name"] for r in core)
    # The level was fixed at INFO: nothing more verbose is forwarded.
    assert min(r["levelno"] for r in core) >= logging.INFO
    assert {r["levelname"] for r in core} <= {"INFO", "WARNING", "ERROR"}

    # While the mock server handles the request: its id, no test run id.
    received = _with_message(core, "Received request GET /users/1")
    assert received, [r["message"] for r in core]
    server_ids = {r["log_id"] for r in received}
    assert len(server_ids) == 1
    (server_id,) = server_ids
    assert server_id and not server_id.startswith("verify:")
    assert all(r["name"].startswith("pact.ffi.pact_mock_server") for r in received)
    assert all(r["test_run_id"] is None for r in received)

    # While verifying: "verify:<provider>".
    verifying = _with_message(core, "Running provider verification for 'a request for a user'")
    assert verifying, [r["message"] for r in core]
    assert {r["log_id"] for r in verifying} == {"verify:log-provider"}
    assert all(r["levelno"] == logging.INFO for r in verifying)
    assert all(r["test_run_id"] for r in verifying)


def test_the_buffer_sink_at_off_buffers_nothing(info_probe: dict[str, Any]) -> None:
    """pact-python applies the logger with `log_to_buffer(LevelFilter.OFF)`.

    Buffers are filled only by a `buffer` sink that admits the events
    (logging-and-errors.md §8), so `PactServer.logs` (mock_server_logs) and
    `Verifier.logs` (verifier_logs) are empty, as on the reference.
    """
    assert info_probe["server_logs"] in (None, "")
    assert info_probe["verifier_logs"] == ""


@pytest.fixture(scope="module")
def debug_probe(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """One probe process with the `pact.ffi` logger at DEBUG."""
    return _probe(tmp_path_factory.mktemp("debug"), "DEBUG")


def test_debug_level_forwards_the_cores_debug_events(debug_probe: dict[str, Any]) -> None:
    """At DEBUG the core's debug events reach logging too (and TRACE does not).

    The reference emits dozens in this scenario (request matching, the pact
    file written, provider client details).
    """
    core = _core(debug_probe["records"])
    debug = [r for r in core if r["levelno"] == logging.DEBUG]
    assert debug, sorted({(r["name"], r["levelname"]) for r in core})
    assert min(r["levelno"] for r in core) >= logging.DEBUG


def test_events_carry_the_test_run_id_of_the_calling_thread(debug_probe: dict[str, Any]) -> None:
    core = _core(debug_probe["records"])
    # Events emitted on the test's own thread carry the test run id pact's
    # pytest plugin set for it: the node id.
    assert debug_probe["nodeid"].endswith("logging_probe.py::test_probe")
    own = [r for r in core if r["test_run_id"] == debug_probe["nodeid"]]
    assert own, sorted({(r["name"], r["test_run_id"]) for r in core})
    # The mock server's own events carry its id, not the test's.
    received = _with_message(core, "Received request GET /users/1")
    assert received
    assert all(r["test_run_id"] is None and r["log_id"] for r in received)


def test_events_reach_caplog_in_this_process(caplog: pytest.LogCaptureFixture) -> None:
    """The default set-up, as a user's test suite has it: INFO, caplog."""
    caplog.set_level(logging.INFO)  # the root logger only: pact.ffi keeps its level
    pact = Pact("caplog-consumer", "caplog-provider")
    pact.upon_receiving("a ping").with_request("GET", "/ping").will_respond_with(204)
    with pact.serve() as srv:
        assert http("GET", f"{srv.url}/ping")[0] == 204
    received = [r for r in caplog.records if "Received request GET /ping" in r.getMessage()]
    assert received, [(r.name, r.getMessage()) for r in caplog.records]
    (record,) = received
    assert record.name.startswith("pact.ffi.")
    assert record.levelno == logging.INFO
    assert record.log_id  # type: ignore[attr-defined]


def test_pact_python_replaces_the_ffi_logger_functions() -> None:
    """pact-python 4.2 swaps pact_ffi.log_to_* for warning stand-ins on import.

    Checks that our module lets it (plain module attributes, not read-only
    ones) and that everything else keeps working with pact's callbacks
    registered on our library.
    """
    import pact.logging  # noqa: F401, PLC0415
    import pact_ffi  # noqa: PLC0415

    with pytest.warns(UserWarning, match="pact_ffi.log_to_stderr has no effect"):
        assert pact_ffi.log_to_stderr("DEBUG") is None
    assert pact_ffi.log_to_stderr.__name__ == "log_to_stderr"
    # Matching still works with pact's callbacks in place.
    pact = Pact("after-replace", "after-replace-provider")
    pact.upon_receiving("a thing").with_request("GET", "/thing").will_respond_with(200).with_body(
        {"n": match.int(1)},
        content_type="application/json",
    )
    with pact.serve() as srv:
        assert http("GET", f"{srv.url}/thing")[0] == 200
