"""The consumer: a web shop's client of the order service.

Plain standard library, so the example needs nothing but pact-python and
pact_ffi. It fetches and creates orders over HTTP, and handles the
"order shipped" events the order service publishes.
"""

from __future__ import annotations

import json
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from typing import Any


@dataclass
class Order:
    """An order as the shop sees it."""

    id: int
    status: str
    items: list[dict[str, Any]] = field(default_factory=list)
    total: float = 0.0


class OrderClient:
    """Talks to the order service at ``base_url``."""

    def __init__(self, base_url: str) -> None:
        self.base_url = str(base_url).rstrip("/")

    def _send(self, method: str, path: str, body: Any = None) -> tuple[int, Any]:  # noqa: ANN401
        data = None if body is None else json.dumps(body).encode()
        request = urllib.request.Request(  # noqa: S310
            self.base_url + path,
            data=data,
            method=method,
            headers={"Accept": "application/json", **({"Content-Type": "application/json"} if data else {})},
        )
        try:
            with urllib.request.urlopen(request, timeout=10) as response:  # noqa: S310
                return response.status, json.loads(response.read() or b"null")
        except urllib.error.HTTPError as error:
            return error.code, None

    def get_order(self, order_id: int) -> Order | None:
        """The order, or None when the service does not know it."""
        status, body = self._send("GET", f"/orders/{order_id}")
        if status == 404:
            return None
        if status != 200:
            msg = f"unexpected status {status}"
            raise RuntimeError(msg)
        return Order(body["id"], body["status"], body["items"], body["total"])

    def place_order(self, items: list[dict[str, Any]]) -> Order:
        """Create an order for ``items`` (each ``{"sku": ..., "qty": ...}``)."""
        status, body = self._send("POST", "/orders", {"items": items})
        if status != 201:
            msg = f"order was not created: {status}"
            raise RuntimeError(msg)
        return Order(body["id"], body["status"], body["items"], body["total"])


class ShipmentListener:
    """Handles the order service's "order shipped" events."""

    def __init__(self) -> None:
        self.shipped: dict[int, str] = {}

    def on_message(self, body: str | bytes | None, metadata: dict[str, Any]) -> None:
        """Record the tracking code of a shipped order."""
        event = json.loads(body or "null")
        if metadata.get("topic") != "orders.shipped":
            msg = f"unexpected topic {metadata.get('topic')!r}"
            raise ValueError(msg)
        self.shipped[event["orderId"]] = event["trackingCode"]
