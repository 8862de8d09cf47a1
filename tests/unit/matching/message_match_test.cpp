#include <gtest/gtest.h>

#include "matching/message_match.hpp"
#include "model/content_type.hpp"

namespace pact::matching {
namespace {

using model::Body;
using model::MessageContents;

MessageContents json_message(std::string body, json::object metadata = {}) {
  MessageContents m;
  m.contents = Body::present(std::move(body), "application/json");
  m.metadata = std::move(metadata);
  return m;
}

TEST(MatchMessage, EqualMessagesMatchAndUnexpectedKeysAreAllowed) {
  const auto e = json_message(R"({"a":1})", {{"k", "v"}});
  const auto a = json_message(R"({"a":1,"b":2})", {{"k", "v"}, {"extra", 1}});
  EXPECT_TRUE(match_message(e, a).empty());
}

TEST(MatchMessage, BodyDifferenceIsABodyMismatch) {
  const auto ms = match_message(json_message(R"({"a":1})"), json_message(R"({"a":2})"));
  ASSERT_EQ(ms.size(), 1u);
  EXPECT_EQ(ms[0].kind, Mismatch::Kind::Body);
  EXPECT_EQ(ms[0].location, "$.a");
}

TEST(MatchMessage, ContentTypeFromMetadataDecidesTheComparison) {
  MessageContents e;
  e.contents = Body::present(R"({"a":1})");
  e.metadata = {{"contentType", "application/json"}};
  MessageContents a;
  a.contents = Body::present("<a/>");
  a.metadata = {{"contentType", "application/xml"}};
  const auto ms = match_message(e, a);
  ASSERT_FALSE(ms.empty());
  EXPECT_EQ(ms[0].kind, Mismatch::Kind::BodyType);
  EXPECT_EQ(ms[0].description, "Expected message with content type application/json but was application/xml");
}

TEST(MatchMessage, MissingMetadataKeyShowsThePlainValue) {
  const auto ms = match_message(json_message("{}", {{"destination", "queue"}}), json_message("{}"));
  ASSERT_EQ(ms.size(), 1u);
  EXPECT_EQ(ms[0].kind, Mismatch::Kind::Metadata);
  EXPECT_EQ(ms[0].location, "destination");
  EXPECT_EQ(ms[0].expected, json::value("queue"));
  EXPECT_EQ(ms[0].actual, json::value(""));
  EXPECT_EQ(ms[0].description, "Expected message metadata 'destination' but was missing");
  EXPECT_EQ(json::write(json::value(ms[0].to_json())),
            R"({"actual":"","expected":"queue","key":"destination","mismatch":"Expected message metadata 'destination' but was missing","type":"MetadataMismatch"})");
}

TEST(MatchMessage, MetadataValuesAreJsonValues) {
  // matching-rules.md trap 20: "100" is not 100 under Equality.
  const auto ms = match_message(json_message("{}", {{"n", "100"}}), json_message("{}", {{"n", 100}}));
  ASSERT_EQ(ms.size(), 1u);
  EXPECT_EQ(ms[0].expected, json::value("\"100\""));
  EXPECT_EQ(ms[0].actual, json::value("100"));
  EXPECT_TRUE(ms[0].description.starts_with("Expected metadata key 'n' to have value '\"100\"' but was '100' - "))
      << ms[0].description;
}

TEST(MatchMessage, MetadataRulesApplyAtTheKey) {
  auto e = json_message("{}", {{"id", "abc"}});
  e.matching_rules.add(model::Category::Metadata, "id", model::MatchingRule{model::RuleKind::Regex, {{"regex", "^[a-z]+$"}}});
  EXPECT_TRUE(match_message(e, json_message("{}", {{"id", "xyz"}})).empty());
  const auto ms = match_message(e, json_message("{}", {{"id", "X1"}}));
  ASSERT_EQ(ms.size(), 1u);
  EXPECT_EQ(ms[0].kind, Mismatch::Kind::Metadata);
}

TEST(MatchMessage, ContentTypeMetadataIsParameterAware) {
  const auto e = json_message("{}", {{"contentType", "application/json;charset=utf-8"}});
  EXPECT_TRUE(match_message(e, json_message("{}", {{"contentType", "application/json; charset=UTF-8"}})).empty());
  const auto ms = match_message(e, json_message("{}", {{"contentType", "application/json"}}));
  ASSERT_EQ(ms.size(), 1u);
  EXPECT_EQ(ms[0].description,
            "Expected metadata key 'contentType' to have value '\"application/json;charset=utf-8\"' but was "
            "'\"application/json\"' - Expected metadata 'contentType' to have value 'application/json;charset=utf-8' "
            "but was 'application/json'");
}

TEST(MatchMessage, MessageContentTypeHasOneSource) {
  MessageContents m;
  m.contents = Body::present("{}");
  m.metadata = {{"Content-Type", "text/plain"}};
  EXPECT_EQ(model::message_content_type(m)->to_string(), "text/plain");
  m.metadata.clear();
  EXPECT_EQ(model::message_content_type(m)->to_string(), "application/json");
}

TEST(MatchSyncMessage, ResponseCountsMustAgree) {
  model::SynchronousMessage e;
  e.request = json_message("{}");
  e.responses = {json_message(R"({"r":1})")};
  model::SynchronousMessage a = e;
  EXPECT_TRUE(match_sync_message(e, a).empty());

  a.responses.clear();
  auto ms = match_sync_message(e, a);
  ASSERT_EQ(ms.size(), 1u);
  EXPECT_EQ(ms[0].kind, Mismatch::Kind::BodyType);
  EXPECT_EQ(ms[0].description, "Expected a message with a response, but the actual response was empty");
  EXPECT_EQ(ms[0].expected, json::value("message response"));

  a.responses = {json_message(R"({"r":1})"), json_message(R"({"r":1})")};
  ms = match_sync_message(e, a);
  ASSERT_EQ(ms.size(), 1u);
  EXPECT_EQ(ms[0].description, "Expected a message with 1 responses, but the actual response had 2");

  a.responses = {json_message(R"({"r":2})")};
  ms = match_sync_message(e, a);
  ASSERT_EQ(ms.size(), 1u);
  EXPECT_EQ(ms[0].location, "$.r");
}

}  // namespace
}  // namespace pact::matching
