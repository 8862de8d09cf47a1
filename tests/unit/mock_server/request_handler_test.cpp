#include "mock_server/request_handler.hpp"

#include <gtest/gtest.h>

#include "pacts.hpp"
#include "support/json.hpp"
#include "test_support.hpp"

namespace pact::mock_server {
namespace {

using testing::pact_from;

model::HttpRequest make_request(std::string method, std::string path,
                                std::vector<std::pair<std::string, std::vector<std::string>>> headers = {},
                                std::string body = {}, std::string content_type = {}) {
  model::HttpRequest r;
  r.method = std::move(method);
  r.path = std::move(path);
  if (!headers.empty()) r.headers = model::Headers{std::move(headers)};
  r.body = body.empty() ? model::Body::empty() : model::Body::present(std::move(body), std::move(content_type));
  return r;
}

RequestHandler handler_for(const char* pact_json, bool cors = false) {
  return RequestHandler(std::make_shared<const model::Pact>(pact_from(pact_json)), cors);
}

std::vector<std::string> names(const MockResponse& r) {
  std::vector<std::string> out;
  for (const auto& h : r.headers) out.push_back(h.first);
  return out;
}

std::string header(const MockResponse& r, std::string_view name) {
  for (const auto& h : r.headers) {
    if (h.first == name) return h.second;
  }
  return "<absent>";
}

TEST(RequestHandler, MatchedRequestGetsPactResponseAfterCorsHeaders) {
  auto handler = handler_for(testing::kFooBarPact);
  auto out = handler.handle(
      make_request("POST", "/foo/78", {{"content-type", {"application/json"}}}, R"({"a": 1})", "application/json"));
  EXPECT_EQ(out.record.outcome, Outcome::Matched);
  EXPECT_EQ(out.record.interaction, 0u);
  EXPECT_EQ(out.response.status, 201);
  EXPECT_EQ(names(out.response),
            (std::vector<std::string>{"Access-Control-Allow-Origin", "Access-Control-Allow-Headers",
                                      "Access-Control-Allow-Methods", "Access-Control-Expose-Headers",
                                      "Access-Control-Allow-Credentials", "X-Res", "Content-Type"}));
  EXPECT_EQ(header(out.response, "Access-Control-Allow-Origin"), "*");
  EXPECT_EQ(header(out.response, "Access-Control-Allow-Methods"),
            "GET, HEAD, POST, PUT, DELETE, CONNECT, OPTIONS, TRACE, PATCH");
  EXPECT_EQ(header(out.response, "Access-Control-Expose-Headers"), "Location, Link");
  EXPECT_EQ(header(out.response, "Access-Control-Allow-Credentials"), "true");
  auto body = json::parse(out.response.body);
  ASSERT_TRUE(body.ok());
  EXPECT_EQ(json::write(*body), R"({"ok":true})");
}

TEST(RequestHandler, AllowOriginEchoesOriginValues) {
  auto handler = handler_for(testing::kFooBarPact);
  auto out = handler.handle(make_request("GET", "/bar", {{"origin", {"http://a", "http://b"}}}));
  EXPECT_EQ(out.record.outcome, Outcome::Matched);
  EXPECT_EQ(out.response.status, 200);
  EXPECT_EQ(header(out.response, "Access-Control-Allow-Origin"), "http://a, http://b");
  EXPECT_TRUE(out.response.body.empty());
  // No Content-Type is invented when the pact response has none (§7.1).
  EXPECT_EQ(header(out.response, "Content-Type"), "<absent>");
}

TEST(RequestHandler, BodyMismatchIsRequestMismatch) {
  auto handler = handler_for(testing::kFooBarPact);
  auto out = handler.handle(
      make_request("POST", "/foo/78", {{"content-type", {"application/json"}}}, R"({"a": 2})", "application/json"));
  EXPECT_EQ(out.record.outcome, Outcome::Mismatch);
  EXPECT_TRUE(out.record.reportable);
  EXPECT_EQ(out.record.interaction, 0u);
  ASSERT_EQ(out.record.mismatches.size(), 1u);
  EXPECT_EQ(out.record.mismatches[0].type_name(), "BodyMismatch");
  EXPECT_EQ(out.response.status, 500);
  EXPECT_EQ(header(out.response, "X-Pact"), "Request-Mismatch");
  EXPECT_EQ(header(out.response, "Access-Control-Allow-Origin"), "*");
  EXPECT_EQ(header(out.response, "Content-Type"), "application/json; charset=utf-8");
  auto body = json::parse(out.response.body);
  ASSERT_TRUE(body.ok());
  const auto* error = json::find(*body, "error");
  ASSERT_TRUE(error && error->is_string());
  EXPECT_EQ(std::string(error->as_string()).rfind("Request-Mismatch : HttpRequest { method: \"POST\"", 0), 0u);
}

TEST(RequestHandler, WrongPathIsUnexpected) {
  auto handler = handler_for(testing::kFooBarPact);
  auto out = handler.handle(make_request("DELETE", "/nope"));
  EXPECT_EQ(out.record.outcome, Outcome::Unexpected);
  EXPECT_TRUE(out.record.reportable);
  EXPECT_EQ(out.response.status, 500);
  EXPECT_EQ(header(out.response, "X-Pact"), "Unexpected-Request");
  auto body = json::parse(out.response.body);
  ASSERT_TRUE(body.ok());
  EXPECT_EQ(std::string(json::find(*body, "error")->as_string()).rfind("Unexpected-Request : ", 0), 0u);
}

TEST(RequestHandler, HeadToGetInteractionIsUnexpected) {
  auto handler = handler_for(testing::kFooBarPact);
  EXPECT_EQ(handler.handle(make_request("HEAD", "/bar")).record.outcome, Outcome::Unexpected);
}

TEST(RequestHandler, BestScoreWinsOverAPerfectMatch) {
  // mock-server.md §6: A scores 4, B scores 2, so the request is unexpected
  // although B matches it.
  auto handler = handler_for(testing::kBestScorePact);
  auto out = handler.handle(make_request("GET", "/b", {{"x-one", {"1"}}, {"x-two", {"2"}}, {"x-three", {"3"}}}));
  EXPECT_EQ(out.record.outcome, Outcome::Unexpected);
  // Without the headers B wins and matches.
  auto plain = handler.handle(make_request("GET", "/b"));
  EXPECT_EQ(plain.record.outcome, Outcome::Matched);
  EXPECT_EQ(plain.record.interaction, 1u);
  EXPECT_EQ(plain.response.status, 202);
}

TEST(RequestHandler, NoHttpInteractionsMeansUnexpected) {
  auto handler = handler_for(testing::kEmptyPact);
  EXPECT_EQ(handler.handle(make_request("GET", "/")).record.outcome, Outcome::Unexpected);
}

TEST(RequestHandler, UnmatchedOptionsWithoutPreflightIs500ButNotReported) {
  auto handler = handler_for(testing::kFooBarPact, false);
  auto out = handler.handle(make_request("OPTIONS", "/foo/1"));
  EXPECT_EQ(out.response.status, 500);
  EXPECT_FALSE(out.record.reportable);
}

TEST(RequestHandler, CorsPreflight) {
  auto handler = handler_for(testing::kFooBarPact, true);
  auto out = handler.handle(make_request(
      "OPTIONS", "/foo/1",
      {{"origin", {"http://mine"}}, {"access-control-request-headers", {"x-a", "x-b"}}}));
  EXPECT_FALSE(out.record.reportable);
  EXPECT_EQ(out.response.status, 204);
  EXPECT_TRUE(out.response.body.empty());
  EXPECT_EQ(names(out.response),
            (std::vector<std::string>{"Access-Control-Allow-Origin", "Access-Control-Allow-Methods",
                                      "Access-Control-Allow-Headers", "Access-Control-Expose-Headers",
                                      "Access-Control-Allow-Credentials"}));
  EXPECT_EQ(header(out.response, "Access-Control-Allow-Origin"), "http://mine");
  EXPECT_EQ(header(out.response, "Access-Control-Allow-Headers"), "x-a, x-b, *");

  auto bare = handler.handle(make_request("OPTIONS", "/anything"));
  EXPECT_EQ(bare.response.status, 204);
  EXPECT_EQ(header(bare.response, "Access-Control-Allow-Headers"), "*");
  EXPECT_EQ(header(bare.response, "Access-Control-Allow-Origin"), "*");
}

TEST(RequestHandler, ExplicitOptionsInteractionWinsOverPreflight) {
  auto handler = handler_for(testing::kOptionsPact, true);
  auto out = handler.handle(make_request("OPTIONS", "/opt"));
  EXPECT_EQ(out.record.outcome, Outcome::Matched);
  EXPECT_EQ(out.response.status, 200);
}

TEST(RequestHandler, PactHeaderWithLineBreakIsRefused) {
  auto pact = pact_from(testing::kFooBarPact);
  pact.interactions[1].http()->response.headers = model::Headers{{{"X-Evil", {"a\r\nInjected: 1"}}}};
  RequestHandler handler(std::make_shared<const model::Pact>(std::move(pact)), false);
  auto out = handler.handle(make_request("GET", "/bar"));
  EXPECT_EQ(out.record.outcome, Outcome::Matched);
  EXPECT_EQ(out.response.status, 500);
  EXPECT_EQ(out.response.body, "Could not set response header");
}

TEST(RequestHandler, LogLinesNameTheRequest) {
  auto handler = handler_for(testing::kFooBarPact);
  auto out = handler.handle(make_request("GET", "/bar"));
  ASSERT_FALSE(out.log_lines.empty());
  EXPECT_EQ(out.log_lines[0], "Received request GET /bar");
}

TEST(RequestGroups, IdenticalRequestsShareTheFirstAndMessagesAreExcluded) {
  auto pact = pact_from(testing::kOptionsPact);
  auto copy = pact.interactions[0];
  copy.description = "options again";
  copy.key = "k3";
  pact.interactions.push_back(copy);
  const auto groups = request_groups(pact);
  ASSERT_EQ(groups.size(), 3u);
  EXPECT_EQ(groups[0], 0u);
  EXPECT_EQ(groups[1], kNotHttp);
  EXPECT_EQ(groups[2], 0u);
}

TEST(DumpRequest, IsReadable) {
  auto r = make_request("POST", "/x", {{"a", {"1", "2"}}}, "hi \"there\"", "text/plain");
  r.query = model::Query{{{"q", {std::nullopt, std::string("v")}}}};
  EXPECT_EQ(dump_request(r),
            "HttpRequest { method: \"POST\", path: \"/x\", query: Some({\"q\": [None, \"v\"]}), "
            "headers: Some({\"a\": [\"1\", \"2\"]}), body: Present(b\"hi \\\"there\\\"\", Some(text/plain)) }");
}

}  // namespace
}  // namespace pact::mock_server
