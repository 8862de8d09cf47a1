#pragma once
// The matching-rule definition expression language (integration-json.md §12):
// `matching(regex, '\d+', '123')`, `eachValue(matching(type, 1))`,
// `atLeast(1), atMost(5)`, ... Used inside "pact:matcher:type" strings and
// by pactffi_parse_matcher_definition (§13).

#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "model/generator.hpp"
#include "model/matching_rule.hpp"
#include "support/result.hpp"

namespace pact::integration_json {

/// Type of an expression's example value; numbered as the C enum
/// ExpressionValueType (integration-json.md §13).
enum class ValueType : int { Unknown = 0, String = 1, Number = 2, Integer = 3, Decimal = 4, Boolean = 5 };

/// Merges the value types of two composed definitions (§12.3 merge table;
/// `accumulated` is the row, `next` the column).
ValueType merge_value_types(ValueType accumulated, ValueType next) noexcept;

/// `matching($'name')`: a reference to another attribute, left unresolved.
struct RuleReference {
  std::string name;
  bool operator==(const RuleReference&) const = default;
};

/// One top-level item of a definition: a rule or an unresolved reference.
using RuleOrReference = std::variant<model::MatchingRule, RuleReference>;

/// The result of parsing an expression (§12.3).
struct RuleDefinition {
  std::string value;                         ///< example value text ("" when none)
  ValueType value_type = ValueType::Unknown;
  std::vector<RuleOrReference> rules;        ///< top-level rules and references, in order
  std::optional<model::Generator> generator; ///< first generator of the composition
  std::string expression;                    ///< the expression text
};

/// Largest expression accepted, and deepest eachKey/eachValue/arrayContains
/// nesting: bounds on hostile input (CONVENTIONS.md, robustness).
inline constexpr std::size_t kMaxExpressionLength = 1024 * 1024;
inline constexpr int kMaxExpressionDepth = 100;

/// True when the first token of `text` is one of the seven expression
/// keywords (matching, notEmpty, eachKey, eachValue, atLeast, atMost,
/// arrayContains) — the reference's is_matcher_def.
bool is_expression(std::string_view text);

/// Parses an expression. Errors carry the first line of the reference's
/// diagnostic (e.g. "Error: Expected a comma, got 'notEmpty'"; plain-text
/// errors such as "expected comma, got 'x'" are reproduced as they are).
support::Result<RuleDefinition> parse_expression(std::string_view text);

/// pactffi_parse_matcher_definition semantics (§13): empty text is an error,
/// text starting with a keyword is parsed, anything else is a definition
/// whose value is the text verbatim (type String, no rules, no generator).
support::Result<RuleDefinition> parse_matcher_definition(std::string_view text);

}  // namespace pact::integration_json
