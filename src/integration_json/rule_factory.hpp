#pragma once
// Internal helpers shared by the integration-JSON processors and the
// expression parser: building rules and generators from their attribute
// objects exactly as the reference stores them (matching-rules.md §2,
// generators.md §3). Not part of the public API.

#include <map>
#include <optional>
#include <string>
#include <string_view>

#include "model/generator.hpp"
#include "model/matching_rule.hpp"
#include "support/json.hpp"
#include "support/result.hpp"

namespace pact::integration_json::detail {

/// The reference's json_to_string: strings unquoted, null as "", anything
/// else as compact JSON.
std::string json_to_string(const json::value& v);

/// The reference's json_to_num for min/max/index attributes: non-negative
/// integers, floats truncated (negative floats saturate to 0), digit strings;
/// anything else is nothing (matching-rules.md §2 "Details").
std::optional<std::uint64_t> json_to_count(const json::value* v);

/// A rule from a plain matcher name and the object holding its attributes
/// (integration-json.md §2 table). Unknown and empty names are errors, as in
/// released libpact_ffi 0.5.x.
support::Result<model::MatchingRule> create_rule(std::string_view name, const json::object& attributes);

/// A rule from a rule object in pact-file form ("match") or integration form
/// ("pact:matcher:type"), or a legacy object recognised by its keys.
support::Result<model::MatchingRule> rule_from_json(const json::value& v);

/// A generator from its type name and the object holding its attributes
/// (generators.md §3), normalised to the attributes the reference writes.
/// Empty and unknown types give nothing (released libpact_ffi behaviour).
std::optional<model::Generator> generator_from_map(std::string_view type, const json::object& attributes);

/// Pact-file JSON of a rule category ({"$.a": {"combine": "AND", "matchers": [...]}}).
json::object rule_category_to_json(const model::RuleCategory& rules);

/// Pact-file JSON of body generators keyed by path.
json::object generators_to_json(const std::map<std::string, model::Generator>& generators);

/// One ArrayContains variant as the pact file writes it (matching-rules.md §2).
json::object array_contains_variant(std::size_t index, const model::RuleCategory& rules,
                                    const std::map<std::string, model::Generator>& generators);

/// Processes the array `value` of a matcher object at `path`: every element
/// at `path[*]` (integration-json.md §3.2 step 3). Defined in body.cpp.
json::value process_matcher_array(const json::array& items, const std::string& path, model::RuleCategory& rules,
                                  std::map<std::string, model::Generator>& generators);

}  // namespace pact::integration_json::detail
