"""Provider-verification benchmark: our libpact_ffi against the reference.

Generates a pact of many HTTP interactions (GET and POST, JSON bodies,
matching rules, query strings, a provider state on every third one), serves
the exact responses it describes from a local keep-alive HTTP/1.1 server, and
verifies it with both libraries, loaded side by side through ctypes in the
same process. Each library runs ``pactffi_verifier_execute`` N times on a fresh
handle (the runs of the two alternate, so drift hits both alike); the median
is reported per interaction, with the ratio ours/reference.

Both runs must return 0 and report every interaction as OK, otherwise the
verifier's output is printed and the benchmark fails. The goal is a ratio of
0.2 or less. Build ours in Release for figures worth quoting (``make bench``
does); the build type is printed.

Usage: python bench/verifier_bench.py [--ours LIB] [--reference LIB]
       [--interactions 500] [--runs 3] [--spec 4] [--states]
"""

from __future__ import annotations

import argparse
import contextlib
import ctypes
import glob
import json
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from collections.abc import Iterator
from pathlib import Path
from typing import Any

TOP = Path(__file__).resolve().parent.parent
STATE_PATH = "/_pact/state"


# --- the pact ---------------------------------------------------------------


def _rules(paths: dict[str, list[dict[str, Any]]]) -> dict[str, Any]:
    return {path: {"combine": "AND", "matchers": matchers} for path, matchers in paths.items()}


def _body(spec: int, value: Any) -> Any:
    if spec >= 4:
        return {"content": value, "contentType": "application/json", "encoded": False}
    return value


def _headers(spec: int, headers: dict[str, str]) -> dict[str, Any]:
    return {name: [value] if spec >= 4 else value for name, value in headers.items()}


def _item(i: int) -> dict[str, Any]:
    return {
        "id": i,
        "name": f"item {i}",
        "price": round(1.25 + i / 100, 2),
        "tags": ["sale", f"group-{i % 7}"],
        "created": f"2024-05-{1 + i % 28:02d}T09:30:00Z",
        "stock": {"warehouse": f"W{i % 3}", "count": i % 50},
    }


def _get_item(i: int, spec: int) -> tuple[dict[str, Any], dict[str, Any]]:
    request = {"method": "GET", "path": f"/items/{i}", "headers": _headers(spec, {"Accept": "application/json"})}
    response = {
        "status": 200,
        "headers": _headers(spec, {"Content-Type": "application/json"}),
        "body": _body(spec, _item(i)),
        "matchingRules": {
            "body": _rules({
                    "$.id": [{"match": "integer"}],
                    "$.name": [{"match": "type"}],
                    "$.price": [{"match": "decimal"}],
                    "$.tags": [{"match": "type", "min": 1}],
                    "$.created": [{"match": "regex", "regex": r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z"}],
                    "$.stock.count": [{"match": "integer"}],
                },
            ),
            "header": _rules({"Content-Type": [{"match": "regex", "regex": r"application/json.*"}]}),
        },
    }
    return request, response


def _search(i: int, spec: int) -> tuple[dict[str, Any], dict[str, Any]]:
    request = {
        "method": "GET",
        "path": f"/categories/{i}/items",
        "query": {"page": ["2"], "size": ["3"]},
        "headers": _headers(spec, {"Accept": "application/json"}),
    }
    response = {
        "status": 200,
        "headers": _headers(spec, {"Content-Type": "application/json"}),
        "body": _body(spec, {"category": i, "items": [_item(i * 10 + k) for k in range(3)]}),
        "matchingRules": {
            "body": _rules({
                    "$.category": [{"match": "integer"}],
                    "$.items": [{"match": "type", "min": 1}],
                    "$.items[*].id": [{"match": "integer"}],
                    "$.items[*].name": [{"match": "regex", "regex": r"item \d+"}],
                    "$.items[*].price": [{"match": "number"}],
                },
            ),
        },
    }
    return request, response


def _create_order(i: int, spec: int) -> tuple[dict[str, Any], dict[str, Any]]:
    request = {
        "method": "POST",
        "path": f"/customers/{i}/orders",
        "headers": _headers(spec, {"Content-Type": "application/json", "Accept": "application/json"}),
        "body": _body(spec, {"item": i, "quantity": 1 + i % 5, "note": f"order {i}", "gift": i % 2 == 0}),
        "matchingRules": {"body": _rules({"$.quantity": [{"match": "integer"}]})},
    }
    response = {
        "status": 201,
        "headers": _headers(spec, {"Content-Type": "application/json", "Location": f"/orders/{i}"}),
        "body": _body(spec, {"orderId": f"ord-{i:05d}", "status": "created", "total": 9.5 * (1 + i % 5)}),
        "matchingRules": {
            "body": _rules({
                    "$.orderId": [{"match": "regex", "regex": r"ord-\d{5}"}],
                    "$.status": [{"match": "equality"}],
                    "$.total": [{"match": "number"}],
                },
            ),
        },
    }
    return request, response


def _missing(i: int, spec: int) -> tuple[dict[str, Any], dict[str, Any]]:
    request = {"method": "GET", "path": f"/items/{i}/reviews", "headers": _headers(spec, {"Accept": "application/json"})}
    response = {
        "status": 404,
        "headers": _headers(spec, {"Content-Type": "application/json"}),
        "body": _body(spec, {"error": "not found", "code": 404}),
        "matchingRules": {"body": _rules({"$.error": [{"match": "type"}]})},
    }
    return request, response


SHAPES = (_get_item, _search, _create_order, _missing)


def make_pact(count: int, spec: int) -> dict[str, Any]:
    """A pact between bench-consumer and bench-provider with ``count`` interactions."""
    interactions = []
    for i in range(count):
        request, response = SHAPES[i % len(SHAPES)](i, spec)
        interaction: dict[str, Any] = {
            "description": f"interaction {i}: {request['method']} {request['path']}",
            "request": request,
            "response": response,
        }
        if i % 3 == 0:
            interaction["providerStates"] = [{"name": f"record {i} exists", "params": {"id": i}}]
        if spec >= 4:
            interaction.update({"type": "Synchronous/HTTP", "pending": False})
        interactions.append(interaction)
    return {
        "consumer": {"name": "bench-consumer"},
        "provider": {"name": "bench-provider"},
        "interactions": interactions,
        "metadata": {"pactSpecification": {"version": f"{spec}.0.0"}},
    }


# --- the provider -----------------------------------------------------------


def _reason(status: int) -> str:
    return {200: "OK", 201: "Created", 404: "Not Found"}.get(status, "Status")


def prepared_responses(pact: dict[str, Any]) -> dict[tuple[str, str], bytes]:
    """Raw HTTP responses keyed by (method, path), each exactly as the pact expects."""
    responses = {}
    for interaction in pact["interactions"]:
        request, response = interaction["request"], interaction["response"]
        body = response.get("body")
        if isinstance(body, dict) and "contentType" in body:
            body = body["content"]
        payload = json.dumps(body).encode()
        head = [f"HTTP/1.1 {response['status']} {_reason(response['status'])}"]
        for name, value in response.get("headers", {}).items():
            head.append(f"{name}: {value[0] if isinstance(value, list) else value}")
        head.append(f"Content-Length: {len(payload)}")
        responses[(request["method"], request["path"])] = ("\r\n".join(head) + "\r\n\r\n").encode() + payload
    responses[("POST", STATE_PATH)] = b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 2\r\n\r\n{}"
    return responses


class Provider(ThreadingHTTPServer):
    """Keep-alive HTTP/1.1 server answering each request with a prepared response."""

    daemon_threads = True

    def __init__(self, responses: dict[tuple[str, str], bytes]) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.responses = responses
        self.requests = 0
        self.unknown: list[str] = []
        self._lock = threading.Lock()

    def count(self, method: str, path: str, known: bool) -> None:
        with self._lock:
            self.requests += 1
            if not known:
                self.unknown.append(f"{method} {path}")


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    disable_nagle_algorithm = True
    server: Provider

    def _answer(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        if length:
            self.rfile.read(length)
        path = self.path.split("?", 1)[0]
        response = self.server.responses.get((self.command, path))
        self.server.count(self.command, path, response is not None)
        # One write per response: headers and body in the same segment.
        self.wfile.write(response or b"HTTP/1.1 500 Unknown\r\nContent-Length: 0\r\n\r\n")

    do_GET = do_POST = _answer

    def log_message(self, *args: Any) -> None:
        pass


# --- the libraries ----------------------------------------------------------


class Library:
    """One libpact_ffi, loaded by path, with the verifier functions typed."""

    def __init__(self, label: str, path: Path, build: str) -> None:
        self.label, self.path, self.build = label, path, build
        lib = ctypes.CDLL(str(path))
        vp, cp, u8 = ctypes.c_void_p, ctypes.c_char_p, ctypes.c_uint8
        signatures = {
            "pactffi_version": ([], cp),
            "pactffi_verifier_new_for_application": ([cp, cp], vp),
            "pactffi_verifier_set_provider_info": ([vp, cp, cp, cp, ctypes.c_uint16, cp], None),
            "pactffi_verifier_set_provider_state": ([vp, cp, u8, u8], None),
            "pactffi_verifier_add_file_source": ([vp, cp], None),
            "pactffi_verifier_set_coloured_output": ([vp, u8], ctypes.c_int),
            "pactffi_verifier_execute": ([vp], ctypes.c_int),
            "pactffi_verifier_output": ([vp, u8], vp),
            "pactffi_verifier_json": ([vp], vp),
            "pactffi_verifier_shutdown": ([vp], None),
            "pactffi_string_delete": ([vp], None),
        }
        for name, (arguments, result) in signatures.items():
            function = getattr(lib, name)
            function.argtypes, function.restype = arguments, result
        self.lib = lib
        self.version = lib.pactffi_version().decode()

    def take_string(self, pointer: int | None) -> str:
        if not pointer:
            return ""
        try:
            return ctypes.string_at(pointer).decode("utf-8", "replace")
        finally:
            self.lib.pactffi_string_delete(pointer)


@contextlib.contextmanager
def quiet_stdout() -> Iterator[None]:
    """Send fd 1 to /dev/null: the reference prints its whole report there."""
    sys.stdout.flush()
    saved = os.dup(1)
    null = os.open(os.devnull, os.O_WRONLY)
    os.dup2(null, 1)
    os.close(null)
    try:
        yield
    finally:
        os.dup2(saved, 1)
        os.close(saved)


def verify_once(library: Library, pact_file: Path, port: int, states: bool) -> tuple[float, int, str, dict[str, Any]]:
    """Run one verification on a fresh handle; returns (seconds, code, output, report)."""
    lib = library.lib
    handle = lib.pactffi_verifier_new_for_application(b"verifier-bench", b"1.0.0")
    try:
        lib.pactffi_verifier_set_provider_info(handle, b"bench-provider", b"http", b"127.0.0.1", port, b"/")
        if states:
            lib.pactffi_verifier_set_provider_state(handle, f"http://127.0.0.1:{port}{STATE_PATH}".encode(), 0, 1)
        lib.pactffi_verifier_add_file_source(handle, str(pact_file).encode())
        lib.pactffi_verifier_set_coloured_output(handle, 0)
        with quiet_stdout():
            start = time.perf_counter()
            code = lib.pactffi_verifier_execute(handle)
            elapsed = time.perf_counter() - start
        output = library.take_string(lib.pactffi_verifier_output(handle, 1))
        report_text = library.take_string(lib.pactffi_verifier_json(handle))
        report = json.loads(report_text) if report_text else {}
        return elapsed, code, output, report
    finally:
        lib.pactffi_verifier_shutdown(handle)


# --- locating things --------------------------------------------------------


def build_type(library: Path) -> str:
    """CMAKE_BUILD_TYPE of the build tree holding ``library`` (<build>/src/ffi/libpact_ffi.so)."""
    cache = library.resolve().parent.parent.parent / "CMakeCache.txt"
    if cache.is_file():
        for line in cache.read_text(errors="replace").splitlines():
            if line.startswith("CMAKE_BUILD_TYPE:"):
                return line.split("=", 1)[1] or "(none)"
    return "unknown"


def default_ours() -> Path:
    release = TOP / "build-release" / "src" / "ffi" / "libpact_ffi.so"
    return release if release.is_file() else TOP / "build" / "src" / "ffi" / "libpact_ffi.so"


def reference_library() -> Path:
    """The libpact_ffi inside the reference venv (created on first use)."""
    python = subprocess.run(
        ["bash", str(TOP / "scripts" / "reference-venv.sh")], check=True, capture_output=True, text=True
    ).stdout.strip()
    venv = Path(python).parent.parent
    found = sorted(glob.glob(str(venv / "lib" / "python*" / "site-packages" / "pact_python_ffi.libs" / "libpact_ffi*.so")))
    if not found:
        raise SystemExit(f"no libpact_ffi*.so in the reference venv {venv}")
    return Path(found[0])


# --- main -------------------------------------------------------------------


def check(library: Library, code: int, output: str, report: dict[str, Any], count: int) -> str | None:
    """A failure message, or None when every interaction passed."""
    results = report.get("interactionResults", [])
    passed = sum(1 for r in results if r.get("result") == "OK")
    if code == 0 and passed == count:
        return None
    return f"{library.label}: execute returned {code}, {passed}/{count} interactions OK\n{output}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--ours", type=Path, default=default_ours(), help="our libpact_ffi.so")
    parser.add_argument("--reference", type=Path, help="reference libpact_ffi*.so (default: from the reference venv)")
    parser.add_argument("--interactions", type=int, default=500)
    parser.add_argument("--runs", type=int, default=3, help="timed runs per library; the median is reported")
    parser.add_argument("--spec", type=int, choices=(3, 4), default=4, help="pact specification of the generated pact")
    parser.add_argument("--states", action="store_true", help="also call a provider-state URL for every interaction")
    args = parser.parse_args()

    if not args.ours.is_file():
        raise SystemExit(f"{args.ours} not found: build it first (see bench/README.md)")
    libraries = [
        Library("ours", args.ours, f"CMAKE_BUILD_TYPE={build_type(args.ours)}"),
        Library("reference", args.reference or reference_library(), "pact-python-ffi wheel"),
    ]
    pact = make_pact(args.interactions, args.spec)
    server = Provider(prepared_responses(pact))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    port = server.server_address[1]
    per_run = args.interactions * (2 if args.states else 1)

    print(f"{args.interactions} interactions (pact V{args.spec}{', provider-state calls on' if args.states else ''}),"
          f" {args.runs} runs each, provider 127.0.0.1:{port}")
    for library in libraries:
        print(f"  {library.label:<9} libpact_ffi {library.version:<8} {library.build}  {library.path}")

    times: dict[str, list[float]] = {library.label: [] for library in libraries}
    with tempfile.TemporaryDirectory() as directory:
        pact_file = Path(directory) / "bench-consumer-bench-provider.json"
        pact_file.write_text(json.dumps(pact))
        for _ in range(args.runs):
            for library in libraries:
                before = server.requests
                elapsed, code, output, report = verify_once(library, pact_file, port, args.states)
                failure = check(library, code, output, report, args.interactions)
                if failure:
                    print(failure, file=sys.stderr)
                    return 1
                if server.requests - before != per_run or server.unknown:
                    print(f"{library.label}: provider saw {server.requests - before} requests, expected {per_run};"
                          f" unknown: {server.unknown[:5]}", file=sys.stderr)
                    return 1
                times[library.label].append(elapsed)
    server.shutdown()

    per_interaction = {label: statistics.median(runs) * 1000 / args.interactions for label, runs in times.items()}
    for label, runs in times.items():
        print(f"  {label:<9} {per_interaction[label]:8.3f} ms/interaction"
              f"  (runs: {', '.join(f'{t:.3f}s' for t in runs)})")
    ratio = per_interaction["ours"] / per_interaction["reference"]
    print(f"  ratio ours/reference: {ratio:.3f} (goal <= 0.200: {'met' if ratio <= 0.2 else 'NOT met'})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
