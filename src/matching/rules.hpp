#pragma once
// One rule applied to one pair of values (matching-rules.md §6). Each
// function returns the failure text, or nothing when the rule passes.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/matching_rule.hpp"
#include "support/json.hpp"

namespace pact::matching {

/// Failure texts of a rule list (§5); empty = passed.
using Failures = std::vector<std::string>;

/// "V" of "V (T)": null, 'text', or compact JSON (§6.1).
std::string render_value(const json::value& v);
/// "T" of "V (T)": Object, Array, Null, Boolean, Integer, Decimal, String.
std::string_view json_type_name(const json::value& v);

/// A JSON value (body leaf, map or list as a whole; §6.1, §6.5).
std::optional<std::string> match_json_rule(const model::MatchingRule& rule, const json::value& expected,
                                           const json::value& actual, bool cascaded);
/// A string (path, header, query, form value; §6.2).
std::optional<std::string> match_string_rule(const model::MatchingRule& rule, std::string_view expected,
                                             std::string_view actual, bool cascaded);
/// A response status (§6.3, §9.5).
std::optional<std::string> match_status_rule(const model::MatchingRule& rule, int expected, int actual,
                                             bool cascaded);
/// Raw bytes (binary bodies with rules at "$", §6.4).
std::optional<std::string> match_bytes_rule(const model::MatchingRule& rule, std::string_view expected,
                                            std::string_view actual, bool cascaded);

/// Applies a whole list with AND/OR (§5). `one` applies a single rule.
template <typename F>
Failures apply_rule_list(const model::RuleList& list, F&& one) {
  Failures failures;
  bool any_passed = false;
  for (const auto& rule : list.rules) {
    if (auto failure = one(rule)) {
      failures.push_back(std::move(*failure));
    } else {
      any_passed = true;
    }
  }
  if (list.logic == model::RuleLogic::Or && any_passed) return {};
  return failures;
}

/// Minimum / maximum of a min/max rule, if set (strings of digits and
/// floats are accepted, §2).
std::optional<std::size_t> rule_min(const model::MatchingRule& rule);
std::optional<std::size_t> rule_max(const model::MatchingRule& rule);
/// A string attribute of a rule ("regex", "value", "format"), or "".
std::string rule_string(const model::MatchingRule& rule, std::string_view key);

/// The rule as the reference's debug form names it in "Unable to match ...
/// using <rule>" texts: the kind, with its parameter when it has one
/// (Regex("\d+"), MinType(1), Include("x"), Integer).
std::string rule_debug_name(const model::MatchingRule& rule);

}  // namespace pact::matching
