"""The verifier wrappers: handle lifetime, argument checks, failure values.

Runs against real providers and brokers are in test_verifier_run.py and
test_verifier_broker.py; this file needs no network.
"""

from __future__ import annotations

import datetime
import gc
import json
import re
from pathlib import Path

import pytest

import pact_ffi
from pact_ffi import ffi, lib

# The verifier functions of pact-python's FFI module, from its published
# documentation (the authority for our Python names); follow_redirects is
# newer than that documentation.
_API_DOCS = Path(__file__).resolve().parents[3] / "shared/reference/python-api/pact-v3-ffi-module-docs.txt"
VERIFIER_FUNCTIONS = sorted(
    {m.group(1) for m in re.finditer(r"^(verif\w+)\(.*\) ->", _API_DOCS.read_text(encoding="utf-8"), re.M)}
    | {"verifier_set_follow_redirects"}
)

EMPTY_REPORT = '{"errors":[],"interactionResults":[],"notices":[],"output":[],"pendingErrors":[],"result":true}'


@pytest.fixture
def handle() -> pact_ffi.VerifierHandle:
    verifier = pact_ffi.verifier_new_for_application()
    yield verifier
    pact_ffi.verifier_shutdown(verifier)


def last_error() -> str | None:
    return pact_ffi.get_error_message()


# -- exports and the handle ----------------------------------------------------


def test_every_verifier_function_is_exported() -> None:
    for name in [*VERIFIER_FUNCTIONS, "VerifierHandle"]:
        assert name in pact_ffi.__all__, name
        assert callable(getattr(pact_ffi, name)), name


def test_handle_str_and_repr_show_the_native_address(handle: pact_ffi.VerifierHandle) -> None:
    address = int(ffi.cast("uintptr_t", handle._ref))  # noqa: SLF001
    assert str(handle) == f"VerifierHandle({hex(address)})"
    assert repr(handle) == f"<VerifierHandle: _ref at {hex(address)}>"
    assert re.fullmatch(r"VerifierHandle\(0x[0-9a-f]+\)", str(handle))
    other = pact_ffi.verifier_new_for_application()
    assert str(other) != str(handle)
    pact_ffi.verifier_shutdown(other)


def test_shutdown_is_idempotent_and_the_handle_is_then_unusable() -> None:
    verifier = pact_ffi.verifier_new_for_application()
    text = str(verifier)
    pact_ffi.verifier_shutdown(verifier)
    pact_ffi.verifier_shutdown(verifier)
    assert str(verifier) == text
    with pytest.raises(ValueError, match=r"VerifierHandle\(0x[0-9a-f]+\) has been shut down"):
        pact_ffi.verifier_add_file_source(verifier, "x.json")
    with pytest.raises(ValueError, match="has been shut down"):
        pact_ffi.verifier_execute(verifier)
    del verifier
    gc.collect()  # __del__ of a shut-down handle must not free it again


class _RecordingLib:
    """Forwards to the real lib, recording pactffi_verifier_shutdown calls."""

    def __init__(self) -> None:
        self.shutdowns: list[int] = []

    def pactffi_verifier_shutdown(self, ref: object) -> None:
        self.shutdowns.append(int(ffi.cast("uintptr_t", ref)))
        lib.pactffi_verifier_shutdown(ref)

    def __getattr__(self, name: str) -> object:
        return getattr(lib, name)


def test_garbage_collection_shuts_the_handle_down_once(monkeypatch: pytest.MonkeyPatch) -> None:
    import pact_ffi._verifier as module  # noqa: PLC0415

    recorder = _RecordingLib()
    monkeypatch.setattr(module, "lib", recorder)
    collected = pact_ffi.verifier_new_for_application()
    collected_address = int(ffi.cast("uintptr_t", collected._ref))  # noqa: SLF001
    del collected
    gc.collect()
    assert recorder.shutdowns == [collected_address]
    explicit = pact_ffi.verifier_new_for_application()
    explicit_address = int(ffi.cast("uintptr_t", explicit._ref))  # noqa: SLF001
    pact_ffi.verifier_shutdown(explicit)
    del explicit
    gc.collect()
    assert recorder.shutdowns == [collected_address, explicit_address], "no second shutdown from __del__"


def test_handle_requires_a_verifier_pointer() -> None:
    with pytest.raises(TypeError, match="VerifierHandle"):
        pact_ffi.VerifierHandle(5)
    with pytest.raises(TypeError, match="VerifierHandle"):
        pact_ffi.VerifierHandle(ffi.new("int *"))
    with pytest.raises(ValueError, match="NULL"):
        pact_ffi.VerifierHandle(ffi.cast("VerifierHandle *", 0))


def test_deprecated_constructor_in_c_gives_a_working_handle() -> None:
    ref = lib.pactffi_verifier_new()
    assert ref != ffi.NULL
    handle = pact_ffi.VerifierHandle(ref)
    assert str(pact_ffi.verifier_output(handle, 1)) == ""
    pact_ffi.verifier_shutdown(handle)
    ref = lib.pactffi_verifier_new_for_application(ffi.NULL, ffi.NULL)
    assert ref != ffi.NULL
    lib.pactffi_verifier_shutdown(ref)


# -- results before any run --------------------------------------------------------


def test_output_and_json_before_execution(handle: pact_ffi.VerifierHandle) -> None:
    output = pact_ffi.verifier_output(handle, 0)
    assert isinstance(output, pact_ffi.OwnedString)
    assert output == ""
    assert pact_ffi.verifier_output(handle, strip_ansi=True) == ""
    report = pact_ffi.verifier_json(handle)
    assert isinstance(report, pact_ffi.OwnedString)
    assert str(report) == EMPTY_REPORT


def test_logs_before_execution_are_empty(handle: pact_ffi.VerifierHandle) -> None:
    assert pact_ffi.verifier_logs(handle) == ""
    assert pact_ffi.verifier_logs_for_provider("nobody-ever-verified") == ""


def test_execute_with_no_sources_succeeds(handle: pact_ffi.VerifierHandle) -> None:
    pact_ffi.verifier_execute(handle)
    report = json.loads(pact_ffi.verifier_json(handle))
    assert report["result"] is True
    assert report["interactionResults"] == []
    assert report["errors"] == []


# -- argument checks ------------------------------------------------------------------


@pytest.mark.parametrize("bad", [None, 1, "handle", pact_ffi.PactHandle(1)])
def test_every_function_refuses_what_is_not_a_verifier_handle(bad: object) -> None:
    calls = [
        lambda h: pact_ffi.verifier_set_provider_info(h, "p", "http", "localhost", 80, "/"),
        lambda h: pact_ffi.verifier_add_provider_transport(h, "http", 80, "/", "http"),
        lambda h: pact_ffi.verifier_set_filter_info(h, None, None, filter_no_state=False),
        lambda h: pact_ffi.verifier_set_provider_state(h, "http://x", teardown=False, body=True),
        lambda h: pact_ffi.verifier_set_verification_options(h, disable_ssl_verification=False, request_timeout=5),
        lambda h: pact_ffi.verifier_set_coloured_output(h, enabled=False),
        lambda h: pact_ffi.verifier_set_no_pacts_is_error(h, enabled=False),
        lambda h: pact_ffi.verifier_set_publish_options(h, "1", None, None, None),
        lambda h: pact_ffi.verifier_set_consumer_filters(h, []),
        lambda h: pact_ffi.verifier_add_custom_header(h, "a", "b"),
        lambda h: pact_ffi.verifier_set_follow_redirects(h, follow=True),
        lambda h: pact_ffi.verifier_add_file_source(h, "f"),
        lambda h: pact_ffi.verifier_add_directory_source(h, "d"),
        lambda h: pact_ffi.verifier_url_source(h, "http://x", None, None, None),
        lambda h: pact_ffi.verifier_broker_source(h, "http://x", None, None, None),
        lambda h: pact_ffi.verifier_broker_source_with_selectors(h, "http://x", None, None, None, 0, None, [], None, [], []),
        pact_ffi.verifier_execute,
        pact_ffi.verifier_logs,
        lambda h: pact_ffi.verifier_output(h, 0),
        pact_ffi.verifier_json,
        pact_ffi.verifier_shutdown,
    ]
    for call in calls:
        with pytest.raises(TypeError, match="handle must be a VerifierHandle"):
            call(bad)


def test_required_strings_refuse_none(handle: pact_ffi.VerifierHandle) -> None:
    cases = [
        ("file", lambda: pact_ffi.verifier_add_file_source(handle, None)),
        ("directory", lambda: pact_ffi.verifier_add_directory_source(handle, None)),
        ("url", lambda: pact_ffi.verifier_url_source(handle, None, None, None, None)),
        ("url", lambda: pact_ffi.verifier_broker_source(handle, None, None, None, None)),
        ("url", lambda: pact_ffi.verifier_broker_source_with_selectors(handle, None, None, None, None, 0, None, [], None, [], [])),
        ("url", lambda: pact_ffi.verifier_set_provider_state(handle, None, teardown=False, body=True)),
        ("header_name", lambda: pact_ffi.verifier_add_custom_header(handle, None, "v")),
        ("header_value", lambda: pact_ffi.verifier_add_custom_header(handle, "n", None)),
        ("provider_version", lambda: pact_ffi.verifier_set_publish_options(handle, None, None, None, None)),
        ("provider_name", lambda: pact_ffi.verifier_logs_for_provider(None)),
        ("args", lambda: pact_ffi.verify(None)),
    ]
    for name, call in cases:
        with pytest.raises(TypeError, match=f"^{name} must be a str, not NoneType$"):
            call()


def test_optional_strings_refuse_other_types(handle: pact_ffi.VerifierHandle) -> None:
    with pytest.raises(TypeError, match="name must be a str, not int"):
        pact_ffi.verifier_set_provider_info(handle, 5, None, None, None, None)
    with pytest.raises(TypeError, match="token must be a str, not bytes"):
        pact_ffi.verifier_url_source(handle, "http://x", None, None, b"t")
    with pytest.raises(TypeError, match="filter_state must be a str"):
        pact_ffi.verifier_set_filter_info(handle, None, 1, filter_no_state=False)
    with pytest.raises(TypeError, match="build_url must be a str"):
        pact_ffi.verifier_set_publish_options(handle, "1", 3.0, None, None)


def test_string_lists_are_checked(handle: pact_ffi.VerifierHandle) -> None:
    with pytest.raises(TypeError, match="consumer_filters must be a collection of str, not str"):
        pact_ffi.verifier_set_consumer_filters(handle, "web")
    with pytest.raises(TypeError, match="consumer_filters must be a collection of str, not NoneType"):
        pact_ffi.verifier_set_consumer_filters(handle, None)
    with pytest.raises(TypeError, match="consumer_filters must be a collection of str, not int"):
        pact_ffi.verifier_set_consumer_filters(handle, 5)
    with pytest.raises(TypeError, match="consumer_filters items must be a str, not int"):
        pact_ffi.verifier_set_consumer_filters(handle, ["web", 1])
    with pytest.raises(TypeError, match="provider_tags items must be a str, not NoneType"):
        pact_ffi.verifier_set_publish_options(handle, "1", None, ["a", None], None)
    with pytest.raises(TypeError, match="consumer_version_selectors items must be a str"):
        pact_ffi.verifier_broker_source_with_selectors(handle, "http://x", None, None, None, 0, None, [], None, [{"latest": True}], [])
    with pytest.raises(ValueError, match="at most 65535"):
        pact_ffi.verifier_set_consumer_filters(handle, ["c"] * 65536)
    # Any collection works: tuples, sets.
    pact_ffi.verifier_set_consumer_filters(handle, ("a", "b"))
    pact_ffi.verifier_set_consumer_filters(handle, {"a"})
    pact_ffi.verifier_set_publish_options(handle, "1", None, ("t",), None)


def test_flags_and_numbers_are_checked(handle: pact_ffi.VerifierHandle) -> None:
    with pytest.raises(TypeError, match="enabled must be a bool, not str"):
        pact_ffi.verifier_set_coloured_output(handle, enabled="yes")
    with pytest.raises(TypeError, match="teardown must be a bool"):
        pact_ffi.verifier_set_provider_state(handle, "http://x", teardown=None, body=True)
    with pytest.raises(TypeError, match="strip_ansi must be a bool"):
        pact_ffi.verifier_output(handle, "1")
    with pytest.raises(ValueError, match="port must be an int from 0 to 65535, not 65536"):
        pact_ffi.verifier_set_provider_info(handle, None, None, None, 65536, None)
    with pytest.raises(ValueError, match="port must be an int from 0 to 65535, not -1"):
        pact_ffi.verifier_add_provider_transport(handle, "message", -1, None, None)
    with pytest.raises(TypeError, match="port must be an int, not str"):
        pact_ffi.verifier_add_provider_transport(handle, "message", "80", None, None)
    with pytest.raises(ValueError, match="request_timeout must be a non-negative"):
        pact_ffi.verifier_set_verification_options(handle, disable_ssl_verification=False, request_timeout=-1)
    with pytest.raises(TypeError, match="request_timeout must be an int, not float"):
        pact_ffi.verifier_set_verification_options(handle, disable_ssl_verification=False, request_timeout=1.5)
    with pytest.raises(TypeError, match="include_wip_pacts_since must be a datetime.date"):
        pact_ffi.verifier_broker_source_with_selectors(handle, "http://x", None, None, None, 0, 20240101, [], None, [], [])
    # Keyword-only flags, as in pact-python.
    with pytest.raises(TypeError):
        pact_ffi.verifier_set_coloured_output(handle, False)  # type: ignore[misc]


def test_setters_accept_valid_values(handle: pact_ffi.VerifierHandle) -> None:
    pact_ffi.verifier_set_provider_info(handle, "items", "https", "example.com", None, "/api")
    pact_ffi.verifier_set_provider_info(handle, None, None, None, None, None)
    pact_ffi.verifier_add_provider_transport(handle, "message", 0, "/_pact/message", None)
    pact_ffi.verifier_set_filter_info(handle, "get.*", "", filter_no_state=True)
    pact_ffi.verifier_set_provider_state(handle, "", teardown=True, body=False)
    pact_ffi.verifier_set_verification_options(handle, disable_ssl_verification=True, request_timeout=0)
    pact_ffi.verifier_set_verification_options(handle, disable_ssl_verification=False, request_timeout=2**32)
    pact_ffi.verifier_set_coloured_output(handle, enabled=False)
    pact_ffi.verifier_set_no_pacts_is_error(handle, enabled=False)
    pact_ffi.verifier_set_publish_options(handle, "1.0.0", "http://ci/1", ["main", ""], "main")
    pact_ffi.verifier_set_consumer_filters(handle, [])
    pact_ffi.verifier_add_custom_header(handle, "X-Ünïcode", "välue")
    pact_ffi.verifier_set_follow_redirects(handle, follow=False)
    pact_ffi.verifier_broker_source_with_selectors(
        handle,
        "http://broker",
        "user",
        "",
        None,
        1,
        datetime.date(2024, 1, 2),
        ["main"],
        "main",
        ['{"mainBranch": true}'],
        ["prod"],
    )


def test_unicode_that_cannot_be_encoded_is_refused(handle: pact_ffi.VerifierHandle) -> None:
    with pytest.raises(UnicodeEncodeError):
        pact_ffi.verifier_add_file_source(handle, "bad\udcff.json")


# -- selectors ---------------------------------------------------------------------


@pytest.mark.parametrize("selector", ["{not json", "", "[1,", '{"latest": true'])
def test_selector_that_is_not_json_raises_value_error(handle: pact_ffi.VerifierHandle, selector: str) -> None:
    if selector == "":
        # Empty strings are skipped, as the reference does.
        pact_ffi.verifier_broker_source_with_selectors(handle, "http://b", None, None, None, 0, None, [], None, [selector], [])
        return
    with pytest.raises(ValueError, match=r"^Invalid version selector JSON\."):
        pact_ffi.verifier_broker_source_with_selectors(handle, "http://b", None, None, None, 0, None, [], None, ['{"latest":true}', selector], [])


# -- the C functions with NULL handles and NULL arguments ------------------------


def test_shutdown_of_null_is_harmless() -> None:
    lib.pactffi_verifier_shutdown(ffi.NULL)
    lib.pactffi_verifier_shutdown(ffi.NULL)


def test_int_setters_on_null_return_one_and_set_the_last_error() -> None:
    last_error()
    assert lib.pactffi_verifier_set_verification_options(ffi.NULL, 0, 100) == 1
    assert last_error() == "handle is null"
    assert lib.pactffi_verifier_set_coloured_output(ffi.NULL, 0) == 1
    assert last_error() == "handle is null"
    assert lib.pactffi_verifier_set_no_pacts_is_error(ffi.NULL, 0) == 1
    assert last_error() == "handle is null"
    assert lib.pactffi_verifier_set_publish_options(ffi.NULL, b"1", ffi.NULL, ffi.NULL, 0, ffi.NULL) == 1
    assert last_error() == "handle is null"
    assert lib.pactffi_verifier_execute(ffi.NULL) == 1
    assert last_error() == "handle is null"


def test_void_setters_on_null_set_the_last_error() -> None:
    calls = [
        lambda: lib.pactffi_verifier_set_provider_info(ffi.NULL, b"p", b"http", b"h", 1, b"/"),
        lambda: lib.pactffi_verifier_add_provider_transport(ffi.NULL, b"http", 1, b"/", b"http"),
        lambda: lib.pactffi_verifier_set_filter_info(ffi.NULL, b"a", b"b", 1),
        lambda: lib.pactffi_verifier_set_provider_state(ffi.NULL, b"http://x", 1, 1),
        lambda: lib.pactffi_verifier_set_consumer_filters(ffi.NULL, ffi.NULL, 0),
        lambda: lib.pactffi_verifier_add_custom_header(ffi.NULL, b"a", b"b"),
        lambda: lib.pactffi_verifier_set_follow_redirects(ffi.NULL, 1),
        lambda: lib.pactffi_verifier_add_file_source(ffi.NULL, b"f"),
        lambda: lib.pactffi_verifier_add_directory_source(ffi.NULL, b"d"),
        lambda: lib.pactffi_verifier_url_source(ffi.NULL, b"http://x", ffi.NULL, ffi.NULL, ffi.NULL),
        lambda: lib.pactffi_verifier_broker_source(ffi.NULL, b"http://x", ffi.NULL, ffi.NULL, ffi.NULL),
    ]
    for call in calls:
        last_error()
        call()
        assert last_error() == "handle is null"


def test_getters_on_null_return_null() -> None:
    assert lib.pactffi_verifier_output(ffi.NULL, 1) == ffi.NULL
    assert lib.pactffi_verifier_json(ffi.NULL) == ffi.NULL
    assert lib.pactffi_verifier_logs(ffi.NULL) == ffi.NULL
    assert lib.pactffi_verifier_logs_for_provider(ffi.NULL) == ffi.NULL
    assert last_error() == "provider_name is null"


def test_null_required_arguments_on_a_live_handle(handle: pact_ffi.VerifierHandle) -> None:
    ref = handle._ref  # noqa: SLF001
    assert lib.pactffi_verifier_set_publish_options(ref, ffi.NULL, ffi.NULL, ffi.NULL, 0, ffi.NULL) == 1
    assert last_error() == "provider_version is null"
    assert (
        lib.pactffi_verifier_broker_source_with_selectors(
            ref, ffi.NULL, ffi.NULL, ffi.NULL, ffi.NULL, 0, ffi.NULL, ffi.NULL, 0, ffi.NULL, ffi.NULL, 0, ffi.NULL, 0
        )
        == -2
    )
    assert last_error() == "url is null"
    assert (
        lib.pactffi_verifier_broker_source_with_selectors(
            ffi.NULL, b"http://b", ffi.NULL, ffi.NULL, ffi.NULL, 0, ffi.NULL, ffi.NULL, 0, ffi.NULL, ffi.NULL, 0, ffi.NULL, 0
        )
        == -2
    )
    assert last_error() == "handle is null"
    for call in (
        lambda: lib.pactffi_verifier_add_file_source(ref, ffi.NULL),
        lambda: lib.pactffi_verifier_add_directory_source(ref, ffi.NULL),
        lambda: lib.pactffi_verifier_url_source(ref, ffi.NULL, ffi.NULL, ffi.NULL, ffi.NULL),
        lambda: lib.pactffi_verifier_add_custom_header(ref, ffi.NULL, b"v"),
    ):
        last_error()
        call()
        assert (last_error() or "").endswith("is null")
    # NULL arrays with a length are "no items"; setters with NULL optional
    # strings use the defaults.
    lib.pactffi_verifier_set_consumer_filters(ref, ffi.NULL, 3)
    lib.pactffi_verifier_set_provider_info(ref, ffi.NULL, ffi.NULL, ffi.NULL, 0, ffi.NULL)
    lib.pactffi_verifier_set_provider_state(ref, ffi.NULL, 1, 1)
    # Nothing was added by the failed calls: the run verifies nothing.
    assert lib.pactffi_verifier_execute(ref) == 0


def test_bad_selector_in_c_returns_minus_one_and_adds_no_source(handle: pact_ffi.VerifierHandle) -> None:
    ref = handle._ref  # noqa: SLF001
    selectors = [ffi.new("char[]", b"{nope")]
    ret = lib.pactffi_verifier_broker_source_with_selectors(
        ref, b"http://127.0.0.1:1", ffi.NULL, ffi.NULL, ffi.NULL, 0, ffi.NULL, ffi.NULL, 0, ffi.NULL, selectors, 1, ffi.NULL, 0
    )
    assert ret == -1
    assert last_error()
    # No broker source was added, so nothing is fetched (port 1 would fail).
    pact_ffi.verifier_execute(handle)
    assert json.loads(pact_ffi.verifier_json(handle))["errors"] == []


def test_invalid_utf8_is_refused_in_c(handle: pact_ffi.VerifierHandle) -> None:
    ref = handle._ref  # noqa: SLF001
    # The reference reads the calling application's name leniently
    # (if_null + to_string_lossy): still a handle.
    other = lib.pactffi_verifier_new_for_application(b"\xff\xfe", b"1")
    assert other != ffi.NULL
    lib.pactffi_verifier_shutdown(other)
    assert lib.pactffi_verifier_set_publish_options(ref, b"\xff", ffi.NULL, ffi.NULL, 0, ffi.NULL) == 1
    assert last_error()


# -- verifier_execute's exception ---------------------------------------------------------


def test_execute_failure_raises_runtime_error_naming_the_handle(handle: pact_ffi.VerifierHandle, tmp_path) -> None:  # noqa: ANN001
    pact_ffi.verifier_add_file_source(handle, str(tmp_path / "missing.json"))
    with pytest.raises(RuntimeError) as info:
        pact_ffi.verifier_execute(handle)
    assert str(info.value) == f"Failed to execute verifier for {handle}."
    output = pact_ffi.verifier_output(handle, 1)
    assert "Failed to load pact" in output
    assert "missing.json" in output


# -- legacy entry points ------------------------------------------------------------------


def test_cli_args_describe_options_and_flags() -> None:
    document = json.loads(pact_ffi.verifier_cli_args())
    assert set(document) == {"options", "flags"}
    longs = {a["long"] for a in document["options"]}
    assert {"file", "dir", "url", "broker-url", "provider-name", "state-change-url"} <= longs
    flags = {a["long"] for a in document["flags"]}
    assert {"disable-ssl-verification", "state-change-as-query"} <= flags
    file_arg = next(a for a in document["options"] if a["long"] == "file")
    assert file_arg["short"] == "f"
    assert file_arg["multiple"] is True


def test_verify_returns_the_documented_codes(tmp_path) -> None:  # noqa: ANN001
    assert lib.pactffi_verify(ffi.NULL) == 2
    assert pact_ffi.verify("--no-such-option") == 4
    assert pact_ffi.verify(f"--file\n{tmp_path / 'missing.json'}") == 1
