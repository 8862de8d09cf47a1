"""A failing consumer test: pact-python's `MismatchesError` and its details.

pact-python builds its mismatch objects from `mock_server_mismatches` with
strict constructors (`Mismatch.from_dict(...)` passes every key as a keyword
argument), so any key or type our mock server reports differently from the
reference breaks them. The tests check the kinds, the expected and actual
values, the paths and the texts.
"""

from __future__ import annotations

import logging

import pytest
from support import http

from pact import Pact, match
from pact.error import (
    BodyMismatch,
    HeaderMismatch,
    MethodMismatch,
    MismatchesError,
    MissingRequest,
    QueryMismatch,
    RequestMismatch,
    RequestNotFound,
)


def _pact() -> Pact:
    pact = Pact("mismatch-consumer", "mismatch-provider")
    (
        pact.upon_receiving("a request to create a user")
        .with_request("POST", "/users")
        .with_header("Content-Type", "application/json")
        .with_query_parameter("notify", "yes")
        .with_body({"name": match.str("Alice"), "age": match.int(30)}, content_type="application/json")
        .will_respond_with(201)
    )
    (
        pact.upon_receiving("a request for a user")
        .with_request("GET", "/users/1")
        .with_header("Accept", "application/json")
        .will_respond_with(200)
    )
    (pact.upon_receiving("a request to delete a user").with_request("DELETE", "/users/1").will_respond_with(204))
    return pact


def _exercise_wrongly(base_url: str) -> list[int]:
    return [
        # Wrong query value, and a number where the contract has a string.
        http("POST", f"{base_url}/users?notify=no", {"name": 42, "age": 30})[0],
        http("GET", f"{base_url}/users/1", headers={"Accept": "text/plain"})[0],
        http("GET", f"{base_url}/nowhere")[0],
        # The delete is never sent.
    ]


def test_mismatches_error_carries_expected_actual_and_paths(caplog: pytest.LogCaptureFixture) -> None:
    pact = _pact()
    with caplog.at_level(logging.ERROR, logger="pact"), pytest.raises(MismatchesError) as failure:  # noqa: PT012
        with pact.serve() as srv:
            statuses = _exercise_wrongly(str(srv.url))
    # The mock server answers unmatched requests with 500.
    assert statuses == [500, 500, 500]

    mismatches = failure.value.mismatches
    assert [type(m) for m in mismatches] == [RequestMismatch, RequestMismatch, RequestNotFound, MissingRequest]

    create, get, not_found, missing = mismatches
    assert (create.method, create.path) == ("POST", "/users")
    query, body = create.mismatches
    assert isinstance(query, QueryMismatch)
    assert (query.parameter, query.expected, query.actual) == ("notify", "yes", "no")
    assert query.mismatch == "Expected query parameter 'notify' with value 'yes' but was 'no'"
    assert isinstance(body, BodyMismatch)
    assert (body.path, body.expected, body.actual) == ("$.name", '"Alice"', "42")
    assert body.mismatch == "Expected 42 (Integer) to be the same type as 'Alice' (String)"

    assert (get.method, get.path) == ("GET", "/users/1")
    (header,) = get.mismatches
    assert isinstance(header, HeaderMismatch)
    assert (header.key, header.expected, header.actual) == ("Accept", "application/json", "text/plain")
    assert header.mismatch == (
        "Mismatch with header 'Accept': Expected header 'Accept' to have value 'application/json' but was 'text/plain'"
    )

    assert (not_found.method, not_found.path) == ("GET", "/nowhere")
    assert not_found.request["method"] == "GET"
    assert not_found.request["body"] == ""
    assert "host" in not_found.request["headers"]

    assert (missing.method, missing.path) == ("DELETE", "/users/1")
    assert missing.request == {"method": "DELETE", "path": "/users/1"}

    # The error's text lists every mismatch, as pact-python formats it.
    text = str(failure.value)
    assert text.startswith("Mismatches:\n  (1) Request mismatch: POST /users\n")
    assert "    (1) Query mismatch: Expected query parameter 'notify' with value 'yes' but was 'no'" in text
    assert "    (2) Body mismatch: Expected 42 (Integer) to be the same type as 'Alice' (String)" in text
    assert "  (3) Request not found: GET /nowhere:" in text
    assert "  (4) Missing request: DELETE /users/1: {}" in text
    # And pact-python logged them before raising (verbose=True).
    assert any(r.name == "pact.pact" and "Mismatches:" in r.getMessage() for r in caplog.records)


def test_mismatches_without_raising(caplog: pytest.LogCaptureFixture) -> None:
    pact = _pact()
    with caplog.at_level(logging.ERROR, logger="pact"), pact.serve(raises=False, verbose=False) as srv:
        _exercise_wrongly(str(srv.url))
        assert not srv.matched
        live = srv.mismatches
    # After the block the server is gone, and the mismatches were kept.
    assert [m.type for m in srv.mismatches] == [m.type for m in live] == [
        "RequestMismatch",
        "RequestMismatch",
        "RequestNotFound",
        "MissingRequest",
    ]
    assert not [r for r in caplog.records if r.name == "pact.pact"]


def test_method_mismatch_is_a_request_not_found() -> None:
    """A request with the wrong method matches no interaction at all."""
    pact = Pact("mismatch-consumer", "mismatch-provider")
    pact.upon_receiving("a request to update").with_request("PUT", "/things/1").will_respond_with(200)
    with pytest.raises(MismatchesError) as failure, pact.serve() as srv:
        http("PATCH", f"{srv.url}/things/1")
    kinds = [type(m) for m in failure.value.mismatches]
    assert kinds == [RequestNotFound, MissingRequest]
    assert failure.value.mismatches[0].method == "PATCH"
    assert MethodMismatch not in kinds


def test_body_mismatch_on_a_nested_array_path() -> None:
    pact = Pact("mismatch-consumer", "mismatch-provider")
    (
        pact.upon_receiving("an order")
        .with_request("POST", "/orders")
        .with_body(
            {"items": match.each_like({"sku": match.str("A-1"), "qty": match.int(1)}, min=1)},
            content_type="application/json",
        )
        .will_respond_with(201)
    )
    with pytest.raises(MismatchesError) as failure, pact.serve() as srv:
        http("POST", f"{srv.url}/orders", {"items": [{"sku": "B-2", "qty": 1}, {"sku": "C-3", "qty": "two"}]})
    (request,) = failure.value.mismatches
    (body,) = request.mismatches
    assert isinstance(body, BodyMismatch)
    assert (body.path, body.expected, body.actual) == ("$.items[1].qty", "1", '"two"')
    assert body.mismatch == "Expected 'two' (String) to be an integer"
