// Non-body values: path, header, query and status texts
// (integration-json.md §9.1).

#include "integration_json/integration_json.hpp"
#include "integration_json/rule_factory.hpp"

namespace pact::integration_json {

ValueResult process_value(std::string_view text) {
  ValueResult out;
  auto parsed = json::try_parse(text);
  // Not JSON, or JSON that is not an object: the original text verbatim, so
  // "\"abc\"" keeps its quotes and "[1,2]" is one value (§9.1 steps 1-2).
  if (!parsed || !parsed->is_object()) {
    out.values.emplace_back(text);
    return out;
  }
  const json::object& obj = parsed->get_object();
  json::value value;  // null: a missing "value" becomes ""
  if (obj.contains("pact:matcher:type")) {
    if (const auto* v = obj.if_contains("value")) {
      if (const auto* arr = v->if_array()) {
        // Matcher objects inside an array value apply to every item; they
        // contribute their example values (§9.1 step 5).
        model::RuleCategory rules;
        std::map<std::string, model::Generator> generators;
        value = detail::process_matcher_array(*arr, "$", rules, generators);
        if (auto it = rules.find("$[*]"); it != rules.end()) out.item_rules = std::move(it->second.rules);
        if (auto it = generators.find("$[*]"); it != generators.end()) out.item_generator = std::move(it->second);
      } else {
        value = *v;
      }
    }
    // An invalid matcher is ignored; the value is still used (trap 8).
    if (auto def = parse_matcher_object(obj); def.ok()) {
      out.rules = std::move(def->rules);
      out.generator = std::move(def->generator);
    }
    if (auto generator = generator_from_matcher_object(obj)) out.generator = std::move(generator);
  } else if (const auto* v = obj.if_contains("value")) {
    // Without a matcher, pact:generator:type is ignored (trap 9).
    value = *v;
  }

  if (const auto* arr = value.if_array()) {
    out.is_list = true;
    for (const auto& item : *arr) out.values.push_back(detail::json_to_string(item));
  } else {
    out.values.push_back(detail::json_to_string(value));
  }
  return out;
}

}  // namespace pact::integration_json
