#include <gtest/gtest.h>

#include "model/base64.hpp"
#include "model/pact_json.hpp"
#include "verifier/provider_request.hpp"

namespace pact::verifier {
namespace {

model::Interaction first_interaction(const char* pact_json) {
  auto pact = model::read_pact(pact_json);
  EXPECT_TRUE(pact.ok()) << (pact.ok() ? "" : pact.error().message);
  return pact.value().interactions.at(0);
}

std::vector<std::string> values_of(const OutboundRequest& r, std::string_view name) {
  std::vector<std::string> out;
  for (const auto& [n, v] : r.headers) {
    if (n == name) out.push_back(v);
  }
  return out;
}

constexpr const char* kPact = R"({
  "consumer": {"name": "c"}, "provider": {"name": "p"},
  "interactions": [{"description": "d", "request": {"method": "POST", "path": "/items",
     "query": {"b": ["2"], "a": ["1", "3"]},
     "headers": {"X-Token": "pact", "Accept": "application/json, text/plain", "Content-Type": "application/json"},
     "body": {"id": 1}},
   "response": {"status": 200}}],
  "metadata": {"pactSpecification": {"version": "3.0.0"}}})";

TEST(ProviderRequestTest, BuildsUrlHeadersAndBody) {
  const auto interaction = first_interaction(kPact);
  const auto& http = *interaction.http();
  const auto request = provider_request(http.request, "http://localhost:8000/base/", {});
  EXPECT_EQ(request.method, "POST");
  EXPECT_EQ(request.url, "http://localhost:8000/base/items?a=1&a=3&b=2");
  EXPECT_EQ(values_of(request, "Accept"), (std::vector<std::string>{"application/json", "text/plain"}));
  EXPECT_EQ(request.body.value(), R"({"id":1})");
}

TEST(ProviderRequestTest, CustomHeadersReplaceOnlyTheSameSpelling) {
  const auto interaction = first_interaction(kPact);
  const auto& http = *interaction.http();
  const auto request = provider_request(http.request, "http://h", {{"X-Token", "custom"}, {"x-other", "o"}});
  EXPECT_EQ(values_of(request, "X-Token"), std::vector<std::string>{"custom"});
  EXPECT_EQ(values_of(request, "x-other"), std::vector<std::string>{"o"});
  // A different spelling of a pact header keeps the pact's value and is not added.
  const auto other = provider_request(http.request, "http://h", {{"x-token", "custom"}});
  EXPECT_EQ(values_of(other, "X-Token"), std::vector<std::string>{"pact"});
  EXPECT_TRUE(values_of(other, "x-token").empty());
}

TEST(ProviderRequestTest, NullJsonBodyIsSentAsNull) {
  model::HttpRequest request;
  request.headers = model::Headers{{{"Content-Type", {"application/json"}}}};
  request.body = model::Body::null();
  EXPECT_EQ(provider_request(request, "http://h", {}).body.value(), "null");
  request.body = model::Body::missing();
  EXPECT_FALSE(provider_request(request, "http://h", {}).body.has_value());
}

TEST(ToPactResponseTest, LowerCasesAndSplitsHeaders) {
  InboundResponse response;
  response.status = 201;
  response.headers = {{"Content-Type", "application/json"}, {"Accept", "a, b"}, {"X-Multi", "1"}, {"x-multi", "2"}};
  response.body = R"({"a":1})";
  const auto pact_response = to_pact_response(response);
  EXPECT_EQ(pact_response.status, 201);
  ASSERT_TRUE(pact_response.headers);
  EXPECT_EQ(*pact_response.headers->find("accept"), (std::vector<std::string>{"a", "b"}));
  EXPECT_EQ(*pact_response.headers->find("x-multi"), (std::vector<std::string>{"1", "2"}));
  EXPECT_EQ(pact_response.body.content_type, "application/json");
  EXPECT_TRUE(pact_response.body.is_present());
}

TEST(MessageRequestTest, AsyncMessageRequestCarriesDescriptionAndStates) {
  const auto interaction = first_interaction(R"({"consumer": {"name": "c"}, "provider": {"name": "p"},
    "messages": [{"description": "an order", "providerStates": [{"name": "an order", "params": {"n": 1}}, {"name": "plain"}],
                  "contents": {"a": 1}, "metaData": {"contentType": "application/json"}}],
    "metadata": {"pactSpecification": {"version": "3.0.0"}}})");
  const auto request = message_request(interaction, "http://h:1/_pact/message", {{"X-A", "1"}});
  EXPECT_EQ(request.method, "POST");
  EXPECT_EQ(request.url, "http://h:1/_pact/message");
  EXPECT_EQ(values_of(request, "Content-Type"), std::vector<std::string>{"application/json"});
  EXPECT_EQ(values_of(request, "X-A"), std::vector<std::string>{"1"});
  EXPECT_EQ(request.body.value(),
            R"({"description":"an order","providerStates":[{"name":"an order","params":{"n":1}},{"name":"plain"}]})");
}

TEST(MessageRequestTest, SyncMessageRequestIncludesTheRequestContents) {
  const auto interaction = first_interaction(R"({"consumer": {"name": "c"}, "provider": {"name": "p"},
    "interactions": [{"type": "Synchronous/Messages", "description": "a ping",
      "request": {"contents": {"content": {"ping": true}, "contentType": "application/json", "encoded": false}},
      "response": [{"contents": {"content": {"pong": true}, "contentType": "application/json", "encoded": false}}]}],
    "metadata": {"pactSpecification": {"version": "4.0"}}})");
  const auto request = message_request(interaction, "http://h/m", {});
  EXPECT_EQ(request.body.value(),
            R"({"description":"a ping","request":{"contents":{"content":{"ping":true},"contentType":"application/json","encoded":false}}})");
}

// pact-python's relay hands the request, rules included, to the producer.
TEST(MessageRequestTest, SyncMessageRequestKeepsItsMatchingRules) {
  const auto interaction = first_interaction(R"({"consumer": {"name": "c"}, "provider": {"name": "p"},
    "interactions": [{"type": "Synchronous/Messages", "description": "a query",
      "request": {"contents": {"content": {"query": "x"}, "contentType": "application/json", "encoded": false},
                  "matchingRules": {"body": {"$.query": {"combine": "AND", "matchers": [{"match": "type"}]}}}},
      "response": []}],
    "metadata": {"pactSpecification": {"version": "4.0"}}})");
  const auto body = json::parse(message_request(interaction, "http://h/m", {}).body.value());
  ASSERT_TRUE(body.ok());
  EXPECT_EQ(json::write(body->at("request").at("matchingRules")),
            R"({"body":{"$.query":{"combine":"AND","matchers":[{"match":"type"}]}}})");
}

TEST(ToMessageContentsTest, MergesContentTypeAndTheMetadataHeader) {
  InboundResponse response;
  response.status = 200;
  response.headers = {{"Content-Type", "application/json"},
                      {"pact-message-metadata", model::base64_encode(R"({"topic":"orders","n":1})")}};
  response.body = R"({"a":1})";
  const auto contents = to_message_contents(response);
  EXPECT_EQ(json::write(json::value(contents.metadata)),
            R"({"contentType":"application/json","n":1,"topic":"orders"})");
  EXPECT_EQ(contents.contents.bytes, R"({"a":1})");
}

TEST(ToMessageContentsTest, UndecodableMetadataIsIgnored) {
  InboundResponse response;
  response.headers = {{"Pact-Message-Metadata", "%%%not base64"}};
  const auto contents = to_message_contents(response);
  EXPECT_EQ(json::write(json::value(contents.metadata)), R"({"contentType":""})");
  EXPECT_FALSE(contents.contents.is_present());
}

}  // namespace
}  // namespace pact::verifier
