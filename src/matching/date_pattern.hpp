#pragma once
// Validation of date/time text against Java DateTimeFormatter-style patterns
// (matching-rules.md §7). A lexical validator like the reference's, not a
// date parser: digit counts and ranges, names, offsets, day-of-month check.

#include <optional>
#include <string>
#include <string_view>

namespace pact::matching {

/// Nothing when `value` is valid for `pattern`; otherwise a one-line reason
/// (an invalid pattern fails every value).
std::optional<std::string> validate_datetime(std::string_view pattern, std::string_view value);

}  // namespace pact::matching
