#!/usr/bin/env bash
# Installs the Debian packages and Python tools the build needs (DESIGN.md §3),
# only those that are missing, so `make` works on a fresh machine.
set -euo pipefail

debs=(
  build-essential cmake ninja-build pkg-config ccache
  libboost1.81-dev libboost-json1.81-dev libboost-url1.81-dev
  libssl-dev libre2-dev libspdlog-dev libfmt-dev
  libgtest-dev libgmock-dev
  libpugixml-dev
  libcurl4-openssl-dev libcli11-dev openssl
  libnghttp2-dev  # HTTP/2 framing for the mock server
)

missing=()
for p in "${debs[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done

if [ ${#missing[@]} -gt 0 ]; then
  echo "install-deps: installing ${missing[*]}"
  sudo_cmd=()
  [ "$(id -u)" -eq 0 ] || sudo_cmd=(sudo)
  export DEBIAN_FRONTEND=noninteractive
  "${sudo_cmd[@]}" apt-get update -qq
  "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

py=${PYTHON:-python3}
pymissing=()
for m in cffi:cffi scikit_build_core:scikit-build-core pytest:pytest xdist:pytest-xdist \
         pytest_bdd:pytest-bdd httpx:httpx h2:h2; do
  "$py" -c "import ${m%%:*}" 2>/dev/null || pymissing+=("${m#*:}")
done
# The typing check (python/tests/test_typing.py): mypy, and cffi's stubs,
# which install no importable module, so pip's metadata is asked.
"$py" -c "import mypy" 2>/dev/null || pymissing+=(mypy)
"$py" -c "import importlib.metadata as m; m.version('types-cffi')" 2>/dev/null || pymissing+=(types-cffi)
if [ ${#pymissing[@]} -gt 0 ]; then
  echo "install-deps: pip installing ${pymissing[*]}"
  "$py" -m pip install -q "${pymissing[@]}"
fi
