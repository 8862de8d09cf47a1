#include <gtest/gtest.h>

#include "matching/request_match.hpp"

namespace pact::matching {
namespace {

using model::Body;
using model::HttpRequest;
using model::HttpResponse;
using model::MatchingRule;
using model::RuleKind;

HttpRequest json_request(std::string body) {
  HttpRequest r;
  r.method = "POST";
  r.path = "/foo";
  r.headers = model::Headers{};
  r.headers->set("Content-Type", {"application/json"});
  r.body = Body::present(std::move(body), "application/json");
  return r;
}

std::vector<std::string> texts(const std::vector<Mismatch>& ms) {
  std::vector<std::string> out;
  for (const auto& m : ms) out.push_back(m.description);
  return out;
}

TEST(MatchRequest, IdenticalRequestsMatchWithPositiveScore) {
  auto e = json_request(R"j({"a":1,"b":[1,2]})j");
  const auto result = match_request(e, e);
  EXPECT_TRUE(result.all_matched());
  EXPECT_EQ(result.score, 3);  // method, path, one header; a matching body adds 0
}

TEST(MatchRequest, MethodIsCaseInsensitivePathIsNot) {
  auto e = json_request("{}");
  auto a = e;
  a.method = "post";
  EXPECT_TRUE(match_request(e, a).all_matched());
  a.path = "/Foo";
  const auto result = match_request(e, a);
  EXPECT_TRUE(result.method_or_path_mismatched());
  EXPECT_EQ(texts(result.path), std::vector<std::string>{"Expected '/Foo' to be equal to '/foo'"});
  a.method = "GET";
  const auto m = match_request(e, a).method;
  ASSERT_EQ(m.size(), 1u);
  EXPECT_EQ(m[0].description, "expected POST but was GET");
}

TEST(MatchRequest, JsonBodyMismatchAsTheMockServerReportsIt) {
  const auto result = match_request(json_request(R"j({"a":1})j"), json_request(R"j({"a":2})j"));
  ASSERT_EQ(result.body.size(), 1u);
  EXPECT_EQ(json::write(json::value(result.body[0].to_json())),
            R"j({"actual":"2","expected":"1","mismatch":"Expected 2 (Integer) to be equal to 1 (Integer)","path":"$.a","type":"BodyMismatch"})j");
  EXPECT_EQ(result.score, 1 + 1 + 1 - 1);
}

TEST(MatchRequest, RequestsRejectUnexpectedKeysResponsesAllowThem) {
  const auto result = match_request(json_request(R"j({"a":1})j"), json_request(R"j({"a":1,"b":2})j"));
  EXPECT_EQ(texts(result.body), std::vector<std::string>{"Expected a Map with keys [a] but received one with keys [a, b]"});
  HttpResponse e;
  e.body = Body::present(R"j({"a":1,"c":3})j", "application/json");
  HttpResponse a;
  a.body = Body::present(R"j({"a":1,"b":2})j", "application/json");
  EXPECT_EQ(texts(match_response(e, a)), std::vector<std::string>{"Actual map is missing the following keys: c"});
}

TEST(MatchRequest, QueryAndHeaderTexts) {
  HttpRequest e;
  e.method = "PUT";
  e.path = "/x";
  e.query = model::Query{};
  e.query->at_or_add("a").push_back("1");
  e.query->at_or_add("b").push_back("2");
  e.headers = model::Headers{};
  e.headers->set("X-Test", {"yes"});
  auto a = e;
  a.query = model::Query{};
  a.query->at_or_add("a").push_back("1");
  a.query->at_or_add("c").push_back("3");
  a.headers = model::Headers{};
  a.headers->set("x-test", {"no"});
  const auto result = match_request(e, a);
  ASSERT_EQ(result.query.size(), 2u);
  EXPECT_EQ(json::write(json::value(result.query[0].to_json())),
            R"j({"actual":"","expected":"[\"2\"]","mismatch":"Expected query parameter 'b' but was missing","parameter":"b","type":"QueryMismatch"})j");
  EXPECT_EQ(json::write(json::value(result.query[1].to_json())),
            R"j({"actual":"[\"3\"]","expected":"","mismatch":"Unexpected query parameter 'c' received","parameter":"c","type":"QueryMismatch"})j");
  ASSERT_EQ(result.headers.size(), 1u);
  EXPECT_EQ(json::write(json::value(result.headers[0].to_json())),
            R"j({"actual":"no","expected":"yes","key":"X-Test","mismatch":"Mismatch with header 'X-Test': Expected 'no' to be equal to 'yes'","type":"HeaderMismatch"})j");
  // +1 method +1 path, query a +1, b -1, c -1, header -1, body 0.
  EXPECT_EQ(result.score, 0);
}

TEST(MatchRequest, ContentTypeHeaderIsParameterAware) {
  auto e = json_request("{}");
  auto a = e;
  a.headers->set("Content-Type", {"application/json;charset=UTF-8"});
  EXPECT_TRUE(match_request(e, a).all_matched());
  const auto reverse = match_request(a, e);
  EXPECT_EQ(texts(reverse.headers),
            std::vector<std::string>{"Mismatch with header 'Content-Type': Expected header 'Content-Type' to have value "
                                     "'application/json;charset=UTF-8' but was 'application/json'"});
}

TEST(MatchRequest, BodyTypeMismatch) {
  auto e = json_request(R"j({"one":"a"})j");
  auto a = e;
  a.headers->set("Content-Type", {"application/xml"});
  a.body = Body::present("<a/>", "application/xml");
  const auto result = match_request(e, a);
  ASSERT_EQ(result.body.size(), 1u);
  EXPECT_EQ(json::write(json::value(result.body[0].to_json())),
            R"j({"actual":"application/xml","actualBody":"<a/>","expected":"application/json","expectedBody":"{\"one\":\"a\"}","mismatch":"Expected a body of 'application/json' but the actual content type was 'application/xml'","type":"BodyTypeMismatch"})j");
}

TEST(MatchRequest, EachLikeAndRegexRules) {
  auto e = json_request(R"j({"items":[{"id":1,"name":"x"}],"code":"AB12"})j");
  e.matching_rules.add(model::Category::Body, "$.items", MatchingRule{RuleKind::MinType, {{"min", 1}}});
  e.matching_rules.add(model::Category::Body, "$.code", MatchingRule{RuleKind::Regex, {{"regex", "[A-Z]{2}\\d+"}}});
  auto a = json_request(R"j({"items":[{"id":2,"name":"y"},{"id":3,"name":"z"}],"code":"ZZ9"})j");
  EXPECT_TRUE(match_request(e, a).all_matched());
  auto bad = json_request(R"j({"items":[{"id":"2","name":"y"}],"code":"zz9"})j");
  EXPECT_EQ(texts(match_request(e, bad).body),
            (std::vector<std::string>{"Expected '2' (String) to be the same type as 1 (Integer)",
                                      "Expected 'zz9' to match '[A-Z]{2}\\d+'"}));
  auto empty = json_request(R"j({"items":[],"code":"AB1"})j");
  EXPECT_EQ(texts(match_request(e, empty).body), std::vector<std::string>{"Expected [] (size 0) to have minimum size of 1"});
}

TEST(MatchRequest, ArraysWithoutRulesAreStrict) {
  const auto result = match_request(json_request(R"j([1,2])j"), json_request(R"j([1,2,3])j"));
  EXPECT_EQ(texts(result.body), std::vector<std::string>{"Expected a List with 2 elements but received 3 elements"});
}

TEST(MatchRequest, EachKeyAndEachValue) {
  auto e = json_request(R"j({"m":{"abc":"x"}})j");
  json::array inner{json::object{{"match", "regex"}, {"regex", "[a-z]+"}}};
  e.matching_rules.add(model::Category::Body, "$.m", MatchingRule{RuleKind::EachKey, {{"rules", inner}}});
  auto a = json_request(R"j({"m":{"def":"y","100":"z"}})j");
  const auto result = match_request(e, a);
  ASSERT_EQ(result.body.size(), 1u);
  EXPECT_EQ(result.body[0].location, "$.m[100]");
  EXPECT_EQ(result.body[0].description, "Expected '100' to match '[a-z]+'");
  auto ev = json_request(R"j({"m":{"a":"x"}})j");
  json::array ints{json::object{{"pact:matcher:type", "integer"}}};
  ev.matching_rules.add(model::Category::Body, "$.m", MatchingRule{RuleKind::EachValue, {{"rules", ints}}});
  EXPECT_TRUE(match_request(ev, json_request(R"j({"m":{"x":1,"y":2}})j")).all_matched());
  EXPECT_EQ(texts(match_request(ev, json_request(R"j({"m":{"x":1,"y":"2"}})j")).body),
            std::vector<std::string>{"Expected '2' (String) to be an integer"});
}

TEST(MatchRequest, ArrayContainsFindsVariantsAnywhere) {
  auto e = json_request(R"j([{"a":1},{"b":2}])j");
  e.matching_rules.add(model::Category::Body, "$", MatchingRule{RuleKind::ArrayContains, {{"variants", json::array{}}}});
  EXPECT_TRUE(match_request(e, json_request(R"j([{"c":3},{"b":2},{"a":1}])j")).all_matched());
  EXPECT_EQ(texts(match_request(e, json_request(R"j([{"a":1}])j")).body),
            std::vector<std::string>{"Variant at index 1 ({\"b\":2}) was not found in the actual list"});
}

TEST(MatchRequest, BodyPresence) {
  auto e = json_request(R"j({"a":1})j");
  auto a = e;
  a.body = Body::missing();
  const auto missing = match_request(e, a).body;
  ASSERT_EQ(missing.size(), 1u);
  EXPECT_EQ(missing[0].location, "/");
  EXPECT_EQ(missing[0].description, "Expected body Present(7 bytes, application/json) but was missing");
  e.body = Body::missing();
  a.body = Body::present("anything", "text/plain");
  EXPECT_TRUE(match_request(e, a).body.empty());
}

TEST(MatchRequest, FormBodiesUseTheQueryAlgorithm) {
  HttpRequest e;
  e.headers = model::Headers{};
  e.headers->set("Content-Type", {"application/x-www-form-urlencoded"});
  e.body = Body::present("a=1&b=x+y");
  auto a = e;
  a.body = Body::present("b=x%20y&a=1");
  EXPECT_TRUE(match_request(e, a).all_matched());
  a.body = Body::present("a=2&b=x+y&c=3");
  EXPECT_EQ(texts(match_request(e, a).body),
            (std::vector<std::string>{"Expected form post parameter 'a' with value '1' but was '2'",
                                      "Unexpected form post parameter 'c' received"}));
}

// The reference reports the body before the status (verifier.md §12.2).
TEST(MatchResponse, StatusAndTextBodies) {
  HttpResponse e;
  e.status = 200;
  e.headers = model::Headers{};
  e.headers->set("Content-Type", {"text/plain"});
  e.body = Body::present("hello");
  auto a = e;
  a.status = 404;
  a.body = Body::present("bye");
  EXPECT_EQ(texts(match_response(e, a)),
            (std::vector<std::string>{"Expected body 'hello' to match 'bye' using equality but did not match",
                                      "expected 200 but was 404"}));
  e.matching_rules.add(model::Category::Status, "$", MatchingRule{RuleKind::StatusCode, {{"status", "clientError"}}});
  e.matching_rules.add(model::Category::Body, "$", MatchingRule{RuleKind::Regex, {{"regex", "b.e"}}});
  EXPECT_TRUE(match_response(e, a).empty());
}

// mock-server.md §6: a matching body adds nothing to the score and each
// mismatching body path takes one away, as the reference's
// RequestMatchResult::score does.
TEST(MatchRequest, MatchingBodyScoresZero) {
  auto expected = json_request(R"j({"a":1})j");
  auto actual = expected;
  EXPECT_EQ(match_request(expected, actual).score, 3);
  actual.body = Body::present(R"j({"a":2})j", "application/json");
  EXPECT_EQ(match_request(expected, actual).score, 2);
}

}  // namespace
}  // namespace pact::matching
