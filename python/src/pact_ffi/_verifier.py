"""Provider verifier: the verifier handle, its settings, sources and results.

Each function wraps one ``pactffi_verifier_*`` call of the C section
"Provider verifier": it checks and converts the arguments, turns failure
values into exceptions and hands owned strings back as ``OwnedString``. The
verification itself (sources, provider calls, publishing, reports) is done
by the library when ``verifier_execute`` runs.
"""

from __future__ import annotations

import contextlib
import datetime
from collections.abc import Collection
from typing import Any

from pact_ffi._errors import error_detail, get_error_message
from pact_ffi._native import NULL, encode, ffi, lib
from pact_ffi._owned import OwnedString

__all__ = [
    "VerifierHandle",
    "verifier_add_custom_header",
    "verifier_add_directory_source",
    "verifier_add_file_source",
    "verifier_add_provider_transport",
    "verifier_broker_source",
    "verifier_broker_source_with_selectors",
    "verifier_cli_args",
    "verifier_execute",
    "verifier_json",
    "verifier_logs",
    "verifier_logs_for_provider",
    "verifier_new_for_application",
    "verifier_output",
    "verifier_set_coloured_output",
    "verifier_set_consumer_filters",
    "verifier_set_filter_info",
    "verifier_set_follow_redirects",
    "verifier_set_no_pacts_is_error",
    "verifier_set_provider_info",
    "verifier_set_provider_state",
    "verifier_set_publish_options",
    "verifier_set_verification_options",
    "verifier_shutdown",
    "verifier_url_source",
    "verify",
]

_PORT_MAX = 0xFFFF
#: Lists are passed with an ``unsigned short`` length.
_LIST_MAX = 0xFFFF
#: ``unsigned long`` on the LP64 platforms the library is built for.
_ULONG_MAX = 2**64 - 1


class VerifierHandle:
    """Handle to a Verifier.

    [Rust `VerifierHandle`](https://docs.rs/pact_ffi/0.5.12/pact_ffi/verifier/handle/struct.VerifierHandle.html)

    The verifier is released with ``pactffi_verifier_shutdown`` when the
    handle is garbage collected, unless ``verifier_shutdown`` released it
    first; a handle that was shut down can no longer be used.
    """

    def __init__(self, ref: Any) -> None:  # noqa: ANN401
        """Initialise a new Verifier Handle.

        Args:
            ref: Rust library reference to the Verifier Handle (a
                ``VerifierHandle *`` the library handed over).

        Raises:
            TypeError: If ``ref`` is not a ``VerifierHandle *``.
            ValueError: If ``ref`` is NULL.
        """
        if not isinstance(ref, ffi.CData) or ffi.typeof(ref) is not ffi.typeof("VerifierHandle *"):
            got = ffi.typeof(ref).cname if isinstance(ref, ffi.CData) else type(ref).__name__
            msg = f"ref must be a VerifierHandle *, got {got}"
            raise TypeError(msg)
        if ref == NULL:
            msg = "ref must not be a NULL VerifierHandle *"
            raise ValueError(msg)
        self._ref: Any = ref
        self._address = int(ffi.cast("uintptr_t", ref))

    def __del__(self) -> None:
        """Shut the verifier down when the handle is garbage collected."""
        # Only the C call: at interpreter shutdown imports may no longer work.
        ref = getattr(self, "_ref", None)
        if ref is not None:
            self._ref = None
            with contextlib.suppress(Exception):
                lib.pactffi_verifier_shutdown(ref)

    def __str__(self) -> str:
        """String representation of the Verifier Handle."""
        return f"VerifierHandle({hex(self._address)})"

    def __repr__(self) -> str:
        """Debugging representation of the Verifier Handle."""
        return f"<VerifierHandle: _ref at {hex(self._address)}>"


def _handle(handle: VerifierHandle) -> Any:  # noqa: ANN401
    """The live ``VerifierHandle *`` of ``handle``."""
    if not isinstance(handle, VerifierHandle):
        msg = f"handle must be a VerifierHandle, not {type(handle).__name__}"
        raise TypeError(msg)
    if handle._ref is None:  # noqa: SLF001
        msg = f"{handle} has been shut down"
        raise ValueError(msg)
    return handle._ref  # noqa: SLF001


def _flag(value: bool | int, name: str) -> int:  # noqa: FBT001
    """A ``bool`` (or int) argument as the library's ``unsigned char`` flag."""
    if not isinstance(value, int):
        msg = f"{name} must be a bool, not {type(value).__name__}"
        raise TypeError(msg)
    return 1 if value else 0


def _or_null(value: str | None, name: str) -> Any:  # noqa: ANN401
    """An optional string where ``None`` and ``""`` both mean "not given" (NULL).

    pact-python passes an empty string as NULL, so the library applies its
    default instead of using an empty value.
    """
    if value is None:
        return NULL
    data = encode(value, name)
    return data or NULL


def _port(port: int | None, name: str = "port") -> int:
    if port is None:
        return 0
    if not isinstance(port, int) or isinstance(port, bool):
        msg = f"{name} must be an int, not {type(port).__name__}"
        raise TypeError(msg)
    if not 0 <= port <= _PORT_MAX:
        msg = f"{name} must be an int from 0 to 65535, not {port!r}"
        raise ValueError(msg)
    return port


def _strings(values: Collection[str] | None, name: str, *, optional: bool = False) -> tuple[list[Any], int]:
    """A ``const char *const *`` array (kept alive by the returned list) and its length."""
    if values is None and optional:
        return [], 0
    if isinstance(values, (str, bytes)) or not isinstance(values, Collection):
        msg = f"{name} must be a collection of str, not {type(values).__name__}"
        raise TypeError(msg)
    items = [ffi.new("char[]", encode(v, f"{name} items")) for v in values]
    if len(items) > _LIST_MAX:
        msg = f"{name} may hold at most {_LIST_MAX} items, not {len(items)}"
        raise ValueError(msg)
    return items, len(items)


def _owned(ptr: Any) -> OwnedString:  # noqa: ANN401
    return OwnedString(ffi.cast("char *", ptr))


def verifier_new_for_application() -> VerifierHandle:
    """Get a Handle to a newly created verifier.

    By default, verification results will not be published. To enable
    publishing, use
    [`pactffi_verifier_set_publish_options`][pact_ffi.verifier_set_publish_options]
    to set the required values and enable it.

    [Rust `pactffi_verifier_new_for_application`](https://docs.rs/pact_ffi/0.5.12/pact_ffi/?search=pactffi_verifier_new_for_application)

    Results published to a broker name ``pact-python`` and this package's
    version as the calling application.

    Returns:
        The verifier handle; it is shut down when garbage collected.

    Raises:
        RuntimeError: If the library could not create the verifier.
    """
    from pact_ffi import __version__  # noqa: PLC0415

    ref = lib.pactffi_verifier_new_for_application(b"pact-python", __version__.encode("utf-8"))
    if ref == NULL:
        msg = f"Failed to create a verifier{error_detail()}"
        raise RuntimeError(msg)
    return VerifierHandle(ref)


def verifier_shutdown(handle: VerifierHandle) -> None:
    """Shutdown the verifier and release all resources.

    [Rust `pactffi_verifier_shutdown`](https://docs.rs/pact_ffi/0.5.12/pact_ffi/?search=pactffi_verifier_shutdown)

    Calling it again for the same handle does nothing.

    Args:
        handle: The verifier handle to release.

    Raises:
        TypeError: If ``handle`` is not a ``VerifierHandle``.
    """
    if not isinstance(handle, VerifierHandle):
        msg = f"handle must be a VerifierHandle, not {type(handle).__name__}"
        raise TypeError(msg)
    ref = handle._ref  # noqa: SLF001
    if ref is not None:
        handle._ref = None  # noqa: SLF001
        lib.pactffi_verifier_shutdown(ref)


def verifier_set_provider_info(  # noqa: PLR0913
    handle: VerifierHandle,
    name: str | None,
    scheme: str | None,
    host: str | None,
    port: int | None,
    path: str | None,
) -> None:
    """Set the provider details for the Pact verifier.

    [Rust `pactffi_verifier_set_provider_info`](https://docs.rs/pact_ffi/0.5.12/pact_ffi/?search=pactffi_verifier_set_provider_info)

    This also resets the provider's transports to this one address, so call
    it before ``verifier_add_provider_transport``, and before adding broker
    sources, which use the provider name.

    Args:
        handle: The verifier handle to update.
        name: A user-friendly name to describe the provider.
        scheme: Determine the scheme to use, typically one of ``HTTP`` or
            ``HTTPS``.
        host: The host of the provider. This may be either a hostname to
            resolve, or an IP address.
        port: The port of the provider.
        path: The path of the provider.

    If any value is ``None``, the default value as determined by the
    underlying FFI library will be used.

    Raises:
        TypeError: If an argument has the wrong type.
        ValueError: If ``port`` is not from 0 to 65535.
    """
    lib.pactffi_verifier_set_provider_info(
        _handle(handle),
        _or_null(name, "name"),
        _or_null(scheme, "scheme"),
        _or_null(host, "host"),
        _port(port),
        _or_null(path, "path"),
    )


def verifier_add_provider_transport(
    handle: VerifierHandle,
    protocol: str | None,
    port: int,
    path: str | None,
    scheme: str | None,
) -> None:
    """Adds a new transport for the given provider.

    [Rust `pactffi_verifier_add_provider_transport`](https://docs.rs/pact_ffi/0.5.12/pact_ffi/?search=pactffi_verifier_add_provider_transport)

    Args:
        handle: The verifier handle to update.
        protocol: In this context, the kind of transport to use (``http``,
            ``message``, ``sync-message``, or a plugin's transport).
        port: The port of the provider.
        path: The path of the provider.
        scheme: The scheme to use, typically one of ``HTTP`` or ``HTTPS``.

    If any value is ``None``, the default value as determined by the
    underlying FFI library will be used.

    Raises:
        TypeError: If an argument has the wrong type.
        ValueError: If ``port`` is not from 0 to 65535.
    """
    lib.pactffi_verifier_add_provider_transport(
        _handle(handle),
        _or_null(protocol, "protocol"),
        _port(port),
        _or_null(path, "path"),
        _or_null(scheme, "scheme"),
    )


def verifier_set_filter_info(
    handle: VerifierHandle,
    filter_description: str | None,
    filter_state: str | None,
    *,
    filter_no_state: bool,
) -> None:
    """Set the filters for the Pact verifier.

    [Rust `pactffi_verifier_set_filter_info`](https://docs.rs/pact_ffi/0.5.12/pact_ffi/?search=pactffi_verifier_set_filter_info)

    Set filters to narrow down the interactions to verify.

    Args:
        handle: The verifier handle to update.
        filter_description: A regular expression to filter the interactions
            by description.
        filter_state: A regular expression to filter the interactions by
            state.
        filter_no_state: If ``True``, the option to filter by state will be
            turned on.

    Raises:
        TypeError: If an argument has the wrong type.
    """
    lib.pactffi_verifier_set_filter_info(
        _handle(handle),
        _or_null(filter_description, "filter_description"),
        _or_null(filter_state, "filter_state"),
        _flag(filter_no_state, "filter_no_state"),
    )


def verifier_set_provider_state(
    handle: VerifierHandle,
    url: str,
    *,
    teardown: bool,
    body: bool,
) -> None:
    """Set the provider state URL for the Pact verifier.

    [Rust `pactffi_verifier_set_provider_state`](https://docs.rs/pact_ffi/0.5.12/pact_ffi/?search=pactffi_verifier_set_provider_state)

    Args:
        handle: The verifier handle to update.
        url: The URL to use for the provider state (``""`` for none).
        teardown: If teardown state change requests should be made after an
            interaction is validated.
        body: If state change request data should be sent in the body or
            the query.

    Raises:
        TypeError: If an argument has the wrong type.
    """
    lib.pactffi_verifier_set_provider_state(
        _handle(handle),
        encode(url, "url"),
        _flag(teardown, "teardown"),
        _flag(body, "body"),
    )


def verifier_set_verification_options(
    handle: VerifierHandle,
    *,
    disable_ssl_verification: bool,
    request_timeout: int,
) -> None:
    """Set the options used by the verifier when calling the provider.

    [Rust `pactffi_verifier_set_verification_options`](https://docs.rs/pact_ffi/0.5.12/pact_ffi/?search=pactffi_verifier_set_verification_options)

    Args:
        handle: The verifier handle to update.
        disable_ssl_verification: If SSL verification should be disabled.
        request_timeout: The timeout for the request in milliseconds.

    Raises:
        TypeError: If an argument has the wrong type.
        ValueError: If ``request_timeout`` is negative.
        RuntimeError: If the options could not be set.
    """
    ref = _handle(handle)
    if not isinstance(request_timeout, int) or isinstance(request_timeout, bool):
        msg = f"request_timeout must be an int, not {type(request_timeout).__name__}"
        raise TypeError(msg)
    if not 0 <= request_timeout <= _ULONG_MAX:
        msg = f"request_timeout must be a non-negative number of milliseconds, not {request_timeout!r}"
        raise ValueError(msg)
    retval: int = lib.pactffi_verifier_set_verification_options(
        ref,
        _flag(disable_ssl_verification, "disable_ssl_verification"),
        request_timeout,
    )
    if retval != 0:
        msg = f"Failed to set verification options for {handle}{error_detail()}"
        raise RuntimeError(msg)


def verifier_set_coloured_output(
    handle: VerifierHandle,
    *,
    enabled: bool,
) -> None:
    """Enables or disables coloured output using ANSI escape codes.

    [Rust `pactffi_verifier_set_coloured_output`](https://docs.rs/pact_ffi/0.5.12/pact_ffi/?search=pactffi_verifier_set_coloured_output)

    By default, coloured output is enabled.

    Args:
        handle: The verifier handle to update.
        enabled: A boolean value to enable or disable coloured output.

    Raises:
        TypeError: If an argument has the wrong type.
        RuntimeError: If the coloured output could not be set.
    """
    retval: int = lib.pactffi_verifier_set_coloured_output(_handle(handle), _flag(enabled, "enabled"))
    if retval != 0:
        msg = f"Failed to set coloured output for {handle}{error_detail()}"
        raise RuntimeError(msg)


def verifier_set_no_pacts_is_error(handle: VerifierHandle, *, enabled: bool) -> None:
    """Enables or disables if no pacts are found to verify results in an error.

    [Rust `pactffi_verifier_set_no_pacts_is_error`](https://docs.rs/pact_ffi/0.5.12/pact_ffi/?search=pactffi_verifier_set_no_pacts_is_error)

    Args:
        handle: The verifier handle to update.
        enabled: If ``True``, an error will be raised when no pacts are found
            to verify.

    Raises:
        TypeError: If an argument has the wrong type.
        RuntimeError: If the no pacts is error setting could not be set.
    """
    retval: int = lib.pactffi_verifier_set_no_pacts_is_error(_handle(handle), _flag(enabled, "enabled"))
    if retval != 0:
        msg = f"Failed to set no pacts is error for {handle}{error_detail()}"
        raise RuntimeError(msg)


def verifier_set_publish_options(
    handle: VerifierHandle,
    provider_version: str,
    build_url: str | None,
    provider_tags: list[str] | None,
    provider_branch: str | None,
) -> None:
    """Set the options used when publishing verification results to the Broker.

    [Rust `pactffi_verifier_set_publish_options`](https://docs.rs/pact_ffi/0.5.12/pact_ffi/?search=pactffi_verifier_set_publish_options)

    Args:
        handle: The verifier handle to update.
        provider_version: Version of the provider to publish.
        build_url: URL to the build which ran the verification.
        provider_tags: Collection of tags for the provider.
        provider_branch: Name of the branch used for verification.

    Raises:
        TypeError: If an argument has the wrong type.
        RuntimeError: If the publish options could not be set.
    """
    ref = _handle(handle)
    tags, tags_len = _strings(provider_tags, "provider_tags", optional=True)
    retval: int = lib.pactffi_verifier_set_publish_options(
        ref,
        encode(provider_version, "provider_version"),
        _or_null(build_url, "build_url"),
        tags,
        tags_len,
        _or_null(provider_branch, "provider_branch"),
    )
    if retval != 0:
        msg = f"Failed to set publish options for {handle}{error_detail()}"
        raise RuntimeError(msg)


def verifier_set_consumer_filters(
    handle: VerifierHandle,
    consumer_filters: Collection[str],
) -> None:
    """Set the consumer filters for the Pact verifier.

    [Rust `pactffi_verifier_set_consumer_filters`](https://docs.rs/pact_ffi/0.5.12/pact_ffi/?search=pactffi_verifier_set_consumer_filters)

    Only pacts whose consumer name is one of ``consumer_filters`` are
    verified; an empty collection removes the filter.

    Args:
        handle: The verifier handle to update.
        consumer_filters: The consumer names.

    Raises:
        TypeError: If an argument has the wrong type.
    """
    ref = _handle(handle)
    names, length = _strings(consumer_filters, "consumer_filters")
    lib.pactffi_verifier_set_consumer_filters(ref, names, length)


def verifier_add_custom_header(
    handle: VerifierHandle,
    header_name: str,
    header_value: str,
) -> None:
    """Adds a custom header to be added to the requests made to the provider.

    [Rust `pactffi_verifier_add_custom_header`](https://docs.rs/pact_ffi/0.5.12/pact_ffi/?search=pactffi_verifier_add_custom_header)

    The header is also sent with provider-state and message requests, never
    to a Pact Broker.

    Args:
        handle: The verifier handle to update.
        header_name: The header name.
        header_value: The header value.

    Raises:
        TypeError: If an argument has the wrong type.
    """
    lib.pactffi_verifier_add_custom_header(
        _handle(handle),
        encode(header_name, "header_name"),
        encode(header_value, "header_value"),
    )


def verifier_set_follow_redirects(
    handle: VerifierHandle,
    *,
    follow: bool,
) -> None:
    """Sets whether redirects should be automatically followed.

    [Rust `pactffi_verifier_set_follow_redirects`](https://docs.rs/pact_ffi/0.5.12/pact_ffi/?search=pactffi_verifier_set_follow_redirects)

    Args:
        handle: The verifier handle to update.
        follow: If ``True``, redirects will be automatically followed when
            making requests to the provider.

    Raises:
        TypeError: If an argument has the wrong type.
    """
    lib.pactffi_verifier_set_follow_redirects(_handle(handle), _flag(follow, "follow"))


def verifier_add_file_source(handle: VerifierHandle, file: str) -> None:
    """Adds a Pact file as a source to verify.

    [Rust `pactffi_verifier_add_file_source`](https://docs.rs/pact_ffi/0.5.12/pact_ffi/?search=pactffi_verifier_add_file_source)

    Args:
        handle: The verifier handle to update.
        file: The path of the pact file.

    Raises:
        TypeError: If an argument has the wrong type.
    """
    lib.pactffi_verifier_add_file_source(_handle(handle), encode(file, "file"))


def verifier_add_directory_source(handle: VerifierHandle, directory: str) -> None:
    """Adds a Pact directory as a source to verify.

    All pacts from the directory that match the provider name will be verified.

    [Rust `pactffi_verifier_add_directory_source`](https://docs.rs/pact_ffi/0.5.12/pact_ffi/?search=pactffi_verifier_add_directory_source)

    Sub-directories are ignored; a file in the directory that is not a pact
    fails the verification.

    Args:
        handle: The verifier handle to update.
        directory: The path of the directory.

    Raises:
        TypeError: If an argument has the wrong type.
    """
    lib.pactffi_verifier_add_directory_source(_handle(handle), encode(directory, "directory"))


def verifier_url_source(
    handle: VerifierHandle,
    url: str,
    username: str | None,
    password: str | None,
    token: str | None,
) -> None:
    """Adds a URL as a source to verify.

    [Rust `pactffi_verifier_url_source`](https://docs.rs/pact_ffi/0.5.12/pact_ffi/?search=pactffi_verifier_url_source)

    Args:
        handle: The verifier handle to update.
        url: The URL to use as a source for the verifier.
        username: The username to use when fetching pacts from the URL.
        password: The password to use when fetching pacts from the URL.
        token: The token to use when fetching pacts from the URL. This will
            be used as a bearer token. It is mutually exclusive with the
            username and password.

    Raises:
        TypeError: If an argument has the wrong type.
    """
    lib.pactffi_verifier_url_source(
        _handle(handle),
        encode(url, "url"),
        _or_null(username, "username"),
        _or_null(password, "password"),
        _or_null(token, "token"),
    )


def verifier_broker_source(
    handle: VerifierHandle,
    url: str,
    username: str | None,
    password: str | None,
    token: str | None,
) -> None:
    """Adds a Pact broker as a source to verify.

    [Rust `pactffi_verifier_broker_source`](https://docs.rs/pact_ffi/0.5.12/pact_ffi/?search=pactffi_verifier_broker_source)

    This will fetch all the pact files from the broker that match the
    provider name.

    Args:
        handle: The verifier handle to update.
        url: The URL to use as a source for the verifier.
        username: The username to use when fetching pacts from the broker.
        password: The password to use when fetching pacts from the broker.
        token: The token to use when fetching pacts from the broker. This
            will be used as a bearer token.

    Raises:
        TypeError: If an argument has the wrong type.
    """
    lib.pactffi_verifier_broker_source(
        _handle(handle),
        encode(url, "url"),
        _or_null(username, "username"),
        _or_null(password, "password"),
        _or_null(token, "token"),
    )


def _wip_since(value: datetime.date | str | None) -> Any:  # noqa: ANN401
    if value is None:
        return NULL
    if isinstance(value, datetime.datetime):
        value = value.date()
    if isinstance(value, datetime.date):
        return value.isoformat().encode("utf-8")
    if isinstance(value, str):
        return value.encode("utf-8") or NULL
    msg = f"include_wip_pacts_since must be a datetime.date or None, not {type(value).__name__}"
    raise TypeError(msg)


def verifier_broker_source_with_selectors(  # noqa: PLR0913
    handle: VerifierHandle,
    url: str,
    username: str | None,
    password: str | None,
    token: str | None,
    enable_pending: int,
    include_wip_pacts_since: datetime.date | None,
    provider_tags: list[str],
    provider_branch: str | None,
    consumer_version_selectors: list[str],
    consumer_version_tags: list[str],
) -> None:
    """Adds a Pact broker as a source to verify.

    [Rust `pactffi_verifier_broker_source_with_selectors`](https://docs.rs/pact_ffi/0.5.12/pact_ffi/?search=pactffi_verifier_broker_source_with_selectors)

    This will fetch all the pact files from the broker that match the
    provider name and the consumer version selectors (See [Consumer Version
    Selectors](https://docs.pact.io/pact_broker/advanced_topics/consumer_version_selectors/)).

    If a username and password is given, then basic authentication will be
    used when fetching the pact file. If a token is provided, then bearer
    token authentication will be used.

    Args:
        handle: The verifier handle to update.
        url: The URL to use as a source for the verifier.
        username: The username to use when fetching pacts from the broker.
        password: The password to use when fetching pacts from the broker.
        token: The token to use when fetching pacts from the broker. This
            will be used as a bearer token.
        enable_pending: If pending pacts should be included in the
            verification process.
        include_wip_pacts_since: The date to use to filter out WIP pacts (a
            ``YYYY-MM-DD`` string is passed on as is).
        provider_tags: The tags to use to filter the provider pacts.
        provider_branch: The branch to use to filter the provider pacts.
        consumer_version_selectors: The consumer version selectors to use to
            filter the consumer pacts. This must be passed in as a JSON
            string.
        consumer_version_tags: The tags to use to filter the consumer pacts.

    Raises:
        TypeError: If an argument has the wrong type.
        ValueError: If a selector is not JSON (no source is added then).
        RuntimeError: If the source could not be added.
    """
    ref = _handle(handle)
    tags, tags_len = _strings(provider_tags, "provider_tags")
    selectors, selectors_len = _strings(consumer_version_selectors, "consumer_version_selectors")
    version_tags, version_tags_len = _strings(consumer_version_tags, "consumer_version_tags")
    ret: int = lib.pactffi_verifier_broker_source_with_selectors(
        ref,
        encode(url, "url"),
        _or_null(username, "username"),
        _or_null(password, "password"),
        _or_null(token, "token"),
        _flag(enable_pending, "enable_pending"),
        _wip_since(include_wip_pacts_since),
        tags,
        tags_len,
        _or_null(provider_branch, "provider_branch"),
        selectors,
        selectors_len,
        version_tags,
        version_tags_len,
    )
    if ret == 0:
        return
    detail = get_error_message()
    suffix = f" {detail}" if detail else ""
    if ret == -1:
        msg = f"Invalid version selector JSON.{suffix}"
        raise ValueError(msg)
    msg = f"Unknown error adding broker source with selectors.{suffix}"
    raise RuntimeError(msg)


def verifier_execute(handle: VerifierHandle) -> None:
    """Runs the verification.

    [Rust `pactffi_verifier_execute`](https://docs.rs/pact_ffi/0.5.12/pact_ffi/?search=pactffi_verifier_execute)

    The library also prints the output to the process's standard output;
    ``verifier_output`` and ``verifier_json`` give the outcome afterwards,
    also when the verification failed.

    Args:
        handle: The verifier handle to run.

    Raises:
        TypeError: If ``handle`` is not a ``VerifierHandle``.
        RuntimeError: If the verifier could not be executed, or the
            verification failed.
    """
    success: int = lib.pactffi_verifier_execute(_handle(handle))
    if success != 0:
        msg = f"Failed to execute verifier for {handle}."
        raise RuntimeError(msg)


def verifier_logs(handle: VerifierHandle) -> OwnedString:
    """Extracts the logs for the verification run.

    [Rust `pactffi_verifier_logs`](https://docs.rs/pact_ffi/0.5.12/pact_ffi/?search=pactffi_verifier_logs)

    This needs the memory buffer log sink to be setup before the verification
    is executed. The returned string will need to be freed with the
    ``free_string`` function call to avoid leaking memory (it is freed when
    garbage collected). Reading the logs drains them.

    Args:
        handle: The verifier handle.

    Returns:
        The log lines of the runs since the previous read.

    Raises:
        TypeError: If ``handle`` is not a ``VerifierHandle``.
        RuntimeError: If the logs could not be extracted.
    """
    ptr = lib.pactffi_verifier_logs(_handle(handle))
    if ptr == NULL:
        msg = f"Failed to get logs for {handle}."
        raise RuntimeError(msg)
    return _owned(ptr)


def verifier_logs_for_provider(provider_name: str) -> OwnedString:
    """Extracts the logs for the verification run for the provider name.

    [Rust `pactffi_verifier_logs_for_provider`](https://docs.rs/pact_ffi/0.5.12/pact_ffi/?search=pactffi_verifier_logs_for_provider)

    This needs the memory buffer log sink to be setup before the verification
    is executed. The returned string will need to be freed with the
    ``free_string`` function call to avoid leaking memory (it is freed when
    garbage collected). Reading the logs drains them.

    Args:
        provider_name: The provider name of the verifications.

    Returns:
        The log lines of that provider's runs since the previous read.

    Raises:
        TypeError: If ``provider_name`` is not a ``str``.
        RuntimeError: If the logs could not be extracted.
    """
    ptr = lib.pactffi_verifier_logs_for_provider(encode(provider_name, "provider_name"))
    if ptr == NULL:
        msg = f"Failed to get logs for {provider_name}."
        raise RuntimeError(msg)
    return _owned(ptr)


def verifier_output(handle: VerifierHandle, strip_ansi: int) -> OwnedString:
    """Extracts the standard output for the verification run.

    [Rust `pactffi_verifier_output`](https://docs.rs/pact_ffi/0.5.12/pact_ffi/?search=pactffi_verifier_output)

    Args:
        handle: The verifier handle to update.
        strip_ansi: This parameter controls ANSI escape codes. Setting it to
            a non-zero value will cause the ANSI control codes to be stripped
            from the output.

    Returns:
        The output of the last run ("" before the first).

    Raises:
        TypeError: If an argument has the wrong type.
        RuntimeError: If the output could not be extracted.
    """
    ptr = lib.pactffi_verifier_output(_handle(handle), _flag(strip_ansi, "strip_ansi"))
    if ptr == NULL:
        msg = f"Failed to get output for {handle}."
        raise RuntimeError(msg)
    return _owned(ptr)


def verifier_json(handle: VerifierHandle) -> OwnedString:
    """Extracts the verification result as a JSON document.

    [Rust `pactffi_verifier_json`](https://docs.rs/pact_ffi/0.5.12/pact_ffi/?search=pactffi_verifier_json)

    Args:
        handle: The verifier handle.

    Returns:
        The JSON report of the last run: ``result``, ``output``, ``errors``,
        ``pendingErrors``, ``interactionResults`` and ``notices``.

    Raises:
        TypeError: If ``handle`` is not a ``VerifierHandle``.
        RuntimeError: If the JSON could not be extracted.
    """
    ptr = lib.pactffi_verifier_json(_handle(handle))
    if ptr == NULL:
        msg = f"Failed to get JSON for {handle}."
        raise RuntimeError(msg)
    return _owned(ptr)


def verifier_cli_args() -> str:
    """External interface to retrieve the CLI options and arguments.

    This available when calling the CLI interface, returning them as a JSON
    string.

    [Rust `pactffi_verifier_cli_args`](https://docs.rs/pact_ffi/0.5.12/pact_ffi/?search=pactffi_verifier_cli_args)

    The purpose is to then be able to use in other languages which wrap the
    FFI library, to implement the same CLI functionality automatically
    without manual maintenance of arguments, help descriptions etc.

    Returns:
        The JSON document ``{"options": [...], "flags": [...]}``; each
        argument has ``long``, ``short``, ``help``, ``possible_values``,
        ``default_value``, ``multiple`` and ``env`` (absent ones omitted).

    Raises:
        RuntimeError: If the arguments could not be described.
    """
    ptr = lib.pactffi_verifier_cli_args()
    if ptr == NULL:
        msg = f"Failed to get the verifier CLI arguments{error_detail()}"
        raise RuntimeError(msg)
    text = _owned(ptr)
    try:
        return str(text)
    finally:
        text.close()


def verify(args: str) -> int:
    """External interface to verifier a provider.

    [Rust `pactffi_verify`](https://docs.rs/pact_ffi/0.5.12/pact_ffi/?search=pactffi_verify)

    * ``args`` - the same as the CLI interface, except newline delimited

    Args:
        args: The pact-verifier command line arguments, one per line,
            without the program name.

    Returns:
        0 when the verification passed, otherwise the error code:

        | Error | Description |
        | 1 | The verification process failed, see output for errors |
        | 2 | A null pointer was received |
        | 3 | The method panicked |
        | 4 | Invalid arguments were provided to the verification process |

    Raises:
        TypeError: If ``args`` is not a ``str``.
    """
    return int(lib.pactffi_verify(encode(args, "args")))
