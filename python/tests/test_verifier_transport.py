"""How the verifier reaches the provider: https, and proxies from the environment.

The https provider serves TLS with a self-signed certificate made by the
openssl command line, so the verifier must either trust it or be told not to
check. The proxy is a local server that answers the absolute-form requests a
client sends to a proxy.
"""

from __future__ import annotations

import http.server
import json
import os
import ssl
import subprocess
import threading
from pathlib import Path
from typing import Iterator

import pytest

import pact_ffi

PACT = {
    "consumer": {"name": "web"},
    "provider": {"name": "secure-api"},
    "interactions": [
        {
            "description": "get a secret",
            "request": {"method": "GET", "path": "/secret"},
            "response": {"status": 200, "headers": {"Content-Type": "application/json"}, "body": {"secret": "s"}},
        }
    ],
    "metadata": {"pactSpecification": {"version": "3.0.0"}},
}


class _Handler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    targets: list[str] = []

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002
        """Quiet."""

    def do_GET(self) -> None:  # noqa: N802
        self.targets.append(self.path)
        body = json.dumps({"secret": "s"}).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


@pytest.fixture(scope="module")
def https_port(tmp_path_factory: pytest.TempPathFactory) -> Iterator[int]:
    directory = tmp_path_factory.mktemp("tls")
    key, cert = directory / "key.pem", directory / "cert.pem"
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", str(key), "-out", str(cert),
         "-days", "1", "-subj", "/CN=localhost", "-addext", "subjectAltName=DNS:localhost,IP:127.0.0.1"],
        check=True, capture_output=True,
        # The system's openssl is not built with the sanitizers: no preloaded runtime for it.
        env={name: value for name, value in os.environ.items() if name != "LD_PRELOAD"},
    )
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert, key)
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    server.daemon_threads = True
    server.socket = context.wrap_socket(server.socket, server_side=True)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield server.server_address[1]
    server.shutdown()


def _verify(
    port: int, pact_file: Path, *, disable_tls_verification: bool, scheme: str = "https", host: str = "127.0.0.1"
) -> tuple[int, dict]:
    handle = pact_ffi.verifier_new_for_application()
    pact_ffi.verifier_set_provider_info(handle, "secure-api", scheme, host, port, "/")
    pact_ffi.verifier_set_verification_options(
        handle, disable_ssl_verification=disable_tls_verification, request_timeout=5000
    )
    pact_ffi.verifier_set_coloured_output(handle, enabled=False)
    pact_ffi.verifier_add_file_source(handle, str(pact_file))
    code = pact_ffi.lib.pactffi_verifier_execute(handle._ref)  # noqa: SLF001
    return code, json.loads(str(pact_ffi.verifier_json(handle)))


def test_https_provider_verified_when_tls_verification_is_disabled(https_port: int, tmp_path: Path) -> None:
    pact_file = tmp_path / "pact.json"
    pact_file.write_text(json.dumps(PACT))
    code, report = _verify(https_port, pact_file, disable_tls_verification=True)
    assert code == 0, report["output"]
    assert [r["result"] for r in report["interactionResults"]] == ["OK"]


def test_untrusted_https_provider_fails_with_a_tls_error(https_port: int, tmp_path: Path) -> None:
    pact_file = tmp_path / "pact.json"
    pact_file.write_text(json.dumps(PACT))
    code, report = _verify(https_port, pact_file, disable_tls_verification=False)
    assert code == 1
    message = report["errors"][0]["mismatch"]["message"]
    assert f"https://127.0.0.1:{https_port}/secret" in message
    assert "certificate" in message.lower(), message


@pytest.fixture
def proxy_port() -> Iterator[int]:
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield server.server_address[1]
    server.shutdown()


def test_provider_requests_go_through_the_proxy_of_the_environment(
    proxy_port: int, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    pact_file = tmp_path / "pact.json"
    pact_file.write_text(json.dumps(PACT))
    monkeypatch.setenv("http_proxy", f"http://127.0.0.1:{proxy_port}")
    monkeypatch.delenv("no_proxy", raising=False)
    monkeypatch.delenv("NO_PROXY", raising=False)
    _Handler.targets.clear()
    # The provider host does not resolve: only the proxy can answer.
    code, report = _verify(8080, pact_file, disable_tls_verification=False, scheme="http", host="provider.invalid")
    assert code == 0, report["output"]
    assert _Handler.targets == ["http://provider.invalid:8080/secret"]
