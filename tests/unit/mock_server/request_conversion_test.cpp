#include "mock_server/request_conversion.hpp"

#include <gtest/gtest.h>

namespace pact::mock_server {
namespace {

using Values = std::vector<std::optional<std::string>>;

TEST(ParseQuery, EmptyIsNothing) {
  EXPECT_FALSE(parse_query("").has_value());
  EXPECT_FALSE(parse_query("&&").has_value());
}

TEST(ParseQuery, ValuelessAndEmptyValues) {
  // mock-server.md §5: a&b= gives a: [null], b: [""].
  auto q = parse_query("a&b=");
  ASSERT_TRUE(q);
  ASSERT_EQ(q->entries.size(), 2u);
  EXPECT_EQ(q->entries[0].first, "a");
  EXPECT_EQ(q->entries[0].second, (Values{std::nullopt}));
  EXPECT_EQ(q->entries[1].first, "b");
  EXPECT_EQ(q->entries[1].second, (Values{std::string()}));
}

TEST(ParseQuery, RepeatedNamesKeepArrivalOrder) {
  auto q = parse_query("x=1&y&x=2");
  ASSERT_TRUE(q);
  ASSERT_EQ(q->entries.size(), 2u);
  EXPECT_EQ(q->entries[0].first, "x");
  EXPECT_EQ(q->entries[0].second, (Values{"1", "2"}));
  EXPECT_EQ(q->entries[1].second, (Values{std::nullopt}));
}

TEST(ParseQuery, PercentAndPlusDecoding) {
  auto q = parse_query("na%20me=a+b%2Bc&k=%C3%A9");
  ASSERT_TRUE(q);
  EXPECT_EQ(q->entries[0].first, "na me");
  EXPECT_EQ(q->entries[0].second, (Values{"a b+c"}));
  EXPECT_EQ(q->entries[1].second, (Values{"\xC3\xA9"}));
}

TEST(ParseQuery, UndecodableKeptVerbatim) {
  auto q = parse_query("a=%zz&b=50%");
  ASSERT_TRUE(q);
  EXPECT_EQ(q->entries[0].second, (Values{"%zz"}));
  EXPECT_EQ(q->entries[1].second, (Values{"50%"}));
}

TEST(ParseQuery, ValueMayContainEquals) {
  auto q = parse_query("a=b=c");
  ASSERT_TRUE(q);
  EXPECT_EQ(q->entries[0].second, (Values{"b=c"}));
}

TEST(ToPactRequest, MethodPathQueryHeadersBody) {
  RawRequest raw;
  raw.method = "POST";
  raw.target = "/foo/bar%20baz?x=1&y";
  raw.fields = {{"Host", "127.0.0.1:1234"},
                {"Content-Type", "application/json"},
                {"Accept", "text/plain, application/json"},
                {"X-Rep", "one"},
                {"x-rep", "two"}};
  raw.body = R"({"a":1})";
  auto r = to_pact_request(raw);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->method, "POST");
  EXPECT_EQ(r->path, "/foo/bar%20baz");  // raw path, no decoding
  ASSERT_TRUE(r->query);
  EXPECT_EQ(r->query->entries.size(), 2u);
  ASSERT_TRUE(r->headers);
  // names lower-cased, in arrival order
  ASSERT_EQ(r->headers->entries.size(), 4u);
  EXPECT_EQ(r->headers->entries[0].first, "host");
  EXPECT_EQ(r->headers->entries[1].first, "content-type");
  EXPECT_EQ(r->headers->entries[2].first, "accept");
  EXPECT_EQ(r->headers->entries[2].second, (std::vector<std::string>{"text/plain", "application/json"}));
  EXPECT_EQ(r->headers->entries[3].first, "x-rep");
  EXPECT_EQ(r->headers->entries[3].second, (std::vector<std::string>{"one", "two"}));
  EXPECT_EQ(r->body.state, model::BodyState::Present);
  EXPECT_EQ(r->body.bytes, R"({"a":1})");
  EXPECT_EQ(r->body.content_type, "application/json");
}

TEST(ToPactRequest, DateHeaderIsNotSplit) {
  RawRequest raw{"GET", "/", {{"Date", "Tue, 15 Nov 1994 08:12:31 GMT"}}, {}};
  auto r = to_pact_request(raw);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->headers->entries[0].second.size(), 1u);
}

TEST(ToPactRequest, EmptyBodyAndNoQuery) {
  RawRequest raw{"GET", "/a?", {}, {}};
  auto r = to_pact_request(raw);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->path, "/a");
  EXPECT_FALSE(r->query);
  EXPECT_FALSE(r->headers);
  EXPECT_EQ(r->body.state, model::BodyState::Empty);
}

TEST(ToPactRequest, AbsoluteFormTarget) {
  RawRequest raw{"GET", "http://example.com/p/q?z=1", {}, {}};
  auto r = to_pact_request(raw);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->path, "/p/q");
  ASSERT_TRUE(r->query);
  EXPECT_EQ(r->query->entries[0].first, "z");
}

TEST(ToPactRequest, InvalidHeaderEncodingIsAnError) {
  RawRequest raw{"GET", "/", {{"X-Bad", "caf\xC3\xA9"}}, {}};
  auto r = to_pact_request(raw);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().message, kInvalidHeaderEncoding);
}

}  // namespace
}  // namespace pact::mock_server
