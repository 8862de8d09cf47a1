// Header section "Expressions: matching-rule definitions": parsing an
// expression with the core parser (integration-json.md §12) and reading the
// result through the accessors of §13.
#include <memory>
#include <string>
#include <utility>

#include "ffi/args.hpp"
#include "ffi/export.hpp"
#include "ffi/expression_objects.hpp"
#include "ffi/guard.hpp"
#include "ffi/model_iterators.hpp"
#include "ffi/ownership.hpp"
#include "integration_json/expression.hpp"
#include "matching/date_pattern.hpp"
#include "pact.h"

using namespace pact;
using namespace pact::ffi;

namespace {

using integration_json::RuleDefinition;
using model::RuleKind;

const RuleDefinition* parsed(const MatchingRuleDefinitionResult& result) {
  return std::get_if<RuleDefinition>(&result.result);
}

std::string count_text(const model::MatchingRule& rule, const char* key) {
  const auto* v = rule.attributes.if_contains(key);
  if (v == nullptr) return "0";
  if (v->is_string()) return std::string(v->get_string());
  return json::write(*v);
}

std::string string_attribute(const model::MatchingRule& rule, const char* key) {
  const auto* v = rule.attributes.if_contains(key);
  if (v == nullptr) return "";
  if (v->is_string()) return std::string(v->get_string());
  return json::write(*v);
}

// The associated value of a rule (integration-json.md §13 table).
std::optional<std::string> associated_value(const model::MatchingRule& rule) {
  switch (rule.kind) {
    case RuleKind::Regex: return string_attribute(rule, "regex");
    case RuleKind::MinType: return count_text(rule, "min");
    case RuleKind::MaxType: return count_text(rule, "max");
    case RuleKind::MinMaxType: return count_text(rule, "min") + ":" + count_text(rule, "max");
    case RuleKind::Timestamp:
    case RuleKind::Time:
    case RuleKind::Date: return string_attribute(rule, "format");
    case RuleKind::Include:
    case RuleKind::ContentType: return string_attribute(rule, "value");
    default: return std::nullopt;
  }
}

std::unique_ptr<MatchingRuleResult> make_item(const integration_json::RuleOrReference& item) {
  auto out = std::make_unique<MatchingRuleResult>();
  if (const auto* rule = std::get_if<model::MatchingRule>(&item)) {
    out->id = static_cast<std::uint16_t>(rule->kind);
    out->value = associated_value(*rule);
    out->rule = std::make_unique<MatchingRule>(*rule);
  } else {
    out->reference = std::get<integration_json::RuleReference>(item).name;
  }
  return out;
}

// Validation results of pactffi_validate_datetime (§13).
enum class DateValidation : int { Valid = 0, Invalid = 1, Failed = 2 };

}  // namespace

PACT_FFI_EXPORT const MatchingRuleDefinitionResult* pactffi_parse_matcher_definition(const char* expression) {
  return guarded<const MatchingRuleDefinitionResult*>(nullptr, [&] {
    const auto text = required_str(expression, "expression");
    // A parse error is part of the result, not a failure of the call (§13).
    auto parsed_definition = integration_json::parse_matcher_definition(text);
    auto result = parsed_definition.ok()
                      ? std::make_unique<MatchingRuleDefinitionResult>(std::move(*parsed_definition))
                      : std::make_unique<MatchingRuleDefinitionResult>(parsed_definition.error().message);
    return hand_over(std::move(result));
  });
}

PACT_FFI_EXPORT const char* pactffi_matcher_definition_error(const MatchingRuleDefinitionResult* definition) {
  return guarded<const char*>(nullptr, [&]() -> const char* {
    const auto& def = required_obj(definition, "definition");
    if (const auto* error = std::get_if<std::string>(&def.result)) return hand_over_string(*error);
    return nullptr;
  });
}

PACT_FFI_EXPORT const char* pactffi_matcher_definition_value(const MatchingRuleDefinitionResult* definition) {
  return guarded<const char*>(nullptr, [&]() -> const char* {
    if (const auto* def = parsed(required_obj(definition, "definition"))) return hand_over_string(def->value);
    return nullptr;
  });
}

PACT_FFI_EXPORT void pactffi_matcher_definition_delete(const MatchingRuleDefinitionResult* definition) {
  guarded_void([&] { take_back(const_cast<MatchingRuleDefinitionResult*>(definition)); });
}

PACT_FFI_EXPORT const Generator* pactffi_matcher_definition_generator(const MatchingRuleDefinitionResult* definition) {
  return guarded<const Generator*>(nullptr, [&] {
    return static_cast<const Generator*>(required_obj(definition, "definition").generator.get());
  });
}

PACT_FFI_EXPORT ExpressionValueType pactffi_matcher_definition_value_type(const MatchingRuleDefinitionResult* definition) {
  return guarded<ExpressionValueType>(ExpressionValueType_Unknown, [&] {
    const auto* def = parsed(required_obj(definition, "definition"));
    if (def == nullptr) return ExpressionValueType_Unknown;
    // integration_json::ValueType numbers its members as the C enum.
    return static_cast<ExpressionValueType>(static_cast<int>(def->value_type));
  });
}

PACT_FFI_EXPORT MatchingRuleIterator* pactffi_matcher_definition_iter(const MatchingRuleDefinitionResult* definition) {
  return guarded<MatchingRuleIterator*>(nullptr, [&]() -> MatchingRuleIterator* {
    const auto* def = parsed(required_obj(definition, "definition"));
    if (def == nullptr) return nullptr;
    auto iter = std::make_unique<MatchingRuleIterator>();
    for (const auto& item : def->rules) iter->items.push_back(make_item(item));
    return hand_over(std::move(iter));
  });
}

PACT_FFI_EXPORT const MatchingRuleResult* pactffi_matching_rule_iter_next(MatchingRuleIterator* iter) {
  return guarded<const MatchingRuleResult*>(nullptr, [&]() -> const MatchingRuleResult* {
    auto& it = required_obj(iter, "iter");
    if (it.cursor >= it.items.size()) return nullptr;
    return it.items[it.cursor++].get();
  });
}

PACT_FFI_EXPORT void pactffi_matching_rule_iter_delete(MatchingRuleIterator* iter) {
  guarded_void([&] { take_back(iter); });
}

PACT_FFI_EXPORT uint16_t pactffi_matching_rule_id(const MatchingRuleResult* rule_result) {
  return guarded<uint16_t>(0, [&] { return required_obj(rule_result, "rule_result").id; });
}

PACT_FFI_EXPORT const char* pactffi_matching_rule_value(const MatchingRuleResult* rule_result) {
  return guarded<const char*>(nullptr, [&]() -> const char* {
    const auto& item = required_obj(rule_result, "rule_result");
    return item.value ? item.value->c_str() : nullptr;
  });
}

PACT_FFI_EXPORT const MatchingRule* pactffi_matching_rule_pointer(const MatchingRuleResult* rule_result) {
  return guarded<const MatchingRule*>(nullptr, [&] {
    return static_cast<const MatchingRule*>(required_obj(rule_result, "rule_result").rule.get());
  });
}

PACT_FFI_EXPORT const char* pactffi_matching_rule_reference_name(const MatchingRuleResult* rule_result) {
  return guarded<const char*>(nullptr, [&]() -> const char* {
    const auto& item = required_obj(rule_result, "rule_result");
    return item.reference ? item.reference->c_str() : nullptr;
  });
}

PACT_FFI_EXPORT int pactffi_validate_datetime(const char* value, const char* format) {
  return guarded<int>(static_cast<int>(DateValidation::Failed), [&] {
    const auto v = required_str(value, "value");
    const auto f = required_str(format, "format");
    // The reference's three texts (integration-json.md §13), set as the
    // last error with the Invalid code.
    if (v.empty()) {
      set_last_error("Date/Time value string is empty");
    } else if (f.empty()) {
      set_last_error("Date/Time format string is empty");
    } else if (matching::validate_datetime(f, v)) {
      set_last_error("Date/Time string '" + std::string(v) + "' does not match pattern '" + std::string(f) + "'");
    } else {
      return static_cast<int>(DateValidation::Valid);
    }
    return static_cast<int>(DateValidation::Invalid);
  });
}
