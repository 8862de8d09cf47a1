// The JSON report of a run (verifier.md §12.2).

#include <gtest/gtest.h>

#include "report_test_fixtures.hpp"

namespace pact::verifier::testing {
namespace {

using Kind = matching::Mismatch::Kind;

constexpr std::string_view kBrokerPact = R"({
  "consumer": {"name": "web"}, "provider": {"name": "items-api"},
  "interactions": [
    {"type": "Synchronous/HTTP", "_id": "ID-GET-ITEM", "key": "key-1", "description": "get item",
     "providerStates": [{"name": "item exists"}, {"name": "user logged in"}],
     "request": {"method": "GET", "path": "/items/1"}, "response": {"status": 200}},
    {"type": "Synchronous/HTTP", "_id": "ID-GET-BAD", "description": "get bad",
     "request": {"method": "GET", "path": "/bad"}, "response": {"status": 200}}
  ],
  "metadata": {"pactSpecification": {"version": "4.0"}}
})";

std::string written(const json::value& v) { return json::write(v); }

TEST(ReportJson, HasExactlyTheReportKeys) {
  const auto report = report_json(VerificationRun{}, {""});
  std::vector<std::string> keys;
  for (const auto& kv : report) keys.emplace_back(kv.key());
  std::sort(keys.begin(), keys.end());
  EXPECT_EQ(keys, (std::vector<std::string>{"errors", "interactionResults", "notices", "output", "pendingErrors",
                                            "result"}));
  EXPECT_EQ(written(report),
            R"({"errors":[],"interactionResults":[],"notices":[],"output":[""],"pendingErrors":[],"result":true})");
}

TEST(ReportJson, ReportsTheSpecExample) {
  VerificationRun run;
  run.entries.emplace_back(pact_result(
      pact_from(kBrokerPact),
      {passed(0, 11'400'000ns),
       mismatched(1, {get_bad_mismatches()[0], get_bad_mismatches()[1]}, 17ms)}));
  const std::vector<std::string> output = {"line 1", "line 2"};
  const auto report = report_json(run, output);
  EXPECT_EQ(report.at("result"), false);
  EXPECT_EQ(written(report.at("output")), R"(["line 1","line 2"])");

  const auto mismatch =
      R"({"interactionId":"ID-GET-BAD","mismatches":[)"
      R"x({"actual":"\"nope\"","expected":"1",)x"
      R"x("mismatch":"Expected 'nope' (String) to be equal to 1 (Integer)","path":"$.id","type":"BodyMismatch"},)x"
      R"({"actual":404,"expected":200,"mismatch":"expected 200 but was 404","type":"StatusMismatch"}],)"
      R"("type":"mismatches"})";
  EXPECT_EQ(written(report.at("errors")),
            std::string(R"([{"interaction":"Verifying a pact between web and items-api - get bad","mismatch":)") +
                mismatch + "}]");
  EXPECT_EQ(written(report.at("pendingErrors")), "[]");
  EXPECT_EQ(written(report.at("interactionResults")),
            std::string("[") +
                R"({"consumer":"web","description":"get item","duration":"11ms","interactionId":"ID-GET-ITEM",)"
                R"("interactionKey":"key-1","pending":false,"provider":"items-api",)"
                R"("providerStates":["item exists","user logged in"],"result":"OK"},)"
                R"({"consumer":"web","description":"get bad","duration":"17ms","interactionId":"ID-GET-BAD",)"
                R"("mismatch":)" +
                mismatch + R"(,"pending":false,"provider":"items-api","providerStates":[],"result":"Error"})" + "]");
}

TEST(ReportJson, ErrorsCarryTheirMessageAndAnEmptyIdWhenThereIsNone) {
  VerificationRun run;
  run.entries.emplace_back(LoadFailure{"Failed to load pact '/x' - gone"});
  run.entries.emplace_back(pact_result(pact_from(kMessagePact), {errored(0, "boom")}));
  const auto report = report_json(run, {});
  EXPECT_EQ(written(report.at("errors")),
            R"([{"interaction":"Failed to load pact",)"
            R"("mismatch":{"interactionId":"","message":"Failed to load pact '/x' - gone","type":"error"}},)"
            R"({"interaction":"Verifying a pact between msg-consumer and items-api Given an order - an order event",)"
            R"("mismatch":{"interactionId":"","message":"boom","type":"error"}}])");
  // Load failures have no interaction result; interactions without ids or
  // keys have neither attribute.
  EXPECT_EQ(written(report.at("interactionResults")),
            R"([{"consumer":"msg-consumer","description":"an order event","duration":"0ns",)"
            R"("mismatch":{"interactionId":"","message":"boom","type":"error"},"pending":false,)"
            R"("provider":"items-api","providerStates":["an order"],"result":"Error"}])");
  EXPECT_EQ(report.at("result"), false);
}

TEST(ReportJson, PendingFailuresDoNotFailTheResult) {
  VerificationRun run;
  auto pending = errored(1, "boom");
  pending.pending = true;
  run.entries.emplace_back(pact_result(pact_from(kBrokerPact), {passed(0), pending}));
  const auto report = report_json(run, {});
  EXPECT_EQ(report.at("result"), true);
  EXPECT_EQ(written(report.at("errors")), "[]");
  EXPECT_EQ(written(report.at("pendingErrors")),
            R"([{"interaction":"Verifying a pact between web and items-api - get bad",)"
            R"("mismatch":{"interactionId":"ID-GET-BAD","message":"boom","type":"error"}}])");
  EXPECT_EQ(report.at("interactionResults").as_array().at(1).as_object().at("pending"), true);
}

TEST(ReportJson, DurationsUseRustDebugStyleOfWholeMilliseconds) {
  VerificationRun run;
  run.entries.emplace_back(pact_result(pact_from(kBrokerPact), {passed(0, 1'005'700'000ns), passed(1, 999'999ns)}));
  const auto results = report_json(run, {}).at("interactionResults").as_array();
  EXPECT_EQ(results.at(0).as_object().at("duration"), "1.005s");
  EXPECT_EQ(results.at(1).as_object().at("duration"), "0ns");
}

TEST(ReportJson, NoticesComeFromTheLastBrokerPact) {
  const auto broker_pact = [](std::string text) {
    auto pact = pact_result(pact_from(kMessagePact), {passed(0)});
    pact.broker = BrokerContext{};
    pact.broker->notices.push_back(json::object{{"text", text}, {"when", "before_verification"}});
    return pact;
  };
  VerificationRun run;
  run.entries.emplace_back(broker_pact("first"));
  run.entries.emplace_back(broker_pact("second"));
  run.entries.emplace_back(pact_result(pact_from(kMessagePact), {passed(0)}));  // a file pact keeps them
  EXPECT_EQ(written(report_json(run, {}).at("notices")), R"([{"text":"second","when":"before_verification"}])");
}

// Deliberately unlike the reference, which reports "result": true for a run
// that could not execute.
TEST(ReportJson, AbortedRunIsAFailureWithItsReason) {
  VerificationRun run;
  run.entries.emplace_back(LoadFailure{"x"});
  run.execution_error = "no plugin";
  const auto output = output_lines(run, false);
  EXPECT_EQ(written(report_json(run, output)),
            R"({"errors":[{"interaction":"Verification execution failed",)"
            R"("mismatch":{"interactionId":"","message":"no plugin","type":"error"}}],)"
            R"("interactionResults":[],"notices":[],)"
            R"("output":["Verification execution failed: no plugin"],"pendingErrors":[],"result":false})");
}

TEST(ReportJson, InteractionKeyOnlyForV4Pacts) {
  VerificationRun run;
  run.entries.emplace_back(pact_result(pact_from(kWebPact), {passed(0)}));
  const auto result = report_json(run, {}).at("interactionResults").as_array().at(0).as_object();
  EXPECT_FALSE(result.contains("interactionKey"));
  EXPECT_FALSE(result.contains("interactionId"));
}

}  // namespace
}  // namespace pact::verifier::testing
