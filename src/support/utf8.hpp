#pragma once
// UTF-8 validation, used wherever bytes become text (C strings from the ABI,
// bodies written as strings, header values).

#include <string>
#include <string_view>

namespace pact::support {

/// True when `bytes` is well-formed UTF-8 (no overlongs, no surrogates,
/// nothing above U+10FFFF).
bool is_valid_utf8(std::string_view bytes) noexcept;

/// Appends the UTF-8 encoding of code point `cp`; surrogates and values
/// above U+10FFFF are appended as U+FFFD (REPLACEMENT CHARACTER).
void append_utf8(std::string& out, char32_t cp);

}  // namespace pact::support
