#include <gtest/gtest.h>

#include "matching/date_pattern.hpp"
#include "matching/regex_cache.hpp"
#include "matching/rules.hpp"

namespace pact::matching {
namespace {

using model::MatchingRule;
using model::RuleKind;

MatchingRule rule(RuleKind kind, json::object attrs = {}) { return MatchingRule{kind, std::move(attrs)}; }

TEST(Regex, FirstMatchMustCoverTheWholeText) {
  EXPECT_TRUE(regex_full_match("\\d+", "123").value());
  EXPECT_FALSE(regex_full_match("\\d+", "123abc").value());
  EXPECT_FALSE(regex_full_match("a|ab", "ab").value());
  EXPECT_FALSE(regex_full_match("a.*?", "abc").value());
  EXPECT_TRUE(regex_full_match("^abc$", "abc").value());
  EXPECT_TRUE(regex_full_match("\\h+", "0fA9").value());
}

TEST(Regex, InvalidPatternIsAMismatchNotACrash) {
  EXPECT_FALSE(regex_full_match("(", "x").ok());
  const auto failure = match_string_rule(rule(RuleKind::Regex, {{"regex", "("}}), "", "x", false);
  ASSERT_TRUE(failure);
  EXPECT_EQ(failure->rfind("'(' is not a valid regular expression - ", 0), 0u) << *failure;
}

TEST(JsonRules, TextsAndNumberKinds) {
  const MatchingRule eq;
  EXPECT_EQ(*match_json_rule(eq, json::value(1), json::value(2), false), "Expected 2 (Integer) to be equal to 1 (Integer)");
  EXPECT_EQ(*match_json_rule(eq, json::value("a"), json::value("b"), false),
            "Expected 'b' (String) to be equal to 'a' (String)");
  EXPECT_TRUE(match_json_rule(eq, json::value(1), json::value(1.0), false)) << "1 and 1.0 differ (trap 2)";
  EXPECT_FALSE(match_json_rule(rule(RuleKind::Type), json::value(1), json::value(2.5), false));
  EXPECT_EQ(*match_json_rule(rule(RuleKind::Type), json::value(1), json::value("1"), false),
            "Expected '1' (String) to be the same type as 1 (Integer)");
  EXPECT_FALSE(match_json_rule(rule(RuleKind::Integer), json::value(1), json::value(7), false));
  EXPECT_EQ(*match_json_rule(rule(RuleKind::Integer), json::value(1), json::value("100"), false),
            "Expected '100' (String) to be an integer");
  EXPECT_TRUE(match_json_rule(rule(RuleKind::Decimal), json::value(1.5), json::value(100), false));
  EXPECT_FALSE(match_json_rule(rule(RuleKind::Decimal), json::value(1.5), json::value(100.0), false));
  EXPECT_EQ(*match_json_rule(rule(RuleKind::Null), json::value(nullptr), json::value(1), false),
            "Expected 1 (Integer) to be a null value");
  EXPECT_FALSE(match_json_rule(rule(RuleKind::Boolean), json::value(true), json::value("false"), false));
  EXPECT_EQ(*match_json_rule(rule(RuleKind::NotEmpty), json::value("x"), json::value(""), false),
            "Expected '' (String) to not be empty");
}

TEST(JsonRules, CollectionsAsAWhole) {
  const auto min2 = rule(RuleKind::MinType, {{"min", 2}});
  const json::value one = json::array{1};
  EXPECT_EQ(*match_json_rule(min2, one, one, false), "Expected [1] (size 1) to have minimum size of 2");
  EXPECT_FALSE(match_json_rule(min2, one, one, true)) << "length checks are skipped when cascaded";
  const json::value map = json::object{{"a", 1}};
  EXPECT_EQ(*match_json_rule(rule(RuleKind::Number), map, map, false), "Unable to match {\"a\":1} using Number");
  EXPECT_FALSE(match_json_rule(rule(RuleKind::Number), one, one, false)) << "lists pass; elements cascade";
}

TEST(StringRules, NumericAndBooleanForms) {
  EXPECT_FALSE(match_string_rule(rule(RuleKind::Integer), "", "+5", false));
  EXPECT_EQ(*match_string_rule(rule(RuleKind::Integer), "", "-5", false), "Expected '-5' to match an integer number");
  EXPECT_FALSE(match_string_rule(rule(RuleKind::Decimal), "", "100", false));
  EXPECT_FALSE(match_string_rule(rule(RuleKind::Number), "", "1.5e3", false));
  EXPECT_FALSE(match_string_rule(rule(RuleKind::Number), "", "NaN", false));
  EXPECT_EQ(*match_string_rule(rule(RuleKind::Number), "", "abc", false), "Expected 'abc' to match a number");
  EXPECT_EQ(*match_string_rule(rule(RuleKind::Boolean), "", "yes", false), "Expected yes to match a boolean");
  EXPECT_EQ(*match_string_rule(rule(RuleKind::NotEmpty), "", "", false), "Expected  to not be empty");
  EXPECT_EQ(*match_string_rule(MatchingRule{}, "a", "b", false), "Expected 'b' to be equal to 'a'");
  EXPECT_FALSE(match_string_rule(rule(RuleKind::EachKey), "", "x", true)) << "non-cascading rules pass when inherited";
  EXPECT_EQ(*match_string_rule(rule(RuleKind::EachKey), "", "x", false), "Unable to match 'x' using EachKey");
}

TEST(StringRules, SemverIsStrict) {
  const auto semver = rule(RuleKind::Semver);
  EXPECT_FALSE(match_string_rule(semver, "", "1.2.3", false));
  EXPECT_FALSE(match_string_rule(semver, "", "1.2.3-alpha.1+build.5", false));
  EXPECT_TRUE(match_string_rule(semver, "", "1.2", false));
  EXPECT_TRUE(match_string_rule(semver, "", "01.2.3", false));
  EXPECT_TRUE(match_string_rule(semver, "", "1.2.3-", false));
}

TEST(StatusRules, ClassesAndLists) {
  EXPECT_FALSE(match_status_rule(rule(RuleKind::StatusCode, {{"status", "success"}}), 200, 204, false));
  EXPECT_EQ(*match_status_rule(rule(RuleKind::StatusCode, {{"status", "success"}}), 200, 404, false),
            "Expected status code 404 to be a Successful response (200\u2013299)");
  EXPECT_EQ(*match_status_rule(rule(RuleKind::StatusCode, {{"status", json::array{200, 201}}}), 200, 404, false),
            "Expected status code 404 to be a 200, 201");
  EXPECT_FALSE(match_status_rule(rule(RuleKind::StatusCode, {{"status", "nonError"}}), 200, 302, false));
}

TEST(DatePattern, ValidValues) {
  EXPECT_FALSE(validate_datetime("yyyy-MM-dd", "2023-07-19"));
  EXPECT_FALSE(validate_datetime("yyyy-MM-dd", "2024-1-5"));
  EXPECT_FALSE(validate_datetime("HH:mm:ss", "23:59:60"));
  EXPECT_FALSE(validate_datetime("yyyy-MM-dd'T'HH:mm:ssXXX", "2020-05-21T16:44:32+10:00"));
  EXPECT_FALSE(validate_datetime("yyyy-MM-dd'T'HH:mm:ssXXX", "2020-05-21T16:44:32Z"));
  EXPECT_FALSE(validate_datetime("yyyy-MM-dd'T'HH:mm:ss.SSSX", "2020-05-21T16:44:32.123Z"));
  EXPECT_FALSE(validate_datetime("EEE, dd MMM yyyy", "Tue, 04 Jun 2024"));
  EXPECT_FALSE(validate_datetime("yyyy-MM-dd", "2024-02-29"));
}

TEST(DatePattern, InvalidValuesAndPatterns) {
  EXPECT_TRUE(validate_datetime("yyyy-MM-dd", "23/07/19"));
  EXPECT_TRUE(validate_datetime("yyyy-MM-dd", "2023-07-19x")) << "remaining data";
  EXPECT_TRUE(validate_datetime("yyyy-MM-dd", "2023-02-30"));
  EXPECT_TRUE(validate_datetime("MM-dd", "02-29")) << "no year: non-leap";
  EXPECT_TRUE(validate_datetime("yyyy-MM-ddTHH", "2023-07-19T10")) << "unquoted T makes the pattern invalid";
  EXPECT_TRUE(validate_datetime("yyyy-MM-dd'T'HH:mm:ssXXX", "2020-05-21T16:44:32+12:00")) << "0-11 offset hours";
  EXPECT_TRUE(validate_datetime("zzzz", "Coordinated Universal Time"));
  EXPECT_TRUE(validate_datetime("HH:mm", "24:00"));
  const auto failure = match_json_rule(rule(RuleKind::Date, {{"format", "yyyy-MM-dd"}}), json::value("x"),
                                       json::value("2023/01/01"), false);
  ASSERT_TRUE(failure);
  EXPECT_EQ(failure->rfind("Expected '2023/01/01' to match a date pattern of 'yyyy-MM-dd': ", 0), 0u) << *failure;
}

}  // namespace
}  // namespace pact::matching
