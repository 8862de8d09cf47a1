#!/usr/bin/env bash
# Installs the package with `pip install .` into a fresh virtual environment
# and checks that `import pact_ffi` loads the libpact_ffi.so installed with
# it (and no other), that the pact-verifier console script runs, then runs
# the demo against the installed package.
set -euo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
py=${PYTHON:-python3}
venv="$top/build/venv-wheel"
rm -rf "$venv"
"$py" -m venv --system-site-packages "$venv"
# No build isolation: the build requirements are installed by install-deps.sh.
"$venv/bin/python" -m pip install -q --no-build-isolation --no-deps "$top"
cd "$venv"
"$venv/bin/python" - <<'PY'
import pathlib
import pact_ffi

package = pathlib.Path(pact_ffi.__file__).resolve().parent
loaded = {line.split()[-1] for line in open("/proc/self/maps") if "libpact_ffi" in line}
assert loaded == {str(package / "libpact_ffi.so")}, loaded
assert pact_ffi.version() == "0.5.12"
assert (package / "py.typed").is_file() and (package / "ffi.pyi").is_file(), "the type information is missing"
print(f"pip install: pact_ffi {pact_ffi.version()} loads {next(iter(loaded))}")
PY
"$venv/bin/pact-verifier" --help | grep -q -- '--provider-name' || { echo "pip install: pact-verifier --help failed" >&2; exit 1; }
echo "pip install: pact-verifier --help works"
# The package ships its types (py.typed, ffi.pyi): a client is checked against them.
printf 'import pact_ffi\nfrom pact_ffi.ffi import lib\npact: pact_ffi.PactHandle = pact_ffi.new_pact("c", "p")\nversion: str = pact_ffi.version()\nlib.pactffi_free_pact_handle(0)\n' >"$venv/typed_client.py"
if ! typing_out=$("$venv/bin/python" -m mypy --strict --no-incremental "$venv/typed_client.py" 2>&1); then
  echo "$typing_out" >&2; echo "pip install: mypy --strict fails on a client of the installed package" >&2; exit 1
fi
echo "pip install: mypy --strict checks a client against the installed package's types"
"$venv/bin/python" "$top/examples/consumer/demo.py" "$venv/pacts" >/dev/null
"$venv/bin/python" "$top/examples/provider/verify_provider.py" "$venv/pacts" >/dev/null
echo "pip install: the demo (consumer test, then provider verification) passes on the installed package"
