#!/usr/bin/env bash
# Runs every test suite against one build directory: the C++ suites through
# CTest (unit, conformance), the C header check, then pytest over the Python
# package in the build tree, and last pact-python 4.2 (from PyPI) running on
# our package (tests/pact_python). With SANITIZE=1 the Python runs preload the
# sanitizer runtime so the C++ code under Python is checked too.
set -euo pipefail
build=$(cd "${1:-build}" && pwd)
py=${PYTHON:-python3}
jobs=$(nproc)
top=$(cd "$(dirname "$0")/.." && pwd)

echo "== C++ suites (ctest) =="
ctest --test-dir "$build" --output-on-failure -j "$jobs"

echo "== C header (C99, -pedantic -Werror) =="
[ "${SANITIZE:-0}" = 1 ] && export CFLAGS="-fsanitize=address,undefined"
bash "$top/tests/abi/check_header.sh" "$build"

echo "== ABI lists: pact.h, exported symbols, reference, guarded definitions =="
"$py" "$top/tools/check_abi.py" "$build/src/ffi/libpact_ffi.so" "$top/../shared/reference"

if [ "${SANITIZE:-0}" != 1 ]; then
  echo "== pip install . into a fresh venv =="
  bash "$top/scripts/check-wheel.sh"
fi

echo "== Python suites (pytest) =="
export PYTHONPATH="$build/python"
if [ "${SANITIZE:-0}" = 1 ]; then
  asan=$(gcc -print-file-name=libasan.so)
  ubsan=$(gcc -print-file-name=libubsan.so)
  # CPython itself is not built with ASan; leaks of the interpreter are not ours.
  export LD_PRELOAD="$asan $ubsan"
  export ASAN_OPTIONS=detect_leaks=0:abort_on_error=1
  export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
fi
"$py" -m pytest -q -n "$jobs" -p no:cacheprovider "$top/python/tests" "$top/tests/differential" \
  "$top/tests/compatibility" "$top/tests/conformance"

echo "== pact-python 4.2 unchanged on our pact_ffi (tests/pact_python) =="
# pact-python from PyPI without its reference FFI (pact-python-ffi), so its
# `import pact_ffi` finds ours. Normally on the package `pip install .` put
# into check-wheel.sh's venv; under the sanitizers on this build's tree.
if [ "${SANITIZE:-0}" != 1 ]; then
  pp_venv="$top/build/venv-wheel"
  pp_pythonpath=""
  pp_expect=$("$pp_venv/bin/python" -c 'import sysconfig; print(sysconfig.get_paths()["platlib"])')
  pp_preload=""
else
  pp_venv="$top/build/venv-pact-python"
  pp_pythonpath="$build/python"
  pp_expect="$build/python"
  pp_preload="${LD_PRELOAD:-}"
fi
pp_py=$(env -u LD_PRELOAD -u PYTHONPATH bash "$top/scripts/pact-python-venv.sh" "$pp_venv")
pp_env=(env -u LD_PRELOAD -u PYTHONPATH PACT_PYTHON_REQUIRED=1 PACT_PYTHON_EXPECT_PACT_FFI="$pp_expect")
if [ -n "$pp_pythonpath" ]; then pp_env+=(PYTHONPATH="$pp_pythonpath"); fi
if [ -n "$pp_preload" ]; then pp_env+=(LD_PRELOAD="$pp_preload"); fi
"${pp_env[@]}" "$pp_py" -c 'import importlib.metadata as m, pathlib, pact_ffi
print("pact-python", m.version("pact-python"), "on pact_ffi at", pathlib.Path(pact_ffi.__file__).parent.resolve())'
# A module that cannot import pact is reported, and the others still run.
"${pp_env[@]}" "$pp_py" -m pytest -q -p no:cacheprovider --continue-on-collection-errors "$top/tests/pact_python"
