#include <gtest/gtest.h>

#include "matching/mismatch_text.hpp"

namespace pact::matching {
namespace {

Mismatch make(Mismatch::Kind kind, std::string location, json::value e, json::value a, std::string text) {
  Mismatch m;
  m.kind = kind;
  m.location = std::move(location);
  m.expected = std::move(e);
  m.actual = std::move(a);
  m.description = std::move(text);
  return m;
}

TEST(MismatchText, SummariesNameWhatWasExpected) {
  EXPECT_EQ(mismatch_summary(make(Mismatch::Kind::Method, "", "GET", "POST", "")), "is a GET request");
  EXPECT_EQ(mismatch_summary(make(Mismatch::Kind::Path, "", "/a", "/b", "x")), "to path '/a'");
  EXPECT_EQ(mismatch_summary(make(Mismatch::Kind::Status, "", 200, 404, "x")), "has status code 200");
  EXPECT_EQ(mismatch_summary(make(Mismatch::Kind::Query, "q", "1", "2", "x")), "includes parameter 'q' with value '1'");
  EXPECT_EQ(mismatch_summary(make(Mismatch::Kind::Header, "X", "v", "w", "x")), "includes header 'X' with value 'v'");
  EXPECT_EQ(mismatch_summary(make(Mismatch::Kind::BodyType, "", "a/b", "c/d", "x")), "has a matching body");
  EXPECT_EQ(mismatch_summary(make(Mismatch::Kind::Metadata, "k", "1", "2", "x")), "has matching metadata");
}

TEST(MismatchText, DescriptionsFollowTheKind) {
  EXPECT_EQ(mismatch_description(make(Mismatch::Kind::Method, "", "GET", "POST", "")), "expected GET but was POST");
  EXPECT_EQ(mismatch_description(make(Mismatch::Kind::Body, "$.a", "1", "2", "text")), "$.a -> text");
  EXPECT_EQ(mismatch_description(make(Mismatch::Kind::BodyType, "", "application/json", "text/plain", "other")),
            "Expected a body of 'application/json' but the actual content type was 'text/plain'");
  EXPECT_EQ(mismatch_description(make(Mismatch::Kind::Header, "X", "v", "w", "header text")), "header text");
}

TEST(MismatchText, AnsiDescriptionsPaintExpectedRedActualGreen) {
  EXPECT_EQ(mismatch_ansi_description(make(Mismatch::Kind::Status, "", 200, 404, "")),
            "expected \x1b[31m200\x1b[0m but was \x1b[32m404\x1b[0m");
  EXPECT_EQ(mismatch_ansi_description(make(Mismatch::Kind::Path, "", "/a", "/b", "")),
            "expected '\x1b[31m/a\x1b[0m' but was '\x1b[32m/b\x1b[0m'");
  EXPECT_EQ(mismatch_ansi_description(make(Mismatch::Kind::Query, "q", "1", "2", "")),
            "Expected '\x1b[31m1\x1b[0m' but received '\x1b[32m2\x1b[0m' for query parameter '\x1b[1mq\x1b[0m'");
  EXPECT_EQ(mismatch_ansi_description(make(Mismatch::Kind::Header, "X", "v", "w", "")),
            "Expected header '\x1b[1mX\x1b[0m' to have value '\x1b[31mv\x1b[0m' but was '\x1b[32mw\x1b[0m'");
}

}  // namespace
}  // namespace pact::matching
