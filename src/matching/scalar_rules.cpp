// Scalar value matching (matching-rules.md §6.1-§6.3 applied to native
// integers, doubles and booleans), worded as the reference's value-matching
// FFI functions word it.

#include "matching/scalar_rules.hpp"

#include <charconv>
#include <cmath>
#include <string_view>

#include "matching/regex_cache.hpp"
#include "matching/rules.hpp"

namespace pact::matching {
namespace {

using model::MatchingRule;
using model::RuleKind;

// Rules that do not cascade (§2 table, §4.3): inherited, they pass.
bool is_non_cascading(RuleKind kind) {
  return kind == RuleKind::Values || kind == RuleKind::EachKey || kind == RuleKind::EachValue;
}

// Regex on the displayed value (whole-text match, §8).
std::optional<std::string> regex_check(const MatchingRule& rule, const std::string& text) {
  const auto regex = rule_string(rule, "regex");
  auto matched = regex_full_match(regex, text);
  if (!matched.ok()) return "'" + regex + "' is not a valid regular expression - " + matched.error().message;
  if (*matched) return std::nullopt;
  return "Expected " + text + " to match '" + regex + "'";
}

std::optional<std::string> include_check(const MatchingRule& rule, const std::string& text) {
  const auto needle = rule_string(rule, "value");
  if (text.find(needle) != std::string::npos) return std::nullopt;
  return "Expected " + text + " to include '" + needle + "'";
}

// The fallback of every scalar matcher: a rule that does not apply fails,
// unless it was inherited and does not cascade (§4.3).
std::optional<std::string> unable(const MatchingRule& rule, const std::string& shown, bool cascaded,
                                  std::string_view prefix = {}) {
  if (cascaded && is_non_cascading(rule.kind)) return std::nullopt;
  return std::string(prefix) + "Unable to match " + shown + " using " + rule_debug_name(rule);
}

// Integers: the u64 and i64 matchers differ in StatusCode support and in
// which value their "Unable to match" text shows (the reference's u64
// matcher shows the actual value, its i64 matcher the expected one).
template <typename Int>
std::optional<std::string> match_integer(const MatchingRule& rule, Int expected, Int actual, bool cascaded,
                                         bool show_expected) {
  const auto text = std::to_string(actual);
  switch (rule.kind) {
    case RuleKind::Regex: return regex_check(rule, text);
    case RuleKind::Type:
    case RuleKind::MinType:
    case RuleKind::MaxType:
    case RuleKind::MinMaxType:
    case RuleKind::Number:
    case RuleKind::Integer: return std::nullopt;
    case RuleKind::Equality:
      if (expected == actual) return std::nullopt;
      return "Expected " + text + " to be equal to " + std::to_string(expected);
    case RuleKind::Include: return include_check(rule, text);
    case RuleKind::Decimal: return "Expected " + text + " to match a decimal number";
    default: break;
  }
  return unable(rule, show_expected ? std::to_string(expected) : text, cascaded);
}

}  // namespace

std::string display_double(double value) {
  if (std::isnan(value)) return "NaN";
  if (std::isinf(value)) return value > 0 ? "inf" : "-inf";
  // Fixed notation with the shortest round-trip digits is Rust's Display.
  char buffer[400];
  const auto [end, ec] = std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::fixed);
  if (ec != std::errc{}) return std::to_string(value);
  return std::string(buffer, end);
}

std::optional<std::string> match_u64_rule(const MatchingRule& rule, std::uint64_t expected, std::uint64_t actual,
                                          bool cascaded) {
  // A status-code rule reads the value as an HTTP status (§6.3), truncated
  // to 16 bits as the reference does.
  if (rule.kind == RuleKind::StatusCode) {
    return match_status_rule(rule, static_cast<int>(static_cast<std::uint16_t>(expected)),
                             static_cast<int>(static_cast<std::uint16_t>(actual)), cascaded);
  }
  return match_integer(rule, expected, actual, cascaded, false);
}

std::optional<std::string> match_i64_rule(const MatchingRule& rule, std::int64_t expected, std::int64_t actual,
                                          bool cascaded) {
  return match_integer(rule, expected, actual, cascaded, true);
}

std::optional<std::string> match_f64_rule(const MatchingRule& rule, double expected, double actual, bool cascaded) {
  const auto text = display_double(actual);
  switch (rule.kind) {
    case RuleKind::Regex: return regex_check(rule, text);
    case RuleKind::Type:
    case RuleKind::MinType:
    case RuleKind::MaxType:
    case RuleKind::MinMaxType:
    case RuleKind::Number:
    case RuleKind::Decimal: return std::nullopt;
    case RuleKind::Equality:
      if (expected == actual) return std::nullopt;
      return "Expected " + text + " to be equal to " + display_double(expected);
    case RuleKind::Include: return include_check(rule, text);
    case RuleKind::Integer: return "Expected " + text + " to match an integer number";
    default: break;
  }
  return unable(rule, display_double(expected), cascaded);
}

std::optional<std::string> match_bool_rule(const MatchingRule& rule, bool expected, bool actual, bool cascaded) {
  const std::string text = actual ? "true" : "false";
  const std::string shown_expected = expected ? "true" : "false";
  switch (rule.kind) {
    case RuleKind::Regex: return regex_check(rule, text);
    case RuleKind::Type:
    case RuleKind::MinType:
    case RuleKind::MaxType:
    case RuleKind::MinMaxType:
    case RuleKind::Boolean: return std::nullopt;
    case RuleKind::Equality:
      if (expected == actual) return std::nullopt;
      return "Expected " + text + " (Boolean) to be equal to " + shown_expected + " (Boolean)";
    default: break;
  }
  // The reference names the expected value here, with a "Boolean: " prefix.
  return unable(rule, shown_expected, cascaded, "Boolean: ");
}

}  // namespace pact::matching
