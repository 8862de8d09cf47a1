"""Logging: sinks, levels, the builder, buffers per log id, the log callback,
test-run ids, plugin logs, and reconfiguring logging in one process.

Logging is process-global, and pytest-xdist may run these tests in any order
in any worker: every test starts (and ends) from the same quiet state, set by
the ``quiet_logging`` fixture.
"""

from __future__ import annotations

import re
import subprocess
import sys
import threading
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

import pact_ffi
from pact_ffi import LevelFilter, ffi, lib

from conftest import http

LINE = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}Z (ERROR| WARN| INFO|DEBUG|TRACE) \S+ [\w:]+: .*$")
UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$")


def _reset() -> None:
    """No sink receives anything, no callback, no test-run id, empty buffers."""
    pact_ffi.register_log_callback(None)
    pact_ffi.set_log_callback_level(LevelFilter.OFF)
    pact_ffi.register_plugin_log_callback(None)
    pact_ffi.set_test_run_id(None)
    pact_ffi.logger_init()
    pact_ffi.log_to_buffer(LevelFilter.OFF)
    pact_ffi.fetch_log_buffer("global")
    pact_ffi.get_error_message()


@pytest.fixture(autouse=True)
def quiet_logging() -> Iterator[None]:
    """Reset logging before and after each test."""
    _reset()
    yield
    _reset()


class Recorder:
    """A log callback that keeps what it receives (called from any thread)."""

    def __init__(self) -> None:
        self.calls: list[tuple[str, str, str, str, str]] = []
        self._lock = threading.Lock()

    def __call__(self, log_id: str, test_run_id: str, level: str, target: str, message: str) -> None:
        with self._lock:
            self.calls.append((log_id, test_run_id, level, target, message))

    def messages(self) -> list[str]:
        with self._lock:
            return [c[4] for c in self.calls]

    def take(self) -> list[tuple[str, str, str, str, str]]:
        with self._lock:
            out, self.calls = self.calls, []
            return out


def lines(text: str) -> list[str]:
    return [line for line in text.splitlines() if line]


def emit_all_levels(tag: str) -> None:
    for level in ("TRACE", "DEBUG", "INFO", "WARN", "ERROR"):
        pact_ffi.log_message(f"{tag} {level.lower()}", level, "test")


def levels_in(text: str, tag: str) -> set[str]:
    return {m.group(1) for m in re.finditer(rf"{tag} (trace|debug|info|warn|error)", text)}


# -- the exported names -----------------------------------------------------------

# The logging functions of pact-python's FFI module (python-api-functions.txt).
_API_LIST = Path(__file__).resolve().parents[3] / "shared/reference/python-api-functions.txt"
_LOGGING_PREFIXES = ("log_", "logger_", "init", "enable_ansi", "fetch_log", "get_plugin_logs", "register_", "set_log",
                     "set_test_run")
NAMES = sorted(name for name in _API_LIST.read_text(encoding="utf-8").split() if name.startswith(_LOGGING_PREFIXES))


@pytest.mark.parametrize("name", NAMES)
def test_function_is_exported(name: str) -> None:
    assert name in pact_ffi.__all__
    assert callable(getattr(pact_ffi, name))


def test_level_filter_enum() -> None:
    assert [f.value for f in LevelFilter] == [0, 1, 2, 3, 4, 5]
    assert str(LevelFilter.WARN) == "WARN"
    assert repr(LevelFilter.DEBUG) == "LevelFilter.DEBUG"
    assert LevelFilter["TRACE"] is LevelFilter.TRACE
    assert "LevelFilter" in pact_ffi.__all__


# -- buffers and log_message ------------------------------------------------------


def test_buffer_filters_by_level_and_drains() -> None:
    pact_ffi.log_to_buffer("info")
    emit_all_levels("buf")
    text = pact_ffi.fetch_log_buffer("global")
    assert levels_in(text, "buf") == {"info", "warn", "error"}
    for line in lines(text):
        assert LINE.match(line), line
    assert pact_ffi.fetch_log_buffer("global") == ""
    assert pact_ffi.fetch_log_buffer("no-such-id") == ""
    # NULL means "global".
    pact_ffi.log_message("via null id", "ERROR", "test")
    ptr = lib.pactffi_fetch_log_buffer(ffi.NULL)
    try:
        assert "via null id" in ffi.string(ptr).decode()
    finally:
        lib.pactffi_string_delete(ptr)


def test_log_message_line_format_and_source() -> None:
    pact_ffi.log_to_buffer(LevelFilter.TRACE)
    pact_ffi.log_message("hello info", "info", "my-lib")
    pact_ffi.log_message("default source")
    text = pact_ffi.fetch_log_buffer("global")
    first, second = lines(text)
    assert re.match(r"^\S+Z  INFO (ThreadId\(\d\d+\)|\S+) pact_ffi: hello info source=\"my-lib\"$", first), first
    # The default level is ERROR, the default source the calling function.
    assert " ERROR " in second
    assert second.endswith('pact_ffi: default source source="test_log_message_line_format_and_source"'), second


def test_log_message_quirks_through_the_c_function() -> None:
    pact_ffi.log_to_buffer(LevelFilter.TRACE)
    lib.pactffi_log_message(b"src", b"OFF", b"off means info")
    lib.pactffi_log_message(b"src", b"loud", b"unknown means info")
    lib.pactffi_log_message(b"src", ffi.NULL, b"null level means info")
    lib.pactffi_log_message(ffi.NULL, b"debug", b"no source")
    lib.pactffi_log_message(b"src", b"error", ffi.NULL)
    lib.pactffi_log_message(b"\xff", b"warn", b"bad source")
    text = lines(pact_ffi.fetch_log_buffer("global"))
    assert len(text) == 7, text
    assert all(" INFO " in line for line in text[:3])
    assert text[3].endswith("pact_ffi: target is NULL!") and " WARN " in text[3]
    assert text[4].endswith('no source source="client"') and " DEBUG " in text[4]
    assert text[5].endswith("pact_ffi: target is NULL!")
    assert text[6].endswith('bad source source="client"')


def test_log_message_argument_errors() -> None:
    with pytest.raises(TypeError):
        pact_ffi.log_message(42)  # type: ignore[arg-type]
    with pytest.raises(KeyError):
        pact_ffi.log_message("x", "loud")
    with pytest.raises(TypeError):
        pact_ffi.log_message("x", 3)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        pact_ffi.log_message("x", "info", b"src")  # type: ignore[arg-type]


# -- stdout, stderr and files -----------------------------------------------------


def test_log_to_stdout(capfd: pytest.CaptureFixture[str]) -> None:
    assert pact_ffi.log_to_stdout(LevelFilter.DEBUG) == 0
    emit_all_levels("out")
    captured = capfd.readouterr()
    assert levels_in(captured.out, "out") == {"debug", "info", "warn", "error"}
    assert "out" not in captured.err
    assert "\x1b[" not in captured.out


def test_log_to_stderr(capfd: pytest.CaptureFixture[str]) -> None:
    pact_ffi.log_to_stderr("warn")
    emit_all_levels("err")
    captured = capfd.readouterr()
    assert levels_in(captured.err, "err") == {"warn", "error"}
    assert "err " not in captured.out


def test_log_to_file_creates_directories_and_appends(tmp_path: Path) -> None:
    path = tmp_path / "deep" / "er dir" / "pact.log"
    assert pact_ffi.log_to_file(str(path), LevelFilter.DEBUG) == 0
    pact_ffi.log_message("first", "debug", "test")
    pact_ffi.log_message("too verbose", "trace", "test")
    assert pact_ffi.log_to_file(str(path), "info") == 0
    pact_ffi.log_message("second", "info", "test")
    pact_ffi.log_message("not at info", "debug", "test")
    text = path.read_text()
    assert [line.split("pact_ffi: ")[1] for line in lines(text)] == ['first source="test"', 'second source="test"']


def test_log_to_file_errors_keep_the_previous_configuration(tmp_path: Path) -> None:
    pact_ffi.log_to_buffer("info")
    with pytest.raises(RuntimeError, match=r"code -6.*/proc/pact-logs"):
        pact_ffi.log_to_file("/proc/pact-logs/x.log", LevelFilter.INFO)
    assert lib.pactffi_log_to_file(b"/proc/pact-logs/x.log", LevelFilter.INFO.value) == -6
    assert lib.pactffi_log_to_file(ffi.NULL, LevelFilter.INFO.value) == -7
    assert "file_name is null" in (pact_ffi.get_error_message() or "")
    assert lib.pactffi_log_to_file(b"/tmp/\xff.log", LevelFilter.INFO.value) == -7
    assert lib.pactffi_log_to_file(b"", LevelFilter.INFO.value) == -4
    assert lib.pactffi_log_to_file(str(tmp_path / "x.log").encode(), 6) == -1
    assert "out-of-range" in (pact_ffi.get_error_message() or "")
    with pytest.raises(TypeError):
        pact_ffi.log_to_file(Path("/tmp/x.log"), "info")  # type: ignore[arg-type]
    # Nothing above replaced the buffer sink: the next calls still work.
    pact_ffi.log_message("still buffered", "info", "test")
    assert "still buffered" in pact_ffi.fetch_log_buffer("global")
    assert not (tmp_path / "x.log").exists()


# -- the builder --------------------------------------------------------------------


def test_builder_with_several_sinks_each_at_its_level(tmp_path: Path) -> None:
    path = tmp_path / "warn.log"
    pact_ffi.logger_init()
    assert pact_ffi.logger_attach_sink("buffer", LevelFilter.DEBUG) == 0
    assert pact_ffi.logger_attach_sink(f"  file {path}  ", "warn") == 0
    assert path.exists(), "a file sink is opened when attached"
    assert pact_ffi.logger_apply() == 0
    emit_all_levels("multi")
    assert levels_in(pact_ffi.fetch_log_buffer("global"), "multi") == {"debug", "info", "warn", "error"}
    assert levels_in(path.read_text(), "multi") == {"warn", "error"}


def test_builder_is_per_thread_and_apply_clears_it(capfd: pytest.CaptureFixture[str]) -> None:
    pact_ffi.logger_init()
    pact_ffi.logger_attach_sink("buffer", LevelFilter.INFO)
    other = threading.Thread(target=lambda: pact_ffi.logger_attach_sink("stderr", LevelFilter.TRACE))
    other.start()
    other.join()
    pact_ffi.logger_apply()
    pact_ffi.log_message("only buffered", "info", "test")
    assert "only buffered" in pact_ffi.fetch_log_buffer("global")
    assert "only buffered" not in capfd.readouterr().err
    # The list was cleared by apply: an empty list means stdout at INFO.
    pact_ffi.logger_apply()
    emit_all_levels("default")
    assert levels_in(capfd.readouterr().out, "default") == {"info", "warn", "error"}


def test_logger_init_discards_attached_sinks(capfd: pytest.CaptureFixture[str]) -> None:
    pact_ffi.logger_attach_sink("buffer", LevelFilter.INFO)
    pact_ffi.logger_init()
    pact_ffi.logger_attach_sink("stderr", LevelFilter.INFO)
    pact_ffi.logger_apply()
    pact_ffi.log_message("where", "info", "test")
    assert "where" in capfd.readouterr().err
    assert pact_ffi.fetch_log_buffer("global") == ""


@pytest.mark.parametrize(
    ("spec", "code"),
    [
        (b"STDOUT", -4),
        (b"syslog", -4),
        (b"file", -4),
        (b"file ", -4),
        (b"", -4),
        (b"file /proc/pact-logs/a.log", -6),
        (b"\xffstdout", -3),
    ],
)
def test_attach_sink_error_codes(spec: bytes, code: int) -> None:
    assert lib.pactffi_logger_attach_sink(spec, LevelFilter.INFO.value) == code
    assert pact_ffi.get_error_message()


def test_attach_sink_null_and_out_of_range_levels() -> None:
    assert lib.pactffi_logger_attach_sink(ffi.NULL, LevelFilter.INFO.value) == -3
    assert pact_ffi.get_error_message() == "sink_specifier is null"
    # cffi passes the enum as unsigned: 0xFFFFFFFF is -1 for the library.
    for bad in (6, 0xFFFFFFFF, 1 << 30):
        assert lib.pactffi_logger_attach_sink(b"buffer", bad) == -1
        assert "level_filter has an out-of-range value" in (pact_ffi.get_error_message() or "")
    for fn in (lib.pactffi_log_to_stdout, lib.pactffi_log_to_stderr, lib.pactffi_log_to_buffer):
        assert fn(7) == -1
    # Nothing invalid was added: applying gives the default (stdout at INFO)
    # only if the list is empty; here it is, so check the level through stdout.
    assert lib.pactffi_logger_attach_sink(b"buffer", LevelFilter.WARN.value) == 0
    assert pact_ffi.logger_apply() == 0
    emit_all_levels("after")
    assert levels_in(pact_ffi.fetch_log_buffer("global"), "after") == {"warn", "error"}


def test_attach_sink_python_errors() -> None:
    with pytest.raises(RuntimeError, match=r"not known.*code -4"):
        pact_ffi.logger_attach_sink("syslog", LevelFilter.INFO)
    with pytest.raises(RuntimeError, match=r"code -6"):
        pact_ffi.logger_attach_sink("file /proc/pact-logs/b.log", LevelFilter.INFO)
    with pytest.raises(KeyError):
        pact_ffi.logger_attach_sink("stdout", "verbose")
    with pytest.raises(TypeError):
        pact_ffi.logger_attach_sink(None, LevelFilter.INFO)  # type: ignore[arg-type]
    # The failures left the list empty and the next calls work.
    assert pact_ffi.logger_attach_sink("buffer", LevelFilter.INFO) == 0
    assert pact_ffi.logger_apply() == 0


# -- init ---------------------------------------------------------------------------


def test_init_uses_its_argument_as_a_filter_directive(capfd: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    pact_ffi.init("debug")
    emit_all_levels("directive")
    assert levels_in(capfd.readouterr().out, "directive") == {"debug", "info", "warn", "error"}

    monkeypatch.setenv("LOG_LEVEL", "debug")
    pact_ffi.init("LOG_LEVEL")
    emit_all_levels("envvar")
    assert levels_in(capfd.readouterr().out, "envvar") == set(), "no environment variable is read"

    pact_ffi.init("error,pact_ffi=info")
    emit_all_levels("target")
    assert levels_in(capfd.readouterr().out, "target") == {"info", "warn", "error"}

    lib.pactffi_init(ffi.NULL)
    emit_all_levels("null")
    assert levels_in(capfd.readouterr().out, "null") == set()


@pytest.mark.parametrize(
    ("level", "expected"),
    [
        (b"warn", {"warn", "error"}),
        (b"TRACE", {"trace", "debug", "info", "warn", "error"}),
        (b"none", set()),
        (b"Off", set()),
        (b"bogus", {"info", "warn", "error"}),
        (None, {"info", "warn", "error"}),
    ],
)
def test_init_with_log_level(capfd: pytest.CaptureFixture[str], level: bytes | None, expected: set[str]) -> None:
    lib.pactffi_init_with_log_level(ffi.NULL if level is None else level)
    emit_all_levels("lvl")
    assert levels_in(capfd.readouterr().out, "lvl") == expected


def test_init_with_log_level_python_wrapper(capfd: pytest.CaptureFixture[str]) -> None:
    pact_ffi.init_with_log_level()
    emit_all_levels("wrapped")
    assert levels_in(capfd.readouterr().out, "wrapped") == {"info", "warn", "error"}
    with pytest.raises(TypeError):
        pact_ffi.init_with_log_level(3)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        pact_ffi.init(None)  # type: ignore[arg-type]


def test_enable_ansi_support_is_a_no_op(capfd: pytest.CaptureFixture[str]) -> None:
    pact_ffi.log_to_stdout("info")
    pact_ffi.enable_ansi_support()
    pact_ffi.log_message("plain", "warn", "test")
    out = capfd.readouterr().out
    assert "plain" in out
    assert "\x1b" not in out


# -- reconfiguring ------------------------------------------------------------------


def test_reconfiguring_three_times_in_one_process(tmp_path: Path, capfd: pytest.CaptureFixture[str]) -> None:
    recorder = Recorder()
    path = tmp_path / "second.log"

    # 1. a buffer at INFO
    pact_ffi.log_to_buffer(LevelFilter.INFO)
    emit_all_levels("one")
    assert levels_in(pact_ffi.fetch_log_buffer("global"), "one") == {"info", "warn", "error"}

    # 2. a file at DEBUG: the buffer no longer receives anything
    pact_ffi.log_to_file(str(path), LevelFilter.DEBUG)
    emit_all_levels("two")
    assert levels_in(path.read_text(), "two") == {"debug", "info", "warn", "error"}
    assert pact_ffi.fetch_log_buffer("global") == ""

    # 3. stderr at WARN plus the callback at TRACE: neither the file nor the
    # buffer receives anything
    pact_ffi.register_log_callback(recorder)
    pact_ffi.set_log_callback_level("trace")
    pact_ffi.log_to_stderr(LevelFilter.WARN)
    emit_all_levels("three")
    err = capfd.readouterr().err
    assert levels_in(err, "three") == {"warn", "error"}
    assert levels_in("\n".join(recorder.messages()), "three") == {"trace", "debug", "info", "warn", "error"}
    assert levels_in(path.read_text(), "three") == set()
    assert pact_ffi.fetch_log_buffer("global") == ""

    # ... and once more through the builder and init, which also replace.
    pact_ffi.logger_init()
    pact_ffi.logger_attach_sink("buffer", LevelFilter.ERROR)
    pact_ffi.logger_apply()
    emit_all_levels("four")
    assert levels_in(pact_ffi.fetch_log_buffer("global"), "four") == {"error"}
    assert levels_in(capfd.readouterr().err, "four") == set()
    pact_ffi.init_with_log_level("debug")
    emit_all_levels("five")
    assert levels_in(capfd.readouterr().out, "five") == {"debug", "info", "warn", "error"}
    assert pact_ffi.fetch_log_buffer("global") == ""


# -- the log callback ----------------------------------------------------------------


def test_callback_level_defaults_to_off_and_filters() -> None:
    recorder = Recorder()
    pact_ffi.register_log_callback(recorder)
    emit_all_levels("cb")
    assert recorder.take() == []
    pact_ffi.set_log_callback_level(LevelFilter.INFO)
    emit_all_levels("cb")
    calls = recorder.take()
    assert [c[2] for c in calls] == ["INFO", "WARN", "ERROR"]
    assert calls[0] == ("global", "", "INFO", "pact_ffi", 'cb info source="test"')


def test_callback_without_any_sink_and_replacement() -> None:
    first, second = Recorder(), Recorder()
    pact_ffi.set_log_callback_level("debug")
    pact_ffi.register_log_callback(first)
    pact_ffi.log_message("to first", "debug", "test")
    pact_ffi.register_log_callback(second)
    pact_ffi.log_message("to second", "debug", "test")
    pact_ffi.register_log_callback(None)
    pact_ffi.log_message("to nobody", "debug", "test")
    assert first.messages() == ['to first source="test"']
    assert second.messages() == ['to second source="test"']
    with pytest.raises(TypeError):
        pact_ffi.register_log_callback("not callable")  # type: ignore[arg-type]


def test_callback_level_out_of_range_is_ignored() -> None:
    recorder = Recorder()
    pact_ffi.register_log_callback(recorder)
    pact_ffi.set_log_callback_level(LevelFilter.WARN)
    lib.pactffi_set_log_callback_level(9)
    assert "out-of-range" in (pact_ffi.get_error_message() or "")
    emit_all_levels("range")
    assert levels_in("\n".join(recorder.messages()), "range") == {"warn", "error"}
    with pytest.raises(KeyError):
        pact_ffi.set_log_callback_level("chatty")


def test_failed_calls_are_logged_at_warn() -> None:
    recorder = Recorder()
    pact_ffi.register_log_callback(recorder)
    pact_ffi.set_log_callback_level(LevelFilter.WARN)
    assert lib.pactffi_logger_attach_sink(b"syslog", LevelFilter.INFO.value) == -4
    assert ("global", "", "WARN", "pact_ffi", "unknown sink type 'syslog'") in recorder.take()


def test_a_raising_callback_does_not_break_logging(monkeypatch: pytest.MonkeyPatch) -> None:
    def boom(*_args: str) -> None:
        raise ValueError("callback failure")

    # cffi reports an exception it cannot propagate through sys.unraisablehook.
    reported: list[BaseException | None] = []
    monkeypatch.setattr(sys, "unraisablehook", lambda info: reported.append(info.exc_value))
    pact_ffi.set_log_callback_level(LevelFilter.INFO)
    pact_ffi.register_log_callback(boom)
    pact_ffi.log_to_buffer(LevelFilter.INFO)
    pact_ffi.log_message("survives", "info", "test")
    assert "survives" in pact_ffi.fetch_log_buffer("global")
    assert [str(e) for e in reported] == ["callback failure"]


def test_test_run_id_is_passed_to_the_callback_per_thread() -> None:
    recorder = Recorder()
    pact_ffi.register_log_callback(recorder)
    pact_ffi.set_log_callback_level(LevelFilter.INFO)
    pact_ffi.set_test_run_id("tests/test_logging.py::run")
    pact_ffi.log_message("with id", "info", "test")
    worker = threading.Thread(target=lambda: pact_ffi.log_message("other thread", "info", "test"))
    worker.start()
    worker.join()
    pact_ffi.set_test_run_id("")
    pact_ffi.log_message("cleared by empty", "info", "test")
    pact_ffi.set_test_run_id("again")
    pact_ffi.set_test_run_id(None)
    pact_ffi.log_message("cleared by none", "info", "test")
    lib.pactffi_set_test_run_id(b"\xff")
    pact_ffi.log_message("cleared by bad utf-8", "info", "test")
    ids = {c[4].split(" source=")[0]: c[1] for c in recorder.take()}
    assert ids == {
        "with id": "tests/test_logging.py::run",
        "other thread": "",
        "cleared by empty": "",
        "cleared by none": "",
        "cleared by bad utf-8": "",
    }
    with pytest.raises(TypeError):
        pact_ffi.set_test_run_id(5)  # type: ignore[arg-type]


# -- log ids of mock servers and verifiers ------------------------------------------------


def _hello_pact(pact: pact_ffi.PactHandle) -> None:
    interaction = pact_ffi.new_interaction(pact, "a hello request")
    pact_ffi.with_request(interaction, "GET", "/hello")
    pact_ffi.response_status(interaction, 200)
    pact_ffi.with_body(interaction, pact_ffi.InteractionPart.RESPONSE, "text/plain", "hi")


def test_mock_server_requests_are_logged_under_the_server_id() -> None:
    recorder = Recorder()
    pact_ffi.register_log_callback(recorder)
    pact_ffi.set_log_callback_level(LevelFilter.INFO)
    pact_ffi.log_to_buffer(LevelFilter.INFO)
    pact_ffi.set_test_run_id("caller-run")
    handle = pact_ffi.new_pact("consumer", "logged-server")
    _hello_pact(handle)
    server = pact_ffi.create_mock_server_for_transport(handle, "127.0.0.1", 0, "http", None)
    try:
        status, _, body = http("GET", f"http://127.0.0.1:{server.port}/hello")
        assert (status, body) == (200, b"hi")
        calls = [c for c in recorder.take() if c[3] == "pact_mock_server"]
        assert calls, "the callback saw the request"
        server_ids = {c[0] for c in calls}
        assert len(server_ids) == 1
        (server_id,) = server_ids
        assert UUID.match(server_id), server_id
        assert all(c[1] == "" for c in calls), "handled on a server thread: no test-run id"
        assert any(c[4] == "Received request GET /hello" for c in calls)
        # The buffer sink keeps the server's lines under its id ...
        buffered = pact_ffi.fetch_log_buffer(server_id)
        assert "pact_mock_server: Received request GET /hello" in buffered
        assert "Received request" not in pact_ffi.fetch_log_buffer("global")
        # ... and the server's own log keeps working as before.
        assert "Received request GET /hello" in pact_ffi.mock_server_logs(server)
        assert pact_ffi.mock_server_logs(server) == ""
    finally:
        pact_ffi.cleanup_mock_server(server)
        pact_ffi.free_pact_handle(handle)


_UNCONFIGURED_PROBE = """
import urllib.request, pact_ffi
handle = pact_ffi.new_pact("consumer", "quiet-server")
interaction = pact_ffi.new_interaction(handle, "hello")
pact_ffi.with_request(interaction, "GET", "/hello")
pact_ffi.response_status(interaction, 200)
server = pact_ffi.create_mock_server_for_transport(handle, "127.0.0.1", 0, "http", None)
urllib.request.urlopen(f"http://127.0.0.1:{server.port}/hello", timeout=10).read()
print(pact_ffi.mock_server_logs(server), end="")
pact_ffi.cleanup_mock_server(server)
"""


def test_mock_server_logs_without_any_logging_configured() -> None:
    # A process that never configured logging still gets each server's lines
    # (the reference returns ""); once logging is configured, the buffer
    # sink's level decides. Logging is process-wide, hence a fresh process.
    logs = subprocess.run(
        [sys.executable, "-c", _UNCONFIGURED_PROBE], check=True, capture_output=True, text=True, timeout=60
    ).stdout
    assert LINE.match(lines(logs)[0]), logs
    assert "INFO" in logs and "Received request GET /hello" in logs


def test_configured_logging_without_a_buffer_sink_keeps_no_scope_logs() -> None:
    # pact-python applies log_to_buffer(OFF): scope logs stay empty, as on the reference.
    pact_ffi.log_to_buffer(LevelFilter.OFF)
    handle = pact_ffi.new_pact("consumer", "quiet-server")
    _hello_pact(handle)
    server = pact_ffi.create_mock_server_for_transport(handle, "127.0.0.1", 0, "http", None)
    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{server.port}/hello", timeout=10) as response:  # noqa: S310
            assert response.status == 200
        assert pact_ffi.mock_server_logs(server) == ""
    finally:
        pact_ffi.cleanup_mock_server(server)
        pact_ffi.free_pact_handle(handle)


def test_verifier_runs_are_logged_under_verify_provider(tmp_path: Path) -> None:
    # The provider is a mock server serving the very pact that is verified.
    handle = pact_ffi.new_pact("consumer", "logged-provider")
    _hello_pact(handle)
    pact_ffi.pact_handle_write_file(handle, tmp_path, overwrite=True)
    pact_file = next(tmp_path.glob("*.json"))
    server = pact_ffi.create_mock_server_for_transport(handle, "127.0.0.1", 0, "http", None)
    recorder = Recorder()
    pact_ffi.register_log_callback(recorder)
    pact_ffi.set_log_callback_level(LevelFilter.INFO)
    pact_ffi.log_to_buffer(LevelFilter.INFO)
    pact_ffi.set_test_run_id("verify-run")
    verifier = pact_ffi.verifier_new_for_application()
    try:
        pact_ffi.verifier_set_provider_info(verifier, "logged-provider", "http", "127.0.0.1", server.port, "/")
        pact_ffi.verifier_add_file_source(verifier, str(pact_file))
        pact_ffi.verifier_execute(verifier)
        calls = recorder.take()
        verifier_calls = [c for c in calls if c[3] == "pact_verifier"]
        assert verifier_calls
        assert {c[0] for c in verifier_calls} == {"verify:logged-provider"}
        assert {c[1] for c in verifier_calls} == {"verify-run"}, "the run is on the calling thread"
        assert any("Verifying a pact between consumer and logged-provider" in c[4] for c in verifier_calls)
        # The mock server answering the verifier logs under its own id.
        server_calls = [c for c in calls if c[3] == "pact_mock_server"]
        assert server_calls
        assert all(UUID.match(c[0]) for c in server_calls)
        buffered = pact_ffi.fetch_log_buffer("verify:logged-provider")
        assert "pact_verifier: Verifying a pact between consumer and logged-provider" in buffered
        assert "pact_verifier" not in pact_ffi.fetch_log_buffer("global")
        # verifier_logs keeps working.
        assert "Verifying a pact between" in str(pact_ffi.verifier_logs(verifier))
    finally:
        pact_ffi.verifier_shutdown(verifier)
        pact_ffi.cleanup_mock_server(server)
        pact_ffi.free_pact_handle(handle)


# -- plugin logs ----------------------------------------------------------------------


def test_plugin_logs_without_plugins() -> None:
    recorder = Recorder()
    pact_ffi.register_plugin_log_callback(recorder)
    assert pact_ffi.get_plugin_logs("no-such-plugin") == []
    pact_ffi.register_plugin_log_callback(None)
    with pytest.raises(TypeError):
        pact_ffi.register_plugin_log_callback(42)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        pact_ffi.get_plugin_logs(None)  # type: ignore[arg-type]
    assert lib.pactffi_get_plugin_logs(ffi.NULL) == ffi.NULL
    assert pact_ffi.get_error_message() == "plugin_instance_id is null"
    assert lib.pactffi_get_plugin_logs(b"\xff") == ffi.NULL
    # No plugin runs here, so nothing ever reaches the callback.
    assert recorder.take() == []


def test_everything_still_works_after_the_errors(capfd: pytest.CaptureFixture[str]) -> None:
    lib.pactffi_logger_attach_sink(ffi.NULL, 99)
    lib.pactffi_log_to_file(ffi.NULL, 0xFFFFFFFB)
    lib.pactffi_set_log_callback_level(0xFFFFFFFF)
    lib.pactffi_register_log_callback(ffi.NULL)
    lib.pactffi_register_plugin_log_callback(ffi.NULL)
    pact_ffi.log_to_stdout("info")
    pact_ffi.log_message("alive", "info", "test")
    assert "pact_ffi: alive" in capfd.readouterr().out
