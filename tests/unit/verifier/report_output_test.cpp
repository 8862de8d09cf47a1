// The output lines of a run (verifier.md §12.1).

#include <gtest/gtest.h>

#include "report_test_fixtures.hpp"

namespace pact::verifier::testing {
namespace {

using Kind = matching::Mismatch::Kind;

VerificationRun example_run() {
  VerificationRun run;
  auto web = pact_result(pact_from(kWebPact), {passed(0, 230ms), mismatched(1, get_bad_mismatches(), 226ms)});
  run.entries.emplace_back(std::move(web));
  run.entries.emplace_back(pact_result(pact_from(kMessagePact), {passed(0, 96ms)}));
  return run;
}

TEST(ReportOutput, ReproducesTheSpecExampleLineByLine) {
  const auto lines = output_lines(example_run(), false);
  const std::vector<std::string> expected = {
      "\nVerifying a pact between web and items-api",
      "",
      "  get item (0s loading, 230ms verification)",
      "     Given item exists",
      "     And user logged in",
      "    returns a response which",
      "      has status code 200 (OK)",
      "      includes headers",
      "        \"Content-Type\" with value \"application/json\" (OK)",
      "      has a matching body (OK)",
      "",
      "  get bad (0s loading, 226ms verification)",
      "    returns a response which",
      "      has status code 200 (FAILED)",
      "      includes headers",
      "        \"X-Thing\" with value \"expected\" (FAILED)",
      "      has a matching body (FAILED)",
      "",
      "\nVerifying a pact between msg-consumer and items-api",
      "",
      "  an order event (0s loading, 96ms verification)",
      "     Given an order",
      "    generates a message which",
      "      includes metadata",
      "        \"contentType\" with value \"application/json\" (OK)",
      "        \"topic\" with value \"orders\" (OK)",
      "      has a matching body (OK)",
      "",
      "\nFailures:\n",
      "1) Verifying a pact between web and items-api - get bad",
      "    1.1) has a matching body",
      "           $.id -> Expected 'nope' (String) to be equal to 1 (Integer)",
      "    1.2) has status code 200",
      "           expected 200 but was 404",
      "    1.3) includes header 'X-Thing' with value 'expected'",
      "           Mismatch with header 'X-Thing': Expected 'other' to be equal to 'expected'",
      "\nThere were 1 pact failures\n",
  };
  EXPECT_EQ(lines, expected);
}

TEST(ReportOutput, JoinedOutputMatchesTheSpecText) {
  // The block in verifier.md §12.1, between its fences.
  const std::string spec_text =
      "\nVerifying a pact between web and items-api\n\n"
      "  get item (0s loading, 230ms verification)\n"
      "     Given item exists\n"
      "     And user logged in\n"
      "    returns a response which\n"
      "      has status code 200 (OK)\n"
      "      includes headers\n"
      "        \"Content-Type\" with value \"application/json\" (OK)\n"
      "      has a matching body (OK)\n\n"
      "  get bad (0s loading, 226ms verification)\n"
      "    returns a response which\n"
      "      has status code 200 (FAILED)\n"
      "      includes headers\n"
      "        \"X-Thing\" with value \"expected\" (FAILED)\n"
      "      has a matching body (FAILED)\n\n\n"
      "Verifying a pact between msg-consumer and items-api\n\n"
      "  an order event (0s loading, 96ms verification)\n"
      "     Given an order\n"
      "    generates a message which\n"
      "      includes metadata\n"
      "        \"contentType\" with value \"application/json\" (OK)\n"
      "        \"topic\" with value \"orders\" (OK)\n"
      "      has a matching body (OK)\n\n\n"
      "Failures:\n\n"
      "1) Verifying a pact between web and items-api - get bad\n"
      "    1.1) has a matching body\n"
      "           $.id -> Expected 'nope' (String) to be equal to 1 (Integer)\n"
      "    1.2) has status code 200\n"
      "           expected 200 but was 404\n"
      "    1.3) includes header 'X-Thing' with value 'expected'\n"
      "           Mismatch with header 'X-Thing': Expected 'other' to be equal to 'expected'\n\n"
      "There were 1 pact failures\n";
  EXPECT_EQ(joined(output_lines(example_run(), false)), spec_text);
}

TEST(ReportOutput, ColoursPaintNamesOutcomesAndMismatches) {
  const auto lines = output_lines(example_run(), true);
  ASSERT_GE(lines.size(), 37u);
  EXPECT_EQ(lines[0], "\nVerifying a pact between \x1b[1mweb\x1b[0m and \x1b[1mitems-api\x1b[0m");
  EXPECT_EQ(lines[6], "      has status code \x1b[1m200\x1b[0m (\x1b[32mOK\x1b[0m)");
  EXPECT_EQ(lines[8],
            "        \"\x1b[1mContent-Type\x1b[0m\" with value \"\x1b[1mapplication/json\x1b[0m\" (\x1b[32mOK\x1b[0m)");
  EXPECT_EQ(lines[13], "      has status code \x1b[1m200\x1b[0m (\x1b[31mFAILED\x1b[0m)");
  EXPECT_EQ(lines[16], "      has a matching body (\x1b[31mFAILED\x1b[0m)");
  EXPECT_EQ(lines[24],
            "        \"\x1b[1mcontentType\x1b[0m\" with value \x1b[1m\"application/json\"\x1b[0m (\x1b[32mOK\x1b[0m)");
  EXPECT_EQ(lines[31], "           \x1b[1m$.id\x1b[0m -> Expected 'nope' (String) to be equal to 1 (Integer)");
  EXPECT_EQ(lines[33], "           expected \x1b[31m200\x1b[0m but was \x1b[32m404\x1b[0m");
  EXPECT_EQ(lines[35],
            "           Expected header '\x1b[1mX-Thing\x1b[0m' to have value '\x1b[31mexpected\x1b[0m' but was "
            "'\x1b[32mother\x1b[0m'");
  // Without the codes the coloured output is the plain one.
  std::vector<std::string> stripped;
  for (const auto& line : lines) stripped.push_back(strip_ansi(line));
  auto plain = output_lines(example_run(), false);
  // Only the mismatch descriptions have different wording in colour.
  stripped[35] = plain[35];
  EXPECT_EQ(stripped, plain);
}

TEST(ReportOutput, SuccessfulRunEndsWithOneEmptyLine) {
  VerificationRun run;
  run.entries.emplace_back(pact_result(pact_from(kMessagePact), {passed(0, 1005ms)}));
  const auto lines = output_lines(run, false);
  ASSERT_FALSE(lines.empty());
  EXPECT_EQ(lines[2], "  an order event (0s loading, 1s 5ms verification)");
  EXPECT_EQ(lines[lines.size() - 2], "");  // end of the pact
  EXPECT_EQ(lines.back(), "");
  EXPECT_EQ(std::count(lines.begin(), lines.end(), "\nFailures:\n"), 0);
}

TEST(ReportOutput, EmptyRunIsOneEmptyLine) {
  EXPECT_EQ(output_lines(VerificationRun{}, false), std::vector<std::string>{""});
}

TEST(ReportOutput, LoadingTimeIsThePactsTruncatedToMilliseconds) {
  auto pact = pact_result(pact_from(kMessagePact), {passed(0, 2500us)});
  pact.loading = 25'999'999ns;
  VerificationRun run;
  run.entries.emplace_back(std::move(pact));
  EXPECT_EQ(output_lines(run, false)[2], "  an order event (25ms loading, 2ms verification)");
}

TEST(ReportOutput, LoadFailureOnlyAppearsAmongTheFailures) {
  VerificationRun run;
  run.entries.emplace_back(LoadFailure{"Failed to load pact '/x.json' - No such file"});
  run.entries.emplace_back(pact_result(pact_from(kMessagePact), {passed(0)}));
  const auto lines = output_lines(run, false);
  const std::vector<std::string> tail = {
      "\nFailures:\n",
      "1) Failed to load pact - Failed to load pact '/x.json' - No such file\n",
      "\nThere were 1 pact failures\n",
  };
  ASSERT_GE(lines.size(), tail.size());
  EXPECT_EQ(std::vector<std::string>(lines.end() - 3, lines.end()), tail);
  EXPECT_EQ(lines.front(), "\nVerifying a pact between msg-consumer and items-api");
}

TEST(ReportOutput, PactWithoutInteractionsWarnsAndHasNoEndLine) {
  VerificationRun run;
  run.entries.emplace_back(pact_result(pact_from(R"({"consumer":{"name":"c"},"provider":{"name":"p"},
      "interactions":[],"metadata":{"pactSpecification":{"version":"3.0.0"}}})"),
                                       {}));
  EXPECT_EQ(output_lines(run, false),
            (std::vector<std::string>{"\nVerifying a pact between c and p", "WARNING: Pact file has no interactions",
                                      ""}));
  EXPECT_EQ(output_lines(run, true)[1], "\x1b[33mWARNING: Pact file has no interactions\x1b[0m");
}

TEST(ReportOutput, RequestErrorReplacesTheResultBlock) {
  VerificationRun run;
  run.entries.emplace_back(pact_result(
      pact_from(kWebPact), {errored(0, "error sending request for url (http://localhost:1/items/1)"), passed(1)}));
  const auto lines = output_lines(run, false);
  EXPECT_EQ(lines[5], "      Request Failed - error sending request for url (http://localhost:1/items/1)");
  EXPECT_EQ(lines[6], "");
  EXPECT_EQ(lines[7], "  get bad (0s loading, 0s verification)");
  const std::vector<std::string> tail = {
      "\nFailures:\n",
      "1) Verifying a pact between web and items-api Given item exists And user logged in - get item - error "
      "sending request for url (http://localhost:1/items/1)\n",
      "\nThere were 1 pact failures\n",
  };
  EXPECT_EQ(std::vector<std::string>(lines.end() - 3, lines.end()), tail);
  EXPECT_EQ(output_lines(run, true)[5],
            "      \x1b[31mRequest Failed - error sending request for url (http://localhost:1/items/1)\x1b[0m");
}

TEST(ReportOutput, StateChangeFailureIsShownAsAFailedRequestToo) {
  // The reference has a single error variant: a failing state change reads
  // "Request Failed - ..." like a failed request.
  VerificationRun run;
  run.entries.emplace_back(pact_result(
      pact_from(kMessagePact), {errored(0, "One or more of the setup state change handlers has failed", false)}));
  const auto lines = output_lines(run, false);
  EXPECT_EQ(lines[4], "      Request Failed - One or more of the setup state change handlers has failed");
  EXPECT_EQ(lines[lines.size() - 2],
            "1) Verifying a pact between msg-consumer and items-api Given an order - an order event - One or more of "
            "the setup state change handlers has failed\n");
}

TEST(ReportOutput, MismatchRunsGroupConsecutiveKindsAndSortTheRestByKey) {
  VerificationRun run;
  run.entries.emplace_back(pact_result(
      pact_from(kWebPact),
      {passed(0), mismatched(1, {
                                    mismatch(Kind::Header, "X-B", "1", "2", "header B"),
                                    mismatch(Kind::Header, "X-D", "1", "2", "header D"),
                                    mismatch(Kind::Header, "X-A", "1", "2", "header A"),
                                    mismatch(Kind::Body, "$.z", "1", "2", "z"),
                                    mismatch(Kind::Body, "$.a", "1", "2", "a"),
                                    mismatch(Kind::Header, "X-C", "3", "4", "header C"),
                                })}));
  const auto lines = output_lines(run, false);
  const std::vector<std::string> tail = {
      "\nFailures:\n",
      "1) Verifying a pact between web and items-api - get bad",
      "    1.1) includes header 'X-B' with value '1'",
      "           header B",  // the first of a run stays first
      "           header A",
      "           header D",
      "    1.2) has a matching body",
      "           $.z -> z",
      "           $.a -> a",
      "    1.3) includes header 'X-C' with value '3'",
      "           header C",
      "\nThere were 1 pact failures\n",
  };
  ASSERT_GE(lines.size(), tail.size());
  EXPECT_EQ(std::vector<std::string>(lines.end() - static_cast<std::ptrdiff_t>(tail.size()), lines.end()), tail);
}

TEST(ReportOutput, HeaderLineFailsOnlyForItsOwnHeaderAnyCase) {
  VerificationRun run;
  run.entries.emplace_back(pact_result(
      pact_from(R"({"consumer":{"name":"c"},"provider":{"name":"p"},"interactions":[{"description":"d",
        "request":{"method":"GET","path":"/"},
        "response":{"status":201,"headers":{"A":"1","B":"x, y"}}}],
        "metadata":{"pactSpecification":{"version":"3.0.0"}}})"),
      {mismatched(0, {mismatch(Kind::Header, "b", "x, y", "z", "B differs")})}));
  const auto lines = output_lines(run, false);
  EXPECT_EQ(lines[4], "      has status code 201 (OK)");
  EXPECT_EQ(lines[6], "        \"A\" with value \"1\" (OK)");
  EXPECT_EQ(lines[7], "        \"B\" with value \"x, y\" (FAILED)");
  EXPECT_EQ(lines[8], "      has a matching body (OK)");
}

TEST(ReportOutput, ResponseWithoutHeadersHasNoHeaderSection) {
  VerificationRun run;
  run.entries.emplace_back(pact_result(
      pact_from(R"({"consumer":{"name":"c"},"provider":{"name":"p"},"interactions":[{"description":"d",
        "request":{"method":"GET","path":"/"},"response":{"status":204}}],
        "metadata":{"pactSpecification":{"version":"3.0.0"}}})"),
      {mismatched(0, {mismatch(Kind::BodyType, "", "application/json", "text/plain", "t")})}));
  const auto lines = output_lines(run, false);
  EXPECT_EQ(lines[4], "      has status code 204 (OK)");
  EXPECT_EQ(lines[5], "      has a matching body (FAILED)");
}

TEST(ReportOutput, MessageMetadataFailsPerKey) {
  VerificationRun run;
  run.entries.emplace_back(pact_result(
      pact_from(kMessagePact),
      {mismatched(0, {mismatch(Kind::Metadata, "topic", "orders", "", "Expected message metadata 'topic' but was "
                                                                       "missing")})}));
  const auto lines = output_lines(run, false);
  EXPECT_EQ(lines[6], "        \"contentType\" with value \"application/json\" (OK)");
  EXPECT_EQ(lines[7], "        \"topic\" with value \"orders\" (FAILED)");
  EXPECT_EQ(lines[8], "      has a matching body (OK)");
  EXPECT_EQ(lines[lines.size() - 3], "    1.1) has matching metadata");
  EXPECT_EQ(lines[lines.size() - 2], "           Expected message metadata 'topic' but was missing");
}

constexpr std::string_view kV4Pact = R"({
  "consumer": {"name": "c"}, "provider": {"name": "p"},
  "interactions": [
    {"type": "Synchronous/HTTP", "description": "http one", "key": "k1", "pending": true,
     "comments": {"testname": "tests::http_one",
                  "text": ["first comment", "second comment"],
                  "references": {"openapi": {"z": "last", "operationId": "getItem"}, "jira": {"issue": 12}}},
     "request": {"method": "GET", "path": "/one"},
     "response": {"status": 200,
                  "body": {"content": {"id": 1, "name": "x"}, "contentType": "application/json", "encoded": false}}},
    {"type": "Synchronous/Messages", "description": "a ping",
     "request": {"contents": {"content": {"ping": true}, "contentType": "application/json", "encoded": false}},
     "response": [
       {"contents": {"content": {"pong": 1}, "contentType": "application/json", "encoded": false},
        "metadata": {"n": 1}},
       {"contents": {"content": {"pong": 2}, "contentType": "application/json", "encoded": false},
        "metadata": {"n": 2, "o": {"b": 1, "a": [true]}}}
     ]},
    {"type": "Asynchronous/Messages", "description": "an event", "comments": {"text": "only one"},
     "contents": {"content": "hello", "contentType": "text/plain", "encoded": false}}
  ],
  "metadata": {"pactSpecification": {"version": "4.0"}}
})";

TEST(ReportOutput, V4CommentsPendingMarkerAndSyncMessageResponses) {
  VerificationRun run;
  auto first = passed(0, 3ms);
  first.pending = true;
  run.entries.emplace_back(pact_result(pact_from(kV4Pact), {first, passed(1), passed(2)}));
  const auto lines = output_lines(run, false);
  const std::vector<std::string> expected = {
      "\nVerifying a pact between c and p",
      "",
      "  http one (0s loading, 3ms verification) [PENDING]",
      "\n  Test Name: tests::http_one",
      "\n  Comments:",
      "first comment",
      "second comment",
      "",
      "\n  References:",
      "    jira:",
      "      issue: 12",
      "    openapi:",
      "      operationId: getItem",
      "      z: last",
      "",
      "    returns a response which",
      "      has status code 200 (OK)",
      "      has a matching body (OK)",
      "",
      "  a ping (0s loading, 0s verification)",
      "    generates a message which",
      "      includes metadata",
      "        \"n\" with value 1 (OK)",
      "      has a matching body (OK)",
      "    generates a message which",
      "      includes metadata",
      "        \"n\" with value 2 (OK)",
      "        \"o\" with value {\"a\":[true],\"b\":1} (OK)",
      "      has a matching body (OK)",
      "",
      "  an event (0s loading, 0s verification)",
      "\n  Comments:",
      "only one",
      "",
      "    generates a message which",
      "      has a matching body (OK)",
      "",
      "",
  };
  EXPECT_EQ(lines, expected);
  EXPECT_EQ(output_lines(run, true)[2], "  http one (0s loading, 3ms verification) \x1b[33m[PENDING]\x1b[0m");
}

TEST(ReportOutput, FailingSyncMessageShowsOnlyTheFirstResponse) {
  VerificationRun run;
  run.entries.emplace_back(pact_result(
      pact_from(kV4Pact),
      {passed(0), mismatched(1, {mismatch(Kind::Metadata, "n", "1", "3", "n differs")}), passed(2)}));
  const auto lines = output_lines(run, false);
  const auto at = std::find(lines.begin(), lines.end(), "  a ping (0s loading, 0s verification)");
  ASSERT_NE(at, lines.end());
  EXPECT_EQ(*(at + 1), "    generates a message which");
  EXPECT_EQ(*(at + 3), "        \"n\" with value 1 (FAILED)");
  EXPECT_EQ(*(at + 4), "      has a matching body (OK)");
  EXPECT_EQ(*(at + 5), "");
}

TEST(ReportOutput, PendingPactFailuresHaveTheirOwnSection) {
  VerificationRun run;
  auto pending = mismatched(1, get_bad_mismatches());
  pending.pending = true;  // the pact is pending at the broker
  auto pact = pact_result(pact_from(kWebPact), {passed(0), pending});
  pact.broker = BrokerContext{};
  pact.broker->pending = true;
  run.entries.emplace_back(std::move(pact));
  const auto lines = output_lines(run, false);
  // A pending pact does not mark its interactions [PENDING].
  EXPECT_EQ(lines[11], "  get bad (0s loading, 0s verification)");
  const std::vector<std::string> tail = {
      "\nPending Failures:\n",
      "1) Verifying a pact between web and items-api - get bad",
      "    1.1) has a matching body",
      "           $.id -> Expected 'nope' (String) to be equal to 1 (Integer)",
      "    1.2) has status code 200",
      "           expected 200 but was 404",
      "    1.3) includes header 'X-Thing' with value 'expected'",
      "           Mismatch with header 'X-Thing': Expected 'other' to be equal to 'expected'",
      "\nThere were 1 non-fatal pact failures on pending pacts or interactions (see docs.pact.io/pending for more "
      "information)\n",
      "",
  };
  EXPECT_EQ(std::vector<std::string>(lines.end() - static_cast<std::ptrdiff_t>(tail.size()), lines.end()), tail);
}

TEST(ReportOutput, PendingSectionComesBeforeFailures) {
  VerificationRun run;
  auto pending = errored(0, "boom");
  pending.pending = true;
  run.entries.emplace_back(pact_result(pact_from(kMessagePact), {pending}));
  run.entries.emplace_back(LoadFailure{"bad"});
  const auto lines = output_lines(run, false);
  const auto pending_at = std::find(lines.begin(), lines.end(), "\nPending Failures:\n");
  const auto failures_at = std::find(lines.begin(), lines.end(), "\nFailures:\n");
  ASSERT_NE(pending_at, lines.end());
  ASSERT_NE(failures_at, lines.end());
  EXPECT_LT(pending_at, failures_at);
  EXPECT_EQ(*(pending_at + 1),
            "1) Verifying a pact between msg-consumer and items-api Given an order - an order event - boom\n");
  EXPECT_EQ(*(failures_at + 1), "1) Failed to load pact - bad\n");
  EXPECT_EQ(lines.back(), "\nThere were 1 pact failures\n");
}

// --- broker notices -------------------------------------------------------

json::array all_notices() {
  json::array notices;
  for (const auto* when : {"before_verification", "after_verification:success_true_published_true",
                           "after_verification:success_false_published_true",
                           "after_verification:success_true_published_false",
                           "after_verification:success_false_published_false"}) {
    notices.push_back(json::object{{"when", when}, {"text", std::string("notice ") + when}});
  }
  return notices;
}

PactResult broker_pact(std::vector<InteractionResult> results, bool published) {
  auto pact = pact_result(pact_from(kMessagePact), std::move(results));
  pact.broker = BrokerContext{};
  pact.broker->notices = all_notices();
  pact.published = published;
  return pact;
}

std::vector<std::string> notice_lines(const std::vector<std::string>& lines) {
  std::vector<std::string> out;
  for (const auto& line : lines) {
    if (line.rfind("notice ", 0) == 0) out.push_back(line);
  }
  return out;
}

TEST(ReportOutput, BeforeNoticePrecedesThePactHeader) {
  VerificationRun run;
  run.entries.emplace_back(broker_pact({passed(0)}, true));
  const auto lines = output_lines(run, false);
  EXPECT_EQ(lines[0], "notice before_verification");
  EXPECT_EQ(lines[1], "\nVerifying a pact between msg-consumer and items-api");
  // After the pact's closing empty line.
  EXPECT_EQ(lines[lines.size() - 3], "");
  EXPECT_EQ(lines[lines.size() - 2], "notice after_verification:success_true_published_true");
}

TEST(ReportOutput, PublishedNoticeFollowsTheOutcome) {
  VerificationRun run;
  run.entries.emplace_back(broker_pact({errored(0, "x")}, true));
  EXPECT_EQ(notice_lines(output_lines(run, false)),
            (std::vector<std::string>{"notice before_verification",
                                      "notice after_verification:success_false_published_true"}));
}

TEST(ReportOutput, UnpublishedSuccessShowsTheFailureNoticeAsTheReferenceDoes) {
  VerificationRun run;
  run.entries.emplace_back(broker_pact({passed(0)}, false));
  EXPECT_EQ(notice_lines(output_lines(run, false)),
            (std::vector<std::string>{"notice before_verification",
                                      "notice after_verification:success_false_published_false"}));
}

TEST(ReportOutput, UnpublishedOnlyPendingFailuresShowTheSuccessNotice) {
  VerificationRun run;
  auto pending = errored(0, "x");
  pending.pending = true;
  run.entries.emplace_back(broker_pact({pending}, false));
  EXPECT_EQ(notice_lines(output_lines(run, false)),
            (std::vector<std::string>{"notice before_verification",
                                      "notice after_verification:success_true_published_false"}));
}

TEST(ReportOutput, AfterNoticeCountsFailuresOfEarlierPacts) {
  VerificationRun run;
  run.entries.emplace_back(LoadFailure{"earlier"});
  run.entries.emplace_back(broker_pact({passed(0)}, true));
  EXPECT_EQ(notice_lines(output_lines(run, false)),
            (std::vector<std::string>{"notice before_verification",
                                      "notice after_verification:success_false_published_true"}));
}

TEST(ReportOutput, PactWithoutInteractionsGetsNoAfterNotice) {
  VerificationRun run;
  auto pact = pact_result(pact_from(R"({"consumer":{"name":"c"},"provider":{"name":"p"},"interactions":[],
      "metadata":{"pactSpecification":{"version":"3.0.0"}}})"),
                          {});
  pact.broker = BrokerContext{};
  pact.broker->notices = all_notices();
  run.entries.emplace_back(std::move(pact));
  EXPECT_EQ(notice_lines(output_lines(run, false)), std::vector<std::string>{"notice before_verification"});
}

TEST(ReportOutput, ExecutionErrorIsTheOnlyLine) {
  VerificationRun run;
  run.entries.emplace_back(pact_result(pact_from(kMessagePact), {passed(0)}));
  run.execution_error = "plugin 'x' could not be loaded";
  EXPECT_EQ(output_lines(run, false),
            std::vector<std::string>{"Verification execution failed: plugin 'x' could not be loaded"});
}

// --- body diffs -------------------------------------------------------------

VerificationRun v4_body_failure(std::string path, std::string actual_body) {
  auto result = mismatched(0, {mismatch(Kind::Body, path, "1", "2", "differs")});
  result.actual_body = std::move(actual_body);
  VerificationRun run;
  run.entries.emplace_back(pact_result(pact_from(kV4Pact), {result}));
  return run;
}

TEST(ReportOutput, V4JsonBodyMismatchAtRootShowsALineDiff) {
  const auto lines = output_lines(v4_body_failure("$", R"({"id":2,"name":"x"})"), false);
  ASSERT_GE(lines.size(), 4u);
  EXPECT_EQ(lines[lines.size() - 3], "           $ -> differs");
  // Always coloured, as the reference paints it regardless of the option.
  EXPECT_EQ(lines[lines.size() - 2],
            "    {\n\x1b[31m    -  \"id\": 1,\n\x1b[0m\x1b[32m    +  \"id\": 2,\n\x1b[0m"
            // A run of equal lines is one piece: only its first line is indented.
            "      \"name\": \"x\"\n}\n");
}

TEST(ReportOutput, V4BodyMismatchBelowRootShowsTheReferencesEmptyDiff) {
  // "$.id": the reference looks for the segment after "id" and finds nothing.
  const auto lines = output_lines(v4_body_failure("$.id", R"({"id":2,"name":"x"})"), false);
  EXPECT_EQ(lines[lines.size() - 3], "           $.id -> differs");
  EXPECT_EQ(lines[lines.size() - 2], "");
}

TEST(ReportOutput, V4BodyDiffLooksTheThirdSegmentUpInTheRoot) {
  const auto lines = output_lines(v4_body_failure("$.a.name", R"({"name":"y"})"), false);
  EXPECT_EQ(lines[lines.size() - 2], "\x1b[31m    -\"\\\"x\\\"\"\n\x1b[0m\x1b[32m    +\"\\\"y\\\"\"\n\x1b[0m");
}

TEST(ReportOutput, NoDiffWithoutTheActualBodyOrForV3Pacts) {
  auto run = v4_body_failure("$", "{}");
  std::get<PactResult>(run.entries[0]).interactions[0].actual_body.reset();
  auto lines = output_lines(run, false);
  EXPECT_EQ(lines[lines.size() - 2], "           $ -> differs");

  VerificationRun v3;
  auto result = mismatched(1, {mismatch(Kind::Body, "$", "1", "2", "differs")});
  result.actual_body = R"({"id":2})";
  v3.entries.emplace_back(pact_result(pact_from(kWebPact), {result}));
  lines = output_lines(v3, false);
  EXPECT_EQ(lines[lines.size() - 2], "           $ -> differs");
}

TEST(ReportOutput, V3MessageWithJsonContentTypeMetadataShowsADiff) {
  VerificationRun run;
  auto result = mismatched(0, {mismatch(Kind::Body, "$", "1", "2", "differs")});
  result.actual_body = R"({"n":2})";
  run.entries.emplace_back(pact_result(pact_from(kMessagePact), {result}));
  const auto lines = output_lines(run, false);
  EXPECT_EQ(lines[lines.size() - 2],
            "    {\n\x1b[31m    -  \"n\": 1\n\x1b[0m\x1b[32m    +  \"n\": 2\n\x1b[0m    }\n");
}

TEST(ReportOutput, DiffOfUnparsableActualBodyShowsNull) {
  const auto lines = output_lines(v4_body_failure("$", "not json"), false);
  EXPECT_EQ(lines[lines.size() - 2],
            "\x1b[31m    -{\n  \"id\": 1,\n  \"name\": \"x\"\n}\n\x1b[0m\x1b[32m    +null\n\x1b[0m");
}

TEST(ReportOutput, BodyDiffKeepsTheDifferenceCratesBacktrackingQuirk) {
  // At the first column the crate's flat table index reads the end of the
  // row above and stops early: the common "[" shows as removed and added.
  VerificationRun run;
  auto result = mismatched(0, {mismatch(Kind::Body, "$", "1", "2", "differs")});
  result.actual_body = R"([[{"b":1,"c":1},[0,null]]])";
  run.entries.emplace_back(pact_result(pact_from(R"({"consumer":{"name":"c"},"provider":{"name":"p"},
      "interactions":[{"type":"Synchronous/HTTP","description":"d","request":{"method":"GET","path":"/"},
        "response":{"status":200,"body":{"content":[{"c":[null,0]},[{"a":true}]],"contentType":"application/json"}}}],
      "metadata":{"pactSpecification":{"version":"4.0"}}})"),
                                       {result}));
  const auto lines = output_lines(run, false);
  EXPECT_EQ(lines[lines.size() - 2],
            "\x1b[31m    -[\n  {\n    \"c\": [\n      null,\n      0\n    ]\n  },\n\x1b[0m"
            "\x1b[32m    +[\n\x1b[0m"
            "      [\n    {\n"
            "\x1b[31m    -      \"a\": true\n    }\n\x1b[0m"
            "\x1b[32m    +      \"b\": 1,\n      \"c\": 1\n    },\n    [\n      0,\n      null\n    ]\n\x1b[0m"
            "      ]\n]\n");
}

}  // namespace
}  // namespace pact::verifier::testing
