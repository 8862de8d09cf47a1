#pragma once
// Integration JSON: the matcher-annotated JSON that clients send to the
// builders, turned into an example value plus matching rules and generators
// (integration-json.md §2, §3, §9).

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/generator.hpp"
#include "model/matching_rule.hpp"
#include "support/json.hpp"

namespace pact::integration_json {

/// A processed body document: the example with every matcher object replaced
/// by its example value, and the rules and generators keyed by body path
/// expression ("$", "$.a", "$.items[*].id", "$['x-y']").
struct BodyResult {
  json::value value;
  model::RuleCategory rules;
  std::map<std::string, model::Generator> generators;
};

/// Processes a JSON document rooted at "$" (integration-json.md §3).
/// Errors inside matcher objects do not fail the call: as in the reference,
/// the example at that path becomes null and no rule is added.
BodyResult process_body(const json::value& document);

/// Processes a document rooted at `root` instead of "$" (message metadata).
BodyResult process_body_at(const json::value& document, std::string_view root);

/// A processed non-body value: path, header, query or status
/// (integration-json.md §9.1).
struct ValueResult {
  /// The example text(s). One element for a single value; one per element
  /// when the value is a JSON array (`is_list`).
  std::vector<std::string> values;
  bool is_list = false;
  /// Rules for the value itself (from the matcher object).
  std::vector<model::MatchingRule> rules;
  /// Rules from matcher objects inside an array value, for every item ("[*]").
  std::vector<model::MatchingRule> item_rules;
  /// Generator from a matcher object inside an array value ("[*]"), if any.
  std::optional<model::Generator> item_generator;
  /// Generator from the matcher object's pact:generator:type, if any.
  std::optional<model::Generator> generator;
};

/// Processes the text given for a path, header value, query value or status.
/// Text that is not JSON, or JSON that is not an object, is used verbatim.
ValueResult process_value(std::string_view text);

/// The rules (and possibly a generator) a matcher object describes, without
/// its example (integration-json.md §3.2 step 2). Errors are returned.
struct MatcherDefinition {
  std::vector<model::MatchingRule> rules;
  std::optional<model::Generator> generator;
};
support::Result<MatcherDefinition> parse_matcher_object(const json::object& matcher);

/// Builds a generator from a matcher object's "pact:generator:type" and
/// attributes (generators.md §3), or nothing when absent or unusable.
std::optional<model::Generator> generator_from_matcher_object(const json::object& matcher);

/// Appends a field to a path expression: "$.a", or "$['a-b']" when the name
/// is not an identifier; "*" and "[*]" append wildcards; all-digit names
/// append an index (integration-json.md §3).
std::string append_field(std::string_view path, std::string_view name);

}  // namespace pact::integration_json
