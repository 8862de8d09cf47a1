#!/usr/bin/env bash
# Runs every test suite against one build directory: the C++ suites through
# CTest (unit, conformance), the C header check, then pytest over the Python
# package in the build tree. With SANITIZE=1 the Python run preloads the
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
