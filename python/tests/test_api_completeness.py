"""The Python module is complete: pact-python's names, none of them a stub.

* every name of ../shared/reference/python-api-functions.txt (pact-python's
  ``pact_ffi``) is a callable of ``pact_ffi``;
* no public function raises ``NotImplementedError``: a probe calls each one
  with plausible (sometimes invalid) arguments, in a child process because
  the calls change process-wide state (logging, mock servers, callbacks);
* the package's source never mentions ``NotImplementedError``;
* the raw C functions are reachable as pact-python's module offers them:
  ``from pact_ffi.ffi import ffi, lib``.

Run as a script (``python test_api_completeness.py <out.json>``) this file is
the probe itself.
"""

from __future__ import annotations

import enum
import importlib
import inspect
import itertools
import json
import os
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pact_ffi

_REFERENCE = Path(__file__).resolve().parents[3] / "shared" / "reference" / "python-api-functions.txt"
_PACKAGE_DIR = Path(pact_ffi.__file__).resolve().parent


def _reference_names() -> list[str]:
    lines = _REFERENCE.read_text(encoding="utf-8").splitlines()
    return [line.strip() for line in lines if line.strip() and not line.lstrip().startswith("#")]


def _public_functions() -> dict[str, Callable[..., Any]]:
    return {name: obj for name in pact_ffi.__all__ if inspect.isfunction(obj := getattr(pact_ffi, name))}


# ---- the tests -----------------------------------------------------------------


def test_reference_list_is_the_published_one() -> None:
    names = _reference_names()
    assert len(names) == 242
    assert len(set(names)) == len(names)


def test_every_reference_name_exists() -> None:
    missing = [name for name in _reference_names() if not hasattr(pact_ffi, name)]
    assert missing == [], f"{len(missing)} names of pact-python's pact_ffi are missing: {missing}"


def test_every_reference_name_is_public_and_callable() -> None:
    names = [name for name in _reference_names() if hasattr(pact_ffi, name)]
    assert [name for name in names if name not in pact_ffi.__all__] == []
    assert [name for name in names if not callable(getattr(pact_ffi, name))] == []


def test_source_never_raises_not_implemented() -> None:
    sources = sorted(_PACKAGE_DIR.glob("*.py"))
    assert len(sources) > 10, f"package sources not found in {_PACKAGE_DIR}"
    offenders = [path.name for path in sources if "NotImplementedError" in path.read_text(encoding="utf-8")]
    assert offenders == []


def test_no_public_function_raises_not_implemented(tmp_path: Path) -> None:
    out = tmp_path / "probe.json"
    work = tmp_path / "work"
    work.mkdir()
    # The probe runs in another directory: find pact_ffi where this process did.
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(Path(pact_ffi.__file__).absolute().parent.parent), os.environ.get("PYTHONPATH", "")])}
    result = subprocess.run(  # noqa: S603 - our own interpreter and file
        [sys.executable, __file__, str(out)],
        cwd=work,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, f"the probe failed:\n{result.stdout[-3000:]}\n{result.stderr[-3000:]}"
    report = json.loads(out.read_text(encoding="utf-8"))
    functions = _public_functions()
    # Every public function was called, and the probe reached real code:
    # most calls succeed with its arguments.
    assert sorted(report["called"]) == sorted(functions)
    assert len(report["succeeded"]) > len(functions) // 2, report["failures"]
    assert report["not_implemented"] == []


def test_raw_c_functions_as_pact_python_offers_them() -> None:
    from pact_ffi.ffi import ffi, lib  # noqa: PLC0415 - the import under test

    extension = importlib.import_module("pact_ffi.ffi")
    assert extension.lib is lib
    assert extension.ffi is ffi
    # The package re-exports the same objects.
    assert pact_ffi.lib is lib
    assert pact_ffi.ffi is ffi
    version = ffi.string(lib.pactffi_version()).decode("utf-8")
    assert version == pact_ffi.version()
    ref = lib.pactffi_new_pact(b"raw-consumer", b"raw-provider")
    assert lib.pactffi_free_pact_handle(ref) == 0
    assert lib.pactffi_free_pact_handle(ref) == 1
    # Enum constants are there too.
    assert lib.InteractionPart_Response == pact_ffi.InteractionPart.RESPONSE.value


# ---- the probe (run in a child process) -------------------------------------------

#: Strings by parameter name (substring match, first hit wins).
_STRINGS: list[tuple[str, str]] = [
    ("url", "http://127.0.0.1:1/"),
    ("addr", "127.0.0.1"),
    ("host", "127.0.0.1"),
    ("content_type", "application/json"),
    ("transport_config", "{}"),
    ("transport", "http"),
    ("protocol", "http"),
    ("scheme", "http"),
    ("regex", ".*"),
    ("format", "yyyy-MM-dd"),
    ("expression", "matching(type, 1)"),
    ("sink", "buffer"),
    ("level", "info"),
    ("version", "1.0.0"),
    ("method", "GET"),
    ("status", "200"),
    ("path", "/"),
    ("json", "{}"),
    ("contents", "{}"),
    ("body", "{}"),
    ("rules", "{}"),
    ("generators", "{}"),
    ("params", "{}"),
    ("value", "x"),
]
#: Integers by parameter name.
_INTS: list[tuple[str, int]] = [("status", 200), ("timeout", 1000), ("length", 64), ("port", 0)]
#: Functions that change or free their arguments run last in each round.
_DESTRUCTIVE = ("delete", "free", "cleanup", "shutdown", "close", "_next", "execute", "verify")


class _Probe:
    def __init__(self, work: Path) -> None:
        self.work = work
        self.pool: dict[str, list[Any]] = {}
        self.called: set[str] = set()
        self.succeeded: set[str] = set()
        self.failures: dict[str, str] = {}
        self.not_implemented: dict[str, str] = {}

    def keep(self, value: Any) -> None:  # noqa: ANN401
        if isinstance(value, (str, bytes, int, float, bool, type(None), dict, list)):
            return
        if inspect.isgenerator(value) or isinstance(value, Iterator):
            name = type(value).__name__
            if name != "generator":
                self.pool.setdefault(name, []).append(value)
            for item in itertools.islice(value, 3):
                self.keep(item)
            return
        self.pool.setdefault(type(value).__name__, []).append(value)

    def _string(self, name: str) -> str:
        if name in ("directory", "dir") or name.endswith("_dir"):
            return str(self.work)
        if name in ("file", "file_name") or name.endswith("_file"):
            return str(self.work / "x.json")
        return next((text for key, text in _STRINGS if key in name), "x")

    def _value(self, name: str, annotation: str) -> Any:  # noqa: ANN401, C901, PLR0911
        options = [option.strip() for option in annotation.split("|")]
        for option in options:
            base = option.split("[")[0]
            live = [obj for obj in self.pool.get(base, []) if getattr(obj, "_ptr", True) is not None]
            if live:
                return live[-1]
            member_type = getattr(pact_ffi, base, None)
            if inspect.isclass(member_type) and issubclass(member_type, enum.Enum):
                return next(iter(member_type))
            if base == "str":
                return self._string(name)
            if base in ("int", "float"):
                number = next((n for key, n in _INTS if key in name), 0)
                return float(number) if base == "float" else number
            if base == "bool":
                return False
            if base in ("bytes", "bytearray"):
                return b"{}"
            if base == "Path":
                return self.work
            if base in ("list", "Collection", "Sequence", "Iterable"):
                return ["x"]
            if base == "dict":
                return {}
            if base == "Callable":
                return lambda *_args, **_kwargs: None
        return None

    def call(self, name: str, function: Callable[..., Any]) -> None:
        args: list[Any] = []
        kwargs: dict[str, Any] = {}
        for param in inspect.signature(function).parameters.values():
            if param.kind in (param.VAR_POSITIONAL, param.VAR_KEYWORD):
                continue
            value = self._value(param.name, str(param.annotation))
            if param.kind is param.KEYWORD_ONLY:
                kwargs[param.name] = value
            else:
                args.append(value)
        self.called.add(name)
        try:
            self.keep(function(*args, **kwargs))
            self.succeeded.add(name)
            self.failures.pop(name, None)
        except NotImplementedError as error:
            self.not_implemented[name] = repr(error)
        except (Exception, SystemExit) as error:  # noqa: BLE001 - any other outcome is fine
            if name not in self.succeeded:
                self.failures[name] = f"{type(error).__name__}: {error}"[:200]

    def run(self, functions: dict[str, Callable[..., Any]]) -> None:
        # Seed a pact with an interaction, then call everything that only
        # reads or adds twice (the first round fills the pool with the
        # objects the second needs), and what frees or consumes last.
        self.keep(pact_ffi.new_pact("probe-consumer", "probe-provider"))
        self.keep(pact_ffi.new_interaction(self.pool["PactHandle"][-1], "a request"))
        destructive = {name for name in functions if any(word in name for word in _DESTRUCTIVE)}
        rounds = [sorted(set(functions) - destructive)] * 2 + [sorted(destructive)]
        for names in rounds:
            for name in names:
                print(f"probe: {name}", file=sys.stderr, flush=True)  # a hang shows where
                self.call(name, functions[name])


def _probe(out: Path) -> None:
    probe = _Probe(Path.cwd())
    probe.run(_public_functions())
    report = {
        "called": sorted(probe.called),
        "succeeded": sorted(probe.succeeded),
        "failures": probe.failures,
        "not_implemented": sorted(probe.not_implemented),
        "details": probe.not_implemented,
    }
    out.write_text(json.dumps(report, indent=2), encoding="utf-8")


if __name__ == "__main__":
    _probe(Path(sys.argv[1]))
