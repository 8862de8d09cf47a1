"""Provider verification of the order service, with pact-python's Verifier.

Replays the web shop's pact (written by consumer_test.py) against the real
order service: the HTTP interactions over HTTP, the "order shipped" event
through pact-python's message relay, which calls the service's own event
builder. Provider states are set up by plain Python functions.

    pytest consumer_test.py provider_test.py
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from order_service import PRICES, OrderService

from pact import Verifier


def test_order_service_honours_the_web_shop_pact(pact_dir: Path) -> None:
    pact_file = pact_dir / "web-shop-order-service.json"
    if not pact_file.is_file():
        pytest.fail(f"{pact_file} is missing: run consumer_test.py first")

    with OrderService() as service:

        def an_order_exists(action: str, parameters: dict[str, Any]) -> None:
            if action == "setup":
                service.catalogue = dict(PRICES)
                service.orders[parameters["id"]] = {
                    "id": parameters["id"],
                    "status": "placed",
                    "items": [{"sku": "BOOK-1", "qty": 2}],
                    "total": 25.5,
                }
            else:
                service.orders.clear()

        def no_orders_exist(action: str) -> None:
            service.orders.clear()

        def the_catalogue_has_books(action: str) -> None:
            service.catalogue = dict(PRICES) if action == "setup" else {}

        def order_shipped() -> dict[str, Any]:
            body, metadata = service.shipped_event(1001)
            return {"contents": body, "metadata": metadata, "content_type": "application/json"}

        verifier = (
            Verifier("order-service")
            .add_transport(url=service.url)
            .state_handler(
                {
                    "an order exists": an_order_exists,
                    "no orders exist": no_orders_exist,
                    "the catalogue has books": the_catalogue_has_books,
                },
                teardown=True,
            )
            .message_handler({"an order shipped event": order_shipped})
            .add_source(pact_file)
        )
        verifier.verify()  # raises when the service breaks the contract

    results = verifier.results
    assert results["result"] is True
    assert {r["description"] for r in results["interactionResults"]} == {
        "a request for an order",
        "a request for an unknown order",
        "a request to place an order",
        "an order shipped event",
    }
