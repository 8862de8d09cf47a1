// Publishing verification results (broker-api.md §5, verifier.md §11):
// order of the calls, payload delivery, and failures that stop the results.

#include "verifier/broker_publish.hpp"

#include <gtest/gtest.h>

#include "broker_test_double.hpp"

namespace pact::verifier {
namespace {

using namespace std::chrono_literals;
using testing::FakeBroker;
using testing::hal;
using testing::kElsewhere;
using testing::TestResponse;

const std::string kElse(kElsewhere);
const std::string kPactPath = "/pacts/provider/items-api/consumer/web/pact-version/abc";
const std::string kResultsPath = kPactPath + "/metadata/xyz/verification-results";
const std::string kProviderDoc =
    R"({"_links":{"pb:version-tag":{"href":")" + kElse +
    R"(/pacticipants/items-api/versions/{version}/tags/{tag}","templated":true},)"
    R"("pb:branch-version":{"href":")" +
    kElse + R"(/pacticipants/items-api/branches/{branch}/versions/{version}","templated":true}}})";

void script_publishing_broker(FakeBroker& broker) {
  broker.on("GET", "/pacticipants/items-api", hal(kProviderDoc));
  broker.on("PUT", "/pacticipants/items-api/branches/pub-branch/versions/1.2.3", hal("{}"));
  broker.on("PUT", "/pacticipants/items-api/versions/1.2.3/tags/t1", hal("{}"));
  broker.on("PUT", "/pacticipants/items-api/versions/1.2.3/tags/t2", hal("{}"));
  broker.on("POST", kResultsPath, hal("{}", 201));
}

BrokerContext context_for(const FakeBroker& broker) {
  BrokerContext context;
  context.base_url = broker.url();
  context.username = "user";
  context.password = "pw";
  const auto document = json::parse(testing::broker_pact("web", "items-api", kPactPath)).value();
  context.links = document.at("_links").as_object();
  return context;
}

PublishOptions publish_options(std::optional<std::string> branch, std::vector<std::string> tags) {
  PublishOptions publish;
  publish.provider_version = "1.2.3";
  publish.branch = std::move(branch);
  publish.tags = std::move(tags);
  return publish;
}

json::object payload() {
  return json::parse(R"({"success":true,"providerApplicationVersion":"1.2.3",)"
                     R"("testResults":[{"interactionId":"ID-web","success":true}]})")
      .value()
      .as_object();
}

TEST(PublishResults, PublishesBranchThenTagsThenTheResults) {
  FakeBroker broker;
  script_publishing_broker(broker);
  const auto status =
      publish_verification_results(context_for(broker), publish_options("pub-branch", {"t1", "t2"}), payload(), {});
  ASSERT_TRUE(status.ok()) << status.error().message;
  EXPECT_EQ(broker.calls(), (std::vector<std::string>{
                                "GET /pacticipants/items-api",
                                "PUT /pacticipants/items-api/branches/pub-branch/versions/1.2.3",
                                "GET /pacticipants/items-api",
                                "PUT /pacticipants/items-api/versions/1.2.3/tags/t1",
                                "PUT /pacticipants/items-api/versions/1.2.3/tags/t2",
                                "POST " + kResultsPath,
                            }));
  const auto requests = broker.requests();
  EXPECT_EQ(requests[1].body, "{}");
  EXPECT_EQ(requests[1].header_values("Accept"), (std::vector<std::string>{"application/hal+json", "application/json"}));
  // Keys sorted, as the reference sends them.
  EXPECT_EQ(requests[5].body, R"({"providerApplicationVersion":"1.2.3","success":true,)"
                              R"("testResults":[{"interactionId":"ID-web","success":true}]})");
  EXPECT_EQ(requests[5].header("Content-Type").value_or(""), "application/json");
  for (const auto& request : requests) EXPECT_EQ(request.header("Authorization").value_or(""), "Basic dXNlcjpwdw==");
}

TEST(PublishResults, PostsOnlyTheResultsWithoutBranchOrTags) {
  FakeBroker broker;
  script_publishing_broker(broker);
  ASSERT_TRUE(publish_verification_results(context_for(broker), publish_options(std::nullopt, {}), payload(), {}).ok());
  EXPECT_EQ(broker.calls(), (std::vector<std::string>{"POST " + kResultsPath}));
}

TEST(PublishResults, EncodesBranchAndTagValues) {
  FakeBroker broker;
  script_publishing_broker(broker);
  broker.on("PUT", "/pacticipants/items-api/branches/feat%2Fx/versions/1.2.3", hal("{}"));
  broker.on("PUT", "/pacticipants/items-api/versions/1.2.3/tags/a%20b", hal("{}"));
  const auto status =
      publish_verification_results(context_for(broker), publish_options("feat/x", {"a b"}), payload(), {});
  ASSERT_TRUE(status.ok()) << status.error().message;
  EXPECT_EQ(broker.calls().size(), 5U);
}

TEST(PublishResults, AMissingBranchLinkSuppressesTheResults) {
  FakeBroker broker;
  script_publishing_broker(broker);
  broker.on("GET", "/pacticipants/items-api",
            hal(R"({"_links":{"pb:version-tag":{"href":"/pacticipants/items-api/versions/{version}/tags/{tag}"}}})"));
  const auto status =
      publish_verification_results(context_for(broker), publish_options("pub-branch", {"t1"}), payload(), {});
  ASSERT_FALSE(status.ok());
  EXPECT_EQ(status.error().message,
            "Error with a HAL link - Can't publish provider branch as there is no 'pb:branch-version' link. Please "
            "ugrade to Pact Broker version 2.86.0 or later for branch support");
  EXPECT_EQ(broker.calls(), (std::vector<std::string>{"GET /pacticipants/items-api"}));
}

TEST(PublishResults, AMissingTagLinkSuppressesTheResults) {
  FakeBroker broker;
  script_publishing_broker(broker);
  broker.on("GET", "/pacticipants/items-api", hal(R"({"_links":{}})"));
  const auto status = publish_verification_results(context_for(broker), publish_options(std::nullopt, {"t1"}), payload(), {});
  ASSERT_FALSE(status.ok());
  EXPECT_EQ(status.error().message,
            "Error with a HAL link - Can't publish provider tags as there is no 'pb:version-tag' link");
  EXPECT_EQ(broker.calls(), (std::vector<std::string>{"GET /pacticipants/items-api"}));
}

TEST(PublishResults, AFailingTagStopsTheRest) {
  FakeBroker broker;
  script_publishing_broker(broker);
  broker.on("PUT", "/pacticipants/items-api/versions/1.2.3/tags/t1", TestResponse::text(500));
  VerificationOptions options;
  options.broker_max_attempts = 2;
  std::vector<std::chrono::milliseconds> waits;
  const auto status = publish_verification_results(context_for(broker), publish_options(std::nullopt, {"t1", "t2"}),
                                                   payload(), options, [&](auto d) { waits.push_back(d); });
  ASSERT_FALSE(status.ok());
  EXPECT_EQ(status.error().message,
            "IO Error - Request to pact broker path '/pacticipants/items-api/versions/1.2.3/tags/t1' failed: 500 "
            "Internal Server Error. URL: '" +
                broker.url() + "'");
  EXPECT_EQ(broker.calls(), (std::vector<std::string>{"GET /pacticipants/items-api",
                                                      "PUT /pacticipants/items-api/versions/1.2.3/tags/t1",
                                                      "PUT /pacticipants/items-api/versions/1.2.3/tags/t1"}));
  EXPECT_EQ(waits, (std::vector<std::chrono::milliseconds>{1000ms}));
}

TEST(PublishResults, NeedsAJsonReplyToTheResults) {
  FakeBroker broker;
  script_publishing_broker(broker);
  broker.on("POST", kResultsPath, TestResponse::text(201, "created"));
  const auto status = publish_verification_results(context_for(broker), publish_options(std::nullopt, {}), payload(), {});
  ASSERT_FALSE(status.ok());
  EXPECT_EQ(status.error().message,
            "Error with the content of a HAL resource - Did not get a valid HAL response body from pact broker path '" +
                kResultsPath + "', content type is 'text/plain'. URL: '" + broker.url() + "'");
}

TEST(PublishResults, NeedsTheResultsLink) {
  FakeBroker broker;
  BrokerContext context = context_for(broker);
  context.links.erase("pb:publish-verification-results");
  const auto status = publish_verification_results(context, publish_options(std::nullopt, {}), payload(), {});
  ASSERT_FALSE(status.ok());
  EXPECT_EQ(status.error().message,
            "Error with a HAL link - Response from the pact broker has no 'pb:publish-verification-results' link");
  EXPECT_TRUE(broker.calls().empty());
}

TEST(PublishResults, NeedsTheProviderLinkForBranches) {
  FakeBroker broker;
  BrokerContext context = context_for(broker);
  context.links.erase("pb:provider");
  const auto status = publish_verification_results(context, publish_options("b", {}), payload(), {});
  ASSERT_FALSE(status.ok());
  EXPECT_EQ(status.error().message.rfind("Error with a HAL link - Link 'pb:provider' was not found", 0), 0U)
      << status.error().message;
  EXPECT_TRUE(broker.calls().empty());
}

TEST(PublishResults, UsesTheContextPathOfTheBroker) {
  FakeBroker broker;
  broker.on("POST", "/ctx" + kResultsPath, hal("{}", 201));
  BrokerContext context = context_for(broker);
  context.base_url = broker.url("/ctx/");
  ASSERT_TRUE(publish_verification_results(context, publish_options(std::nullopt, {}), payload(), {}).ok());
  EXPECT_EQ(broker.calls(), (std::vector<std::string>{"POST /ctx" + kResultsPath}));
}

}  // namespace
}  // namespace pact::verifier
