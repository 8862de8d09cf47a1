#include <gtest/gtest.h>
#include <re2/re2.h>

#include "generators/generate.hpp"
#include "model/matching_rule.hpp"
#include "test_support.hpp"

namespace pact::generators {
namespace {

using testing::fixed_context;
using testing::gen;

model::HttpResponse json_response(std::string_view body) {
  model::HttpResponse r;
  r.headers.emplace();
  r.headers->entries.push_back({"Content-Type", {"application/json; charset=utf-8"}});
  r.body = model::Body::present(std::string(body));
  return r;
}

TEST(ApplyBody, RandomIntAtPathReplacesExistingValues) {
  auto ctx = fixed_context();
  auto r = json_response(R"({"id": null, "b": "x"})");
  r.generators.add(model::Category::Body, "$.id", gen(R"({"type":"RandomInt","min":5,"max":5})"));
  const auto out = apply_response_generators(r, ctx);
  EXPECT_EQ(out.body.bytes, R"({"b":"x","id":5})");
  EXPECT_EQ(out.body.content_type, "application/json");
  // The header is unchanged (§13).
  EXPECT_EQ(out.headers->entries.front().second.front(), "application/json; charset=utf-8");
  // The stored response is not modified.
  EXPECT_EQ(r.body.bytes, R"({"id": null, "b": "x"})");
}

TEST(ApplyBody, WildcardsAndIndices) {
  auto ctx = fixed_context();
  auto r = json_response(R"({"a":[{"b":1,"c":1},{"b":2}],"o":{"x":"1","y":"2"},"n":[1,2,3]})");
  r.generators.add(model::Category::Body, "$.a[*].b", gen(R"({"type":"RandomInt","min":9,"max":9})"));
  r.generators.add(model::Category::Body, "$.o.*", gen(R"({"type":"RandomInt","min":8,"max":8})"));
  r.generators.add(model::Category::Body, "$.n[1]", gen(R"({"type":"RandomInt","min":7,"max":7})"));
  r.generators.add(model::Category::Body, "$.missing.deeper", gen(R"({"type":"RandomInt"})"));
  r.generators.add(model::Category::Body, "$.n[10]", gen(R"({"type":"RandomInt"})"));
  r.generators.add(model::Category::Body, "not a [ path", gen(R"({"type":"RandomInt"})"));
  const auto out = apply_response_generators(r, ctx);
  EXPECT_EQ(out.body.bytes, R"({"a":[{"b":9,"c":1},{"b":9}],"n":[1,7,3],"o":{"x":"8","y":"8"}})");
}

TEST(ApplyBody, RootPathReplacesTheDocument) {
  auto ctx = fixed_context();
  auto r = json_response(R"({"a":1})");
  r.generators.add(model::Category::Body, "$", gen(R"({"type":"RandomBoolean"})"));
  const auto out = apply_response_generators(r, ctx);
  EXPECT_TRUE(out.body.bytes == "true" || out.body.bytes == "false") << out.body.bytes;
}

TEST(ApplyBody, SkippedGeneratorStillNormalisesTheBody) {
  auto ctx = fixed_context();
  auto r = json_response(R"({ "z": 1,  "a": 2 })");
  r.generators.add(model::Category::Body, "$.a", gen(R"({"type":"ProviderState","expression":"${a}"})"));
  EXPECT_EQ(apply_response_generators(r, ctx).body.bytes, R"({"a":2,"z":1})");
}

TEST(ApplyBody, InvalidJsonAndMissingBodyAreUnchanged) {
  auto ctx = fixed_context();
  auto r = json_response("{not json");
  r.generators.add(model::Category::Body, "$.a", gen(R"({"type":"RandomInt"})"));
  EXPECT_EQ(apply_response_generators(r, ctx).body, r.body);
  r.body = model::Body::missing();
  EXPECT_EQ(apply_response_generators(r, ctx).body, r.body);
}

TEST(ApplyBody, PlainTextIsUnchanged) {
  auto ctx = fixed_context();
  model::HttpResponse r;
  r.body = model::Body::present("hello", "text/plain");
  r.generators.add(model::Category::Body, "$", gen(R"({"type":"RandomInt"})"));
  EXPECT_EQ(apply_response_generators(r, ctx).body, r.body);
}

TEST(ApplyBody, Xml) {
  auto ctx = fixed_context();
  model::HttpResponse r;
  r.body = model::Body::present(R"(<?xml version="1.0"?><root><item id="1">old</item><item id="2"/><other/></root>)",
                                "application/xml");
  r.generators.add(model::Category::Body, "$.root.item['@id']", gen(R"({"type":"RandomInt","min":7,"max":7})"));
  r.generators.add(model::Category::Body, "$.root.item['#text']", gen(R"({"type":"Regex","regex":"new"})"));
  r.generators.add(model::Category::Body, "$.root.other['@missing']", gen(R"({"type":"RandomInt"})"));
  const auto out = apply_response_generators(r, ctx);
  EXPECT_EQ(out.body.bytes, R"(<?xml version="1.0"?><root><item id="7">new</item><item id="7">new</item><other/></root>)");
  EXPECT_EQ(out.body.content_type, "application/xml");
}

TEST(ApplyBody, FormUrlEncoded) {
  auto ctx = fixed_context();
  model::HttpRequest r;
  r.body = model::Body::present("a=1&b=x%20y&a=2&a=3", "application/x-www-form-urlencoded");
  r.generators.add(model::Category::Body, "$.a", gen(R"({"type":"RandomInt","min":9,"max":9})"));
  r.generators.add(model::Category::Body, "$.a[2]", gen(R"({"type":"RandomInt","min":8,"max":8})"));
  r.generators.add(model::Category::Body, "$.zz", gen(R"({"type":"RandomInt"})"));
  EXPECT_EQ(apply_request_generators(r, ctx).body.bytes, "a=9&b=x%20y&a=2&a=8");
}

TEST(ApplyBody, ArrayContainsVariants) {
  auto ctx = fixed_context();
  auto r = json_response(R"({"items":[{"kind":"a","v":0},{"kind":"b","v":0},{"kind":"c","v":0}]})");
  const auto rule = *model::MatchingRule::from_json(json::parse(R"({
    "match": "arrayContains",
    "variants": [
      {"index": 0, "rules": {"$.kind": {"combine": "AND", "matchers": [{"match": "regex", "regex": "a"}]}},
       "generators": {"$.v": {"type": "RandomInt", "min": 11, "max": 11}}},
      {"index": 1, "rules": {"$.kind": {"combine": "AND", "matchers": [{"match": "regex", "regex": "b"}]}},
       "generators": {"$.v": {"type": "RandomInt", "min": 22, "max": 22}}}
    ]})")->as_object());
  r.matching_rules.add(model::Category::Body, "$.items", rule);
  const auto out = apply_response_generators(r, ctx);
  EXPECT_EQ(out.body.bytes, R"({"items":[{"kind":"a","v":11},{"kind":"b","v":22},{"kind":"c","v":0}]})");
}

TEST(ApplyResponse, StatusAndHeaders) {
  auto ctx = fixed_context();
  model::HttpResponse r;
  r.headers.emplace();
  r.headers->entries.push_back({"X-Multi", {"a", "b"}});
  r.headers->entries.push_back({"x-test", {"keep"}});
  r.generators.add(model::Category::Status, "$", gen(R"({"type":"RandomInt","min":201,"max":201})"));
  r.generators.add(model::Category::Header, "X-Multi", gen(R"({"type":"RandomInt","min":3,"max":3})"));
  r.generators.add(model::Category::Header, "X-Test", gen(R"({"type":"Uuid","format":"simple"})"));
  r.generators.add(model::Category::Header, "X-Bad", gen(R"({"type":"Date","format":null})"));
  const auto out = apply_response_generators(r, ctx);
  EXPECT_EQ(out.status, 201);
  ASSERT_EQ(out.headers->entries.size(), 4U);
  EXPECT_EQ(out.headers->entries[0].second, std::vector<std::string>{"3"});  // multi-value collapses to one
  EXPECT_EQ(out.headers->entries[1].second, std::vector<std::string>{"keep"});  // exact-case lookup
  EXPECT_EQ(out.headers->entries[2].first, "X-Bad");
  EXPECT_EQ(out.headers->entries[2].second, std::vector<std::string>{""});  // failed: empty example kept
  EXPECT_EQ(out.headers->entries[3].first, "X-Test");
  EXPECT_EQ(out.headers->entries[3].second.front().size(), 32U);
}

TEST(ApplyResponse, StatusGeneratorThatCannotProduceAStatus) {
  auto ctx = fixed_context();
  model::HttpResponse r;
  r.status = 204;
  r.generators.add(model::Category::Status, "$", gen(R"({"type":"Uuid"})"));
  EXPECT_EQ(apply_response_generators(r, ctx).status, 204);
}

TEST(ApplyRequest, PathQueryHeadersButNeverMethod) {
  auto ctx = fixed_context(Mode::Provider);
  ctx.values["id"] = 1000;
  model::HttpRequest r;
  r.method = "GET";
  r.path = "/path/1";
  r.query.emplace();
  r.query->entries.push_back({"q", {std::string("1"), std::nullopt, std::string("3")}});
  r.generators.add(model::Category::Method, "$", gen(R"({"type":"Regex","regex":"POST"})"));
  r.generators.add(model::Category::Path, "$", gen(R"({"type":"ProviderState","expression":"/path/${id}"})"));
  r.generators.add(model::Category::Query, "q", gen(R"({"type":"RandomInt","min":4,"max":4})"));
  r.generators.add(model::Category::Query, "new", gen(R"({"type":"Regex","regex":"v"})"));
  r.generators.add(model::Category::Header, "X-Id", gen(R"({"type":"ProviderState","expression":"${id}"})"));
  const auto out = apply_request_generators(r, ctx);
  EXPECT_EQ(out.method, "GET");
  EXPECT_EQ(out.path, "/path/1000");
  ASSERT_EQ(out.query->entries.size(), 2U);
  EXPECT_EQ(out.query->entries[0].second,
            (std::vector<std::optional<std::string>>{std::string("4"), std::string("4"), std::string("4")}));
  EXPECT_EQ(out.query->entries[1].second, (std::vector<std::optional<std::string>>{std::string("v")}));
  EXPECT_EQ(out.headers->entries.at(0).second, std::vector<std::string>{"1000"});
}

TEST(ApplyRequest, CompatibilitySuiteProviderStateBody) {
  auto ctx = fixed_context(Mode::Provider);
  ctx.values["id"] = 1000;
  model::HttpRequest r;
  r.body = model::Body::present(R"({"one":"${id}"})", "application/json");
  r.generators.add(model::Category::Body, "$.one", gen(R"({"type":"ProviderState","expression":"${id}"})"));
  EXPECT_EQ(apply_request_generators(r, ctx).body.bytes, R"({"one":1000})");
}

TEST(ApplyMessage, MetadataAndContents) {
  auto ctx = fixed_context();
  model::MessageContents m;
  m.contents = model::Body::present(R"({"a":"x"})");
  m.metadata["contentType"] = "application/json";
  m.metadata["present"] = "5";
  m.generators.add(model::Category::Metadata, "present", gen(R"({"type":"RandomInt","min":6,"max":6})"));
  m.generators.add(model::Category::Metadata, "added", gen(R"({"type":"RandomInt","min":2,"max":2})"));
  m.generators.add(model::Category::Metadata, "uuid", gen(R"({"type":"Uuid","format":"simple"})"));
  m.generators.add(model::Category::Body, "$.a", gen(R"({"type":"RandomInt","min":1,"max":1})"));
  const auto out = apply_message_generators(m, ctx);
  EXPECT_EQ(out.metadata.at("present"), json::value("6"));
  EXPECT_EQ(out.metadata.at("added"), json::value(2));
  // Absent key: null example, so the default Uuid format (§13).
  EXPECT_EQ(out.metadata.at("uuid").get_string().size(), 36U);
  EXPECT_EQ(out.contents.bytes, R"({"a":"1"})");
}

TEST(ApplyBody, HostilePathsAndDeepDocuments) {
  auto ctx = fixed_context();
  std::string deep;
  for (int i = 0; i < 200; ++i) deep += "{\"a\":";
  deep += "1";
  for (int i = 0; i < 200; ++i) deep += "}";
  auto r = json_response(deep);
  std::string path = "$";
  for (int i = 0; i < 200; ++i) path += ".a";
  r.generators.add(model::Category::Body, path, gen(R"({"type":"RandomInt","min":2,"max":2})"));
  std::string long_path = "$";
  for (int i = 0; i < 5000; ++i) long_path += ".a";
  r.generators.add(model::Category::Body, long_path, gen(R"({"type":"RandomInt"})"));
  r.generators.add(model::Category::Body, "$.x", gen(R"({"type":"RandomString","size":100000000000})"));
  r.generators.add(model::Category::Body, "$.a", gen(R"({"type":"NoSuchGenerator"})"));
  const auto out = apply_response_generators(r, ctx);
  EXPECT_NE(out.body.bytes.find(":2}"), std::string::npos);
}

}  // namespace
}  // namespace pact::generators
