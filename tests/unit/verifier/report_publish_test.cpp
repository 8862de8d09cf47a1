// The verification results document published to a broker
// (broker-api.md §5.3).

#include <gtest/gtest.h>

#include "report_test_fixtures.hpp"

namespace pact::verifier::testing {
namespace {

using Kind = matching::Mismatch::Kind;

// Interactions with ids A, A, (none), B, (none).
constexpr std::string_view kPact = R"({
  "consumer": {"name": "web"}, "provider": {"name": "items-api"},
  "interactions": [
    {"_id": "ID-A", "description": "a one", "request": {"method": "GET", "path": "/a1"}, "response": {"status": 200}},
    {"_id": "ID-A", "description": "a two", "request": {"method": "GET", "path": "/a2"}, "response": {"status": 200}},
    {"description": "no id", "request": {"method": "GET", "path": "/n"}, "response": {"status": 200}},
    {"_id": "ID-B", "description": "b", "request": {"method": "GET", "path": "/b"}, "response": {"status": 200}},
    {"description": "no id again", "request": {"method": "GET", "path": "/m"}, "response": {"status": 200}}
  ],
  "metadata": {"pactSpecification": {"version": "3.0.0"}}
})";

const std::string kVerifiedBy =
    R"("verifiedBy":{"clientLanguage":{"name":"probe","testFramework":"pact_ffi","version":"9.9.9"},)"
    R"("implementation":"Pact-Rust","version":"1.4.8"})";

PublishOptions options(std::optional<std::string> build_url = std::nullopt) {
  PublishOptions publish;
  publish.provider_version = "1.2.3";
  publish.build_url = std::move(build_url);
  publish.tags = {"ignored"};
  return publish;
}

CallingApplication probe() { return CallingApplication{"probe", "9.9.9", "pact_ffi"}; }

std::string payload(const PactResult& pact, const PublishOptions& publish = options()) {
  return json::write(publish_payload(pact, publish, probe()));
}

TEST(ReportPublish, AllPassedListsOnlyInteractionsWithIds) {
  const auto pact = pact_result(pact_from(kPact), {passed(0), passed(1), passed(2), passed(3), passed(4)});
  EXPECT_EQ(payload(pact),
            R"({"providerApplicationVersion":"1.2.3","success":true,"testResults":[)"
            R"({"interactionId":"ID-A","success":true},{"interactionId":"ID-A","success":true},)"
            R"({"interactionId":"ID-B","success":true}],)" +
                kVerifiedBy + "}");
}

TEST(ReportPublish, BuildUrlOnlyWhenSet) {
  const auto pact = pact_result(pact_from(kPact), {passed(3)});
  EXPECT_EQ(payload(pact, options("http://ci/build/1")),
            R"({"buildUrl":"http://ci/build/1","providerApplicationVersion":"1.2.3","success":true,)"
            R"("testResults":[{"interactionId":"ID-B","success":true}],)" +
                kVerifiedBy + "}");
}

TEST(ReportPublish, NothingVerifiedIsASuccessWithoutResults) {
  EXPECT_EQ(payload(pact_result(pact_from(kPact), {})),
            R"({"providerApplicationVersion":"1.2.3","success":true,"testResults":[],)" + kVerifiedBy + "}");
}

TEST(ReportPublish, AnyFailureGroupsRunsOfTheSameId) {
  const auto pact = pact_result(
      pact_from(kPact),
      {passed(0), mismatched(1, {mismatch(Kind::Status, "", 200, 404, "expected 200 but was 404")}), passed(2),
       errored(3, "error sending request for url (http://x/b)"), passed(4)});
  EXPECT_EQ(payload(pact),
            R"({"providerApplicationVersion":"1.2.3","success":false,"testResults":[)"
            R"({"interactionDescription":"a one","interactionId":"ID-A",)"
            R"("mismatches":[{"attribute":"status","description":"expected 200 but was 404"}],"success":false},)"
            R"({"interactionDescription":"no id","interactionId":"","success":true},)"
            R"x({"exceptions":[{"message":"error sending request for url (http://x/b)"}],)x"
            R"("interactionDescription":"b","interactionId":"ID-B","success":false},)"
            R"({"interactionDescription":"no id again","interactionId":"","success":true}],)" +
                kVerifiedBy + "}");
}

TEST(ReportPublish, ConsecutiveInteractionsWithoutIdShareOneEntry) {
  const auto pact = pact_result(pact_from(kPact), {errored(2, "one"), errored(4, "two")});
  EXPECT_EQ(payload(pact),
            R"({"providerApplicationVersion":"1.2.3","success":false,"testResults":[)"
            R"({"exceptions":[{"message":"one"},{"message":"two"}],"interactionDescription":"no id",)"
            R"("interactionId":"","success":false}],)" +
                kVerifiedBy + "}");
}

TEST(ReportPublish, PendingFailuresCountAsFailures) {
  auto pending = errored(3, "boom");
  pending.pending = true;
  const auto document = publish_payload(pact_result(pact_from(kPact), {passed(0), pending}), options(), probe());
  EXPECT_EQ(document.at("success"), false);
  EXPECT_EQ(document.at("testResults").as_array().size(), 2u);
}

TEST(ReportPublish, MismatchesMapToBrokerAttributes) {
  const auto pact = pact_result(
      pact_from(kPact),
      {mismatched(3, {
                         mismatch(Kind::Method, "", "GET", "POST", ""),
                         mismatch(Kind::Path, "", "/b", "/c", "Expected '/b' but received '/c'"),
                         mismatch(Kind::Status, "", 200, 500, "expected 200 but was 500"),
                         mismatch(Kind::Query, "q", "1", "2", "Expected '1' but received '2' for query parameter 'q'"),
                         mismatch(Kind::Header, "X-Thing", "e", "o", "header text"),
                         mismatch(Kind::BodyType, "", "application/json", "text/plain", "body type text"),
                         mismatch(Kind::Body, "$.id", "1", "2", "body text"),
                         mismatch(Kind::Metadata, "topic", "a", "b", "metadata text"),
                     })});
  EXPECT_EQ(json::write(publish_payload(pact, options(), probe()).at("testResults")),
            R"([{"interactionDescription":"b","interactionId":"ID-B","mismatches":[)"
            R"({"attribute":"method","description":"Expected method of GET but received POST"},)"
            R"({"attribute":"path","description":"Expected '/b' but received '/c'"},)"
            R"({"attribute":"status","description":"expected 200 but was 500"},)"
            R"({"attribute":"query","description":"Expected '1' but received '2' for query parameter 'q'",)"
            R"("identifier":"q"},)"
            R"({"attribute":"header","description":"header text","identifier":"X-Thing"},)"
            R"({"attribute":"body",)"
            R"("description":"Expected body type of 'application/json' but received 'text/plain'","identifier":"$"},)"
            R"({"attribute":"body","description":"body text","identifier":"$.id"},)"
            R"({"attribute":"metadata","description":"metadata text","identifier":"topic"}],"success":false}])");
}

TEST(ReportPublish, CallingApplicationDefaultsAreReported) {
  const auto document = publish_payload(pact_result(pact_from(kPact), {}), options(), CallingApplication{});
  EXPECT_EQ(json::write(document.at("verifiedBy")),
            R"({"clientLanguage":{"name":"unknown","testFramework":"pact_ffi","version":"unknown"},)"
            R"("implementation":"Pact-Rust","version":"1.4.8"})");
}

}  // namespace
}  // namespace pact::verifier::testing
