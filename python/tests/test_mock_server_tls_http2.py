"""The https transport, HTTP/2, CORS pre-flight and the legacy create functions.

Clients here verify the server certificate against get_tls_ca_certificate()
(mock-server.md §3); HTTP/2 is reached with prior knowledge on http and by
ALPN on https (§2.1, §4); the legacy functions return the codes of §13.
"""

from __future__ import annotations

import http.client
import json
import shutil
import socket
import ssl
import os
import subprocess
import warnings
from collections.abc import Iterator
from pathlib import Path

import pytest

import pact_ffi
from pact_ffi import InteractionPart, ffi, lib

from conftest import http as send_request

PREFACE = b"PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n"
GOAWAY = b"\x07\x00\x00\x00\x00\x00"  # frame type 7, no flags, stream 0


def order_pact() -> pact_ffi.PactHandle:
    pact = pact_ffi.new_pact("shop", "orders")
    create = pact_ffi.new_interaction(pact, "create an order")
    pact_ffi.with_request(create, "POST", "/orders")
    pact_ffi.with_body(create, InteractionPart.REQUEST, "application/json", json.dumps({"item": "tea"}))
    pact_ffi.response_status(create, 201)
    pact_ffi.with_body(create, InteractionPart.RESPONSE, "application/json", json.dumps({"id": 7}))
    return pact


def start(transport: str, config: dict[str, object] | None = None) -> pact_ffi.PactServerHandle:
    return pact_ffi.create_mock_server_for_transport(order_pact(), "127.0.0.1", 0, transport, json.dumps(config) if config else None)


@pytest.fixture
def ca_pem() -> str:
    return str(pact_ffi.get_tls_ca_certificate())


@pytest.fixture
def ca_file(tmp_path: Path, ca_pem: str) -> Path:
    path = tmp_path / "pact-ca.pem"
    path.write_text(ca_pem)
    return path


@pytest.fixture
def https_server() -> Iterator[pact_ffi.PactServerHandle]:
    server = start("https")
    yield server
    pact_ffi.cleanup_mock_server(server)


@pytest.fixture
def http_server() -> Iterator[pact_ffi.PactServerHandle]:
    server = start("http")
    yield server
    pact_ffi.cleanup_mock_server(server)


def verifying_context(ca_pem: str) -> ssl.SSLContext:
    context = ssl.create_default_context(cadata=ca_pem)
    # The checks Python 3.13 turns on by default: our certificates pass them.
    context.verify_flags |= ssl.VERIFY_X509_STRICT
    return context


def post_order(url: str, context: ssl.SSLContext | None = None) -> tuple[int, bytes]:
    import urllib.request

    request = urllib.request.Request(url, data=b'{"item": "tea"}', method="POST", headers={"Content-Type": "application/json"})  # noqa: S310
    with urllib.request.urlopen(request, timeout=10, context=context) as response:  # noqa: S310
        return response.status, response.read()


# Tools of the system (curl) are not built with the sanitizers: under `make
# test-sanitize` the preloaded runtime would hang them, so they run without it.
TOOL_ENV = {name: value for name, value in os.environ.items() if name != "LD_PRELOAD"}


def curl() -> str:
    path = shutil.which("curl")
    if path is None:
        pytest.skip("curl is not installed")
    return path


def curl_with_http2() -> str:
    path = curl()
    features = subprocess.run([path, "-V"], capture_output=True, text=True, check=True, env=TOOL_ENV).stdout
    if "HTTP2" not in features:
        pytest.skip("this curl was built without HTTP/2 (curl -V lists no HTTP2)")
    return path


def run_curl(*args: str) -> tuple[str, str]:
    """POST the order with curl; returns (HTTP version, body)."""
    result = subprocess.run(
        [*args, "-sS", "-X", "POST", "-H", "Content-Type: application/json", "-d", '{"item": "tea"}', "-w", "\n%{http_version}"],
        capture_output=True,
        text=True,
        env=TOOL_ENV,
        timeout=30,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    body, _, version = result.stdout.rpartition("\n")
    return version, body


# --- the CA


def test_ca_certificate_is_an_owned_pem_string() -> None:
    pem = pact_ffi.get_tls_ca_certificate()
    assert isinstance(pem, pact_ffi.OwnedString)
    assert pem.startswith("-----BEGIN CERTIFICATE-----\n")
    assert pem.endswith("-----END CERTIFICATE-----\n")
    assert repr(pem).startswith("<OwnedString: ")
    # One CA per process: every call gives the same certificate.
    assert str(pact_ffi.get_tls_ca_certificate()) == str(pem)
    pem.close()
    pem.close()  # releasing twice is harmless
    ssl.create_default_context(cadata=str(pact_ffi.get_tls_ca_certificate()))  # parses as a CA


# --- https


@pytest.mark.parametrize("host", ["localhost", "127.0.0.1"])
def test_https_client_verifies_the_server_against_the_ca(https_server: pact_ffi.PactServerHandle, ca_pem: str, host: str) -> None:
    status, body = post_order(f"https://{host}:{https_server.port}/orders", verifying_context(ca_pem))
    assert (status, json.loads(body)) == (201, {"id": 7})
    assert pact_ffi.mock_server_matched(https_server)


def test_https_without_the_ca_is_rejected(https_server: pact_ffi.PactServerHandle) -> None:
    with pytest.raises(Exception, match="CERTIFICATE_VERIFY_FAILED"):
        post_order(f"https://localhost:{https_server.port}/orders", ssl.create_default_context())
    # The refused handshake recorded nothing and broke nothing.
    assert [m["type"] for m in pact_ffi.mock_server_mismatches(https_server)] == ["missing-request"]


def test_https_with_curl_and_the_ca_file(https_server: pact_ffi.PactServerHandle, ca_file: Path) -> None:
    version, body = run_curl(curl(), "--http1.1", "--cacert", str(ca_file), f"https://localhost:{https_server.port}/orders")
    assert (version, json.loads(body)) == ("1.1", {"id": 7})
    assert pact_ffi.mock_server_matched(https_server)


def test_https_pact_is_written_as_v4(https_server: pact_ffi.PactServerHandle, ca_pem: str, tmp_path: Path) -> None:
    post_order(f"https://localhost:{https_server.port}/orders", verifying_context(ca_pem))
    pact_ffi.write_pact_file(https_server, tmp_path, overwrite=True)
    written = json.loads((tmp_path / "shop-orders.json").read_text())
    assert written["metadata"]["pactSpecification"]["version"] == "4.0"


# --- HTTP/2


def test_curl_http2_prior_knowledge(http_server: pact_ffi.PactServerHandle) -> None:
    version, body = run_curl(curl_with_http2(), "--http2-prior-knowledge", f"http://127.0.0.1:{http_server.port}/orders")
    assert (version, json.loads(body)) == ("2", {"id": 7})
    assert pact_ffi.mock_server_matched(http_server)


def test_curl_h2_over_tls_by_alpn(https_server: pact_ffi.PactServerHandle, ca_file: Path) -> None:
    version, body = run_curl(curl_with_http2(), "--http2", "--cacert", str(ca_file), f"https://localhost:{https_server.port}/orders")
    assert (version, json.loads(body)) == ("2", {"id": 7})
    assert pact_ffi.mock_server_matched(https_server)


def test_curl_http2_mismatch_is_reported(http_server: pact_ffi.PactServerHandle) -> None:
    result = subprocess.run(
        [curl_with_http2(), "-sS", "--http2-prior-knowledge", "-X", "POST", "-H", "Content-Type: application/json", "-d", '{"item": 1}', f"http://127.0.0.1:{http_server.port}/orders"],
        capture_output=True,
        text=True,
        env=TOOL_ENV,
        timeout=30,
        check=True,
    )
    assert json.loads(result.stdout)["error"].startswith("Request-Mismatch : ")
    mismatch = next(m for m in pact_ffi.mock_server_mismatches(http_server) if m["type"] == "request-mismatch")
    assert mismatch["mismatches"][0]["path"] == "$.item"


def httpx_module():  # noqa: ANN201
    httpx = pytest.importorskip("httpx", reason="httpx is not installed (scripts/install-deps.sh installs it)")
    pytest.importorskip("h2", reason="h2 is not installed, httpx cannot speak HTTP/2 (scripts/install-deps.sh installs it)")
    return httpx


def test_httpx_http2_over_tls(https_server: pact_ffi.PactServerHandle, ca_pem: str) -> None:
    httpx = httpx_module()
    with httpx.Client(http2=True, verify=verifying_context(ca_pem)) as client:
        response = client.post(f"https://localhost:{https_server.port}/orders", json={"item": "tea"})
        assert response.http_version == "HTTP/2"
        assert (response.status_code, response.json()) == (201, {"id": 7})
        # A second request on the same HTTP/2 connection.
        assert client.post(f"https://localhost:{https_server.port}/orders", json={"item": "tea"}).status_code == 201
    assert pact_ffi.mock_server_matched(https_server)


def test_httpx_http2_prior_knowledge(http_server: pact_ffi.PactServerHandle) -> None:
    httpx = httpx_module()
    with httpx.Client(http1=False, http2=True) as client:
        response = client.post(f"http://127.0.0.1:{http_server.port}/orders", json={"item": "tea"})
    assert response.http_version == "HTTP/2"
    assert (response.status_code, response.json()) == (201, {"id": 7})
    assert pact_ffi.mock_server_matched(http_server)


def raw_exchange(port: int, data: bytes) -> bytes:
    with socket.create_connection(("127.0.0.1", port), timeout=10) as sock:
        sock.sendall(data)
        received = b""
        while chunk := sock.recv(4096):
            received += chunk
        return received


@pytest.mark.parametrize(
    "garbage",
    [
        b"\xff" * 64,  # no SETTINGS frame first
        b"\x00\x00\x00\x04\x00\x00\x00\x00\x00" + b"\x00\x00\x07\x01\x05\x00\x00\x00\x01garbage",  # bad HPACK block
        b"\x00\x00\x08\x06\x00\x00\x00\x00\x01" + b"12345678",  # PING on a stream
    ],
)
def test_malformed_http2_frames_close_the_connection_not_the_server(http_server: pact_ffi.PactServerHandle, garbage: bytes) -> None:
    answer = raw_exchange(http_server.port, PREFACE + garbage)
    assert answer[3] == 0x04  # the server's SETTINGS
    assert GOAWAY in answer
    # The next request on a new connection works.
    status, _ = post_order(f"http://127.0.0.1:{http_server.port}/orders")
    assert status == 201
    assert pact_ffi.mock_server_matched(http_server)


# --- transport_config: CORS pre-flight and keep-alive (§2.1, §7.3)


@pytest.mark.parametrize("transport", ["http", "https"])
def test_cors_preflight_answers_unmatched_options(transport: str, ca_pem: str) -> None:
    server = start(transport, {"corsPreflight": True})
    try:
        connection = http.client.HTTPSConnection("localhost", server.port, context=verifying_context(ca_pem)) if transport == "https" else http.client.HTTPConnection("127.0.0.1", server.port)
        connection.request("OPTIONS", "/orders", headers={"Origin": "http://shop", "Access-Control-Request-Headers": "x-a, x-b"})
        response = connection.getresponse()
        assert response.status == 204
        assert response.read() == b""
        assert response.getheader("Access-Control-Allow-Origin") == "http://shop"
        assert response.getheader("Access-Control-Allow-Headers") == "x-a, x-b, *"
        assert response.getheader("Access-Control-Allow-Methods") == "GET, HEAD, POST, PUT, DELETE, CONNECT, OPTIONS, TRACE, PATCH"
        assert response.getheader("Access-Control-Expose-Headers") == "Location, Link"
        assert response.getheader("Access-Control-Allow-Credentials") == "true"
        connection.close()
        # Never reported (§7.3): only the missing POST is.
        assert [m["type"] for m in pact_ffi.mock_server_mismatches(server)] == ["missing-request"]
    finally:
        pact_ffi.cleanup_mock_server(server)


def test_without_cors_preflight_options_is_500_but_not_reported(http_server: pact_ffi.PactServerHandle) -> None:
    status, _, _ = send_request("OPTIONS", f"http://127.0.0.1:{http_server.port}/orders", headers={"Origin": "http://shop"})
    assert status == 500
    post_order(f"http://127.0.0.1:{http_server.port}/orders")
    assert pact_ffi.mock_server_matched(http_server)


def test_cors_preflight_over_http2() -> None:
    server = start("http", {"corsPreflight": True})
    try:
        result = subprocess.run(
            [curl_with_http2(), "-sS", "-i", "--http2-prior-knowledge", "-X", "OPTIONS", "-H", "Origin: http://shop", f"http://127.0.0.1:{server.port}/orders"],
            capture_output=True,
            text=True,
            env=TOOL_ENV,
            timeout=30,
            check=True,
        )
        assert result.stdout.startswith("HTTP/2 204")
        assert "access-control-allow-origin: http://shop" in result.stdout
    finally:
        pact_ffi.cleanup_mock_server(server)


@pytest.mark.parametrize(("config", "closes"), [(None, False), ({"keepAlive": True}, False), ({"keepAlive": False}, True), ({"keepAlive": "yes"}, True)])
def test_keep_alive_setting(config: dict[str, object] | None, closes: bool) -> None:  # noqa: FBT001
    server = start("http", config)
    try:
        connection = http.client.HTTPConnection("127.0.0.1", server.port, timeout=10)
        connection.request("POST", "/orders", body=b'{"item": "tea"}', headers={"Content-Type": "application/json"})
        response = connection.getresponse()
        response.read()
        assert response.status == 201
        assert response.will_close is closes
        assert (response.getheader("Connection") == "close") is closes
        connection.close()
    finally:
        pact_ffi.cleanup_mock_server(server)


# --- legacy entry points (§13)

PACT_JSON = json.dumps(
    {
        "consumer": {"name": "legacy-consumer"},
        "provider": {"name": "legacy-provider"},
        "interactions": [{"description": "ping", "request": {"method": "GET", "path": "/ping"}, "response": {"status": 200, "body": "pong"}}],
        "metadata": {"pactSpecification": {"version": "3.0.0"}},
    },
)


def legacy(function, *args, **kwargs) -> int:  # noqa: ANN001
    with pytest.warns(DeprecationWarning, match="create_mock_server_for_transport"):
        return function(*args, **kwargs)


@pytest.mark.parametrize("tls", [False, True])
def test_legacy_create_mock_server_serves_the_pact(tls: bool, ca_pem: str) -> None:  # noqa: FBT001
    port = legacy(pact_ffi.create_mock_server, PACT_JSON, "127.0.0.1:0", tls=tls)
    assert port > 0
    try:
        scheme, context = ("https", verifying_context(ca_pem)) if tls else ("http", None)
        import urllib.request

        with urllib.request.urlopen(f"{scheme}://localhost:{port}/ping" if tls else f"http://127.0.0.1:{port}/ping", timeout=10, context=context) as response:  # noqa: S310
            assert response.read() == b"pong"
        assert lib.pactffi_mock_server_matched(port)
    finally:
        assert lib.pactffi_cleanup_mock_server(port)


def test_legacy_create_mock_server_codes() -> None:
    # -1: a NULL pointer (only reachable through the raw function).
    assert lib.pactffi_create_mock_server(ffi.NULL, b"127.0.0.1:0", False) == -1
    assert lib.pactffi_create_mock_server(PACT_JSON.encode(), ffi.NULL, False) == -1
    assert "null" in pact_ffi.get_error_message()
    # -2: not JSON, or JSON that is no pact.
    for text in ("not json", "[1, 2]", '"pact"'):
        with pytest.raises(RuntimeError, match=r"pact JSON could not be parsed \(error -2\)"):
            legacy(pact_ffi.create_mock_server, text, "127.0.0.1:0", tls=False)
    # -4: not UTF-8 (the reference panicked).
    assert lib.pactffi_create_mock_server(b"\xff\xfe", b"127.0.0.1:0", False) == -4
    # -5: not an IP socket address.
    for addr in ("localhost:1234", "127.0.0.1", "[::1]", "", "127.0.0.1:70000"):
        with pytest.raises(RuntimeError, match=r"error -5"):
            legacy(pact_ffi.create_mock_server, PACT_JSON, addr, tls=False)
    # -3: the port is taken.
    port = legacy(pact_ffi.create_mock_server, PACT_JSON, "127.0.0.1:0", tls=False)
    try:
        with pytest.raises(RuntimeError, match=r"could not be started \(error -3\)"):
            legacy(pact_ffi.create_mock_server, PACT_JSON, f"127.0.0.1:{port}", tls=True)
    finally:
        lib.pactffi_cleanup_mock_server(port)
    # -6 needs OpenSSL to fail generating the CA, which cannot be provoked here.
    with pytest.raises(TypeError):
        pact_ffi.create_mock_server(None, "127.0.0.1:0", tls=False)  # type: ignore[arg-type]
    # The next call still works.
    port = legacy(pact_ffi.create_mock_server, PACT_JSON, "[::1]:0" if socket.has_ipv6 and _ipv6_loopback() else "127.0.0.1:0", tls=False)
    assert lib.pactffi_cleanup_mock_server(port)


def _ipv6_loopback() -> bool:
    try:
        with socket.socket(socket.AF_INET6) as sock:
            sock.bind(("::1", 0))
    except OSError:
        return False
    return True


def test_legacy_create_mock_server_for_pact(ca_pem: str) -> None:
    pact = order_pact()
    port = legacy(pact_ffi.create_mock_server_for_pact, pact, "127.0.0.1:0", tls=True)
    try:
        status, body = post_order(f"https://localhost:{port}/orders", verifying_context(ca_pem))
        assert (status, json.loads(body)) == (201, {"id": 7})
        # CORS pre-flight is on for this entry point (§13).
        connection = http.client.HTTPSConnection("localhost", port, context=verifying_context(ca_pem))
        connection.request("OPTIONS", "/orders", headers={"Origin": "http://shop"})
        assert connection.getresponse().status == 204
        connection.close()
        assert lib.pactffi_mock_server_matched(port)
        # The handle now counts as having a mock server started.
        assert not lib.pactffi_with_specification(pact._ref, 5)  # noqa: SLF001
    finally:
        assert lib.pactffi_cleanup_mock_server(port)


def test_legacy_create_mock_server_for_pact_codes() -> None:
    pact = order_pact()
    # -5 also for a NULL address, and for anything but "ip:port".
    assert lib.pactffi_create_mock_server_for_pact(pact._ref, ffi.NULL, False) == -5  # noqa: SLF001
    with pytest.raises(RuntimeError, match=r"address is not valid: localhost:0 \(error -5\): invalid socket address"):
        legacy(pact_ffi.create_mock_server_for_pact, pact, "localhost:0", tls=False)
    # -1: an unknown handle.
    assert lib.pactffi_create_mock_server_for_pact(65000, b"127.0.0.1:0", False) == -1
    with pytest.raises(TypeError):
        pact_ffi.create_mock_server_for_pact(1, "127.0.0.1:0", tls=False)  # type: ignore[arg-type]
    # -3: the port is taken.
    server = pact_ffi.create_mock_server_for_transport(pact, "127.0.0.1", 0, "http", None)
    try:
        with pytest.raises(RuntimeError, match=r"error -3"):
            legacy(pact_ffi.create_mock_server_for_pact, pact, f"127.0.0.1:{server.port}", tls=False)
    finally:
        pact_ffi.cleanup_mock_server(server)


def test_legacy_functions_warn_once_per_call() -> None:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        port = pact_ffi.create_mock_server(PACT_JSON, "127.0.0.1:0", tls=False)
    lib.pactffi_cleanup_mock_server(port)
    assert [w.category for w in caught] == [DeprecationWarning]
    assert caught[0].filename == __file__  # attributed to the caller
