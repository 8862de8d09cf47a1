// Reading and writing whole pacts for every version (pact-file-format.md
// §2-§16, §19).

#include <gtest/gtest.h>

#include "model/pact_json.hpp"
#include "print_pact.hpp"

namespace pact::model {
namespace {

Pact read_ok(std::string_view text) {
  auto r = read_pact(text);
  EXPECT_TRUE(r.ok()) << (r.ok() ? "" : r.error().message);
  return r.ok() ? r.value() : Pact{};
}

std::string write_ok(const Pact& pact, SpecVersion v) {
  auto r = write_pact(pact, v);
  EXPECT_TRUE(r.ok()) << (r.ok() ? "" : r.error().message);
  return r.ok() ? r.value() : std::string();
}

// read -> write(v) -> read gives the same model.
void expect_round_trip(const Pact& pact, SpecVersion v) {
  const auto text = write_ok(pact, v);
  const auto again = read_ok(text);
  auto expected = pact;
  expected.spec_version = v;
  EXPECT_EQ(again, expected) << text;
  EXPECT_EQ(write_ok(again, v), text);
}

Interaction http_interaction(std::string description) {
  Interaction i;
  i.description = std::move(description);
  i.parts = SynchronousHttp{};
  return i;
}

constexpr std::string_view kV2Example = R"({
  "consumer": {
    "name": "C"
  },
  "interactions": [
    {
      "description": "Test Interaction",
      "providerState": "Good state to be in",
      "request": {
        "headers": {
          "Accept": "application/json, text/plain"
        },
        "matchingRules": {
          "$.body": {
            "match": "type"
          }
        },
        "method": "GET",
        "path": "/",
        "query": "a=1&b=x+y"
      },
      "response": {
        "status": 200
      }
    }
  ],
  "metadata": {
    "pactRust": {
      "models": "1.3.15"
    },
    "pactSpecification": {
      "version": "2.0.0"
    }
  },
  "provider": {
    "name": "P"
  }
})";

TEST(PactWrite, V2ExampleIsByteExact) {
  Pact pact;
  pact.consumer = "C";
  pact.provider = "P";
  pact.spec_version = SpecVersion::V4;
  pact.metadata["pactRust"] = json::object{{"models", "1.3.15"}};
  auto i = http_interaction("Test Interaction");
  i.provider_states = {{"Good state to be in", json::object{{"id", 1}}}, {"second", {}}};
  i.pending = true;
  i.key = "k1";
  auto& req = i.http()->request;
  req.headers = Headers{};
  req.headers->set("Accept", {"application/json", "text/plain"});
  req.query = Query{};
  req.query->at_or_add("b").push_back("x y");
  req.query->at_or_add("a").push_back("1");
  req.matching_rules.add(Category::Body, "$", MatchingRule{RuleKind::Type, {}});
  req.matching_rules.add(Category::Body, "$", MatchingRule{RuleKind::Regex, json::object{{"regex", "x"}}});
  pact.interactions.push_back(i);
  EXPECT_EQ(write_ok(pact, SpecVersion::V2), kV2Example);

  const auto back = read_ok(kV2Example);
  EXPECT_EQ(back.spec_version, SpecVersion::V2);
  ASSERT_EQ(back.interactions.size(), 1U);
  EXPECT_EQ(back.interactions[0].provider_states.size(), 1U);
  EXPECT_EQ(back.interactions[0].http()->request.matching_rules.find(Category::Body)->at("$").rules.size(), 1U);
  EXPECT_EQ(back.interactions[0].http()->request.query->find("b")->at(0), std::optional<std::string>("x y"));
  expect_round_trip(back, SpecVersion::V2);
}

constexpr std::string_view kV4ExampleCompact = R"({
  "consumer": {"name": "MergingPactC"},
  "interactions": [
    {
      "description": "description 1",
      "pending": false,
      "providerStates": [{"name": "state_desc_1", "params": {"id": "1"}}],
      "request": {"headers": {"Accept": ["application/json"]}, "method": "GET", "path": "/api/orders/404"},
      "response": {"status": 200},
      "type": "Synchronous/HTTP"
    },
    {
      "contents": {"content": {"id": "1"}, "contentType": "application/json", "encoded": false},
      "description": "description 2",
      "matchingRules": {"body": {"$.id": {"combine": "AND", "matchers": [{"match": "integer"}]}}},
      "metadata": {"contentType": "application/json"},
      "pending": false,
      "type": "Asynchronous/Messages"
    }
  ],
  "metadata": {"pactRust": {"ffi": "0.5.7", "models": "1.3.15"}, "pactSpecification": {"version": "4.0"}},
  "provider": {"name": "MergingPactP"}
})";

TEST(PactWrite, V4ExampleIsByteExactAndSorted) {
  Pact pact;
  pact.consumer = "MergingPactC";
  pact.provider = "MergingPactP";
  pact.spec_version = SpecVersion::V4;
  pact.metadata["pactRust"] = json::object{{"ffi", "0.5.7"}, {"models", "1.3.15"}};
  Interaction message;
  message.description = "description 2";
  MessageContents contents;
  contents.contents = Body::present(R"({"id":"1"})", "application/json");
  contents.metadata["contentType"] = "application/json";
  contents.matching_rules.add(Category::Body, "$.id", MatchingRule{RuleKind::Integer, {}});
  message.parts = AsynchronousMessage{contents};
  pact.interactions.push_back(message);  // inserted first: the writer sorts by description
  auto http = http_interaction("description 1");
  http.provider_states = {{"state_desc_1", json::object{{"id", "1"}}}};
  http.http()->request.path = "/api/orders/404";
  http.http()->request.headers = Headers{};
  http.http()->request.headers->set("Accept", {"application/json"});
  pact.interactions.push_back(http);

  const auto expected = json::write(json::parse(kV4ExampleCompact).value(), json::Layout::Pretty);
  EXPECT_EQ(write_ok(pact, SpecVersion::V4), expected);
  const auto back = read_ok(expected);
  EXPECT_EQ(back.spec_version, SpecVersion::V4);
  expect_round_trip(back, SpecVersion::V4);
}

TEST(PactRead, DetectsVersions) {
  EXPECT_EQ(read_ok(R"({})").spec_version, SpecVersion::V3);
  EXPECT_EQ(read_ok(R"({"metadata": {"pactSpecification": {}}})").spec_version, SpecVersion::V3);
  EXPECT_EQ(read_ok(R"({"metadata": {"pactSpecification": {"version": "1.0.0"}}})").spec_version, SpecVersion::V1);
  EXPECT_EQ(read_ok(R"({"metadata": {"pact-specification": {"version": "1.1"}}})").spec_version, SpecVersion::V1_1);
  EXPECT_EQ(read_ok(R"({"metadata": {"pactSpecification": {"version": "2"}}})").spec_version, SpecVersion::V2);
  EXPECT_EQ(read_ok(R"({"metadata": {"pactSpecification": {"version": "4.0"}}})").spec_version, SpecVersion::V4);
  EXPECT_EQ(read_ok(R"({"metadata": {"pactSpecification": {"version": ""}}})").spec_version, SpecVersion::Unknown);
  // The string form is ignored (trap 5).
  EXPECT_EQ(read_ok(R"({"metadata": {"pactSpecificationVersion": "2.0.0"}})").spec_version, SpecVersion::V3);
  const auto p = read_ok(R"({"metadata": {"pactSpecificationVersion": "2.0.0", "ns": {"a": 1}}})");
  EXPECT_FALSE(p.metadata.contains("pactSpecificationVersion"));
  EXPECT_TRUE(p.metadata.contains("ns"));
  EXPECT_EQ(p.consumer, "consumer");
  EXPECT_EQ(p.provider, "provider");
}

TEST(PactRead, V1InteractionDefaultsAndLegacyStates) {
  const auto p = read_ok(R"({"consumer": {"name": 5}, "interactions": [
    {"provider_state": "s1", "request": {"method": "post", "query": {"a": ["1"]}}, "response": {"status": 201}},
    {"description": "two", "providerState": "", "request": {}, "response": {"status": "x"}}],
    "metadata": {"pactSpecification": {"version": "1.0.0"}}})");
  EXPECT_EQ(p.consumer, "5");
  ASSERT_EQ(p.interactions.size(), 2U);
  const auto& first = p.interactions[0];
  EXPECT_EQ(first.description, "Interaction 0");
  EXPECT_EQ(first.provider_states.at(0).name, "s1");
  EXPECT_EQ(first.http()->request.method, "POST");
  EXPECT_EQ(first.http()->request.path, "/");
  EXPECT_FALSE(first.http()->request.query.has_value());  // object form ignored below V3
  EXPECT_EQ(first.http()->response.status, 201);
  EXPECT_TRUE(p.interactions[1].provider_states.empty());
  EXPECT_EQ(p.interactions[1].http()->response.status, 200);
}

TEST(PactRead, ProviderStatesNullDoesNotFallBack) {
  const auto p = read_ok(R"({"interactions": [{"description": "d", "providerStates": null, "providerState": "x",
    "request": {}, "response": {}}]})");
  EXPECT_TRUE(p.interactions[0].provider_states.empty());
  const auto q = read_ok(R"({"interactions": [{"providerStates": [{"params": {"a": 1}}, {"name": "n", "params": 3}],
    "request": {}, "response": {}}]})");
  EXPECT_EQ(q.interactions[0].provider_states[0].name, "unknown provider states");
  EXPECT_TRUE(q.interactions[0].provider_states[1].params.empty());
}

TEST(PactRead, V2FlatAndV3CategoryRules) {
  const auto p = read_ok(R"({"interactions": [{"request": {"matchingRules": {
      "$.body.a[*].b": {"match": "type"}, "$.headers['Content-Type']": {"regex": "json"},
      "$.header.accept": {"match": "regex", "regex": "x"}, "$.query.q[1]": {"min": 1}, "$.path": {"regex": "/p"}}},
    "response": {"responseMatchingRules": {
      "status": {"combine": "OR", "matchers": [{"match": "statusCode", "status": "success"}]},
      "content": {"a": {"matchers": [{"match": "integer"}]}},
      "header": {"X": {"matchers": [{"match": "regex", "regex": "y"}]}}}}}],
    "metadata": {"pactSpecification": {"version": "2.0.0"}}})");
  const auto& req = p.interactions[0].http()->request.matching_rules;
  EXPECT_EQ(req.find(Category::Body)->at("$.a[*].b").rules[0].kind, RuleKind::Type);
  EXPECT_EQ(req.find(Category::Header)->at("Content-Type").rules[0].kind, RuleKind::Regex);
  EXPECT_TRUE(req.find(Category::Header)->contains("accept"));
  EXPECT_EQ(req.find(Category::Query)->at("q").rules[0].kind, RuleKind::MinType);
  EXPECT_TRUE(req.find(Category::Path)->contains("$"));
  const auto& resp = p.interactions[0].http()->response.matching_rules;
  EXPECT_EQ(resp.find(Category::Status)->at("$").logic, RuleLogic::Or);
  EXPECT_EQ(resp.find(Category::Body)->at("$.a").rules[0].kind, RuleKind::Integer);  // unknown category -> body
  EXPECT_TRUE(resp.find(Category::Header)->contains("X"));
}

TEST(PactRead, InvalidBodyPathFailsTheLoad) {
  EXPECT_FALSE(read_pact(R"({"interactions": [{"request": {"matchingRules": {"body": {"$.a b": {"matchers": []}}}},
    "response": {}}]})").ok());
  EXPECT_FALSE(read_pact(R"({"interactions": [{"request": {"matchingRules": {"$.body.a!": {"match": "type"}}},
    "response": {}}]})").ok());
}

TEST(PactRead, V4FailuresAreFatal) {
  EXPECT_FALSE(read_pact(R"({"interactions": [{"description": "x"}],
    "metadata": {"pactSpecification": {"version": "4.0"}}})").ok());
  EXPECT_FALSE(read_pact(R"({"interactions": [{"type": "Synchronous/Messages", "request": {}, "response": {}}],
    "metadata": {"pactSpecification": {"version": "4.0"}}})").ok());
  EXPECT_FALSE(read_pact(R"({"messages": [], "metadata": {"pactSpecification": {"version": "2.0.0"}}})").ok());
  EXPECT_FALSE(read_pact("[1]").ok());
  EXPECT_FALSE(read_pact("{").ok());
}

TEST(PactRead, V3MessagePact) {
  const auto p = read_ok(R"({"consumer": {"name": "C"}, "provider": {"name": "P"}, "messages": [
      {"description": "Published credit data", "providerStates": [{"name": "state"}],
       "contents": {"foo": "bar"}, "metaData": {"Content-Type": "application/json"},
       "matchingRules": {"body": {"$.foo": {"combine": "AND", "matchers": [{"match": "type"}]}}},
       "generators": {"body": {"$.foo": {"type": "RandomString"}}}},
      {"contents": "aGk=", "metadata": {"contentType": "application/octet-stream"}}],
    "interactions": [{"description": "ignored"}],
    "metadata": {"pactSpecification": {"version": "3.0.0"}}})");
  ASSERT_EQ(p.interactions.size(), 2U);
  const auto& m = std::get<AsynchronousMessage>(p.interactions[0].parts).contents;
  EXPECT_EQ(m.contents.bytes, R"({"foo":"bar"})");
  EXPECT_TRUE(m.generators.empty());  // trap 11
  EXPECT_EQ(p.interactions[1].description, "Message 1");
  EXPECT_EQ(std::get<AsynchronousMessage>(p.interactions[1].parts).contents.contents.bytes, "hi");
  // Writing adds "contentType" to metadata that only has "Content-Type" (§16);
  // from then on the pact round-trips.
  const auto normalised = read_ok(write_ok(p, SpecVersion::V3));
  EXPECT_EQ(std::get<AsynchronousMessage>(normalised.interactions[0].parts).contents.metadata.at("contentType"),
            json::value("application/json"));
  expect_round_trip(normalised, SpecVersion::V3);
}

TEST(PactRoundTrip, V1AndV11) {
  for (const auto* version : {"1.0.0", "1.1.0"}) {
    const auto p = read_ok(std::string(R"({"consumer": {"name": "C"}, "provider": {"name": "P"}, "interactions": [
      {"description": "a", "providerState": "s", "request": {"method": "GET", "path": "/x", "query": "a=b+c&d",
       "headers": {"Accept": "text/html, text/plain"}, "body": "hello"},
       "response": {"status": 404, "headers": {"Content-Type": "application/json"}, "body": {"z": [1, 2.5, null]}}}],
      "metadata": {"pactSpecification": {"version": ")") + version + R"("}}})");
    const auto v = p.spec_version;
    expect_round_trip(p, v);
  }
}

TEST(PactRoundTrip, V3HttpWithRulesAndGenerators) {
  const auto p = read_ok(R"({"consumer": {"name": "C"}, "provider": {"name": "P"}, "interactions": [
    {"description": "a", "providerStates": [{"name": "s", "params": {"id": 1}}],
     "request": {"method": "PUT", "path": "/x", "query": {"a": ["1", null], "b": ["x y"]},
       "headers": {"Content-Type": "application/json"}, "body": "{\"a\":1}",
       "matchingRules": {"path": {"combine": "AND", "matchers": [{"match": "regex", "regex": "/x"}]},
                         "query": {"a": {"combine": "AND", "matchers": [{"match": "type"}]}}},
       "generators": {"path": {"type": "ProviderState", "expression": "/${id}"},
                      "header": {"X": {"type": "Uuid"}}, "content": {"$.a": {"type": "Uuid"}}}},
     "response": {"status": 200, "body": "<?xml version=\"1.0\"?><a/>",
       "matchingRules": {"status": {"$": {"combine": "AND", "matchers": [{"match": "statusCode", "status": "success"}]}},
                         "body": {"$.a": {"combine": "AND", "matchers": [{"match": "type", "min": 1}]}}},
       "generators": {"status": {"type": "RandomInt", "min": 200, "max": 299}}}}],
    "metadata": {"pactSpecification": {"version": "3.0.0"}, "other": {"k": "v"}}})");
  const auto& req = p.interactions[0].http()->request;
  EXPECT_EQ(req.body.bytes, R"({"a":1})");
  EXPECT_EQ(req.generators.categories.size(), 2U);  // "content" generators dropped
  expect_round_trip(p, SpecVersion::V3);
  expect_round_trip(p, SpecVersion::V4);
  const auto text = write_ok(p, SpecVersion::V3);
  EXPECT_NE(text.find(R"("status": {
            "$": {)"), std::string::npos) << text;
}

TEST(PactRoundTrip, V4AllInteractionKinds) {
  const auto p = read_ok(R"({"consumer": {"name": "C"}, "provider": {"name": "P"}, "interactions": [
    {"type": "Synchronous/HTTP", "description": "h", "key": "k", "pending": true,
     "comments": {"testname": "t", "text": ["x"], "empty": ""}, "transport": "http",
     "pluginConfiguration": {"protobuf": {"a": 1}, "bad": 1},
     "interactionMarkup": {"markup": "# hi", "markupType": "COMMON_MARK"},
     "request": {"method": "POST", "path": "/p", "query": {"q": ["1"]}, "headers": {"Content-Type": ["text/plain"]},
                 "body": {"content": "hello", "contentType": "text/plain", "encoded": false}},
     "response": {"status": 200, "body": {"content": "AAEC", "contentType": "application/octet-stream", "encoded": "base64"}}},
    {"type": "Asynchronous/Messages", "description": "a", "contents": {"content": {"x": 1}},
     "metadata": {"contentType": "application/json", "n": 1}},
    {"type": "Synchronous/Messages", "description": "s",
     "request": {"contents": {"content": "req", "contentType": "text/plain", "encoded": false}},
     "response": [{"contents": {"content": "resp", "contentType": "text/plain"}, "metadata": {"a": "b"}}, {}]}],
    "metadata": {"pactSpecification": {"version": "4.0"}, "plugins": [{"name": "protobuf", "version": "0.3.0",
      "configuration": {"x": 1}}]}})");
  ASSERT_EQ(p.interactions.size(), 3U);
  EXPECT_EQ(p.interactions[0].http()->response.body.bytes, std::string("\0\1\2", 3));
  EXPECT_EQ(p.interactions[0].plugin_configuration.size(), 1U);
  EXPECT_EQ(p.plugins.size(), 1U);
  const auto& async = std::get<AsynchronousMessage>(p.interactions[1].parts).contents;
  EXPECT_EQ(async.contents.content_type, "application/json");
  const auto& sync = std::get<SynchronousMessage>(p.interactions[2].parts);
  EXPECT_EQ(sync.responses.size(), 2U);
  EXPECT_EQ(sync.responses[1].contents.state, BodyState::Missing);
  // Write once (which sorts and drops the empty comment), then round trip.
  const auto normalised = read_ok(write_ok(p, SpecVersion::V4));
  EXPECT_FALSE(normalised.interactions[2].comments.contains("empty"));
  expect_round_trip(normalised, SpecVersion::V4);
  const auto text = write_ok(p, SpecVersion::V4);
  EXPECT_NE(text.find(R"("pending": true)"), std::string::npos);
  EXPECT_EQ(text.back(), '}');
}

TEST(PactWrite, DowngradeRules) {
  Pact pact;
  pact.interactions.push_back(http_interaction("h"));
  Interaction message;
  message.description = "m";
  message.parts = AsynchronousMessage{};
  pact.interactions.push_back(message);
  auto mixed = write_pact(pact, SpecVersion::V3);
  ASSERT_FALSE(mixed.ok());
  EXPECT_EQ(mixed.error().message, "A Pact with mixed interaction types can't be downgraded to V3");
  EXPECT_TRUE(write_pact(pact, SpecVersion::V4).ok());

  Pact messages;
  messages.interactions.push_back(message);
  EXPECT_FALSE(write_pact(messages, SpecVersion::V2).ok());
  EXPECT_NE(write_ok(messages, SpecVersion::V3).find(R"("messages")"), std::string::npos);

  Pact sync;
  Interaction s;
  s.parts = SynchronousMessage{};
  sync.interactions.push_back(s);
  EXPECT_FALSE(write_pact(sync, SpecVersion::V3).ok());
  EXPECT_FALSE(write_pact(Pact{}, SpecVersion::Unknown).ok());
}

TEST(PactWrite, V2GeneratorsNullAndMetadataStrings) {
  Pact pact;
  auto i = http_interaction("d");
  i.http()->response.generators.add(Category::Status, "$", Generator{"RandomInt", {}});
  i.http()->request.matching_rules.add(Category::Header, "X-Id", MatchingRule{RuleKind::Regex, {{"regex", "\\d+"}}});
  i.http()->request.matching_rules.add(Category::Query, "page", MatchingRule{RuleKind::Integer, {}});
  pact.interactions.push_back(i);
  pact.metadata["ns"] = json::object{{"n", 1}, {"s", "x"}};
  pact.metadata["scalar"] = 5;
  const auto doc = pact_to_json(pact, SpecVersion::V2).value();
  const auto& response = doc.at("interactions").at(0).at("response").as_object();
  EXPECT_TRUE(response.at("generators").is_null());
  const auto& rules = doc.at("interactions").at(0).at("request").at("matchingRules").as_object();
  EXPECT_TRUE(rules.contains("$.headers['X-Id']"));
  EXPECT_TRUE(rules.contains("$.query.page"));
  EXPECT_EQ(doc.at("metadata").at("ns").at("n"), json::value("1"));
  EXPECT_FALSE(doc.at("metadata").as_object().contains("scalar"));
  EXPECT_EQ(doc.at("metadata").at("pactSpecification").at("version"), json::value("2.0.0"));
}

TEST(PactWrite, V3MessageAddsContentTypeToMetadata) {
  Pact pact;
  Interaction m;
  m.description = "m";
  MessageContents contents;
  contents.contents = Body::present("hi", "text/plain");
  m.parts = AsynchronousMessage{contents};
  pact.interactions.push_back(m);
  const auto doc = pact_to_json(pact, SpecVersion::V3).value();
  EXPECT_EQ(doc.at("messages").at(0).at("metadata").at("contentType"), json::value("text/plain"));
  EXPECT_EQ(doc.at("messages").at(0).at("contents"), json::value("hi"));
}

TEST(RequestToV3Json, MismatchReportForm) {
  HttpRequest r;
  r.method = "delete";
  r.path = "/nope";
  r.query = Query{};
  r.query->at_or_add("x").push_back("1");
  r.query->at_or_add("y").push_back(std::nullopt);
  r.headers = Headers{};
  r.headers->set("x-a", {"1", "2"});
  r.body = Body::empty();
  EXPECT_EQ(json::write(request_to_v3_json(r)),
            R"({"body":"","headers":{"x-a":"1, 2"},"method":"DELETE","path":"/nope","query":{"x":["1"],"y":[null]}})");
  HttpRequest j;
  j.body = Body::present(R"({"b":1,"a":2})", "application/json");
  j.matching_rules.add(Category::Body, "$.a", MatchingRule{RuleKind::Type, {}});
  EXPECT_EQ(json::write(request_to_v3_json(j)),
            R"({"body":{"a":2,"b":1},"matchingRules":{"body":{"$.a":{"combine":"AND","matchers":[{"match":"type"}]}}},"method":"GET","path":"/"})");
  HttpRequest b;
  b.body = Body::present(std::string("\xff\xfe", 2), "application/octet-stream");
  EXPECT_EQ(json::write(request_to_v3_json(b)), R"({"body":"//4=","method":"GET","path":"/"})");
}

}  // namespace
}  // namespace pact::model
