"""Steps of the V3 generators features (generators.feature, http_generators.feature).

The reference's steps call its request/response generation directly. Through
pact_ffi that is reachable in two ways, and each scenario uses the one the
library really performs:

* Responses: the interaction (body, headers, status and generators) is
  declared with the builder functions and the mock server returns the
  response; it applies the response generators in consumer mode
  (generators.md §12), so what the test reads is the library's output.
* Requests: only a verifier applies request generators, and pact_ffi has none
  yet. The request is declared the same way, read back through the model API
  (pactffi_pact_handle_get_sync_http_iter -> pactffi_sync_http_get_request ->
  pactffi_request_contents_get_generators_iter) and every stored generator
  produces its value with pactffi_generator_generate_string (with the
  scenario's context). The step then puts that value where the generator
  points (path, header, query parameter or body field); the test checks the
  generator the library stored and the value it generated, not the
  library's placement of it.
"""

from __future__ import annotations

import copy
import json
import re
import uuid
from pathlib import Path
from typing import Any

import pytest
from pytest_bdd import given, parsers, then, when

import pact_ffi
from pact_ffi import GeneratorCategory

from .common import Definition, Part, define_interaction, fixture_json, setup_body
from .http_consumer import ConsumerWorld

# Value shapes of the suite's "replaced with a(n) <type>" steps (the reference's
# shared assert_value_type), anchored here so that a stray prefix fails.
_VALUE_SHAPES = {
    "integer": r"-?\d+",
    "decimal number": r"-?\d+\.\d+",
    "hexadecimal number": r"[a-fA-F0-9]+",
    "string from the regex": r"\d{1,8}",
    "date": r"\d{4}-\d{2}-\d{2}",
    "time": r"\d{2}:\d{2}:\d{2}",
    # Default format yyyy-MM-dd'T'HH:mm:ss.SSS plus an offset (generators.md §15).
    "date-time": r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{1,9}(Z|[+-]\d{2}:?\d{2})?",
}


def value_text(value: Any) -> str:  # noqa: ANN401
    """A JSON value as the reference's json_to_string shows it (strings unquoted)."""
    return value if isinstance(value, str) else json.dumps(value)


def assert_value_type(value_type: str, value: Any) -> None:  # noqa: ANN401
    """Assert that ``value`` (a JSON value) has the shape named by ``value_type``."""
    text = value_text(value)
    if value_type in _VALUE_SHAPES:
        if value_type == "string from the regex":
            assert isinstance(value, str), f"expected a string, got {value!r}"
        assert re.fullmatch(_VALUE_SHAPES[value_type], text), f"expected a {value_type}, got {value!r}"
    elif value_type == "random string":
        assert isinstance(value, str), f"expected a string, got {value!r}"
    elif value_type.endswith("UUID"):
        uuid.UUID(text)  # raises ValueError if it is not one
    elif value_type == "boolean":
        assert text in ("true", "false"), f"expected a boolean, got {value!r}"
    else:
        pytest.fail(f"unknown value type {value_type!r}")


def load_generators(cell: str) -> dict[str, Any]:
    """A generators cell: ``JSON: {...}`` or a fixture file name."""
    cell = cell.strip()
    if cell.startswith("JSON:"):
        return json.loads(cell[len("JSON:"):])
    return fixture_json(cell)


def json_pointer(path: str) -> list[str]:
    """Keys of a simple ``$.a.b`` path (all the suite's generator paths are of that form)."""
    assert re.fullmatch(r"\$(\.[A-Za-z0-9_-]+)*", path), f"unsupported path {path!r}"
    return path.split(".")[1:]


def value_at(document: Any, path: str) -> Any:  # noqa: ANN401
    for key in json_pointer(path):
        assert isinstance(document, dict) and key in document, f"no {path} in {document!r}"
        document = document[key]
    return document


def _with_value(document: Any, keys: list[str], value: Any) -> Any:  # noqa: ANN401
    if not keys:
        return value
    result = dict(document)
    result[keys[0]] = _with_value(document[keys[0]], keys[1:], value)
    return result


def _configure(part: Part, datatable: list[list[str]]) -> None:
    for name, cell in zip(datatable[0], datatable[1]):
        if name == "body":
            setup_body(cell, part)
        elif name == "generators":
            part.generators = load_generators(cell)


class GeneratorWorld:
    """The request or response of a scenario, and what the library generated from it."""

    def __init__(self, spec: pact_ffi.PactSpecification, pact_dir: Path) -> None:
        self.spec = spec
        self.request = Part(path="/path/one")
        self.response = Part()
        self.mode = "Consumer"  # the reference's default GeneratorTestMode
        self.server_world = ConsumerWorld(spec, pact_dir)
        self.pact: pact_ffi.PactHandle | None = None
        # Results: the generated request (path, headers, query) or response.
        self.generated_path: str | None = None
        self.generated_headers: dict[str, list[str]] = {}
        self.generated_query: dict[str, list[str]] = {}
        self.generated_status: int | None = None
        self.original_body: Any = None
        self.generated_body: Any = None

    # -- requests: generator values from the model API ---------------------
    def stored_request_generators(self) -> dict[GeneratorCategory, list[tuple[str, pact_ffi.Generator]]]:
        """The request generators pact_ffi stored, read back through the model API."""
        self.pact = pact_ffi.new_pact("generators-consumer", "generators-provider")
        pact_ffi.with_specification(self.pact, self.spec)
        define_interaction(self.pact, Definition("generators", self.request, Part()))
        interactions = list(pact_ffi.pact_handle_get_sync_http_iter(self.pact))
        assert len(interactions) == 1, f"expected one HTTP interaction, got {len(interactions)}"
        request = pact_ffi.sync_http_get_request(interactions[0])
        stored: dict[GeneratorCategory, list[tuple[str, pact_ffi.Generator]]] = {}
        for category in (GeneratorCategory.PATH, GeneratorCategory.HEADER, GeneratorCategory.QUERY,
                         GeneratorCategory.BODY):
            pairs = list(pact_ffi.request_contents_get_generators_iter(request, category))
            stored[category] = [(pair.path, pair.generator) for pair in pairs]
        self.original_body = _json_body(pact_ffi.sync_http_get_request_contents(interactions[0]))
        return stored

    def prepare_request(self, context: dict[str, Any] | None) -> None:
        declared = self.request.generators or {}
        stored = self.stored_request_generators()
        # Each declared generator must have been stored: the library is the source.
        for key, category in (("path", GeneratorCategory.PATH), ("header", GeneratorCategory.HEADER),
                              ("query", GeneratorCategory.QUERY), ("body", GeneratorCategory.BODY)):
            expected = 1 if key == "path" and key in declared else len(declared.get(key, {}))
            assert len(stored[category]) == expected, (
                f"{key} generators: declared {declared.get(key)}, stored {[p for p, _ in stored[category]]}"
            )
        self.generated_path = self.request.path
        for _, generator in stored[GeneratorCategory.PATH]:
            self.generated_path = generator.generate_string(context)
        self.generated_headers = {k: [v] for k, v in self.request.headers}
        for name, generator in stored[GeneratorCategory.HEADER]:
            self.generated_headers[name] = [generator.generate_string(context)]
        self.generated_query = {}
        for k, v in self.request.query:
            self.generated_query.setdefault(k, []).append(v)
        for name, generator in stored[GeneratorCategory.QUERY]:
            self.generated_query[name] = [generator.generate_string(context)]
        body = copy.deepcopy(self.original_body)
        for path, generator in stored[GeneratorCategory.BODY]:
            body = _with_value(body, json_pointer(path), generator.generate_string(context))
        self.generated_body = body

    # -- responses: the mock server generates them ------------------------
    def prepare_response(self) -> None:
        self.original_body = _json_body(self.response.body.decode()) if self.response.body is not None else None
        self.server_world.start([Definition("generators", Part(path="/generated"), self.response)])
        self.server_world.send(Part(path="/generated"))
        mismatches = self.server_world.mismatches()
        assert mismatches == [], mismatches
        self.generated_status = self.server_world.status
        self.generated_headers = {k: [v] for k, v in self.server_world.response_headers.items()}
        self.generated_body = _json_body(self.server_world.response_body.decode())
        self.server_world.close()

    def close(self) -> None:
        self.server_world.close()
        if self.pact is not None and not self.pact._freed:  # noqa: SLF001
            pact_ffi.free_pact_handle(self.pact)


def _json_body(text: str | None) -> Any:  # noqa: ANN401
    if not text:
        return None
    try:
        return json.loads(text)
    except ValueError:
        return text


@pytest.fixture
def generator_world(spec_version: pact_ffi.PactSpecification, tmp_path: Path):
    world = GeneratorWorld(spec_version, tmp_path / "pacts")
    yield world
    world.close()


@given("a request configured with the following generators:")
def request_with_generators(generator_world: GeneratorWorld, datatable: list[list[str]]) -> None:
    _configure(generator_world.request, datatable)


@given("a response configured with the following generators:")
def response_with_generators(generator_world: GeneratorWorld, datatable: list[list[str]]) -> None:
    _configure(generator_world.response, datatable)


@given(parsers.parse('the generator test mode is set as "{mode}"'))
def generator_test_mode(generator_world: GeneratorWorld, mode: str) -> None:
    generator_world.mode = mode


@when("the request is prepared for use")
def request_prepared(generator_world: GeneratorWorld) -> None:
    generator_world.prepare_request(None)


@when(parsers.parse('the request is prepared for use with a "{field}" context:'))
def request_prepared_with_context(generator_world: GeneratorWorld, field: str, datatable: list[list[str]]) -> None:
    values = json.loads(datatable[0][0])
    # As the reference builds it: provider-state values are the context itself,
    # others are nested under their field (mockServer's href is its url).
    if field == "providerState":
        context = values
    elif field == "mockServer":
        context = {field: {("url" if k == "href" else k): v for k, v in values.items()}}
    else:
        context = {field: values}
    # pactffi_generator_generate_string applies no mode checks (generators.md §14):
    # it generates what a verifier in Provider mode would.
    assert generator_world.mode == "Provider" or field != "providerState", (
        "a providerState context only applies in Provider mode"
    )
    generator_world.prepare_request(context)


@when("the response is prepared for use")
def response_prepared(generator_world: GeneratorWorld) -> None:
    generator_world.prepare_response()


@then(parsers.re(r'the body value for "(?P<path>[^"]+)" will have been replaced with an? "(?P<value_type>[^"]+)"'))
def body_value_replaced(generator_world: GeneratorWorld, path: str, value_type: str) -> None:
    original = value_at(generator_world.original_body, path)
    generated = value_at(generator_world.generated_body, path)
    assert generated != original, f"expected {path} ({original!r}) to have been replaced"
    assert_value_type(value_type, generated)


@then(parsers.parse('the request "{part}" will be set as "{value}"'))
def request_part_set_as(generator_world: GeneratorWorld, part: str, value: str) -> None:
    assert part == "path", f"unsupported request part {part!r}"
    assert generator_world.generated_path == value


def _keyed(part: str) -> tuple[str, str]:
    found = re.fullmatch(r"(\w+)\[(.*)\]", part)
    assert found, f"unsupported part {part!r}"
    return found.group(1), found.group(2)


@then(parsers.parse('the request "{part}" will match "{regex}"'))
def request_part_matches(generator_world: GeneratorWorld, part: str, regex: str) -> None:
    if part == "path":
        values = [generator_world.generated_path or ""]
    else:
        kind, key = _keyed(part)
        source = {"header": generator_world.generated_headers, "queryParameter": generator_world.generated_query}[kind]
        assert key in source, f"the request has no {kind} {key}: {source}"
        values = source[key]
    assert all(re.search(regex, v) for v in values), f"{part} = {values} does not match {regex}"


@then(parsers.parse('the response "{part}" will not be "{value}"'))
def response_part_not(generator_world: GeneratorWorld, part: str, value: str) -> None:
    assert part == "status", f"unsupported response part {part!r}"
    assert generator_world.generated_status != int(value)


@then(parsers.parse('the response "{part}" will match "{regex}"'))
def response_part_matches(generator_world: GeneratorWorld, part: str, regex: str) -> None:
    if part == "status":
        values = [str(generator_world.generated_status)]
    else:
        kind, key = _keyed(part)
        assert kind == "header", f"unsupported response part {part!r}"
        headers = {k.lower(): v for k, v in generator_world.generated_headers.items()}
        assert key.lower() in headers, f"the response has no header {key}: {headers}"
        values = headers[key.lower()]
    assert all(re.search(regex, v) for v in values), f"{part} = {values} does not match {regex}"
