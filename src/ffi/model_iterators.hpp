#pragma once
// Constructors for the iterators several model areas share (provider states,
// matching-rule and generator categories). Iterators copy what they iterate
// (ffi-conventions.md §4.2, §15 trap 12), so they survive their source.

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "ffi/guard.hpp"
#include "ffi/model_objects.hpp"

namespace pact::ffi {

/// A required model-object argument: NULL -> FfiError "<name> is null", as
/// the reference's as_ref!/as_mut! report it.
template <typename T>
T& required_obj(T* object, std::string_view name) {
  if (object == nullptr) fail(std::string(name) + " is null");
  return *object;
}

/// An iterator over a copy of `states`.
std::unique_ptr<ProviderStateIterator> make_provider_state_iterator(
    const std::vector<model::ProviderState>& states);

/// An iterator over a copy of the rules of one category: every rule of every
/// path, paths in ascending order (as the reference sorts them), rules of a
/// path in their order. An absent category iterates nothing.
std::unique_ptr<MatchingRuleCategoryIterator> make_rule_iterator(const model::MatchingRules& rules,
                                                                 model::Category category);

/// An iterator over a copy of the generators of one category, paths in
/// ascending order. An absent category iterates nothing.
std::unique_ptr<GeneratorCategoryIterator> make_generator_iterator(const model::Generators& generators,
                                                                   model::Category category);

/// The model category of a raw C MatchingRuleCategory argument (read it with
/// raw_enum); out of range -> FfiError. The two enums number alike.
model::Category rule_category_arg(int raw);

/// The model category of a raw C GeneratorCategory argument (read it with
/// raw_enum); out of range -> FfiError. GeneratorCategory has no CONTENTS,
/// so its METADATA (6) is model Category::Metadata (ffi-conventions.md §11).
model::Category generator_category_arg(int raw);

}  // namespace pact::ffi
