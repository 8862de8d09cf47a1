"""A scripted provider for verifier tests.

``ProviderDouble`` answers the verifier's provider requests from a table of
routes, records every request, and offers the two endpoints pact-python's
verifier adds (verifier.md §9.3): ``POST /_pact/state`` records each
provider-state call (JSON body or query form) and ``POST /_pact/message``
relays messages by description, with a base64 JSON ``Pact-Message-Metadata``
header. It builds on the shared ``doubles.http_double`` (tests/doubles),
which also has the servers that misbehave (``RawServer``, ``refused_port``).

A plain module (no pytest dependency).
"""

from __future__ import annotations

import base64
import json
from dataclasses import dataclass, field
from typing import Any

from doubles.http_double import HttpDouble, Recorded, Reply, json_reply

__all__ = [
    "MessageReply",
    "ProviderDouble",
    "StateCall",
]

STATE_PATH = "/_pact/state"
MESSAGE_PATH = "/_pact/message"


@dataclass
class StateCall:
    """One provider-state change request."""

    action: str
    state: str
    params: dict[str, Any]
    mode: str
    """``"body"`` (JSON body) or ``"query"`` (query parameters)."""
    request: Recorded


@dataclass
class MessageReply:
    """What the message relay produces for one description."""

    body: Any
    """bytes, text, or a JSON value."""
    content_type: str | None = "application/json"
    metadata: dict[str, Any] | None = None
    status: int = 200
    raw_metadata_header: str | None = None
    """Sent verbatim as ``Pact-Message-Metadata`` instead of ``metadata``."""


@dataclass
class _StateBehaviour:
    reply: Reply = field(default_factory=lambda: json_reply({}))
    fail_states: dict[str, int] = field(default_factory=dict)


class ProviderDouble(HttpDouble):
    """The provider under test, its state endpoint and message relay.

    Unknown routes answer 404 with an empty body.
    """

    def __init__(self) -> None:
        """Create the provider double (not started)."""
        super().__init__()
        self._routes: dict[tuple[str, str], Reply] = {}
        self._messages: dict[str, MessageReply] = {}
        self._state = _StateBehaviour()
        self.state_calls: list[StateCall] = []
        self.message_requests: list[Any] = []

    # -- configuration ---------------------------------------------------
    @property
    def state_url(self) -> str:
        """The provider-state change URL."""
        return self.root + STATE_PATH

    @property
    def message_path(self) -> str:
        """The relay's path, for ``verifier_add_provider_transport``."""
        return MESSAGE_PATH

    def route(  # noqa: PLR0913
        self,
        method: str,
        path: str,
        status: int = 200,
        body: Any = b"",  # noqa: ANN401
        content_type: str | None = "application/json",
        headers: dict[str, str] | None = None,
        delay: float = 0.0,
    ) -> None:
        """Answer ``method path`` (path without query) with a response."""
        reply = Reply(status, body, content_type, dict(headers or {}), delay)
        with self._lock:
            self._routes[(method.upper(), path)] = reply

    def message(self, description: str, reply: MessageReply) -> None:
        """Let the relay produce ``reply`` for the message ``description``."""
        with self._lock:
            self._messages[description] = reply

    def state_reply(self, reply: Reply) -> None:
        """How the state endpoint answers (default: ``200 {}``)."""
        with self._lock:
            self._state.reply = reply

    def fail_state(self, state: str, status: int = 500) -> None:
        """Answer ``status`` to every call for provider state ``state``."""
        with self._lock:
            self._state.fail_states[state] = status

    # -- HTTP ------------------------------------------------------------
    def answer(self, request: Recorded) -> Reply:
        """Routes, the state endpoint and the message relay."""
        if request.method == "POST" and request.path == STATE_PATH:
            return self._state_change(request)
        if request.method == "POST" and request.path == MESSAGE_PATH:
            return self._relay(request)
        with self._lock:
            reply = self._routes.get((request.method, request.path))
        return reply if reply is not None else Reply(404)

    def _state_change(self, request: Recorded) -> Reply:
        if request.body:
            data = json.loads(request.body)
            call = StateCall(data.get("action", ""), data.get("state", ""), data.get("params"), "body", request)
        else:
            query = {k: v[-1] for k, v in request.query_params.items()}
            action = query.pop("action", "")
            state = query.pop("state", "")
            call = StateCall(action, state, query, "query", request)
        with self._lock:
            self.state_calls.append(call)
            status = self._state.fail_states.get(call.state)
            reply = self._state.reply
        if status is not None:
            return json_reply({"error": f"state {call.state!r} failed"}, status)
        return reply

    def _relay(self, request: Recorded) -> Reply:
        data = request.json() or {}
        with self._lock:
            self.message_requests.append(data)
            produced = self._messages.get(data.get("description", ""))
        if produced is None:
            return json_reply({"error": f"no message {data.get('description')!r}"}, 404)
        headers = {}
        if produced.raw_metadata_header is not None:
            headers["Pact-Message-Metadata"] = produced.raw_metadata_header
        elif produced.metadata is not None:
            headers["Pact-Message-Metadata"] = base64.b64encode(json.dumps(produced.metadata).encode()).decode()
        return Reply(produced.status, produced.body, produced.content_type, headers)
