#pragma once
// The thread-local last error message (ffi-conventions.md §7). Written by the
// guard (and the few functions the spec names), read destructively by
// pactffi_get_error_message.

#include <optional>
#include <string>

namespace pact::ffi {

void set_last_error(std::string message);
/// Removes and returns the message, if any.
std::optional<std::string> take_last_error();
/// Puts a message back (used when the caller's buffer was NULL).
const std::optional<std::string>& peek_last_error();

}  // namespace pact::ffi
