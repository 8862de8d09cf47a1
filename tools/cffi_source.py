"""Generate the C source of the cffi extension ``pact_ffi.ffi`` (API mode).

The ``cdef`` is derived from ``include/pact.h`` at build time (CONVENTIONS.md
§3.1), so there is no second, hand-maintained copy of the declarations: the
header's preprocessor lines and ``#ifdef __cplusplus`` blocks are dropped, and
everything else is handed to cffi as is.

Usage: python cffi_source.py <pact.h> <output.c>
"""

from __future__ import annotations

import sys
from pathlib import Path

import cffi


def cdef_from_header(text: str) -> str:
    """Return the declarations of ``pact.h`` without preprocessor lines.

    Args:
        text: The header's text.

    Returns:
        The text cffi's ``cdef`` accepts.
    """
    out: list[str] = []
    skipping = 0
    for line in text.splitlines():
        stripped = line.strip()
        if stripped.startswith("#ifdef __cplusplus"):
            skipping += 1
            continue
        if skipping:
            if stripped.startswith("#endif"):
                skipping -= 1
            continue
        if stripped.startswith("#"):
            continue
        out.append(line)
    return "\n".join(out)


def main(header: Path, output: Path) -> None:
    """Write the extension's C source for ``header`` to ``output``."""
    builder = cffi.FFI()
    builder.cdef(cdef_from_header(header.read_text(encoding="utf-8")))
    builder.set_source("pact_ffi.ffi", '#include "pact.h"')
    builder.emit_c_code(str(output))


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]))
