#!/usr/bin/env bash
# Compiles include/pact.h as C99 with every warning an error (libgit2's
# headertest), and links a C program against the built library to check
# that the declarations and the exported symbols agree.
set -euo pipefail
build=${1:-build}
top=$(cd "$(dirname "$0")/../.." && pwd)
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
cc ${CFLAGS:-} -std=c99 -Wall -Wextra -pedantic -Werror -I"$top/include" -c "$top/tests/abi/header_test.c" -o "$out/header_test.o"
lib=$(find "$build/src/ffi" -maxdepth 1 -name 'libpact_ffi.so' | head -1)
cc ${CFLAGS:-} "$out/header_test.o" -L"$(dirname "$lib")" -Wl,-rpath,"$(cd "$(dirname "$lib")" && pwd)" -lpact_ffi -o "$out/header_test"
"$out/header_test"
