"""The module pact-python imports as `pact_ffi` is ours, not the reference's.

pact-python 4.2 declares `pact-python-ffi` (the reference library wrapped by
the Pact Foundation) as its FFI. Here it is installed without it, and its
`import pact_ffi` must find our package, which must load our libpact_ffi.so.
scripts/run-tests.sh sets PACT_PYTHON_EXPECT_PACT_FFI to the directory our
package is expected in (the venv's site-packages after `pip install .`, or
<build>/python for a dev build).
"""

from __future__ import annotations

import importlib.metadata
import os
import sys
from pathlib import Path

import pytest

import pact
import pact_ffi


def _package_dir() -> Path:
    # The directory, resolved; not the file: in a dev build tree the package's
    # .py files are symlinks into python/src.
    return Path(pact_ffi.__file__).parent.resolve()


def _loaded_libraries() -> set[str]:
    with open("/proc/self/maps", encoding="utf-8") as maps:
        return {line.split()[-1] for line in maps if "libpact_ffi" in line}


def test_pact_python_is_the_4_2_series_from_its_distribution() -> None:
    version = importlib.metadata.version("pact-python")
    assert version.startswith("4.2."), version
    assert pact.__version__ == version
    # pact's own code is the installed distribution, not a copy in this repo.
    distribution = importlib.metadata.distribution("pact-python")
    assert any(str(f) == "pact/pact.py" for f in distribution.files or [])
    assert Path(pact.__file__).resolve() == Path(str(distribution.locate_file("pact/__init__.py"))).resolve()


def test_the_reference_ffi_distribution_is_not_installed() -> None:
    with pytest.raises(importlib.metadata.PackageNotFoundError):
        importlib.metadata.distribution("pact-python-ffi")
    owners = importlib.metadata.packages_distributions().get("pact_ffi", [])
    assert "pact-python-ffi" not in owners
    # Installed with pip, the module belongs to our distribution; from a dev
    # build on PYTHONPATH it belongs to none.
    assert set(owners) <= {"pact-ffi-cpp"}, owners


def test_pact_ffi_resolves_to_our_package() -> None:
    package = _package_dir()
    expected = os.environ.get("PACT_PYTHON_EXPECT_PACT_FFI")
    if expected is not None:
        assert package == Path(expected).resolve() / "pact_ffi"
    # Our package's layout: the library inside the package and the private
    # wrapper modules; the reference keeps its library in pact_python_ffi.libs.
    assert (package / "libpact_ffi.so").exists()
    assert (package / "_native.py").is_file()
    assert not any(part.startswith("pact_python_ffi") for part in package.parts)
    assert sys.modules["pact_ffi"] is pact_ffi


def test_pact_python_modules_use_our_module() -> None:
    import pact.pact  # noqa: PLC0415 - loads pact's FFI users (and its logging set-up)
    import pact.verifier  # noqa: PLC0415

    assert pact.pact.pact_ffi is pact_ffi
    assert pact.verifier.pact_ffi is pact_ffi


def test_our_library_is_the_only_libpact_ffi_loaded() -> None:
    import pact_ffi.ffi  # noqa: PLC0415 - the compiled module that loads the library

    pact_ffi.version()
    ours = str((_package_dir() / "libpact_ffi.so").resolve())
    assert _loaded_libraries() == {ours}
    assert pact_ffi.version() == "0.5.12"
