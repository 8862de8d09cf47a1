"""Provider-side test doubles and the verifier driver for the provider features.

The compatibility suite's provider scenarios (V1-V4 http_provider, V3/V4
message_provider) verify pact files against a provider. Here the provider is
a small local HTTP server run by the test:

* it answers the requests of the HTTP interactions it was given (matched on
  method, path and, when the interaction has one, query);
* ``POST /_pact/message`` is a message relay as pact-python's (verifier.md
  §9.3): it looks the ``description`` up, answers with the message contents,
  their content type and a ``Pact-Message-Metadata`` header (base64 JSON);
* ``POST /_pact/state`` records state-change calls (setup/teardown) and can
  be told to fail.

Every request is recorded in arrival order, so steps can check that a
state-change call came before (or after) the provider requests. Both doubles
build on the shared ``doubles.http_double`` (tests/doubles).

:class:`BrokerDouble` is a Pact Broker serving one consumer's pact: the
responses of a compatibility-suite broker fixture (``pact-broker_cN.json``,
a V4 pact describing the broker) plus the pact document itself, recording
what the verifier sends, the published verification results in particular.

:class:`ProviderWorld` collects what the Given steps configure and, on
"the verification is run", drives pact_ffi's ``verifier_*`` functions.
"""

from __future__ import annotations

import base64
import dataclasses
import json
import urllib.parse
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pact_ffi
from doubles.http_double import HttpDouble, Recorded, Reply, json_reply

from .common import FIXTURES, Definition, Part, parse_headers, setup_body

PROVIDER_NAME = "p"
STATE_PATH = "/_pact/state"
MESSAGE_PATH = "/_pact/message"

#: The phrases of "the verification results will contain a "..." error" and
#: the mismatch type each one stands for in the JSON report (verifier.md §12.2).
MISMATCH_FOR_ERROR = {
    "Response status did not match": "StatusMismatch",
    "Headers had differences": "HeaderMismatch",
    "Body had differences": "BodyMismatch",
    "Metadata had differences": "MetadataMismatch",
}
#: Error phrases that stand for an error entry (``type: error``) and its message.
ERROR_MESSAGE_FOR_ERROR = {
    "State change request failed": "One or more of the setup state change handlers has failed",
}


def _query_pairs(text: str) -> list[tuple[str, str]]:
    return sorted(urllib.parse.parse_qsl(text, keep_blank_values=True))


@dataclass
class Message:
    """A message the provider can produce: contents, their content type, metadata."""

    body: bytes
    content_type: str | None
    metadata: dict[str, Any] = field(default_factory=dict)


class ProviderServer(HttpDouble):
    """The provider: HTTP interactions, the message relay and the state-change endpoint."""

    def __init__(self) -> None:
        super().__init__()
        self.responses: list[Definition] = []
        self.messages: dict[str, Message] = {}
        self.state_change_fails = False

    # -- what was received ---------------------------------------------------
    def state_calls(self) -> list[dict[str, Any]]:
        return [r.json() for r in self.calls(path=STATE_PATH)]

    def provider_requests(self) -> list[Recorded]:
        """Requests for HTTP interactions (neither state changes nor messages)."""
        return [r for r in self.calls() if r.decoded_path not in (STATE_PATH, MESSAGE_PATH)]

    def events(self) -> list[tuple[str, str]]:
        """("setup"|"teardown", state) or ("request", path), in arrival order."""
        out = []
        for r in self.calls():
            if r.path == STATE_PATH:
                call = r.json()
                out.append((call.get("action", ""), call.get("state", "")))
            else:
                out.append(("request", r.decoded_path))
        return out

    # -- answers ---------------------------------------------------------------
    def answer(self, request: Recorded) -> Reply:
        if request.path == STATE_PATH and request.method == "POST":
            if self.state_change_fails:
                # 4xx: a failure the verifier does not retry (5xx would be
                # retried for about two minutes, verifier.md §6).
                return json_reply({"error": "state change failed"}, 400)
            return json_reply({})
        if request.path == MESSAGE_PATH and request.method == "POST":
            return self._message(request)
        for definition in self.responses:
            expected = definition.request
            if expected.method.upper() != request.method or expected.path != request.decoded_path:
                continue
            if expected.query and sorted(expected.query) != _query_pairs(request.query):
                continue
            response = definition.response
            return Reply(response.status, response.body or b"", headers=list(response.headers))
        return Reply(404, "no interaction for this request", "text/plain")

    def _message(self, request: Recorded) -> Reply:
        try:
            description = request.json()["description"]
        except (ValueError, KeyError, TypeError):
            return Reply(400, "expected a JSON body with a description", "text/plain")
        message = self.messages.get(description)
        if message is None:
            return Reply(404, f"no message '{description}'", "text/plain")
        metadata = dict(message.metadata)
        if message.content_type:
            metadata.setdefault("contentType", message.content_type)
        header = base64.b64encode(json.dumps(metadata).encode()).decode()
        return Reply(200, message.body, message.content_type or None, {"Pact-Message-Metadata": header})


_FIXTURE_BROKER = "http://localhost:9876"


class BrokerDouble(HttpDouble):
    """A Pact Broker for one consumer pact, built from a suite broker fixture.

    The fixture is a V4 pact whose interactions are the broker's API (index,
    pacts-for-verification, publishing). Its hrefs point at
    http://localhost:9876; they are rewritten to this server when answering,
    although the verifier only uses their paths (broker-api.md §2.5).
    """

    def __init__(self, fixture: str, pact_path: str, pact_document: dict[str, Any]) -> None:
        super().__init__()
        self.pact_path = pact_path
        self.routes: list[tuple[str, str, Any, Reply]] = []
        for interaction in json.loads((FIXTURES / fixture).read_text())["interactions"]:
            request, response = interaction["request"], interaction["response"]
            body = response.get("body", {}).get("content")
            text = "" if body is None else json.dumps(body)
            headers = [(k, ", ".join(v) if isinstance(v, list) else v) for k, v in response.get("headers", {}).items()]
            expected_body = request.get("body", {}).get("content") if not request.get("matchingRules") else None
            self.routes.append((request["method"], request["path"], expected_body, Reply(response["status"], text, headers=headers)))
        self.routes.append(("GET", pact_path, None, Reply(200, json.dumps(pact_document), "application/hal+json")))

    def answer(self, request: Recorded) -> Reply:
        for method, path, expected_body, reply in self.routes:
            if method != request.method or path != request.decoded_path:
                continue
            if expected_body is not None and request.json() != expected_body:
                # The fixture fixes this request's body: say what differs, as a broker would.
                errors = {"errors": [f"expected body {json.dumps(expected_body)}, got {request.body.decode()}"]}
                return json_reply(errors, 400)
            return dataclasses.replace(reply, body=reply.body.replace(_FIXTURE_BROKER, self.url))
        return json_reply({}, 404)

    def published(self) -> list[dict[str, Any]]:
        """The verification results POSTed to this broker."""
        return [r.json() for r in self.calls("POST") if r.path.endswith("/verification-results")]


def broker_pact_document(pact_json: dict[str, Any], num: int) -> tuple[str, dict[str, Any]]:
    """A pact file as the broker serves it for consumer ``c_<num>``: ids and HAL links added."""
    path = f"/pacts/provider/{PROVIDER_NAME}/consumer/c_{num}"
    document = json.loads(json.dumps(pact_json))
    for index, interaction in enumerate(document.get("interactions", [])):
        interaction["_id"] = f"ID{num}" if index == 0 else f"ID{num}-{index}"
    document["_links"] = {
        "self": {"href": f"{_FIXTURE_BROKER}{path}"},
        "pb:publish-verification-results": {
            "title": "Publish verification results",
            "href": f"{_FIXTURE_BROKER}{path}/verification-results",
        },
        "pb:provider": {"title": "Provider", "name": PROVIDER_NAME,
                        "href": f"{_FIXTURE_BROKER}/pacticipants/{PROVIDER_NAME}"},
    }
    return path, document


@dataclass
class Outcome:
    """What one verifier run gave: success, the JSON report, the plain output."""

    success: bool
    report: dict[str, Any]
    output: str

    def mismatch_types(self, key: str = "errors") -> list[str]:
        return [m.get("type", "") for e in self.report.get(key, [])
                for m in e.get("mismatch", {}).get("mismatches", [])]

    def error_messages(self, key: str = "errors") -> list[str]:
        return [e["mismatch"].get("message", "") for e in self.report.get(key, [])
                if e.get("mismatch", {}).get("type") == "error"]

    def describe(self) -> str:
        return f"report: {json.dumps(self.report, indent=1)}\noutput:\n{self.output}"


class ProviderWorld:
    """One provider scenario: the provider, pact sources, verifier options, the outcome."""

    def __init__(self, spec: pact_ffi.PactSpecification, work_dir: Path) -> None:
        self.spec = spec
        self.work_dir = work_dir
        self.server = ProviderServer()
        self.server.start()
        self.brokers: dict[int, BrokerDouble] = {}
        self.sources: list[tuple[str, str]] = []
        self.state_callback = False
        self.custom_headers: list[tuple[str, str]] = []
        self.publish = False
        self.provider_version = "1.2.3"
        self.outcome: Outcome | None = None
        self._pact_count = 0

    def new_pact_dir(self) -> Path:
        self._pact_count += 1
        path = self.work_dir / f"pacts-{self._pact_count}"
        path.mkdir(parents=True, exist_ok=True)
        return path

    def add_file(self, path: Path) -> None:
        self.sources.append(("file", str(path)))

    def add_broker(self, num: int, pact_json: dict[str, Any]) -> None:
        path, document = broker_pact_document(pact_json, num)
        broker = BrokerDouble(f"pact-broker_c{num}.json", path, document)
        broker.start()
        self.brokers[num] = broker
        self.sources.append(("broker", broker.url))

    def run(self) -> Outcome:
        """Configure a verifier handle in the documented order (verifier.md §15) and execute it."""
        handle = pact_ffi.verifier_new_for_application()
        try:
            # Provider info first: it resets the transports, and broker
            # sources take the provider name when they are added.
            pact_ffi.verifier_set_provider_info(handle, PROVIDER_NAME, "http", "127.0.0.1", self.server.port, "/")
            pact_ffi.verifier_add_provider_transport(handle, "message", self.server.port, MESSAGE_PATH, "http")
            if self.state_callback:
                pact_ffi.verifier_set_provider_state(handle, self.server.url + STATE_PATH, teardown=True, body=True)
            for name, value in self.custom_headers:
                pact_ffi.verifier_add_custom_header(handle, name, value)
            if self.publish:
                pact_ffi.verifier_set_publish_options(handle, self.provider_version, None, None, None)
            for kind, where in self.sources:
                if kind == "file":
                    pact_ffi.verifier_add_file_source(handle, where)
                else:
                    pact_ffi.verifier_broker_source(handle, where, None, None, None)
            try:
                pact_ffi.verifier_execute(handle)
                success = True
            except RuntimeError:
                success = False
            report = json.loads(str(pact_ffi.verifier_json(handle)))
            output = str(pact_ffi.verifier_output(handle, 1))
        finally:
            pact_ffi.verifier_shutdown(handle)
        self.outcome = Outcome(success, report, output)
        return self.outcome

    def result(self) -> Outcome:
        assert self.outcome is not None, "the verification was not run"
        return self.outcome

    def close(self) -> None:
        self.server.stop()
        for broker in self.brokers.values():
            broker.stop()


def comment_rows(datatable: list[list[str]]) -> list[tuple[str, str]]:
    """The (type, comment) rows of a "with the following comments" table."""
    rows = [dict(zip(datatable[0], row)) for row in datatable[1:]]
    return [(row["type"], row["comment"]) for row in rows]


def add_comments(handle: pact_ffi.InteractionHandle, comments: list[tuple[str, str]]) -> None:
    """Give a V4 interaction the comments of ``comment_rows``: text, the test name, or a named comment."""
    for kind, text in comments:
        if kind == "text":
            pact_ffi.add_text_comment(handle, text)
        elif kind == "testname":
            pact_ffi.interaction_test_name(handle, text)
        else:
            pact_ffi.set_comment(handle, kind, text)


def response_changes(part: Part, table: list[list[str]]) -> None:
    """Apply a "with the following changes" table of response columns to ``part``."""
    for name, value in zip(table[0], table[1]):
        if name in ("response", "status"):
            part.status = int(value)
        elif name == "response headers":
            for key, header_value in parse_headers(value):
                part.set_header(key, header_value)
        elif name == "response body":
            setup_body(value, part)
        elif name == "response content":
            part.set_header("content-type", value)
        else:
            msg = f"unsupported change column {name!r}"
            raise ValueError(msg)
