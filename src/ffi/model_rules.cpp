// Header section "Model: pacts, interactions, HTTP parts, provider states,
// iterators": the shared matching-rule and generator category iterators,
// their (path, item) pairs, and the JSON form of a rule or generator.
#include <memory>
#include <utility>

#include "ffi/export.hpp"
#include "ffi/guard.hpp"
#include "ffi/model_iterators.hpp"
#include "ffi/model_objects.hpp"
#include "ffi/ownership.hpp"
#include "pact.h"
#include "support/json.hpp"

using namespace pact;
using namespace pact::ffi;

// A pair owns its path and its copy of the rule or generator, as in the
// reference: both stay valid after the iterator is deleted, until the pair
// is (ffi-conventions.md §4.2 "pointers inside pair structs").

PACT_FFI_EXPORT const MatchingRuleKeyValuePair* pactffi_matching_rules_iter_next(MatchingRuleCategoryIterator* iter) {
  return guarded<const MatchingRuleKeyValuePair*>(nullptr, [&]() -> const MatchingRuleKeyValuePair* {
    auto& it = required_obj(iter, "iter");
    if (it.cursor >= it.entries.size()) return nullptr;
    const auto& entry = it.entries[it.cursor++];
    auto rule = std::make_unique<MatchingRule>(entry.rule);
    auto pair = std::make_unique<MatchingRuleKeyValuePair>();
    pair->path = hand_over_string(entry.path);
    pair->rule = hand_over(std::move(rule));
    return hand_over(std::move(pair));
  });
}

PACT_FFI_EXPORT void pactffi_matching_rules_iter_delete(MatchingRuleCategoryIterator* iter) {
  guarded_void([&] { take_back(iter); });
}

PACT_FFI_EXPORT void pactffi_matching_rules_iter_pair_delete(const MatchingRuleKeyValuePair* pair) {
  guarded_void([&] {
    auto owned = take_back(const_cast<MatchingRuleKeyValuePair*>(pair));
    if (!owned) return;
    take_back_string(const_cast<char*>(owned->path));
    take_back(const_cast<MatchingRule*>(owned->rule));
  });
}

PACT_FFI_EXPORT const GeneratorKeyValuePair* pactffi_generators_iter_next(GeneratorCategoryIterator* iter) {
  return guarded<const GeneratorKeyValuePair*>(nullptr, [&]() -> const GeneratorKeyValuePair* {
    auto& it = required_obj(iter, "iter");
    if (it.cursor >= it.entries.size()) return nullptr;
    const auto& entry = it.entries[it.cursor++];
    auto generator = std::make_unique<Generator>(entry.generator);
    auto pair = std::make_unique<GeneratorKeyValuePair>();
    pair->path = hand_over_string(entry.path);
    pair->generator = hand_over(std::move(generator));
    return hand_over(std::move(pair));
  });
}

PACT_FFI_EXPORT void pactffi_generators_iter_delete(GeneratorCategoryIterator* iter) {
  guarded_void([&] { take_back(iter); });
}

PACT_FFI_EXPORT void pactffi_generators_iter_pair_delete(const GeneratorKeyValuePair* pair) {
  guarded_void([&] {
    auto owned = take_back(const_cast<GeneratorKeyValuePair*>(pair));
    if (!owned) return;
    take_back_string(const_cast<char*>(owned->path));
    take_back(const_cast<Generator*>(owned->generator));
  });
}

PACT_FFI_EXPORT const char* pactffi_matching_rule_to_json(const MatchingRule* rule) {
  return guarded<const char*>(nullptr, [&] {
    return hand_over_string(json::write(required_obj(rule, "rule").rule.get().to_json()));
  });
}

PACT_FFI_EXPORT const char* pactffi_generator_to_json(const Generator* generator) {
  return guarded<const char*>(nullptr, [&] {
    return hand_over_string(json::write(required_obj(generator, "generator").generator.get().to_json()));
  });
}
