#pragma once
// application/x-www-form-urlencoded bodies described as JSON
// (integration-json.md §7).

#include <map>
#include <string>

#include "model/generator.hpp"
#include "model/matching_rule.hpp"
#include "support/json.hpp"

namespace pact::integration_json {

struct FormBodyResult {
  std::string text;  ///< "a=1&b=x+y"; empty for a non-object description
  model::RuleCategory rules;
  std::map<std::string, model::Generator> generators;
};

/// Processes `description` as a JSON body (rules under "$.<key>"), then
/// flattens the object to form pairs in sorted key order. Values that a
/// form cannot hold are dropped together with the rules (and the generators
/// at those rules' paths) whose path text contains theirs.
FormBodyResult form_from_description(const json::value& description);

}  // namespace pact::integration_json
