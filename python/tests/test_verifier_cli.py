"""The pact-verifier command line: the bundled executable, its console script,
and the legacy pactffi_verify / pactffi_verifier_cli_args (verifier.md §14)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

import pact_ffi
from pact_ffi import _cli
from pact_ffi.ffi import ffi, lib  # type: ignore[import-not-found]

ENV_NAMES = [
    "PACT_VERIFIER_JSON_REPORT", "PACT_VERIFIER_JUNIT_REPORT", "PACT_VERIFIER_HTML_REPORT", "PACT_BROKER_BASE_URL",
    "PACT_WEBHOOK_CALLBACK_URL", "PACT_BROKER_USERNAME", "PACT_BROKER_PASSWORD", "PACT_BROKER_TOKEN",
    "PACT_PROVIDER_HOSTNAME", "PACT_PROVIDER_PORT", "PACT_PROVIDER_TRANSPORT", "PACT_PROVIDER_NAME",
    "PACT_PROVIDER_BASE_PATH", "PACT_PROVIDER_REQUEST_TIMEOUT", "PACT_PROVIDER_STATE_CHANGE_URL",
    "PACT_PROVIDER_STATE_CHANGE_AS_QUERY", "PACT_PROVIDER_STATE_CHANGE_TEARDOWN", "PACT_DESCRIPTION",
    "PACT_PROVIDER_STATE", "PACT_PROVIDER_NO_STATE", "PACT_BROKER_HTTP_RETRIES",
]


@pytest.fixture(autouse=True)
def clean_environment(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """No PACT_* variable of the caller changes what the parser sees."""
    for name in ENV_NAMES:
        monkeypatch.delenv(name, raising=False)
    yield


def child_environment() -> dict[str, str]:
    """This process's environment without the PACT_* variables."""
    return {k: v for k, v in os.environ.items() if k not in ENV_NAMES}


def run_verifier(*args: str) -> subprocess.CompletedProcess[str]:
    """Run the bundled executable."""
    return subprocess.run(  # noqa: S603 - the package's own binary
        [str(_cli.verifier_executable()), *args], capture_output=True, text=True, timeout=60, env=child_environment(),
        check=False,
    )


def verify(*args: str) -> int:
    """pactffi_verify with one argument per line."""
    return lib.pactffi_verify("\n".join(args).encode())


def test_executable_is_bundled_in_the_package() -> None:
    executable = _cli.verifier_executable()
    assert executable.parent.parent == Path(pact_ffi.__file__).absolute().parent
    assert os.access(executable, os.X_OK)


def test_help() -> None:
    result = run_verifier("--help")
    assert result.returncode == 0
    assert result.stdout.startswith("Standalone pact verifier for provider pact verification\n\nUsage: pact-verifier")
    assert "  -b, --broker-url <broker-url>\n" in result.stdout
    assert "[env: PACT_BROKER_HTTP_RETRIES=] [default: 8]" in result.stdout
    assert result.stderr == ""


def test_no_arguments_prints_the_help_and_fails() -> None:
    result = run_verifier()
    assert result.returncode == 2
    assert result.stdout == ""
    assert result.stderr.startswith("Standalone pact verifier")


def test_bad_arguments_exit_2_with_usage() -> None:
    result = run_verifier("-f", "pact.json", "--bogus")
    assert result.returncode == 2
    assert result.stderr.startswith("error: The following argument was not expected: --bogus\n")
    assert "Usage: pact-verifier [OPTIONS]" in result.stderr


def test_bad_header_exits_3() -> None:
    result = run_verifier("-f", "pact.json", "--header", "no-equals")
    assert result.returncode == 3
    assert "KEY=VALUE" in result.stderr


def test_run_writes_the_json_report(tmp_path: Path) -> None:
    (tmp_path / "pacts").mkdir()
    report = tmp_path / "report.json"
    result = run_verifier("--dir", str(tmp_path / "pacts"), "--json", str(report))
    assert result.returncode == 0, result.stderr
    assert json.loads(report.read_text())["result"] is True


def test_missing_pact_fails_with_1(tmp_path: Path) -> None:
    result = run_verifier("-f", str(tmp_path / "missing.json"), "--no-colour")
    assert result.returncode == 1
    assert "Failed to load pact" in result.stdout


def test_console_script_execs_the_binary() -> None:
    result = subprocess.run(  # noqa: S603
        [sys.executable, "-c", "from pact_ffi._cli import main; main()", "--version"],
        capture_output=True, text=True, timeout=60, env=child_environment(), check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("pact verifier version   : v")


def test_console_script_without_the_binary(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(_cli, "verifier_executable", lambda: tmp_path / "bin" / "pact-verifier")
    with pytest.raises(FileNotFoundError, match="pact-verifier is not installed"):
        _cli.main(["--help"])


def test_verify_null_args_is_2() -> None:
    assert lib.pactffi_verify(ffi.NULL) == 2
    assert pact_ffi.get_error_message() == "args is null"


def test_verify_invalid_arguments_is_4() -> None:
    assert verify("-f", "pact.json", "--bogus") == 4
    assert "--bogus" in (pact_ffi.get_error_message() or "")
    assert verify("-n", "provider") == 4
    assert "--file" in (pact_ffi.get_error_message() or "")
    assert verify("-b", "http://broker", "-n", "p", "--publish") == 4
    assert verify("-b", "http://broker", "-n", "p", "--consumer-version-selectors", "{bad json") == 4
    assert verify("-f", "pact.json", "--transports", "http") == 4
    assert verify("") == 4
    assert verify("--help") == 4


def test_verify_malformed_header_is_3() -> None:
    assert verify("-f", "pact.json", "--header", "no-equals") == 3
    assert "KEY=VALUE" in (pact_ffi.get_error_message() or "")


def test_verify_runs(tmp_path: Path, capfd: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "pacts").mkdir()
    assert verify("--dir", str(tmp_path / "pacts")) == 0
    # One argument per line; a final line break adds no empty argument.
    assert lib.pactffi_verify(f"-f\r\n{tmp_path / 'missing.json'}\n--no-colour\n".encode()) == 1
    assert "Failed to load pact" in capfd.readouterr().out


def test_verifier_cli_args() -> None:
    ptr = lib.pactffi_verifier_cli_args()
    assert ptr != ffi.NULL
    try:
        document = json.loads(ffi.string(ptr).decode())
    finally:
        lib.pactffi_string_delete(ffi.cast("char *", ptr))
    assert set(document) == {"options", "flags"}
    options = {entry["long"]: entry for entry in document["options"]}
    flags = {entry["long"]: entry for entry in document["flags"]}
    assert options["loglevel"] == {
        "long": "loglevel",
        "short": "l",
        "help": "Log level to emit log events at (defaults to warn)",
        "possible_values": ["error", "warn", "info", "debug", "trace", "none"],
        "multiple": False,
    }
    assert options["file"]["multiple"] is True
    assert options["broker-url"]["env"] == "PACT_BROKER_BASE_URL"
    assert options["transport"]["default_value"] == "http"
    assert flags["publish"] == {
        "long": "publish",
        "help": "Enables publishing of verification results back to the Pact Broker. Requires the broker-url and "
        "provider-version parameters.",
        "multiple": False,
    }
    assert "help" not in flags
    assert "version" not in flags
