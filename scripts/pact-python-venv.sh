#!/usr/bin/env bash
# Prepares a virtual environment in which pact-python 4.2 (the `pact`
# package, from PyPI) runs on OUR `pact_ffi`, not on the reference library.
#
#   scripts/pact-python-venv.sh [VENV]
#
# VENV defaults to build/venv-pact-python, created here without the system's
# site-packages so nothing but what this script installs is importable; our
# package is then expected on PYTHONPATH (<build>/python, as `make demo` and
# `make test-sanitize` do). `make test` passes build/venv-wheel instead, the
# venv in which scripts/check-wheel.sh has just run `pip install .`, so
# pact-python is tested on the installed package.
#
# pact-python is installed with --no-deps, and then every runtime requirement
# of its metadata except pact-python-ffi (whose module, `pact_ffi`, is ours).
# Idempotent: a venv that already has all of it is left as it is.
# Prints the venv's interpreter; exits non-zero when it cannot be prepared.
set -euo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
venv=${1:-$top/build/venv-pact-python}
py=${PYTHON:-python3}
spec=${PACT_PYTHON_SPEC:-pact-python==4.2.*}
mkdir -p "$top/build"
# Test workers or `make demo` and `make test` may ask at the same time: one
# prepares, the others wait.
exec 9>"$top/build/.venv-pact-python.lock"
flock 9

vpy="$venv/bin/python"
if [ ! -x "$vpy" ]; then
  rm -rf "$venv"
  "$py" -m venv "$venv" >&2
fi

ready() {
  "$vpy" - "$spec" <<'PY' 2>/dev/null
import importlib.metadata as md
import sys

# Only the 4.2 series: the FFI surface pact-python uses changes between minors.
version = md.version("pact-python")
assert version.startswith("4.2."), version
for module in ("pytest", "cffi"):
    __import__(module)
# The reference FFI must not be there: `pact_ffi` has to be ours.
try:
    md.distribution("pact-python-ffi")
except md.PackageNotFoundError:
    pass
else:
    sys.exit(1)
PY
}

if ! ready; then
  "$vpy" -m pip install -q --no-deps "$spec" >&2
  # Its runtime requirements but pact-python-ffi; pip evaluates the markers.
  reqs=$(mktemp)
  trap 'rm -f "$reqs"' EXIT
  "$vpy" - >"$reqs" <<'PY'
import importlib.metadata as md
import re

for req in md.requires("pact-python") or []:
    name = re.split(r"[\s;<>=!~\[(]", req, maxsplit=1)[0]
    if "extra ==" in req or re.sub(r"[-_.]+", "-", name.lower()) == "pact-python-ffi":
        continue
    print(req)
PY
  # pytest runs the tests; cffi is our package's one runtime requirement (the
  # installed package brings it already, the PYTHONPATH case does not).
  echo "pytest" >>"$reqs"
  echo "cffi>=1.15" >>"$reqs"
  # pip then reports pact-python's unmet pact-python-ffi requirement: that
  # is the point, so those two lines are dropped.
  "$vpy" -m pip install -q -r "$reqs" 2> >(grep -v -e "^ERROR: pip's dependency resolver" \
    -e "requires pact-python-ffi.*which is not installed" >&2) >&2
  # A requirement may have pulled the reference FFI in after all: remove it.
  if "$vpy" -m pip show -q pact-python-ffi >/dev/null 2>&1; then
    "$vpy" -m pip uninstall -q -y pact-python-ffi >&2
  fi
  ready || { echo "pact-python-venv: $venv is not usable after installing $spec" >&2; exit 1; }
fi
echo "$vpy"
