"""The package's type hints: mypy --strict passes on it, and clients are checked.

The package ships ``py.typed`` and ``ffi.pyi`` (the types of the compiled
cffi extension); scripts/check-wheel.sh checks that a pip-installed copy
carries both. These tests need mypy (and types-cffi), which
scripts/install-deps.sh installs.
"""

from __future__ import annotations

import ast
import importlib
import importlib.util
import os
import subprocess
import sys
from pathlib import Path

import pytest

_TOP = Path(__file__).resolve().parents[2]
_PACKAGE = _TOP / "python" / "src" / "pact_ffi"

if importlib.util.find_spec("mypy") is None:
    pytest.skip(
        "mypy is not installed (scripts/install-deps.sh installs it); the typing checks cannot run",
        allow_module_level=True,
    )


def _mypy(*args: str, cwd: Path, cache: Path) -> subprocess.CompletedProcess[str]:
    # mypy only reads source, never loads the library: no sanitizer runtime
    # (make test-sanitize preloads one) for its own compiled modules.
    env = {key: value for key, value in os.environ.items() if key != "LD_PRELOAD"}
    env["MYPYPATH"] = str(_PACKAGE.parent)
    return subprocess.run(  # noqa: S603 - our own interpreter
        [sys.executable, "-m", "mypy", "--cache-dir", str(cache), *args],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )


def test_mypy_strict_passes_on_the_package(tmp_path: Path) -> None:
    result = _mypy("--strict", str(_PACKAGE), cwd=_TOP, cache=tmp_path / "cache")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Success: no issues found" in result.stdout


def test_package_ships_its_type_markers() -> None:
    assert (_PACKAGE / "py.typed").is_file()
    assert (_PACKAGE / "ffi.pyi").is_file()


def test_ffi_stub_declares_what_the_extension_has() -> None:
    extension = importlib.import_module("pact_ffi.ffi")
    tree = ast.parse((_PACKAGE / "ffi.pyi").read_text(encoding="utf-8"))
    declared = {
        node.target.id
        for node in tree.body
        if isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name)
    }
    public = {name for name in dir(extension) if not name.startswith("_")}
    assert declared == public == {"ffi", "lib"}
    # ffi is typed as _cffi_backend.FFI: that is what it is at run time.
    import _cffi_backend  # noqa: PLC0415

    assert isinstance(extension.ffi, _cffi_backend.FFI)


_GOOD_CLIENT = """
from pathlib import Path

import pact_ffi
from pact_ffi.ffi import ffi, lib

pact: pact_ffi.PactHandle = pact_ffi.new_pact("consumer", "provider")
interaction: pact_ffi.InteractionHandle = pact_ffi.new_interaction(pact, "a request")
pact_ffi.with_request(interaction, "GET", "/")
pact_ffi.pact_handle_write_file(pact, Path("pacts"), overwrite=True)
version: str = pact_ffi.version()
raw: bytes | str = ffi.string(lib.pactffi_version())
"""

_BAD_CLIENT = """
import pact_ffi

pact = pact_ffi.new_pact(1, "provider")
count: int = pact_ffi.version()
pact_ffi.no_such_function()
"""


def test_clients_are_checked_against_the_hints(tmp_path: Path) -> None:
    (tmp_path / "good.py").write_text(_GOOD_CLIENT, encoding="utf-8")
    (tmp_path / "bad.py").write_text(_BAD_CLIENT, encoding="utf-8")
    # Only the clients' own lines count here: errors inside the package are
    # test_mypy_strict_passes_on_the_package's business.
    good = _mypy("--strict", "good.py", cwd=tmp_path, cache=tmp_path / "cache")
    assert "error" not in good.stderr, good.stderr
    assert [line for line in good.stdout.splitlines() if line.startswith("good.py:")] == [], good.stdout
    bad = _mypy("--strict", "bad.py", cwd=tmp_path, cache=tmp_path / "cache")
    assert bad.returncode == 1, bad.stdout + bad.stderr
    errors = [line for line in bad.stdout.splitlines() if line.startswith("bad.py:")]
    assert any("[arg-type]" in line and ":4:" in line for line in errors), bad.stdout
    assert any("[assignment]" in line and ":5:" in line for line in errors), bad.stdout
    assert any("[attr-defined]" in line and ":6:" in line for line in errors), bad.stdout
