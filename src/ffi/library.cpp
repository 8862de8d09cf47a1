// Header section "Library", "Errors" and "Memory".
#include <cstring>
#include <string>

#include "ffi/export.hpp"
#include "ffi/guard.hpp"
#include "ffi/last_error.hpp"
#include "ffi/ownership.hpp"
#include "ffi/version.hpp"
#include "pact.h"

using namespace pact::ffi;

namespace {

// pactffi_get_error_message return codes (ffi-conventions.md §7.2).
enum ErrorMessageCode : int {
  kNullBuffer = -1,
  kBufferTooSmall = -2,
  kWriteFailed = -3,
  kInteriorNul = -4,
};

}  // namespace

PACT_FFI_EXPORT const char* pactffi_version(void) { return kAbiVersion; }

PACT_FFI_EXPORT int pactffi_get_error_message(char* buffer, int length) {
  return guarded<int>(kWriteFailed, [&]() -> int {
    if (buffer == nullptr) return kNullBuffer;
    // The read is destructive whatever happens next, as in the reference.
    const std::string message = take_last_error().value_or("");
    if (message.find('\0') != std::string::npos) return kInteriorNul;
    if (length < 0 || static_cast<std::size_t>(length) < message.size() + 1) return kBufferTooSmall;
    std::memcpy(buffer, message.data(), message.size());
    std::memset(buffer + message.size(), 0, static_cast<std::size_t>(length) - message.size());
    return static_cast<int>(message.size() + 1);
  });
}

PACT_FFI_EXPORT void pactffi_string_delete(char* string) { take_back_string(string); }

PACT_FFI_EXPORT void pactffi_free_string(char* s) { take_back_string(s); }
