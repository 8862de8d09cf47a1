"""Run by test_logging.py in a fresh pytest process (not collected itself).

pact-python fixes the level at which the core's events are forwarded when the
first `Pact` or `Verifier` is created, once per process; a fresh process lets
each scenario choose it. The level comes from PACT_LOG_PROBE_LEVEL and is set
on the `pact.ffi` logger before anything of pact is used. One consumer test
(a request to the mock server) and one provider verification run; every
record of the `pact` loggers is written as JSON to PACT_LOG_PROBE_OUT, with
the node id of this test (pact's pytest plugin makes it the test run id).
"""

from __future__ import annotations

import json
import logging
import os
from pathlib import Path
from typing import Any

import pytest
from support import UserService, http

logging.getLogger("pact.ffi").setLevel(os.environ.get("PACT_LOG_PROBE_LEVEL", "INFO"))


class _Collect(logging.Handler):
    def __init__(self) -> None:
        super().__init__(level=1)
        self.records: list[dict[str, Any]] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(
            {
                "name": record.name,
                "levelno": record.levelno,
                "levelname": record.levelname,
                "message": record.getMessage(),
                "log_id": getattr(record, "log_id", "<absent>"),
                "test_run_id": getattr(record, "test_run_id", "<absent>"),
            },
        )


def test_probe(request: pytest.FixtureRequest, tmp_path: Path) -> None:
    from pact import Pact, Verifier, match  # noqa: PLC0415 - after the level is set

    collector = _Collect()
    root = logging.getLogger("pact")
    root.addHandler(collector)
    root.setLevel(1)
    try:
        pact = Pact("log-consumer", "log-provider")
        (
            pact.upon_receiving("a request for a user")
            .given("a user exists")
            .with_request("GET", "/users/1")
            .will_respond_with(200)
            .with_body({"id": match.int(1), "name": match.str("Alice")}, content_type="application/json")
        )
        with pact.serve() as srv:
            status = http("GET", f"{srv.url}/users/1")[0]
            server_logs = srv.logs
        pact.write_file(tmp_path)

        with UserService() as service:
            service.users[1] = {"id": 1, "name": "Alice"}
            verifier = (
                Verifier("log-provider")
                .add_transport(url=service.url)
                .state_handler(lambda: None)
                .add_source(tmp_path)
            )
            verifier.verify()
    finally:
        root.removeHandler(collector)

    Path(os.environ["PACT_LOG_PROBE_OUT"]).write_text(
        json.dumps(
            {
                "nodeid": request.node.nodeid,
                "status": status,
                "server_logs": server_logs,
                "verifier_logs": str(verifier.logs),
                "records": collector.records,
            },
        ),
        encoding="utf-8",
    )
