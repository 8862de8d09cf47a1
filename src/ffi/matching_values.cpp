// Header section "Matching values": one matching rule applied to a pair of
// values (matching-rules.md §6) and pactffi_check_regex (§8). The rule
// semantics live in src/matching; this file converts arguments.
//
// Return family of pactffi_matches_*_value (ffi-conventions.md §6): NULL
// when the value matches, otherwise an owned mismatch text. When the call
// itself fails (NULL rule, NULL or non-UTF-8 string) the reference returns
// its panic text as an owned string and sets the last error.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "ffi/args.hpp"
#include "ffi/export.hpp"
#include "ffi/guard.hpp"
#include "ffi/model_iterators.hpp"
#include "ffi/model_objects.hpp"
#include "ffi/ownership.hpp"
#include "matching/regex_cache.hpp"
#include "matching/rules.hpp"
#include "matching/scalar_rules.hpp"
#include "pact.h"
#include "support/json.hpp"

using namespace pact;
using namespace pact::ffi;

namespace {

// The failure value of the family: an owned copy of the reference's text.
const char* internal_error_text() noexcept {
  try {
    return hand_over_string("INTERNAL ERROR: function panicked");
  } catch (...) {
    return nullptr;
  }
}

const char* outcome(const std::optional<std::string>& failure) {
  return failure ? hand_over_string(*failure) : nullptr;
}

const model::MatchingRule& rule_arg(const MatchingRule* rule) { return required_obj(rule, "matching_rule").rule.get(); }

// A binary argument: NULL with a length of 0 is empty; NULL with a length
// is an error rather than the reference's undefined behaviour.
std::string_view bytes_arg(const unsigned char* data, uintptr_t length, const char* name) {
  if (data == nullptr) {
    if (length == 0) return {};
    fail(std::string(name) + " is null");
  }
  return {reinterpret_cast<const char*>(data), static_cast<std::size_t>(length)};
}

}  // namespace

PACT_FFI_EXPORT const char* pactffi_matches_string_value(const MatchingRule* matching_rule, const char* expected_value,
                                                         const char* actual_value, uint8_t cascaded) {
  bool completed = false;
  const char* result = guarded<const char*>(nullptr, [&] {
    const auto& rule = rule_arg(matching_rule);
    const auto expected = required_str(expected_value, "expected_value");
    const auto actual = required_str(actual_value, "actual_value");
    const char* text = outcome(matching::match_string_rule(rule, expected, actual, cascaded > 0));
    completed = true;
    return text;
  });
  return completed ? result : internal_error_text();
}

PACT_FFI_EXPORT const char* pactffi_matches_u64_value(const MatchingRule* matching_rule, uint64_t expected_value,
                                                      uint64_t actual_value, uint8_t cascaded) {
  bool completed = false;
  const char* result = guarded<const char*>(nullptr, [&] {
    const char* text =
        outcome(matching::match_u64_rule(rule_arg(matching_rule), expected_value, actual_value, cascaded > 0));
    completed = true;
    return text;
  });
  return completed ? result : internal_error_text();
}

PACT_FFI_EXPORT const char* pactffi_matches_i64_value(const MatchingRule* matching_rule, int64_t expected_value,
                                                      int64_t actual_value, uint8_t cascaded) {
  bool completed = false;
  const char* result = guarded<const char*>(nullptr, [&] {
    const char* text =
        outcome(matching::match_i64_rule(rule_arg(matching_rule), expected_value, actual_value, cascaded > 0));
    completed = true;
    return text;
  });
  return completed ? result : internal_error_text();
}

PACT_FFI_EXPORT const char* pactffi_matches_f64_value(const MatchingRule* matching_rule, double expected_value,
                                                      double actual_value, uint8_t cascaded) {
  bool completed = false;
  const char* result = guarded<const char*>(nullptr, [&] {
    const char* text =
        outcome(matching::match_f64_rule(rule_arg(matching_rule), expected_value, actual_value, cascaded > 0));
    completed = true;
    return text;
  });
  return completed ? result : internal_error_text();
}

PACT_FFI_EXPORT const char* pactffi_matches_bool_value(const MatchingRule* matching_rule, uint8_t expected_value,
                                                       uint8_t actual_value, uint8_t cascaded) {
  bool completed = false;
  const char* result = guarded<const char*>(nullptr, [&] {
    // Any non-zero byte is true, as in the reference.
    const char* text = outcome(
        matching::match_bool_rule(rule_arg(matching_rule), expected_value > 0, actual_value > 0, cascaded > 0));
    completed = true;
    return text;
  });
  return completed ? result : internal_error_text();
}

PACT_FFI_EXPORT const char* pactffi_matches_binary_value(const MatchingRule* matching_rule,
                                                         const unsigned char* expected_value,
                                                         uintptr_t expected_value_len,
                                                         const unsigned char* actual_value,
                                                         uintptr_t actual_value_len, uint8_t cascaded) {
  bool completed = false;
  const char* result = guarded<const char*>(nullptr, [&] {
    const auto& rule = rule_arg(matching_rule);
    const auto expected = bytes_arg(expected_value, expected_value_len, "expected_value");
    const auto actual = bytes_arg(actual_value, actual_value_len, "actual_value");
    const char* text = outcome(matching::match_bytes_rule(rule, expected, actual, cascaded > 0));
    completed = true;
    return text;
  });
  return completed ? result : internal_error_text();
}

PACT_FFI_EXPORT const char* pactffi_matches_json_value(const MatchingRule* matching_rule, const char* expected_value,
                                                       const char* actual_value, uint8_t cascaded) {
  bool completed = false;
  const char* result = guarded<const char*>(nullptr, [&] {
    const auto& rule = rule_arg(matching_rule);
    const auto expected_text = required_str(expected_value, "expected_value");
    const auto actual_text = required_str(actual_value, "actual_value");
    const char* text = nullptr;
    // Unparsable JSON is reported as the mismatch text, not as a failure.
    auto expected = json::parse(expected_text);
    auto actual = json::parse(actual_text);
    if (!expected.ok()) {
      text = hand_over_string("Failed to parse expected JSON: " + expected.error().message);
    } else if (!actual.ok()) {
      text = hand_over_string("Failed to parse actual JSON: " + actual.error().message);
    } else {
      text = outcome(matching::match_json_rule(rule, *expected, *actual, cascaded > 0));
    }
    completed = true;
    return text;
  });
  return completed ? result : internal_error_text();
}

PACT_FFI_EXPORT bool pactffi_check_regex(const char* regex, const char* example) {
  return guarded<bool>(false, [&] {
    // NULL, non-UTF-8 or invalid regex: false without a last error, as in
    // the reference; a NULL or non-UTF-8 example is "" (optional style).
    if (regex == nullptr) return false;
    const auto pattern = optional_str(regex);
    if (!pattern) return false;
    const auto text = optional_str(example).value_or("");
    auto matched = matching::regex_full_match(*pattern, text);
    return matched.ok() && *matched;
  });
}
