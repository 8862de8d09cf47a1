#pragma once
// The C++ definitions of the opaque objects of pact.h's section
// "Expressions: matching-rule definitions" (integration-json.md §13):
// a parse result, the iterator over its top-level rules, and the
// rule-or-reference items (ffi-conventions.md §12: a tagged union that
// clients only read through accessors).

#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "ffi/model_objects.hpp"
#include "integration_json/expression.hpp"

/// An expression that parsed (a definition) or did not (the error text).
/// Never mutated after creation, so the generator view stays valid until
/// pactffi_matcher_definition_delete.
struct MatchingRuleDefinitionResult {
  explicit MatchingRuleDefinitionResult(std::string error) : result(std::move(error)) {}
  explicit MatchingRuleDefinitionResult(pact::integration_json::RuleDefinition definition)
      : result(std::move(definition)) {
    auto& def = std::get<pact::integration_json::RuleDefinition>(result);
    if (def.generator) generator = std::make_unique<Generator>(&*def.generator);
  }
  std::variant<std::string, pact::integration_json::RuleDefinition> result;
  /// Borrowed view of the definition's generator (nullptr when none).
  std::unique_ptr<Generator> generator;
};

/// One top-level item of a definition: a rule (id, associated value, the
/// rule object) or a reference (its name). Owned by its iterator.
struct MatchingRuleResult {
  std::uint16_t id = 0;                   ///< 0 for a reference
  std::optional<std::string> value;       ///< the rule's associated value
  std::unique_ptr<MatchingRule> rule;     ///< nullptr for a reference
  std::optional<std::string> reference;   ///< the referenced name
};

/// The items of one definition, copied (ffi-conventions.md §4.2: an
/// iterator survives its source).
struct MatchingRuleIterator {
  std::vector<std::unique_ptr<MatchingRuleResult>> items;
  std::size_t cursor = 0;
};
