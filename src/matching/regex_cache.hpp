#pragma once
// Regex matching for rules (matching-rules.md §8). RE2 stands in for the
// reference's Oniguruma; patterns are compiled once and kept in a small cache.

#include <string>
#include <string_view>

#include "support/result.hpp"

namespace pact::matching {

/// True when the first (leftmost, first-alternative) match of `pattern`
/// anchored at the start of `text` covers the whole text (§8: not the same as
/// wrapping in ^...$: `a|ab` does not match "ab"). An invalid pattern is an
/// error carrying RE2's message; it never throws.
support::Result<bool> regex_full_match(std::string_view pattern, std::string_view text);

}  // namespace pact::matching
