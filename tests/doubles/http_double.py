"""A recording HTTP/1.1 server for tests, and servers that do not speak HTTP.

``HttpDouble`` listens on 127.0.0.1 with port 0 (so tests can run in
parallel), records every request (``Recorded``) and answers each with a
``Reply``: scripted replies first (``script``), else the subclass's
``answer``. Bodies sent with ``Transfer-Encoding: chunked`` are read whole.
A reply carries exactly the headers it names plus Content-Length: no Server
or Date header the test did not ask for.

``RawServer`` is a TCP server that closes connections, answers garbage or
never answers; ``refused_port`` gives a port nothing listens on.

Example::

    class Hello(HttpDouble):
        def answer(self, request: Recorded) -> Reply:
            return json_reply({"hello": request.decoded_path})

    with Hello() as server:
        ...  # send requests to server.url
        assert server.calls("GET")
"""

from __future__ import annotations

import json
import socket
import threading
import urllib.parse
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

__all__ = [
    "HttpDouble",
    "RawServer",
    "Recorded",
    "Reply",
    "json_reply",
    "refused_port",
]


@dataclass
class Recorded:
    """One request a double received."""

    method: str
    path: str
    """The path as sent (still percent-encoded), without the query."""
    query: str
    headers: list[tuple[str, str]]
    """Every header line in order (names as sent; repeated names kept)."""
    body: bytes

    def header(self, name: str) -> str | None:
        """The first value of header ``name`` (case-insensitive), or ``None``."""
        values = self.header_values(name)
        return values[0] if values else None

    def header_values(self, name: str) -> list[str]:
        """Every value of header ``name`` (case-insensitive)."""
        return [v for k, v in self.headers if k.lower() == name.lower()]

    def json(self) -> Any:  # noqa: ANN401
        """The body parsed as JSON (an empty body is ``None``)."""
        return json.loads(self.body or b"null")

    @property
    def decoded_path(self) -> str:
        """The path with percent-escapes decoded."""
        return urllib.parse.unquote(self.path)

    @property
    def query_params(self) -> dict[str, list[str]]:
        """The query parameters (form-decoded)."""
        return urllib.parse.parse_qs(self.query, keep_blank_values=True)


@dataclass
class Reply:
    """A response a double sends.

    ``body`` may be bytes, text, or a JSON value (dict/list, serialised).
    ``content_type`` ``None`` sends no Content-Type header (one may still be
    among ``headers``). ``headers`` is a mapping or a list of pairs (repeated
    names kept, in order). ``delay`` seconds are waited before answering (cut
    short when the double stops). ``close`` drops the connection without any
    response.
    """

    status: int = 200
    body: Any = b""
    content_type: str | None = None
    headers: Mapping[str, str] | Sequence[tuple[str, str]] = field(default_factory=dict)
    delay: float = 0.0
    close: bool = False

    def payload(self) -> bytes:
        """The body as bytes."""
        if isinstance(self.body, bytes):
            return self.body
        if isinstance(self.body, str):
            return self.body.encode("utf-8")
        return json.dumps(self.body).encode("utf-8")

    def header_items(self) -> list[tuple[str, str]]:
        """Every header to send, Content-Type first (Content-Length aside)."""
        items = list(self.headers.items()) if isinstance(self.headers, Mapping) else list(self.headers)
        return ([("Content-Type", self.content_type)] if self.content_type is not None else []) + items


def json_reply(value: Any, status: int = 200, content_type: str = "application/json") -> Reply:  # noqa: ANN401
    """A reply whose body is ``value`` as JSON."""
    return Reply(status=status, body=value, content_type=content_type)


class _Handler(BaseHTTPRequestHandler):
    # HTTP/1.1 so that the verifier's client can keep the connection alive;
    # every reply carries a Content-Length.
    protocol_version = "HTTP/1.1"
    # One segment per reply, not headers and body held apart by Nagle (~40 ms).
    disable_nagle_algorithm = True
    server: _Server

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002, ANN401
        """Quiet: the tests show what the client saw instead."""

    def _read_body(self) -> bytes:
        if self.headers.get("Transfer-Encoding", "").lower() == "chunked":
            chunks = []
            while True:
                size = int(self.rfile.readline().split(b";")[0].strip() or b"0", 16)
                if size == 0:
                    while self.rfile.readline() not in (b"\r\n", b"\n", b""):
                        pass
                    return b"".join(chunks)
                chunks.append(self.rfile.read(size))
                self.rfile.readline()
        length = int(self.headers.get("Content-Length") or 0)
        return self.rfile.read(length) if length else b""

    def _serve(self) -> None:
        body = self._read_body()
        target = urllib.parse.urlsplit(self.path)
        request = Recorded(self.command, target.path, target.query, list(self.headers.items()), body)
        double = self.server.double
        reply = double._record_and_answer(request)  # noqa: SLF001
        if reply.delay:
            double._stopping.wait(reply.delay)  # noqa: SLF001
        if reply.close:
            self.close_connection = True
            return
        payload = reply.payload()
        self.send_response_only(reply.status)
        for name, value in reply.header_items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(payload)))
        self.end_headers()
        if payload and self.command != "HEAD":
            self.wfile.write(payload)

    do_GET = do_POST = do_PUT = do_PATCH = do_DELETE = do_HEAD = do_OPTIONS = _serve  # noqa: N815


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True
    double: HttpDouble


class HttpDouble:
    """A threaded HTTP server on 127.0.0.1 that records requests.

    Subclasses implement ``answer``. Scripted replies (``script``) take
    precedence over ``answer``; ``before_script`` (e.g. an auth check) runs
    first of all. An exception while answering gives a 500 reply naming it.
    """

    def __init__(self) -> None:
        """Create the double; ``start`` (or ``with``) starts serving."""
        self.requests: list[Recorded] = []
        self._lock = threading.Lock()
        self._scripts: dict[tuple[str, str], list[tuple[Reply, int | None]]] = {}
        self._stopping = threading.Event()
        self._server: _Server | None = None
        self._thread: threading.Thread | None = None

    # -- lifecycle -----------------------------------------------------
    def start(self) -> HttpDouble:
        """Start serving on a free port."""
        server = _Server(("127.0.0.1", 0), _Handler)
        server.double = self
        self._server = server
        # A short poll interval: shutdown() waits for the serving loop to notice.
        self._thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        """Stop serving; delayed replies are released."""
        self._stopping.set()
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
            self._server = None
        if self._thread is not None:
            self._thread.join(timeout=5)
            self._thread = None

    def __enter__(self) -> HttpDouble:  # noqa: PYI034
        """Start."""
        return self.start()

    def __exit__(self, *exc: object) -> None:
        """Stop."""
        self.stop()

    @property
    def port(self) -> int:
        """The port listened on."""
        assert self._server is not None, "the double is not started"
        return self._server.server_address[1]

    @property
    def root(self) -> str:
        """``http://127.0.0.1:<port>`` (no trailing slash)."""
        return f"http://127.0.0.1:{self.port}"

    @property
    def url(self) -> str:
        """The base URL to give a client (subclasses may add a path)."""
        return self.root

    # -- scripting -------------------------------------------------------
    def script(self, method: str, path: str, reply: Reply, times: int | None = None) -> None:
        """Answer ``method path`` (path as sent, without query) with ``reply``.

        ``times`` limits how often (``None``: always); scripts for the same
        request are used in the order added, a used-up one falls through to
        the next, then to the normal behaviour.
        """
        with self._lock:
            self._scripts.setdefault((method.upper(), path), []).append((reply, times))

    def _scripted(self, request: Recorded) -> Reply | None:
        with self._lock:
            entries = self._scripts.get((request.method, request.path), [])
            for i, (reply, times) in enumerate(entries):
                if times is None:
                    return reply
                if times > 0:
                    entries[i] = (reply, times - 1)
                    return reply
        return None

    def _record_and_answer(self, request: Recorded) -> Reply:
        with self._lock:
            self.requests.append(request)
        try:
            early = self.before_script(request)
            if early is not None:
                return early
            scripted = self._scripted(request)
            if scripted is not None:
                return scripted
            return self.answer(request)
        except Exception as error:  # noqa: BLE001 - a double answers, whatever happens
            return Reply(500, f"test double error: {error!r}", "text/plain")

    def before_script(self, request: Recorded) -> Reply | None:  # noqa: ARG002
        """A reply that overrides scripts and ``answer`` (default: none)."""
        return None

    def answer(self, request: Recorded) -> Reply:  # noqa: ARG002
        """The normal reply (default: 404, no body)."""
        return Reply(404)

    # -- inspection ------------------------------------------------------
    def calls(self, method: str | None = None, path: str | None = None) -> list[Recorded]:
        """Recorded requests, optionally only one method and/or path (as sent)."""
        with self._lock:
            return [
                r for r in self.requests if (method is None or r.method == method) and (path is None or r.path == path)
            ]


class RawServer:
    """A TCP server on 127.0.0.1 that does not speak HTTP properly.

    Modes: ``"close"`` reads the request and closes the connection without a
    byte; ``"garbage"`` answers text that is not HTTP and closes; ``"hang"``
    keeps the connection open without answering until ``stop``.
    """

    def __init__(self, mode: str) -> None:
        """Create the server (not started)."""
        if mode not in {"close", "garbage", "hang"}:
            msg = f"unknown mode {mode!r}"
            raise ValueError(msg)
        self.mode = mode
        self.connections = 0
        self._stopping = threading.Event()
        self._sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self._sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self._sock.bind(("127.0.0.1", 0))
        self._sock.settimeout(0.1)
        self._open: list[socket.socket] = []
        self._thread = threading.Thread(target=self._serve, daemon=True)

    @property
    def port(self) -> int:
        """The port listened on."""
        return self._sock.getsockname()[1]

    @property
    def url(self) -> str:
        """``http://127.0.0.1:<port>``."""
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> RawServer:
        """Start accepting."""
        self._sock.listen(16)
        self._thread.start()
        return self

    def stop(self) -> None:
        """Stop and close every connection."""
        self._stopping.set()
        self._thread.join(timeout=5)
        for conn in self._open:
            conn.close()
        self._sock.close()

    def __enter__(self) -> RawServer:
        """Start."""
        return self.start()

    def __exit__(self, *exc: object) -> None:
        """Stop."""
        self.stop()

    def _serve(self) -> None:
        while not self._stopping.is_set():
            try:
                conn, _ = self._sock.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            self.connections += 1
            conn.settimeout(1.0)
            try:
                conn.recv(65536)
            except OSError:
                pass
            if self.mode == "hang":
                self._open.append(conn)
                continue
            if self.mode == "garbage":
                try:
                    conn.sendall(b"this is not HTTP at all\r\n\r\n\x00\x01\x02garbage")
                except OSError:
                    pass
            conn.close()


def refused_port() -> tuple[int, socket.socket]:
    """A port on 127.0.0.1 that refuses connections.

    The returned socket is bound but not listening, which keeps the port
    from being reused; close it when done.
    """
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.bind(("127.0.0.1", 0))
    return sock.getsockname()[1], sock
