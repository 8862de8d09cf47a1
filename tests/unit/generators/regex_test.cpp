#include <gtest/gtest.h>
#include <re2/re2.h>

#include <chrono>

#include "generators/generate.hpp"
#include "generators/regex_generator.hpp"
#include "test_support.hpp"

namespace pact::generators {
namespace {

using testing::fixed_context;
using testing::gen;

class RegexPatterns : public ::testing::TestWithParam<const char*> {};

TEST_P(RegexPatterns, GeneratedValuesMatch) {
  RandomSource random(1234);
  const RE2 re(GetParam());
  ASSERT_TRUE(re.ok());
  for (int i = 0; i < 30; ++i) {
    auto s = generate_regex(GetParam(), random);
    ASSERT_TRUE(s.ok()) << GetParam() << ": " << s.error().message;
    EXPECT_TRUE(RE2::FullMatch(*s, re)) << GetParam() << " -> " << *s;
  }
}

INSTANTIATE_TEST_SUITE_P(
    Generators, RegexPatterns,
    ::testing::Values("\\d{1,8}", "abc", "[a-z]+", "[A-Fa-f0-9]{4,6}", "(foo|bar|baz)-\\w{3}", "\\s\\S\\D\\W",
                      "colou?r", "x*y+z?", "[^a-z]{5}", ".{3}", "(?:ab){2,}", "(?P<year>\\d{4})-(?P<m>\\d{2})",
                      "(?i)hello", "[[:alpha:]][[:digit:]]", "\\x41\\x{263A}", "é+ü", "[\\d\\-.]{3}", "a{2}b{0,1}c{1,}",
                      "\\.\\*\\+\\?\\(\\)\\[\\]\\{\\}\\|\\\\\\^\\$", "[]a]", "[a-]", "(a|)b", "\\t\\n", "a+?b*?"));

TEST(Regex, AnchorsAreStripped) {
  RandomSource random(1);
  EXPECT_EQ(*generate_regex("^abc$", random), "abc");
  EXPECT_EQ(*generate_regex("^abc", random), "abc");
  EXPECT_EQ(*generate_regex("abc$", random), "abc");
  EXPECT_EQ(*generate_regex("a\\$", random), "a$");
}

TEST(Regex, AnchorsFailWithoutStripping) {
  RandomSource random(1);
  EXPECT_FALSE(generate_regex("^abc$", random, false).ok());
  EXPECT_FALSE(generate_regex("\\bword\\b", random, false).ok());
  EXPECT_TRUE(generate_regex("abc", random, false).ok());
}

TEST(Regex, WordBoundariesAreEmptyAssertions) {
  RandomSource random(1);
  EXPECT_EQ(*generate_regex("\\bword\\b", random), "word");
}

TEST(Regex, UnsupportedAndInvalid) {
  RandomSource random(1);
  EXPECT_FALSE(generate_regex("\\pL", random).ok());
  EXPECT_FALSE(generate_regex("(unclosed", random).ok());
  EXPECT_FALSE(generate_regex("[z-a]", random).ok());
  EXPECT_FALSE(generate_regex("a{1001}", random).ok());
}

TEST(Regex, UnboundedRepeatsAreCappedAt20Extra) {
  RandomSource random(99);
  for (int i = 0; i < 50; ++i) {
    EXPECT_LE(generate_regex("a*", random)->size(), 20U);
    EXPECT_LE(generate_regex("a+", random)->size(), 21U);
    EXPECT_LE(generate_regex("a{3,}", random)->size(), 23U);
  }
}

TEST(Regex, CompatibilitySuiteCase) {
  // {"type":"Regex","regex":"\\d{1,8}"} on "a" gives 1-8 digits.
  auto ctx = fixed_context();
  auto v = generate_value(gen(R"({"type":"Regex","regex":"\\d{1,8}"})"), json::value("a"), ctx);
  ASSERT_TRUE(v.ok());
  EXPECT_TRUE(RE2::FullMatch(std::string(v->get_string()), "\\d{1,8}")) << v->get_string();
  // Always a JSON string, even for a number example.
  EXPECT_TRUE(generate_value(gen(R"({"type":"Regex","regex":"\\d+"})"), json::value(5), ctx)->is_string());
  // A numeric regex attribute is its JSON text.
  EXPECT_EQ(*generate_string(gen(R"({"type":"Regex","regex":5})"), "", ctx), "5");
}

TEST(Regex, HostilePatternsFinishQuickly) {
  RandomSource random(5);
  const auto start = std::chrono::steady_clock::now();
  EXPECT_FALSE(generate_regex(std::string(200000, 'a'), random).ok());
  EXPECT_FALSE(generate_regex(std::string(5000, '(') + "a" + std::string(5000, ')'), random).ok());
  EXPECT_FALSE(generate_regex("(((a{1000}){1000}){1000}){1000}", random).ok());
  EXPECT_FALSE(generate_regex("((((){1000}){1000}){1000}){1000}", random).ok());
  EXPECT_FALSE(generate_regex("a{99999999999999999999}", random).ok());
  EXPECT_FALSE(generate_regex("[", random).ok());
  EXPECT_FALSE(generate_regex("\\", random).ok());
  (void)generate_regex("(a|b|c|d|e|f)*" + std::string(2000, 'x'), random);
  EXPECT_LT(std::chrono::steady_clock::now() - start, std::chrono::seconds(5));
}

}  // namespace
}  // namespace pact::generators
