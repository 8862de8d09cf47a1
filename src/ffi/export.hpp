#pragma once
// The one export macro: definitions of pactffi_* functions are compiled with
// default visibility (everything else is hidden), and the version script
// exports.map keeps the dynamic symbol table to exactly pactffi_*.

#define PACT_FFI_EXPORT extern "C" __attribute__((visibility("default")))
