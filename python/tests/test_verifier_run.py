"""Verifying pacts against a provider double through the pact_ffi wrappers.

File, directory and URL sources; provider states (JSON body and query
form, setup and teardown); custom headers; filters; messages through the
relay; redirects; and the failures of a provider that is unreachable,
closes the connection, answers garbage or hangs. Each run is bounded in
time: a hang fails the test instead of blocking the suite.
"""

from __future__ import annotations

import base64
import copy
import json
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import pact_ffi
from pact_ffi import lib

from broker_double import BrokerDouble
from doubles.http_double import RawServer, Reply, refused_port
from provider_double import MessageReply, ProviderDouble

PROVIDER = "items-api"
#: The longest a run in these tests may take.
RUN_LIMIT = 60.0

REPORT_KEYS = {"errors", "interactionResults", "notices", "output", "pendingErrors", "result"}
RESULT_KEYS = {"consumer", "description", "duration", "pending", "provider", "providerStates", "result"}
RESULT_OPTIONAL_KEYS = {"interactionId", "interactionKey", "mismatch"}


# -- pact documents ---------------------------------------------------------------


def http_interaction(  # noqa: PLR0913
    description: str,
    path: str = "/items/1",
    *,
    method: str = "GET",
    status: int = 200,
    body: Any = None,  # noqa: ANN401
    states: list[dict[str, Any]] | None = None,
    request_headers: dict[str, str] | None = None,
    response_headers: dict[str, str] | None = None,
    query: str | None = None,
) -> dict[str, Any]:
    """A V3 request/response interaction."""
    request: dict[str, Any] = {"method": method, "path": path}
    if query is not None:
        request["query"] = query
    if request_headers:
        request["headers"] = request_headers
    response: dict[str, Any] = {"status": status}
    if body is not None:
        response["headers"] = {"Content-Type": "application/json", **(response_headers or {})}
        response["body"] = body
    elif response_headers:
        response["headers"] = response_headers
    interaction: dict[str, Any] = {"description": description, "request": request, "response": response}
    if states:
        interaction["providerStates"] = states
    return interaction


def _v3_pact(key: str, items: list[dict[str, Any]], consumer: str, provider: str) -> dict[str, Any]:
    """A V3 pact document with ``items`` under ``key``."""
    return {
        "consumer": {"name": consumer},
        "provider": {"name": provider},
        key: items,
        "metadata": {"pactSpecification": {"version": "3.0.0"}},
    }


def http_pact(interactions: list[dict[str, Any]], consumer: str = "web", provider: str = PROVIDER) -> dict[str, Any]:
    """A V3 pact document."""
    return _v3_pact("interactions", interactions, consumer, provider)


def message_pact(messages: list[dict[str, Any]], consumer: str = "orders-ui", provider: str = PROVIDER) -> dict[str, Any]:
    """A V3 message pact document."""
    return _v3_pact("messages", messages, consumer, provider)


ITEM = {"id": 1, "name": "apple"}


def item_pact(consumer: str = "web") -> dict[str, Any]:
    """One passing GET of /items/1 when the provider serves ITEM."""
    return http_pact([http_interaction("get item", body=ITEM)], consumer)


def write(path: Path, document: dict[str, Any]) -> str:
    """Write a pact document; return its path as str."""
    path.write_text(json.dumps(document), encoding="utf-8")
    return str(path)


# -- running ----------------------------------------------------------------------------


class Run:
    """The outcome of one execution."""

    def __init__(self, handle: pact_ffi.VerifierHandle, code: int, seconds: float) -> None:
        self.code = code
        self.seconds = seconds
        self.output = str(pact_ffi.verifier_output(handle, 1))
        self.coloured = str(pact_ffi.verifier_output(handle, 0))
        self.json_text = str(pact_ffi.verifier_json(handle))
        self.report: dict[str, Any] = json.loads(self.json_text)

    def errors_text(self) -> str:
        """Every error entry as JSON text, for substring checks."""
        return json.dumps(self.report["errors"])

    def result(self, description: str) -> dict[str, Any]:
        """The interactionResults entry of ``description``."""
        matches = [r for r in self.report["interactionResults"] if r["description"] == description]
        assert len(matches) == 1, f"expected one result for {description!r}: {self.report['interactionResults']}"
        return matches[0]


def execute(handle: pact_ffi.VerifierHandle, limit: float = RUN_LIMIT) -> Run:
    """Run the verification in a worker thread, failing instead of hanging.

    The return code comes from the C function (the wrapper only says
    whether it was 0); ``verifier_execute`` is tested separately.
    """
    outcome: dict[str, int] = {}

    def work() -> None:
        outcome["code"] = lib.pactffi_verifier_execute(handle._ref)  # noqa: SLF001

    start = time.monotonic()
    worker = threading.Thread(target=work, daemon=True)
    worker.start()
    worker.join(limit)
    seconds = time.monotonic() - start
    assert not worker.is_alive(), f"pactffi_verifier_execute did not return within {limit} s (a hang)"
    return Run(handle, outcome["code"], seconds)


def execute_passing(handle: pact_ffi.VerifierHandle) -> Run:
    """``execute``, which must pass: code 0, ``verifier_execute`` does not raise either, and a report of no errors."""
    run = execute(handle)
    assert run.code == 0, run.output
    pact_ffi.verifier_execute(handle)  # the wrapper does not raise either
    check_report_layout(run)
    assert run.report["result"] is True
    assert run.report["errors"] == []
    return run


def check_report_layout(run: Run) -> None:
    """The JSON report keys of verifier.md §12.2, compact and sorted."""
    report = run.report
    assert set(report) == REPORT_KEYS
    assert run.json_text == json.dumps(report, sort_keys=True, separators=(",", ":"), ensure_ascii=False), (
        "the report must be compact JSON with sorted keys"
    )
    for result in report["interactionResults"]:
        assert RESULT_KEYS <= set(result) <= RESULT_KEYS | RESULT_OPTIONAL_KEYS, result
        assert result["result"] in {"OK", "Error"}
        assert ("mismatch" in result) == (result["result"] == "Error"), result
        assert isinstance(result["duration"], str)
    for entry in report["errors"] + report["pendingErrors"]:
        assert set(entry) == {"interaction", "mismatch"}, entry
        mismatch = entry["mismatch"]
        assert mismatch["type"] in {"mismatches", "error"}
        expected = {"type", "interactionId", "mismatches" if mismatch["type"] == "mismatches" else "message"}
        assert set(mismatch) == expected, mismatch


@pytest.fixture
def provider() -> Iterator[ProviderDouble]:
    """The provider double: ITEM at /items/1, a wrong item at /items/2 (also used by test_verifier_broker)."""
    with ProviderDouble() as double:
        double.route("GET", "/items/1", body=ITEM)
        double.route("GET", "/items/2", body={"id": "nope"})
        yield double


def new_verifier(provider: ProviderDouble | None = None, name: str = PROVIDER) -> pact_ffi.VerifierHandle:
    """A verifier for the provider double, plain output."""
    handle = pact_ffi.verifier_new_for_application()
    port = provider.port if provider is not None else 1
    pact_ffi.verifier_set_provider_info(handle, name, "http", "127.0.0.1", port, "/")
    pact_ffi.verifier_set_coloured_output(handle, enabled=False)
    return handle


@pytest.fixture
def verifier(provider: ProviderDouble) -> Iterator[pact_ffi.VerifierHandle]:
    """``new_verifier(provider)``, shut down afterwards (also used by test_verifier_broker)."""
    handle = new_verifier(provider)
    yield handle
    pact_ffi.verifier_shutdown(handle)


# -- passing and failing -------------------------------------------------------------


def test_passing_pact_file(provider: ProviderDouble, verifier: pact_ffi.VerifierHandle, tmp_path: Path) -> None:
    pact_ffi.verifier_add_file_source(verifier, write(tmp_path / "web.json", item_pact()))
    run = execute_passing(verifier)
    assert run.report["notices"] == []
    assert "Verifying a pact between web and items-api" in run.output
    assert "  get item (" in run.output
    assert "has status code 200 (OK)" in run.output
    assert "has a matching body (OK)" in run.output
    result = run.result("get item")
    assert result["consumer"] == "web"
    assert result["provider"] == PROVIDER
    assert result["result"] == "OK"
    assert result["pending"] is False
    assert result["providerStates"] == []
    assert "interactionId" not in result
    assert "\n".join(run.report["output"]) == run.coloured
    request = provider.calls("GET", "/items/1")[0]
    assert (request.header("User-Agent") or "").startswith("pact_verifier/")


def test_pact_written_with_the_consumer_api_verifies(provider: ProviderDouble, verifier: pact_ffi.VerifierHandle, tmp_path: Path) -> None:
    pact = pact_ffi.new_pact("web", PROVIDER)
    interaction = pact_ffi.new_interaction(pact, "get item")
    pact_ffi.with_request(interaction, "GET", "/items/1")
    pact_ffi.response_status(interaction, 200)
    pact_ffi.with_body(
        interaction,
        pact_ffi.InteractionPart.RESPONSE,
        "application/json",
        json.dumps({"id": {"pact:matcher:type": "integer", "value": 99}, "name": {"pact:matcher:type": "type", "value": "x"}}),
    )
    pact_ffi.pact_handle_write_file(pact, str(tmp_path), overwrite=True)
    pact_ffi.verifier_add_directory_source(verifier, str(tmp_path))
    run = execute(verifier)
    assert run.code == 0, run.output
    assert run.result("get item")["result"] == "OK"


def test_failing_pact_reports_mismatches(provider: ProviderDouble, verifier: pact_ffi.VerifierHandle, tmp_path: Path) -> None:
    provider.route("GET", "/items/2", body={"id": "nope"}, headers={"X-Thing": "other"})
    pact = http_pact(
        [
            http_interaction("get item", body=ITEM),
            http_interaction("get bad", "/items/2", body={"id": 1}, response_headers={"X-Thing": "expected"}),
            http_interaction("get missing", "/items/3", body={"id": 3}),
        ]
    )
    pact_ffi.verifier_add_file_source(verifier, write(tmp_path / "web.json", pact))
    run = execute(verifier)
    assert run.code == 1, run.output
    with pytest.raises(RuntimeError, match=r"^Failed to execute verifier for VerifierHandle\(0x[0-9a-f]+\)\.$"):
        pact_ffi.verifier_execute(verifier)
    check_report_layout(run)
    assert run.report["result"] is False
    assert "\nFailures:\n" in run.output
    assert "There were 2 pact failures" in run.output
    assert "has status code 200 (FAILED)" in run.output
    assert "expected 200 but was 404" in run.output
    assert "Verifying a pact between web and items-api - get bad" in run.output
    assert run.result("get item")["result"] == "OK"
    bad = run.result("get bad")
    assert bad["result"] == "Error"
    assert bad["mismatch"]["type"] == "mismatches"
    kinds = {m["type"] for m in bad["mismatch"]["mismatches"]}
    assert {"BodyMismatch", "HeaderMismatch"} <= kinds
    body = next(m for m in bad["mismatch"]["mismatches"] if m["type"] == "BodyMismatch")
    assert body["path"] == "$.id"
    missing = run.result("get missing")
    status = next(m for m in missing["mismatch"]["mismatches"] if m["type"] == "StatusMismatch")
    assert (status["expected"], status["actual"]) == (200, 404)
    assert [e["interaction"] for e in run.report["errors"]] == [
        "Verifying a pact between web and items-api - get bad",
        "Verifying a pact between web and items-api - get missing",
    ]


def test_coloured_output_and_strip_ansi(provider: ProviderDouble, tmp_path: Path) -> None:
    handle = pact_ffi.verifier_new_for_application()
    pact_ffi.verifier_set_provider_info(handle, PROVIDER, "http", "127.0.0.1", provider.port, "/")
    pact_ffi.verifier_add_file_source(handle, write(tmp_path / "web.json", item_pact()))
    run = execute(handle)
    assert run.code == 0
    assert "\x1b[32mOK\x1b[0m" in run.coloured, "coloured output is the default"
    assert "\x1b[" not in run.output
    assert "\x1b[" in "".join(run.report["output"])
    pact_ffi.verifier_set_coloured_output(handle, enabled=False)
    run = execute(handle)
    assert "\x1b[" not in run.coloured
    pact_ffi.verifier_shutdown(handle)


def test_each_execution_replaces_the_previous_results(provider: ProviderDouble, verifier: pact_ffi.VerifierHandle, tmp_path: Path) -> None:
    pact_ffi.verifier_add_file_source(verifier, write(tmp_path / "web.json", item_pact()))
    first = execute(verifier)
    provider.route("GET", "/items/1", status=500, body={"error": "down"})
    second = execute(verifier)
    assert (first.code, second.code) == (0, 1)
    assert second.output.split("\n").count("Verifying a pact between web and items-api") == 1
    assert second.report["result"] is False


def test_handle_ignores_filter_environment_variables(
    provider: ProviderDouble, verifier: pact_ffi.VerifierHandle, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # PACT_DESCRIPTION & co. belong to the command line, not to the handle.
    monkeypatch.setenv("PACT_DESCRIPTION", "no such interaction")
    monkeypatch.setenv("PACT_PROVIDER_STATE", "no such state")
    monkeypatch.setenv("PACT_PROVIDER_NO_STATE", "true")
    pact_ffi.verifier_add_file_source(verifier, write(tmp_path / "web.json", item_pact()))
    run = execute(verifier)
    assert run.code == 0
    assert [r["description"] for r in run.report["interactionResults"]] == ["get item"]


def test_logs_are_drained(provider: ProviderDouble, verifier: pact_ffi.VerifierHandle, tmp_path: Path) -> None:
    pact_ffi.verifier_add_file_source(verifier, write(tmp_path / "web.json", item_pact()))
    execute(verifier)
    logs = pact_ffi.verifier_logs(verifier)
    assert isinstance(logs, pact_ffi.OwnedString)
    assert "get item" in logs, f"the run's log names the interaction: {logs!r}"
    assert pact_ffi.verifier_logs(verifier) == "", "a second read returns nothing"
    execute(verifier)
    by_name = pact_ffi.verifier_logs_for_provider(PROVIDER)
    assert "get item" in by_name
    assert pact_ffi.verifier_logs_for_provider(PROVIDER) == ""
    assert pact_ffi.verifier_logs(verifier) == "", "both read the same buffer"


# -- provider states ------------------------------------------------------------------


STATEFUL = http_pact(
    [
        http_interaction(
            "get item",
            body=ITEM,
            states=[{"name": "item exists", "params": {"id": 10, "name": "x"}}, {"name": "user logged in"}],
        ),
        http_interaction("get root", "/"),
    ]
)


def verify_stateful(
    provider: ProviderDouble, verifier: pact_ffi.VerifierHandle, tmp_path: Path, *, teardown: bool, body: bool
) -> Run:
    """Verify STATEFUL with the provider double's state endpoint configured; the run must pass."""
    provider.route("GET", "/", status=200)
    pact_ffi.verifier_set_provider_state(verifier, provider.state_url, teardown=teardown, body=body)
    pact_ffi.verifier_add_file_source(verifier, write(tmp_path / "web.json", STATEFUL))
    run = execute(verifier)
    assert run.code == 0, run.output
    return run


def test_state_changes_with_json_body(provider: ProviderDouble, verifier: pact_ffi.VerifierHandle, tmp_path: Path) -> None:
    run = verify_stateful(provider, verifier, tmp_path, teardown=True, body=True)
    calls = [(c.action, c.state, c.params, c.mode) for c in provider.state_calls]
    assert calls == [
        ("setup", "item exists", {"id": 10, "name": "x"}, "body"),
        ("setup", "user logged in", {}, "body"),
        ("teardown", "item exists", {"id": 10, "name": "x"}, "body"),
        ("teardown", "user logged in", {}, "body"),
        ("setup", "", {}, "body"),
        ("teardown", "", {}, "body"),
    ]
    first = provider.state_calls[0].request
    assert first.header("Content-Type") == "application/json"
    assert json.loads(first.body) == {"action": "setup", "params": {"id": 10, "name": "x"}, "state": "item exists"}
    assert list(json.loads(first.body)) == ["action", "params", "state"], "keys are sorted"
    assert run.result("get item")["providerStates"] == ["item exists", "user logged in"]
    assert "     Given item exists" in run.output
    assert "     And user logged in" in run.output
    # The provider request comes after the setup calls and before the teardown.
    order = [(r.method, r.path) for r in provider.requests]
    assert order[:4] == [("POST", "/_pact/state"), ("POST", "/_pact/state"), ("GET", "/items/1"), ("POST", "/_pact/state")]


def test_state_changes_as_query_parameters(provider: ProviderDouble, verifier: pact_ffi.VerifierHandle, tmp_path: Path) -> None:
    verify_stateful(provider, verifier, tmp_path, teardown=False, body=False)
    assert [c.mode for c in provider.state_calls] == ["query"] * 3
    assert [c.action for c in provider.state_calls] == ["setup"] * 3, "no teardown calls"
    first = provider.state_calls[0].request
    assert first.query == "action=setup&id=10&name=x&state=item+exists"
    assert first.body == b""
    assert provider.state_calls[2].request.query == "action=setup&state="


def test_state_change_values_feed_provider_state_generators(provider: ProviderDouble, verifier: pact_ffi.VerifierHandle, tmp_path: Path) -> None:
    provider.route("GET", "/items/42", body={"id": 42})
    provider.state_reply(Reply(200, {"id": 42}, "application/json"))
    interaction = http_interaction("get generated", "/items/0", body={"id": 42}, states=[{"name": "an item", "params": {"id": 7}}])
    interaction["request"]["generators"] = {"path": {"type": "ProviderState", "expression": "/items/${id}", "dataType": "STRING"}}
    pact_ffi.verifier_set_provider_state(verifier, provider.state_url, teardown=False, body=True)
    pact_ffi.verifier_add_file_source(verifier, write(tmp_path / "web.json", http_pact([interaction])))
    run = execute(verifier)
    assert run.code == 0, run.output
    assert provider.calls("GET", "/items/42"), [r.path for r in provider.requests]


def test_failing_state_setup_skips_the_request(provider: ProviderDouble, verifier: pact_ffi.VerifierHandle, tmp_path: Path) -> None:
    provider.fail_state("item exists", 400)
    pact_ffi.verifier_set_provider_state(verifier, provider.state_url, teardown=True, body=True)
    pact_ffi.verifier_add_file_source(verifier, write(tmp_path / "web.json", http_pact([STATEFUL["interactions"][0]])))
    run = execute(verifier)
    assert run.code == 1
    check_report_layout(run)
    assert not provider.calls("GET", "/items/1"), "no provider request after a failed setup"
    assert [c.action for c in provider.state_calls] == ["setup", "setup"], "all setups run, no teardown"
    result = run.result("get item")
    assert result["mismatch"] == {
        "type": "error",
        "message": "One or more of the setup state change handlers has failed",
        "interactionId": "",
    }
    assert "One or more of the setup state change handlers has failed" in run.output


def test_failing_teardown_fails_a_passing_interaction(provider: ProviderDouble, verifier: pact_ffi.VerifierHandle, tmp_path: Path) -> None:
    provider.state_reply(Reply(200, {}, "application/json"))
    pact = http_pact([http_interaction("get item", body=ITEM, states=[{"name": "gone after"}])])
    pact_ffi.verifier_set_provider_state(verifier, provider.state_url, teardown=True, body=True)
    pact_ffi.verifier_add_file_source(verifier, write(tmp_path / "web.json", pact))
    provider.script("POST", "/_pact/state", Reply(200, {}, "application/json"), times=1)
    provider.script("POST", "/_pact/state", Reply(404, b"", None))
    run = execute(verifier)
    assert run.code == 1
    assert "One or more of the teardown state change handlers has failed" in run.output


def test_hanging_state_endpoint_times_out(provider: ProviderDouble, verifier: pact_ffi.VerifierHandle, tmp_path: Path) -> None:
    provider.state_reply(Reply(200, {}, "application/json", delay=30))
    pact_ffi.verifier_set_verification_options(verifier, disable_ssl_verification=False, request_timeout=300)
    pact_ffi.verifier_set_provider_state(verifier, provider.state_url, teardown=False, body=True)
    pact_ffi.verifier_add_file_source(verifier, write(tmp_path / "web.json", http_pact([STATEFUL["interactions"][0]])))
    run = execute(verifier, limit=25)
    assert run.code == 1
    assert run.seconds < 10, f"a 300 ms timeout took {run.seconds:.1f} s"
    assert "One or more of the setup state change handlers has failed" in run.output
    logs = str(pact_ffi.verifier_logs(verifier))
    assert "timed out" in logs.lower() or "timeout" in logs.lower(), f"the logs should name the timeout: {logs!r}"


def test_no_state_url_means_no_state_calls(provider: ProviderDouble, verifier: pact_ffi.VerifierHandle, tmp_path: Path) -> None:
    provider.route("GET", "/", status=200)
    pact_ffi.verifier_add_file_source(verifier, write(tmp_path / "web.json", STATEFUL))
    run = execute(verifier)
    assert run.code == 0
    assert provider.state_calls == []


# -- requests to the provider ---------------------------------------------------------


def test_custom_headers_reach_provider_and_state_endpoint(provider: ProviderDouble, verifier: pact_ffi.VerifierHandle, tmp_path: Path) -> None:
    interaction = http_interaction(
        "get item",
        body=ITEM,
        states=[{"name": "s"}],
        request_headers={"Authorization": "Bearer from-pact", "X-Pact-Only": "kept"},
    )
    pact_ffi.verifier_add_custom_header(verifier, "Authorization", "Bearer first")
    pact_ffi.verifier_add_custom_header(verifier, "Authorization", "Bearer custom")  # replaces
    pact_ffi.verifier_add_custom_header(verifier, "X-Extra", "1")
    pact_ffi.verifier_set_provider_state(verifier, provider.state_url, teardown=False, body=True)
    pact_ffi.verifier_add_file_source(verifier, write(tmp_path / "web.json", http_pact([interaction])))
    run = execute(verifier)
    assert run.code == 0, run.output
    request = provider.calls("GET", "/items/1")[0]
    assert request.header_values("Authorization") == ["Bearer custom"]
    assert request.header("X-Extra") == "1"
    assert request.header("X-Pact-Only") == "kept"
    state = provider.state_calls[0].request
    assert state.header("X-Extra") == "1"
    assert state.header("Authorization") == "Bearer custom"


def test_query_and_method_and_body_are_sent(provider: ProviderDouble, verifier: pact_ffi.VerifierHandle, tmp_path: Path) -> None:
    provider.route("POST", "/items", status=201, body={"id": 5})
    interaction = http_interaction("create item", "/items", method="POST", status=201, body={"id": 5}, query="b=2&a=1&a=3")
    interaction["request"]["headers"] = {"Content-Type": "application/json"}
    interaction["request"]["body"] = {"name": "pear"}
    pact_ffi.verifier_add_file_source(verifier, write(tmp_path / "web.json", http_pact([interaction])))
    run = execute(verifier)
    assert run.code == 0, run.output
    request = provider.calls("POST", "/items")[0]
    assert request.query == "a=1&a=3&b=2"
    assert json.loads(request.body) == {"name": "pear"}


def test_provider_base_path_is_joined(provider: ProviderDouble, tmp_path: Path) -> None:
    provider.route("GET", "/base/items/1", body=ITEM)
    handle = pact_ffi.verifier_new_for_application()
    pact_ffi.verifier_set_provider_info(handle, PROVIDER, "http", "127.0.0.1", provider.port, "/base/")
    pact_ffi.verifier_add_file_source(handle, write(tmp_path / "web.json", item_pact()))
    run = execute(handle)
    assert run.code == 0, run.output
    assert provider.calls("GET", "/base/items/1")


@pytest.mark.parametrize("follow", [True, False])
def test_follow_redirects(provider: ProviderDouble, verifier: pact_ffi.VerifierHandle, tmp_path: Path, follow: bool) -> None:  # noqa: FBT001
    provider.route("GET", "/old", status=302, body=b"", content_type=None, headers={"Location": "/items/1"})
    pact_ffi.verifier_set_follow_redirects(verifier, follow=follow)
    pact_ffi.verifier_add_file_source(verifier, write(tmp_path / "web.json", http_pact([http_interaction("moved", "/old", body=ITEM)])))
    run = execute(verifier)
    if follow:
        assert run.code == 0, run.output
        assert provider.calls("GET", "/items/1")
    else:
        assert run.code == 1
        assert "expected 200 but was 302" in run.output
        assert not provider.calls("GET", "/items/1")


# -- filters ---------------------------------------------------------------------------


FILTERED = http_pact(
    [
        http_interaction("get item", body=ITEM, states=[{"name": "item exists"}]),
        http_interaction("get other item", "/items/1", body=ITEM, states=[{"name": "other exists"}]),
        http_interaction("list items", "/items/1", body=ITEM),
    ]
)


@pytest.mark.parametrize(
    ("description", "state", "no_state", "expected"),
    [
        (None, None, False, ["get item", "get other item", "list items"]),
        ("item$", None, False, ["get item", "get other item"]),
        ("^get", "other", False, ["get other item"]),
        (None, "exists", False, ["get item", "get other item"]),
        (None, None, True, ["list items"]),
        ("list", None, True, ["list items"]),
        ("get", None, True, []),
        ("", "", False, ["get item", "get other item", "list items"]),
    ],
)
def test_interaction_filters(  # noqa: PLR0913
    provider: ProviderDouble,
    verifier: pact_ffi.VerifierHandle,
    tmp_path: Path,
    description: str | None,
    state: str | None,
    no_state: bool,  # noqa: FBT001
    expected: list[str],
) -> None:
    pact_ffi.verifier_set_provider_state(verifier, provider.state_url, teardown=False, body=True)
    pact_ffi.verifier_set_filter_info(verifier, description, state, filter_no_state=no_state)
    pact_ffi.verifier_add_file_source(verifier, write(tmp_path / "web.json", FILTERED))
    run = execute(verifier)
    assert run.code == 0, run.output
    assert [r["description"] for r in run.report["interactionResults"]] == expected
    assert len(provider.calls("GET", "/items/1")) == len(expected)
    assert len(provider.state_calls) == len(expected), "filtered-out interactions get no state calls"


def test_invalid_description_regex_fails_the_run(provider: ProviderDouble, verifier: pact_ffi.VerifierHandle, tmp_path: Path) -> None:
    pact_ffi.verifier_set_filter_info(verifier, "([unclosed", None, filter_no_state=False)
    pact_ffi.verifier_add_file_source(verifier, write(tmp_path / "web.json", item_pact()))
    run = execute(verifier)
    # The reference panics (exit 1) and reports "result": true; here the
    # run could not execute (2) and the report says why.
    assert run.code == 2, run.output
    assert "Invalid description filter '([unclosed'" in run.output
    assert run.report["result"] is False
    assert run.report["errors"][0]["mismatch"]["type"] == "error"
    assert not provider.calls("GET", "/items/1")


def test_consumer_filters(provider: ProviderDouble, verifier: pact_ffi.VerifierHandle, tmp_path: Path) -> None:
    for consumer in ("web", "mobile", "Web"):
        write(tmp_path / f"{consumer}-1.json", item_pact(consumer))
    pact_ffi.verifier_add_directory_source(verifier, str(tmp_path))
    pact_ffi.verifier_set_consumer_filters(verifier, ["mobile"])
    pact_ffi.verifier_set_consumer_filters(verifier, ["web", "other"])  # replaces
    run = execute(verifier)
    assert run.code == 0
    assert [r["consumer"] for r in run.report["interactionResults"]] == ["web"], "exact, case-sensitive, replaced"
    pact_ffi.verifier_set_consumer_filters(verifier, [])
    run = execute(verifier)
    assert sorted(r["consumer"] for r in run.report["interactionResults"]) == ["Web", "mobile", "web"]


# -- messages ---------------------------------------------------------------------------


ORDER_MESSAGE = {
    "description": "an order event",
    "providerStates": [{"name": "an order", "params": {"n": 1}}],
    "contents": {"orderId": 7},
    "metadata": {"contentType": "application/json", "topic": "orders"},
}


@pytest.fixture
def message_verifier(provider: ProviderDouble) -> Iterator[pact_ffi.VerifierHandle]:
    handle = new_verifier(provider)
    pact_ffi.verifier_add_provider_transport(handle, "message", provider.port, provider.message_path, None)
    yield handle
    pact_ffi.verifier_shutdown(handle)


def test_message_verified_through_the_relay(provider: ProviderDouble, message_verifier: pact_ffi.VerifierHandle, tmp_path: Path) -> None:
    provider.message("an order event", MessageReply({"orderId": 7}, metadata={"topic": "orders", "extra": "ok"}))
    pact_ffi.verifier_add_custom_header(message_verifier, "X-Extra", "1")
    pact_ffi.verifier_add_file_source(message_verifier, write(tmp_path / "m.json", message_pact([ORDER_MESSAGE])))
    run = execute(message_verifier)
    assert run.code == 0, run.output
    assert provider.message_requests == [{"description": "an order event", "providerStates": [{"name": "an order", "params": {"n": 1}}]}]
    relay = provider.calls("POST", "/_pact/message")[0]
    assert relay.header("Content-Type") == "application/json"
    assert relay.header("X-Extra") == "1"
    assert "generates a message which" in run.output
    assert '"topic" with value "orders" (OK)' in run.output
    check_report_layout(run)


def test_message_metadata_mismatch(provider: ProviderDouble, message_verifier: pact_ffi.VerifierHandle, tmp_path: Path) -> None:
    provider.message("an order event", MessageReply({"orderId": 7}, metadata={"topic": "payments"}))
    pact_ffi.verifier_add_file_source(message_verifier, write(tmp_path / "m.json", message_pact([ORDER_MESSAGE])))
    run = execute(message_verifier)
    assert run.code == 1
    mismatches = run.result("an order event")["mismatch"]["mismatches"]
    assert [m["type"] for m in mismatches] == ["MetadataMismatch"]
    assert '"topic" with value "orders" (FAILED)' in run.output


def test_message_without_metadata_header_misses_keys(provider: ProviderDouble, message_verifier: pact_ffi.VerifierHandle, tmp_path: Path) -> None:
    provider.message("an order event", MessageReply({"orderId": 7}, raw_metadata_header="%%% not base64"))
    pact_ffi.verifier_add_file_source(message_verifier, write(tmp_path / "m.json", message_pact([ORDER_MESSAGE])))
    run = execute(message_verifier)
    assert run.code == 1
    assert "Expected message metadata 'topic' but was missing" in run.output


def test_message_body_mismatch(provider: ProviderDouble, message_verifier: pact_ffi.VerifierHandle, tmp_path: Path) -> None:
    provider.message("an order event", MessageReply({"orderId": "seven"}, metadata={"topic": "orders"}))
    pact_ffi.verifier_add_file_source(message_verifier, write(tmp_path / "m.json", message_pact([ORDER_MESSAGE])))
    run = execute(message_verifier)
    assert run.code == 1
    assert "has a matching body (FAILED)" in run.output
    body = next(m for m in run.result("an order event")["mismatch"]["mismatches"] if m["type"] == "BodyMismatch")
    assert body["path"] == "$.orderId"


def test_v4_pact_with_http_async_and_sync_messages(provider: ProviderDouble, message_verifier: pact_ffi.VerifierHandle, tmp_path: Path) -> None:
    provider.message("an order event", MessageReply({"orderId": 7}, metadata={"topic": "orders"}))
    provider.message("a ping", MessageReply({"pong": True}))
    pact = {
        "consumer": {"name": "v4-client"},
        "provider": {"name": PROVIDER},
        "interactions": [
            {
                "type": "Synchronous/HTTP",
                "key": "k-http",
                "description": "get item",
                "request": {"method": "GET", "path": "/items/1"},
                "response": {"status": 200, "headers": {"Content-Type": ["application/json"]}, "body": {"content": ITEM, "contentType": "application/json", "encoded": False}},
            },
            {
                "type": "Asynchronous/Messages",
                "key": "k-async",
                "description": "an order event",
                "contents": {"content": {"orderId": 7}, "contentType": "application/json", "encoded": False},
                "metadata": {"topic": "orders"},
            },
            {
                "type": "Synchronous/Messages",
                "key": "k-sync",
                "description": "a ping",
                "request": {"contents": {"content": {"ping": True}, "contentType": "application/json", "encoded": False}},
                "response": [{"contents": {"content": {"pong": True}, "contentType": "application/json", "encoded": False}}],
            },
            {
                "type": "Synchronous/HTTP",
                "key": "k-pending",
                "pending": True,
                "description": "pending broken",
                "request": {"method": "GET", "path": "/nowhere"},
                "response": {"status": 200},
            },
        ],
        "metadata": {"pactSpecification": {"version": "4.0"}},
    }
    pact_ffi.verifier_add_file_source(message_verifier, write(tmp_path / "v4.json", pact))
    run = execute(message_verifier)
    assert run.code == 0, f"only the pending interaction fails: {run.output}"
    check_report_layout(run)
    assert run.result("get item")["result"] == "OK"
    assert run.result("get item")["interactionKey"] == "k-http"
    assert run.result("an order event")["result"] == "OK"
    assert run.result("a ping")["result"] == "OK"
    pending = run.result("pending broken")
    assert (pending["result"], pending["pending"]) == ("Error", True)
    assert run.report["errors"] == []
    assert [e["interaction"] for e in run.report["pendingErrors"]] == ["Verifying a pact between v4-client and items-api - pending broken"]
    assert "[PENDING]" in run.output
    assert "Pending Failures:" in run.output
    sync_request = next(r for r in provider.message_requests if r["description"] == "a ping")
    assert sync_request["request"]["contents"]["content"] == {"ping": True}


# -- sources --------------------------------------------------------------------------


def test_directory_source(provider: ProviderDouble, verifier: pact_ffi.VerifierHandle, tmp_path: Path) -> None:
    write(tmp_path / "web.json", item_pact("web"))
    write(tmp_path / "mobile.pact", item_pact("mobile"))  # no extension filter
    write(tmp_path / "other.json", http_pact([http_interaction("x", "/other")], "web", "other-provider"))
    (tmp_path / "sub").mkdir()
    write(tmp_path / "sub" / "nested.json", http_pact([http_interaction("nested", "/nested")], "nested"))
    pact_ffi.verifier_add_directory_source(verifier, str(tmp_path))
    run = execute(verifier)
    assert run.code == 0, run.output
    assert sorted(r["consumer"] for r in run.report["interactionResults"]) == ["mobile", "web"]
    assert not provider.calls("GET", "/other")
    assert not provider.calls("GET", "/nested")


def test_directory_with_a_non_pact_file_fails(provider: ProviderDouble, verifier: pact_ffi.VerifierHandle, tmp_path: Path) -> None:
    write(tmp_path / "web.json", item_pact())
    (tmp_path / "notes.txt").write_text("not a pact", encoding="utf-8")
    pact_ffi.verifier_add_directory_source(verifier, str(tmp_path))
    run = execute(verifier)
    assert run.code == 1
    check_report_layout(run)
    assert run.result("get item")["result"] == "OK"
    assert f"Failed to load pact from '{tmp_path}'" in run.errors_text()
    assert [e["interaction"] for e in run.report["errors"]] == ["Failed to load pact"]


def test_missing_and_empty_directories(provider: ProviderDouble, verifier: pact_ffi.VerifierHandle, tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    pact_ffi.verifier_add_directory_source(verifier, str(tmp_path / "empty"))
    assert execute(verifier).code == 0, "an empty directory verifies nothing"
    pact_ffi.verifier_add_directory_source(verifier, str(tmp_path / "missing"))
    run = execute(verifier)
    assert run.code == 1
    assert f"Could not load pacts from directory '{tmp_path / 'missing'}'" in run.errors_text()


def test_missing_and_malformed_files(provider: ProviderDouble, verifier: pact_ffi.VerifierHandle, tmp_path: Path) -> None:
    missing = tmp_path / "missing.json"
    bad = tmp_path / "bad.json"
    bad.write_text("{not json", encoding="utf-8")
    pact_ffi.verifier_add_file_source(verifier, str(missing))
    pact_ffi.verifier_add_file_source(verifier, str(bad))
    pact_ffi.verifier_add_file_source(verifier, write(tmp_path / "web.json", item_pact()))
    run = execute(verifier)
    assert run.code == 1
    check_report_layout(run)
    messages = [e["mismatch"]["message"] for e in run.report["errors"]]
    assert len(messages) == 2
    assert messages[0].startswith(f"Failed to load pact '{missing}' - ")
    assert messages[1].startswith(f"Failed to load pact '{bad}' - ")
    assert run.result("get item")["result"] == "OK", "other sources are still verified"


@pytest.mark.parametrize("auth", [("basic", "user", "s3cret"), ("bearer", "tok-123")])
def test_url_source_with_auth(provider: ProviderDouble, verifier: pact_ffi.VerifierHandle, auth: tuple[str, ...]) -> None:
    with BrokerDouble(auth=auth) as broker:
        entry = broker.add_pact(item_pact())
        url = broker.url + entry.path
        if auth[0] == "basic":
            pact_ffi.verifier_url_source(verifier, url, auth[1], auth[2], "ignored-token")
            expected = "Basic " + base64.b64encode(f"{auth[1]}:{auth[2]}".encode()).decode()
        else:
            pact_ffi.verifier_url_source(verifier, url, None, None, auth[1])
            expected = f"Bearer {auth[1]}"
        run = execute(verifier)
        assert run.code == 0, run.output
        assert broker.calls("GET", entry.path)[0].header("Authorization") == expected
        assert run.result("get item")["interactionId"] == "web-0", "the _id of a URL-fetched pact is kept"


def test_url_source_failures(provider: ProviderDouble, verifier: pact_ffi.VerifierHandle) -> None:
    with BrokerDouble(auth=("bearer", "right")) as broker:
        entry = broker.add_pact(item_pact())
        pact_ffi.verifier_url_source(verifier, broker.url + entry.path, None, None, "wrong")
        pact_ffi.verifier_url_source(verifier, broker.url + "/nothing/here", None, None, "right")
        run = execute(verifier)
        url = broker.url
    assert run.code == 1
    messages = [e["mismatch"]["message"] for e in run.report["errors"]]
    assert len(messages) == 2, messages
    assert messages[0].startswith(f"Failed to load pact '{url + entry.path}' - Request failed with status - 401"), messages
    assert messages[1].startswith(f"Failed to load pact '{url}/nothing/here' - Request failed with status - 404"), messages


def test_url_source_publishes_to_the_broker_it_came_from(provider: ProviderDouble, verifier: pact_ffi.VerifierHandle) -> None:
    with BrokerDouble() as broker:
        entry = broker.add_pact(item_pact())
        pact_ffi.verifier_url_source(verifier, broker.url + entry.path, None, None, None)
        pact_ffi.verifier_set_publish_options(verifier, "2.0.0", None, None, None)
        run = execute(verifier)
        assert run.code == 0, run.output
        assert [path for path, _ in broker.published] == [entry.results_path]
        assert broker.published[0][1]["providerApplicationVersion"] == "2.0.0"


# -- an unreachable or broken provider ---------------------------------------------


def test_unreachable_provider(verifier: pact_ffi.VerifierHandle, tmp_path: Path) -> None:
    port, holder = refused_port()
    try:
        pact_ffi.verifier_set_provider_info(verifier, PROVIDER, "http", "127.0.0.1", port, "/")
        pact_ffi.verifier_add_file_source(verifier, write(tmp_path / "web.json", item_pact()))
        run = execute(verifier)
    finally:
        holder.close()
    assert run.code == 1
    check_report_layout(run)
    message = run.result("get item")["mismatch"]["message"]
    assert message.startswith(f"error sending request for url (http://127.0.0.1:{port}/items/1)"), message
    assert f"Request Failed - error sending request for url (http://127.0.0.1:{port}/items/1)" in run.output


@pytest.mark.parametrize("mode", ["close", "garbage"])
def test_provider_that_breaks_the_connection(verifier: pact_ffi.VerifierHandle, tmp_path: Path, mode: str) -> None:
    with RawServer(mode) as server:
        pact_ffi.verifier_set_provider_info(verifier, PROVIDER, "http", "127.0.0.1", server.port, "/")
        pact_ffi.verifier_add_file_source(verifier, write(tmp_path / "web.json", item_pact()))
        run = execute(verifier, limit=30)
        assert server.connections >= 1
    assert run.code == 1
    result = run.result("get item")
    assert result["mismatch"]["type"] == "error"
    assert "error sending request for url" in result["mismatch"]["message"]
    assert "Request Failed" in run.output


def test_provider_that_never_answers_times_out(verifier: pact_ffi.VerifierHandle, tmp_path: Path) -> None:
    with RawServer("hang") as server:
        pact_ffi.verifier_set_provider_info(verifier, PROVIDER, "http", "127.0.0.1", server.port, "/")
        pact_ffi.verifier_set_verification_options(verifier, disable_ssl_verification=False, request_timeout=300)
        pact_ffi.verifier_add_file_source(verifier, write(tmp_path / "web.json", item_pact()))
        run = execute(verifier, limit=25)
    assert run.code == 1
    assert run.seconds < 10, f"a 300 ms timeout took {run.seconds:.1f} s"
    message = run.result("get item")["mismatch"]["message"]
    assert "error sending request for url" in message
    assert "timed out" in message.lower() or "timeout" in message.lower(), f"the message should name the timeout: {message!r}"


def test_https_provider_without_tls_fails_cleanly(provider: ProviderDouble, verifier: pact_ffi.VerifierHandle, tmp_path: Path) -> None:
    pact_ffi.verifier_set_provider_info(verifier, PROVIDER, "https", "127.0.0.1", provider.port, "/")
    pact_ffi.verifier_set_verification_options(verifier, disable_ssl_verification=True, request_timeout=2000)
    pact_ffi.verifier_add_file_source(verifier, write(tmp_path / "web.json", item_pact()))
    run = execute(verifier, limit=30)
    assert run.code == 1
    assert f"https://127.0.0.1:{provider.port}/items/1" in run.result("get item")["mismatch"]["message"]


def test_many_interactions_reuse_connections(provider: ProviderDouble, verifier: pact_ffi.VerifierHandle, tmp_path: Path) -> None:
    interactions = [http_interaction(f"get item {i}", body=ITEM) for i in range(40)]
    pact_ffi.verifier_add_file_source(verifier, write(tmp_path / "web.json", http_pact(copy.deepcopy(interactions))))
    run = execute(verifier)
    assert run.code == 0
    assert len(run.report["interactionResults"]) == 40


def test_handles_run_in_parallel_threads(provider: ProviderDouble, tmp_path: Path) -> None:
    # cffi releases the GIL during execute: several handles verify at once,
    # each with its own results.
    provider.route("GET", "/slow", body=ITEM, delay=1.0)
    path = write(tmp_path / "web.json", http_pact([http_interaction("get slow", "/slow", body=ITEM)]))
    handles = [new_verifier(provider, f"{PROVIDER}-{i}") for i in range(4)]
    for handle in handles:
        pact_ffi.verifier_add_file_source(handle, path)
    runs: list[Run] = []
    threads = [threading.Thread(target=lambda h=h: runs.append(execute(h))) for h in handles]
    start = time.monotonic()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(RUN_LIMIT)
    elapsed = time.monotonic() - start
    assert [run.code for run in runs] == [0, 0, 0, 0], [run.output for run in runs]
    assert elapsed < 3.0, f"four 1 s runs took {elapsed:.2f} s: they did not overlap ({[round(r.seconds, 2) for r in runs]})"
    assert sorted(run.report["interactionResults"][0]["provider"] for run in runs) == [PROVIDER] * 4
    for handle in handles:
        pact_ffi.verifier_shutdown(handle)
