// Response generators in the mock server (mock-server.md §7.1,
// generators.md §10, §12): consumer mode, context {"mockServer": {"url",
// "port"}}.

#include <gtest/gtest.h>

#include "mock_server/mock_server.hpp"
#include "mock_server/request_handler.hpp"
#include "support/json.hpp"
#include "test_support.hpp"

namespace pact::mock_server {
namespace {

namespace http = testing::http;
using testing::pact_from;
using testing::send;

constexpr const char* kGeneratorPact = R"j({
  "consumer": {"name": "c"}, "provider": {"name": "p"},
  "interactions": [{
    "description": "generated",
    "request": {"method": "GET", "path": "/item"},
    "response": {
      "status": 200,
      "headers": {"Content-Type": "application/json", "Location": "http://localhost:1234/item/1"},
      "body": {"id": null, "link": "http://localhost:1234/item/1", "state": "example"},
      "generators": {
        "body": {
          "$.id": {"type": "RandomInt", "min": 1, "max": 1000},
          "$.link": {"type": "MockServerURL", "example": "http://localhost:1234/item/1", "regex": ".*(/item/\\d+)$"},
          "$.state": {"type": "ProviderState", "expression": "${id}"}
        },
        "header": {
          "Location": {"type": "MockServerURL", "example": "http://localhost:1234/item/1", "regex": ".*(/item/\\d+)$"}
        }
      }
    }
  }],
  "metadata": {"pactSpecification": {"version": "3.0.0"}}
})j";

TEST(MockServerGenerators, RandomIntAndMockServerUrlOverTheWire) {
  auto port = start(pact_from(kGeneratorPact), {});
  ASSERT_TRUE(port.ok()) << port.error().message;
  const auto reply = send(*port, http::verb::get, "/item");
  EXPECT_EQ(reply.status, 200u);
  auto body = json::parse(reply.body);
  ASSERT_TRUE(body.ok()) << reply.body;
  const auto& obj = body->as_object();
  ASSERT_TRUE(obj.at("id").is_int64()) << reply.body;
  EXPECT_GE(obj.at("id").get_int64(), 1);
  EXPECT_LE(obj.at("id").get_int64(), 1000);
  const std::string url = "http://127.0.0.1:" + std::to_string(*port);
  EXPECT_EQ(obj.at("link"), json::value(url + "/item/1"));
  // ProviderState generators do not run in consumer mode (generators.md §1).
  EXPECT_EQ(obj.at("state"), json::value("example"));
  EXPECT_EQ(reply.values("Location"), std::vector<std::string>{url + "/item/1"});
  EXPECT_TRUE(matched(*port));
  EXPECT_TRUE(cleanup(*port));
}

TEST(MockServerGenerators, HandlerAppliesGeneratorsWithTheConfiguredUrl) {
  RequestHandler handler(std::make_shared<const model::Pact>(pact_from(kGeneratorPact)), false);
  handler.set_server_url("http://10.0.0.1:4321", 4321);
  model::HttpRequest request;
  request.method = "GET";
  request.path = "/item";
  const auto handled = handler.handle(request);
  ASSERT_EQ(handled.record.outcome, Outcome::Matched);
  auto body = json::parse(handled.response.body);
  ASSERT_TRUE(body.ok());
  EXPECT_TRUE(body->as_object().at("id").is_int64());
  EXPECT_EQ(body->as_object().at("link"), json::value("http://10.0.0.1:4321/item/1"));
  // The stored pact keeps its example (generators.md §1).
  EXPECT_NE(handler.pact().interactions[0].http()->response.body.bytes.find("null"), std::string::npos);
}

TEST(MockServerGenerators, FailingGeneratorKeepsTheExample) {
  // No server URL configured: MockServerURL cannot run, the example stays
  // and the response is still sent (generators.md trap 21).
  RequestHandler handler(std::make_shared<const model::Pact>(pact_from(kGeneratorPact)), false);
  model::HttpRequest request;
  request.method = "GET";
  request.path = "/item";
  const auto handled = handler.handle(request);
  EXPECT_EQ(handled.response.status, 200);
  auto body = json::parse(handled.response.body);
  ASSERT_TRUE(body.ok());
  EXPECT_EQ(body->as_object().at("link"), json::value("http://localhost:1234/item/1"));
}

}  // namespace
}  // namespace pact::mock_server
