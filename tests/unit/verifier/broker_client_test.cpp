// The broker HAL client: URL handling, templates, retries, reply checks,
// the pacts-for-verification body and the strict listing parser.

#include "verifier/broker_client.hpp"

#include <gtest/gtest.h>

#include <ctime>

#include "broker_test_double.hpp"
#include "verifier/verifier.hpp"

namespace pact::verifier {
namespace {

using namespace std::chrono_literals;
using testing::FakeBroker;
using testing::hal;
using testing::TestResponse;

// ---------------------------------------------------------------------------
// Pure helpers

TEST(ExpandTemplate, ReplacesKnownPlaceholdersWithEncodedValues) {
  EXPECT_EQ(expand_template("/pacts/provider/{provider}/for-verification", {{"provider", "items api/é"}}),
            "/pacts/provider/items%20api%2F%C3%A9/for-verification");
  EXPECT_EQ(expand_template("/b/{branch}/v/{version}", {{"version", "1.2.3"}, {"branch", "feat-x_y.z~"}}),
            "/b/feat-x_y.z~/v/1.2.3");
}

TEST(ExpandTemplate, LeavesUnknownAndMalformedPlaceholders) {
  EXPECT_EQ(expand_template("/a/{unknown}/{provider}", {{"provider", "p"}}), "/a/{unknown}/p");
  EXPECT_EQ(expand_template("/a/{}/{not-a-name}/{provider", {{"provider", "p"}}), "/a/{}/{not-a-name}/{provider");
}

TEST(BrokerPath, KeepsOnlyPathAndQueryOfAbsoluteHrefs) {
  EXPECT_EQ(broker_path("http://localhost:9999/pacts/x?a=1", "http://broker:1234"), "/pacts/x?a=1");
  EXPECT_EQ(broker_path("https://other.host", "http://broker:1234"), "/");
  EXPECT_EQ(broker_path("/pacts/x", "http://broker:1234/"), "/pacts/x");
  EXPECT_EQ(broker_path("pacts/x", "http://broker:1234/"), "pacts/x");
  EXPECT_EQ(broker_path("", "http://broker:1234/"), "");
}

TEST(BrokerPath, PrependsTheContextPathOnce) {
  EXPECT_EQ(broker_path("http://elsewhere/pacts/x", "http://broker/pact"), "/pact/pacts/x");
  EXPECT_EQ(broker_path("/pact/pacts/x", "http://broker/pact/"), "/pact/pacts/x");
  EXPECT_EQ(broker_path("/pact", "http://broker/pact"), "/pact");
  // "/pactfoo" does not start with the context path "/pact".
  EXPECT_EQ(broker_path("/pactfoo/bar", "http://broker/pact"), "/pact/pactfoo/bar");
  EXPECT_EQ(broker_path("relative", "http://broker/pact"), "relative");
}

TEST(BrokerUrl, ResolvesPathsAgainstTheBase) {
  EXPECT_EQ(broker_url("", "http://broker:1234").value(), "http://broker:1234");
  EXPECT_EQ(broker_url("/pacts/x?a=1", "http://broker:1234").value(), "http://broker:1234/pacts/x?a=1");
  EXPECT_EQ(broker_url("pacts/x", "http://broker:1234").value(), "http://broker:1234/pacts/x");
  EXPECT_EQ(broker_url("/pact/pacts/x", "http://broker:1234/pact/").value(), "http://broker:1234/pact/pacts/x");
  EXPECT_EQ(broker_url("pacts/x", "http://broker:1234/pact").value(), "http://broker:1234/pact/pacts/x");
}

TEST(BrokerUrl, KeepsEncodedSlashesOfTemplateValues) {
  EXPECT_EQ(broker_url("/branches/feat%2Fx/v", "http://broker:1234").value(), "http://broker:1234/branches/feat%2Fx/v");
  EXPECT_EQ(broker_path("http://elsewhere/branches/feat%2Fx", "http://broker/ctx"), "/ctx/branches/feat%2Fx");
}

TEST(BrokerUrl, RejectsABaseThatIsNotAUrl) {
  auto url = broker_url("/x", "not a url");
  ASSERT_FALSE(url.ok());
  EXPECT_EQ(url.error().message, "Invalid URL - relative URL without a base");
}

TEST(RetryDelay, DoublesFromOneSecond) {
  EXPECT_EQ(retry_delay(503, std::nullopt, 2, 500ms), 1000ms);
  EXPECT_EQ(retry_delay(500, std::nullopt, 3, 500ms), 2000ms);
  EXPECT_EQ(retry_delay(408, std::nullopt, 8, 500ms), 64000ms);
  EXPECT_EQ(retry_delay(503, std::nullopt, 3, 1ms), 4ms);
}

TEST(RetryDelay, HonoursRetryAfterOnlyFor429) {
  EXPECT_EQ(retry_delay(429, "10", 2, 500ms), 12s);
  EXPECT_EQ(retry_delay(429, " 600 ", 2, 500ms), 660s);  // extra capped at 60 s
  EXPECT_EQ(retry_delay(429, "soon", 2, 500ms), 1000ms);
  EXPECT_EQ(retry_delay(429, std::nullopt, 2, 500ms), 1000ms);
  EXPECT_EQ(retry_delay(503, "10", 2, 500ms), 1000ms);
  EXPECT_EQ(retry_delay(429, "Thu, 01 Jan 1970 00:00:00 GMT", 2, 500ms), 0s);
}

TEST(RetryDelay, ReadsAnHttpDate) {
  const std::time_t later = std::time(nullptr) + 100;
  char text[64];
  std::strftime(text, sizeof text, "%a, %d %b %Y %H:%M:%S GMT", std::gmtime(&later));
  const auto delay = retry_delay(429, text, 2, 500ms);
  EXPECT_GE(delay, 117s);
  EXPECT_LE(delay, 120s);
}

TEST(StatusText, AddsTheCanonicalReason) {
  EXPECT_EQ(status_text(404), "404 Not Found");
  EXPECT_EQ(status_text(503), "503 Service Unavailable");
  EXPECT_EQ(status_text(299), "299 <unknown status code>");
}

// ---------------------------------------------------------------------------
// The request body and the listing parser

TEST(PactsForVerificationBody, SendsOnlyTheAlwaysPresentFieldsByDefault) {
  BrokerSource source;
  EXPECT_EQ(pacts_for_verification_body(source), R"({"includePendingStatus":false,"consumerVersionSelectors":[]})");
}

TEST(PactsForVerificationBody, KeepsTheReferenceFieldOrder) {
  BrokerSource source;
  source.provider_branch = "feat-x";
  source.selectors = json::parse(R"([{"mainBranch":true},{"consumer":"web","latest":true,"branch":"b1"}])")
                         .value()
                         .as_array();
  source.include_wip_pacts_since = "2024-01-01";
  source.enable_pending = true;
  source.provider_tags = {"main", "prod"};
  EXPECT_EQ(pacts_for_verification_body(source),
            R"({"providerVersionTags":["main","prod"],"includePendingStatus":true,)"
            R"("includeWipPactsSince":"2024-01-01","consumerVersionSelectors":[{"mainBranch":true},)"
            R"({"consumer":"web","latest":true,"branch":"b1"}],"providerVersionBranch":"feat-x"})");
}

TEST(PactsForVerificationBody, SendsAnEmptyBranch) {
  BrokerSource source;
  source.provider_branch = "";
  EXPECT_EQ(pacts_for_verification_body(source),
            R"({"includePendingStatus":false,"consumerVersionSelectors":[],"providerVersionBranch":""})");
}

json::value listing(std::string_view entries) {
  return json::parse(R"({"_embedded":{"pacts":[)" + std::string(entries) + "]}}").value();
}

constexpr std::string_view kEntry =
    R"({"shortDescription":"latest from main","wip":true,)"
    R"("verificationProperties":{"pending":true,"notices":[{"when":"before_verification","text":"hello"}]},)"
    R"("_links":{"self":{"href":"http://b/pacts/1","name":"Pact between web and api"}}})";

TEST(ParsePactsForVerification, ReadsEntries) {
  const auto pacts = parse_pacts_for_verification(listing(kEntry));
  ASSERT_TRUE(pacts.has_value());
  ASSERT_EQ(pacts->size(), 1U);
  const auto& pact = (*pacts)[0];
  EXPECT_EQ(pact.short_description, "latest from main");
  EXPECT_TRUE(pact.pending);
  ASSERT_TRUE(pact.self.has_value());
  EXPECT_EQ(pact.self->href.value_or(""), "http://b/pacts/1");
  EXPECT_EQ(json::write(pact.notices), R"([{"text":"hello","when":"before_verification"}])");
}

TEST(ParsePactsForVerification, DefaultsPendingAndAllowsMissingProperties) {
  auto pacts = parse_pacts_for_verification(listing(
      R"({"shortDescription":"a","verificationProperties":{"notices":[]},"_links":{"self":{"href":"/p/1"}}},)"
      R"({"shortDescription":"b","_links":{"self":{"href":"/p/2"}}},)"
      R"({"shortDescription":"c","verificationProperties":null,"_links":{}})"));
  ASSERT_TRUE(pacts.has_value());
  ASSERT_EQ(pacts->size(), 3U);
  EXPECT_FALSE((*pacts)[0].pending);
  EXPECT_FALSE((*pacts)[1].pending);
  EXPECT_TRUE((*pacts)[1].notices.empty());
  EXPECT_FALSE((*pacts)[2].self.has_value());
}

TEST(ParsePactsForVerification, RejectsTheWholeListOnAnyViolation) {
  const char* broken[] = {
      R"({"_links":{"self":{"href":"/p"}}})",                                              // no shortDescription
      R"({"shortDescription":1,"_links":{"self":{"href":"/p"}}})",                          // not a string
      R"({"shortDescription":"x"})",                                                        // no _links
      R"({"shortDescription":"x","_links":{"self":{"href":"/p"}},"verificationProperties":{"pending":true}})",
      R"({"shortDescription":"x","_links":{"self":{"href":"/p"}},"verificationProperties":{"notices":[{"n":1}]}})",
      R"({"shortDescription":"x","_links":{"self":{"href":"/p"}},"verificationProperties":{"notices":[{"n":{}}]}})",
      R"({"shortDescription":"x","_links":{"self":{"href":"/p"}},"verificationProperties":{"notices":["t"]}})",
      R"({"shortDescription":"x","_links":{"self":{"href":"/p"}},"verificationProperties":{"pending":"yes","notices":[]}})",
      R"({"shortDescription":"x","_links":{"self":{"href":"/p","templated":"no"}}})",
      R"({"shortDescription":"x","_links":{"self":"/p"}})",
  };
  for (const char* entry : broken) {
    const std::string two = std::string(kEntry) + "," + entry;
    EXPECT_FALSE(parse_pacts_for_verification(listing(two)).has_value()) << entry;
  }
  EXPECT_FALSE(parse_pacts_for_verification(json::parse(R"({"pacts":[]})").value()).has_value());
  EXPECT_FALSE(parse_pacts_for_verification(json::parse(R"({"_embedded":{"pacts":{}}})").value()).has_value());
}

// ---------------------------------------------------------------------------
// The client against a scripted broker

BrokerClientOptions options_for(std::string base_url) {
  BrokerClientOptions options;
  options.base_url = std::move(base_url);
  return options;
}

HalLink link_named(std::string name) {
  HalLink link;
  link.name = std::move(name);
  return link;
}

struct Recorder {
  std::vector<std::chrono::milliseconds> waits;
  RetrySleep sleep() {
    return [this](std::chrono::milliseconds d) { waits.push_back(d); };
  }
};

BrokerClientOptions client_options(const FakeBroker& broker, Recorder* recorder = nullptr, std::string path = "") {
  BrokerClientOptions options;
  options.base_url = broker.url(path);
  if (recorder != nullptr) options.sleep = recorder->sleep();
  return options;
}

TEST(BrokerClient, GetsWithTheBrokerHeadersAndAuth) {
  FakeBroker broker;
  broker.on("GET", "/", hal(R"({"_links":{}})"));
  auto options = client_options(broker);
  options.auth = Auth{"user", "pw", "ignored"};
  BrokerClient client(options);
  auto index = client.fetch("");
  ASSERT_TRUE(index.ok()) << index.error().message;
  const auto request = broker.requests().at(0);
  EXPECT_EQ(request.header_values("Accept"), (std::vector<std::string>{"application/hal+json, application/json"}));
  EXPECT_EQ(request.header("User-Agent").value_or(""), user_agent());
  EXPECT_EQ(request.header("Authorization").value_or(""), "Basic dXNlcjpwdw==");
}

TEST(BrokerClient, PostsWithTwoAcceptHeadersAndACharset) {
  FakeBroker broker;
  broker.on("POST", "/docs", hal("{}", 201));
  auto options = client_options(broker);
  options.auth = Auth{"", "", "tok"};
  BrokerClient client(options);
  auto reply = client.post_json(std::string(testing::kElsewhere) + "/docs", R"({"a":1})");
  ASSERT_TRUE(reply.ok()) << reply.error().message;
  const auto request = broker.requests().at(0);
  EXPECT_EQ(request.method, "POST");
  EXPECT_EQ(request.body, R"({"a":1})");
  EXPECT_EQ(request.header_values("Accept"), (std::vector<std::string>{"application/hal+json", "application/json"}));
  EXPECT_EQ(request.header("Accept-Charset").value_or(""), "utf-8");
  EXPECT_EQ(request.header_values("Content-Type"), (std::vector<std::string>{"application/json"}));
  EXPECT_EQ(request.header("Authorization").value_or(""), "Bearer tok");
}

TEST(BrokerClient, SendsRequestsToTheConfiguredBrokerWhateverTheHrefHost) {
  FakeBroker broker;
  broker.on("GET", "/broker/pacts/x?q=1", hal(R"({"ok":true})"));
  BrokerClient client(client_options(broker, nullptr, "/broker/"));
  auto reply = client.fetch("http://localhost:9999/pacts/x?q=1");
  ASSERT_TRUE(reply.ok()) << reply.error().message;
  EXPECT_EQ(json::write(*reply), R"({"ok":true})");
}

TEST(BrokerClient, AcceptsJsonContentTypesWithParameters) {
  FakeBroker broker;
  broker.on("GET", "/a", TestResponse::json(200, "[1]", "application/hal+json; charset=utf-8"));
  broker.on("GET", "/b", TestResponse::json(200, "[2]", "Application/JSON"));
  BrokerClient client(client_options(broker));
  EXPECT_TRUE(client.fetch("/a").ok());
  EXPECT_TRUE(client.fetch("/b").ok());
}

TEST(BrokerClient, RejectsRepliesThatAreNotJson) {
  FakeBroker broker;
  broker.on("GET", "/html", TestResponse::json(200, "<html/>", "text/html"));
  broker.on("GET", "/none", TestResponse::text(200));
  broker.on("GET", "/vnd", TestResponse::json(200, "{}", "application/vnd.api+json"));
  broker.on("GET", "/bad", hal("{not json"));
  BrokerClient client(client_options(broker));
  const std::string url_suffix = ". URL: '" + broker.url() + "'";
  auto html = client.fetch("/html");
  ASSERT_FALSE(html.ok());
  EXPECT_EQ(html.error().message,
            "Error with the content of a HAL resource - Did not get a valid HAL response body from pact broker path "
            "'/html', content type is 'text/html'" +
                url_suffix);
  auto none = client.fetch("/none");
  ASSERT_FALSE(none.ok());
  EXPECT_NE(none.error().message.find("content type is 'text/plain'"), std::string::npos) << none.error().message;
  EXPECT_FALSE(client.fetch("/vnd").ok());
  auto bad = client.fetch("/bad");
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.error().message.rfind("Error with the content of a HAL resource - Did not get a valid HAL response "
                                      "body from pact broker path '/bad' - ",
                                      0),
            0U)
      << bad.error().message;
}

TEST(BrokerClient, ReportsNotFoundAsItsOwnCategory) {
  FakeBroker broker;
  BrokerClient client(client_options(broker));
  auto reply = client.fetch("/missing");
  ASSERT_FALSE(reply.ok());
  EXPECT_TRUE(is_not_found(reply.error()));
  EXPECT_EQ(reply.error().message, "Link/Resource was not found - Request to pact broker path '/missing' failed: 404 "
                                   "Not Found. URL: '" +
                                       broker.url() + "'");
}

TEST(BrokerClient, RetriesServerErrorsWithBackOff) {
  FakeBroker broker;
  broker.on("GET", "/flaky", std::vector<TestResponse>{TestResponse::text(503), TestResponse::text(500),
                                                       TestResponse::text(408), hal(R"({"ok":1})")});
  Recorder recorder;
  BrokerClient client(client_options(broker, &recorder));
  auto reply = client.fetch("/flaky");
  ASSERT_TRUE(reply.ok()) << reply.error().message;
  EXPECT_EQ(broker.requests().size(), 4U);
  EXPECT_EQ(recorder.waits, (std::vector<std::chrono::milliseconds>{1000ms, 2000ms, 4000ms}));
}

TEST(BrokerClient, GivesUpAfterMaxAttempts) {
  FakeBroker broker;
  broker.on("POST", "/down", TestResponse::text(503));
  Recorder recorder;
  auto options = client_options(broker, &recorder);
  options.max_attempts = 3;
  BrokerClient client(options);
  auto reply = client.post_json("/down", "{}");
  ASSERT_FALSE(reply.ok());
  EXPECT_FALSE(is_not_found(reply.error()));
  EXPECT_EQ(reply.error().message,
            "IO Error - Request to pact broker path '/down' failed: 503 Service Unavailable. URL: '" + broker.url() + "'");
  EXPECT_EQ(broker.requests().size(), 3U);
  EXPECT_EQ(recorder.waits, (std::vector<std::chrono::milliseconds>{1000ms, 2000ms}));
}

TEST(BrokerClient, WaitsAsToldByRetryAfterOn429) {
  FakeBroker broker;
  TestResponse busy = TestResponse::text(429);
  busy.headers.emplace_back("Retry-After", "5");
  broker.on("GET", "/busy", std::vector<TestResponse>{busy, hal("{}")});
  Recorder recorder;
  BrokerClient client(client_options(broker, &recorder));
  ASSERT_TRUE(client.fetch("/busy").ok());
  EXPECT_EQ(recorder.waits, (std::vector<std::chrono::milliseconds>{6000ms}));
}

TEST(BrokerClient, SingleAttemptWhenRetriesAreOff) {
  FakeBroker broker;
  broker.on("GET", "/down", TestResponse::text(500));
  Recorder recorder;
  auto options = client_options(broker, &recorder);
  options.max_attempts = 0;
  BrokerClient client(options);
  EXPECT_FALSE(client.fetch("/down").ok());
  EXPECT_EQ(broker.requests().size(), 1U);
  EXPECT_TRUE(recorder.waits.empty());
}

TEST(BrokerClient, DoesNotRetryTransportFailuresOrClientErrors) {
  std::string dead_url;
  {
    FakeBroker gone;
    dead_url = gone.url();
  }
  Recorder recorder;
  BrokerClientOptions options;
  options.base_url = dead_url;
  options.sleep = recorder.sleep();
  BrokerClient dead(options);
  auto reply = dead.fetch("/x");
  ASSERT_FALSE(reply.ok());
  EXPECT_EQ(reply.error().message, "IO Error - Failed to access pact broker path '/x' - error sending request for url (" +
                                       dead_url + "/x): Connection refused. URL: '" + dead_url + "'");
  auto sent = dead.put_json("/y", "{}");
  ASSERT_FALSE(sent.ok());
  EXPECT_EQ(sent.error().message, "IO Error - Failed to send JSON to the pact broker URL '" + dead_url +
                                      "/y' - IoError error sending request for url (" + dead_url +
                                      "/y): Connection refused");
  EXPECT_TRUE(recorder.waits.empty());

  FakeBroker broker;
  broker.on("GET", "/teapot", TestResponse::text(418));
  BrokerClient client(client_options(broker, &recorder));
  auto teapot = client.fetch("/teapot");
  ASSERT_FALSE(teapot.ok());
  EXPECT_EQ(broker.requests().size(), 1U);
  EXPECT_TRUE(recorder.waits.empty());
}

TEST(BrokerClient, ReadsValidationErrors) {
  FakeBroker broker;
  broker.on("POST", "/list", TestResponse::json(400, R"({"errors":["first","second"]})"));
  broker.on("POST", "/fields",
            TestResponse::json(400, R"({"errors":{"branch":"is bad","tags":["too long",3]}})"));
  broker.on("POST", "/text", TestResponse::json(400, R"({"errors":"just text"})"));
  broker.on("POST", "/plain", TestResponse::text(400, "nope"));
  BrokerClient client(client_options(broker));
  EXPECT_EQ(client.post_json("/list", "{}").error().message, R"(failed validation - ["first", "second"])");
  EXPECT_EQ(client.post_json("/fields", "{}").error().message,
            R"(failed validation - ["branch: is bad", "tags: too long, 3"])");
  EXPECT_EQ(client.post_json("/text", "{}").error().message, R"(failed validation - ["just text"])");
  EXPECT_EQ(client.post_json("/plain", "{}").error().message,
            "IO Error - Request to pact broker path '/plain' failed: 400 Bad Request. URL: '" + broker.url() + "'");
}

TEST(BrokerClient, FindsLinksOrExplainsWhyNot) {
  BrokerClient client(options_for("http://b"));
  const auto resource = json::parse(R"({"_links":{"b":{"HREF":"/x/{id}","templated":true,"title":"T"},"a":5}})").value();
  auto link = client.find_link(resource, "b");
  ASSERT_TRUE(link.ok());
  EXPECT_EQ(link->href.value_or(""), "/x/{id}");
  EXPECT_TRUE(link->templated);
  EXPECT_EQ(link->title.value_or(""), "T");
  EXPECT_EQ(client.expand(*link, {{"id", "a b"}}).value(), "/x/a%20b");

  EXPECT_EQ(client.find_link(resource, "c").error().message,
            "Error with a HAL link - Link 'c' was not found in the response, only the following links where found: "
            "\"a, b\". URL: 'http://b', LINK: 'c'");
  EXPECT_EQ(client.find_link(resource, "a").error().message,
            "Error with a HAL link - Link is malformed, expected an object but got 5. URL: 'http://b', LINK: 'a'");
  EXPECT_EQ(client.find_link(json::parse("{}").value(), "a").error().message,
            "Error with a HAL link - Expected a HAL+JSON response from the pact broker, but got a response with no "
            "'_links'. URL: 'http://b', LINK: 'a'");
  EXPECT_EQ(client.expand(link_named("n"), {}).error().message,
            "Error with a HAL link - Expected a HAL+JSON response from the pact broker, but got a link with no HREF. "
            "URL: 'http://b', LINK: 'n'");
}

TEST(BrokerClient, ExpandsOnlyTemplatedLinksWhenFollowing) {
  FakeBroker broker;
  broker.on("GET", "/p/x%20y", hal(R"({"t":1})"));
  broker.on("GET", "/p/%7Bname%7D", hal(R"({"t":2})"));
  BrokerClient client(client_options(broker));
  const HalLink templated{.name = "l", .href = "http://elsewhere/p/{name}", .templated = true, .title = {}};
  const HalLink plain{.name = "l", .href = "/p/%7Bname%7D", .templated = false, .title = {}};
  EXPECT_EQ(json::write(client.fetch_link(templated, {{"name", "x y"}}).value()), R"({"t":1})");
  EXPECT_EQ(json::write(client.fetch_link(plain, {{"name", "x y"}}).value()), R"({"t":2})");
  EXPECT_EQ(client.fetch_link(link_named("l"), {}).error().message,
            "Error with a HAL link - Link is malformed, there is no href. URL: '" + broker.url() + "', LINK: 'l'");
}

TEST(BrokerClient, FindsArraysOfLinks) {
  BrokerClient client(options_for("http://b"));
  const auto resource = json::parse(R"({"_links":{"pacts":[{"href":"/p/1","title":"one"},"/p/2"],"x":{}}})").value();
  auto links = client.find_links(resource, "pacts");
  ASSERT_TRUE(links.ok());
  ASSERT_EQ(links->size(), 2U);
  EXPECT_EQ((*links)[0].href.value_or(""), "/p/1");
  EXPECT_EQ((*links)[1].href.value_or(""), "/p/2");
  EXPECT_FALSE(client.find_links(resource, "x").ok());
}

}  // namespace
}  // namespace pact::verifier
