"""Consumer steps around the mock server (V1/V2 http_consumer features).

Each step drives pact_ffi: the interactions are declared with the builder
functions, the mock server is pact_ffi's, and requests go to it over real
HTTP (http.client) on 127.0.0.1.
"""

from __future__ import annotations

import http.client
import json
from pathlib import Path
from typing import Any

import pytest
from pytest_bdd import given, parsers, then, when

import pact_ffi

from .common import (
    Definition,
    Part,
    apply_changes,
    define_interaction,
    fixture_bytes,
    ordinal,
    parse_interaction_table,
    parse_query,
)

CONSUMER = "v1-compatibility-suite-c"
PROVIDER = "p"


class ConsumerWorld:
    """State of one scenario: definitions, the running server, the last response."""

    def __init__(self, spec: pact_ffi.PactSpecification, pact_dir: Path) -> None:
        self.spec = spec
        self.pact_dir = pact_dir
        self.definitions: list[Definition] = []
        self.pact: pact_ffi.PactHandle | None = None
        self.server: pact_ffi.PactServerHandle | None = None
        self.status: int | None = None
        self.response_headers: dict[str, str] = {}
        self.response_body = b""
        self.final_mismatches: list[dict[str, Any]] | None = None
        self.pact_json: dict[str, Any] | None = None

    # -- mock server -----------------------------------------------------
    def start(self, definitions: list[Definition]) -> None:
        self.pact = pact_ffi.new_pact(CONSUMER, PROVIDER)
        pact_ffi.with_specification(self.pact, self.spec)
        for definition in definitions:
            define_interaction(self.pact, definition)
        self.server = pact_ffi.create_mock_server_for_transport(self.pact, "127.0.0.1", 0, "http", None)

    def send(self, request: Part) -> None:
        assert self.server is not None, "the mock server was not started"
        conn = http.client.HTTPConnection("127.0.0.1", self.server.port, timeout=10)
        try:
            target = request.path + (f"?{request.query_string()}" if request.query else "")
            conn.putrequest(request.method, target, skip_accept_encoding=True)
            for name, value in request.headers:
                conn.putheader(name, value)
            body = request.body or b""
            if request.body is not None or request.method in ("POST", "PUT", "PATCH"):
                conn.putheader("Content-Length", str(len(body)))
            conn.endheaders(body if body else None)
            resp = conn.getresponse()
            self.status = resp.status
            self.response_headers = {k.lower(): v for k, v in resp.getheaders()}
            self.response_body = resp.read()
        finally:
            conn.close()

    def mismatches(self) -> list[dict[str, Any]]:
        if self.final_mismatches is not None:
            return self.final_mismatches
        assert self.server is not None, "the mock server was not started"
        return pact_ffi.mock_server_mismatches(self.server)

    def request_mismatches(self) -> list[dict[str, Any]]:
        return [m for entry in self.mismatches() if entry["type"] == "request-mismatch" for m in entry["mismatches"]]

    def finish(self) -> None:
        """"The pact test is done": keep the outcome, write the pact if all matched, stop."""
        assert self.server is not None, "the mock server was not started"
        self.final_mismatches = pact_ffi.mock_server_mismatches(self.server)
        if not self.final_mismatches:
            pact_ffi.write_pact_file(self.server, self.pact_dir, overwrite=True)
        self.close()

    def close(self) -> None:
        if self.server is not None and not self.server._cleaned_up:  # noqa: SLF001
            pact_ffi.cleanup_mock_server(self.server)
        if self.pact is not None and not self.pact._freed:  # noqa: SLF001
            pact_ffi.free_pact_handle(self.pact)

    @property
    def pact_file(self) -> Path:
        return self.pact_dir / f"{CONSUMER}-{PROVIDER}.json"

    def interaction(self, word: str) -> dict[str, Any]:
        assert self.pact_json is not None, "no pact file was read"
        interactions = self.pact_json["interactions"]
        index = ordinal(word)
        assert index < len(interactions), f"the pact file has no {word} interaction"
        return interactions[index]


@pytest.fixture
def consumer_world(spec_version: pact_ffi.PactSpecification, tmp_path: Path):
    world = ConsumerWorld(spec_version, tmp_path / "pacts")
    yield world
    world.close()


def _lookup(headers: dict[str, Any] | None, name: str) -> Any:  # noqa: ANN401
    for key, value in (headers or {}).items():
        if key.lower() == name.lower():
            return value
    return None


def _body_bytes(body: Any) -> bytes:  # noqa: ANN401
    """Bytes of a body as the pact file stores it (text, or a JSON value)."""
    if body is None:
        return b""
    if isinstance(body, str):
        return body.encode()
    return json.dumps(body).encode()


# -- Given / When ----------------------------------------------------------


@given("the following HTTP interactions have been defined:")
def http_interactions_defined(consumer_world: ConsumerWorld, datatable: list[list[str]]) -> None:
    consumer_world.definitions.extend(parse_interaction_table(datatable))


@when(parsers.re(r"the mock server is started with interaction (?P<num>\d+)$"))
def mock_server_started_with(consumer_world: ConsumerWorld, num: str) -> None:
    consumer_world.start([consumer_world.definitions[int(num) - 1]])


@when(parsers.re(r"the mock server is started with interaction (?P<num>\d+) but with the following changes:"))
def mock_server_started_with_changes(consumer_world: ConsumerWorld, num: str, datatable: list[list[str]]) -> None:
    definition = consumer_world.definitions[int(num) - 1].copy()
    apply_changes(definition.request, datatable)
    consumer_world.start([definition])


@when(parsers.re(r'the mock server is started with interactions "(?P<ids>[^"]+)"'))
def mock_server_started_with_many(consumer_world: ConsumerWorld, ids: str) -> None:
    consumer_world.start([consumer_world.definitions[int(i) - 1] for i in ids.split(",")])


@when(parsers.re(r"request (?P<num>\d+) is made to the mock server$"))
def request_is_made(consumer_world: ConsumerWorld, num: str) -> None:
    consumer_world.send(consumer_world.definitions[int(num) - 1].request)


@when(parsers.re(r"request (?P<num>\d+) is made to the mock server with the following changes:"))
def request_is_made_with_changes(consumer_world: ConsumerWorld, num: str, datatable: list[list[str]]) -> None:
    request = consumer_world.definitions[int(num) - 1].request.copy()
    apply_changes(request, datatable)
    consumer_world.send(request)


@when("the pact test is done")
def pact_test_is_done(consumer_world: ConsumerWorld) -> None:
    consumer_world.finish()


# -- Then: responses -------------------------------------------------------


@then(parsers.re(r"a (?P<status>\d+) (success|error) response is returned"))
def response_status_is(consumer_world: ConsumerWorld, status: str) -> None:
    assert consumer_world.status == int(status), (
        f"expected {status}, got {consumer_world.status}: {consumer_world.response_body[:300]!r}"
    )


@then(parsers.parse('the payload will contain the "{name}" JSON document'))
def payload_contains_json(consumer_world: ConsumerWorld, name: str) -> None:
    # JSON bodies given to pactffi_with_body are stored as JSON values, so the
    # document is compared as JSON, not byte for byte with the pretty fixture.
    assert json.loads(consumer_world.response_body) == json.loads(fixture_bytes(f"{name}.json"))


@then(parsers.parse('the content type will be set as "{content_type}"'))
def content_type_is(consumer_world: ConsumerWorld, content_type: str) -> None:
    assert consumer_world.response_headers.get("content-type") == content_type


# -- Then: mock server status ----------------------------------------------


@then("the mock server status will be OK")
def status_ok(consumer_world: ConsumerWorld) -> None:
    assert consumer_world.mismatches() == []


@then(parsers.re("the mock server status will (NOT be OK|be mismatches)"))
def status_not_ok(consumer_world: ConsumerWorld) -> None:
    assert consumer_world.mismatches() != []


@then(parsers.re(r"the mock server will write out a Pact file for the interactions? when done"))
def pact_file_written(consumer_world: ConsumerWorld) -> None:
    path = consumer_world.pact_file
    assert path.exists(), f"no pact file found: {path}"
    consumer_world.pact_json = json.loads(path.read_text())
    version = consumer_world.pact_json["metadata"]["pactSpecification"]["version"]
    expected = str(consumer_world.spec).split(".")[-1].lstrip("Vv").replace("_", ".")
    assert version.startswith(expected + "."), f"expected a V{expected} pact, got {version}"


@then(parsers.re(r"the mock server will NOT write out a Pact file for the interactions? when done"))
def pact_file_not_written(consumer_world: ConsumerWorld) -> None:
    assert not consumer_world.pact_file.exists(), f"unexpected pact file {consumer_world.pact_file}"


@then(parsers.re(r"the pact file will contain \{(?P<num>\d+)\} interactions?"))
def pact_file_interaction_count(consumer_world: ConsumerWorld, num: str) -> None:
    assert consumer_world.pact_json is not None
    assert len(consumer_world.pact_json["interactions"]) == int(num)


@then(parsers.re(r"the mock server status will be an expected but not received error for interaction \{(?P<num>\d+)\}"))
def expected_not_received(consumer_world: ConsumerWorld, num: str) -> None:
    req = consumer_world.definitions[int(num) - 1].request
    found = [
        m for m in consumer_world.mismatches()
        if m["type"] == "missing-request" and m["method"] == req.method and m["path"] == req.path
    ]
    assert found, f"no missing-request entry for interaction {num}: {consumer_world.mismatches()}"


def _query_of(request_json: dict[str, Any]) -> list[tuple[str, str]]:
    query = request_json.get("query") or {}
    if isinstance(query, str):
        return sorted(parse_query(query))
    return sorted((k, v if v is not None else "") for k, vs in query.items() for v in vs)


@then(parsers.re(
    r'the mock server status will be an unexpected "(?P<method>[A-Z]+)" request received error for interaction \{(?P<num>\d+)\}'
))
def unexpected_request_for_interaction(consumer_world: ConsumerWorld, method: str, num: str) -> None:
    req = consumer_world.definitions[int(num) - 1].request
    found = [
        m for m in consumer_world.mismatches()
        if m["type"] == "request-not-found" and m["request"]["method"] == method
        and m["request"]["path"] == req.path and _query_of(m["request"]) == sorted(req.query)
    ]
    assert found, f"no request-not-found entry for interaction {num}: {consumer_world.mismatches()}"


@then(parsers.re(
    r'the mock server status will be an unexpected "(?P<method>[A-Z]+)" request received error for path "(?P<path>[^"]*)"'
))
def unexpected_request_for_path(consumer_world: ConsumerWorld, method: str, path: str) -> None:
    found = [
        m for m in consumer_world.mismatches()
        if m["type"] == "request-not-found" and m["request"]["method"] == method and m["request"]["path"] == path
    ]
    assert found, f"no request-not-found entry for {method} {path}: {consumer_world.mismatches()}"


def _type_matches(mismatch: dict[str, Any], wanted: str) -> bool:
    if mismatch["type"] == "BodyTypeMismatch":
        return wanted == "body-content-type"
    return mismatch["type"].lower().startswith(wanted)


@then(parsers.re(r'the mismatches will contain a "(?P<kind>[^"]+)" mismatch with error "(?P<error>.*)"$'))
def mismatch_with_error(consumer_world: ConsumerWorld, kind: str, error: str) -> None:
    mismatches = consumer_world.request_mismatches()
    assert any(_type_matches(m, kind) and error in m["mismatch"] for m in mismatches), (
        f"no {kind} mismatch with error {error!r} in {mismatches}"
    )


@then(parsers.re(r'the mismatches will contain a "(?P<kind>[^"]+)" mismatch with path "(?P<path>[^"]*)" with error "(?P<error>.*)"$'))
def mismatch_with_path_and_error(consumer_world: ConsumerWorld, kind: str, path: str, error: str) -> None:
    key = {"query": "parameter", "header": "key", "body": "path"}[kind]
    wanted_type = {"query": "QueryMismatch", "header": "HeaderMismatch", "body": "BodyMismatch"}[kind]
    mismatches = consumer_world.request_mismatches()
    assert any(m["type"] == wanted_type and m.get(key) == path and error in m["mismatch"] for m in mismatches), (
        f"no {kind} mismatch at {path} with error {error!r} in {mismatches}"
    )


# -- Then: the pact file ----------------------------------------------------


@then(parsers.re(r'the \{(?P<nth>first|second|third)\} interaction request will be for a "(?P<method>[A-Z]+)"'))
def interaction_request_method(consumer_world: ConsumerWorld, nth: str, method: str) -> None:
    assert consumer_world.interaction(nth)["request"]["method"].upper() == method


def _assert_document(actual: Any, fixture: str) -> None:  # noqa: ANN401
    if fixture.endswith(".json"):
        assert actual == json.loads(fixture_bytes(fixture))
    else:
        assert _body_bytes(actual) == fixture_bytes(fixture)


@then(parsers.re(r'the \{(?P<nth>first|second|third)\} interaction response will contain the "(?P<fixture>[^"]+)" document'))
def interaction_response_document(consumer_world: ConsumerWorld, nth: str, fixture: str) -> None:
    _assert_document(consumer_world.interaction(nth)["response"].get("body"), fixture)


@then(parsers.re(r'the \{(?P<nth>first|second|third)\} interaction request will contain the "(?P<fixture>[^"]+)" document'))
def interaction_request_document(consumer_world: ConsumerWorld, nth: str, fixture: str) -> None:
    _assert_document(consumer_world.interaction(nth)["request"].get("body"), fixture)


@then(parsers.re(r'the \{(?P<nth>first|second|third)\} interaction request query parameters will be "(?P<query>[^"]*)"'))
def interaction_request_query(consumer_world: ConsumerWorld, nth: str, query: str) -> None:
    assert _query_of(consumer_world.interaction(nth)["request"]) == sorted(parse_query(query))


@then(parsers.re(
    r'the \{(?P<nth>first|second|third)\} interaction request will contain the header "(?P<name>[^"]+)" with value "(?P<value>[^"]*)"'
))
def interaction_request_header(consumer_world: ConsumerWorld, nth: str, name: str, value: str) -> None:
    actual = _lookup(consumer_world.interaction(nth)["request"].get("headers"), name)
    if isinstance(actual, list):
        actual = ", ".join(actual)
    assert actual == value


@then(parsers.re(r'the \{(?P<nth>first|second|third)\} interaction request content type will be "(?P<ct>[^"]+)"'))
def interaction_request_content_type(consumer_world: ConsumerWorld, nth: str, ct: str) -> None:
    assert _lookup(consumer_world.interaction(nth)["request"].get("headers"), "content-type") == ct
