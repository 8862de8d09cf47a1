#pragma once
// UTF-8 validation, used wherever bytes become text (C strings from the ABI,
// bodies written as strings, header values).

#include <string_view>

namespace pact::support {

/// True when `bytes` is well-formed UTF-8 (no overlongs, no surrogates,
/// nothing above U+10FFFF).
bool is_valid_utf8(std::string_view bytes) noexcept;

}  // namespace pact::support
