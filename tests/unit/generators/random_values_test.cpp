#include <gtest/gtest.h>
#include <re2/re2.h>

#include <set>

#include "generators/generate.hpp"
#include "test_support.hpp"

namespace pact::generators {
namespace {

using testing::fixed_context;
using testing::gen;

TEST(RandomInt, NumberExampleGivesNumberInRange) {
  auto ctx = fixed_context();
  const auto g = gen(R"({"type":"RandomInt","min":1,"max":3})");
  std::set<std::int64_t> seen;
  for (int i = 0; i < 200; ++i) {
    auto v = generate_value(g, json::value(5), ctx);
    ASSERT_TRUE(v.ok());
    ASSERT_TRUE(v->is_int64());
    seen.insert(v->get_int64());
  }
  EXPECT_EQ(seen, (std::set<std::int64_t>{1, 2, 3}));
}

TEST(RandomInt, StringExampleGivesDigitString) {
  auto ctx = fixed_context();
  auto v = generate_value(gen(R"({"type":"RandomInt","min":100,"max":100})"), json::value("5"), ctx);
  ASSERT_TRUE(v.ok());
  EXPECT_EQ(*v, json::value("100"));
}

TEST(RandomInt, NullAndBoolExamplesGiveNumbers) {
  auto ctx = fixed_context();
  const auto g = gen(R"({"type":"RandomInt","min":7,"max":7})");
  EXPECT_EQ(*generate_value(g, json::value(nullptr), ctx), json::value(7));
  EXPECT_EQ(*generate_value(g, json::value(true), ctx), json::value(7));
  EXPECT_EQ(*generate_string(g, "x", ctx), "7");
}

TEST(RandomInt, DefaultsAndNonIntegerAttributes) {
  auto ctx = fixed_context();
  // Strings, null and floats are ignored: the defaults 0..10 apply (§3).
  const auto g = gen(R"({"type":"RandomInt","min":"5","max":2.5})");
  for (int i = 0; i < 100; ++i) {
    const auto n = generate_value(g, json::value(0), ctx)->get_int64();
    EXPECT_GE(n, 0);
    EXPECT_LE(n, 10);
  }
}

TEST(RandomInt, MinAboveDefaultMaxDoesNotCrash) {
  auto ctx = fixed_context();
  // The reference panics here (trap 11); we swap the bounds.
  const auto n = generate_value(gen(R"({"type":"RandomInt","min":20})"), json::value(0), ctx)->get_int64();
  EXPECT_GE(n, 10);
  EXPECT_LE(n, 20);
}

TEST(RandomInt, SameSeedSameSequence) {
  auto a = fixed_context(Mode::Consumer, 7);
  auto b = fixed_context(Mode::Consumer, 7);
  const auto g = gen(R"({"type":"RandomInt","min":0,"max":1000000})");
  for (int i = 0; i < 10; ++i) EXPECT_EQ(*generate_value(g, json::value(0), a), *generate_value(g, json::value(0), b));
}

TEST(RandomDecimal, DigitCountsAndShape) {
  auto ctx = fixed_context();
  EXPECT_EQ(*generate_value(gen(R"({"type":"RandomDecimal","digits":0})"), json::value("x"), ctx), json::value(""));
  const RE2 one("[0-9]");
  const RE2 two("[0-9]\\.[0-9]");
  const RE2 many("(0|[1-9][0-9]*)\\.[0-9]{2,}");
  for (int i = 0; i < 100; ++i) {
    const std::string d1(generate_value(gen(R"({"type":"RandomDecimal","digits":1})"), json::value("x"), ctx)->get_string());
    EXPECT_TRUE(RE2::FullMatch(d1, one)) << d1;
    const std::string d2(generate_value(gen(R"({"type":"RandomDecimal","digits":2})"), json::value("x"), ctx)->get_string());
    EXPECT_TRUE(RE2::FullMatch(d2, two)) << d2;
    const std::string d6(generate_value(gen(R"({"type":"RandomDecimal","digits":6})"), json::value("x"), ctx)->get_string());
    EXPECT_TRUE(RE2::FullMatch(d6, many)) << d6;
    EXPECT_EQ(d6.size(), 7U) << d6;
  }
}

TEST(RandomDecimal, NumberExampleGivesDouble) {
  auto ctx = fixed_context();
  auto v = generate_value(gen(R"({"type":"RandomDecimal","digits":5})"), json::value(1.5), ctx);
  ASSERT_TRUE(v.ok());
  EXPECT_TRUE(v->is_double());
  // Other JSON kinds get a string (§4).
  EXPECT_TRUE(generate_value(gen(R"({"type":"RandomDecimal"})"), json::value(nullptr), ctx)->is_string());
}

TEST(RandomDecimal, StatusIsAnError) {
  auto ctx = fixed_context();
  EXPECT_FALSE(generate_status(gen(R"({"type":"RandomDecimal"})"), 200, ctx).ok());
}

TEST(RandomHexadecimal, UpperCaseOfRequestedLength) {
  auto ctx = fixed_context();
  const RE2 hex("[0-9A-F]{12}");
  for (int i = 0; i < 20; ++i) {
    auto v = generate_value(gen(R"({"type":"RandomHexadecimal","digits":12})"), json::value(1), ctx);
    ASSERT_TRUE(v->is_string());
    EXPECT_TRUE(RE2::FullMatch(std::string(v->get_string()), hex)) << v->get_string();
  }
  EXPECT_EQ(generate_string(gen(R"({"type":"RandomHexadecimal"})"), "", ctx)->size(), 10U);
}

TEST(RandomString, AlphanumericOfSize) {
  auto ctx = fixed_context();
  const RE2 alnum("[A-Za-z0-9]{25}");
  auto v = generate_value(gen(R"({"type":"RandomString","size":25})"), json::value(true), ctx);
  ASSERT_TRUE(v->is_string());
  EXPECT_TRUE(RE2::FullMatch(std::string(v->get_string()), alnum));
  EXPECT_EQ(generate_string(gen(R"({"type":"RandomString"})"), "", ctx)->size(), 10U);
}

TEST(RandomBoolean, JsonBooleanAndText) {
  auto ctx = fixed_context();
  std::set<bool> seen;
  for (int i = 0; i < 50; ++i) {
    auto v = generate_value(gen(R"({"type":"RandomBoolean"})"), json::value("a"), ctx);
    ASSERT_TRUE(v->is_bool());
    seen.insert(v->get_bool());
    const auto text = *generate_string(gen(R"({"type":"RandomBoolean"})"), "", ctx);
    EXPECT_TRUE(text == "true" || text == "false");
  }
  EXPECT_EQ(seen.size(), 2U);
}

struct UuidCase {
  const char* generator;
  const char* pattern;
};

class UuidFormats : public ::testing::TestWithParam<UuidCase> {};

TEST_P(UuidFormats, StringExampleUsesTheFormat) {
  auto ctx = fixed_context();
  const auto v = generate_value(gen(GetParam().generator), json::value("x"), ctx);
  ASSERT_TRUE(v.ok());
  EXPECT_TRUE(RE2::FullMatch(std::string(v->get_string()), GetParam().pattern)) << v->get_string();
  const auto s = generate_string(gen(GetParam().generator), "", ctx);
  EXPECT_TRUE(RE2::FullMatch(*s, GetParam().pattern)) << *s;
}

constexpr const char* kLower = "[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}";

INSTANTIATE_TEST_SUITE_P(
    Generators, UuidFormats,
    ::testing::Values(
        UuidCase{R"({"type":"Uuid"})", kLower}, UuidCase{R"({"type":"Uuid","format":"lower-case-hyphenated"})", kLower},
        UuidCase{R"({"type":"Uuid","format":"simple"})", "[0-9a-f]{12}4[0-9a-f]{3}[89ab][0-9a-f]{15}"},
        UuidCase{R"({"type":"Uuid","format":"upper-case-hyphenated"})",
                 "[0-9A-F]{8}-[0-9A-F]{4}-4[0-9A-F]{3}-[89AB][0-9A-F]{3}-[0-9A-F]{12}"},
        UuidCase{R"({"type":"Uuid","format":"URN"})",
                 "urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}"},
        // Names are exact: these mean the default (§7, trap 10).
        UuidCase{R"({"type":"Uuid","format":"urn"})", kLower}, UuidCase{R"({"type":"Uuid","format":"uppercase"})", kLower},
        UuidCase{R"({"type":"Uuid","format":null})", kLower}));

TEST(Uuid, NonStringExampleIgnoresTheFormat) {
  auto ctx = fixed_context();
  const auto v = generate_value(gen(R"({"type":"Uuid","format":"upper-case-hyphenated"})"), json::value(12), ctx);
  EXPECT_TRUE(RE2::FullMatch(std::string(v->get_string()), kLower)) << v->get_string();
}

TEST(Generators, UnknownTypeFails) {
  auto ctx = fixed_context();
  EXPECT_FALSE(generate_value(gen(R"({"type":"PluginThing","x":1})"), json::value(1), ctx).ok());
  EXPECT_FALSE(generate_string(gen(R"({"type":"PluginThing"})"), "a", ctx).ok());
  EXPECT_FALSE(generate_status(gen(R"({"type":"PluginThing"})"), 200, ctx).ok());
}

TEST(Status, RandomIntCastsBoundsTo16Bits) {
  auto ctx = fixed_context();
  for (int i = 0; i < 50; ++i) {
    const auto s = *generate_status(gen(R"({"type":"RandomInt","min":400,"max":404})"), 200, ctx);
    EXPECT_GE(s, 400);
    EXPECT_LE(s, 404);
  }
  // 65936 wraps to 400.
  EXPECT_EQ(*generate_status(gen(R"({"type":"RandomInt","min":65936,"max":65936})"), 200, ctx), 400);
}

}  // namespace
}  // namespace pact::generators
