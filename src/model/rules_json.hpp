#pragma once
// Where matching rules and generators sit in a pact file (pact-file-format.md
// §13, §14): the V2 flat form keyed by "$.<part>..." paths and the V3/V4
// category form. Individual rule and generator objects are MatchingRule /
// Generator::{from,to}_json.

#include <string_view>

#include "model/generator.hpp"
#include "model/matching_rule.hpp"
#include "support/json.hpp"
#include "support/result.hpp"

namespace pact::model {

/// True when `path` is a valid body path expression (matching-rules.md §3),
/// including the implicit-root form "a.b".
bool is_valid_path_expression(std::string_view path) noexcept;

/// Reads a "matchingRules" value in either layout: V2 flat when the first key
/// in sorted order starts with '$', V3/V4 categories otherwise. A body key
/// that is not a path expression fails the load (trap 7).
support::Result<MatchingRules> read_matching_rules(const json::value& value);

/// The V3/V4 category object; empty categories are left out.
json::object write_matching_rules_v3(const MatchingRules& rules);

/// The V2 flat object: first rule of each list only (trap 8).
json::object write_matching_rules_v2(const MatchingRules& rules);

/// Reads a V3/V4 "generators" value; unknown categories and malformed
/// entries are skipped (§14).
Generators read_generators(const json::value& value);

/// The V3/V4 "generators" object.
json::object write_generators(const Generators& generators);

}  // namespace pact::model
