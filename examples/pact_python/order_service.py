"""The provider: the order service, an HTTP API plus "order shipped" events.

Standard library only. ``OrderService`` holds the orders in memory and serves
``GET /orders/<id>`` and ``POST /orders``; ``shipped_event`` builds the event
it publishes on the ``orders.shipped`` topic when an order leaves the
warehouse. provider_test.py verifies both against the web shop's pact.
"""

from __future__ import annotations

import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

PRICES = {"BOOK-1": 12.75, "BOOK-7": 9.5}


class OrderService:
    """The order service on ``localhost``, on a free port (or ``port``)."""

    def __init__(self, port: int = 0) -> None:
        self.orders: dict[int, dict[str, Any]] = {}
        self.catalogue: dict[str, float] = {}
        service = self

        class Handler(BaseHTTPRequestHandler):
            def _reply(self, status: int, body: Any = None) -> None:  # noqa: ANN401
                payload = b"" if body is None else json.dumps(body).encode()
                self.send_response(status)
                if body is not None:
                    self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(payload)))
                self.end_headers()
                self.wfile.write(payload)

            def do_GET(self) -> None:  # noqa: N802
                order_id = self.path.removeprefix("/orders/")
                order = service.orders.get(int(order_id)) if order_id.isdigit() else None
                self._reply(200, order) if order else self._reply(404)

            def do_POST(self) -> None:  # noqa: N802
                body = json.loads(self.rfile.read(int(self.headers.get("Content-Length", "0"))) or b"{}")
                if self.path != "/orders" or not body.get("items"):
                    self._reply(400, {"error": "an order needs items"})
                    return
                self._reply(201, service.place(body["items"]))

            def log_message(self, format: str, *args: Any) -> None:  # noqa: A002, ANN401
                """Keep the demo's output to pact's report."""

        self._server = ThreadingHTTPServer(("localhost", port), Handler)

    @property
    def url(self) -> str:
        return f"http://localhost:{self._server.server_address[1]}"

    def place(self, items: list[dict[str, Any]]) -> dict[str, Any]:
        """Store a new order and return it."""
        order_id = max(self.orders, default=1000) + 1
        total = sum(self.catalogue.get(i["sku"], 0.0) * i["qty"] for i in items)
        self.orders[order_id] = {"id": order_id, "status": "placed", "items": items, "total": total}
        return self.orders[order_id]

    def shipped_event(self, order_id: int) -> tuple[bytes, dict[str, Any]]:
        """The event published when an order ships: (body, metadata)."""
        self.orders[order_id]["status"] = "shipped"
        body = {"orderId": order_id, "trackingCode": f"TRK-{order_id:06d}"}
        return json.dumps(body).encode(), {"topic": "orders.shipped"}

    def __enter__(self) -> OrderService:
        threading.Thread(target=self._server.serve_forever, daemon=True).start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._server.shutdown()
        self._server.server_close()
