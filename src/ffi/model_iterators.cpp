#include "ffi/model_iterators.hpp"

#include "ffi/args.hpp"

namespace pact::ffi {

std::unique_ptr<ProviderStateIterator> make_provider_state_iterator(
    const std::vector<model::ProviderState>& states) {
  return std::make_unique<ProviderStateIterator>(states);
}

std::unique_ptr<MatchingRuleCategoryIterator> make_rule_iterator(const model::MatchingRules& rules,
                                                                 model::Category category) {
  auto iter = std::make_unique<MatchingRuleCategoryIterator>();
  if (const auto* found = rules.find(category)) {
    // std::map already orders the paths as the reference sorts them.
    for (const auto& [path, list] : *found) {
      for (const auto& rule : list.rules) iter->entries.push_back(MatchingRuleEntry{path, rule});
    }
  }
  return iter;
}

std::unique_ptr<GeneratorCategoryIterator> make_generator_iterator(const model::Generators& generators,
                                                                   model::Category category) {
  auto iter = std::make_unique<GeneratorCategoryIterator>();
  if (auto found = generators.categories.find(category); found != generators.categories.end()) {
    for (const auto& [path, generator] : found->second) {
      iter->entries.push_back(GeneratorEntry{path, generator});
    }
  }
  return iter;
}

model::Category rule_category_arg(int raw) {
  return checked_enum<model::Category>(raw, 0, 7, "category");
}

model::Category generator_category_arg(int raw) {
  constexpr int kMetadata = 6;  // GeneratorCategory_METADATA
  if (raw == kMetadata) return model::Category::Metadata;
  return checked_enum<model::Category>(raw, 0, 5, "category");
}

}  // namespace pact::ffi
