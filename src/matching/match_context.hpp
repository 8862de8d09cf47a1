#pragma once
// The rules of one category prepared for lookup, plus the "unexpected keys"
// setting of the comparison (matching-rules.md §1, §4).

#include <optional>
#include <string>
#include <vector>

#include "matching/path_expression.hpp"
#include "model/matching_rule.hpp"

namespace pact::matching {

/// The rule list chosen for a value and whether it came from an ancestor.
struct SelectedRules {
  const model::RuleList* rules = nullptr;
  bool cascaded = false;
};

class MatchContext {
 public:
  MatchContext() = default;

  /// Body, contents and metadata: keys are path expressions; invalid keys
  /// are ignored (they can never select a value).
  static MatchContext for_paths(const model::RuleCategory* category, bool allow_unexpected_keys);
  /// Header and query: keys are plain names, optionally "name[i]"; they are
  /// placed at "$.name" / "$.name[i]" (header names lower-cased, §9.4).
  static MatchContext for_names(const model::RuleCategory* category, bool lower_case_names);

  bool allow_unexpected_keys() const noexcept { return allow_unexpected_keys_; }
  bool empty() const noexcept { return entries_.empty(); }

  /// "A matcher is defined for P" (§4.2).
  bool matcher_is_defined(const ValuePath& path) const;
  /// The best rule list for P: largest weight x rule length (§4.2); ties go
  /// to the longer, then lexicographically smaller key (deterministic).
  std::optional<SelectedRules> select(const ValuePath& path) const;
  /// True when a rule list defined exactly at P (not inherited) contains a
  /// rule of one of `kinds`.
  bool direct_rule_of(const ValuePath& path, std::initializer_list<model::RuleKind> kinds) const;
  /// True when any rule list that applies to P (weight > 0, inherited ones
  /// included) contains a rule of one of `kinds` — the reference's
  /// "type matcher defined" test for XML child lists (§12).
  bool any_rule_of(const ValuePath& path, std::initializer_list<model::RuleKind> kinds) const;
  /// A context holding only `rules`, placed at `path` + ".*" (EachValue, §11.2).
  MatchContext with_only(const ValuePath& path, const model::RuleList& rules) const;
  /// A context holding `category` rooted at "$" (ArrayContains variants).
  MatchContext sibling(const model::RuleCategory* category) const;

 private:
  struct Entry {
    std::string key;
    std::vector<PathToken> tokens;
    model::RuleList rules;
  };
  std::vector<Entry> entries_;
  bool allow_unexpected_keys_ = true;
};

}  // namespace pact::matching
