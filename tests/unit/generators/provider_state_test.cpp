#include <gtest/gtest.h>

#include "generators/generate.hpp"
#include "generators/provider_state.hpp"
#include "test_support.hpp"

namespace pact::generators {
namespace {

using testing::fixed_context;
using testing::gen;

GeneratorContext provider_context() {
  auto ctx = fixed_context(Mode::Provider);
  ctx.values = json::parse(R"({"id": 1000, "name": "Bob", "price": 1000.0, "flag": true, "nothing": null,
                               "obj": {"a": 1}, "neg": "-1", "text": "12.5"})")->as_object();
  return ctx;
}

TEST(ProviderState, ReferenceExamples) {
  auto ctx = provider_context();
  // generators.md §9.3 examples table.
  EXPECT_EQ(*generate_value(gen(R"({"type":"ProviderState","expression":"${id}"})"), json::value("a"), ctx),
            json::value(1000));
  EXPECT_EQ(*generate_value(gen(R"({"type":"ProviderState","expression":"${id}","dataType":"STRING"})"),
                            json::value("a"), ctx),
            json::value("1000"));
  EXPECT_EQ(*generate_string(gen(R"({"type":"ProviderState","expression":"/users/${id}/${name}"})"), "/users/1/x", ctx),
            "/users/1000/Bob");
  EXPECT_EQ(*generate_string(gen(R"({"type":"ProviderState","expression":"id"})"), "", ctx), "1000");
  EXPECT_FALSE(generate_value(gen(R"({"type":"ProviderState","expression":"${missing}"})"), json::value(1), ctx).ok());
  EXPECT_FALSE(generate_value(gen(R"({"type":"ProviderState","expression":"missing"})"), json::value(1), ctx).ok());
  EXPECT_FALSE(generate_value(gen(R"({"type":"ProviderState","expression":"${id"})"), json::value(1), ctx).ok());
  EXPECT_EQ(*generate_value(gen(R"({"type":"ProviderState","expression":"${obj}"})"), json::value(1), ctx),
            *json::parse(R"({"a":1})"));
  EXPECT_EQ(*generate_value(gen(R"({"type":"ProviderState","expression":"a${}b${nothing}c"})"), json::value(1), ctx),
            json::value("abc"));
}

TEST(ProviderState, ProviderStateObjectReplacesTheContext) {
  auto ctx = provider_context();
  ctx.values["providerState"] = json::parse(R"({"id": 7})")->as_object();
  EXPECT_EQ(*generate_value(gen(R"({"type":"ProviderState","expression":"${id}"})"), json::value(1), ctx), json::value(7));
  EXPECT_FALSE(generate_value(gen(R"({"type":"ProviderState","expression":"${name}"})"), json::value(1), ctx).ok());
}

TEST(ProviderState, SkippedInConsumerMode) {
  auto ctx = provider_context();
  ctx.mode = Mode::Consumer;
  EXPECT_EQ(*generate_value(gen(R"({"type":"ProviderState","expression":"${id}"})"), json::value("a"), ctx),
            json::value("a"));
  ctx.mode.reset();  // the FFI's generate functions ignore modes (§14)
  EXPECT_EQ(*generate_string(gen(R"({"type":"ProviderState","expression":"${id}"})"), "a", ctx), "1000");
}

TEST(ProviderState, DataTypeConversionTable) {
  const auto j = [](const char* text) { return *json::parse(text); };
  // §9.3 rows.
  EXPECT_EQ(*convert_json(j("1000"), DataType::String), json::value("1000"));
  EXPECT_EQ(*convert_json(j("true"), DataType::String), json::value("true"));
  EXPECT_EQ(*convert_json(j("null"), DataType::String), json::value("null"));
  EXPECT_EQ(*convert_json(j("\"42\""), DataType::Integer), json::value(42U));
  EXPECT_FALSE(convert_json(j("\"-1\""), DataType::Integer).ok());
  EXPECT_FALSE(convert_json(j("\"1.5\""), DataType::Integer).ok());
  EXPECT_EQ(*convert_json(j("2.9"), DataType::Integer), json::value(2));
  EXPECT_EQ(*convert_json(j("true"), DataType::Integer), json::value(1));
  EXPECT_EQ(*convert_json(j("null"), DataType::Integer), json::value(0));
  EXPECT_FALSE(convert_json(j("[1]"), DataType::Integer).ok());
  EXPECT_EQ(*convert_json(j("1000"), DataType::Decimal), json::value(1000.0));
  EXPECT_EQ(*convert_json(j("\"12.5\""), DataType::Decimal), json::value(12.5));
  EXPECT_EQ(*convert_json(j("false"), DataType::Decimal), json::value(0.0));
  EXPECT_FALSE(convert_json(j("{}"), DataType::Decimal).ok());
  EXPECT_EQ(*convert_json(j("\"true\""), DataType::Boolean), json::value(true));
  EXPECT_FALSE(convert_json(j("\"yes\""), DataType::Boolean).ok());
  EXPECT_EQ(*convert_json(j("3"), DataType::Boolean), json::value(true));
  EXPECT_EQ(*convert_json(j("0"), DataType::Boolean), json::value(false));
  EXPECT_EQ(*convert_json(j("null"), DataType::Boolean), json::value(false));
  EXPECT_EQ(*convert_json(j("[1]"), DataType::Raw), j("[1]"));
}

TEST(ProviderState, DataTypeNames) {
  EXPECT_EQ(data_type_from("integer"), DataType::Integer);
  EXPECT_EQ(data_type_from("FLOAT"), DataType::Decimal);
  EXPECT_EQ(data_type_from("Decimal"), DataType::Decimal);
  EXPECT_EQ(data_type_from("whatever"), DataType::Raw);
}

TEST(ProviderState, TextRendering) {
  auto ctx = provider_context();
  // DECIMAL text drops ".0" (trap 7); null is empty for RAW.
  EXPECT_EQ(*generate_string(gen(R"({"type":"ProviderState","expression":"${id}","dataType":"DECIMAL"})"), "", ctx),
            "1000");
  EXPECT_EQ(*generate_string(gen(R"({"type":"ProviderState","expression":"${text}","dataType":"DECIMAL"})"), "", ctx),
            "12.5");
  EXPECT_EQ(*generate_string(gen(R"({"type":"ProviderState","expression":"${nothing}"})"), "x", ctx), "");
  EXPECT_EQ(*generate_string(gen(R"({"type":"ProviderState","expression":"${flag}","dataType":"BOOLEAN"})"), "", ctx),
            "true");
}

TEST(ProviderState, Status) {
  auto ctx = provider_context();
  ctx.values["code"] = "201";
  ctx.values["dec"] = "202.7";
  EXPECT_EQ(*generate_status(gen(R"({"type":"ProviderState","expression":"${code}"})"), 200, ctx), 201);
  EXPECT_EQ(*generate_status(gen(R"({"type":"ProviderState","expression":"${dec}","dataType":"FLOAT"})"), 200, ctx), 202);
  EXPECT_EQ(*generate_status(gen(R"({"type":"ProviderState","expression":"${flag}"})"), 200, ctx), 1);
  EXPECT_EQ(*generate_status(gen(R"({"type":"ProviderState","expression":"${nothing}"})"), 200, ctx), 0);
  EXPECT_FALSE(generate_status(gen(R"({"type":"ProviderState","expression":"${code}","dataType":"BOOLEAN"})"), 200, ctx).ok());
}

TEST(MockServerUrl, CompatibilitySuiteCase) {
  auto ctx = GeneratorContext::for_mock_server("http://somewhere.world", 1234);
  const auto g = gen(R"j({"type":"MockServerURL","regex":".*(/a)","example":"http://1234:8080/a"})j");
  EXPECT_EQ(*generate_value(g, json::value("x"), ctx), json::value("http://somewhere.world/a"));
  EXPECT_EQ(*generate_string(g, "x", ctx), "http://somewhere.world/a");
}

TEST(MockServerUrl, Hateoas) {
  auto ctx = GeneratorContext::for_mock_server("https://somewhere.else:1234/subpath", 1234);
  const auto g = gen(R"j({"type":"MockServerURL","regex":".*(\\/orders\\/\\d+)$","example":"http://localhost:9000/orders/1234"})j");
  EXPECT_EQ(*generate_string(g, "", ctx), "https://somewhere.else:1234/subpath/orders/1234");
}

TEST(MockServerUrl, FirstMatchOnlyAndNoMatch) {
  auto ctx = GeneratorContext::for_mock_server("http://h:1", 1);
  EXPECT_EQ(*generate_string(gen(R"j({"type":"MockServerURL","regex":"x(/\\d)","example":"<x/1 x/2>"})j"), "", ctx),
            "<http://h:1/1 x/2>");
  EXPECT_EQ(*generate_string(gen(R"j({"type":"MockServerURL","regex":"zz(/a)","example":"http://e/a"})j"), "", ctx),
            "http://e/a");
  EXPECT_FALSE(generate_string(gen(R"j({"type":"MockServerURL","regex":".*","example":"http://e/a"})j"), "", ctx).ok());
  EXPECT_FALSE(generate_string(gen(R"j({"type":"MockServerURL","regex":"(","example":"a"})j"), "", ctx).ok());
  EXPECT_FALSE(generate_status(gen(R"j({"type":"MockServerURL","regex":"(a)","example":"a"})j"), 200, ctx).ok());
}

TEST(MockServerUrl, HrefOnlyForJsonTargets) {
  auto ctx = fixed_context();
  ctx.values["mockServer"] = json::parse(R"({"href":"http://old:2"})")->as_object();
  const auto g = gen(R"j({"type":"MockServerURL","regex":".*(/a)","example":"http://e/a"})j");
  EXPECT_EQ(*generate_value(g, json::value("x"), ctx), json::value("http://old:2/a"));
  EXPECT_FALSE(generate_string(g, "x", ctx).ok());
}

TEST(MockServerUrl, SkippedInProviderModeAndWithoutContext) {
  auto ctx = fixed_context(Mode::Provider);
  const auto g = gen(R"j({"type":"MockServerURL","regex":".*(/a)","example":"http://e/a"})j");
  EXPECT_EQ(*generate_value(g, json::value("keep"), ctx), json::value("keep"));
  ctx.mode = Mode::Consumer;
  EXPECT_FALSE(generate_value(g, json::value("keep"), ctx).ok());
}

}  // namespace
}  // namespace pact::generators
