"""Mock server: start, inspect, write the pact, stop."""

from __future__ import annotations

import json
import warnings
from pathlib import Path
from typing import Any

from pact_ffi._errors import error_detail
from pact_ffi._handles import PactHandle, PactServerHandle
from pact_ffi._native import NULL, decode, encode, encode_optional, handle_ref, lib
from pact_ffi._owned import OwnedString

__all__ = [
    "cleanup_mock_server",
    "create_mock_server",
    "create_mock_server_for_pact",
    "create_mock_server_for_transport",
    "get_tls_ca_certificate",
    "mock_server_logs",
    "mock_server_matched",
    "mock_server_mismatches",
    "write_pact_file",
]

#: Codes of pactffi_create_mock_server_for_transport (pact.h).
_CREATE = {
    -1: "An invalid Pact handle was received: {pact}.",
    -2: "Invalid transport_config JSON.",
    -3: "Pact mock server could not be started for {pact}.",
    -4: "Panick during Pact mock server creation for {pact}.",
    -5: "Address is invalid: {addr}.",
}
#: Codes of the legacy pactffi_create_mock_server / _for_pact (pact.h).
_LEGACY_CREATE = {
    -1: "A null pointer or an invalid Pact handle was received",
    -2: "The pact JSON could not be parsed",
    -3: "The mock server could not be started",
    -4: "The method panicked",
    -5: "The address is not valid: {addr}",
    -6: "Could not create the TLS configuration with the self-signed certificate",
}
_DEPRECATED = "This function is deprecated, use create_mock_server_for_transport instead"
#: Codes of pactffi_write_pact_file.
_WRITE = {
    1: "The function panicked while writing the Pact for {h} in {d}.",
    2: "The Pact file for {h} could not be written in {d}.",
    3: "The Pact for the {h} was not found.",
}


def _server_ref(handle: PactServerHandle) -> int:
    if not isinstance(handle, PactServerHandle):
        msg = f"mock_server_handle must be a PactServerHandle, not {type(handle).__name__}"
        raise TypeError(msg)
    return handle._ref  # noqa: SLF001


def create_mock_server_for_transport(
    pact: PactHandle,
    addr: str,
    port: int,
    transport: str,
    transport_config: str | None,
) -> PactServerHandle:
    """Create a mock server for the provided Pact handle and transport.

    [Rust `pactffi_create_mock_server_for_transport`](https://docs.rs/pact_ffi/0.5.12/pact_ffi/?search=pactffi_create_mock_server_for_transport)

    Args:
        pact: Handle to the Pact model.
        addr: The address to bind to ("127.0.0.1", "::1", "localhost").
        port: The port number to bind to; 0 picks a free port.
        transport: The transport to use: "http" (HTTP/1.1, and HTTP/2 with
            prior knowledge) or "https" (TLS with a certificate signed by
            the CA of `get_tls_ca_certificate`; HTTP/2 by ALPN).
        transport_config: Configuration for the transport as JSON, e.g.
            ``{"corsPreflight": true}``, or ``None``.

    Returns:
        A handle to the mock server; it is stopped when garbage collected.

    Raises:
        RuntimeError: If the mock server could not be started (the message
            says why).
    """
    if not isinstance(pact, PactHandle):
        msg = f"pact must be a PactHandle, not {type(pact).__name__}"
        raise TypeError(msg)
    if not isinstance(port, int) or not 0 <= port <= 0xFFFF:  # noqa: PLR2004
        msg = f"port must be an int from 0 to 65535, not {port!r}"
        raise ValueError(msg)
    ret: int = lib.pactffi_create_mock_server_for_transport(
        pact._ref,  # noqa: SLF001
        encode(addr, "addr"),
        port,
        encode(transport, "transport"),
        encode_optional(transport_config, "transport_config"),
    )
    if ret > 0:
        return PactServerHandle(ret)
    template = _CREATE.get(ret, "An unknown error occurred during Pact mock server creation for {pact}.")
    msg = template.format(pact=pact, addr=addr) + error_detail()
    raise RuntimeError(msg)


def _legacy_port(ret: int, addr_str: str) -> int:
    if ret > 0:
        return ret
    template = _LEGACY_CREATE.get(ret, "An unknown error occurred during Pact mock server creation")
    msg = f"{template.format(addr=addr_str)} (error {ret})" + error_detail()
    raise RuntimeError(msg)


def create_mock_server(pact_str: str, addr_str: str, *, tls: bool) -> int:
    """[DEPRECATED] External interface to create a HTTP mock server.

    [Rust `pactffi_create_mock_server`](https://docs.rs/pact_ffi/0.4.28/pact_ffi/?search=pactffi_create_mock_server)

    A pointer to the pact JSON as a NULL-terminated C string is passed in, as
    well as the port for the mock server to run on. A value of 0 for the port
    will result in a port being allocated by the operating system. The port of
    the mock server is returned.

    This function is deprecated and replaced with
    `create_mock_server_for_transport`. CORS pre-flight is off.

    Args:
        pact_str: Pact JSON.
        addr_str: Address to bind to in the form name:port (i.e.
            ``127.0.0.1:0``, ``[::1]:0``); IP addresses only.
        tls: Whether the mock server should use TLS, with a certificate
            signed by the CA of [`get_tls_ca_certificate`][pact_ffi.get_tls_ca_certificate].

    Returns:
        The port of the mock server.

    Raises:
        TypeError: If ``pact_str`` or ``addr_str`` is not a ``str``.
        RuntimeError: If the mock server could not be created. The message
            names the error code: -1 a null pointer was received, -2 the
            pact JSON could not be parsed, -3 the mock server could not be
            started, -4 the method panicked, -5 the address is not valid, -6
            the TLS configuration could not be created.
    """
    pact_bytes, addr_bytes = encode(pact_str, "pact_str"), encode(addr_str, "addr_str")
    warnings.warn(_DEPRECATED, DeprecationWarning, stacklevel=2)
    ret: int = lib.pactffi_create_mock_server(pact_bytes, addr_bytes, bool(tls))
    return _legacy_port(ret, addr_str)


def create_mock_server_for_pact(pact: PactHandle, addr_str: str, *, tls: bool) -> int:
    """[DEPRECATED] External interface to create a HTTP mock server.

    [Rust `pactffi_create_mock_server_for_pact`](https://docs.rs/pact_ffi/0.4.28/pact_ffi/?search=pactffi_create_mock_server_for_pact)

    A Pact handle is passed in, as well as the port for the mock server to run
    on. A value of 0 for the port will result in a port being allocated by the
    operating system. The port of the mock server is returned.

    This function is deprecated and replaced with
    `create_mock_server_for_transport`. CORS pre-flight is on.

    Args:
        pact: Handle to a Pact model created with `new_pact`.
        addr_str: Address to bind to in the form name:port (i.e.
            ``127.0.0.1:0``, ``[::1]:0``); IP addresses only.
        tls: Whether the mock server should use TLS, with a certificate
            signed by the CA of [`get_tls_ca_certificate`][pact_ffi.get_tls_ca_certificate].

    Returns:
        The port of the mock server.

    Raises:
        TypeError: If ``pact`` is not a ``PactHandle`` or ``addr_str`` not a
            ``str``.
        RuntimeError: If the mock server could not be created. The message
            names the error code: -1 an invalid handle was received, -3 the
            mock server could not be started, -4 the method panicked, -5 the
            address is not valid, -6 the TLS configuration could not be
            created.
    """
    ref, addr_bytes = handle_ref(pact, PactHandle, "pact"), encode(addr_str, "addr_str")
    warnings.warn(_DEPRECATED, DeprecationWarning, stacklevel=2)
    ret: int = lib.pactffi_create_mock_server_for_pact(ref, addr_bytes, bool(tls))
    return _legacy_port(ret, addr_str)


def get_tls_ca_certificate() -> OwnedString:
    """Fetch the CA Certificate used to generate the self-signed certificate.

    [Rust `pactffi_get_tls_ca_certificate`](https://docs.rs/pact_ffi/0.5.12/pact_ffi/?search=pactffi_get_tls_ca_certificate)

    The certificate (PEM) of the CA that signs the certificate of every
    ``https`` mock server, so clients can verify the server, e.g. with
    ``ssl.create_default_context(cadata=get_tls_ca_certificate())``. The
    library generates the CA once per process.

    **NOTE:** The string for the result is allocated on the heap, and will have
    to be freed by the caller using [`string_delete`][pact_ffi.string_delete]
    (the returned object does so when it is garbage collected). An empty
    string indicates an error creating the CA.

    Returns:
        The PEM text, or an empty string if the CA could not be created.

    Raises:
        MemoryError: If the library could not allocate the string.
    """
    ptr = lib.pactffi_get_tls_ca_certificate()
    if ptr == NULL:
        msg = "pactffi_get_tls_ca_certificate returned NULL" + error_detail()
        raise MemoryError(msg)
    return OwnedString(ptr)


def mock_server_matched(mock_server_handle: PactServerHandle) -> bool:
    """External interface to check if a mock server has matched all its requests.

    [Rust `pactffi_mock_server_matched`](https://docs.rs/pact_ffi/0.5.12/pact_ffi/?search=pactffi_mock_server_matched)

    The outcome of each request is recorded before its response is sent, so
    the answer is never behind what the client saw.

    Args:
        mock_server_handle: Handle to the mock server.

    Returns:
        True if every expected request arrived and nothing unexpected did;
        False otherwise, also when the server is unknown.
    """
    return bool(lib.pactffi_mock_server_matched(_server_ref(mock_server_handle)))


def mock_server_mismatches(mock_server_handle: PactServerHandle) -> list[dict[str, Any]]:
    """External interface to get all the mismatches from a mock server.

    [Rust `pactffi_mock_server_mismatches`](https://docs.rs/pact_ffi/0.5.12/pact_ffi/?search=pactffi_mock_server_mismatches)

    Args:
        mock_server_handle: Handle to the mock server.

    Returns:
        The mismatches: missing, unexpected and mismatched requests, each a
        dictionary with a ``type`` key.

    Raises:
        RuntimeError: If there is no mock server on that port.
    """
    ptr = lib.pactffi_mock_server_mismatches(_server_ref(mock_server_handle))
    if ptr == NULL:
        msg = f"No mock server found with port {mock_server_handle}."
        raise RuntimeError(msg)
    # Borrowed: the library keeps the string until cleanup.
    mismatches: list[dict[str, Any]] = json.loads(decode(ptr))
    return mismatches


def mock_server_logs(mock_server_handle: PactServerHandle) -> str:
    """Fetch the logs for the mock server.

    [Rust `pactffi_mock_server_logs`](https://docs.rs/pact_ffi/0.5.12/pact_ffi/?search=pactffi_mock_server_logs)

    Each call returns the lines logged since the previous call.

    Args:
        mock_server_handle: Handle to the mock server.

    Returns:
        The log lines.

    Raises:
        RuntimeError: If there is no mock server on that port.
    """
    ptr = lib.pactffi_mock_server_logs(_server_ref(mock_server_handle))
    if ptr == NULL:
        msg = f"Unable to obtain logs from {mock_server_handle!r}"
        raise RuntimeError(msg)
    return decode(ptr)


def write_pact_file(mock_server_handle: PactServerHandle, directory: str | Path, *, overwrite: bool) -> None:
    """External interface to trigger a mock server to write out its pact file.

    [Rust `pactffi_write_pact_file`](https://docs.rs/pact_ffi/0.5.12/pact_ffi/?search=pactffi_write_pact_file)

    The file is written atomically. Without ``overwrite`` an existing file is
    merged. The mock server's matching state is not checked.

    Args:
        mock_server_handle: Handle to the mock server.
        directory: The directory to write the file to.
        overwrite: Whether to overwrite the file instead of merging.

    Raises:
        RuntimeError: If the file could not be written (the message says why).
    """
    ret: int = lib.pactffi_write_pact_file(
        _server_ref(mock_server_handle), encode(str(directory), "directory"), bool(overwrite)
    )
    if ret != 0:
        template = _WRITE.get(ret, "An unknown error occurred while writing the Pact for {h} in {d}.")
        msg = template.format(h=mock_server_handle, d=directory) + error_detail()
        raise RuntimeError(msg)


def cleanup_mock_server(mock_server_handle: PactServerHandle) -> None:
    """External interface to cleanup a mock server.

    [Rust `pactffi_cleanup_mock_server`](https://docs.rs/pact_ffi/0.5.12/pact_ffi/?search=pactffi_cleanup_mock_server)

    The port refuses new connections at once; requests in flight finish.

    Args:
        mock_server_handle: Handle to the mock server.

    Raises:
        RuntimeError: If there is no mock server on that port (for example,
            it was already cleaned up).
    """
    ok = lib.pactffi_cleanup_mock_server(_server_ref(mock_server_handle))
    mock_server_handle._cleaned_up = True  # noqa: SLF001
    if not ok:
        msg = f"Could not cleanup mock server with port {mock_server_handle._ref}"  # noqa: SLF001
        raise RuntimeError(msg)
