"""The provider under test: a small user service.

It serves ``GET /users/<id>`` as JSON from an in-memory store. For contract
verification it also offers a provider-state endpoint, ``POST /_pact/state``,
which the verifier calls with ``{"action": "setup"|"teardown", "state": ...,
"params": {...}}`` before and after each interaction, so the service holds the
data the consumer's test assumed ("a user exists" with an ``id``).

With ``broken=True`` the service behaves like a careless refactoring: ids are
sent as strings and timestamps lose their ISO 8601 form. Verification should
catch both.

Usage: python user_service.py [--port 8080] [--broken]
"""

from __future__ import annotations

import argparse
import json
import re
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

STATE_PATH = "/_pact/state"
USER_PATH = re.compile(r"^/users/(\d+)$")


class UserService(ThreadingHTTPServer):
    """The service: an HTTP server over an in-memory store of users."""

    daemon_threads = True

    def __init__(self, port: int = 0, *, broken: bool = False) -> None:
        """Listen on 127.0.0.1:``port`` (0 picks a free port)."""
        super().__init__(("127.0.0.1", port), _Handler)
        self.broken = broken
        self._users: dict[int, dict[str, Any]] = {}
        self._lock = threading.Lock()

    @property
    def url(self) -> str:
        """The base URL the service listens on."""
        host, port = self.server_address[:2]
        return f"http://{host}:{port}"

    def add_user(self, user_id: int) -> None:
        """Store a user with this id (the data behind "a user exists")."""
        with self._lock:
            self._users[user_id] = {
                "id": user_id,
                "name": "Ada Lovelace",
                "created": "2023-11-02T14:05:00Z",
                "roles": ["reader", "editor"],
            }

    def remove_user(self, user_id: int) -> None:
        """Forget a user."""
        with self._lock:
            self._users.pop(user_id, None)

    def user(self, user_id: int) -> dict[str, Any] | None:
        """The user as the API presents it, or None if there is none."""
        with self._lock:
            stored = self._users.get(user_id)
        if stored is None:
            return None
        if self.broken:
            return {**stored, "id": str(stored["id"]), "created": "02/11/2023 14:05"}
        return dict(stored)

    def change_state(self, action: str, state: str, params: dict[str, Any]) -> bool:
        """Set up or tear down a provider state; False if the state is unknown."""
        if state == "":
            return True  # interactions without a state need nothing
        if state == "a user exists":
            user_id = int(params.get("id", 1))
            if action == "teardown":
                self.remove_user(user_id)
            else:
                self.add_user(user_id)
            return True
        return False


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    # Headers and body go out in separate writes; without this, Nagle's
    # algorithm and the client's delayed ACK add ~40 ms to every response.
    disable_nagle_algorithm = True
    server: UserService

    def do_GET(self) -> None:  # noqa: N802 - http.server's naming
        match = USER_PATH.match(self.path.split("?", 1)[0])
        if not match:
            self._send(404, {"error": f"no route for {self.path}"})
            return
        user = self.server.user(int(match.group(1)))
        if user is None:
            self._send(404, {"error": f"user {match.group(1)} not found"})
        else:
            self._send(200, user)

    def do_POST(self) -> None:  # noqa: N802
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        if self.path.split("?", 1)[0] != STATE_PATH:
            self._send(404, {"error": f"no route for {self.path}"})
            return
        try:
            request = json.loads(body or b"{}")
            known = self.server.change_state(
                request.get("action", "setup"), request.get("state", ""), request.get("params") or {}
            )
        except (ValueError, TypeError, AttributeError) as error:
            self._send(400, {"error": f"bad state change request: {error}"})
            return
        if known:
            self._send(200, {})
        else:
            self._send(400, {"error": f"unknown provider state {request.get('state')!r}"})

    def _send(self, status: int, document: Any) -> None:
        payload = json.dumps(document).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(payload)))
        self.end_headers()
        self.wfile.write(payload)

    def log_message(self, *args: Any) -> None:
        pass  # keep the demo's output to the verifier's report


def main() -> None:
    """Run the service in the foreground."""
    parser = argparse.ArgumentParser(description="The demo user service.")
    parser.add_argument("--port", type=int, default=8080)
    parser.add_argument("--broken", action="store_true", help="serve ids as strings and non-ISO timestamps")
    args = parser.parse_args()
    service = UserService(args.port, broken=args.broken)
    print(f"user service on {service.url}{' (broken)' if args.broken else ''}")
    service.serve_forever()


if __name__ == "__main__":
    main()
