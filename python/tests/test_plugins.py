"""Plugins without a plugin driver: using_plugin fails and says why, cleanup is harmless."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

import pact_ffi
from pact_ffi import InteractionPart, ffi, lib

from conftest import read_pact


def _install(plugin_dir: Path, name: str, version: str) -> Path:
    """Lay out an installed plugin as the reference's driver expects it."""
    home = plugin_dir / f"{name}-{version}"
    home.mkdir(parents=True)
    manifest = {
        "pluginInterfaceVersion": 1,
        "name": name,
        "version": version,
        "executableType": "exec",
        "entryPoint": "pact-plugin",
    }
    (home / "pact-plugin.json").write_text(json.dumps(manifest), encoding="utf-8")
    return home


@pytest.fixture
def plugin_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An empty plugin directory named by $PACT_PLUGIN_DIR."""
    directory = tmp_path / "plugins"
    directory.mkdir()
    monkeypatch.setenv("PACT_PLUGIN_DIR", str(directory))
    return directory


def _pact_json(pact: pact_ffi.PactHandle, directory: Path) -> dict[str, Any]:
    directory.mkdir()
    pact_ffi.pact_handle_write_file(pact, directory, overwrite=True)
    return read_pact(directory / "consumer-provider.json")


def test_missing_plugin_names_plugin_and_directory(pact: pact_ffi.PactHandle, plugin_dir: Path) -> None:
    with pytest.raises(RuntimeError) as error:
        pact_ffi.using_plugin_with_delay(pact, "protobuf", None, 0)
    message = str(error.value)
    assert message.startswith("Failed to load the plugin protobuf: Could not load plugin - Plugin protobuf:* was not found")
    assert "$PACT_PLUGIN_DIR" in message
    assert str(plugin_dir) in message
    # The wrapper consumed the library's message.
    assert pact_ffi.get_error_message() is None


def test_required_version_is_part_of_the_message(pact: pact_ffi.PactHandle, plugin_dir: Path) -> None:
    _install(plugin_dir, "protobuf", "0.3.0")
    with pytest.raises(RuntimeError, match=r"Plugin protobuf:9\.9\.9 was not found"):
        pact_ffi.using_plugin_with_delay(pact, "protobuf", "9.9.9", 0)


def test_installed_plugin_still_cannot_be_started(pact: pact_ffi.PactHandle, plugin_dir: Path) -> None:
    home = _install(plugin_dir, "protobuf", "0.3.0")
    _install(plugin_dir, "csv", "1.0.0")
    with pytest.raises(RuntimeError) as error:
        pact_ffi.using_plugin_with_delay(pact, "protobuf", "0.3", 0)
    message = str(error.value)
    assert "Plugin protobuf:0.3.0 is installed in" in message
    assert str(home) in message
    assert "no plugin driver" in message


def test_missing_plugin_directory(pact: pact_ffi.PactHandle, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PACT_PLUGIN_DIR", str(tmp_path / "absent"))
    with pytest.raises(RuntimeError, match=r"plugin directory \".*absent\" does not exist"):
        pact_ffi.using_plugin_with_delay(pact, "csv", None, 0)


def test_home_plugin_directory_without_pact_plugin_dir(
    pact: pact_ffi.PactHandle, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("PACT_PLUGIN_DIR", raising=False)
    monkeypatch.setenv("HOME", str(tmp_path))
    _install(tmp_path / ".pact" / "plugins", "csv", "1.0.0")
    with pytest.raises(RuntimeError, match=r"Plugin csv:1\.0\.0 is installed in"):
        pact_ffi.using_plugin_with_delay(pact, "csv", None, 0)


def test_failed_load_leaves_the_pact_unchanged(pact: pact_ffi.PactHandle, plugin_dir: Path, tmp_path: Path) -> None:
    _install(plugin_dir, "protobuf", "0.3.0")
    pact_ffi.with_specification(pact, pact_ffi.PactSpecification.V4)
    before = _pact_json(pact, tmp_path / "before")
    with pytest.raises(RuntimeError):
        pact_ffi.using_plugin_with_delay(pact, "protobuf", None, 0)
    after = _pact_json(pact, tmp_path / "after")
    assert "plugins" not in after["metadata"]
    assert after == before
    # The handle is still usable.
    pact_ffi.upon_receiving(pact_ffi.new_interaction(pact, "a request"), "a request")


def test_the_delay_is_honoured(pact: pact_ffi.PactHandle, plugin_dir: Path) -> None:
    start = time.monotonic()
    with pytest.raises(RuntimeError):
        pact_ffi.using_plugin_with_delay(pact, "csv", None, 300)
    assert time.monotonic() - start >= 0.3
    start = time.monotonic()
    with pytest.raises(RuntimeError, match="Failed to load the plugin csv: Could not load plugin"):
        pact_ffi.using_plugin(pact, "csv", None)
    assert time.monotonic() - start >= 0.5  # the reference's fixed delay


def test_c_codes(pact: pact_ffi.PactHandle, plugin_dir: Path) -> None:
    ref = pact._ref  # noqa: SLF001
    start = time.monotonic()
    assert lib.pactffi_using_plugin_with_delay(ref, ffi.NULL, ffi.NULL, 10_000) == 1
    assert time.monotonic() - start < 5  # no wait without a name
    assert pact_ffi.get_error_message() == "plugin_name is null"
    # The plugin is looked up before the handle, as in the reference.
    assert lib.pactffi_using_plugin_with_delay(0xFFFF, b"csv", b"", 0) == 2
    message = pact_ffi.get_error_message()
    assert message is not None
    assert message.startswith("Could not load plugin - Plugin csv:* was not found")
    assert lib.pactffi_using_plugin(ref, ffi.NULL, ffi.NULL) == 1
    assert pact_ffi.get_error_message() == "plugin_name is null"


def test_cleanup_plugins_is_harmless(pact: pact_ffi.PactHandle, tmp_path: Path) -> None:
    pact_ffi.new_interaction(pact, "a request")
    before = _pact_json(pact, tmp_path / "before")
    pact_ffi.cleanup_plugins(pact)
    pact_ffi.cleanup_plugins(pact)
    assert _pact_json(pact, tmp_path / "after") == before
    assert pact_ffi.get_error_message() is None
    lib.pactffi_cleanup_plugins(0xFFFF)  # an unknown handle: nothing either
    assert pact_ffi.get_error_message() is None


def test_argument_types(pact: pact_ffi.PactHandle) -> None:
    with pytest.raises(TypeError, match="pact must be a PactHandle"):
        pact_ffi.cleanup_plugins(1)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="pact must be a PactHandle"):
        pact_ffi.using_plugin(1, "csv", None)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="plugin_name must be a str"):
        pact_ffi.using_plugin_with_delay(pact, None, None, 0)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="plugin_version must be a str"):
        pact_ffi.using_plugin(pact, "csv", 1)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="completion_delay must be a non-negative int"):
        pact_ffi.using_plugin_with_delay(pact, "csv", None, -1)
    with pytest.raises(ValueError, match="completion_delay must be at most"):
        pact_ffi.using_plugin_with_delay(pact, "csv", None, 2**64)
    with pytest.raises(TypeError, match="completion_delay must be an int"):
        pact_ffi.using_plugin_with_delay(pact, "csv", None, 1.5)  # type: ignore[arg-type]


class _FakeLib:
    """Stands in for the library to reach the codes it cannot return here."""

    def __init__(self, code: int) -> None:
        self.code = code

    def pactffi_using_plugin(self, *_: object) -> int:
        return self.code


@pytest.mark.parametrize(
    ("code", "expected"),
    [
        (1, "A general panic was caught"),
        (3, r"The Pact handle PactHandle\(\d+\) is invalid\."),
        (7, "There was an unknown error loading the plugin csv."),
    ],
)
def test_other_codes(pact: pact_ffi.PactHandle, monkeypatch: pytest.MonkeyPatch, code: int, expected: str) -> None:
    monkeypatch.setattr(pact_ffi._plugins, "lib", _FakeLib(code))  # noqa: SLF001
    with pytest.raises(RuntimeError, match=expected):
        pact_ffi.using_plugin(pact, "csv", None)


def test_plugin_contents_need_a_plugin(pact: pact_ffi.PactHandle, tmp_path: Path) -> None:
    message = pact_ffi.new_message_interaction(pact, "a message")
    pact_ffi.with_specification(pact, pact_ffi.PactSpecification.V4)
    before = _pact_json(pact, tmp_path / "before")
    with pytest.raises(RuntimeError, match="The plugin returned an error: .*application/protobuf"):
        pact_ffi.interaction_contents(message, InteractionPart.REQUEST, "application/protobuf", '{"pact:proto": "a.proto"}')
    assert _pact_json(pact, tmp_path / "after") == before


def test_failure_is_logged_at_error_level(tmp_path: Path) -> None:
    # In a child process: configuring the logger is process-wide.
    script = """
import pact_ffi
pact_ffi.log_to_buffer("error")
try:
    pact_ffi.using_plugin_with_delay(pact_ffi.new_pact("c", "p"), "csv", None, 0)
except RuntimeError:
    pass
print(pact_ffi.fetch_log_buffer("global"))
"""
    env = {**os.environ, "PACT_PLUGIN_DIR": str(tmp_path / "absent")}
    result = subprocess.run(  # noqa: S603 - our own interpreter
        [sys.executable, "-c", script], env=env, capture_output=True, text=True, timeout=60, check=True
    )
    assert " ERROR " in result.stdout
    assert "pact_ffi::plugins: Could not load plugin - Plugin csv:* was not found" in result.stdout
