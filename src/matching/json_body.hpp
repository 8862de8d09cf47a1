#pragma once
// JSON body comparison (matching-rules.md §11): maps, lists and leaves under
// the body rules of a MatchContext.

#include <vector>

#include "matching/match_context.hpp"
#include "matching/mismatch.hpp"
#include "support/json.hpp"

namespace pact::matching {

/// Compares two parsed JSON documents from the root "$".
std::vector<Mismatch> compare_json(const MatchContext& context, const json::value& expected, const json::value& actual);

/// Compares two JSON texts; parse failures are reported at "$" (§11).
std::vector<Mismatch> compare_json_text(const MatchContext& context, std::string_view expected, std::string_view actual);

/// The inner rules of an EachKey/EachValue rule ("rules" array, §2).
model::RuleList inner_rules(const model::MatchingRule& rule);

/// A rule list from its pact-file JSON ({"combine":..,"matchers":[..]} or a
/// single rule object); used for ArrayContains variants.
model::RuleList rule_list_from_json(const json::value& v);

}  // namespace pact::matching
