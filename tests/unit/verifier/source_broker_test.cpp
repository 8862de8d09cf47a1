// Broker sources through load_pacts (verifier.md §3.4, broker-api.md §3, §4,
// §7): discovery, the selectors body, pending and notices, "no pacts",
// broker failures, retries, context paths and the legacy flow.

#include <gtest/gtest.h>

#include "broker_test_double.hpp"
#include "verifier/pact_source.hpp"

namespace pact::verifier {
namespace {

using namespace std::chrono_literals;
using testing::broker_pact;
using testing::FakeBroker;
using testing::hal;
using testing::kElsewhere;
using testing::TestResponse;

const std::string kElse(kElsewhere);

std::string index_doc(const std::string& prefix = "") {
  return R"({"_links":{"pb:provider-pacts-for-verification":{"href":")" + kElse + prefix +
         R"(/pacts/provider/{provider}/for-verification","templated":true,"title":"Pact versions to be verified"},)"
         R"("pb:latest-provider-pacts":{"href":")" +
         kElse + prefix + R"(/pacts/provider/{provider}/latest","templated":true}}})";
}

std::string listing_entry(const std::string& path, bool pending, const std::string& notices) {
  return R"({"shortDescription":"latest from main","verificationProperties":{"pending":)" +
         std::string(pending ? "true" : "false") + R"(,"notices":)" + notices + R"(},"_links":{"self":{"href":")" +
         kElse + path + R"(","name":"a pact"}}})";
}

const std::string kWebPath = "/pacts/provider/items%20api/consumer/web/pact-version/abc";
const std::string kAppPath = "/pacts/provider/items%20api/consumer/app/pact-version/def";
const std::string kNotices =
    R"([{"when":"before_verification","text":"The pact at ... is being verified"},)"
    R"({"when":"after_verification:success_true_published_true","text":"done"}])";

// A broker with two pacts for provider "items api" (a name that needs
// encoding in the templated link).
void script_standard_broker(FakeBroker& broker, const std::string& prefix = "") {
  const std::string listing_path = prefix + "/pacts/provider/items%20api/for-verification";
  broker.on("GET", prefix.empty() ? "/" : prefix, hal(index_doc(prefix)));
  broker.on("GET", listing_path,
            hal(R"({"_links":{"self":{"href":")" + kElse + listing_path + R"(","title":"Pacts to be verified"}}})"));
  broker.on("POST", listing_path,
            hal(R"({"_embedded":{"pacts":[)" + listing_entry(prefix + kWebPath, true, kNotices) + "," +
                listing_entry(kAppPath, false, "[]") + R"(]},"_links":{"self":{"href":"x"}}})"));
  broker.on("GET", prefix + kWebPath, hal(broker_pact("web", "items api", kWebPath)));
  broker.on("GET", prefix + kAppPath, hal(broker_pact("app", "items api", kAppPath)));
}

BrokerSource broker_source(const FakeBroker& broker, const std::string& prefix = "") {
  BrokerSource source;
  source.url = broker.url(prefix);
  source.provider_name = "items api";
  return source;
}

VerifierConfig config_for(BrokerSource source) {
  VerifierConfig config;
  config.provider.name = source.provider_name;
  config.sources = {std::move(source)};
  return config;
}

const LoadedPact& pact_at(const std::vector<LoadedEntry>& entries, std::size_t i) {
  return std::get<LoadedPact>(entries.at(i));
}

std::string failure_at(const std::vector<LoadedEntry>& entries, std::size_t i) {
  const auto* failure = std::get_if<LoadFailure>(&entries.at(i));
  return failure != nullptr ? failure->message : "<not a failure>";
}

std::string no_pacts_message(const BrokerSource& source) {
  return "No pacts found for provider '" + source.provider_name +
         "' matching the given consumer version selectors in pact broker '" + source.url + "'";
}

TEST(BrokerSource, DiscoversAndFetchesThePactsForVerification) {
  FakeBroker broker;
  script_standard_broker(broker);
  BrokerSource source = broker_source(broker);
  source.auth = Auth{"", "", "token-1"};
  source.enable_pending = true;
  source.provider_branch = "feat-x";
  source.selectors = json::parse(R"([{"mainBranch":true},{"consumer":"web","latest":true}])").value().as_array();
  const auto entries = load_pacts(config_for(source));

  EXPECT_EQ(broker.calls(), (std::vector<std::string>{
                                "GET /",
                                "GET /pacts/provider/items%20api/for-verification",
                                "POST /pacts/provider/items%20api/for-verification",
                                "GET " + kWebPath,
                                "GET " + kAppPath,
                            }));
  const auto requests = broker.requests();
  EXPECT_EQ(requests[2].body,
            R"({"includePendingStatus":true,"consumerVersionSelectors":[{"mainBranch":true},)"
            R"({"consumer":"web","latest":true}],"providerVersionBranch":"feat-x"})");
  for (const auto& request : requests) EXPECT_EQ(request.header("Authorization").value_or(""), "Bearer token-1");
  EXPECT_EQ(broker.requests().back().connection, 1U);  // one connection for the whole source

  ASSERT_EQ(entries.size(), 2U);
  const auto& web = pact_at(entries, 0);
  EXPECT_EQ(web.pact.consumer, "web");
  EXPECT_EQ(web.pact.interactions.at(0).id.value_or(""), "ID-web");
  ASSERT_TRUE(web.broker.has_value());
  EXPECT_EQ(web.broker->base_url, source.url);
  EXPECT_EQ(web.broker->token, "token-1");
  EXPECT_TRUE(web.broker->pending);
  EXPECT_EQ(json::write(web.broker->notices),
            R"([{"text":"The pact at ... is being verified","when":"before_verification"},)"
            R"({"text":"done","when":"after_verification:success_true_published_true"}])");
  EXPECT_TRUE(web.broker->links.contains("pb:publish-verification-results"));
  EXPECT_TRUE(web.broker->links.contains("pb:provider"));
  EXPECT_GT(web.loading.count(), 0);

  const auto& app = pact_at(entries, 1);
  EXPECT_EQ(app.pact.consumer, "app");
  ASSERT_TRUE(app.broker.has_value());
  EXPECT_FALSE(app.broker->pending);
  EXPECT_TRUE(app.broker->notices.empty());
}

TEST(BrokerSource, AppliesTheConsumerFilter) {
  FakeBroker broker;
  script_standard_broker(broker);
  VerifierConfig config = config_for(broker_source(broker));
  config.filters.consumers = {"app"};
  const auto entries = load_pacts(config);
  ASSERT_EQ(entries.size(), 1U);
  EXPECT_EQ(pact_at(entries, 0).pact.consumer, "app");
}

TEST(BrokerSource, HonoursTheContextPathOfTheBrokerUrl) {
  FakeBroker broker;
  script_standard_broker(broker, "/broker");
  const auto entries = load_pacts(config_for(broker_source(broker, "/broker")));
  ASSERT_EQ(entries.size(), 2U) << failure_at(entries, 0);
  EXPECT_EQ(pact_at(entries, 0).pact.consumer, "web");
  EXPECT_EQ(pact_at(entries, 1).pact.consumer, "app");
  // The index hrefs carry the context path; the app pact's href does not
  // and gets it prepended.
  EXPECT_EQ(broker.calls().back(), "GET /broker" + kAppPath);
}

TEST(BrokerSource, ReportsAnEmptyListAsNoPacts) {
  FakeBroker broker;
  script_standard_broker(broker);
  broker.on("POST", "/pacts/provider/items%20api/for-verification", hal(R"({"_embedded":{"pacts":[]}})"));
  const BrokerSource source = broker_source(broker);
  const auto entries = load_pacts(config_for(source));
  ASSERT_EQ(entries.size(), 1U);
  EXPECT_EQ(failure_at(entries, 0), no_pacts_message(source));

  VerifierConfig lenient = config_for(source);
  lenient.options.no_pacts_is_error = false;
  EXPECT_TRUE(load_pacts(lenient).empty());
}

TEST(BrokerSource, ReportsAnUnreadableListAsNoPacts) {
  FakeBroker broker;
  script_standard_broker(broker);
  broker.on("POST", "/pacts/provider/items%20api/for-verification",
            hal(R"({"_embedded":{"pacts":[{"verificationProperties":{"notices":[]},"_links":{"self":{"href":"/p"}}}]}})"));
  const BrokerSource source = broker_source(broker);
  const auto entries = load_pacts(config_for(source));
  ASSERT_EQ(entries.size(), 1U);
  EXPECT_EQ(failure_at(entries, 0), no_pacts_message(source));
  EXPECT_EQ(broker.calls().size(), 3U);  // no pact was fetched
}

TEST(BrokerSource, Reports404sOnTheWayAsNoPacts) {
  FakeBroker broker;  // no routes: GET / is a 404
  const BrokerSource source = broker_source(broker);
  auto entries = load_pacts(config_for(source));
  ASSERT_EQ(entries.size(), 1U);
  EXPECT_EQ(failure_at(entries, 0), no_pacts_message(source));

  script_standard_broker(broker);
  broker.on("POST", "/pacts/provider/items%20api/for-verification", TestResponse::text(404));
  entries = load_pacts(config_for(source));
  ASSERT_EQ(entries.size(), 1U);
  EXPECT_EQ(failure_at(entries, 0), no_pacts_message(source));

  VerifierConfig lenient = config_for(source);
  lenient.options.no_pacts_is_error = false;
  EXPECT_TRUE(load_pacts(lenient).empty());
}

TEST(BrokerSource, AlwaysReportsOtherBrokerProblems) {
  FakeBroker broker;
  broker.on("GET", "/", TestResponse::json(200, "<html/>", "text/html"));
  const BrokerSource source = broker_source(broker);
  VerifierConfig config = config_for(source);
  config.options.no_pacts_is_error = false;
  auto entries = load_pacts(config);
  ASSERT_EQ(entries.size(), 1U);
  EXPECT_EQ(failure_at(entries, 0),
            no_pacts_message(source) +
                ": Error with the content of a HAL resource - Did not get a valid HAL response body from pact broker "
                "path '', content type is 'text/html'. URL: '" +
                source.url + "'");

  broker.on("GET", "/", hal(R"({"_links":{"pb:other":{"href":"/x"},"curies":[]}})"));
  entries = load_pacts(config);
  ASSERT_EQ(entries.size(), 1U);
  EXPECT_EQ(failure_at(entries, 0),
            no_pacts_message(source) +
                ": Error with a HAL link - Link 'pb:provider-pacts-for-verification' was not found in the response, "
                "only the following links where found: \"curies, pb:other\". URL: '" +
                source.url + "', LINK: 'pb:provider-pacts-for-verification'");
}

TEST(BrokerSource, NeedsTheSelfLinkOfTheListingResource) {
  FakeBroker broker;
  script_standard_broker(broker);
  broker.on("GET", "/pacts/provider/items%20api/for-verification", hal(R"({"_links":{}})"));
  const BrokerSource source = broker_source(broker);
  const auto entries = load_pacts(config_for(source));
  ASSERT_EQ(entries.size(), 1U);
  EXPECT_EQ(failure_at(entries, 0),
            no_pacts_message(source) +
                ": Error with a HAL link - Link 'self' was not found in the response, only the following links where "
                "found: \"\". URL: '" +
                source.url + "', LINK: 'self'");
  // Trap 5: no POST without the self link.
  EXPECT_EQ(broker.calls().size(), 2U);
}

TEST(BrokerSource, ReportsEachPactThatCannotBeLoaded) {
  FakeBroker broker;
  script_standard_broker(broker);
  broker.on("GET", kWebPath, TestResponse::text(404));
  broker.on("GET", kAppPath, hal("[1,2]"));
  const BrokerSource source = broker_source(broker);
  auto entries = load_pacts(config_for(source));
  ASSERT_EQ(entries.size(), 2U);
  EXPECT_EQ(failure_at(entries, 0), "Failed to load pact from '" + source.url + "'");
  EXPECT_EQ(failure_at(entries, 1),
            "Failed to load pact from '" + source.url +
                "': Error with the content of a HAL resource - Failed to parse Pact JSON from source '" + kElse +
                kAppPath + "' - it is not a valid pact file");

  VerifierConfig lenient = config_for(source);
  lenient.options.no_pacts_is_error = false;
  entries = load_pacts(lenient);
  ASSERT_EQ(entries.size(), 1U);  // the 404 is dropped like "no pacts"
  EXPECT_NE(failure_at(entries, 0).find("not a valid pact file"), std::string::npos);
}

TEST(BrokerSource, RetriesTheBrokerWithBackOff) {
  FakeBroker broker;
  script_standard_broker(broker);
  const std::string listing_path = "/pacts/provider/items%20api/for-verification";
  broker.on("POST", listing_path,
            std::vector<TestResponse>{TestResponse::text(503), TestResponse::text(502),
                                      hal(R"({"_embedded":{"pacts":[)" + listing_entry(kAppPath, false, "[]") + "]}}")});
  std::vector<std::chrono::milliseconds> waits;
  const auto entries = load_pacts(config_for(broker_source(broker)), [&](auto d) { waits.push_back(d); });
  ASSERT_EQ(entries.size(), 1U) << failure_at(entries, 0);
  EXPECT_EQ(pact_at(entries, 0).pact.consumer, "app");
  EXPECT_EQ(waits, (std::vector<std::chrono::milliseconds>{1000ms, 2000ms}));
}

TEST(BrokerSource, GivesUpAfterTheConfiguredAttempts) {
  FakeBroker broker;
  script_standard_broker(broker);
  broker.on("GET", "/", TestResponse::text(500));
  const BrokerSource source = broker_source(broker);
  VerifierConfig config = config_for(source);
  config.options.broker_max_attempts = 2;
  config.options.no_pacts_is_error = false;
  std::vector<std::chrono::milliseconds> waits;
  const auto entries = load_pacts(config, [&](auto d) { waits.push_back(d); });
  ASSERT_EQ(entries.size(), 1U);
  EXPECT_EQ(failure_at(entries, 0), no_pacts_message(source) +
                                        ": IO Error - Request to pact broker path '' failed: 500 Internal Server "
                                        "Error. URL: '" +
                                        source.url + "'");
  EXPECT_EQ(waits, (std::vector<std::chrono::milliseconds>{1000ms}));
  EXPECT_EQ(broker.calls().size(), 2U);
}

TEST(BrokerSource, LegacyFlowFetchesTheLatestProviderPacts) {
  FakeBroker broker;
  script_standard_broker(broker);
  broker.on("GET", "/pacts/provider/items%20api/latest",
            hal(R"({"_links":{"pacts":[{"href":")" + kElse + kWebPath + R"(","title":"web"},")" + kElse + kAppPath +
                R"("]}})"));
  BrokerSource source = broker_source(broker);
  source.latest_provider_pacts = true;
  const auto entries = load_pacts(config_for(source));
  EXPECT_EQ(broker.calls(), (std::vector<std::string>{"GET /", "GET /pacts/provider/items%20api/latest",
                                                      "GET " + kWebPath, "GET " + kAppPath}));
  ASSERT_EQ(entries.size(), 2U);
  EXPECT_EQ(pact_at(entries, 0).pact.consumer, "web");
  ASSERT_TRUE(pact_at(entries, 0).broker.has_value());
  EXPECT_FALSE(pact_at(entries, 0).broker->pending);
  EXPECT_TRUE(pact_at(entries, 0).broker->notices.empty());
  EXPECT_EQ(pact_at(entries, 1).pact.consumer, "app");
}

TEST(BrokerSource, LegacyFlowReportsAnUnknownProvider) {
  FakeBroker broker;
  broker.on("GET", "/", hal(index_doc()));
  BrokerSource source = broker_source(broker);
  source.latest_provider_pacts = true;
  const auto entries = load_pacts(config_for(source));
  ASSERT_EQ(entries.size(), 1U);
  EXPECT_EQ(failure_at(entries, 0), "No pacts found for provider 'items api' in pact broker '" + source.url + "'");
}

}  // namespace
}  // namespace pact::verifier
