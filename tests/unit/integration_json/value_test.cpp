// Non-body values (integration-json.md §9.1-§9.5).
#include <gtest/gtest.h>

#include "integration_json/integration_json.hpp"
#include "support/json.hpp"

namespace pact::integration_json {
namespace {

TEST(ProcessValue, TextThatIsNotJsonIsVerbatim) {
  for (const char* text : {"/api/users/1", "abc", "", "{not json"}) {
    const auto r = process_value(text);
    ASSERT_EQ(r.values.size(), 1u);
    EXPECT_EQ(r.values[0], text);
    EXPECT_FALSE(r.is_list);
    EXPECT_TRUE(r.rules.empty());
  }
}

TEST(ProcessValue, JsonNonObjectKeepsOriginalText) {
  EXPECT_EQ(process_value("\"abc\"").values.at(0), "\"abc\"");
  EXPECT_EQ(process_value("123").values.at(0), "123");
  EXPECT_EQ(process_value(" [1, 2]").values.at(0), " [1, 2]");
  EXPECT_FALSE(process_value("[1,2]").is_list);
  EXPECT_EQ(process_value("\"404\"").values.at(0), "\"404\"");
}

TEST(ProcessValue, ObjectWithoutMatcherUsesValueAndIgnoresGenerator) {
  const auto a = process_value(R"J({"value":"x","pact:generator:type":"Uuid"})J");
  EXPECT_EQ(a.values.at(0), "x");
  EXPECT_FALSE(a.generator.has_value());
  EXPECT_EQ(process_value(R"J({"other":1})J").values.at(0), "");
  const auto list = process_value(R"J({"value":["2","3"]})J");
  EXPECT_TRUE(list.is_list);
  EXPECT_EQ(list.values, (std::vector<std::string>{"2", "3"}));
  EXPECT_EQ(process_value(R"J({"value":{"b":1,"a":[true]}})J").values.at(0), R"J({"a":[true],"b":1})J");
  EXPECT_EQ(process_value(R"J({"value":null})J").values.at(0), "");
  EXPECT_EQ(process_value(R"J({"value":1.5})J").values.at(0), "1.5");
}

TEST(ProcessValue, PathWithRegex) {
  const auto r = process_value(R"J({"value":"/path/to/100","pact:matcher:type":"regex","regex":"\\/path\\/to\\/\\d+"})J");
  EXPECT_EQ(r.values.at(0), "/path/to/100");
  ASSERT_EQ(r.rules.size(), 1u);
  EXPECT_EQ(json::write(r.rules[0].to_json()), R"J({"match":"regex","regex":"\\/path\\/to\\/\\d+"})J");
}

TEST(ProcessValue, PathWithProviderStateGenerator) {
  const auto r = process_value(R"J({"pact:generator:type":"ProviderState","expression":"/users/${id}","pact:matcher:type":"regex","regex":"/users/\\d+","value":"/users/100"})J");
  EXPECT_EQ(r.values.at(0), "/users/100");
  ASSERT_TRUE(r.generator.has_value());
  EXPECT_EQ(json::write(r.generator->to_json()), R"J({"expression":"/users/${id}","type":"ProviderState"})J");
}

TEST(ProcessValue, QueryArrayWithMatcher) {
  const auto r = process_value(R"J({"value":["2"],"pact:matcher:type":"regex","regex":"\\d+"})J");
  EXPECT_TRUE(r.is_list);
  EXPECT_EQ(r.values, std::vector<std::string>{"2"});
  ASSERT_EQ(r.rules.size(), 1u);
  EXPECT_EQ(r.rules[0].kind, model::RuleKind::Regex);
  EXPECT_TRUE(r.item_rules.empty());
}

TEST(ProcessValue, ArrayWithNestedMatcherObjects) {
  const auto r = process_value(R"J({"pact:matcher:type":"type","value":["a",{"pact:matcher:type":"regex","regex":"b+","value":"bb","pact:generator:type":"Regex"},{"x":1}]})J");
  EXPECT_TRUE(r.is_list);
  EXPECT_EQ(r.values, (std::vector<std::string>{"a", "bb", R"J({"x":1})J"}));
  ASSERT_EQ(r.item_rules.size(), 1u);
  EXPECT_EQ(json::write(r.item_rules[0].to_json()), R"J({"match":"regex","regex":"b+"})J");
  ASSERT_TRUE(r.item_generator.has_value());
  EXPECT_EQ(r.item_generator->type, "Regex");
}

TEST(ProcessValue, InvalidMatcherKeepsValueAndDropsRule) {
  const auto r = process_value(R"J({"value":"x","pact:matcher:type":"regex","pact:generator:type":"RandomString"})J");
  EXPECT_EQ(r.values.at(0), "x");
  EXPECT_TRUE(r.rules.empty());
  ASSERT_TRUE(r.generator.has_value());
  EXPECT_EQ(json::write(r.generator->to_json()), R"J({"size":10,"type":"RandomString"})J");
  EXPECT_EQ(process_value(R"J({"value":"y","pact:matcher:type":"bogus"})J").values.at(0), "y");
}

TEST(ProcessValue, HeaderRegex) {
  const auto r = process_value(R"J({"value":"application/json","pact:matcher:type":"regex","regex":"application/json.*"})J");
  EXPECT_EQ(r.values.at(0), "application/json");
  EXPECT_EQ(r.rules.at(0).kind, model::RuleKind::Regex);
}

TEST(ProcessValue, StatusExamples) {
  const auto a = process_value(R"J({"value":404,"pact:matcher:type":"statusCode","status":"clientError"})J");
  EXPECT_EQ(a.values.at(0), "404");
  EXPECT_EQ(json::write(a.rules.at(0).to_json()), R"J({"match":"statusCode","status":"clientError"})J");
  const auto b = process_value(R"J({"pact:generator:type":"RandomInt","min":201,"max":299,"pact:matcher:type":"integer"})J");
  EXPECT_EQ(b.values.at(0), "");
  EXPECT_EQ(b.rules.at(0).kind, model::RuleKind::Integer);
  EXPECT_EQ(json::write(b.generator->to_json()), R"J({"max":299,"min":201,"type":"RandomInt"})J");
}

TEST(ProcessValue, ExpressionMatcherGivesGenerator) {
  const auto r = process_value(R"J({"pact:matcher:type":"matching(date, 'yyyy-MM-dd', '2024-01-01')","value":"2024-02-02"})J");
  EXPECT_EQ(r.values.at(0), "2024-02-02");
  EXPECT_EQ(r.rules.at(0).kind, model::RuleKind::Date);
  EXPECT_EQ(json::write(r.generator->to_json()), R"J({"format":"yyyy-MM-dd","type":"Date"})J");
  const auto v = process_value(R"J({"pact:matcher:type":"matching(type, 1)","value":true})J");
  EXPECT_EQ(v.values.at(0), "true");
}

TEST(ProcessValue, HostileInput) {
  std::string deep(10000, '[');
  deep += std::string(10000, ']');
  EXPECT_EQ(process_value(deep).values.at(0), deep);  // beyond the parser's depth: not JSON
  std::string nested = R"J({"pact:matcher:type":"type","value":)J";
  std::string tail = "}";
  for (int i = 0; i < 200; ++i) nested += "[";
  nested += "1";
  for (int i = 0; i < 200; ++i) nested += "]";
  const auto r = process_value(nested + tail);
  EXPECT_TRUE(r.is_list);
  EXPECT_EQ(r.values.size(), 1u);
}

}  // namespace
}  // namespace pact::integration_json
