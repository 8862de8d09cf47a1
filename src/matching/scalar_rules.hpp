#pragma once
// One rule applied to a pair of native scalars: unsigned and signed 64-bit
// integers, doubles and booleans (matching-rules.md §6; the value-matching
// functions pactffi_matches_u64/_i64/_f64/_bool_value). Unlike JSON leaves
// (rules.hpp), these values carry no JSON type, and the reference words their
// failures differently ("Expected 5 to be equal to 4"), so they are matched
// here rather than by converting them to JSON.

#include <cstdint>
#include <optional>
#include <string>

#include "model/matching_rule.hpp"

namespace pact::matching {

/// Nothing when `rule` accepts `actual`; otherwise the failure text.
std::optional<std::string> match_u64_rule(const model::MatchingRule& rule, std::uint64_t expected,
                                          std::uint64_t actual, bool cascaded);
std::optional<std::string> match_i64_rule(const model::MatchingRule& rule, std::int64_t expected,
                                          std::int64_t actual, bool cascaded);
std::optional<std::string> match_f64_rule(const model::MatchingRule& rule, double expected, double actual,
                                          bool cascaded);
std::optional<std::string> match_bool_rule(const model::MatchingRule& rule, bool expected, bool actual,
                                           bool cascaded);

/// A double as the reference displays it: shortest round-trip digits, never
/// an exponent ("1", "1.5", "100000000000000000000"), "NaN", "inf", "-inf".
std::string display_double(double value);

}  // namespace pact::matching
