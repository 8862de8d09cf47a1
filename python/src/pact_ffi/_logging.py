"""Logging: where the library's log lines go, the log callback, test-run ids and plugin logs.

The library logs through one process-wide configuration of sinks (stdout,
stderr, files and in-memory buffers), each with its own level. Unlike the
reference library, whose logger can be installed once per process, every
call of ``init``, ``init_with_log_level``, ``logger_apply`` or a
``log_to_*`` function replaces the previous configuration.

Lines logged while a mock server handles a request carry the server's log
id, lines of a verification run ``verify:<provider name>``, all others
``global``. The ``buffer`` sink keeps one buffer per log id
(``fetch_log_buffer``), and the log callback receives the id.
"""

from __future__ import annotations

import atexit
import json
import sys
import threading
from collections.abc import Callable
from typing import Any

from pact_ffi._enums import LevelFilter
from pact_ffi._errors import get_error_message
from pact_ffi._native import NULL, encode, encode_optional, ffi, lib
from pact_ffi._owned import OwnedString

__all__ = [
    "LogCallback",
    "PluginLogCallback",
    "enable_ansi_support",
    "fetch_log_buffer",
    "get_plugin_logs",
    "init",
    "init_with_log_level",
    "log_message",
    "log_to_buffer",
    "log_to_file",
    "log_to_stderr",
    "log_to_stdout",
    "logger_apply",
    "logger_attach_sink",
    "logger_init",
    "register_log_callback",
    "register_plugin_log_callback",
    "set_log_callback_level",
    "set_test_run_id",
]


LogCallback = Callable[[str, str, str, str, str], None]
"""
Callback invoked for each log event emitted by the Pact library.

The arguments are, in order, the log ID, the test run ID, the log level, the
log target, and the log message. The log ID is the mock server ID while
handling a mock server request, ``verify:<provider name>`` while verifying a
provider, and ``global`` otherwise. Missing values are passed as empty
strings.
"""

PluginLogCallback = Callable[[str, str, str, str, str], None]
"""
Callback invoked for each plugin log entry.

The arguments are, in order, the plugin instance ID, the test run ID, the log
level, the log target, and the log message. The test run ID and target are
empty strings when not known.
"""

#: What the int logging functions return, by code (pact.h, section Logging).
_STATUS = {
    -1: "The logger could not be set",
    -2: "No logger has been initialised",
    -3: "The sink specifier is not UTF-8",
    -4: "The sink type is not known (known: stdout, stderr, buffer, file <path>)",
    -5: "No file path was given for the file sink",
    -6: "The log file could not be opened",
    -7: "The sink specifier could not be built",
}


def _level(level_filter: LevelFilter | str, name: str = "level_filter") -> LevelFilter:
    if isinstance(level_filter, LevelFilter):
        return level_filter
    if isinstance(level_filter, str):
        return LevelFilter[level_filter.upper()]
    msg = f"{name} must be a LevelFilter or str, not {type(level_filter).__name__}"
    raise TypeError(msg)


def _check(ret: int, what: str) -> int:
    if ret == 0:
        return ret
    detail = get_error_message()
    msg = f"{_STATUS.get(ret, 'There was an unknown error setting the logger')} ({what}, code {ret})"
    if detail:
        msg += f": {detail}"
    raise RuntimeError(msg)


def init(log_env_var: str) -> None:
    """Initialise logging to stdout, with a log filter directive.

    [Rust `pactffi_init`](https://docs.rs/pact_ffi/0.5.12/pact_ffi/?search=pactffi_init)

    As in the reference library, the argument is used as a filter directive
    itself (no environment variable is read): ``"debug"``, or
    ``"info,pact_mock_server=debug"``. A directive that names no level (such
    as ``"LOG_LEVEL"``) logs nothing. Replaces the current configuration.

    Args:
        log_env_var: The filter directive.

    Raises:
        TypeError: If ``log_env_var`` is not a ``str``.
    """
    lib.pactffi_init(encode(log_env_var, "log_env_var"))


def init_with_log_level(level: str = "INFO") -> None:
    """Initialise logging to stdout, and set the log level explicitly.

    [Rust `pactffi_init_with_log_level`](https://docs.rs/pact_ffi/0.5.12/pact_ffi/?search=pactffi_init_with_log_level)

    Replaces the current configuration.

    Args:
        level: One of TRACE, DEBUG, INFO, WARN, ERROR, NONE/OFF.
            Case-insensitive; anything else means INFO.

    Raises:
        TypeError: If ``level`` is not a ``str``.
    """
    lib.pactffi_init_with_log_level(encode(level, "level"))


def enable_ansi_support() -> None:
    """Enable ANSI coloured output on Windows.

    [Rust `pactffi_enable_ansi_support`](https://docs.rs/pact_ffi/0.5.12/pact_ffi/?search=pactffi_enable_ansi_support)

    On non-Windows platforms, this function is a no-op.
    """
    lib.pactffi_enable_ansi_support()


def log_message(
    message: str,
    log_level: LevelFilter | str = LevelFilter.ERROR,
    source: str | None = None,
) -> None:
    """Log using the shared core logging facility.

    [Rust `pactffi_log_message`](https://docs.rs/pact_ffi/0.5.12/pact_ffi/?search=pactffi_log_message)

    This is useful for callers to have a single set of logs. The message is
    logged with target ``pact_ffi`` and the field ``source="<source>"``.

    Args:
        message: The contents written to the log.
        log_level: The verbosity at which this message should be logged
            (``OFF`` logs at INFO, as in the reference library).
        source: The source of the log, such as the class, module or caller;
            the calling function's name by default.

    Raises:
        TypeError: If an argument has the wrong type.
        KeyError: If ``log_level`` is a string that names no ``LevelFilter``.
    """
    level = _level(log_level, "log_level")
    if source is None:
        source = sys._getframe(1).f_code.co_name  # noqa: SLF001
    lib.pactffi_log_message(encode(source, "source"), level.name.encode("utf-8"), encode(message, "message"))


def log_to_stdout(level_filter: LevelFilter | str) -> int:
    """Convenience function to direct all logging to stdout.

    [Rust `pactffi_log_to_stdout`](https://docs.rs/pact_ffi/0.5.12/pact_ffi/?search=pactffi_log_to_stdout)

    Equivalent to ``logger_init``, ``logger_attach_sink("stdout", ...)`` and
    ``logger_apply``. Replaces the current configuration.

    Args:
        level_filter: The level of logs to filter to; a string must name a
            ``LevelFilter`` (case-insensitive).

    Returns:
        0.

    Raises:
        TypeError: If ``level_filter`` has the wrong type.
        KeyError: If ``level_filter`` is a string that names no ``LevelFilter``.
        RuntimeError: If there was an error setting the logger.
    """
    return _check(lib.pactffi_log_to_stdout(_level(level_filter).value), "stdout")


def log_to_stderr(level_filter: LevelFilter | str = LevelFilter.ERROR) -> None:
    """Convenience function to direct all logging to stderr.

    [Rust `pactffi_log_to_stderr`](https://docs.rs/pact_ffi/0.5.12/pact_ffi/?search=pactffi_log_to_stderr)

    Equivalent to ``logger_init``, ``logger_attach_sink("stderr", ...)`` and
    ``logger_apply``. Replaces the current configuration.

    Args:
        level_filter: The level of logs to filter to. If a string is given, it
            must match one of the ``LevelFilter`` values (case insensitive).

    Raises:
        TypeError: If ``level_filter`` has the wrong type.
        KeyError: If ``level_filter`` is a string that names no ``LevelFilter``.
        RuntimeError: If there was an error setting the logger.
    """
    _check(lib.pactffi_log_to_stderr(_level(level_filter).value), "stderr")


def log_to_file(file_name: str, level_filter: LevelFilter | str) -> int:
    """Convenience function to direct all logging to a file.

    [Rust `pactffi_log_to_file`](https://docs.rs/pact_ffi/0.5.12/pact_ffi/?search=pactffi_log_to_file)

    Equivalent to ``logger_init``, ``logger_attach_sink("file <file_name>",
    ...)`` and ``logger_apply``. The file is appended to; it and its missing
    parent directories are created. Replaces the current configuration.

    Args:
        file_name: The path of the log file.
        level_filter: The level of logs to filter to; a string must name a
            ``LevelFilter`` (case-insensitive).

    Returns:
        0.

    Raises:
        TypeError: If an argument has the wrong type.
        KeyError: If ``level_filter`` is a string that names no ``LevelFilter``.
        RuntimeError: If the file cannot be created or opened (the message
            says why), or the path is empty.
    """
    path = encode(file_name, "file_name")
    return _check(lib.pactffi_log_to_file(path, _level(level_filter).value), f"file {file_name!r}")


def log_to_buffer(level_filter: LevelFilter | str = LevelFilter.ERROR) -> None:
    """Convenience function to direct all logging to in-memory buffers.

    [Rust `pactffi_log_to_buffer`](https://docs.rs/pact_ffi/0.5.12/pact_ffi/?search=pactffi_log_to_buffer)

    Equivalent to ``logger_init``, ``logger_attach_sink("buffer", ...)`` and
    ``logger_apply``. Read the buffers with ``fetch_log_buffer``,
    ``mock_server_logs`` or ``verifier_logs``. Replaces the current
    configuration.

    Args:
        level_filter: The level of logs to filter to. If a string is given, it
            must match one of the ``LevelFilter`` values (case insensitive).

    Raises:
        TypeError: If ``level_filter`` has the wrong type.
        KeyError: If ``level_filter`` is a string that names no ``LevelFilter``.
        RuntimeError: If there was an error setting the logger.
    """
    _check(lib.pactffi_log_to_buffer(_level(level_filter).value), "buffer")


def logger_init() -> None:
    """Initialize the FFI logger with no sinks.

    [Rust `pactffi_logger_init`](https://docs.rs/pact_ffi/0.5.12/pact_ffi/?search=pactffi_logger_init)

    Clears the calling thread's list of sinks; nothing changes until
    ``logger_apply`` is called (on the same thread).
    """
    lib.pactffi_logger_init()


def logger_attach_sink(sink_specifier: str, level_filter: LevelFilter | str) -> int:
    """Attach an additional sink to the thread-local logger.

    [Rust `pactffi_logger_attach_sink`](https://docs.rs/pact_ffi/0.5.12/pact_ffi/?search=pactffi_logger_attach_sink)

    This logger does nothing until ``logger_apply`` has been called. Types of
    sinks (case-sensitive; surrounding whitespace is ignored):

    - ``stdout``
    - ``stderr``
    - ``file /some/file/path`` (created with its directories, appended to)
    - ``buffer`` (read with ``fetch_log_buffer``)

    Args:
        sink_specifier: The sink.
        level_filter: The most verbose level the sink receives; a string must
            name a ``LevelFilter`` (case-insensitive).

    Returns:
        0.

    Raises:
        TypeError: If an argument has the wrong type.
        KeyError: If ``level_filter`` is a string that names no ``LevelFilter``.
        RuntimeError: If the sink is not valid; the message names the
            library's code: -3 the specifier is not UTF-8, -4 unknown sink
            type, -5 no file path, -6 the file cannot be opened.
    """
    spec = encode(sink_specifier, "sink_specifier")
    return _check(lib.pactffi_logger_attach_sink(spec, _level(level_filter).value), repr(sink_specifier))


def logger_apply() -> int:
    """Apply the previously configured sinks and levels to the program.

    [Rust `pactffi_logger_apply`](https://docs.rs/pact_ffi/0.5.12/pact_ffi/?search=pactffi_logger_apply)

    If no sinks have been set up, logs to standard out at INFO. Unlike the
    reference library, applying again replaces the previous configuration.

    Returns:
        0.

    Raises:
        RuntimeError: If the logger could not be applied.
    """
    return _check(lib.pactffi_logger_apply(), "apply")


def fetch_log_buffer(log_id: str) -> str:
    """Fetch the in-memory logger buffer contents.

    [Rust `pactffi_fetch_log_buffer`](https://docs.rs/pact_ffi/0.5.12/pact_ffi/?search=pactffi_fetch_log_buffer)

    This will only have any contents if the ``buffer`` sink has been
    configured to log to. Reading empties the buffer.

    Args:
        log_id: The log id: ``"global"``, ``"verify:<provider name>"`` or the
            id of a mock server (as the log callback receives it).

    Returns:
        The log lines since the buffer was last read; ``""`` for an unknown id.

    Raises:
        TypeError: If ``log_id`` is not a ``str``.
        RuntimeError: If the buffer could not be fetched.
    """
    ptr = lib.pactffi_fetch_log_buffer(encode_optional(log_id, "log_id"))
    if ptr == NULL:
        msg = f"Failed to fetch the log buffer {log_id!r}: {get_error_message() or 'unknown error'}"
        raise RuntimeError(msg)
    text = OwnedString(ptr)
    try:
        return str(text)
    finally:
        text.close()


def _decode(ptr: Any) -> str:  # noqa: ANN401
    text = ffi.string(ptr)
    return text.decode("utf-8", errors="replace") if isinstance(text, bytes) else str(text)


def _forwarder(callback: Callable[[str, str, str, str, str], None]) -> Callable[[Any, Any, Any, Any, Any], None]:
    def forward(a: Any, b: Any, c: Any, d: Any, e: Any) -> None:  # noqa: ANN401
        callback(_decode(a), _decode(b), _decode(c), _decode(d), _decode(e))

    return forward


class _Registration:
    """One registered Python callback and the cffi object the library calls.

    The cffi object must stay alive while the library may call it; the library
    guarantees that once a registration is replaced, the old callback is no
    longer running, so it is dropped right after.
    """

    def __init__(self, c_type: str, register: Callable[[Any], None]) -> None:
        self._c_type = c_type
        self._register = register
        self._lock = threading.Lock()  # keeps the library's and our registration in step
        self._current: Any = None
        self._exit_hook = False

    def set(self, callback: Callable[[str, str, str, str, str], None] | None, name: str) -> None:
        if callback is not None and not callable(callback):
            msg = f"{name} must be callable or None, not {type(callback).__name__}"
            raise TypeError(msg)
        with self._lock:
            new = None if callback is None else ffi.callback(self._c_type, _forwarder(callback))
            self._register(NULL if new is None else new)
            self._current = new
            if new is not None and not self._exit_hook:
                # A callback must not run while the interpreter is shutting
                # down (library threads would call into a dying runtime).
                atexit.register(self._remove_at_exit)
                self._exit_hook = True

    def _remove_at_exit(self) -> None:
        with self._lock:
            self._register(NULL)
            self._current = None


_log_callback = _Registration("LogCallback", lambda cb: lib.pactffi_register_log_callback(cb))
_plugin_log_callback = _Registration("PluginLogCallback", lambda cb: lib.pactffi_register_plugin_log_callback(cb))


def register_log_callback(callback: LogCallback | None) -> None:
    """Register a callback to be invoked for each log event.

    [Rust `pactffi_register_log_callback`](https://docs.rs/pact_ffi/0.5.12/pact_ffi/?search=pactffi_register_log_callback)

    The callback receives every log event at or below the level set with
    ``set_log_callback_level`` (default ``LevelFilter.OFF``: nothing), as
    ``(log_id, test_run_id, level, target, message)``, whatever sinks are
    configured. It is invoked on the thread which emitted the event, which may
    be a library thread, so it must be thread-safe; it must not raise, and
    should not call back into the library (events it causes are not passed
    back to it).

    Registering a new callback replaces any previously registered one. Once
    this function returns, the previous callback is no longer invoked.

    Args:
        callback: The callback to invoke, or ``None`` to deregister the current
            callback.

    Raises:
        TypeError: If ``callback`` is neither callable nor ``None``.
    """
    _log_callback.set(callback, "callback")


def set_log_callback_level(level_filter: LevelFilter | str) -> None:
    """Set the most verbose level forwarded to the log callback.

    [Rust `pactffi_set_log_callback_level`](https://docs.rs/pact_ffi/0.5.12/pact_ffi/?search=pactffi_set_log_callback_level)

    The level applies to the callback registered with
    ``register_log_callback``, and defaults to ``LevelFilter.OFF``.

    Args:
        level_filter: The most verbose level to forward. If a string is given,
            it must match one of the ``LevelFilter`` values (case insensitive).

    Raises:
        TypeError: If ``level_filter`` has the wrong type.
        KeyError: If ``level_filter`` is a string that names no ``LevelFilter``.
    """
    lib.pactffi_set_log_callback_level(_level(level_filter).value)


def set_test_run_id(test_run_id: str | None) -> None:
    """Set the test run ID for the current thread.

    [Rust `pactffi_set_test_run_id`](https://docs.rs/pact_ffi/0.5.12/pact_ffi/?search=pactffi_set_test_run_id)

    The ID is passed to the log callback with every event logged on this
    thread, so log records can be attributed to a test.

    Args:
        test_run_id: The ID, or ``None`` (or an empty string) to clear a
            previously set ID.

    Raises:
        TypeError: If ``test_run_id`` is neither a ``str`` nor ``None``.
    """
    lib.pactffi_set_test_run_id(encode_optional(test_run_id, "test_run_id"))


def register_plugin_log_callback(callback: PluginLogCallback | None) -> None:
    """Register a callback to be invoked for each plugin log entry.

    [Rust `pactffi_register_plugin_log_callback`](https://docs.rs/pact_ffi/0.5.12/pact_ffi/?search=pactffi_register_plugin_log_callback)

    The callback receives ``(plugin_instance_id, test_run_id, level, target,
    message)``. This library loads no plugins, so it is only called for
    entries the library records itself. Registering a new callback replaces
    any previously registered one; once this function returns, the previous
    callback is no longer invoked.

    Args:
        callback: The callback to invoke, or ``None`` to deregister the current
            callback.

    Raises:
        TypeError: If ``callback`` is neither callable nor ``None``.
    """
    _plugin_log_callback.set(callback, "callback")


def get_plugin_logs(plugin_instance_id: str) -> list[dict[str, Any]]:
    """Return all buffered plugin log entries for the given plugin instance ID.

    [Rust `pactffi_get_plugin_logs`](https://docs.rs/pact_ffi/0.5.12/pact_ffi/?search=pactffi_get_plugin_logs)

    Entries are kept for the life of the process (reading does not drain
    them).

    Args:
        plugin_instance_id: The plugin instance ID to retrieve log entries for.

    Returns:
        The log entries as a list of JSON objects (``plugin_instance_id``,
        ``test_run_id``, ``level``, ``target``, ``message``). An unknown
        instance ID yields an empty list.

    Raises:
        TypeError: If ``plugin_instance_id`` is not a ``str``.
        RuntimeError: If the log entries could not be retrieved.
    """
    ptr = lib.pactffi_get_plugin_logs(encode(plugin_instance_id, "plugin_instance_id"))
    if ptr == NULL:
        msg = f"Failed to get plugin logs for {plugin_instance_id!r}: {get_error_message() or 'unknown error'}"
        raise RuntimeError(msg)
    text = OwnedString(ptr)
    try:
        return [json.loads(line) for line in str(text).splitlines() if line]
    finally:
        text.close()
