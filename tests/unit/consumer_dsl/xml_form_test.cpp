// XML and form bodies described as JSON (integration-json.md §6, §7).
#include <gtest/gtest.h>

#include "integration_json/form_body.hpp"
#include "integration_json/xml_body.hpp"

using namespace pact;
using integration_json::form_from_description;
using integration_json::xml_from_description;

namespace {

json::value parse_json(std::string_view text) { return json::parse(text).value(); }

std::string rule_name(const model::RuleCategory& rules, const std::string& path, std::size_t i = 0) {
  auto it = rules.find(path);
  if (it == rules.end() || it->second.rules.size() <= i) return "<none>";
  return std::string(model::rule_kind_name(it->second.rules[i].kind));
}

}  // namespace

TEST(XmlBody, ReferenceExampleWithRepeatedElementAndAttributeMatchers) {
  const auto doc = parse_json(R"({"root": {"name": "ns1:projects", "attributes": {"id": "1234",
    "xmlns:ns1": "http://some.namespace/and/more/stuff"},
    "children": [{"pact:matcher:type": "type", "examples": 2, "value": {"name": "ns1:project",
       "attributes": {"id": {"pact:matcher:type": "integer", "value": 1}, "type": "activity",
                      "name": {"pact:matcher:type": "type", "value": "Project 1"}},
       "children": []}}]}})");
  auto result = xml_from_description(doc);
  ASSERT_TRUE(result.ok());
  EXPECT_EQ(result->text,
            "<?xml version='1.0'?><ns1:projects id='1234' xmlns:ns1='http://some.namespace/and/more/stuff'>"
            "<ns1:project id='1' name='Project 1' type='activity'/><ns1:project id='1' name='Project 1' "
            "type='activity'/></ns1:projects>");
  EXPECT_EQ(result->rules.size(), 3u);
  EXPECT_EQ(rule_name(result->rules, "$.ns1:projects.ns1:project"), "type");
  EXPECT_EQ(rule_name(result->rules, "$.ns1:projects.ns1:project['@id']"), "integer");
  EXPECT_EQ(rule_name(result->rules, "$.ns1:projects.ns1:project['@name']"), "type");
}

TEST(XmlBody, TextNodeWithMatcherAndGenerator) {
  const auto doc = parse_json(R"({"root": {"name": "items", "children": [{"name": "item", "children": [
    {"content": "a & b", "pact:generator:type": "RandomString",
     "matcher": {"pact:matcher:type": "regex", "regex": "\\w+", "size": 5}}]}]}})");
  auto result = xml_from_description(doc);
  ASSERT_TRUE(result.ok());
  EXPECT_EQ(result->text, "<?xml version='1.0'?><items><item>a &amp; b</item></items>");
  EXPECT_EQ(rule_name(result->rules, "$.items.item.#text"), "regex");
  ASSERT_EQ(result->generators.count("$.items.item.#text"), 1u);
  EXPECT_EQ(result->generators.at("$.items.item.#text").type, "RandomString");
}

TEST(XmlBody, NonObjectAndMissingRoot) {
  auto not_object = xml_from_description(parse_json("[1, 2]"));
  ASSERT_TRUE(not_object.ok());
  EXPECT_EQ(not_object->text, "");
  auto no_root = xml_from_description(parse_json(R"({"version": "1.0"})"));
  ASSERT_TRUE(no_root.ok());
  EXPECT_EQ(no_root->text, "<?xml version='1.0'?>");
}

TEST(XmlBody, MalformedDescriptionsAreErrorsNotCrashes) {
  EXPECT_FALSE(xml_from_description(parse_json(R"({"root": {"name": "a", "children": [1]}})")).ok());
  EXPECT_FALSE(xml_from_description(parse_json(R"({"root": {"name": "a", "children": {}}})")).ok());
  EXPECT_FALSE(xml_from_description(parse_json(R"({"root": {"name": "a", "children": [{"x": 1}]}})")).ok());
  EXPECT_FALSE(xml_from_description(
                   parse_json(R"({"root": {"name": "a", "children": [{"pact:matcher:type": "type", "value": 1}]}})"))
                   .ok());
}

TEST(XmlBody, DeepNestingIsBounded) {
  std::string text = R"({"root": )";
  const int depth = 120;  // deeper than the limit, within the JSON parser's
  for (int i = 0; i < depth; ++i) text += R"({"name": "a", "children": [)";
  text += R"({"name": "b"})";
  for (int i = 0; i < depth; ++i) text += "]}";
  text += "}";
  EXPECT_FALSE(xml_from_description(parse_json(text)).ok());
}

TEST(FormBody, ReferenceExample) {
  const auto doc =
      parse_json(R"({"a": {"pact:matcher:type":"regex","regex":"\\d+","value":"1"}, "b": ["x y", 2], "c": true})");
  const auto result = form_from_description(doc);
  EXPECT_EQ(result.text, "a=1&b=x+y&b=2");
  EXPECT_EQ(result.rules.size(), 1u);
  EXPECT_EQ(rule_name(result.rules, "$.a"), "regex");
}

TEST(FormBody, DroppedValuesRemoveRulesWhosePathContainsTheirs) {
  const auto doc = parse_json(R"({"a": {"pact:matcher:type":"type","value":{"x":1}},
    "ab": {"pact:matcher:type":"type","value":"k"}, "z": ["1", {"pact:matcher:type":"type","value":null}]})");
  const auto result = form_from_description(doc);
  EXPECT_EQ(result.text, "ab=k&z=1");
  // "$.a" is contained in "$.ab": both go (integration-json.md trap 16).
  EXPECT_EQ(result.rules.count("$.a"), 0u);
  EXPECT_EQ(result.rules.count("$.ab"), 0u);
  EXPECT_EQ(result.rules.count("$.z[1]"), 0u);
}

TEST(FormBody, EncodingAndNonObject) {
  EXPECT_EQ(form_from_description(parse_json(R"({"k&y": "a=b/c~d", "n": 1.5})")).text, "k%26y=a%3Db%2Fc%7Ed&n=1.5");
  EXPECT_EQ(form_from_description(parse_json("[1]")).text, "");
}
