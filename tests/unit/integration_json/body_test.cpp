// Worked examples of integration-json.md §4 and the traps of §16.
#include <gtest/gtest.h>

#include "test_helpers.hpp"

namespace pact::integration_json {
namespace {

using testing::body;
using testing::generators_of;
using testing::rules_of;
using testing::value_of;

TEST(BodyExamples, A_RegexAndIntegerWithRandomIntDefaults) {
  const auto r = body(R"J({"a": {"pact:matcher:type": "regex", "regex": "\\w+", "value": "b"},
    "c": [100, 200, {"pact:matcher:type": "integer", "pact:generator:type": "RandomInt", "value": 300}]})J");
  EXPECT_EQ(value_of(r), R"J({"a":"b","c":[100,200,300]})J");
  EXPECT_EQ(rules_of(r),
            R"J({"$.a":{"combine":"AND","matchers":[{"match":"regex","regex":"\\w+"}]},)J"
            R"J("$.c[2]":{"combine":"AND","matchers":[{"match":"integer"}]}})J");
  EXPECT_EQ(generators_of(r), R"J({"$.c[2]":{"max":10,"min":0,"type":"RandomInt"}})J");
}

TEST(BodyExamples, B_RootMatcherGivesStringDocument) {
  const auto r = body(R"J({"pact:matcher:type":"regex","regex":"\\w+","value":"b"})J");
  EXPECT_EQ(value_of(r), R"J("b")J");
  EXPECT_EQ(rules_of(r), R"J({"$":{"combine":"AND","matchers":[{"match":"regex","regex":"\\w+"}]}})J");
}

TEST(BodyExamples, C_NestedTypeMatchers) {
  const auto r = body(R"J({"result": {"pact:matcher:type": "type", "value": {
   "details": {"pact:matcher:type": "type", "min": 1, "value": [
      {"type": {"pact:matcher:type": "regex", "regex": "(None|Information|Warning|Error)", "value": "Information"}}]},
   "findings": {"pact:matcher:type": "type", "min": 1, "value": [
      {"type": {"pact:matcher:type": "regex", "regex": "(None|Unspecified)", "value": "Unspecified"}}]}}}})J");
  EXPECT_EQ(value_of(r), R"J({"result":{"details":[{"type":"Information"}],"findings":[{"type":"Unspecified"}]}})J");
  ASSERT_EQ(r.rules.size(), 5u);
  EXPECT_EQ(r.rules.at("$.result").rules.at(0).kind, model::RuleKind::Type);
  EXPECT_EQ(json::write(r.rules.at("$.result.details").rules.at(0).to_json()), R"J({"match":"type","min":1})J");
  EXPECT_EQ(r.rules.at("$.result.details").rules.at(0).kind, model::RuleKind::MinType);
  EXPECT_EQ(r.rules.at("$.result.details[*].type").rules.at(0).kind, model::RuleKind::Regex);
  EXPECT_EQ(r.rules.at("$.result.findings").rules.at(0).kind, model::RuleKind::MinType);
  EXPECT_EQ(json::write(r.rules.at("$.result.findings[*].type").rules.at(0).attributes),
            R"J({"regex":"(None|Unspecified)"})J");
}

TEST(BodyExamples, D_EachValueStoresValueTextAndRules) {
  const auto r = body(R"J({"pact:matcher:type":"each-value","value":{"price":1.23},"rules":[{"pact:matcher:type":"decimal"}]})J");
  EXPECT_EQ(value_of(r), R"J({"price":1.23})J");
  ASSERT_EQ(r.rules.at("$").rules.size(), 1u);
  const auto& rule = r.rules.at("$").rules[0];
  EXPECT_EQ(rule.kind, model::RuleKind::EachValue);
  EXPECT_EQ(json::write(rule.to_json()),
            R"J({"match":"eachValue","rules":[{"match":"decimal"}],"value":"{\"price\":1.23}"})J");
  // eachValue switches children to "$.*": no nested matcher here, so only "$".
  EXPECT_EQ(r.rules.size(), 1u);
}

TEST(BodyExamples, E_EachKeyWithDigitKey) {
  const auto r = body(R"J({"pact:matcher:type":"each-key","value":{"123":"cool book"},"rules":[{"pact:matcher:type":"regex","regex":"\\d+"}]})J");
  EXPECT_EQ(value_of(r), R"J({"123":"cool book"})J");
  const auto& rule = r.rules.at("$").rules.at(0);
  EXPECT_EQ(rule.kind, model::RuleKind::EachKey);
  EXPECT_EQ(json::write(rule.attributes), R"J({"rules":[{"match":"regex","regex":"\\d+"}],"value":"{\"123\":\"cool book\"}"})J");
}

TEST(BodyExamples, F_ValuesSwitchesChildrenToStar) {
  const auto r = body(R"J({"pact:matcher:type":"values","value":{"a":{"pact:matcher:type":"integer","value":1}}})J");
  EXPECT_EQ(value_of(r), R"J({"a":1})J");
  EXPECT_EQ(rules_of(r), R"J({"$":{"combine":"AND","matchers":[{"match":"values"}]},)J"
                         R"J("$.*":{"combine":"AND","matchers":[{"match":"integer"}]}})J");
}

TEST(BodyExamples, G_CombinedMatchers) {
  const auto r = body(R"J({"pact:matcher:type":[{"pact:matcher:type":"regex","regex":"\\d+"},{"pact:matcher:type":"include","value":"1"}],"value":"123"})J");
  EXPECT_EQ(value_of(r), R"J("123")J");
  EXPECT_EQ(rules_of(r), R"J({"$":{"combine":"AND","matchers":[{"match":"regex","regex":"\\d+"},{"match":"include","value":"1"}]}})J");
  const auto without_value = body(R"J({"x":{"pact:matcher:type":[{"pact:matcher:type":"regex","regex":"\\d+"}]}})J");
  EXPECT_EQ(value_of(without_value), R"J({"x":null})J");
  EXPECT_EQ(without_value.rules.at("$.x").rules.size(), 1u);
}

TEST(BodyExamples, G_ArrayElementWithoutMatcherTypeIsError) {
  const auto r = body(R"J({"x":{"pact:matcher:type":[{"regex":"\\d+"}],"value":"1"}})J");
  EXPECT_EQ(value_of(r), R"J({"x":null})J");
  EXPECT_TRUE(r.rules.empty());
}

TEST(BodyExamples, H_ExpressionGivesRuleAndGeneratorButNotExample) {
  const auto r = body(R"J({"d":{"pact:matcher:type":"matching(date, 'yyyy-MM-dd', '2024-01-01')","value":"2024-01-01"},
                          "e":{"pact:matcher:type":"matching(date, 'yyyy-MM-dd', '2024-01-01')"}})J");
  EXPECT_EQ(value_of(r), R"J({"d":"2024-01-01","e":null})J");
  EXPECT_EQ(json::write(r.rules.at("$.d").rules.at(0).attributes), R"J({"format":"yyyy-MM-dd"})J");
  EXPECT_EQ(r.rules.at("$.d").rules.at(0).kind, model::RuleKind::Date);
  EXPECT_EQ(generators_of(r), R"J({"$.d":{"format":"yyyy-MM-dd","type":"Date"},"$.e":{"format":"yyyy-MM-dd","type":"Date"}})J");
}

TEST(BodyExamples, H_ReferenceResolvesToTypeOnlyWithSibling) {
  const auto with = body(R"J({"p":{"pact:matcher:type":"matching($'person')","person":{"name":"x"},"value":[1]}})J");
  EXPECT_EQ(value_of(with), R"J({"p":[1]})J");
  EXPECT_EQ(with.rules.at("$.p").rules.at(0).kind, model::RuleKind::Type);
  const auto without = body(R"J({"p":{"pact:matcher:type":"matching($'person')","value":[1]}})J");
  EXPECT_EQ(value_of(without), R"J({"p":null})J");
  EXPECT_TRUE(without.rules.empty());
}

TEST(BodyExamples, I_ArrayContainsVariantsAreIndependentDocuments) {
  const auto r = body(R"J({"actions": {"pact:matcher:type": "arrayContains", "value": "ignored", "variants": [
    {"href": {"pact:matcher:type": "regex", "regex": ".*(\\/orders\\/\\d+)$", "value": "http://localhost:9000/orders/1234",
              "pact:generator:type": "MockServerURL", "example": "http://localhost:9000/orders/1234"},
     "method": "PUT", "name": "update"}, 5]}})J");
  EXPECT_EQ(value_of(r), R"J({"actions":[{"href":"http://localhost:9000/orders/1234","method":"PUT","name":"update"},5]})J");
  ASSERT_EQ(r.rules.size(), 1u);
  const auto& rule = r.rules.at("$.actions").rules.at(0);
  EXPECT_EQ(rule.kind, model::RuleKind::ArrayContains);
  EXPECT_EQ(json::write(rule.to_json()),
            R"J({"match":"arrayContains","variants":[{"generators":{"$.href":{"example":"http://localhost:9000/orders/1234",)J"
            R"J("regex":".*(\\/orders\\/\\d+)$","type":"MockServerURL"}},"index":0,)J"
            R"J("rules":{"$.href":{"combine":"AND","matchers":[{"match":"regex","regex":".*(\\/orders\\/\\d+)$"}]}}},)J"
            R"J({"index":1,"rules":{}}]})J");
  EXPECT_TRUE(r.generators.empty());
}

TEST(BodyExamples, I_ArrayContainsWithoutVariantsIsNull) {
  const auto r = body(R"J({"a":{"pact:matcher:type":"arrayContains","value":[1]},"b":{"pact:matcher:type":"array-contains","variants":{}}})J");
  EXPECT_EQ(value_of(r), R"J({"a":null,"b":null})J");
  EXPECT_TRUE(r.rules.empty());
}

TEST(BodyExamples, J_GeneratorWithoutValue) {
  const auto r = body(R"J({"id":{"pact:matcher:type":"integer","pact:generator:type":"RandomInt"}})J");
  EXPECT_EQ(value_of(r), R"J({"id":null})J");
  EXPECT_EQ(rules_of(r), R"J({"$.id":{"combine":"AND","matchers":[{"match":"integer"}]}})J");
  EXPECT_EQ(generators_of(r), R"J({"$.id":{"max":10,"min":0,"type":"RandomInt"}})J");
}

TEST(BodyTraps, InvalidMatcherNullsExampleButKeepsGenerator) {
  const auto r = body(R"J({"a":{"pact:matcher:type":"regex","value":"x","pact:generator:type":"Uuid"},
                          "b":{"pact:matcher:type":"bogus","value":"y"},
                          "c":{"pact:matcher:type":"","value":"z"},
                          "d":{"pact:matcher:type":"equalTo","value":"w"}})J");
  EXPECT_EQ(value_of(r), R"J({"a":null,"b":null,"c":null,"d":null})J");
  EXPECT_TRUE(r.rules.empty());
  EXPECT_EQ(generators_of(r), R"J({"$.a":{"type":"Uuid"}})J");
}

TEST(BodyTraps, GeneratorWithoutMatcherIsPlainObject) {
  const auto r = body(R"J({"id":{"pact:generator:type":"RandomInt","min":1},"pact:content-type":"x"})J");
  EXPECT_EQ(value_of(r), R"J({"id":{"min":1}})J");
  EXPECT_TRUE(r.rules.empty());
  EXPECT_TRUE(r.generators.empty());
}

TEST(BodyTraps, RulesAccumulateWithoutDeduplication) {
  const auto r = body(R"J({"pact:matcher:type":"type","min":1,"value":[{"id":{"pact:matcher:type":"integer","value":1}},
                                                                        {"id":{"pact:matcher:type":"integer","value":2}}]})J");
  EXPECT_EQ(value_of(r), R"J([{"id":1},{"id":2}])J");
  EXPECT_EQ(r.rules.at("$[*].id").rules.size(), 2u);
  EXPECT_EQ(r.rules.at("$").rules.at(0).kind, model::RuleKind::MinType);
}

TEST(BodyTraps, ArraysUnderAnyMatcherUseStarPaths) {
  const auto r = body(R"J({"a":{"pact:matcher:type":"notEmpty","value":[{"b":{"pact:matcher:type":"boolean","value":true}}]},
                          "c":[[{"d":{"pact:matcher:type":"null"}}]]})J");
  EXPECT_EQ(value_of(r), R"J({"a":[{"b":true}],"c":[[{"d":null}]]})J");
  EXPECT_TRUE(r.rules.contains("$.a[*].b"));
  EXPECT_TRUE(r.rules.contains("$.c[0][0].d"));
}

TEST(BodyTraps, EachKeyKeepsNormalChildPaths) {
  const auto r = body(R"J({"pact:matcher:type":"eachKey","value":{"k":{"pact:matcher:type":"integer","value":1}}})J");
  EXPECT_TRUE(r.rules.contains("$.k"));
  EXPECT_EQ(json::write(r.rules.at("$").rules.at(0).attributes), R"J({"rules":[],"value":"{\"k\":{\"pact:matcher:type\":\"integer\",\"value\":1}}"})J");
}

TEST(BodyTraps, EachValueObjectChildrenAtStar) {
  const auto r = body(R"J({"m":{"pact:matcher:type":"eachValue","rules":[{"match":"type"}],"value":{"x":{"y":{"pact:matcher:type":"integer","value":1}}}}})J");
  EXPECT_TRUE(r.rules.contains("$.m.*.y"));
}

TEST(BodyTraps, NumberKindsAreKept) {
  const auto r = body(R"J({"i":100,"d":100.0,"m":{"pact:matcher:type":"number","value":1.5},"n":-3,"u":18446744073709551615})J");
  EXPECT_EQ(value_of(r), R"J({"d":100.0,"i":100,"m":1.5,"n":-3,"u":18446744073709551615})J");
}

TEST(BodyTraps, NonContainerDocumentsAreCopied) {
  EXPECT_EQ(value_of(body("\"abc\"")), "\"abc\"");
  EXPECT_EQ(value_of(body("12")), "12");
  EXPECT_TRUE(body("12").rules.empty());
}

TEST(BodyTraps, ProcessBodyAtUsesRoot) {
  const auto r = process_body_at(testing::parse(R"J({"a":{"pact:matcher:type":"type","value":1}})J"), "$.meta");
  EXPECT_TRUE(r.rules.contains("$.meta.a"));
}

TEST(BodyTraps, ExpressionGeneratorReplacedByPactGeneratorType) {
  const auto r = body(R"J({"d":{"pact:matcher:type":"matching(datetime, 'yyyy', '2000')","pact:generator:type":"DateTime","format":"yy","value":"00"}})J");
  EXPECT_EQ(generators_of(r), R"J({"$.d":{"format":"yy","type":"DateTime"}})J");
  EXPECT_EQ(json::write(r.rules.at("$.d").rules.at(0).attributes), R"J({"format":"yyyy"})J");
}

TEST(BodyTraps, MatcherValueIsMatcherObjectAtSamePath) {
  const auto r = body(R"J({"a":{"pact:matcher:type":"type","value":{"pact:matcher:type":"regex","regex":"x","value":"x"}}})J");
  EXPECT_EQ(value_of(r), R"J({"a":"x"})J");
  ASSERT_EQ(r.rules.at("$.a").rules.size(), 2u);
  EXPECT_EQ(r.rules.at("$.a").rules[0].kind, model::RuleKind::Regex);
  EXPECT_EQ(r.rules.at("$.a").rules[1].kind, model::RuleKind::Type);
}

TEST(BodyPaths, EscapingAndSpecialKeys) {
  const auto r = body(R"J({"x-y":{"pact:matcher:type":"type","value":1},"2":{"pact:matcher:type":"type","value":1},
    "a b":{"pact:matcher:type":"type","value":1},"*":{"pact:matcher:type":"type","value":1},
    "[*]":{"pact:matcher:type":"type","value":1},"it's":{"pact:matcher:type":"type","value":1},
    "_ok9":{"pact:matcher:type":"type","value":1},"9a":{"pact:matcher:type":"type","value":1}})J");
  for (const auto* path : {"$['x-y']", "$[2]", "$['a b']", "$.*", "$[*]", "$['it\\'s']", "$._ok9", "$['9a']"}) {
    EXPECT_TRUE(r.rules.contains(path)) << path;
  }
}

TEST(BodyPaths, AppendField) {
  EXPECT_EQ(append_field("$", "a"), "$.a");
  EXPECT_EQ(append_field("$.a", "Content-Type"), "$.a['Content-Type']");
  EXPECT_EQ(append_field("$", "123"), "$[123]");
  EXPECT_EQ(append_field("$", "007"), "$[7]");
  EXPECT_EQ(append_field("$", "+5"), "$[5]");
  EXPECT_EQ(append_field("$", "-5"), "$['-5']");
  EXPECT_EQ(append_field("$", "99999999999999999999999"), "$['99999999999999999999999']");
  EXPECT_EQ(append_field("$", "*"), "$.*");
  EXPECT_EQ(append_field("$", "[*]"), "$[*]");
  EXPECT_EQ(append_field("$", "a\\b"), "$['a\\\\b']");
  EXPECT_EQ(append_field("$", ""), "$['']");
  EXPECT_EQ(append_field("$", "ns:a"), "$['ns:a']");
  EXPECT_EQ(append_field("$", "caf\xC3\xA9"), "$['caf\xC3\xA9']");
}

TEST(BodyPaths, NestedEachLike) {
  const auto r = body(R"J({"pact:matcher:type":"type","min":1,"value":[
      {"items":{"pact:matcher:type":"type","max":3,"value":[{"pact:matcher:type":"type","min":2,"max":4,"value":["x"]}]}}]})J");
  EXPECT_EQ(value_of(r), R"J([{"items":[["x"]]}])J");
  EXPECT_EQ(json::write(r.rules.at("$").rules.at(0).to_json()), R"J({"match":"type","min":1})J");
  EXPECT_EQ(json::write(r.rules.at("$[*].items").rules.at(0).to_json()), R"J({"match":"type","max":3})J");
  EXPECT_EQ(r.rules.at("$[*].items[*]").rules.at(0).kind, model::RuleKind::MinMaxType);
  EXPECT_EQ(json::write(r.rules.at("$[*].items[*]").rules.at(0).attributes), R"J({"max":4,"min":2})J");
}

TEST(BodyHostile, DeepNestingReturnsWithoutCrashing) {
  // Built programmatically: the JSON parser itself stops at 256 levels.
  json::value doc = json::object{{"pact:matcher:type", "type"}, {"value", 1}};
  for (int i = 0; i < 10000; ++i) {
    json::object wrapper;
    wrapper["a"] = std::move(doc);
    doc = std::move(wrapper);
  }
  const auto r = process_body(doc);
  EXPECT_TRUE(r.rules.empty());  // the matcher is beyond the depth limit
  // The example is cut off (null) below the limit, so writing it is bounded.
  const std::string text = json::write(r.value);
  EXPECT_NE(text.find("null"), std::string::npos);
  EXPECT_LT(text.size(), 1000u);
  // Release iteratively: Boost.JSON destroys nested values recursively.
  while (doc.is_object() && doc.get_object().contains("a")) {
    json::value inner = std::move(doc.get_object()["a"]);
    doc = std::move(inner);
  }
}

TEST(BodyHostile, DeepArraysAndMatcherValues) {
  json::value doc = json::array{1};
  for (int i = 0; i < 5000; ++i) doc = json::object{{"pact:matcher:type", "type"}, {"value", json::array{std::move(doc)}}};
  const auto r = process_body(doc);
  EXPECT_LT(r.rules.size(), 200u);
  while (doc.is_object()) {
    json::value inner = std::move(doc.get_object()["value"].get_array()[0]);
    doc = std::move(inner);
  }
}

}  // namespace
}  // namespace pact::integration_json
