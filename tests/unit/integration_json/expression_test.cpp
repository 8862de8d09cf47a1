// The matching-rule definition expression language (integration-json.md §12, §13).
#include <gtest/gtest.h>

#include "integration_json/expression.hpp"
#include "support/json.hpp"

namespace pact::integration_json {
namespace {

RuleDefinition ok(std::string_view text) {
  auto r = parse_expression(text);
  EXPECT_TRUE(r.ok()) << text << ": " << (r.ok() ? "" : r.error().message);
  return r.ok() ? std::move(r).value() : RuleDefinition{};
}

std::string error_of(std::string_view text) {
  auto r = parse_expression(text);
  EXPECT_FALSE(r.ok()) << text;
  return r.ok() ? std::string() : r.error().message;
}

std::string rule_json(const RuleDefinition& d, std::size_t i = 0) {
  return json::write(std::get<model::MatchingRule>(d.rules.at(i)).to_json());
}

std::string generator_json(const RuleDefinition& d) {
  return d.generator ? json::write(d.generator->to_json()) : std::string("none");
}

TEST(Expression, ResultsTable) {
  struct Row {
    const char* text;
    const char* rule;
    const char* value;
    ValueType type;
    const char* generator;
  };
  const Row rows[] = {
      {"matching(equalTo, 'x')", R"J({"match":"equality"})J", "x", ValueType::String, "none"},
      {"matching(type, 'Name')", R"J({"match":"type"})J", "Name", ValueType::String, "none"},
      {"matching(type, 100)", R"J({"match":"type"})J", "100", ValueType::Integer, "none"},
      {"matching(type, 10.5)", R"J({"match":"type"})J", "10.5", ValueType::Decimal, "none"},
      {"matching(type, null)", R"J({"match":"type"})J", "", ValueType::String, "none"},
      {"matching(type, -7)", R"J({"match":"type"})J", "-7", ValueType::Integer, "none"},
      {"matching(type, true)", R"J({"match":"type"})J", "true", ValueType::Boolean, "none"},
      {"matching(number, 100)", R"J({"match":"number"})J", "100", ValueType::Number, "none"},
      {"matching(number, 100.5)", R"J({"match":"number"})J", "100.5", ValueType::Number, "none"},
      {"matching(integer, 100)", R"J({"match":"integer"})J", "100", ValueType::Integer, "none"},
      {"matching(decimal, 100.5)", R"J({"match":"decimal"})J", "100.5", ValueType::Decimal, "none"},
      {"matching(decimal, 100)", R"J({"match":"decimal"})J", "100", ValueType::Decimal, "none"},
      {"matching(decimal, -1.25)", R"J({"match":"decimal"})J", "-1.25", ValueType::Decimal, "none"},
      {"matching(date, 'yyyy-MM-dd', '2020-05-21')", R"J({"format":"yyyy-MM-dd","match":"date"})J", "2020-05-21",
       ValueType::String, R"J({"format":"yyyy-MM-dd","type":"Date"})J"},
      {"matching(time, 'HH:mm', '22:04')", R"J({"format":"HH:mm","match":"time"})J", "22:04", ValueType::String,
       R"J({"format":"HH:mm","type":"Time"})J"},
      {"matching(regex, '\\d+', '123')", R"J({"match":"regex","regex":"\\d+"})J", "123", ValueType::String, "none"},
      {"matching(include, 'testing')", R"J({"match":"include","value":"testing"})J", "testing", ValueType::String, "none"},
      {"matching(boolean, true)", R"J({"match":"boolean"})J", "true", ValueType::Boolean, "none"},
      {"matching(semver, '1.0.0')", R"J({"match":"semver"})J", "1.0.0", ValueType::String, "none"},
      {"matching(contentType, 'application/xml', '<a/>')", R"J({"match":"contentType","value":"application/xml"})J", "<a/>",
       ValueType::Unknown, "none"},
      {"notEmpty('test')", R"J({"match":"notEmpty"})J", "test", ValueType::String, "none"},
      {"notEmpty(1)", R"J({"match":"notEmpty"})J", "1", ValueType::Integer, "none"},
      {"atLeast(2)", R"J({"match":"type","min":2})J", "", ValueType::Unknown, "none"},
      {"atMost(10)", R"J({"match":"type","max":10})J", "", ValueType::Unknown, "none"},
      {"matching(integer, fromProviderState('${id}', 100))", R"J({"match":"integer"})J", "100", ValueType::Integer,
       R"J({"dataType":"INTEGER","expression":"${id}","type":"ProviderState"})J"},
      {"matching(regex, '\\d+', fromProviderState('${id}', '100'))", R"J({"match":"regex","regex":"\\d+"})J", "100",
       ValueType::String, R"J({"dataType":"STRING","expression":"${id}","type":"ProviderState"})J"},
      {"matching(decimal, fromProviderState('${p}', 1.5))", R"J({"match":"number"})J", "1.5", ValueType::Decimal,
       R"J({"dataType":"DECIMAL","expression":"${p}","type":"ProviderState"})J"},
      {"matching(datetime, 'yyyy', fromProviderState('${y}', '2000'))", R"J({"format":"yyyy","match":"datetime"})J", "2000",
       ValueType::String, R"J({"dataType":"STRING","expression":"${y}","type":"ProviderState"})J"},
      {"matching(equalTo, fromProviderState('${b}', true))", R"J({"match":"equality"})J", "true", ValueType::Boolean,
       R"J({"dataType":"BOOLEAN","expression":"${b}","type":"ProviderState"})J"},
  };
  for (const auto& row : rows) {
    SCOPED_TRACE(row.text);
    const auto d = ok(row.text);
    ASSERT_EQ(d.rules.size(), 1u);
    EXPECT_EQ(rule_json(d), row.rule);
    EXPECT_EQ(d.value, row.value);
    EXPECT_EQ(d.value_type, row.type);
    EXPECT_EQ(generator_json(d), row.generator);
    EXPECT_EQ(d.expression, row.text);
  }
}

TEST(Expression, DatetimeGenerator) {
  const auto d = ok("matching(datetime, 'yyyy-MM-dd HH:mm', '2020-05-21 16:44')");
  EXPECT_EQ(std::get<model::MatchingRule>(d.rules[0]).kind, model::RuleKind::Timestamp);
  EXPECT_EQ(generator_json(d), R"J({"format":"yyyy-MM-dd HH:mm","type":"DateTime"})J");
}

TEST(Expression, Reference) {
  const auto d = ok("matching($'person')");
  ASSERT_EQ(d.rules.size(), 1u);
  EXPECT_EQ(std::get<RuleReference>(d.rules[0]).name, "person");
  EXPECT_EQ(d.value, "person");
  EXPECT_EQ(d.value_type, ValueType::Unknown);
}

TEST(Expression, EachKeyEachValueStoreInnerDefinition) {
  const auto k = ok(R"J(eachKey(matching(regex, '\$(\.\w+)+', '$.test.one')))J");
  EXPECT_EQ(rule_json(k), R"J({"match":"eachKey","rules":[{"match":"regex","regex":"\\$(\\.\\w+)+"}],"value":"$.test.one"})J");
  EXPECT_EQ(k.value, "");
  EXPECT_EQ(k.value_type, ValueType::Unknown);
  const auto v = ok("eachValue(matching(type, 100))");
  EXPECT_EQ(rule_json(v), R"J({"match":"eachValue","rules":[{"match":"type"}],"value":"100"})J");
  const auto g = ok("eachValue(matching(date, 'yyyy', '2000'))");
  EXPECT_EQ(rule_json(g), R"J({"generator":{"format":"yyyy","type":"Date"},"match":"eachValue","rules":[{"format":"yyyy","match":"date"}],"value":"2000"})J");
  EXPECT_FALSE(g.generator.has_value());
}

TEST(Expression, ArrayContainsVariants) {
  const auto d = ok("arrayContains(matching(equalTo,'A'), matching(type,1))");
  ASSERT_EQ(d.rules.size(), 1u);
  EXPECT_EQ(rule_json(d), R"J({"match":"arrayContains","variants":[)J"
                          R"J({"index":0,"rules":{"$":{"combine":"AND","matchers":[{"match":"equality"}]}}},)J"
                          R"J({"index":1,"rules":{"$":{"combine":"AND","matchers":[{"match":"type"}]}}}]})J");
  EXPECT_EQ(d.value, "A");
  EXPECT_EQ(d.value_type, ValueType::Unknown);
  const auto g = ok("arrayContains(matching(date,'yyyy','2000'), matching($'r'))");
  ASSERT_EQ(g.rules.size(), 2u);
  EXPECT_EQ(rule_json(g), R"J({"match":"arrayContains","variants":[{"generators":{"$":{"format":"yyyy","type":"Date"}},)J"
                          R"J("index":0,"rules":{"$":{"combine":"AND","matchers":[{"format":"yyyy","match":"date"}]}}}]})J");
  EXPECT_EQ(std::get<RuleReference>(g.rules[1]).name, "r");
}

TEST(Expression, CompositionMergesLeftToRight) {
  const auto d = ok("atLeast(1), atMost(10), eachValue(matching(regex, '\\d+', '1234'))");
  ASSERT_EQ(d.rules.size(), 3u);
  EXPECT_EQ(rule_json(d, 0), R"J({"match":"type","min":1})J");
  EXPECT_EQ(rule_json(d, 1), R"J({"match":"type","max":10})J");
  EXPECT_EQ(std::get<model::MatchingRule>(d.rules[2]).kind, model::RuleKind::EachValue);
  EXPECT_EQ(d.value, "");
  EXPECT_EQ(d.value_type, ValueType::Unknown);

  const auto m = ok("matching(integer, 1), matching(type, 'x'), matching(date, 'y', '2'), matching(time, 'H', '3')");
  EXPECT_EQ(m.value, "1");
  EXPECT_EQ(m.value_type, ValueType::String);
  EXPECT_EQ(generator_json(m), R"J({"format":"y","type":"Date"})J");
  EXPECT_EQ(m.rules.size(), 4u);
  EXPECT_EQ(ok("notEmpty(1), matching(decimal, 1.5)").value_type, ValueType::Decimal);
  EXPECT_EQ(ok("matching(boolean, true), matching(number, 1)").value_type, ValueType::Number);
  EXPECT_EQ(ok("atLeast(1), matching(boolean, false)").value_type, ValueType::Boolean);
  EXPECT_EQ(ok("atLeast(1), matching(boolean, false)").value, "false");
}

TEST(Expression, MergeTable) {
  using V = ValueType;
  const V order[] = {V::String, V::Number, V::Integer, V::Decimal, V::Boolean, V::Unknown};
  // Rows: accumulated; columns: next (integration-json.md §12.3).
  const V table[6][6] = {
      {V::String, V::String, V::String, V::String, V::String, V::String},
      {V::String, V::Number, V::Integer, V::Decimal, V::Number, V::Number},
      {V::String, V::Integer, V::Integer, V::Decimal, V::Integer, V::Integer},
      {V::String, V::Decimal, V::Decimal, V::Decimal, V::Decimal, V::Decimal},
      {V::String, V::Number, V::Integer, V::Decimal, V::Boolean, V::Boolean},
      {V::String, V::Number, V::Integer, V::Decimal, V::Boolean, V::Unknown},
  };
  for (int r = 0; r < 6; ++r) {
    for (int c = 0; c < 6; ++c) EXPECT_EQ(merge_value_types(order[r], order[c]), table[r][c]) << r << "," << c;
  }
}

TEST(Expression, StringEscapes) {
  EXPECT_EQ(ok(R"J(matching(regex, '\\d', '1'))J").rules.size(), 1u);
  const auto a = ok(R"J(matching(regex, '\\d\d\t\u0041\u{1F600}\'', 'x'))J");
  EXPECT_EQ(std::get<model::MatchingRule>(a.rules[0]).attributes.at("regex").as_string(),
            "\\d\\d\tA\xF0\x9F\x98\x80\\");  // all trailing quotes are trimmed
  const auto b = ok(R"J(matching(regex, '\b', 'x'))J");
  EXPECT_EQ(std::get<model::MatchingRule>(b.rules[0]).attributes.at("regex").as_string(), "\b");
  // Example values are not unescaped; all surrounding quotes are stripped.
  EXPECT_EQ(ok(R"J(matching(type, '\n'))J").value, "\\n");
  EXPECT_FALSE(parse_expression("matching(equalTo, '''')").ok());  // lexes as two strings
  EXPECT_FALSE(parse_expression("matching(equalTo, )").ok());  // lexes as two strings
  EXPECT_EQ(error_of(R"J(matching(regex, '\u12', 'x'))J"), "Error: Invalid unicode character escape sequence");
  EXPECT_EQ(error_of(R"J(matching(regex, '\uzzzz', 'x'))J"),
            "Error: Invalid unicode character escape sequence: invalid digit found in string");
  EXPECT_EQ(error_of(R"J(matching(regex, '\u{12', 'x'))J"), "Error: Invalid unicode character escape sequence");
}

TEST(Expression, Lexing) {
  // Whitespace: space, tab, newline, form feed; not carriage return.
  EXPECT_EQ(ok("matching(\ttype,\n\f100 )").value, "100");
  EXPECT_FALSE(parse_expression("matching(type,\r100)").ok());
  // A trailing character the lexer cannot read ends the expression quietly.
  EXPECT_TRUE(parse_expression("matching(type, 1)!").ok());
  EXPECT_EQ(error_of("matching(type, 1)! x"), "expected not more tokens, got '!' with ' x' remaining");
  // Identifiers are letters only.
  EXPECT_EQ(error_of("matching(type_x, 1)"), "Error: Expected a comma, got '_'");
  EXPECT_EQ(ok("matching(number, -10.5)").value, "-10.5");
  EXPECT_EQ(ok("matching(integer, 18446744073709551615)").value, "18446744073709551615");
  EXPECT_FALSE(parse_expression("matching(integer, 18446744073709551616)").ok());
}

TEST(Expression, Errors) {
  EXPECT_EQ(error_of(""), "Expected a matching rule definition, but got an empty string");
  EXPECT_EQ(error_of("100 notEmpty(100)"), "Error: Expected a type of matching rule definition, but got '100'");
  EXPECT_EQ(error_of("matching(type, 100) notEmpty(100)"), "expected comma, got 'notEmpty'");
  EXPECT_EQ(error_of("matching(type 100)"), "Error: Expected a comma, got '100'");
  EXPECT_EQ(error_of("matching(regex, \\d+, '1')"), "Error: Expected a string value, got \\");
  EXPECT_EQ(error_of("matching(semver, '1.0')"),
            "Error: Expected a semver compatible string, got '1.0' - unexpected end of input while parsing minor version number");
  EXPECT_EQ(error_of("atLeast(-1)"), "Error: Expected an unsigned number, got '-1'");
  EXPECT_EQ(error_of("matching(type,"), "Error: Expected expected a primitive value, got the end of the expression");
  EXPECT_EQ(error_of("matching"), "Error: Expected '(', got the end of the expression");
  EXPECT_EQ(error_of("matching(creditcard, 'visa', '4111')"), "Error: Expected the type of matcher, got 'creditcard'");
  EXPECT_EQ(error_of("matching(integer, 1.5)"), "Error: Expected an integer, got '1.5'");
  EXPECT_EQ(error_of("matching(integer, 100.5)"), "Error: Expected a closing bracket, got '.5'");
  EXPECT_EQ(error_of("matching(boolean, 1)"), "Error: Expected a boolean, got '1'");
  EXPECT_EQ(error_of("eachKey matching"), "Error: Expected an opening bracket, got 'matching'");
  EXPECT_EQ(error_of("arrayContains(matching(type, 1) x"), "Error: Expected a closing bracket or comma, got 'x'");
  EXPECT_EQ(error_of("notEmpty 1"), "expected '(', got ''");
  EXPECT_EQ(error_of("notEmpty(1 2"), "expected closing bracket, got '2'");
  EXPECT_EQ(error_of("matching(type, 1),"),
            "Error: Expected a type of matching rule definition but got the end of the expression");
}

TEST(Expression, Semver) {
  for (const char* good : {"1.0.0", "0.0.1", "1.2.3-alpha.1", "1.2.3+build.007", "1.2.3-0.a-b+x"}) {
    EXPECT_TRUE(parse_expression(std::string("matching(semver, '") + good + "')").ok()) << good;
  }
  for (const char* bad : {"1", "01.0.0", "1.0.0-", "1.0.0-01", "1.0.0+", "v1.0.0", "1.0.0.0", ""}) {
    EXPECT_FALSE(parse_expression(std::string("matching(semver, '") + bad + "')").ok()) << bad;
  }
}

TEST(Expression, IsExpressionAndMatcherDefinition) {
  EXPECT_TRUE(is_expression("matching(type, 1)"));
  EXPECT_TRUE(is_expression("  atLeast(1)"));
  EXPECT_TRUE(is_expression("eachKey"));
  EXPECT_FALSE(is_expression("matchingx(type, 1)"));
  EXPECT_FALSE(is_expression("abc"));
  EXPECT_FALSE(is_expression(""));

  auto plain = parse_matcher_definition("abc");
  ASSERT_TRUE(plain.ok());
  EXPECT_EQ(plain->value, "abc");
  EXPECT_EQ(plain->value_type, ValueType::String);
  EXPECT_TRUE(plain->rules.empty());
  EXPECT_EQ(parse_matcher_definition("'abc'")->value, "'abc'");
  EXPECT_FALSE(parse_matcher_definition("").ok());
  EXPECT_FALSE(parse_matcher_definition("matching(").ok());
}

TEST(Expression, HostileInput) {
  std::string deep;
  for (int i = 0; i < 10000; ++i) deep += "eachKey(";
  EXPECT_EQ(error_of(deep), "Expression is nested too deeply");
  std::string ok_depth;
  for (int i = 0; i < 50; ++i) ok_depth += "eachValue(";
  ok_depth += "matching(type, 1)";
  for (int i = 0; i < 50; ++i) ok_depth += ")";
  EXPECT_TRUE(parse_expression(ok_depth).ok());
  EXPECT_FALSE(parse_expression(std::string(kMaxExpressionLength + 1, ' ')).ok());
  std::string long_list = "atLeast(1)";
  for (int i = 0; i < 2000; ++i) long_list += ", atMost(2)";
  EXPECT_EQ(ok(long_list).rules.size(), 2001u);
  EXPECT_FALSE(parse_expression("matching(regex, '\xff\xfe', 'x'").ok());
}

}  // namespace
}  // namespace pact::integration_json
