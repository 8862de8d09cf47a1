"""Consumer contract tests of the web shop, with pact-python.

Each test describes what the shop expects of the order service, runs the real
client (`OrderClient`) against pact's mock server, and checks what the client
made of the answer. After each test its interactions are merged into the pact
file, which the order service then verifies (provider_test.py).

    pytest consumer_test.py      # writes pacts/web-shop-order-service.json
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from order_client import OrderClient, ShipmentListener

from pact import Pact, match


@pytest.fixture
def pact(pact_dir: Path) -> Iterator[Pact]:
    """A pact for one test, merged into the pact file when the test is done.

    Once a test has started the mock server, its pact takes no more
    interactions: each test gets its own, and pact merges them in the file.
    """
    pact = Pact("web-shop", "order-service").with_specification("V4")
    yield pact
    pact.write_file(pact_dir)


ORDER = {
    "id": match.int(1001),
    "status": match.regex("placed", regex=r"^(placed|paid|shipped)$"),
    "items": match.each_like({"sku": match.str("BOOK-1"), "qty": match.int(2)}, min=1),
    "total": match.number(25.5),
}


def test_get_an_existing_order(pact: Pact) -> None:
    (
        pact.upon_receiving("a request for an order")
        .given("an order exists", id=1001)
        .with_request("GET", match.regex("/orders/1001", regex=r"^/orders/\d+$"))
        .with_header("Accept", "application/json")
        .will_respond_with(200)
        .with_body(ORDER, content_type="application/json")
    )
    with pact.serve() as srv:
        order = OrderClient(srv.url).get_order(1001)
    assert order is not None
    assert order.id == 1001
    assert order.items == [{"sku": "BOOK-1", "qty": 2}]


def test_get_an_unknown_order(pact: Pact) -> None:
    (
        pact.upon_receiving("a request for an unknown order")
        .given("no orders exist")
        .with_request("GET", "/orders/404")
        .with_header("Accept", "application/json")
        .will_respond_with(404)
    )
    with pact.serve() as srv:
        assert OrderClient(srv.url).get_order(404) is None


def test_place_an_order(pact: Pact) -> None:
    (
        pact.upon_receiving("a request to place an order")
        .given("the catalogue has books")
        .with_request("POST", "/orders")
        .with_header("Content-Type", "application/json")
        .with_body({"items": match.each_like({"sku": match.str("BOOK-1"), "qty": match.int(1)}, min=1)},
                   content_type="application/json")
        .will_respond_with(201)
        # The id is made up by the service; the mock server generates one.
        .with_body({**ORDER, "id": match.int(min=1, max=99999)}, content_type="application/json")
    )
    with pact.serve() as srv:
        order = OrderClient(srv.url).place_order([{"sku": "BOOK-7", "qty": 3}])
    assert 1 <= order.id <= 99999
    assert order.status == "placed"


def test_handle_an_order_shipped_event(pact: Pact) -> None:
    (
        pact.upon_receiving("an order shipped event", "Async")
        .given("an order exists", id=1001)
        .with_body(
            {"orderId": match.int(1001), "trackingCode": match.regex("TRK-123456", regex=r"^TRK-\d{6}$")},
            content_type="application/json",
        )
        .with_metadata({"topic": "orders.shipped"})
    )
    listener = ShipmentListener()
    # pact hands every message of the contract to the handler; an exception
    # there fails the test.
    pact.verify(listener.on_message, "Async")
    assert listener.shipped == {1001: "TRK-123456"}
