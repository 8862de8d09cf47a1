#pragma once
// Matching rules as the pact stores them (matching-rules.md §2, pact-file
// format §13). A rule is its kind plus the attributes of its pact-file JSON
// object, so every rule round-trips exactly; the matching layer compiles rules
// (regexes, formats) once per use site.

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "support/json.hpp"

namespace pact::model {

/// Rule kinds, numbered as pactffi_matching_rule_id reports them.
enum class RuleKind : int {
  Equality = 1, Regex = 2, Type = 3, MinType = 4, MaxType = 5, MinMaxType = 6,
  Timestamp = 7, Time = 8, Date = 9, Include = 10, Number = 11, Integer = 12,
  Decimal = 13, Null = 14, ContentType = 15, ArrayContains = 16, Values = 17,
  Boolean = 18, StatusCode = 19, NotEmpty = 20, Semver = 21, EachKey = 22,
  EachValue = 23,
};

/// One rule. `attributes` holds every key of its JSON form except "match"
/// (e.g. {"regex": "\\d+"} or {"min": 1}).
struct MatchingRule {
  RuleKind kind = RuleKind::Equality;
  json::object attributes;

  /// The pact-file JSON object: {"match": "<name>", ...attributes}.
  json::object to_json() const;
  /// Parses a pact-file rule object ({"match": "type", "min": 1}); V2-style
  /// objects without "match" are recognised from their keys (regex/min/max).
  static std::optional<MatchingRule> from_json(const json::object& obj);

  bool operator==(const MatchingRule&) const = default;
};

/// The "match" name written for a kind ("regex", "type", "datetime", ...).
std::string_view rule_kind_name(RuleKind kind) noexcept;
/// The kind for a "match" name, accepting the reference's aliases
/// ("datetime", "real", "min-type", ...).
std::optional<RuleKind> rule_kind_from_name(std::string_view name) noexcept;

enum class RuleLogic { And, Or };

/// The rules at one path, combined with AND or OR.
struct RuleList {
  std::vector<MatchingRule> rules;
  RuleLogic logic = RuleLogic::And;

  bool empty() const noexcept { return rules.empty(); }
  bool operator==(const RuleList&) const = default;
};

/// Rule categories, numbered as the C enum MatchingRuleCategory.
enum class Category : int { Method = 0, Path = 1, Header = 2, Query = 3, Body = 4, Status = 5, Contents = 6, Metadata = 7 };

/// The category name written in V3/V4 files ("path", "header", "body", ...).
std::string_view category_name(Category c) noexcept;
/// Reads a category name case-insensitively; unknown names are Body, as the
/// reference reads them (pact-file-format.md §13.2).
Category category_from_name(std::string_view name) noexcept;

/// Rules of one category keyed by location:
/// - Body, Contents, Metadata: a path expression ("$", "$.a[*].b", "$['x y']");
/// - Header, Query: the plain header or parameter name ("Content-Type"),
///   optionally with an index suffix "[1]" for per-value rules;
/// - Path, Method, Status: the single key "$".
using RuleCategory = std::map<std::string, RuleList>;

/// All rules of one part (request, response, message contents).
struct MatchingRules {
  std::map<Category, RuleCategory> categories;

  bool empty() const noexcept;
  /// Appends `rule` to the list at (category, key), creating it if needed.
  void add(Category category, const std::string& key, MatchingRule rule);
  /// The rules of a category, or nullptr.
  const RuleCategory* find(Category category) const;
  RuleCategory& category(Category c) { return categories[c]; }

  bool operator==(const MatchingRules&) const = default;
};

}  // namespace pact::model
