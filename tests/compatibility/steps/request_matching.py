"""Steps comparing received requests with an expected one (V3 http_matching, matching_rules).

The reference runs its request matcher directly; pact_ffi exposes request
matching through the mock server, so the expected request becomes the only
interaction of a mock server, every received request is sent to it over
HTTP, and the comparison result is the server's mismatch list
(pactffi_mock_server_mismatches).
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from pytest_bdd import given, parsers, then, when

import pact_ffi

from .common import Definition, Part, load_rules, parse_headers, parse_query, setup_body
from .http_consumer import ConsumerWorld


class MatchWorld:
    def __init__(self, spec: pact_ffi.PactSpecification, pact_dir: Path) -> None:
        self.expected = Part()
        self.received: list[Part] = []
        self.server_world = ConsumerWorld(spec, pact_dir)
        self.results: list[dict[str, Any]] = []
        self.statuses: list[int | None] = []

    def compare(self, requests: list[Part]) -> None:
        self.server_world.start([Definition("expected request", self.expected, Part())])
        for request in requests:
            self.server_world.send(request)
            self.statuses.append(self.server_world.status)
        self.results = self.server_world.mismatches()
        self.server_world.close()

    def mismatches(self) -> list[dict[str, Any]]:
        found = []
        for entry in self.results:
            if entry["type"] == "request-mismatch":
                found.extend(entry["mismatches"])
            else:
                found.append(entry)
        return found


@pytest.fixture
def match_world(spec_version: pact_ffi.PactSpecification, tmp_path: Path):
    world = MatchWorld(spec_version, tmp_path / "pacts")
    yield world
    world.server_world.close()


def _configure(part: Part, datatable: list[list[str]]) -> None:
    cells = dict(zip(datatable[0], datatable[1]))
    if "body" in cells:
        setup_body(cells["body"], part, cells.get("content type") or None)
    if cells.get("query"):
        part.query = parse_query(cells["query"])
    if cells.get("headers"):
        part.headers = [h for h in part.headers if h[0].lower() == "content-type"] + parse_headers(cells["headers"])
    if cells.get("matching rules"):
        part.matching_rules = load_rules(cells["matching rules"].strip())


@given(parsers.re(r'an expected request with an? "(?P<name>[^"]+)" header of "(?P<value>[^"]*)"'))
def expected_request_header(match_world: MatchWorld, name: str, value: str) -> None:
    match_world.expected.set_header(name, value)


@given(parsers.re(r'a request is received with an? "(?P<name>[^"]+)" header of "(?P<value>[^"]*)"'))
def received_request_header(match_world: MatchWorld, name: str, value: str) -> None:
    match_world.received.append(Part(headers=[(name, value)]))


@given("an expected request configured with the following:")
def expected_request_configured(match_world: MatchWorld, datatable: list[list[str]]) -> None:
    _configure(match_world.expected, datatable)


@given("a request is received with the following:")
def request_received_with(match_world: MatchWorld, datatable: list[list[str]]) -> None:
    part = Part()
    _configure(part, datatable)
    part.matching_rules = None
    match_world.received.append(part)


@given("the following requests are received:")
def requests_received(match_world: MatchWorld, datatable: list[list[str]]) -> None:
    for row in datatable[1:]:
        part = Part()
        for name, value in zip(datatable[0], row):
            if name == "body":
                setup_body(value, part)
            elif name == "query":
                part.query = parse_query(value)
            elif name == "headers":
                part.headers = [h for h in part.headers if h[0].lower() == "content-type"] + parse_headers(value)
        match_world.received.append(part)


@when("the request is compared to the expected one")
def compare_request(match_world: MatchWorld) -> None:
    match_world.compare(match_world.received[:1])


@when("the requests are compared to the expected one")
def compare_requests(match_world: MatchWorld) -> None:
    match_world.compare(match_world.received)


@then("the comparison should be OK")
def comparison_ok(match_world: MatchWorld) -> None:
    assert match_world.results == [], match_world.results
    assert all(status == 200 for status in match_world.statuses), match_world.statuses  # noqa: PLR2004


@then("the comparison should NOT be OK")
def comparison_not_ok(match_world: MatchWorld) -> None:
    assert match_world.results != []


_PATH_KEYS = {"QueryMismatch": "parameter", "HeaderMismatch": "key", "BodyMismatch": "path", "MetadataMismatch": "key"}


@then(parsers.re(r'the mismatches will contain a mismatch with error "(?P<path>[^"]*)" -> "(?P<error>.*)"$'))
def mismatch_with_error(match_world: MatchWorld, path: str, error: str) -> None:
    def hit(m: dict[str, Any]) -> bool:
        key = _PATH_KEYS.get(m.get("type", ""))
        if key is None or m.get(key) != path:
            return False
        if error in m["mismatch"]:
            return True
        # The suite writes some expected errors as regexes (e.g. charset=\s*).
        try:
            return re.search(error, m["mismatch"]) is not None
        except re.error:
            return False

    assert any(hit(m) for m in match_world.mismatches()), (
        f"no mismatch at {path!r} with error {error!r} in {match_world.mismatches()}"
    )
