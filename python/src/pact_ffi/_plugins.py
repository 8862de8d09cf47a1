"""Plugins: loading a plugin for a pact and releasing it.

This library has no plugin driver and never starts a plugin process: loading
a plugin raises ``RuntimeError`` with the library's reason (no plugin
directory, the plugin is not installed, or it is installed but cannot be
started here). Plugins are looked up in ``$PACT_PLUGIN_DIR``, or
``~/.pact/plugins`` when that is not set. ``interaction_contents`` is in the
consumer DSL; it raises for plugin configuration.
"""

from __future__ import annotations

from pact_ffi._errors import error_detail
from pact_ffi._handles import PactHandle
from pact_ffi._native import checked_index, encode, encode_optional, lib
from pact_ffi._pact import _pact_ref

__all__ = [
    "cleanup_plugins",
    "using_plugin",
    "using_plugin_with_delay",
]

#: The largest ``completion_delay`` (a C ``uint64_t``).
_MAX_DELAY = 2**64 - 1
#: Codes of pactffi_using_plugin[_with_delay] (0 is success).
_PANIC = 1
_LOAD_FAILED = 2
_BAD_HANDLE = 3


def _raise_for(ret: int, pact: PactHandle, plugin_name: str) -> None:
    if ret == 0:
        return
    if ret == _PANIC:
        msg = f"A general panic was caught{error_detail()}"
    elif ret == _LOAD_FAILED:
        msg = f"Failed to load the plugin {plugin_name}{error_detail() or '.'}"
    elif ret == _BAD_HANDLE:
        msg = f"The Pact handle {pact} is invalid."
    else:
        msg = f"There was an unknown error loading the plugin {plugin_name}."
    raise RuntimeError(msg)


def using_plugin_with_delay(
    pact: PactHandle,
    plugin_name: str,
    plugin_version: str | None,
    completion_delay: int,
) -> None:
    """Add a plugin to be used by the test.

    [Rust `pactffi_using_plugin_with_delay`](https://docs.rs/pact_ffi/0.5.12/pact_ffi/?search=pactffi_using_plugin_with_delay)

    The plugin needs to be installed correctly for this function to work.
    This library has no plugin driver, so loading always fails; the error
    says whether the plugin is installed and where it was looked for.

    Note that plugins run as separate processes, so will need to be cleaned up
    afterwards by calling ``cleanup_plugins``.

    Args:
        pact: Handle to a Pact model.
        plugin_name: Name of the plugin to use.
        plugin_version: Version of the plugin to use. If ``None``, the latest
            version will be used.
        completion_delay: An arbitrary delay specified in milliseconds to add
            before the function returns to allow asynchronous tasks to
            complete.

    Raises:
        TypeError: If an argument has the wrong type.
        ValueError: If ``completion_delay`` is negative or too large.
        RuntimeError: If the plugin could not be loaded.
    """
    delay = checked_index(completion_delay, "completion_delay")
    if delay > _MAX_DELAY:
        msg = f"completion_delay must be at most {_MAX_DELAY}, not {delay}"
        raise ValueError(msg)
    ret: int = lib.pactffi_using_plugin_with_delay(
        _pact_ref(pact),
        encode(plugin_name, "plugin_name"),
        encode_optional(plugin_version, "plugin_version"),
        delay,
    )
    _raise_for(ret, pact, plugin_name)


def using_plugin(
    pact: PactHandle,
    plugin_name: str,
    plugin_version: str | None,
) -> None:
    """Add a plugin to be used by the test.

    [Rust `pactffi_using_plugin`](https://docs.rs/pact_ffi/0.5.12/pact_ffi/?search=pactffi_using_plugin)

    The plugin needs to be installed correctly for this function to work.
    This library has no plugin driver, so loading always fails (after the
    reference's delay of 500 ms); the error says whether the plugin is
    installed and where it was looked for.

    Note that plugins run as separate processes, so will need to be cleaned up
    afterwards by calling ``cleanup_plugins``.

    Args:
        pact: Handle to a Pact model.
        plugin_name: Name of the plugin to use.
        plugin_version: Version of the plugin to use. If ``None``, the latest
            version will be used.

    Raises:
        TypeError: If an argument has the wrong type.
        RuntimeError: If the plugin could not be loaded.
    """
    ret: int = lib.pactffi_using_plugin(
        _pact_ref(pact),
        encode(plugin_name, "plugin_name"),
        encode_optional(plugin_version, "plugin_version"),
    )
    _raise_for(ret, pact, plugin_name)


def cleanup_plugins(pact: PactHandle) -> None:
    """Decrement the access count on any plugins that are loaded for the Pact.

    [Rust `pactffi_cleanup_plugins`](https://docs.rs/pact_ffi/0.5.12/pact_ffi/?search=pactffi_cleanup_plugins)

    This will shutdown any plugins that are no longer required (access count
    is zero). No plugin can be loaded by this library, so there is nothing to
    release; the pact itself is left as it is.

    Args:
        pact: Handle to a Pact model.

    Raises:
        TypeError: If ``pact`` is not a ``PactHandle``.
    """
    lib.pactffi_cleanup_plugins(_pact_ref(pact))
