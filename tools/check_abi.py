"""Keep the ABI lists equal (CONVENTIONS.md §1.10).

Checks that
  1. every function declared in include/pact.h is exported by the built
     library, and the library exports nothing else;
  2. every declared function is a reference function (ffi-functions.tsv, or
     one of the legacy functions this project keeps), with the same return
     type and parameter types;
  3. every definition in src/ffi is a PACT_FFI_EXPORT whose body runs in the
     guard (`guarded(` / `guarded_void(`), or is one of the few functions
     that cannot fail.

Usage: python check_abi.py <libpact_ffi.so> <reference dir>
Prints "N passed, M failed" and exits non-zero on any failure.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

TOP = Path(__file__).resolve().parent.parent
LEGACY = {"pactffi_create_mock_server", "pactffi_create_mock_server_for_pact", "pactffi_verify", "pactffi_verifier_cli_args"}
# Functions whose whole body cannot throw: a static string and NULL-safe frees.
UNGUARDED = {"pactffi_version", "pactffi_string_delete", "pactffi_free_string"}

DECL = re.compile(r"^([A-Za-z_][\w\s\*]*?\**)\s*\b(pactffi_\w+)\s*\(([^)]*)\)\s*;", re.M)


def normalise(c_type: str) -> str:
    c_type = re.sub(r"\s+", " ", c_type.replace("*", " * ")).strip()
    c_type = c_type.replace(" *", "*").replace("* ", "*")
    return {"unsigned short": "unsigned short", "uint16_t": "unsigned short"}.get(c_type, c_type)


def header_declarations(text: str) -> dict[str, tuple[str, list[str]]]:
    text = re.sub(r"/\*.*?\*/", "", text, flags=re.S)
    out = {}
    for ret, name, params in DECL.findall(text):
        types = [] if params.strip() in ("", "void") else [normalise(re.sub(r"\b\w+\s*$", "", p)) for p in params.split(",")]
        out[name] = (normalise(ret), types)
    return out


def reference(ref_dir: Path) -> dict[str, tuple[str, list[str]]]:
    rows = (ref_dir / "ffi-functions.tsv").read_text().splitlines()[1:]
    out = {}
    for row in rows:
        cols = row.split("\t")
        params = [normalise(p.strip().rsplit(" ", 1)[0]) for p in cols[2].split(";") if p.strip()]
        out[cols[0]] = (normalise(cols[1]), params)
    return out


def main(lib: Path, ref_dir: Path) -> int:
    passed = failed = 0

    def check(ok: bool, what: str) -> None:
        nonlocal passed, failed
        if ok:
            passed += 1
        else:
            failed += 1
            print(f"FAILED: {what}")

    declared = header_declarations((TOP / "include" / "pact.h").read_text())
    nm = subprocess.run(["nm", "-D", "--defined-only", str(lib)], capture_output=True, text=True, check=True).stdout
    exported = {line.split()[-1] for line in nm.splitlines() if line.strip()}
    exported -= {"_init", "_fini"}
    check(set(declared) == exported, f"declared == exported (only declared: {sorted(set(declared) - exported)}, only exported: {sorted(exported - set(declared))})")

    ref = reference(ref_dir)
    for name, (ret, params) in sorted(declared.items()):
        if name in LEGACY:
            continue
        check(name in ref, f"{name} is a reference function")
        if name in ref:
            check(ref[name] == (ret, params), f"{name} signature {ret}({', '.join(params)}) == reference {ref[name][0]}({', '.join(ref[name][1])})")

    sources = "\n".join(p.read_text() for p in sorted((TOP / "src" / "ffi").glob("*.cpp")))
    # Each definition runs from its PACT_FFI_EXPORT to the next one.
    chunks = sources.split("PACT_FFI_EXPORT")[1:]
    definitions = []
    for chunk in chunks:
        match = re.match(r"[^{;(]*?\b(pactffi_\w+)\s*\(", chunk)
        if match:
            definitions.append((match.group(1), chunk))
    defined = {name for name, _ in definitions}
    check(defined == set(declared), f"defined == declared (missing: {sorted(set(declared) - defined)})")
    for name, body in definitions:
        if name not in UNGUARDED:
            check(re.search(r"\bguarded(_void)?\s*[<(]", body) is not None, f"{name} runs in the guard")

    print(f"{passed} passed, {failed} failed")
    return 0 if failed == 0 else 1


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]), Path(sys.argv[2])))
