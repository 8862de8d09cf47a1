#include "support/json.hpp"

#include <gtest/gtest.h>

namespace pact::json {
namespace {

TEST(CanonicalJson, SortsKeysAndKeepsNumberKinds) {
  auto v = parse(R"({"b":1,"a":[1.0,2.5,1e21,100],"C":"x/y"})");
  ASSERT_TRUE(v.ok());
  EXPECT_EQ(write(*v), R"({"C":"x/y","a":[1.0,2.5,1e21,100],"b":1})");
}

TEST(CanonicalJson, PrettyLayoutMatchesPactFiles) {
  auto v = parse(R"({"z":{},"a":[],"m":{"k":[1,{"y":null}]}})");
  ASSERT_TRUE(v.ok());
  EXPECT_EQ(write(*v, Layout::Pretty),
            "{\n  \"a\": [],\n  \"m\": {\n    \"k\": [\n      1,\n      {\n        \"y\": null\n      }\n    ]\n  },\n  \"z\": {}\n}");
}

TEST(CanonicalJson, EscapesOnlyWhatJsonRequires) {
  EXPECT_EQ(write(value("é/\"\\\n\x01")), "\"é/\\\"\\\\\\n\\u0001\"");
}

TEST(CanonicalJson, RejectsInvalidAndTooDeep) {
  EXPECT_FALSE(parse("{").ok());
  EXPECT_FALSE(parse(std::string(10000, '[') + std::string(10000, ']')).ok());
}

TEST(CanonicalJson, PlainString) {
  EXPECT_EQ(to_plain_string(value("abc")), "abc");
  EXPECT_EQ(to_plain_string(value(nullptr)), "");
  EXPECT_EQ(to_plain_string(value(12)), "12");
}

}  // namespace
}  // namespace pact::json
