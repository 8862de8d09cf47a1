// What pact-python and pact-js actually send (integration-json.md §14).
#include <gtest/gtest.h>

#include "test_helpers.hpp"

namespace pact::integration_json {
namespace {

using testing::body;
using testing::generators_of;
using testing::rules_of;
using testing::value_of;

std::string rule_json(const BodyResult& r, const std::string& path, std::size_t i = 0) {
  return json::write(r.rules.at(path).rules.at(i).to_json());
}

TEST(PactPython, IntAndIntWithRange) {
  const auto a = body(R"J({"x":{"pact:matcher:type":"integer","value":5}})J");
  EXPECT_EQ(value_of(a), R"J({"x":5})J");
  EXPECT_EQ(rule_json(a, "$.x"), R"J({"match":"integer"})J");
  const auto b = body(R"J({"x":{"pact:matcher:type":"integer","pact:generator:type":"RandomInt","min":1,"max":9}})J");
  EXPECT_EQ(value_of(b), R"J({"x":null})J");
  EXPECT_EQ(generators_of(b), R"J({"$.x":{"max":9,"min":1,"type":"RandomInt"}})J");
}

TEST(PactPython, RegexAndUuid) {
  const auto a = body(R"J({"x":{"pact:matcher:type":"regex","value":"a1","regex":"\\w\\d"}})J");
  EXPECT_EQ(rule_json(a, "$.x"), R"J({"match":"regex","regex":"\\w\\d"})J");
  const auto u = body(R"J({"x":{"pact:matcher:type":"regex","regex":"^[0-9a-f-]+$","pact:generator:type":"Uuid","format":"lowercase"}})J");
  EXPECT_EQ(value_of(u), R"J({"x":null})J");
  EXPECT_EQ(generators_of(u), R"J({"$.x":{"type":"Uuid"}})J");  // unknown format -> default
  const auto urn = body(R"J({"x":{"pact:matcher:type":"regex","regex":".","pact:generator:type":"Uuid","format":"URN","value":"u"}})J");
  EXPECT_EQ(generators_of(urn), R"J({"$.x":{"format":"URN","type":"Uuid"}})J");
}

TEST(PactPython, LikeWithNullMinMaxAndEachLike) {
  const auto a = body(R"J({"x":{"pact:matcher:type":"type","value":"s","min":null,"max":null}})J");
  EXPECT_EQ(rule_json(a, "$.x"), R"J({"match":"type"})J");
  const auto b = body(R"J({"x":{"pact:matcher:type":"type","value":[{"a":1}],"min":1,"max":null}})J");
  EXPECT_EQ(value_of(b), R"J({"x":[{"a":1}]})J");
  EXPECT_EQ(rule_json(b, "$.x"), R"J({"match":"type","min":1})J");
  const auto c = body(R"J({"x":{"pact:matcher:type":"type","value":[1],"min":"2","max":5.9}})J");
  EXPECT_EQ(rule_json(c, "$.x"), R"J({"match":"type","max":5,"min":2})J");
  const auto d = body(R"J({"x":{"pact:matcher:type":"type","value":[1],"min":-1,"max":"x"}})J");
  EXPECT_EQ(rule_json(d, "$.x"), R"J({"match":"type"})J");
}

TEST(PactPython, DateTimestampNullIncludesContentType) {
  const auto r = body(R"J({"d":{"pact:matcher:type":"date","value":"2024-01-01","format":"yyyy-MM-dd"},
    "t":{"pact:matcher:type":"timestamp","value":"x","format":"yyyy-MM-dd'T'HH:mm:ssZ"},
    "dt":{"pact:matcher:type":"datetime","datetime":"HH"},
    "tm":{"pact:matcher:type":"time","value":"x"},
    "n":{"pact:matcher:type":"null"},
    "i":{"pact:matcher:type":"include","value":"x"},
    "c":{"pact:matcher:type":"contentType","value":"text/plain"}})J");
  EXPECT_EQ(value_of(r), R"J({"c":"text/plain","d":"2024-01-01","dt":null,"i":"x","n":null,"t":"x","tm":"x"})J");
  EXPECT_EQ(json::write(r.rules.at("$.d").rules[0].attributes), R"J({"format":"yyyy-MM-dd"})J");
  EXPECT_EQ(r.rules.at("$.t").rules[0].kind, model::RuleKind::Timestamp);
  EXPECT_EQ(json::write(r.rules.at("$.t").rules[0].attributes), R"J({"format":"yyyy-MM-dd'T'HH:mm:ssZ"})J");
  EXPECT_EQ(json::write(r.rules.at("$.dt").rules[0].attributes), R"J({"format":"HH"})J");
  EXPECT_EQ(json::write(r.rules.at("$.tm").rules[0].attributes), R"J({"format":""})J");
  EXPECT_EQ(rule_json(r, "$.n"), R"J({"match":"null"})J");
  EXPECT_EQ(rule_json(r, "$.i"), R"J({"match":"include","value":"x"})J");
  EXPECT_EQ(rule_json(r, "$.c"), R"J({"match":"contentType","value":"text/plain"})J");
}

TEST(PactPython, EachKeyAndEachValueMatches) {
  const auto r = body(R"J({"k":{"pact:matcher:type":"eachKey","value":{"a":1},"rules":[{"pact:matcher:type":"regex","regex":"[a-z]+"}]},
    "v":{"pact:matcher:type":"eachValue","value":{"a":1},"rules":[{"pact:matcher:type":"type","min":1}],"generator":{"type":"RandomInt"}}})J");
  EXPECT_EQ(value_of(r), R"J({"k":{"a":1},"v":{"a":1}})J");
  EXPECT_EQ(rule_json(r, "$.k"), R"J({"match":"eachKey","rules":[{"match":"regex","regex":"[a-z]+"}],"value":"{\"a\":1}"})J");
  EXPECT_EQ(rule_json(r, "$.v"), R"J({"generator":{"max":10,"min":0,"type":"RandomInt"},"match":"eachValue",)J"
                                 R"J("rules":[{"match":"type","min":1}],"value":"{\"a\":1}"})J");
  const auto bad = body(R"J({"k":{"pact:matcher:type":"eachKey","value":{"a":1},"rules":"x"}})J");
  EXPECT_EQ(value_of(bad), R"J({"k":null})J");
}

TEST(PactPython, AndMatcherWithoutValueIsNull) {
  const auto r = body(R"J({"x":{"pact:matcher:type":[{"pact:matcher:type":"integer","value":1},{"pact:matcher:type":"type","min":1,"value":1}]}})J");
  EXPECT_EQ(value_of(r), R"J({"x":null})J");
  EXPECT_EQ(rules_of(r), R"J({"$.x":{"combine":"AND","matchers":[{"match":"integer"},{"match":"type","min":1}]}})J");
}

TEST(PactPython, ArrayContaining) {
  const auto r = body(R"J({"x":{"pact:matcher:type":"arrayContains","variants":[{"pact:matcher:type":"integer","value":1},"s"]}})J");
  EXPECT_EQ(value_of(r), R"J({"x":[1,"s"]})J");
  EXPECT_EQ(rule_json(r, "$.x"), R"J({"match":"arrayContains","variants":[{"index":0,"rules":{"$":{"combine":"AND",)J"
                                 R"J("matchers":[{"match":"integer"}]}}},{"index":1,"rules":{}}]})J");
}

TEST(PactPython, StatusCodeNotEmptySemverNumberKinds) {
  const auto r = body(R"J({"s":{"pact:matcher:type":"statusCode","status":[200,"201"],"value":200},
    "s2":{"pact:matcher:type":"status-code","value":200},"s3":{"pact:matcher:type":"statusCode","status":"bogus","value":1},
    "e":{"pact:matcher:type":"not-empty","value":"x"},"v":{"pact:matcher:type":"semver","value":"1.0.0"},
    "n":{"pact:matcher:type":"number","value":1},"d":{"pact:matcher:type":"real","value":1.5},
    "b":{"pact:matcher:type":"boolean","value":true},"q":{"pact:matcher:type":"equality","value":"q"},
    "m":{"pact:matcher:type":"min","min":2,"value":[1]},"mx":{"pact:matcher:type":"max-type","max":"3","value":[1]},
    "mm":{"pact:matcher:type":"min-type","value":[1]}})J");
  EXPECT_EQ(rule_json(r, "$.s"), R"J({"match":"statusCode","status":[200,201]})J");
  EXPECT_EQ(rule_json(r, "$.s2"), R"J({"match":"statusCode","status":"success"})J");
  EXPECT_FALSE(r.rules.contains("$.s3"));
  EXPECT_EQ(rule_json(r, "$.e"), R"J({"match":"notEmpty"})J");
  EXPECT_EQ(rule_json(r, "$.v"), R"J({"match":"semver"})J");
  EXPECT_EQ(rule_json(r, "$.n"), R"J({"match":"number"})J");
  EXPECT_EQ(rule_json(r, "$.d"), R"J({"match":"decimal"})J");
  EXPECT_EQ(rule_json(r, "$.b"), R"J({"match":"boolean"})J");
  EXPECT_EQ(rule_json(r, "$.q"), R"J({"match":"equality"})J");
  EXPECT_EQ(rule_json(r, "$.m"), R"J({"match":"type","min":2})J");
  EXPECT_EQ(r.rules.at("$.mx").rules[0].kind, model::RuleKind::MaxType);
  EXPECT_EQ(rule_json(r, "$.mx"), R"J({"match":"type","max":3})J");
  EXPECT_FALSE(r.rules.contains("$.mm"));
  EXPECT_EQ(value_of(r).find("\"mm\":null") != std::string::npos, true);
}

TEST(PactPython, GeneratorAttributes) {
  const auto r = body(R"J({
    "a":{"pact:matcher:type":"type","value":1,"pact:generator:type":"RandomDecimal","digits":4},
    "b":{"pact:matcher:type":"type","value":1,"pact:generator:type":"RandomHexadecimal"},
    "c":{"pact:matcher:type":"type","value":1,"pact:generator:type":"RandomString","size":70000},
    "d":{"pact:matcher:type":"regex","regex":"\\d+","value":"1","pact:generator:type":"Regex"},
    "e":{"pact:matcher:type":"type","value":1,"pact:generator:type":"Regex"},
    "f":{"pact:matcher:type":"date","value":"x","pact:generator:type":"Date","format":"yyyy","expression":"today"},
    "g":{"pact:matcher:type":"type","value":1,"pact:generator:type":"ProviderState","expression":"${id}","dataType":"integer"},
    "h":{"pact:matcher:type":"type","value":1,"pact:generator:type":"ProviderState"},
    "i":{"pact:matcher:type":"type","value":1,"pact:generator:type":"MockServerURL"},
    "j":{"pact:matcher:type":"type","value":1,"pact:generator:type":"RandomBoolean"},
    "k":{"pact:matcher:type":"type","value":1,"pact:generator:type":"Unknown"},
    "l":{"pact:matcher:type":"type","value":1,"pact:generator:type":"RandomInt","min":"1","max":2.5},
    "m":{"pact:matcher:type":"type","value":1,"pact:generator:type":"ProviderState","expression":"e","dataType":"weird"},
    "n":{"pact:matcher:type":"time","value":"x","pact:generator:type":"Time","format":null}})J");
  const auto g = [&](const char* p) { return json::write(r.generators.at(p).to_json()); };
  EXPECT_EQ(g("$.a"), R"J({"digits":4,"type":"RandomDecimal"})J");
  EXPECT_EQ(g("$.b"), R"J({"digits":10,"type":"RandomHexadecimal"})J");
  EXPECT_EQ(g("$.c"), R"J({"size":4464,"type":"RandomString"})J");  // truncated to 16 bits
  EXPECT_EQ(g("$.d"), R"J({"regex":"\\d+","type":"Regex"})J");
  EXPECT_FALSE(r.generators.contains("$.e"));
  EXPECT_EQ(g("$.f"), R"J({"expression":"today","format":"yyyy","type":"Date"})J");
  EXPECT_EQ(g("$.g"), R"J({"dataType":"INTEGER","expression":"${id}","type":"ProviderState"})J");
  EXPECT_FALSE(r.generators.contains("$.h"));
  EXPECT_EQ(g("$.i"), R"J({"example":"","regex":"","type":"MockServerURL"})J");
  EXPECT_EQ(g("$.j"), R"J({"type":"RandomBoolean"})J");
  EXPECT_FALSE(r.generators.contains("$.k"));
  EXPECT_EQ(g("$.l"), R"J({"max":10,"min":0,"type":"RandomInt"})J");
  EXPECT_EQ(g("$.m"), R"J({"dataType":"RAW","expression":"e","type":"ProviderState"})J");
  EXPECT_EQ(g("$.n"), R"J({"format":"","type":"Time"})J");
}

TEST(PactJs, LikeEachLikeAtLeastOneLike) {
  const auto r = body(R"J({"like":{"pact:matcher:type":"type","value":{"n":1}},
    "each":{"pact:matcher:type":"type","value":[{"id":{"pact:matcher:type":"integer","value":1}}]},
    "atLeast":{"min":1,"pact:matcher:type":"type","value":[{"a":1},{"a":1},{"a":1}]},
    "int":{"pact:matcher:type":"integer","pact:generator:type":"RandomInt","value":101,"min":0,"max":1000}})J");
  EXPECT_EQ(value_of(r), R"J({"atLeast":[{"a":1},{"a":1},{"a":1}],"each":[{"id":1}],"int":101,"like":{"n":1}})J");
  EXPECT_EQ(rule_json(r, "$.like"), R"J({"match":"type"})J");
  EXPECT_EQ(rule_json(r, "$.each"), R"J({"match":"type"})J");
  EXPECT_EQ(rule_json(r, "$.each[*].id"), R"J({"match":"integer"})J");
  EXPECT_EQ(rule_json(r, "$.atLeast"), R"J({"match":"type","min":1})J");
  EXPECT_EQ(generators_of(r), R"J({"$.int":{"max":1000,"min":0,"type":"RandomInt"}})J");
}

TEST(MatcherObject, ParseAndGeneratorApi) {
  const auto obj = testing::parse(R"J({"pact:matcher:type":"matching(integer, fromProviderState('${id}', 100))"})J").get_object();
  auto def = parse_matcher_object(obj);
  ASSERT_TRUE(def.ok());
  ASSERT_EQ(def->rules.size(), 1u);
  EXPECT_EQ(def->rules[0].kind, model::RuleKind::Integer);
  ASSERT_TRUE(def->generator.has_value());
  EXPECT_EQ(json::write(def->generator->to_json()), R"J({"dataType":"INTEGER","expression":"${id}","type":"ProviderState"})J");

  auto bad = parse_matcher_object(testing::parse(R"J({"pact:matcher:type":"regex"})J").get_object());
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.error().message, "Regex matcher missing 'regex' field");
  auto empty = parse_matcher_object(testing::parse(R"J({"pact:matcher:type":""})J").get_object());
  EXPECT_EQ(empty.error().message, "Matching rule type can not be empty");
  auto unknown = parse_matcher_object(testing::parse(R"J({"pact:matcher:type":"equalTo"})J").get_object());
  EXPECT_EQ(unknown.error().message, "equalTo is not a valid matching rule type");
  auto none = parse_matcher_object(testing::parse(R"J({"value":1})J").get_object());
  ASSERT_TRUE(none.ok());
  EXPECT_TRUE(none->rules.empty());
  auto bare_keyword = parse_matcher_object(testing::parse(R"J({"pact:matcher:type":"atLeast"})J").get_object());
  EXPECT_FALSE(bare_keyword.ok());
  auto each_key = parse_matcher_object(testing::parse(R"J({"pact:matcher:type":"eachKey"})J").get_object());
  ASSERT_TRUE(each_key.ok());
  EXPECT_EQ(each_key->rules.at(0).kind, model::RuleKind::EachKey);

  EXPECT_FALSE(generator_from_matcher_object(testing::parse(R"J({"a":1})J").get_object()).has_value());
  EXPECT_FALSE(generator_from_matcher_object(testing::parse(R"J({"pact:generator:type":""})J").get_object()).has_value());
}

TEST(MatcherObject, RulesListAcceptsPactFileAndLegacyForms) {
  const auto r = body(R"J({"pact:matcher:type":"eachValue","value":{"a":"1"},"rules":[{"match":"regex","regex":"\\d"},{"min":1},{"date":"yyyy"},
                          {"match":"arrayContains","variants":[{"rules":{"$.a":{"matchers":[{"match":"integer"}]}}},{}]}]})J");
  EXPECT_EQ(json::write(r.rules.at("$").rules.at(0).attributes.at("rules")),
            R"J([{"match":"regex","regex":"\\d"},{"match":"type","min":1},{"format":"yyyy","match":"date"},)J"
            R"J({"match":"arrayContains","variants":[{"index":0,"rules":{"$.a":{"combine":"AND","matchers":[{"match":"integer"}]}}},)J"
            R"J({"index":0,"rules":{"":{"combine":"AND","matchers":[{"match":"equality"}]}}}]}])J");
}

}  // namespace
}  // namespace pact::integration_json
