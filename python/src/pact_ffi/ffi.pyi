"""Types of the compiled cffi extension ``pact_ffi.ffi``.

The extension is generated from ``include/pact.h`` at build time (cffi's API
mode), so it has no Python source to read types from. ``ffi`` is the
module's ``_cffi_backend.FFI`` (typed by types-cffi). ``lib`` holds one
attribute per C function and enum constant of pact.h, whose C types cffi
only knows at run time, so each attribute is ``Any``.
"""

from typing import Any

import _cffi_backend

class _Lib:
    """``lib``: the C functions (``lib.pactffi_*``) and enum constants of pact.h."""

    def __getattr__(self, name: str) -> Any: ...  # noqa: ANN401

ffi: _cffi_backend.FFI
lib: _Lib
