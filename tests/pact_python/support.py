"""Small helpers of the pact-python tests: an HTTP client and a provider app.

Only the standard library, so the tests need nothing beyond pact-python and
our package.
"""

from __future__ import annotations

import json
import threading
import urllib.error
import urllib.request
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any


def http(
    method: str,
    url: str,
    body: Any = None,  # noqa: ANN401
    headers: dict[str, str] | None = None,
) -> tuple[int, dict[str, str], Any]:
    """Send one request; return status, headers (lower-case names) and body.

    A dict or list body is sent as JSON; a JSON response body is decoded.
    """
    data = None
    headers = dict(headers or {})
    if isinstance(body, (dict, list)):
        data = json.dumps(body).encode()
        headers.setdefault("Content-Type", "application/json")
    elif isinstance(body, str):
        data = body.encode()
    elif isinstance(body, bytes):
        data = body
    request = urllib.request.Request(url, data=data, method=method, headers=headers)  # noqa: S310
    try:
        with urllib.request.urlopen(request, timeout=10) as response:  # noqa: S310
            status, raw_headers, raw = response.status, response.headers, response.read()
    except urllib.error.HTTPError as error:
        status, raw_headers, raw = error.code, error.headers, error.read()
    names = {k.lower(): v for k, v in raw_headers.items()}
    if raw and names.get("content-type", "").startswith("application/json"):
        return status, names, json.loads(raw)
    return status, names, raw


def read_pact(directory: Path, consumer: str, provider: str) -> dict[str, Any]:
    """Load the pact file pact-python wrote for ``consumer`` and ``provider``."""
    path = Path(directory) / f"{consumer}-{provider}.json"
    with path.open(encoding="utf-8") as f:
        return json.load(f)


class UserService:
    """A provider: a user store over HTTP on localhost, on a free port.

    ``GET /users/<id>`` returns the user or 404; ``POST /users`` creates one
    (201). ``broken=True`` serves names as numbers, which breaks any contract
    expecting strings. Used as a context manager, it serves on a thread.
    """

    def __init__(self, *, broken: bool = False) -> None:
        self.users: dict[int, dict[str, Any]] = {}
        self.broken = broken
        self.requests: list[tuple[str, str]] = []
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

            def _user(self, user: dict[str, Any]) -> dict[str, Any]:
                return {**user, "name": 42} if service.broken else user

            def do_GET(self) -> None:  # noqa: N802
                service.requests.append(("GET", self.path))
                prefix = "/users/"
                if self.path.startswith(prefix) and self.path[len(prefix):].isdigit():
                    user = service.users.get(int(self.path[len(prefix):]))
                    if user is not None:
                        self._reply(200, self._user(user))
                        return
                self._reply(404, {"error": "not found"})

            def do_POST(self) -> None:  # noqa: N802
                service.requests.append(("POST", self.path))
                length = int(self.headers.get("Content-Length", "0"))
                body = json.loads(self.rfile.read(length) or b"{}")
                if self.path != "/users" or "name" not in body:
                    self._reply(400, {"error": "bad request"})
                    return
                user_id = max(service.users, default=0) + 1
                service.users[user_id] = {"id": user_id, "name": body["name"]}
                self._reply(201, self._user(service.users[user_id]))

            def log_message(self, format: str, *args: Any) -> None:  # noqa: A002, ANN401
                """Quiet: the tests assert on what was served instead."""

        self._server = ThreadingHTTPServer(("localhost", 0), Handler)
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        """Base URL, with the host name pact's Verifier expects (localhost)."""
        return f"http://localhost:{self._server.server_address[1]}"

    def __enter__(self) -> UserService:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(timeout=5)
