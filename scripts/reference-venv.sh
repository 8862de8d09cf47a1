#!/usr/bin/env bash
# Creates build/venv-reference with the reference library (pact-python-ffi,
# libpact_ffi 0.5.12) for the differential tests. The product never uses it.
# Prints the interpreter's path; exits non-zero when it cannot be installed.
set -euo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
venv="$top/build/venv-reference"
py=${PYTHON:-python3}
mkdir -p "$top/build"
# Test workers may ask at the same time: one creates, the others wait.
exec 9>"$top/build/.venv-reference.lock"
flock 9
if [ ! -x "$venv/bin/python" ] || ! "$venv/bin/python" -c "import pact_ffi" 2>/dev/null; then
  rm -rf "$venv"
  "$py" -m venv "$venv" >&2
  "$venv/bin/python" -m pip install -q "pact-python-ffi==0.5.12.1" >&2
fi
echo "$venv/bin/python"
